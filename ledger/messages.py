"""Inbound messages in the ledger: raw bytes stored once, then a small state machine.

Every inbound email is written here before anything else reads it, so a crash anywhere later
loses nothing: the worker picks up whatever is still `stored`. A message is the same message
wherever it is found (two folders, a mailbox whose UIDVALIDITY changed, a re-run of the demo
Maildir), so its Message-ID is unique; a message without one gets a synthetic id derived
from its bytes, which is stable across re-runs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ledger import audit
from ledger.errors import Conflict, NotFound
from ledger.models import MESSAGE_STATES, Message, MessageAttachment, utcnow

SYNTHETIC_DOMAIN = "ar-agent.invalid"
PROCESSED_STATES = ("triaged", "awaiting_approval", "filed", "done")

# Which state may follow which. `stored` is the only way back in: a retry re-runs processing.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "stored": ("triaged", "awaiting_approval", "filed", "done", "quarantined", "error"),
    "triaged": ("awaiting_approval", "filed", "done", "quarantined", "error", "stored"),
    "awaiting_approval": ("filed", "done", "error", "stored"),
    "filed": ("done",),
    "done": (),
    "quarantined": ("stored",),
    "error": ("stored", "quarantined"),
}

# The headers kept as JSON on the row for listing and search without re-parsing the raw bytes.
KEPT_HEADERS = ("message-id", "from", "to", "cc", "subject", "date", "in-reply-to", "references",
                "auto-submitted", "content-type")
_ID_IN_BRACKETS = re.compile(r"<([^<>]+)>")
_MAX_ID = 998


@dataclass(frozen=True)
class Stored:
    """The result of storing raw bytes: the row, and whether it is new."""

    message: Message
    created: bool


def _header_block(raw: bytes) -> bytes:
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        end = raw.find(b"\n\n")
    return raw if end < 0 else raw[: end + 2]


def parse_headers(raw: bytes) -> dict[str, str]:
    """The kept headers as text; never raises, whatever the bytes are."""
    try:
        parsed = BytesHeaderParser(policy=compat32).parsebytes(_header_block(raw))
    except Exception:  # noqa: BLE001 - broken mail is the norm; the cleaner reports details
        return {}
    out: dict[str, str] = {}
    for name in KEPT_HEADERS:
        value = parsed.get(name)
        if value is None:
            continue
        text = str(value) if not isinstance(value, str) else value
        out[name] = text.strip()[:2000]
    return out


def normalise_message_id(value: str | None) -> str | None:
    """`<abc@host>` or a bare `abc@host` to `abc@host`; None when nothing usable is there."""
    if not value:
        return None
    match = _ID_IN_BRACKETS.search(value)
    ident = (match.group(1) if match else value).strip()
    ident = "".join(ident.split())
    if not ident:
        return None
    return ident[:_MAX_ID]


def synthetic_message_id(raw: bytes) -> str:
    return f"{hashlib.sha256(raw).hexdigest()}@{SYNTHETIC_DOMAIN}"


def message_id_for(raw: bytes, headers: dict[str, str] | None = None) -> str:
    headers = parse_headers(raw) if headers is None else headers
    return normalise_message_id(headers.get("message-id")) or synthetic_message_id(raw)


def find_by_message_id(session: Session, message_id: str) -> Message | None:
    return session.scalars(select(Message).where(Message.message_id == message_id)).first()


def known_message_ids(session: Session, message_ids: Iterable[str]) -> set[str]:
    """Which of these Message-IDs are already stored (for a resync that skips known mail)."""
    wanted = list(dict.fromkeys(message_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(session.scalars(select(Message.message_id).where(Message.message_id.in_(chunk))))
    return found


def known_uids(session: Session, *, source: str, folder: str, uidvalidity: int | None,
               uids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(uids), 500):
        chunk = list(uids[start : start + 500])
        found.update(
            session.scalars(
                select(Message.uid).where(
                    Message.source == source,
                    Message.folder == folder,
                    Message.uidvalidity == uidvalidity,
                    Message.uid.in_(chunk),
                )
            )
        )
    return found


def store_raw(
    session: Session,
    raw: bytes,
    *,
    source: str,
    folder: str,
    uidvalidity: int | None = None,
    uid: int | None = None,
    size: int | None = None,
    truncated_reason: str | None = None,
) -> Stored:
    """Store one message's bytes unless its Message-ID is already known.

    A known message found again in the same source and folder (after a UIDVALIDITY change)
    has its location updated, so labels later land on the right UID. `truncated_reason` marks
    bytes that are not the whole message (an oversized message of which only the header was
    fetched): such a row is stored straight into quarantine.
    The caller commits; the insert runs in a savepoint so a concurrent worker storing the same
    message makes this call return the existing row instead of failing the batch.
    """
    headers = parse_headers(raw)
    message_id = message_id_for(raw, headers)
    existing = find_by_message_id(session, message_id)
    if existing is not None:
        if (existing.source, existing.folder) == (source, folder) and (existing.uidvalidity, existing.uid) != (
            uidvalidity,
            uid,
        ):
            existing.uidvalidity, existing.uid = uidvalidity, uid
        return Stored(existing, False)

    row = _new_row(Incoming(raw, uid, size, truncated_reason), headers, message_id, source=source, folder=folder,
                   uidvalidity=uidvalidity)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        again = find_by_message_id(session, message_id)
        if again is None:
            # The same source location under another Message-ID: a server that reused a UID.
            raise
        return Stored(again, False)
    return Stored(row, True)


@dataclass(frozen=True)
class Incoming:
    """Raw bytes from a source with their location (see `store_raw` for the fields)."""

    raw: bytes
    uid: int | None = None
    size: int | None = None
    truncated_reason: str | None = None


def store_batch(
    session: Session,
    items: Sequence[Incoming],
    *,
    source: str,
    folder: str,
    uidvalidity: int | None = None,
) -> list[Stored]:
    """`store_raw` for many messages with one lookup and one flush (the sync's hot path).

    If the batch insert hits a unique key (a concurrent worker, a repeated Message-ID), it is
    rolled back and each message goes through `store_raw`, which sorts out the duplicate.
    """
    prepared = []
    for item in items:
        headers = parse_headers(item.raw)
        prepared.append((item, headers, message_id_for(item.raw, headers)))
    existing: dict[str, Message] = {}
    ids = list(dict.fromkeys(mid for _, _, mid in prepared))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        existing.update((m.message_id, m) for m in session.scalars(select(Message).where(Message.message_id.in_(chunk))))
    results: list[Stored] = []
    fresh: list[Message] = []
    for item, headers, mid in prepared:
        known = existing.get(mid)
        if known is not None:
            if any(known is row for row in fresh):
                results.append(Stored(known, False))
                continue
            if (known.source, known.folder) == (source, folder) and (known.uidvalidity, known.uid) != (
                uidvalidity,
                item.uid,
            ):
                known.uidvalidity, known.uid = uidvalidity, item.uid
            results.append(Stored(known, False))
            continue
        row = _new_row(item, headers, mid, source=source, folder=folder, uidvalidity=uidvalidity)
        existing[mid] = row
        fresh.append(row)
        results.append(Stored(row, True))
    if not fresh:
        return results
    try:
        with session.begin_nested():
            session.add_all(fresh)
            session.flush()
    except IntegrityError:
        return [
            store_raw(session, item.raw, source=source, folder=folder, uidvalidity=uidvalidity, uid=item.uid,
                      size=item.size, truncated_reason=item.truncated_reason)
            for item in items
        ]
    return results


def _new_row(item: Incoming, headers: dict[str, str], message_id: str, *, source: str, folder: str,
             uidvalidity: int | None) -> Message:
    row = Message(
        message_id=message_id,
        source=source,
        folder=folder,
        uidvalidity=uidvalidity,
        uid=item.uid,
        raw=item.raw,
        raw_sha256=hashlib.sha256(item.raw).hexdigest(),
        size=len(item.raw) if item.size is None else item.size,
        headers=headers,
        subject=headers.get("subject"),
        state="stored",
        labels=[],
        attempts=0,
    )
    if item.truncated_reason:
        row.state = "quarantined"
        row.error = item.truncated_reason
    return row


def get(session: Session, message_row_id: int) -> Message:
    row = session.get(Message, message_row_id)
    if row is None:
        raise NotFound(f"message {message_row_id} not found")
    return row


def set_state(session: Session, message: Message, state: str, *, error: str | None = None) -> None:
    """Move a message along its state machine; an illegal move is a Conflict."""
    if state not in MESSAGE_STATES:
        raise ValueError(f"unknown message state {state!r}")
    if state != message.state and state not in TRANSITIONS.get(message.state, ()):
        raise Conflict(f"message {message.id} cannot go from {message.state} to {state}")
    message.state = state
    message.error = error
    if state in PROCESSED_STATES or state == "quarantined":
        message.processed_at = utcnow()


def quarantine(session: Session, message_row_id: int, reason: str, *, actor: str = "system") -> Message:
    """Set a message aside with the reason it could not be processed; the worker moves on."""
    row = get(session, message_row_id)
    before = row.state
    row.state = "quarantined"
    row.error = reason[:4000]
    row.processed_at = utcnow()
    audit.record(session, actor=actor, action="message.quarantined", entity="message", entity_id=row.id,
                 before={"state": before}, after={"state": "quarantined"}, detail=row.error)
    return row


def retry(session: Session, message_row_id: int, *, actor: str = "system") -> Message:
    """Send a quarantined (or failed) message back through processing."""
    row = get(session, message_row_id)
    if row.state not in ("quarantined", "error"):
        raise Conflict(f"message {row.id} is {row.state}; only quarantined or failed messages are retried")
    if row.size > len(row.raw):
        # Only the header of an oversized message was kept: reading it again would read nothing.
        raise Conflict(
            f"message {row.id} was stored as its header only ({len(row.raw)} of {row.size} bytes, over the size "
            "limit), so there is nothing more to read; it stays quarantined: handle it in the mailbox"
        )
    before = {"state": row.state, "error": row.error}
    row.state = "stored"
    row.error = None
    audit.record(session, actor=actor, action="message.retry", entity="message", entity_id=row.id,
                 before=before, after={"state": "stored"})
    return row


def begin_attempt(session: Session, message: Message) -> None:
    message.attempts = (message.attempts or 0) + 1


def pending_ids(session: Session, *, limit: int | None = None) -> list[int]:
    """Messages stored but not yet processed, oldest first."""
    query = select(Message.id).where(Message.state == "stored").order_by(Message.id)
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))


def list_messages(session: Session, *, state: str | None = None, limit: int = 100) -> list[Message]:
    query = select(Message).order_by(Message.id.desc()).limit(limit)
    if state:
        if state not in MESSAGE_STATES:
            raise ValueError(f"unknown message state {state!r}; one of {', '.join(MESSAGE_STATES)}")
        query = query.where(Message.state == state)
    return list(session.scalars(query))


def count_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(select(Message.state, func.count()).group_by(Message.state))
    return {state: count for state, count in rows}


def store_attachments(session: Session, message: Message, items: Iterable[tuple[Any, bytes]]) -> int:
    """Replace the message's attachment rows; PDF bytes are kept (invoices, remittances, PODs)."""
    for old in list(message.attachments):
        session.delete(old)
    count = 0
    for meta, payload in items:
        session.add(
            MessageAttachment(
                message_id=message.id,
                filename=(meta.filename or None) and meta.filename[:500],
                content_type=meta.content_type[:200],
                size=meta.size,
                sha256=meta.sha256,
                data=payload if meta.is_pdf else None,
            )
        )
        count += 1
    return count


def summary(row: Message) -> dict[str, Any]:
    """A message as JSON for listings (never the body)."""
    return {
        "id": row.id,
        "message_id": row.message_id,
        "state": row.state,
        "source": row.source,
        "folder": row.folder,
        "uidvalidity": row.uidvalidity,
        "uid": row.uid,
        "from": row.from_addr or row.headers.get("from"),
        "subject": row.subject,
        "size": row.size,
        "sent_at": row.sent_at.isoformat() if isinstance(row.sent_at, datetime) else None,
        "received_at": row.received_at.isoformat() if row.received_at else None,
        "labels": row.labels or [],
        "attempts": row.attempts,
        "error": row.error,
    }
