"""`ar-agent worker`, `sync`, `messages` and `send`: mail in and out from the command line.

The mailbox is IMAP when AR_IMAP_URL is set, else the demo Maildir under the data dir (or
`--maildir DIR`); outbound mail goes to AR_SMTP_URL, else to the file outbox.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path

import typer
from rich.table import Table

from cli.context import ledger_sessions, settings
from cli.output import console, fail, print_json

log = logging.getLogger("ar_agent.worker")

messages_app = typer.Typer(help="Inbound messages: list, show, retry.", invoke_without_command=True)


def _log_events() -> None:
    """The worker's one line per event, at INFO, even when other commands keep quiet."""
    for name in ("ar_agent.worker", "connectors"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() > logging.INFO:
            logger.setLevel(logging.INFO)


def _mailbox(maildir: Path | None):  # type: ignore[no-untyped-def]
    """(open_mailbox, folders) for the configured source."""
    from connectors.imap import ImapMailbox, parse_imap_url
    from connectors.maildir import MaildirMailbox

    cfg = settings()
    if maildir is not None or not cfg.imap_url:
        root = maildir or cfg.demo_maildir
        if not root.is_dir():
            fail(f"no Maildir at {root} (set AR_IMAP_URL, or pass --maildir DIR)")
        return (lambda: MaildirMailbox(root).connect()), ("INBOX",)
    try:
        account = parse_imap_url(cfg.imap_url, cfg.imap_folders)
    except ValueError as exc:
        fail(f"AR_IMAP_URL: {exc}")
    return (lambda: ImapMailbox(account, move_labelled=cfg.imap_move).connect()), account.folders


def processor(sessions):  # type: ignore[no-untyped-def]
    """What runs for each stored message: cleaning, then the agent's graph until the message
    waits for a person (the agent lives as long as this process)."""
    from agent.triage import make_agent
    from connectors.agent_pipeline import agent_processor

    global _agent
    if _agent is None:
        _agent = make_agent(settings(), sessions)
    return agent_processor(sessions, _agent, max_bytes=settings().max_message_bytes)


_agent = None


def _deliverer(sessions) -> Callable[[], object]:  # type: ignore[no-untyped-def]
    from connectors.imap import ImapMailbox, parse_imap_url
    from connectors.smtp import ImapSentFolder, deliver_once, transport_for

    cfg = settings()
    try:
        transport = transport_for(cfg.smtp_url, cfg.file_outbox)
    except ValueError as exc:
        fail(f"AR_SMTP_URL: {exc}")

    def deliver():  # type: ignore[no-untyped-def]
        sent = None
        if cfg.imap_url:
            account = parse_imap_url(cfg.imap_url, cfg.imap_folders)
            sent = ImapSentFolder(lambda: ImapMailbox(account).connect())
        try:
            return deliver_once(sessions, transport, sent=sent, data_dir=cfg.data_dir)
        finally:
            if sent is not None:
                sent.close()

    return deliver


def worker(
    idle_timeout: float = typer.Option(29.0, help="Seconds in IDLE before a precautionary re-sync."),
    poll_interval: float = typer.Option(30.0, help="Seconds between polls when the server has no IDLE."),
    outbox_interval: float = typer.Option(30.0, help="Seconds between outbox deliveries."),
    batch_size: int = typer.Option(100, min=1, help="Messages fetched and stored per transaction."),
    time_limit: float = typer.Option(120.0, help="Seconds one message may take to process before quarantine."),
) -> None:
    """Run the mailbox sync and the outbox delivery until stopped (SIGTERM or Ctrl-C)."""
    from connectors.worker import run_mailbox, run_outbox

    _log_events()
    sessions = ledger_sessions()
    open_box, folders = _mailbox(None)
    stop = threading.Event()

    def _stop(signum, frame):  # type: ignore[no-untyped-def]
        log.info("stopping on signal %s", signum)
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    sender = threading.Thread(target=run_outbox, args=(_deliverer(sessions), stop),
                              kwargs={"interval": outbox_interval}, name="outbox", daemon=True)
    sender.start()
    log.info("worker started folders=%s", ",".join(folders))
    run_mailbox(sessions, open_box, folders, process=processor(sessions), stop=stop, idle_timeout=idle_timeout,
                poll_interval=poll_interval, batch_size=batch_size, max_bytes=settings().max_message_bytes,
                time_limit_s=time_limit)
    sender.join(timeout=outbox_interval + 5)
    log.info("worker stopped")


def sync(
    once: bool = typer.Option(False, "--once", help="One pass, then exit."),
    maildir: Path | None = typer.Option(None, "--maildir", help="Read this Maildir instead of the mailbox."),
    batch_size: int = typer.Option(100, min=1),
    time_limit: float = typer.Option(120.0, help="Seconds one message may take to process before quarantine."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Store and triage new mail: once, or continuously (without the outbox)."""
    from connectors.worker import run_mailbox, sync_once

    _log_events()
    sessions = ledger_sessions()
    open_box, folders = _mailbox(maildir)
    if not once:
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        run_mailbox(sessions, open_box, folders, process=processor(sessions), stop=stop, batch_size=batch_size,
                    max_bytes=settings().max_message_bytes, time_limit_s=time_limit)
        return
    box = open_box()
    try:
        report = sync_once(sessions, box, folders, process=processor(sessions), batch_size=batch_size,
                           max_bytes=settings().max_message_bytes, time_limit_s=time_limit)
    finally:
        box.close()
    result = {"stored": report.stored, "already_known": report.already_known, "processed": report.processed,
              "quarantined": report.quarantined, "resynced": report.resynced}
    if json_out:
        print_json(result)
    else:
        console.print(
            f"stored {report.stored} new message(s), {report.already_known} already known; "
            f"processed {report.processed}, quarantined {report.quarantined}"
        )


@messages_app.callback()
def list_messages(
    ctx: typer.Context,
    state: str | None = typer.Option(None, "--state", help="Only messages in this state."),
    limit: int = typer.Option(50, min=1, help="How many, newest first."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List inbound messages, newest first."""
    if ctx.invoked_subcommand is not None:
        return
    from ledger import messages

    with ledger_sessions()() as session:
        try:
            rows = [messages.summary(r) for r in messages.list_messages(session, state=state, limit=limit)]
        except ValueError as exc:
            fail(str(exc))
    if json_out:
        print_json(rows)
        return
    table = Table("id", "state", "from", "subject", "received", "error")
    for r in rows:
        table.add_row(str(r["id"]), r["state"], r["from"] or "", (r["subject"] or "")[:60],
                      (r["received_at"] or "")[:19], (r["error"] or "")[:60])
    console.print(table)


@messages_app.command("show")
def show_message(
    message_row_id: int = typer.Argument(..., metavar="ID"),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    raw: bool = typer.Option(False, "--raw", help="Print the raw message bytes."),
) -> None:
    """One message: its headers, state, error, the sender's new text and attachments."""
    from ledger import messages
    from ledger.errors import NotFound

    with ledger_sessions()() as session:
        try:
            row = messages.get(session, message_row_id)
        except NotFound as exc:
            fail(str(exc))
        if raw:
            typer.echo(row.raw.decode("utf-8", "replace"))
            return
        data = messages.summary(row)
        data["headers"] = row.headers
        data["thread_key"] = row.thread_key
        data["new_text"] = row.new_text
        data["attachments"] = [
            {"filename": a.filename, "content_type": a.content_type, "size": a.size, "kept": a.data is not None}
            for a in row.attachments
        ]
    if json_out:
        print_json(data)
        return
    for key in ("id", "message_id", "state", "error", "from", "subject", "sent_at", "folder", "uid", "labels"):
        if data.get(key) not in (None, [], ""):
            console.print(f"[bold]{key}[/bold]: {data[key]}", highlight=False)
    for a in data["attachments"]:
        console.print(f"[bold]attachment[/bold]: {a['filename']} ({a['content_type']}, {a['size']} bytes)")
    if data["new_text"]:
        console.print()
        console.print(data["new_text"], markup=False, highlight=False)


@messages_app.command("retry")
def retry_message(
    message_row_id: int = typer.Argument(..., metavar="ID"),
    time_limit: float = typer.Option(120.0, help="Seconds processing may take before quarantine."),
) -> None:
    """Process a quarantined message again; prints the state it ends in."""
    from connectors.worker import process_one
    from ledger import messages
    from ledger.db import transaction
    from ledger.errors import LedgerError

    sessions = ledger_sessions()
    try:
        with transaction(sessions) as session:
            row = messages.retry(session, message_row_id, actor="cli")
            row.attempts = 0
    except LedgerError as exc:
        fail(str(exc))
    state = process_one(sessions, processor(sessions), message_row_id, time_limit_s=time_limit)
    with sessions() as session:
        row = messages.get(session, message_row_id)
        error = row.error
    if state == "quarantined":
        fail(f"message {message_row_id} is quarantined again: {error}")
    console.print(f"message {message_row_id} is {state}")


def send(json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Deliver the due outbox rows once (AR_SMTP_URL, or the file outbox)."""
    report = _deliverer(ledger_sessions())()
    result = {k: getattr(report, k) for k in ("sent", "deferred", "failed", "uncertain", "reconciled")}
    if json_out:
        print_json(result)
        return
    console.print(
        f"sent {len(report.sent)}, reconciled {len(report.reconciled)}, deferred {len(report.deferred)}, "
        f"failed {len(report.failed)}, uncertain {len(report.uncertain)}"
    )
    if report.uncertain:
        ids = ", ".join(str(i) for i in report.uncertain)
        fail(f"outbox row(s) {ids} may already have left and there is no Sent folder to check; not resent", 2)


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
    app.command("sync")(sync)
    app.command("send")(send)
    app.add_typer(messages_app, name="messages")
