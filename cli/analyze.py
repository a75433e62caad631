"""`ar-agent analyze`: read .eml files the way the inbound graph does and show the reading."""

from __future__ import annotations

from pathlib import Path

import typer

from cli.context import settings
from cli.output import console, fail, print_json


def _summary(path: Path, reading) -> dict:
    view = reading.case_view()
    return {
        "path": str(path),
        **view,
        "evidence": [e.model_dump() for e in reading.evidence],
        "confidence": reading.confidence,
    }


def analyze_command(
    files: list[Path] = typer.Argument(..., help="One or more .eml files."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line per file."),
    reasoner: str | None = typer.Option(None, "--reasoner", help="offline or openai (default: as configured)."),
    use_ledger: bool = typer.Option(True, "--ledger/--no-ledger",
                                    help="Use the configured ledger, when there is one, to know the sender's invoices."),
) -> None:
    """Clean and read each message; a file that fails gets an error and the others go on."""
    from rich.table import Table

    from agent.analysis import analyze_raw
    from agent.reasoner import UnknownReasoner, get_reasoner

    try:
        reader = get_reasoner(reasoner or settings().reasoner)
    except UnknownReasoner as exc:
        fail(str(exc))
    context = _ledger_context() if use_ledger else None
    failed = 0
    for path in files:
        try:
            _message, reading = analyze_raw(path.read_bytes(), reasoner=reader, context=context)
        except Exception as exc:  # noqa: BLE001 - report the file and go on with the next
            failed += 1
            if as_json:
                print_json({"path": str(path), "error": f"{type(exc).__name__}: {exc}"}, indent=None)
            else:
                console.print(f"[red]{path}[/red]: {type(exc).__name__}: {exc}", highlight=False)
            continue
        summary = _summary(path, reading)
        if as_json:
            print_json(summary, indent=None)
            continue
        table = Table(title=str(path), show_header=False, title_justify="left")
        table.add_row("intents", ", ".join(summary["intents"]))
        if summary["dispute_reasons"]:
            table.add_row("dispute reasons", ", ".join(summary["dispute_reasons"]))
        for p in summary["promises"]:
            amount = f"{p['amount']} {p['currency'] or ''}".strip() if p["amount"] else "open balance"
            table.add_row("promise", f"{amount} by {p['date']} on {', '.join(p['invoices']) or 'the account'}")
        table.add_row("invoices", ", ".join(summary["invoices"]) or "-")
        if summary["new_contact"]:
            table.add_row("new contact", summary["new_contact"])
        table.add_row("confidence", f"{summary['confidence']:.2f}")
        for e in reading.evidence:
            table.add_row(f"evidence {e.label}", f"\u201c{e.quote}\u201d")
        console.print(table)
    if failed:
        # Every file was still reported; the exit code tells scripts that some could not be read.
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)


def _ledger_context():  # type: ignore[no-untyped-def]
    """A look-up of each sender's open invoices in the configured ledger, or None when there is
    no ledger yet (analyze needs no database)."""
    from sqlalchemy.engine import make_url

    from agent.reasoner import ReadingContext
    from cli.context import ledger_sessions

    cfg = settings()
    url = make_url(cfg.database_url)
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).exists()):
        return None
    sessions = ledger_sessions()

    def context(message):  # type: ignore[no-untyped-def]
        from tools.ledger_reads import match_customer, reading_context

        with sessions() as session:
            found = match_customer(session, sender=message.from_addr, invoice_numbers=[],
                                   thread_key=message.thread_key)
            if found is None:
                return ReadingContext()
            numbers, currency, tz = reading_context(session, found.customer_id)
        return ReadingContext(open_invoices=numbers, currency=currency, timezone=tz)

    return context
