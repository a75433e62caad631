"""How fast the finance reports answer on a ledger of a million invoices.

Seeds a ledger (SQLite in a temporary file by default; the database of AR_DATABASE_URL when it
is set and empty) with bulk inserts, then times the aging report, countback DSO and "promises
broken this week" over several runs and prints p50 and min for each, plus the seeding time.

    python bench/ledger_bench.py                   # 1,000,000 invoices
    python bench/ledger_bench.py --invoices 50000  # a quick run

The seeded rows are test data written straight to the tables (no audit log); every invoice's
cached open balance equals its amount minus its allocations, as in a real ledger.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402
from rich.table import Table  # noqa: E402
from sqlalchemy import BigInteger, Boolean, Date, DateTime, Engine, func, insert, select, text  # noqa: E402
from sqlalchemy.sql import column, table  # noqa: E402

from ledger import metrics  # noqa: E402
from ledger.db import make_engine, migrate, session_factory  # noqa: E402

console = Console(stderr=True)
out = Console()

CHUNK = 20_000
SPAN_DAYS = 3 * 365
NOW = datetime.now(timezone.utc)


def _t(name: str, *cols: Any):  # type: ignore[no-untyped-def]
    return table(name, *cols)


CUSTOMERS = _t(
    "customers", column("id"), column("external_id"), column("name"), column("segment"), column("terms_days"),
    column("currency"), column("timezone"), column("do_not_contact", Boolean), column("on_hold", Boolean),
    column("automation_stopped", Boolean), column("created_at", DateTime(timezone=True)),
    column("updated_at", DateTime(timezone=True)),
)
INVOICES = _t(
    "invoices", column("id"), column("number"), column("customer_id"), column("issue_date", Date),
    column("due_date", Date), column("amount", BigInteger), column("currency"), column("open_balance", BigInteger),
    column("status"), column("paid_date", Date), column("do_not_contact", Boolean),
    column("created_at", DateTime(timezone=True)), column("updated_at", DateTime(timezone=True)),
)
PAYMENTS = _t(
    "payments", column("id"), column("external_id"), column("customer_id"), column("received_on", Date),
    column("amount", BigInteger), column("currency"), column("unapplied_amount", BigInteger),
    column("created_at", DateTime(timezone=True)),
)
ALLOCATIONS = _t(
    "allocations", column("id"), column("payment_id"), column("invoice_id"), column("amount", BigInteger),
    column("applied_on", Date),
)
PROMISES = _t(
    "promises", column("id"), column("customer_id"), column("amount", BigInteger), column("currency"),
    column("promised_date", Date), column("grace_days"), column("status"), column("covered_amount", BigInteger),
    column("paid_amount", BigInteger), column("judged_on", Date), column("created_by"),
    column("created_at", DateTime(timezone=True)),
)


def _chunks(rows: Iterator[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def seed(engine: Engine, invoices: int, today: date, rng: random.Random) -> dict[str, int]:
    """Customers, invoices over three years, a payment per settled invoice, promises."""
    customers = max(10, invoices // 200)
    first_day = today - timedelta(days=SPAN_DAYS)
    counts = {"customers": customers, "invoices": invoices, "payments": 0, "promises": invoices // 20}

    def customer_rows() -> Iterator[dict[str, Any]]:
        for cid in range(1, customers + 1):
            yield {"id": cid, "external_id": f"C{cid:06d}", "name": f"Customer {cid}", "segment": "reliable",
                   "terms_days": 30, "currency": "USD", "timezone": "UTC", "do_not_contact": False,
                   "on_hold": False, "automation_stopped": False, "created_at": NOW, "updated_at": NOW}

    settlements: list[tuple[int, int, int, date]] = []  # invoice, customer, cents, paid on

    def invoice_rows() -> Iterator[dict[str, Any]]:
        for iid in range(1, invoices + 1):
            issued = first_day + timedelta(days=(iid - 1) * SPAN_DAYS // invoices)
            due = issued + timedelta(days=30)
            cid = rng.randint(1, customers)
            cents = rng.randint(10_000, 2_000_000)
            late = (today - due).days
            # Old invoices are nearly all paid; recent ones much less so.
            p_paid = 0.97 if late > 60 else 0.6 if late > 0 else 0.2
            roll = rng.random()
            balance, status, paid_on = cents, "open", None
            if roll < p_paid:
                paid_on = min(today, due + timedelta(days=rng.randint(-15, 45)))
                paid_on = max(paid_on, issued)
                balance, status = 0, "paid"
                settlements.append((iid, cid, cents, paid_on))
            elif roll < p_paid + 0.03:
                paid_on = min(today, max(issued, due + timedelta(days=rng.randint(-10, 20))))
                part = cents // 2
                balance, status = cents - part, "partially_paid"
                settlements.append((iid, cid, part, paid_on))
                paid_on = None
            yield {"id": iid, "number": f"INV-{iid:07d}", "customer_id": cid, "issue_date": issued,
                   "due_date": due, "amount": cents, "currency": "USD", "open_balance": balance,
                   "status": status, "paid_date": paid_on, "do_not_contact": False,
                   "created_at": NOW, "updated_at": NOW}

    def payment_rows() -> Iterator[dict[str, Any]]:
        for pid, (_, cid, cents, paid_on) in enumerate(settlements, start=1):
            yield {"id": pid, "external_id": f"PAY-{pid:07d}", "customer_id": cid, "received_on": paid_on,
                   "amount": cents, "currency": "USD", "unapplied_amount": 0, "created_at": NOW}

    def allocation_rows() -> Iterator[dict[str, Any]]:
        for pid, (iid, _, cents, paid_on) in enumerate(settlements, start=1):
            yield {"id": pid, "payment_id": pid, "invoice_id": iid, "amount": cents, "applied_on": paid_on}

    def promise_rows() -> Iterator[dict[str, Any]]:
        statuses = ("kept", "kept", "kept", "partially_kept", "broken", "broken", "cancelled", "open")
        for pid in range(1, counts["promises"] + 1):
            promised = today - timedelta(days=rng.randint(-20, 365))
            status = rng.choice(statuses)
            judged = promised + timedelta(days=2) if status not in ("open", "cancelled") else None
            if judged is not None and judged > today:
                status, judged = "open", None
            cents = rng.randint(10_000, 5_000_000)
            paid = {"kept": cents, "partially_kept": cents // 3, "broken": 0}.get(status)
            yield {"id": pid, "customer_id": rng.randint(1, customers), "amount": cents, "currency": "USD",
                   "promised_date": promised, "grace_days": 2, "status": status, "covered_amount": cents,
                   "paid_amount": paid, "judged_on": judged, "created_by": "bench", "created_at": NOW}

    with Progress(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress, engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # A page cache that holds the indexes being filled, instead of the 2 MB default.
            conn.exec_driver_sql("PRAGMA cache_size=-262144")

        def load(name: str, target, rows: Iterator[dict[str, Any]], total: int) -> int:  # type: ignore[no-untyped-def]
            task = progress.add_task(name, total=total)
            done = 0
            for batch in _chunks(rows):
                conn.execute(insert(target), batch)
                conn.commit()
                done += len(batch)
                progress.update(task, completed=done)
            return done

        load("customers", CUSTOMERS, customer_rows(), customers)
        load("invoices", INVOICES, invoice_rows(), invoices)
        counts["payments"] = len(settlements)
        load("payments", PAYMENTS, payment_rows(), len(settlements))
        load("allocations", ALLOCATIONS, allocation_rows(), len(settlements))
        load("promises", PROMISES, promise_rows(), counts["promises"])
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for name in ("customers", "invoices", "payments", "allocations", "promises"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"))
    return counts


def timed(runs: int, fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(p50 ms, min ms, last result) over `runs` calls."""
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invoices", type=int, default=1_000_000, help="invoices to seed (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each report (default 7)")
    parser.add_argument("--sqlite", type=Path, help="SQLite file to use (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="time an already seeded database without seeding")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    args = parser.parse_args(argv)

    url = os.environ.get("AR_DATABASE_URL")
    scratch = None
    if url is None:
        if args.sqlite is None:
            scratch = tempfile.TemporaryDirectory(prefix="ledger-bench-")
            args.sqlite = Path(scratch.name) / "bench.db"
        url = f"sqlite:///{args.sqlite.resolve()}"
    engine = make_engine(url)
    migrate(engine)
    today = date.today()
    with engine.connect() as conn:
        existing = conn.execute(select(func.count()).select_from(INVOICES)).scalar_one()
    if existing and not args.reuse:
        console.print(f"the database already holds {existing:,} invoices; use an empty one or pass --reuse")
        return 2
    seeding_s = None
    counts: dict[str, int] = {"invoices": existing}
    if not args.reuse:
        started = time.perf_counter()
        counts = seed(engine, args.invoices, today, random.Random(args.seed))
        seeding_s = time.perf_counter() - started
    factory = session_factory(engine)

    def run(fn: Callable[..., Any], *fn_args: Any, **kwargs: Any) -> Callable[[], Any]:
        def call() -> Any:
            with factory() as session:
                return fn(session, *fn_args, **kwargs)
        return call

    week = metrics.week_of(today - timedelta(days=7))
    past = today - timedelta(days=45)
    cases = [
        ("aging (today)", run(metrics.aging, today), lambda r: f"total {r.total:,}, {len(r.customers):,} customers"),
        ("countback DSO (today)", run(metrics.countback_dso, today), lambda r: f"{r.dso_days} days"),
        ("promises broken in a week", run(metrics.broken_promises, *week), lambda r: f"{len(r):,} promises"),
        (f"aging ({past}, historical)", run(metrics.aging, past), lambda r: f"total {r.total:,}"),
        ("CEI (last month)", run(metrics.cei, *metrics.month_of(today.replace(day=1) - timedelta(days=1))),
         lambda r: f"{r.cei}%"),
    ]
    table = Table(title=f"ledger reports on {engine.dialect.name}, {counts['invoices']:,} invoices "
                        f"({args.runs} runs each)", title_justify="left")
    for name in ("query", "p50 ms", "min ms", "result"):
        table.add_column(name, justify="left" if name in ("query", "result") else "right")
    for name, call, describe in cases:
        p50, fastest, result = timed(args.runs, call)
        table.add_row(name, f"{p50:.0f}", f"{fastest:.0f}", describe(result))
    if seeding_s is not None:
        rows = sum(v for k, v in counts.items() if k != "customers") + counts["payments"]
        out.print(f"seeded {counts['invoices']:,} invoices, {counts['payments']:,} payments and allocations, "
                  f"{counts['promises']:,} promises, {counts['customers']:,} customers in {seeding_s:.1f} s "
                  f"({rows / seeding_s:,.0f} rows/s)", highlight=False)
    out.print(table)
    engine.dispose()
    if scratch is not None:
        scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
