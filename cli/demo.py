"""`ar-agent demo …`: try the product on a realistic ledger and mailbox in one command.

`demo seed` fills an empty database with a generated receivables book and writes the demo
Maildir of customer replies; `demo run` is the first-run path: it seeds when the database is
empty, then walks through the product one clearly separated step at a time.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import typer
from rich import box
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from cli.context import ledger_sessions, settings
from cli.output import console, fail, print_json

demo_app = typer.Typer(help="A realistic demo ledger and mailbox to try the product on.",
                       no_args_is_help=True)

CUSTOMERS_HELP = "How many customers to generate (~25 invoices each)."
SEED_HELP = "Random seed: the same seed always gives the same ledger."
AS_OF_HELP = "The demo's today (YYYY-MM-DD); the ledger's year of history ends here."


def register(app: typer.Typer) -> None:
    app.add_typer(demo_app, name="demo")


def _as_of(value: str | None) -> date:
    from ledger.demo import DEFAULT_AS_OF

    if value is None:
        return DEFAULT_AS_OF
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--as-of: {value!r} is not a date (YYYY-MM-DD)")


def _seed(customers: int, seed: int, as_of: date, *, quiet: bool = False) -> dict:
    """Seed the ledger and write the demo mailbox; returns the summary as plain data."""
    from ledger.db import transaction
    from ledger.demo import STEPS, DemoOptions, LedgerNotEmpty, seed_demo

    options = DemoOptions(customers=customers, seed=seed, as_of=as_of)
    sessions = ledger_sessions()
    with Progress(TextColumn("{task.description:<24}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True, disable=quiet) as progress:
        task = progress.add_task("generating", total=len(STEPS) + 1)

        def advance(step: str) -> None:
            progress.update(task, advance=1, description=step)

        try:
            with transaction(sessions) as session:
                summary = seed_demo(session, options, progress=advance)
        except LedgerNotEmpty as exc:
            fail(f"{exc} (point AR_DATA_DIR or AR_DATABASE_URL at a new database)")
        mailbox = _write_mailbox(seed, as_of)
        advance("demo mailbox")
    return {**summary.model_dump(mode="json"), "mailbox": {"path": str(settings().demo_maildir),
                                                            "messages": mailbox}}


def _write_mailbox(seed: int, as_of: date) -> int:
    from connectors.demo_mailbox import write_demo_mailbox

    with ledger_sessions()() as session:
        mails = write_demo_mailbox(session, settings().demo_maildir, as_of=as_of, seed=seed,
                                   our_address=settings().from_address)
    return len(mails)


def _print_summary(summary: dict) -> None:
    table = Table("demo ledger", "", title=f"Seed {summary['seed']}, as of {summary['as_of']}")
    table.add_row("customers", str(summary["customers"]))
    table.add_row("contacts", str(summary["contacts"]))
    table.add_row("invoices", str(summary["invoices"]))
    table.add_row("payments", f"{summary['payments']} ({summary['unapplied_payments']} with unapplied cash)")
    table.add_row("promises", ", ".join(f"{n} {s}" for s, n in summary["promises"].items()) or "none")
    table.add_row("disputes", ", ".join(f"{n} {s}" for s, n in summary["disputes"].items()) or "none")
    for currency, amount in summary["open_ar"].items():
        table.add_row(f"open AR {currency}", f"{float(amount):,.2f}")
    table.add_row("demo mailbox", f"{summary['mailbox']['messages']} messages in {summary['mailbox']['path']}")
    console.print(table)


@demo_app.command("seed")
def seed_command(
    customers: int = typer.Option(200, "--customers", min=1, max=3000, help=CUSTOMERS_HELP),
    seed: int = typer.Option(7, "--seed", help=SEED_HELP),
    as_of: str | None = typer.Option(None, "--as-of", help=AS_OF_HELP),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Fill an empty database with a demo ledger and write the demo mailbox."""
    summary = _seed(customers, seed, _as_of(as_of), quiet=json_out)
    if json_out:
        print_json(summary)
    else:
        _print_summary(summary)


def _thousands(amount: Decimal) -> str:
    return f"{amount / 1000:,.0f}k" if amount else "-"


def _print_aging(as_of: date) -> None:
    from ledger.metrics import BUCKETS, aging

    with ledger_sessions()() as session:
        report = aging(session, as_of)
    table = Table(title=f"Aging as of {as_of}", box=box.SIMPLE_HEAD)
    table.add_column("", max_width=24, no_wrap=True, overflow="ellipsis")
    for name in (*BUCKETS, "total"):
        table.add_column(name.replace("_", "-"), justify="right", no_wrap=True)
    table.add_row("all customers", *(_thousands(report.buckets[b]) for b in BUCKETS),
                  _thousands(report.total), style="bold")
    for row in report.customers[:5]:
        table.add_row(row.name, *(_thousands(row.buckets[b]) for b in BUCKETS), _thousands(row.total))
    console.print(table)
    console.print("  all currencies at face value; full report: ar-agent report aging", highlight=False)


def _print_dso(as_of: date) -> None:
    from ledger.metrics import countback_dso, simple_dso

    with ledger_sessions()() as session:
        figures = [simple_dso(session, as_of, period_days=90), countback_dso(session, as_of)]
    table = Table("method", "DSO (days)", "best possible", "ADD", title=f"DSO as of {as_of}")
    for dso in figures:
        table.add_row(dso.method, *(str(v) if v is not None else "n/a"
                                    for v in (dso.dso_days, dso.best_possible_days, dso.add_days)))
    console.print(table)
    for dso in figures:
        console.print(f"  {dso.method}: {dso.convention}", highlight=False)


@demo_app.command("run")
def run_command(
    customers: int = typer.Option(200, "--customers", min=1, max=3000, help=CUSTOMERS_HELP),
    seed: int = typer.Option(7, "--seed", help=SEED_HELP),
    as_of: str | None = typer.Option(None, "--as-of", help=AS_OF_HELP + " Default: the seeded date."),
    serve: bool = typer.Option(True, "--serve/--no-serve", help="End by serving the approval queue."),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
) -> None:
    """The first-run demo: seed if the database is empty, show where the book stands, let the
    agent read the demo mailbox, then serve the approval queue."""
    from ledger.demo import seeded_as_of
    from ledger.models import Customer
    from sqlalchemy import func, select

    with ledger_sessions()() as session:
        existing = session.scalar(select(func.count()).select_from(Customer)) or 0
        seeded_for = seeded_as_of(session)
    day = _as_of(as_of) if as_of is not None else (seeded_for or _as_of(None))

    console.rule("1. Ledger")
    if existing:
        console.print(f"using the existing ledger ({existing} customers)")
        if not any(settings().demo_maildir.glob("new/*")):
            console.print(f"wrote {_write_mailbox(seed, day)} messages to the demo mailbox")
    else:
        _print_summary(_seed(customers, seed, day))

    console.rule("2. Aging and DSO")
    _print_aging(day)
    _print_dso(day)

    console.rule("3. The agent reads the demo mailbox")
    from cli.queue import triage_mailbox

    result = triage_mailbox(today=lambda: day)
    console.print(f"stored {result['stored']} new message(s), processed {result['processed']}, "
                  f"quarantined {result['quarantined']}; {result['pending_items']} item(s) wait for approval")

    if not serve:
        return
    console.rule("4. The approval queue")
    _serve_queue(host, port)


DEMO_LOGIN = ("dana", "demo-password")  # the demo manager; printed so a first-time user can log in


def _serve_queue(host: str, port: int) -> None:
    """Give the demo manager a password and serve the queue until Ctrl-C."""
    import uvicorn

    from ledger.db import transaction
    from ledger.users import set_password

    import socket

    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            fail(f"cannot serve on {host}:{port} ({exc.strerror}); pass --port with a free port")
    name, password = DEMO_LOGIN
    with transaction(ledger_sessions()) as session:
        set_password(session, name, password, actor="demo")
    console.print(f"approval queue on http://{host}:{port}/  (log in as {name} / {password}; Ctrl-C stops)")
    uvicorn.run("server:app", host=host, port=port, log_level="warning")
