"""`ar-agent import customers|contacts|invoices|payments FILE`: load ERP exports.

Rejected rows are reported on stderr as FILE:LINE: reason while the good rows are kept (or,
with --strict, nothing is kept); the exit code is non-zero whenever a row was rejected.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from cli.context import ledger_sessions
from cli.output import console, err_console, fail, print_json

import_app = typer.Typer(
    help="Load customers, contacts, invoices or payments from CSV, JSON or JSON lines (see docs/import.md).",
    no_args_is_help=True,
)

# Below this size a file loads in a blink and a progress bar would only flicker.
PROGRESS_MIN_BYTES = 256 * 1024


def _run(kind: str, file: Path, date_format: str | None, decimal_comma: bool, strict: bool,
         delimiter: str | None, encoding: str, json_out: bool) -> None:
    from ledger.imports import ImportFileError, ImportOptions, import_file

    options = ImportOptions(date_format=date_format, decimal_comma=decimal_comma, strict=strict,
                            delimiter=delimiter, encoding=encoding)
    shown = str(file)

    def on_error(line: int, reason: str) -> None:
        print(f"{shown}:{line}: {reason}", file=sys.stderr, flush=True)

    factory = ledger_sessions()
    show_progress = err_console.is_terminal and file.is_file() and file.stat().st_size >= PROGRESS_MIN_BYTES
    progress = Progress(TextColumn(f"importing {kind}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                        console=err_console, transient=True, disable=not show_progress)
    try:
        with progress:
            task = progress.add_task(kind, total=file.stat().st_size if file.is_file() else None)
            report = import_file(factory, kind, file, options, on_error=on_error,
                                 on_progress=lambda done, total: progress.update(task, completed=done))
    except ImportFileError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{shown}: {exc.strerror or exc}")
    if report.ignored_columns:
        print(f"{shown}: ignored unknown columns: {', '.join(report.ignored_columns)}", file=sys.stderr)
    if json_out:
        print_json({**report.model_dump(exclude={"errors"}), "changed": report.changed,
                    "errors": [e.model_dump() for e in report.errors]})
    else:
        rolled_back = "" if report.committed else " (rolled back: nothing kept)"
        table = Table("read", "created", "updated", "unchanged", "rejected",
                      title=f"{kind} from {shown}{rolled_back}", title_justify="left")
        table.add_row(*(str(n) for n in (report.read, report.created, report.updated, report.unchanged,
                                          report.rejected)))
        console.print(table)
        if report.committed:
            console.print(f"{report.changed} changed", highlight=False)
        else:
            console.print("nothing imported: --strict and some rows were rejected", highlight=False)
    if report.rejected:
        if not report.committed or report.rejected >= report.read:
            fail(f"{report.rejected} row(s) rejected; nothing was imported")
        fail(f"{report.rejected} row(s) rejected; the other {report.read - report.rejected} row(s) were imported")


def _command(kind: str):  # type: ignore[no-untyped-def]
    def command(
        file: Path = typer.Argument(..., help="CSV, .json (array of objects or JSON lines) or .jsonl file."),
        date_format: str | None = typer.Option(
            None, "--date-format", help="strptime pattern for dates that are not ISO, e.g. %m/%d/%Y."),
        decimal_comma: bool = typer.Option(False, "--decimal-comma", help="Amounts like 1.234,50 or 1 234,50 €."),
        strict: bool = typer.Option(False, "--strict", help="All rows or nothing: one bad row imports none."),
        delimiter: str | None = typer.Option(None, "--delimiter", help="CSV delimiter; guessed from the header."),
        encoding: str = typer.Option("utf-8-sig", "--encoding", help="Text encoding of the file."),
        json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    ) -> None:
        _run(kind, file, date_format, decimal_comma, strict, delimiter, encoding, json_out)

    command.__doc__ = f"Load {kind} (idempotent: loading the same file again changes nothing)."
    return command


for _kind in ("customers", "contacts", "invoices", "payments"):
    import_app.command(_kind)(_command(_kind))


def register(app: typer.Typer) -> None:
    app.add_typer(import_app, name="import")
