"""`ar-agent analyze`: read .eml files the way the inbound graph does and show the reading."""

from __future__ import annotations

from pathlib import Path

import typer

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
    reasoner: str = typer.Option("offline", "--reasoner", help="offline or openai."),
) -> None:
    """Clean and read each message; a file that fails gets an error and the others go on."""
    from rich.table import Table

    from agent.analysis import analyze_raw
    from agent.reasoner import UnknownReasoner, get_reasoner

    try:
        reader = get_reasoner(reasoner)
    except UnknownReasoner as exc:
        fail(str(exc))
    failed = 0
    for path in files:
        try:
            _message, reading = analyze_raw(path.read_bytes(), reasoner=reader)
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
    if failed == len(files):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)
