"""`ar-agent triage` and `ar-agent queue …`: run the agent on new mail and work the approval
queue from the terminal."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import typer
from rich.table import Table
from sqlalchemy import select

from cli.context import ledger_sessions, settings
from cli.output import console, fail, print_json
from ledger.approvals import Decision
from ledger.errors import LedgerError
from ledger.models import Customer, Draft, Message, User

queue_app = typer.Typer(help="Work the approval queue.", no_args_is_help=True)


def _agent():  # type: ignore[no-untyped-def]
    from agent.triage import make_agent

    return make_agent(settings(), ledger_sessions())


def triage_mailbox(maildir: Path | None = None, *, limit: int | None = None,
                   today: Callable[[], date] | None = None) -> dict[str, Any]:
    """Fetch new mail (IMAP when AR_IMAP_URL is set, else a Maildir) and run the agent on it."""
    from agent.triage import make_agent
    from connectors.agent_pipeline import agent_processor
    from connectors.worker import sync_once

    cfg = settings()
    sessions = ledger_sessions()
    overrides: dict[str, Any] = {"today": today} if today is not None else {}
    with make_agent(cfg, sessions, **overrides) as agent:
        process = agent_processor(sessions, agent, max_bytes=cfg.max_message_bytes)
        if cfg.imap_url and maildir is None:
            from connectors.imap import ImapMailbox, parse_imap_url

            account = parse_imap_url(cfg.imap_url, cfg.imap_folders)
            box = ImapMailbox(account, move_labelled=cfg.imap_move).connect()
            folders = list(account.folders)
        else:
            from connectors.maildir import MaildirMailbox

            root = maildir or cfg.demo_maildir
            if not root.is_dir():
                fail(f"no Maildir at {root} (run `ar-agent demo seed` or pass --maildir)")
            box = MaildirMailbox(root=root).connect()
            folders = ["INBOX"]
        try:
            report = sync_once(sessions, box, folders, process=process, max_bytes=cfg.max_message_bytes,
                               time_limit_s=60)
        finally:
            box.close()
        leftovers = agent.process_pending(limit=limit)
    with sessions() as s:
        pending = len(s.scalars(select(Draft.id).where(Draft.status == "pending")).all())
    return {"stored": report.stored, "already_known": report.already_known, "processed": report.processed,
            "quarantined": report.quarantined, "resumed": leftovers, "pending_items": pending}


def triage(
    maildir: Path | None = typer.Option(None, "--maildir", help="Read this Maildir instead of IMAP/the demo mailbox."),
    limit: int | None = typer.Option(None, "--limit", help="Process at most N stored messages."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Fetch new mail (IMAP when AR_IMAP_URL is set, else the demo Maildir) and run the agent on it."""
    result = triage_mailbox(maildir, limit=limit)
    if json_out:
        print_json(result)
    else:
        console.print(f"stored {result['stored']} new message(s), processed {result['processed']}, "
                      f"quarantined {result['quarantined']}; {result['pending_items']} item(s) wait for approval")


def _item(d: Draft, customer: str | None) -> dict:
    return {"id": d.id, "status": d.status, "kind": d.kind, "customer": customer, "intents": d.intents,
            "to": d.to_addr, "subject": d.subject, "tone": d.tone, "priority": d.priority,
            "needs_manager": d.needs_manager, "confidence": d.confidence,
            "amount_at_stake": d.amount_at_stake, "created_at": d.created_at}


@queue_app.command("list")
def list_items(
    status: str = typer.Option("pending", "--status", help="pending, approved, rejected, filed or all."),
    intent: str | None = typer.Option(None, "--intent"),
    limit: int = typer.Option(50, "--limit", min=1, max=10_000),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Items in priority order."""
    from ledger.models import DRAFT_STATES

    if status != "all" and status not in DRAFT_STATES:
        fail(f"--status: {status!r} is not one of {', '.join(DRAFT_STATES)} or all")
    with ledger_sessions()() as s:
        q = select(Draft, Customer.name).outerjoin(Customer, Customer.id == Draft.customer_id)
        if status != "all":
            q = q.where(Draft.status == status)
        rows = s.execute(q.order_by(Draft.priority.desc(), Draft.id).limit(limit * 5 if intent else limit)).all()
        items = [_item(d, name) for d, name in rows if not intent or intent in (d.intents or [])][:limit]
    if json_out:
        print_json(items)
        return
    table = Table("id", "customer", "intents", "to", "subject", "tone", "priority")
    for i in items:
        table.add_row(str(i["id"]), i["customer"] or "?", ", ".join(i["intents"]), i["to"] or "(no email)",
                      i["subject"] or "", i["tone"] or "", str(i["priority"]))
    console.print(table)


@queue_app.command("show")
def show(item_id: int, json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """One item: the message, the reading, the draft and the proposed actions."""
    with ledger_sessions()() as s:
        d = s.get(Draft, item_id)
        if d is None:
            fail(f"no approval item {item_id}")
        customer = s.get(Customer, d.customer_id).name if d.customer_id else None
        msg = s.get(Message, d.message_id) if d.message_id else None
        data = {**_item(d, customer), "body": d.body, "actions": d.actions, "reading": d.reading,
                "grounding_flags": d.grounding_flags, "attachments": d.attachments,
                "message": None if msg is None else {"from": msg.from_addr, "subject": msg.subject,
                                                     "new_text": msg.new_text}}
    if json_out:
        print_json(data)
        return
    console.print(f"[bold]#{d.id}[/bold] {customer or '?'} — {', '.join(d.intents or [])} "
                  f"({'needs a manager' if d.needs_manager else d.status})")
    if data["message"]:
        console.print(f"[dim]from {data['message']['from']}: {data['message']['subject']}[/dim]")
        console.print(data["message"]["new_text"] or "", markup=False)
    console.rule("draft")
    console.print(f"To: {d.to_addr or '(no email: filed on approval)'}\nSubject: {d.subject}", markup=False)
    console.print(d.body or "", markup=False)
    console.rule("proposed actions")
    from ledger.actions import parse_actions

    for n, a in enumerate(parse_actions(d.actions or [])):
        console.print(f"[{'x' if a.enabled else ' '}] {n}: {a.summary()}", markup=False)
    for f in d.grounding_flags or []:
        console.print(f"[red]grounding: {f['span']!r} — {f['reason']}[/red]")


def _user(name: str | None) -> User:
    name = name or os.environ.get("AR_USER")
    if not name:
        fail("say who decides: --user NAME (or set AR_USER)")
    with ledger_sessions()() as s:
        user = s.scalar(select(User).where(User.name == name))
        if user is None:
            fail(f"unknown user {name!r} (add one with `ar-agent users add`)")
        return user


def _decide(item_id: int, decision: Decision, user_name: str | None, json_out: bool) -> None:
    user = _user(user_name)
    try:
        with _agent() as agent:
            result = agent.decide(item_id, decision, user_id=user.id)
    except LedgerError as exc:
        fail(str(exc))
    if json_out:
        print_json(result)
    else:
        applied = "; ".join(result.applied) or "no ledger actions"
        queued = f", queued as outbox #{result.outbox_id}" if result.outbox_id else ""
        console.print(f"item {item_id} {result.status}{queued} ({applied})", markup=False)


USER_OPTION = typer.Option(None, "--user", help="Who decides (default: $AR_USER).")


@queue_app.command("approve")
def approve(item_id: int, user: str | None = USER_OPTION,
            json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Approve: apply the ticked actions and queue the reply."""
    _decide(item_id, Decision(action="approve"), user, json_out)


@queue_app.command("edit")
def edit(
    item_id: int,
    subject: str | None = typer.Option(None, "--subject"),
    body_file: Path | None = typer.Option(None, "--body-file", help="New body from a file ('-' for stdin)."),
    untick: list[int] = typer.Option([], "--untick", help="Index of a proposed action to skip (repeatable)."),
    user: str | None = USER_OPTION,
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Edit the draft (and untick actions), then approve it."""
    import sys

    body = None
    if body_file is not None:
        body = sys.stdin.read() if str(body_file) == "-" else body_file.read_text(encoding="utf-8")
    enabled = None
    if untick:
        with ledger_sessions()() as s:
            d = s.get(Draft, item_id)
            if d is None:
                fail(f"no approval item {item_id}")
            count = len(d.actions or [])
            wrong = [i for i in untick if not 0 <= i < count]
            if wrong:
                fail(f"item {item_id} has {count} proposed action(s) (numbered from 0); there is no action {wrong[0]}")
            enabled = [i for i, a in enumerate(d.actions or []) if a.get("enabled", True) and i not in untick]
    try:
        decision = Decision(action="edit", subject=subject, body=body, enabled_actions=enabled)
    except ValueError as exc:
        fail(str(exc).splitlines()[-1])
    _decide(item_id, decision, user, json_out)


@queue_app.command("reject")
def reject(item_id: int, reason: str = typer.Option(..., "--reason", help="Why (kept in the audit log)."),
           user: str | None = USER_OPTION, json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Reject: nothing is sent and nothing is applied."""
    try:
        decision = Decision(action="reject", reason=reason)
    except ValueError as exc:
        fail(str(exc).splitlines()[-1])
    _decide(item_id, decision, user, json_out)


def register(app: typer.Typer) -> None:
    app.command("triage")(triage)
    app.add_typer(queue_app, name="queue")
