"""The worker survives being killed: every message stored exactly once, none skipped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from connectors.imap import ImapMailbox, parse_imap_url
from connectors.maildir import MaildirMailbox
from connectors.worker import default_processor, sync_once
from ledger.db import make_engine, migrate, session_factory
from ledger.models import Message, SyncState
from tests.test_imap_sync import customer_mail

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:imaplib2.*")

REPO = Path(__file__).resolve().parents[1]

SYNC_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from connectors.imap import ImapMailbox, parse_imap_url
    from connectors.worker import default_processor, sync_once
    from ledger.db import make_engine, session_factory

    db_url, imap_url, delay = sys.argv[1], sys.argv[2], float(sys.argv[3])
    sessions = session_factory(make_engine(db_url))
    clean = default_processor(sessions)

    def slow(message_row_id):
        time.sleep(delay)
        clean(message_row_id)

    box = ImapMailbox(parse_imap_url(imap_url)).connect()
    sync_once(sessions, box, ["INBOX"], process=slow, batch_size=7)
    box.close()
    """
)


class Crash(BaseException):
    """The process dying mid-way: no handler runs."""


def run_sync(db_url: str, imap_url: str, delay: float) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", SYNC_SCRIPT, db_url, imap_url, str(delay)], env=env,
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_a_worker_killed_mid_batch_restarts_with_no_duplicates_and_no_gaps(tmp_path, dovecot, imap_user):
    total = 40
    for n in range(total):
        dovecot.append(imap_user, customer_mail(n))
    db_url = f"sqlite:///{tmp_path / 'ar.db'}"
    engine = make_engine(db_url)
    migrate(engine)
    sessions = session_factory(engine)

    def stored() -> int:
        with sessions() as s:
            return s.scalar(select(func.count()).select_from(Message))

    child = run_sync(db_url, dovecot.url(imap_user), 0.05)
    deadline = time.monotonic() + 60
    while stored() < 10 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    assert 10 <= stored() < total

    again = run_sync(db_url, dovecot.url(imap_user), 0)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()[-2000:]

    with sessions() as s:
        rows = s.execute(select(Message.uid, Message.message_id, Message.state)).all()
        cursor = s.scalars(select(SyncState)).one()
    assert sorted(uid for uid, _, _ in rows) == list(range(1, total + 1))
    assert len({mid for _, mid, _ in rows}) == total
    assert {state for _, _, state in rows} == {"triaged"}
    assert cursor.last_uid == total
    engine.dispose()


def test_a_crash_during_processing_leaves_the_message_to_the_next_run(sqlite_sessions, dovecot, imap_user):
    for n in range(6):
        dovecot.append(imap_user, customer_mail(n))
    clean = default_processor(sqlite_sessions)
    seen: list[int] = []

    def dies_on_the_fourth(message_row_id: int) -> None:
        seen.append(message_row_id)
        if len(seen) == 4:
            raise Crash()
        clean(message_row_id)

    account = parse_imap_url(dovecot.url(imap_user))
    box = ImapMailbox(account).connect()
    with pytest.raises(Crash):
        sync_once(sqlite_sessions, box, ["INBOX"], process=dies_on_the_fourth, batch_size=5)
    box.close()
    with sqlite_sessions() as s:
        before = dict(s.execute(select(Message.uid, Message.state)).all())
    # The whole first batch was committed before processing began; the fourth waits.
    assert before == {1: "triaged", 2: "triaged", 3: "triaged", 4: "stored", 5: "stored"}

    box = ImapMailbox(account).connect()
    try:
        report = sync_once(sqlite_sessions, box, ["INBOX"], process=clean, batch_size=5)
    finally:
        box.close()
    assert report.stored == 1 and report.processed == 3
    with sqlite_sessions() as s:
        after = dict(s.execute(select(Message.uid, Message.state)).all())
    assert after == {uid: "triaged" for uid in range(1, 7)}


def write_maildir(root: Path, count: int, start: int = 0) -> None:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        (root / "new" / f"{1_700_000_000 + n}.M{n}P1.demo").write_bytes(customer_mail(n))


def test_the_demo_maildir_stores_nothing_twice_across_runs(sqlite_sessions, tmp_path):
    root = tmp_path / "demo-mailbox"
    write_maildir(root, 5)
    box = MaildirMailbox(root).connect()
    first = sync_once(sqlite_sessions, box, ["INBOX"], process=default_processor(sqlite_sessions))
    # A mail client reads two of them (new/ to cur/ with flags) and one more arrives.
    for path in sorted((root / "new").iterdir())[:2]:
        path.rename(root / "cur" / f"{path.name}:2,S")
    write_maildir(root, 1, start=5)
    second = sync_once(sqlite_sessions, box, ["INBOX"], process=default_processor(sqlite_sessions))
    third = sync_once(sqlite_sessions, box, ["INBOX"], process=default_processor(sqlite_sessions))
    assert (first.stored, second.stored, third.stored) == (5, 1, 0)
    with sqlite_sessions() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 6
        assert set(s.scalars(select(Message.state))) == {"triaged"}
