"""Mail that cannot be processed is set aside with its reason; the rest keeps flowing."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from connectors.imap import ImapMailbox, parse_imap_url
from connectors.worker import default_processor, process_pending, sync_once
from ledger import messages
from ledger.db import transaction
from ledger.errors import Conflict
from ledger.models import Message
from tests.test_imap_sync import customer_mail

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:imaplib2.*")

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
NOT_MAIL = {"SOURCES.md", "manifest.jsonl"}


def states(sessions) -> dict[int, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return {uid: (state, error) for uid, state, error in
                s.execute(select(Message.uid, Message.state, Message.error).order_by(Message.uid))}


def test_a_malformed_message_is_quarantined_and_the_next_one_processed(sqlite_sessions, dovecot, imap_user):
    dovecot.append(imap_user, customer_mail(1))
    dovecot.append(imap_user, b"\x80\x81\xfe garbage that is no email at all")
    dovecot.append(imap_user, customer_mail(3))
    box = ImapMailbox(parse_imap_url(dovecot.url(imap_user))).connect()
    try:
        report = sync_once(sqlite_sessions, box, ["INBOX"], process=default_processor(sqlite_sessions))
    finally:
        box.close()
    got = states(sqlite_sessions)
    assert report.stored == 3 and report.quarantined == 1
    assert got[1][0] == "triaged" and got[3][0] == "triaged"
    assert got[2][0] == "quarantined" and got[2][1].startswith("UnreadableMessage")


def test_a_failing_or_hanging_step_quarantines_only_that_message(sqlite_sessions):
    with transaction(sqlite_sessions) as s:
        ids = [messages.store_raw(s, customer_mail(n), source="test", folder="INBOX", uid=n).message.id
               for n in range(3)]
    clean = default_processor(sqlite_sessions)

    def flaky(message_row_id: int) -> None:
        if message_row_id == ids[0]:
            raise RuntimeError("reasoner endpoint unavailable")
        if message_row_id == ids[1]:
            time.sleep(30)
        clean(message_row_id)

    report = process_pending(sqlite_sessions, flaky, time_limit_s=0.5)
    assert (report.processed, report.quarantined) == (1, 2)
    with sqlite_sessions() as s:
        rows = {r.id: r for r in s.scalars(select(Message))}
    assert rows[ids[0]].error == "RuntimeError: reasoner endpoint unavailable"
    assert rows[ids[1]].error == "ProcessingTimeout: processing took longer than 0.5s"
    assert rows[ids[2]].state == "triaged"


def test_an_oversized_message_is_quarantined_without_fetching_its_body(sqlite_sessions, dovecot, imap_user):
    big = customer_mail(1, body="x" * 200_000)
    dovecot.append(imap_user, big)
    dovecot.append(imap_user, customer_mail(2))
    box = ImapMailbox(parse_imap_url(dovecot.url(imap_user))).connect()
    try:
        sync_once(sqlite_sessions, box, ["INBOX"], process=default_processor(sqlite_sessions), max_bytes=100_000)
    finally:
        box.close()
    with sqlite_sessions() as s:
        rows = s.scalars(select(Message).order_by(Message.uid)).all()
    assert rows[0].state == "quarantined" and rows[0].error.startswith("oversized: ")
    assert rows[0].size == len(big) and len(rows[0].raw) < 1000
    assert rows[0].message_id == "reply-1@northwind.example"
    # retrying would only read the header: refused, the message stays quarantined
    with pytest.raises(Conflict, match="header only"):
        with transaction(sqlite_sessions) as s:
            messages.retry(s, rows[0].id)
    with sqlite_sessions() as s:
        assert s.get(Message, rows[0].id).state == "quarantined"
    assert rows[1].state == "triaged"


@pytest.fixture
def cli(sqlite_sessions, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from cli import context
    from cli.main import _register, app
    from config import reset_settings

    url = str(sqlite_sessions.kw["bind"].url)
    monkeypatch.setenv("AR_DATABASE_URL", url)
    monkeypatch.setenv("AR_DATA_DIR", str(tmp_path))
    reset_settings()
    context._sessions_for.cache_clear()
    _register()
    runner = CliRunner()
    yield lambda *args: runner.invoke(app, list(args))
    reset_settings()
    context._sessions_for.cache_clear()


def test_messages_retry_processes_a_quarantined_message_again(sqlite_sessions, cli):
    with transaction(sqlite_sessions) as s:
        row = messages.store_raw(s, customer_mail(7), source="test", folder="INBOX", uid=7).message
        messages.quarantine(s, row.id, "RuntimeError: reasoner endpoint unavailable")
        done = messages.store_raw(s, customer_mail(8), source="test", folder="INBOX", uid=8).message
        done.state = "triaged"

    listed = cli("messages", "--state", "quarantined", "--json")
    assert listed.exit_code == 0, listed.output
    assert '"error": "RuntimeError: reasoner endpoint unavailable"' in listed.output

    result = cli("messages", "retry", str(row.id))
    assert result.exit_code == 0, result.output
    # the agent runs again: the message is read and waits for a person (unknown sender: review)
    assert f"message {row.id} is awaiting_approval" in result.output
    with sqlite_sessions() as s:
        again = s.get(Message, row.id)
        assert again.state == "awaiting_approval"
        assert again.new_text.startswith("Hi, we will pay INV-1007 by Friday.")

    refused = cli("messages", "retry", str(done.id))
    assert refused.exit_code == 1
    shown = cli("messages", "show", str(row.id))
    assert "reply-7@northwind.example" in shown.output and "INV-1007" in shown.output


def corpus_files() -> list[Path]:
    files: list[Path] = []
    for name in ("mime", "replies"):
        files.extend(p for p in sorted((CORPORA / name).rglob("*")) if p.is_file() and p.name not in NOT_MAIL)
    return files


def test_every_corpus_message_ends_triaged_or_quarantined_with_a_reason(sqlite_sessions):
    files = corpus_files()
    if not files:
        if os.environ.get("CI"):
            pytest.fail(f"the mail corpora are missing under {CORPORA}")
        pytest.skip(f"no mail corpora under {CORPORA}")
    distinct: set[str] = set()
    with transaction(sqlite_sessions) as s:
        for n, path in enumerate(files):
            raw = path.read_bytes()
            distinct.add(messages.message_id_for(raw))
            messages.store_raw(s, raw, source="corpus", folder=path.parent.name, uid=n)
    report = process_pending(sqlite_sessions, default_processor(sqlite_sessions, max_bytes=25 * 1024 * 1024),
                             time_limit_s=20)
    with sqlite_sessions() as s:
        rows = s.execute(select(Message.state, Message.error)).all()
    # Fixtures copied between libraries share a Message-ID: each is one message.
    assert len(rows) == len(distinct)
    assert {state for state, _ in rows} <= {"triaged", "quarantined"}
    assert all(error for state, error in rows if state == "quarantined")
    assert report.processed + report.quarantined == len(rows)
    assert report.processed > report.quarantined
