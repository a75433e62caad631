"""`ar-agent clean`: show what the agent reads in a raw message file.

Collectors and support use it to see why a message was read the way it was: the new text,
the quoted thread that was set aside, the signature, the auto-reply verdict and any parser
defects. One bad file never stops the run; it is reported and the exit code says so.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cli.output import console, err_console, fail, to_json


def register(app: typer.Typer) -> None:
    app.command("clean")(clean)


def clean(
    files: list[Path] = typer.Argument(..., help="Raw RFC 5322 message files (.eml)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line per file."),
    max_bytes: int | None = typer.Option(None, "--max-bytes", help="Refuse larger messages."),
) -> None:
    """Clean raw messages: new text, quoted thread, signature, auto-reply, attachments."""
    from agent.cleaning import UnreadableMessage, clean_message

    failed = 0
    for path in files:
        try:
            cleaned = clean_message(path.read_bytes(), max_bytes=max_bytes)
        except (OSError, UnreadableMessage) as exc:
            failed += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if as_json:
                print(to_json({"path": str(path), "error": reason}, indent=None), flush=True)
            else:
                err_console.print(f"{path}: {reason}", style="red", highlight=False, markup=False)
            continue
        except Exception as exc:  # noqa: BLE001 - one file must not end the whole run
            failed += 1
            reason = f"{type(exc).__name__}: {exc}"
            if as_json:
                print(to_json({"path": str(path), "error": reason}, indent=None), flush=True)
            else:
                err_console.print(f"{path}: {reason}", style="red", highlight=False, markup=False)
            continue
        if as_json:
            print(to_json({"path": str(path), **cleaned.model_dump(mode="json")}, indent=None),
                  flush=True)
        else:
            _render(path, cleaned)
    if failed:
        fail(f"{failed} of {len(files)} file(s) could not be cleaned")


def _render(path: Path, cleaned) -> None:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    sender = cleaned.from_addr or "-"
    if cleaned.from_name:
        sender = f"{cleaned.from_name} <{sender}>"
    meta.add_row("From", Text(sender))
    meta.add_row("Subject", Text(cleaned.subject or "-"))
    meta.add_row("Date", cleaned.date.isoformat() if cleaned.date else "-")
    meta.add_row("Thread", cleaned.thread_key)
    verdict = "no"
    if cleaned.auto_reply:
        verdict = cleaned.auto_reply_kind or "yes"
        if cleaned.return_date:
            verdict += f", back {cleaned.return_date.isoformat()}"
    meta.add_row("Auto-reply", verdict)
    meta.add_row("Language", cleaned.language or "-")
    if cleaned.html_only:
        meta.add_row("Body", "HTML only (converted)")
    for att in cleaned.attachments:
        label = f"{att.filename or '(unnamed)'}  {att.content_type}  {att.size} bytes"
        meta.add_row("Attachment", Text(label + ("  PDF" if att.is_pdf else "")))
    for defect in cleaned.defects:
        meta.add_row("Defect", Text(defect))
    console.print(Panel(meta, title=str(path), title_align="left"))
    console.print(Panel(Text(cleaned.new_text or "(empty)"), title="New text", border_style="green"))
    if cleaned.signature:
        console.print(Panel(Text(cleaned.signature), title="Signature", border_style="blue"),
                      markup=False, highlight=False)
    if cleaned.quoted_text:
        console.print(Panel(Text(cleaned.quoted_text), title="Quoted", border_style="dim"),
                      markup=False, highlight=False)
