"""Delivering approved replies: once, in the customer's thread, whatever crashes in between."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from sqlalchemy import select

from connectors.imap import ImapMailbox, parse_imap_url
from connectors.smtp import FileTransport, ImapSentFolder, SmtpTransport, deliver_once, parse_smtp_url
from ledger import messages, outbox
from ledger.db import transaction
from ledger.errors import Conflict
from ledger.models import Draft, Outbox, utcnow

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:imaplib2.*")

INBOUND = (
    b"From: Dana Ruiz <ap@northwind.example>\r\nTo: ar@ourco.example\r\n"
    b"Subject: RE: Invoice INV-20417 past due\r\nMessage-ID: <dana-2@northwind.example>\r\n"
    b"In-Reply-To: <dunning-1@ourco.example>\r\nReferences: <dunning-1@ourco.example>\r\n\r\n"
    b"We will pay INV-20417 by Friday.\r\n"
)


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs, no handler catches it."""


def approved_reply(sessions, *, to: str = "ap@northwind.example") -> int:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        inbound = messages.store_raw(s, INBOUND, source="imap://test", folder="INBOX", uidvalidity=1, uid=1).message
        draft = Draft(message_id=inbound.id, to_addr=to, subject="RE: Invoice INV-20417 past due",
                      body="Thank you, we have noted payment of INV-20417 by Friday 5 June.", status="approved")
        s.add(draft)
        s.flush()
        row = outbox.enqueue(
            s, draft, from_addr="AR Team <ar@ourco.example>", to_addr=to, subject=draft.subject, body=draft.body,
            in_reply_to="<dana-2@northwind.example>", references=["<dunning-1@ourco.example>"], attachments=[],
        )
        return row.id


def status(sessions, row_id: int) -> Outbox:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return s.get(Outbox, row_id)


def test_an_approved_reply_is_delivered_once_in_the_customers_thread(sessions, smtp_server, dovecot, imap_user):
    row_id = approved_reply(sessions)
    transport = SmtpTransport(parse_smtp_url(smtp_server.url))
    sent = ImapSentFolder(lambda: ImapMailbox(parse_imap_url(dovecot.url(imap_user))).connect())
    try:
        first = deliver_once(sessions, transport, sent=sent)
        second = deliver_once(sessions, transport, sent=sent)
        in_sent = sent.contains(status(sessions, row_id).message_id)
    finally:
        sent.close()

    assert first.sent == [row_id] and second.sent == []
    assert len(smtp_server.received) == 1
    got = smtp_server.received[0]
    assert got.rcpt_tos == ["ap@northwind.example"] and got.mail_from == "ar@ourco.example"
    mail = message_from_bytes(got.data, policy=default_policy)
    row = status(sessions, row_id)
    assert row.status == "sent" and row.attempts == 1 and row.sent_at is not None
    assert mail["Message-ID"] == f"<{row.message_id}>" and row.message_id.endswith("@ourco.example")
    assert mail["In-Reply-To"] == "<dana-2@northwind.example>"
    assert mail["References"] == "<dunning-1@ourco.example> <dana-2@northwind.example>"
    assert "INV-20417 by Friday 5 June" in mail.get_content()
    assert in_sent


def test_a_crash_after_the_server_accepted_never_sends_twice(sessions, smtp_server, dovecot, imap_user):
    row_id = approved_reply(sessions)
    transport = SmtpTransport(parse_smtp_url(smtp_server.url))

    class DiesAfterFiling(ImapSentFolder):
        def add(self, raw: bytes) -> None:
            super().add(raw)
            raise Crash()

    dying = DiesAfterFiling(lambda: ImapMailbox(parse_imap_url(dovecot.url(imap_user))).connect())
    with pytest.raises(Crash):
        deliver_once(sessions, transport, sent=dying)
    dying.close()
    assert len(smtp_server.received) == 1
    assert status(sessions, row_id).status == "sending"

    # The restarted sender finds the attempt on record, its lease run out.
    sent = ImapSentFolder(lambda: ImapMailbox(parse_imap_url(dovecot.url(imap_user))).connect())
    try:
        report = deliver_once(sessions, transport, sent=sent, now=utcnow() + timedelta(minutes=10))
    finally:
        sent.close()
    assert report.reconciled == [row_id] and report.sent == []
    assert len(smtp_server.received) == 1
    row = status(sessions, row_id)
    assert row.status == "sent" and "Sent folder" in (row.last_error or "")


def test_an_interrupted_attempt_missing_from_sent_is_retried(sessions, smtp_server, dovecot, imap_user):
    row_id = approved_reply(sessions)
    with transaction(sessions) as s:
        outbox.claim_due(s)  # the attempt was recorded, then the process died before SMTP
    sent = ImapSentFolder(lambda: ImapMailbox(parse_imap_url(dovecot.url(imap_user))).connect())
    try:
        report = deliver_once(sessions, SmtpTransport(parse_smtp_url(smtp_server.url)), sent=sent,
                              now=utcnow() + timedelta(minutes=10))
    finally:
        sent.close()
    assert report.sent == [row_id]
    assert len(smtp_server.received) == 1
    assert status(sessions, row_id).attempts == 2


def test_a_permanent_refusal_fails_the_row_with_the_servers_answer(sqlite_sessions, smtp_server):
    row_id = approved_reply(sqlite_sessions, to="reject-me@northwind.example")
    report = deliver_once(sqlite_sessions, SmtpTransport(parse_smtp_url(smtp_server.url)))
    row = status(sqlite_sessions, row_id)
    assert report.failed == [row_id]
    assert row.status == "failed"
    assert row.last_error.startswith("550 5.1.1 <reject-me@northwind.example>: Recipient address rejected")
    assert smtp_server.received == []


def test_a_temporary_refusal_is_retried_later(sqlite_sessions, smtp_server):
    row_id = approved_reply(sqlite_sessions)
    smtp_server.catcher.next_answers.append("451 4.7.1 Greylisted, please try again later")
    transport = SmtpTransport(parse_smtp_url(smtp_server.url))

    first = deliver_once(sqlite_sessions, transport)
    row = status(sqlite_sessions, row_id)
    assert first.deferred == [row_id]
    assert row.status == "queued" and row.attempts == 1 and "451 4.7.1 Greylisted" in row.last_error
    assert row.next_attempt_at > utcnow() + timedelta(seconds=30)

    assert deliver_once(sqlite_sessions, transport).sent == []  # not due yet
    later = deliver_once(sqlite_sessions, transport, now=row.next_attempt_at + timedelta(seconds=1))
    assert later.sent == [row_id]
    assert len(smtp_server.received) == 1
    assert status(sqlite_sessions, row_id).attempts == 2


def test_the_file_outbox_writes_each_message_once(sqlite_sessions, tmp_path):
    row_id = approved_reply(sqlite_sessions)
    transport = FileTransport(tmp_path / "outbox")
    with transaction(sqlite_sessions) as s:
        row = outbox.claim_due(s)[0]
    # Written, then the process died before the row said so.
    from connectors.smtp import build_message

    transport.deliver(row, build_message(row).as_bytes())
    report = deliver_once(sqlite_sessions, transport, now=utcnow() + timedelta(minutes=10))
    assert report.reconciled == [row_id]
    assert deliver_once(sqlite_sessions, transport).sent == []
    files = list((tmp_path / "outbox").iterdir())
    assert [f.name for f in files] == [f"{row.message_id}.eml"]
    mail = message_from_bytes(files[0].read_bytes(), policy=default_policy)
    assert mail["In-Reply-To"] == "<dana-2@northwind.example>"


def test_only_approved_drafts_enter_the_outbox_and_only_once(sqlite_sessions):
    row_id = approved_reply(sqlite_sessions)
    with transaction(sqlite_sessions) as s:
        draft = s.scalars(select(Draft)).one()
        again = outbox.enqueue(s, draft, from_addr="ar@ourco.example", to_addr="x@y.example", subject="s", body="b")
        assert again.id == row_id
        pending = Draft(to_addr="x@y.example", subject="s", body="b", status="pending")
        s.add(pending)
        s.flush()
        with pytest.raises(Conflict):
            outbox.enqueue(s, pending, from_addr="ar@ourco.example", to_addr="x@y.example", subject="s", body="b")


def test_smtp_urls():
    assert parse_smtp_url("smtps://ar:secret@mail.example.com").port == 465
    starttls = parse_smtp_url("smtp+starttls://ar%40ourco.example:pw@mail.example.com:587")
    assert (starttls.security, starttls.user, starttls.password) == ("starttls", "ar@ourco.example", "pw")
    with pytest.raises(ValueError, match="loopback"):
        parse_smtp_url("smtp://mail.example.com:25")
