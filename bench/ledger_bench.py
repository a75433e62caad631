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
import functools
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
from sqlalchemy import Engine, func, insert, select, text  # noqa: E402
from sqlalchemy.sql import column, table  # noqa: E402

from ledger import metrics  # noqa: E402
from ledger.db import make_engine, migrate, session_factory  # noqa: E402

console = Console(stderr=True)
# Wide enough for the results table when the figures are piped to a file.
out = Console() if sys.stdout.isatty() else Console(width=120)

CHUNK = 20_000
SPAN_DAYS = 3 * 365
NOW = datetime.now(timezone.utc)


class Values:
    """Column values in the form the driver takes directly, so no per-value processing runs.

    SQLite stores dates as ISO text, timestamps as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC and
    booleans as 0/1, exactly as the ledger's own types write them.
    """

    def __init__(self, dialect: str):
        self.sqlite = dialect == "sqlite"
        self.now: Any = NOW.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else NOW
        self.false: Any = 0 if self.sqlite else False

        # Three years hold about a thousand distinct days: format each once.
        self.day = functools.lru_cache(maxsize=4096)(self._day)

    def _day(self, value: date | None) -> Any:
        if value is None or not self.sqlite:
            return value
        return value.isoformat()


def _t(name: str, *cols: Any):  # type: ignore[no-untyped-def]
    return table(name, *cols)


CUSTOMERS = _t(
    "customers", column("id"), column("external_id"), column("name"), column("segment"), column("terms_days"),
    column("currency"), column("timezone"), column("do_not_contact"), column("on_hold"),
    column("automation_stopped"), column("created_at"),
    column("updated_at"),
)
INVOICES = _t(
    "invoices", column("id"), column("number"), column("customer_id"), column("issue_date"),
    column("due_date"), column("amount"), column("currency"), column("open_balance"),
    column("status"), column("paid_date"), column("do_not_contact"),
    column("created_at"), column("updated_at"),
)
PAYMENTS = _t(
    "payments", column("id"), column("external_id"), column("customer_id"), column("received_on"),
    column("amount"), column("currency"), column("unapplied_amount"),
    column("created_at"),
)
ALLOCATIONS = _t(
    "allocations", column("id"), column("payment_id"), column("invoice_id"), column("amount"),
    column("applied_on"),
)
PROMISES = _t(
    "promises", column("id"), column("customer_id"), column("amount"), column("currency"),
    column("promised_date"), column("grace_days"), column("status"), column("covered_amount"),
    column("paid_amount"), column("judged_on"), column("created_by"),
    column("created_at"),
)


def _chunks(rows: Iterator[tuple[Any, ...]], size: int = CHUNK) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def seed(engine: Engine, invoices: int, today: date, rng: random.Random) -> dict[str, int]:
    """Customers, invoices over three years, a payment per settled invoice, promises."""
    v = Values(engine.dialect.name)
    day = v.day
    customers = max(10, invoices // 200)
    first_day = today - timedelta(days=SPAN_DAYS)
    counts = {"customers": customers, "invoices": invoices, "payments": 0, "promises": invoices // 20}

    def customer_rows() -> Iterator[dict[str, Any]]:
        for cid in range(1, customers + 1):
            yield (cid, f"C{cid:06d}", f"Customer {cid}", "reliable", 30, "USD", "UTC", v.false, v.false,
                   v.false, v.now, v.now)

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
            yield (iid, f"INV-{iid:07d}", cid, day(issued), day(due), cents, "USD", balance, status,
                   day(paid_on), v.false, v.now, v.now)

    def payment_rows() -> Iterator[dict[str, Any]]:
        for pid, (_, cid, cents, paid_on) in enumerate(settlements, start=1):
            yield (pid, f"PAY-{pid:07d}", cid, day(paid_on), cents, "USD", 0, v.now)

    def allocation_rows() -> Iterator[dict[str, Any]]:
        for pid, (iid, _, cents, paid_on) in enumerate(settlements, start=1):
            yield (pid, pid, iid, cents, day(paid_on))

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
            yield (pid, rng.randint(1, customers), cents, "USD", day(promised), 2, status, cents, paid,
                   day(judged), "bench", v.now)

    with Progress(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress, engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # A page cache that holds the indexes being filled, instead of the 2 MB default.
            conn.exec_driver_sql("PRAGMA cache_size=-262144")

        def load(name: str, target, rows: Iterator[tuple[Any, ...]], total: int) -> int:  # type: ignore[no-untyped-def]
            task = progress.add_task(name, total=total)
            keys = [c.name for c in target.columns]
            # The statement is compiled once; rows go to the driver's executemany as they are.
            sql = str(insert(target).compile(dialect=engine.dialect))
            done = 0
            for batch in _chunks(rows):
                if v.sqlite:
                    conn.exec_driver_sql(sql, batch)
                else:
                    conn.execute(insert(target), [dict(zip(keys, row)) for row in batch])
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
        # What autovacuum does after a bulk load, done now so the timings don't depend on when
        # it wakes up: statistics for the planner, visibility map for index-only scans.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    return counts


def timed(runs: int, fn: Callable[[], Any]) -> tuple[float, float, float, Any]:
    """(p50 ms, min ms, p50 CPU ms of this process, last result) over `runs` calls.

    On a shared machine wall time includes waiting for a core; the CPU time of this process
    (which includes SQLite's work, not a PostgreSQL server's) shows the work itself.
    """
    times, cpu = [], []
    result = None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(times), min(times), statistics.median(cpu), result


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
    for name in ("query", "p50 ms", "min ms", "cpu p50 ms", "result"):
        table.add_column(name, justify="left" if name in ("query", "result") else "right")
    for name, call, describe in cases:
        p50, fastest, cpu, result = timed(args.runs, call)
        table.add_row(name, f"{p50:.0f}", f"{fastest:.0f}", f"{cpu:.0f}", describe(result))
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
