"""`ar-agent config` and `ar-agent db …`: the configuration and the database's health."""

from __future__ import annotations

import typer
from rich.table import Table

from cli.context import ledger_sessions, settings
from cli.output import console, fail, print_json

db_app = typer.Typer(help="Database schema and integrity.", no_args_is_help=True)


def show_config(json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Print the effective configuration, secrets masked."""
    rows = settings().masked()
    if json_out:
        print_json(rows)
        return
    table = Table("variable", "value")
    for key, value in rows.items():
        table.add_row(key, "(unset)" if value is None else value)
    console.print(table)


@db_app.command("upgrade")
def upgrade() -> None:
    """Create or migrate the schema to the latest version."""
    ledger_sessions()
    console.print("database is up to date")


@db_app.command("check")
def check(json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Prove every cached balance equals amount minus allocations."""
    from ledger.balances import check_balances

    with ledger_sessions()() as session:
        problems = check_balances(session)
    if json_out:
        print_json({"ok": not problems, "mismatches": problems})
    elif not problems:
        console.print("all balances agree with their allocations")
    if problems:
        fail(f"{len(problems)} balance(s) disagree with their allocations")


def register(app: typer.Typer) -> None:
    app.command("config")(show_config)
    app.add_typer(db_app, name="db")
