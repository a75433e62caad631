"""Syncing the AR mailbox from a real IMAP server (Dovecot on loopback)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from connectors.imap import ImapMailbox, parse_imap_url
from connectors.worker import default_processor, run_mailbox, sync_once
from ledger import messages
from ledger.db import transaction
from ledger.models import Message, SyncState
from tests.mailservers import Dovecot

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:imaplib2.*")


def customer_mail(n: int, *, message_id: bool = True, body: str | None = None) -> bytes:
    lines = [
        f"From: AP Team {n} <ap{n}@northwind.example>",
        "To: ar@ourco.example",
        f"Subject: RE: Invoice INV-{1000 + n} past due",
        "Date: Tue, 02 Jun 2026 09:14:00 -0500",
    ]
    if message_id:
        lines.append(f"Message-ID: <reply-{n}@northwind.example>")
    text = body or f"Hi, we will pay INV-{1000 + n} by Friday.\r\n\r\nDana"
    return ("\r\n".join(lines) + "\r\n\r\n" + text + "\r\n").encode()


def open_box(dovecot: Dovecot, user: str, folders: str = "") -> ImapMailbox:
    return ImapMailbox(parse_imap_url(dovecot.url(user), folders)).connect()


def count(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(Message))


def test_every_message_is_stored_once_across_repeated_syncs(sessions, dovecot, imap_user):
    for n in range(7):
        dovecot.append(imap_user, customer_mail(n))
    dovecot.append(imap_user, customer_mail(99, message_id=False))
    # The same email filed in a second folder is still one message.
    dovecot.append(imap_user, customer_mail(3), folder="Claims")

    box = open_box(dovecot, imap_user, "Claims")
    try:
        first = sync_once(sessions, box, box.account.folders, process=default_processor(sessions), batch_size=3)
        again = sync_once(sessions, box, box.account.folders, process=default_processor(sessions), batch_size=3)
    finally:
        box.close()

    assert first.stored == 8 and first.already_known == 1
    assert again.stored == 0
    with sessions() as s:
        rows = s.scalars(select(Message).order_by(Message.uid)).all()
        assert [r.uid for r in rows] == list(range(1, 9))
        assert {r.state for r in rows} == {"triaged"}
        assert len({r.message_id for r in rows}) == 8
        synthetic = [r for r in rows if r.message_id.endswith("@ar-agent.invalid")]
        assert len(synthetic) == 1 and synthetic[0].subject == "RE: Invoice INV-1099 past due"
        assert rows[0].new_text.startswith("Hi, we will pay INV-1000 by Friday.")
        cursor = s.scalars(select(SyncState).where(SyncState.folder == "INBOX")).one()
        assert cursor.last_uid == 8


def test_syncing_never_marks_mail_as_read_and_labels_land_as_keywords(sqlite_sessions, dovecot, imap_user):
    dovecot.append(imap_user, customer_mail(1))

    def agent(message_row_id: int) -> None:
        with transaction(sqlite_sessions) as s:
            row = messages.get(s, message_row_id)
            row.labels = ["AR/Disputes", "$ARTriaged"]
            messages.set_state(s, row, "awaiting_approval")

    box = open_box(dovecot, imap_user)
    try:
        sync_once(sqlite_sessions, box, ["INBOX"], process=agent)
        box.select("INBOX")
        flags = box.flags(1)
    finally:
        box.close()
    assert {"AR/Disputes", "$ARTriaged"} <= flags
    assert "\\Seen" not in flags
    with sqlite_sessions() as s:
        assert s.scalars(select(Message.state)).one() == "awaiting_approval"


def test_with_moving_on_a_labelled_message_is_filed_into_its_ar_folder(sqlite_sessions, dovecot, imap_user):
    dovecot.append(imap_user, customer_mail(1))
    dovecot.append(imap_user, customer_mail(2))

    def agent(message_row_id: int) -> None:
        with transaction(sqlite_sessions) as s:
            row = messages.get(s, message_row_id)
            row.labels = ["$ARTriaged", "AR/Disputes"] if "reply-1@" in row.message_id else ["$ARTriaged"]
            messages.set_state(s, row, "awaiting_approval")

    box = ImapMailbox(parse_imap_url(dovecot.url(imap_user)), move_labelled=True).connect()
    try:
        sync_once(sqlite_sessions, box, ["INBOX"], process=agent)
    finally:
        box.close()
    imap = dovecot.client(imap_user)
    try:
        imap.select("INBOX", readonly=True)
        assert len(imap.search(None, "ALL")[1][0].split()) == 1  # the one without an AR/ label stays
        imap.select('"AR.Disputes"', readonly=True)  # this Dovecot's hierarchy delimiter is "."
        assert len(imap.search(None, "ALL")[1][0].split()) == 1
    finally:
        imap.logout()
    with sqlite_sessions() as s:
        moved = s.scalar(select(Message).where(Message.message_id == "reply-1@northwind.example"))
        assert (moved.folder, moved.uid) == ("AR.Disputes", None)


def test_idle_wakes_the_worker_when_a_message_arrives(sqlite_sessions, dovecot, imap_user):
    dovecot.append(imap_user, customer_mail(1))
    stop = threading.Event()
    account = parse_imap_url(dovecot.url(imap_user))
    worker = threading.Thread(
        target=run_mailbox,
        args=(sqlite_sessions, lambda: ImapMailbox(account).connect(), ["INBOX"]),
        kwargs=dict(process=default_processor(sqlite_sessions), stop=stop, idle_timeout=120, poll_interval=120),
        daemon=True,
    )
    worker.start()
    try:
        deadline = time.monotonic() + 20
        while count(sqlite_sessions) < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert count(sqlite_sessions) == 1
        time.sleep(0.5)  # the worker is now waiting in IDLE (two minutes before any poll)
        dovecot.append(imap_user, customer_mail(2))
        deadline = time.monotonic() + 30
        while count(sqlite_sessions) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert count(sqlite_sessions) == 2
    finally:
        stop.set()
        # IDLE ends on the next server event or timeout; the thread is a daemon either way.
        dovecot.append(imap_user, customer_mail(3))
        worker.join(timeout=30)
    assert not worker.is_alive()


def test_changed_uidvalidity_resyncs_without_duplicates(sessions, dovecot, imap_user):
    for n in range(3):
        dovecot.append(imap_user, customer_mail(n), folder="Claims")
    box = open_box(dovecot, imap_user, "Claims")
    try:
        sync_once(sessions, box, ["Claims"], process=default_processor(sessions))
        old_validity = box.select("Claims")
        # The folder is recreated (a server restore, a migration): same mail, new UIDVALIDITY.
        box.delete_folder("Claims")
        for n in (0, 1, 2, 3):
            dovecot.append(imap_user, customer_mail(n), folder="Claims")
        report = sync_once(sessions, box, ["Claims"], process=default_processor(sessions))
        new_validity = box.select("Claims")
    finally:
        box.close()

    assert new_validity != old_validity
    assert report.resynced == ["Claims"]
    assert report.stored == 1 and report.already_known == 3
    with sessions() as s:
        rows = s.scalars(select(Message).order_by(Message.message_id)).all()
        assert len(rows) == 4
        # Known messages now point at their new location, so labels reach the right UID.
        assert {r.uidvalidity for r in rows} == {new_validity}
        assert sorted(r.uid for r in rows) == [1, 2, 3, 4]
        cursor = s.scalars(select(SyncState).where(SyncState.folder == "Claims")).one()
        assert (cursor.uidvalidity, cursor.last_uid) == (new_validity, 4)


def test_plain_imap_is_refused_off_loopback():
    account = parse_imap_url("imap://ar:pw@mail.example.com/INBOX")
    assert account.security == "starttls" and account.port == 143
    assert parse_imap_url("imaps://ar:p%40ss@mail.example.com").password == "p@ss"
    assert parse_imap_url("imap://ar:pw@127.0.0.1:1143/INBOX", "Claims, Remittances").folders == (
        "INBOX",
        "Claims",
        "Remittances",
    )
