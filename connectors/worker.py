"""The worker's loops: mailbox sync (store, process, label) and outbox delivery.

Order of events for one inbound message, each step durable before the next:
1. its raw bytes are committed, together with the folder's sync cursor (one transaction per
   batch, so a crash re-fetches the batch and the unique keys turn repeats into no-ops);
2. `process(message_row_id)` runs (by default: clean and store the cleaned fields; later the
   agent graph); an exception, a timeout, an unreadable or oversized message puts the
   message in quarantine with the reason, and the loop goes on;
3. the labels processing set on the row are applied on the IMAP server as keywords.
Because the state lives in the database, a killed worker restarts where it stopped: every
`stored` message is processed on the next pass, whatever folder or run it came from.
Logs carry ids and states only; message bodies never appear at INFO.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timezone
from typing import Protocol

from sqlalchemy import String, cast, select, update
from sqlalchemy.orm import Session, sessionmaker

from connectors import FetchedMessage
from ledger import audit, messages
from ledger.db import transaction
from ledger.models import AuditLog, Message, SyncState, utcnow

log = logging.getLogger("ar_agent.worker")

Processor = Callable[[int], None]

TRIAGED_KEYWORD = "$ARTriaged"
AUTO_REPLY_LABEL = "AR/Auto-replies"
# A message whose processing killed the worker this many times is quarantined, not retried.
MAX_PROCESS_ATTEMPTS = 3


class Mailbox(Protocol):
    """What the sync needs from a source (ImapMailbox, MaildirMailbox)."""

    @property
    def source(self) -> str: ...

    def connect(self) -> Mailbox: ...

    def close(self) -> None: ...

    def select(self, folder: str) -> int: ...

    def uids_after(self, last_uid: int) -> list[int]: ...

    def fetch(self, uids: Sequence[int], *, max_bytes: int | None = None) -> list[FetchedMessage]: ...

    def message_ids(self, uids: Sequence[int]) -> dict[int, bytes]: ...

    def add_keywords(self, uid: int, labels: Sequence[str]) -> None: ...

    def idle(self, timeout: float) -> bool: ...


class ProcessingTimeout(Exception):
    pass


@dataclass
class SyncReport:
    stored: int = 0
    already_known: int = 0
    processed: int = 0
    quarantined: int = 0
    resynced: list[str] = field(default_factory=list)

    def add(self, other: SyncReport) -> None:
        self.stored += other.stored
        self.already_known += other.already_known
        self.processed += other.processed
        self.quarantined += other.quarantined
        self.resynced.extend(other.resynced)


# --- processing ------------------------------------------------------------------------------
def store_cleaned(session: Session, row: Message, cleaned) -> None:  # type: ignore[no-untyped-def]
    """Copy what cleaning found onto the message row (and its attachments, PDFs kept)."""
    from agent.cleaning import attachment_payloads

    row.subject = cleaned.subject
    row.from_addr = (cleaned.from_addr or None) and cleaned.from_addr[:320]
    sent_at = cleaned.date
    if sent_at is not None and sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=timezone.utc)
    row.sent_at = sent_at
    row.thread_key = cleaned.thread_key[:998] if cleaned.thread_key else None
    row.new_text = cleaned.new_text
    row.quoted_text = cleaned.quoted_text
    if cleaned.attachments:
        messages.store_attachments(session, row, attachment_payloads(row.raw))
    labels = list(row.labels or [])
    if cleaned.auto_reply and AUTO_REPLY_LABEL not in labels:
        labels.append(AUTO_REPLY_LABEL)
    if TRIAGED_KEYWORD not in labels:
        labels.append(TRIAGED_KEYWORD)
    row.labels = labels


def default_processor(sessions: sessionmaker[Session], *, max_bytes: int | None = None) -> Processor:
    """Clean the message, keep the cleaned fields, and mark it `triaged`.

    The returned callable also has `many(ids, time_limit_s)`, which does the same for a chunk
    of messages in one transaction (a savepoint each, so one failure spoils nothing else):
    the initial sync of a large mailbox is dominated by per-transaction cost otherwise.
    """
    from agent.cleaning import clean_message

    def triage(session: Session, row: Message) -> None:
        store_cleaned(session, row, clean_message(row.raw, max_bytes=max_bytes))
        messages.set_state(session, row, "triaged")

    def process(message_row_id: int) -> None:
        with transaction(sessions) as session:
            triage(session, messages.get(session, message_row_id))

    def many(ids: Sequence[int], time_limit_s: float | None = None) -> dict[int, BaseException | None]:
        outcome: dict[int, BaseException | None] = {}
        with transaction(sessions) as session:
            rows = session.scalars(select(Message).where(Message.id.in_(list(ids)))).all()
            for row in rows:
                try:
                    with session.begin_nested(), time_limit(time_limit_s):
                        triage(session, row)
                    outcome[row.id] = None
                except Exception as exc:  # noqa: BLE001 - reported per message by the caller
                    outcome[row.id] = exc
        return outcome

    process.many = many  # type: ignore[attr-defined]
    return process


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt a step that runs longer than `seconds` (main thread only; SIGALRM)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expired(signum, frame):  # type: ignore[no-untyped-def]
        raise ProcessingTimeout(f"processing took longer than {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def process_one(
    sessions: sessionmaker[Session],
    process: Processor,
    message_row_id: int,
    *,
    time_limit_s: float | None = None,
) -> str:
    """Run `process` for one stored message; quarantine it on any failure. Returns the state."""
    with transaction(sessions) as session:
        found = session.execute(
            select(Message.state, Message.attempts, Message.message_id).where(Message.id == message_row_id)
        ).first()
        if found is None:
            raise messages.NotFound(f"message {message_row_id} not found")
        state, attempts, mid = found
        if state != "stored":
            return state
        if (attempts or 0) >= MAX_PROCESS_ATTEMPTS:
            messages.quarantine(session, message_row_id, f"processing was interrupted {attempts} times")
            log.warning("quarantined id=%s message_id=<%s> reason=interrupted %s times", message_row_id, mid,
                        attempts)
            return "quarantined"
        # Counted before processing starts, so a message that kills the worker is noticed.
        session.execute(update(Message).where(Message.id == message_row_id)
                        .values(attempts=Message.attempts + 1))
    try:
        with time_limit(time_limit_s):
            process(message_row_id)
    except Exception as exc:  # noqa: BLE001 - any failure quarantines this message only
        reason = _reason(exc)
        with transaction(sessions) as session:
            row = messages.quarantine(session, message_row_id, reason)
            mid = row.message_id
        log.warning("quarantined id=%s message_id=<%s> reason=%s", message_row_id, mid, reason[:200])
        log.debug("processing failure of message %s", message_row_id, exc_info=True)
        return "quarantined"
    with transaction(sessions) as session:
        # A processor that returned without deciding leaves the message triaged.
        session.execute(update(Message).where(Message.id == message_row_id, Message.state == "stored")
                        .values(state="triaged", processed_at=utcnow()))
        state = session.scalar(select(Message.state).where(Message.id == message_row_id))
    log.info("%s id=%s message_id=<%s>", state, message_row_id, mid)
    return state


def apply_labels(sessions: sessionmaker[Session], box: Mailbox, message_row_id: int, *, folder: str,
                 uidvalidity: int) -> bool:
    """Set the row's labels as keywords on the server, when the row lives in the open folder."""
    with sessions() as session:
        row = session.get(Message, message_row_id)
        if row is None or not row.labels or row.uid is None:
            return False
        if (row.source, row.folder, row.uidvalidity) != (box.source, folder, uidvalidity):
            return False
        uid, labels = row.uid, list(row.labels)
    box.add_keywords(uid, labels)
    with transaction(sessions) as session:
        audit.record(session, actor="system", action="message.labels_applied", entity="message",
                     entity_id=message_row_id, after={"labels": labels})
    log.info("labelled id=%s uid=%s labels=%s", message_row_id, uid, ",".join(labels))
    file_into_folder(sessions, box, message_row_id, uid, labels)
    return True


def file_into_folder(sessions: sessionmaker[Session], box: Mailbox, message_row_id: int, uid: int,
                     labels: Sequence[str]) -> str | None:
    """When the mailbox is set to move labelled mail (AR_IMAP_MOVE), move the message to the
    folder of its first "AR/…" label, e.g. AR/Disputes. The row forgets its old UID so a later
    relabel can never touch another message."""
    target = next((label for label in labels if label.startswith("AR/")), None)
    if target is None or not getattr(box, "move_labelled", False):
        return None
    target = box.folder_name(target)  # type: ignore[attr-defined]
    box.move(uid, target)  # type: ignore[attr-defined]
    with transaction(sessions) as session:
        row = session.get(Message, message_row_id)
        if row is not None:
            before = {"folder": row.folder, "uid": row.uid}
            row.folder, row.uid = target, None
            audit.record(session, actor="system", action="message.moved", entity="message",
                         entity_id=message_row_id, before=before, after={"folder": target})
    log.info("moved id=%s uid=%s to=%s", message_row_id, uid, target)
    return target


def process_pending(
    sessions: sessionmaker[Session],
    process: Processor,
    *,
    box: Mailbox | None = None,
    folder: str | None = None,
    uidvalidity: int | None = None,
    time_limit_s: float | None = None,
    stop: threading.Event | None = None,
) -> SyncReport:
    """Process every `stored` message, oldest first (including leftovers of a crashed run)."""
    report = SyncReport()
    labelled = box is not None and folder is not None and uidvalidity is not None
    many = getattr(process, "many", None)
    while not (stop and stop.is_set()):
        with sessions() as session:
            pending = session.execute(
                select(Message.id, Message.attempts).where(Message.state == "stored").order_by(Message.id).limit(200)
            ).all()
        if not pending:
            break
        # Messages that were already being processed when a run died go one at a time.
        fresh = [mid for mid, attempts in pending if not attempts] if many else []
        taken = set(fresh)
        careful = [mid for mid, _ in pending if mid not in taken]
        done: list[int] = []
        for start in range(0, len(fresh), 50):
            chunk = fresh[start : start + 50]
            outcome = _process_chunk(sessions, many, chunk, time_limit_s)
            for mid in chunk:
                if outcome.get(mid) == "quarantined":
                    report.quarantined += 1
                else:
                    report.processed += 1
                    done.append(mid)
        for mid in careful:
            state = process_one(sessions, process, mid, time_limit_s=time_limit_s)
            if state == "quarantined":
                report.quarantined += 1
            else:
                report.processed += 1
                done.append(mid)
        if labelled and done:
            apply_labels_many(sessions, box, done, folder=folder, uidvalidity=uidvalidity)  # type: ignore[arg-type]
    return report


def _process_chunk(sessions: sessionmaker[Session], many: Callable, chunk: list[int],
                   time_limit_s: float | None) -> dict[int, str]:
    with transaction(sessions) as session:
        session.execute(update(Message).where(Message.id.in_(chunk)).values(attempts=Message.attempts + 1))
    outcome = many(chunk, time_limit_s)
    states: dict[int, str] = {}
    with transaction(sessions) as session:
        for mid in chunk:
            error = outcome.get(mid)
            if error is not None:
                row = messages.quarantine(session, mid, _reason(error))
                log.warning("quarantined id=%s message_id=<%s> reason=%s", mid, row.message_id,
                            (row.error or "")[:200])
                states[mid] = "quarantined"
        session.execute(update(Message).where(Message.id.in_(chunk), Message.state == "stored")
                        .values(state="triaged", processed_at=utcnow()))
        rows = session.execute(select(Message.id, Message.state, Message.message_id)
                               .where(Message.id.in_(chunk))).all()
    for mid, state, message_id in rows:
        if mid not in states:
            states[mid] = state
            log.info("%s id=%s message_id=<%s>", state, mid, message_id)
    return states


def apply_labels_many(sessions: sessionmaker[Session], box: Mailbox, ids: Sequence[int], *, folder: str,
                      uidvalidity: int) -> int:
    """`apply_labels` for many messages: one STORE per distinct label set."""
    with sessions() as session:
        rows = session.execute(
            select(Message.id, Message.uid, Message.labels).where(
                Message.id.in_(list(ids)),
                Message.source == box.source,
                Message.folder == folder,
                Message.uidvalidity == uidvalidity,
            )
        ).all()
    groups: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for mid, uid, labels in rows:
        if labels and uid is not None:
            groups.setdefault(tuple(labels), []).append((mid, uid))
    for labels, members in groups.items():
        add_many = getattr(box, "add_keywords_many", None)
        if add_many is not None:
            add_many([uid for _, uid in members], list(labels))
        else:
            for _, uid in members:
                box.add_keywords(uid, list(labels))
        with transaction(sessions) as session:
            for mid, _ in members:
                audit.record(session, actor="system", action="message.labels_applied", entity="message",
                             entity_id=mid, after={"labels": list(labels)})
        for mid, uid in members:
            log.info("labelled id=%s uid=%s labels=%s", mid, uid, ",".join(labels))
            file_into_folder(sessions, box, mid, uid, labels)
    return sum(len(m) for m in groups.values())


def label_unlabelled(sessions: sessionmaker[Session], box: Mailbox, folder: str, uidvalidity: int) -> int:
    """Labels that a crash kept from reaching the server, applied now (once, at connect)."""
    applied = select(AuditLog.entity_id).where(AuditLog.entity == "message",
                                               AuditLog.action == "message.labels_applied")
    with sessions() as session:
        rows = session.execute(
            select(Message.id, Message.labels).where(
                Message.source == box.source,
                Message.folder == folder,
                Message.uidvalidity == uidvalidity,
                Message.state.in_(messages.PROCESSED_STATES),
                cast(Message.id, String).not_in(applied),
            )
        ).all()
    count = 0
    for row_id, labels in rows:
        if labels and apply_labels(sessions, box, row_id, folder=folder, uidvalidity=uidvalidity):
            count += 1
    return count


# --- syncing ---------------------------------------------------------------------------------
def _sync_state(session: Session, source: str, folder: str) -> SyncState:
    state = session.scalars(select(SyncState).where(SyncState.source == source, SyncState.folder == folder)).first()
    if state is None:
        state = SyncState(source=source, folder=folder, uidvalidity=None, last_uid=0)
        session.add(state)
        session.flush()
    return state


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def sync_folder(
    sessions: sessionmaker[Session],
    box: Mailbox,
    folder: str,
    *,
    process: Processor | None,
    batch_size: int = 100,
    max_bytes: int | None = None,
    time_limit_s: float | None = None,
    stop: threading.Event | None = None,
) -> SyncReport:
    """Store every message of `folder` not stored yet, batch by batch, processing as it goes."""
    report = SyncReport()
    source = box.source
    uses_cursor = getattr(box, "uses_uid_cursor", True)
    uidvalidity = box.select(folder)
    with transaction(sessions) as session:
        state = _sync_state(session, source, folder)
        resync = state.uidvalidity is not None and state.uidvalidity != uidvalidity
        if resync:
            log.warning("uidvalidity changed source=%s folder=%s old=%s new=%s; resyncing by Message-ID",
                        source, folder, state.uidvalidity, uidvalidity)
            state.last_uid = 0
            report.resynced.append(folder)
        state.uidvalidity = uidvalidity
        last_uid = state.last_uid if uses_cursor else 0

    uids = box.uids_after(last_uid)
    for batch in _chunks(uids, batch_size):
        if stop is not None and stop.is_set():
            break
        with sessions() as session:
            have = messages.known_uids(session, source=source, folder=folder, uidvalidity=uidvalidity, uids=batch)
        todo = [u for u in batch if u not in have]
        if resync and todo:
            todo = _skip_known_by_message_id(sessions, box, source, folder, uidvalidity, todo, report)
        fetched = box.fetch(todo, max_bytes=max_bytes) if todo else []
        events: list[tuple[str, int, str, int]] = []
        with transaction(sessions) as session:
            incoming = [
                messages.Incoming(
                    raw=item.raw,
                    uid=item.uid,
                    size=item.size,
                    truncated_reason=(f"oversized: {item.size} bytes is over the {max_bytes}-byte limit"
                                      if item.truncated else None),
                )
                for item in fetched
            ]
            results = messages.store_batch(session, incoming, source=source, folder=folder, uidvalidity=uidvalidity)
            for item, result in zip(incoming, results):
                if result.created:
                    report.stored += 1
                    quarantined = item.truncated_reason is not None
                    report.quarantined += quarantined
                    events.append(("quarantined" if quarantined else "stored", result.message.id,
                                   result.message.message_id, item.uid or 0))
                else:
                    report.already_known += 1
            if uses_cursor:
                state = _sync_state(session, source, folder)
                if state.uidvalidity == uidvalidity and batch[-1] > state.last_uid:
                    state.last_uid = batch[-1]
        for what, row_id, message_id, uid in events:
            log.info("%s id=%s message_id=<%s> folder=%s uid=%s", what, row_id, message_id, folder, uid)
        if process is not None:
            report.add(process_pending(sessions, process, box=box, folder=folder, uidvalidity=uidvalidity,
                                       time_limit_s=time_limit_s, stop=stop))
    return report


def _skip_known_by_message_id(sessions: sessionmaker[Session], box: Mailbox, source: str, folder: str,
                              uidvalidity: int, uids: list[int], report: SyncReport) -> list[int]:
    """During a resync: messages already stored under their Message-ID are only relocated."""
    heads = box.message_ids(uids)
    ids: dict[int, str] = {}
    for uid, head in heads.items():
        ident = messages.normalise_message_id(messages.parse_headers(head + b"\r\n").get("message-id"))
        if ident:
            ids[uid] = ident
    if not ids:
        return uids
    with transaction(sessions) as session:
        known = messages.known_message_ids(session, ids.values())
        for uid, ident in ids.items():
            if ident not in known:
                continue
            row = messages.find_by_message_id(session, ident)
            if row is not None and (row.source, row.folder) == (source, folder):
                row.uidvalidity, row.uid = uidvalidity, uid
            report.already_known += 1
    return [u for u in uids if ids.get(u) not in known]


def sync_once(
    sessions: sessionmaker[Session],
    box: Mailbox,
    folders: Sequence[str],
    *,
    process: Processor | None,
    batch_size: int = 100,
    max_bytes: int | None = None,
    time_limit_s: float | None = None,
    stop: threading.Event | None = None,
) -> SyncReport:
    """One pass over every folder, then any message still waiting from an earlier run."""
    report = SyncReport()
    for folder in folders:
        report.add(sync_folder(sessions, box, folder, process=process, batch_size=batch_size,
                               max_bytes=max_bytes, time_limit_s=time_limit_s, stop=stop))
    if process is not None:
        report.add(process_pending(sessions, process, time_limit_s=time_limit_s, stop=stop))
    return report


# --- loops -----------------------------------------------------------------------------------
@dataclass
class Backoff:
    first: float = 1.0
    cap: float = 60.0
    current: float = 0.0

    def next(self) -> float:
        self.current = self.first if not self.current else min(self.cap, self.current * 2)
        return self.current

    def reset(self) -> None:
        self.current = 0.0


def run_mailbox(
    sessions: sessionmaker[Session],
    open_box: Callable[[], Mailbox],
    folders: Sequence[str],
    *,
    process: Processor,
    stop: threading.Event,
    idle_timeout: float = 29.0,
    poll_interval: float = 30.0,
    batch_size: int = 100,
    max_bytes: int | None = None,
    time_limit_s: float | None = None,
    on_pass: Callable[[SyncReport], None] | None = None,
) -> None:
    """Sync, then wait for news (IDLE on the first folder, or polling), until `stop` is set.

    A lost connection is re-opened with exponential backoff; nothing is lost meanwhile
    because the cursor is only advanced with the stored messages.
    """
    backoff = Backoff()
    box: Mailbox | None = None
    while not stop.is_set():
        try:
            if box is None:
                box = open_box()
                for folder in folders:
                    validity = box.select(folder)
                    label_unlabelled(sessions, box, folder, validity)
            report = sync_once(sessions, box, folders, process=process, batch_size=batch_size,
                               max_bytes=max_bytes, time_limit_s=time_limit_s, stop=stop)
            if on_pass is not None:
                on_pass(report)
            backoff.reset()
            if stop.is_set():
                break
            box.select(folders[0])
            if not box.idle(idle_timeout):
                stop.wait(poll_interval)
        except Exception as exc:  # noqa: BLE001 - the loop must survive a broken server or network
            delay = backoff.next()
            log.warning("mailbox error: %s; reconnecting in %.0fs", _reason(exc), delay)
            log.debug("mailbox error", exc_info=True)
            if box is not None:
                try:
                    box.close()
                except Exception:  # noqa: BLE001
                    pass
            box = None
            stop.wait(delay)
    if box is not None:
        box.close()


def run_outbox(deliver: Callable[[], object], stop: threading.Event, *, interval: float = 30.0) -> None:
    """Deliver due outbox rows every `interval` seconds until `stop` is set."""
    backoff = Backoff()
    while not stop.is_set():
        try:
            deliver()
            backoff.reset()
            stop.wait(interval)
        except Exception as exc:  # noqa: BLE001 - the loop must survive a broken server or network
            delay = backoff.next()
            log.warning("outbox error: %s; next pass in %.0fs", _reason(exc), delay)
            stop.wait(delay)
