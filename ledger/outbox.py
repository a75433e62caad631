"""The outbox: approved emails waiting to leave, each delivered once.

A row exists only for an approved draft and carries our Message-ID, fixed before the first
attempt; that id is the idempotency key every delivery path checks against. An attempt is
recorded (`sending`, committed) before the transport is touched, so a crash leaves evidence:
a row still `sending` after its lease ran out becomes `uncertain`, and is reconciled against
the Sent folder (or the file outbox) before anything is sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from email.utils import make_msgid, parseaddr
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.errors import Conflict, NotFound
from ledger.messages import normalise_message_id
from ledger.models import Draft, Outbox, utcnow

# Retry delays after a temporary failure; past the last one the row is failed for good.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=4),
    timedelta(hours=12),
)
# Longer than any SMTP conversation plus the Sent copy, so a live attempt is never taken for a
# crashed one by another worker.
SEND_LEASE = timedelta(minutes=3)


class OutboundAttachment(BaseModel):
    """A file to attach: bytes from a path under the data dir, or given inline as base64."""

    filename: str
    content_type: str = "application/octet-stream"
    path: str | None = None
    content_base64: str | None = None


def new_message_id(from_addr: str) -> str:
    """Our Message-ID (without brackets), on the sender's domain."""
    domain = parseaddr(from_addr)[1].rpartition("@")[2] or "localhost"
    return make_msgid(domain=domain).strip("<>")


def backoff_after(attempts: int) -> timedelta | None:
    """The wait before attempt number `attempts + 1`, or None when attempts are used up."""
    if attempts < 1:
        return timedelta(0)
    if attempts > len(BACKOFF):
        return None
    return BACKOFF[attempts - 1]


def enqueue(
    session: Session,
    draft: Draft,
    *,
    from_addr: str,
    to_addr: str,
    subject: str,
    body: str,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    attachments: Sequence[dict[str, Any] | OutboundAttachment] = (),
    cc: Sequence[str] = (),
    actor: str = "system",
) -> Outbox:
    """One outbox row for an approved draft; enqueuing the same draft again returns its row."""
    if draft.status != "approved":
        raise Conflict(f"draft {draft.id} is {draft.status}; only approved drafts are sent")
    if draft.id is None:
        session.flush()
    existing = session.scalars(select(Outbox).where(Outbox.draft_id == draft.id)).first()
    if existing is not None:
        return existing
    refs = [r for r in (normalise_message_id(x) for x in references) if r]
    parent = normalise_message_id(in_reply_to)
    if parent and parent not in refs:
        refs.append(parent)
    row = Outbox(
        draft_id=draft.id,
        message_id=new_message_id(from_addr),
        from_addr=from_addr,
        to_addr=to_addr,
        cc=list(cc),
        subject=subject,
        body=body,
        in_reply_to=parent,
        references=refs,
        attachments=[OutboundAttachment.model_validate(a).model_dump(exclude_none=True) for a in attachments],
        status="queued",
        attempts=0,
        next_attempt_at=utcnow(),
    )
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="outbox.enqueued", entity="outbox", entity_id=row.id,
                 after={"draft_id": draft.id, "message_id": row.message_id, "to": to_addr})
    return row


def get(session: Session, outbox_id: int) -> Outbox:
    row = session.get(Outbox, outbox_id)
    if row is None:
        raise NotFound(f"outbox row {outbox_id} not found")
    return row


def expire_leases(session: Session, *, now: datetime | None = None) -> list[Outbox]:
    """Rows left `sending` past their lease (the sender died mid-attempt) become `uncertain`."""
    now = now or utcnow()
    rows = list(
        session.scalars(
            select(Outbox).where(Outbox.status == "sending", Outbox.next_attempt_at <= now).with_for_update(
                skip_locked=True
            )
        )
    )
    for row in rows:
        row.status = "uncertain"
        row.last_error = "interrupted during delivery; checking whether it left before any retry"
        audit.record(session, actor="system", action="outbox.uncertain", entity="outbox", entity_id=row.id,
                     before={"status": "sending"}, after={"status": "uncertain"})
    return rows


def uncertain(session: Session) -> list[Outbox]:
    return list(session.scalars(select(Outbox).where(Outbox.status == "uncertain").order_by(Outbox.id)))


def claim_due(session: Session, *, limit: int = 20, now: datetime | None = None) -> list[Outbox]:
    """Take due rows for one attempt each: status `sending`, attempt counted, lease set.

    The caller commits before talking to the transport, so the attempt is on record first.
    On PostgreSQL concurrent senders skip each other's rows (SKIP LOCKED).
    """
    now = now or utcnow()
    rows = list(
        session.scalars(
            select(Outbox)
            .where(Outbox.status == "queued", Outbox.next_attempt_at <= now)
            .order_by(Outbox.next_attempt_at, Outbox.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    for row in rows:
        row.status = "sending"
        row.attempts = (row.attempts or 0) + 1
        row.next_attempt_at = now + SEND_LEASE
    return rows


def mark_sent(session: Session, row: Outbox, *, note: str | None = None, now: datetime | None = None) -> None:
    before = row.status
    row.status = "sent"
    row.sent_at = now or utcnow()
    row.last_error = note
    audit.record(session, actor="system", action="outbox.sent", entity="outbox", entity_id=row.id,
                 before={"status": before}, after={"status": "sent", "message_id": row.message_id}, detail=note)


def mark_failed(session: Session, row: Outbox, answer: str) -> None:
    """A permanent refusal: kept with the server's answer for a person to read."""
    before = row.status
    row.status = "failed"
    row.last_error = answer[:4000]
    audit.record(session, actor="system", action="outbox.failed", entity="outbox", entity_id=row.id,
                 before={"status": before}, after={"status": "failed"}, detail=row.last_error)


def mark_temporary_failure(session: Session, row: Outbox, answer: str, *, now: datetime | None = None) -> None:
    """A temporary refusal: retried on the backoff schedule, failed once attempts run out."""
    wait = backoff_after(row.attempts or 0)
    if wait is None:
        mark_failed(session, row, f"gave up after {row.attempts} attempts; last answer: {answer}")
        return
    row.status = "queued"
    row.last_error = answer[:4000]
    row.next_attempt_at = (now or utcnow()) + wait


def mark_uncertain(session: Session, row: Outbox, reason: str) -> None:
    row.status = "uncertain"
    row.last_error = reason[:4000]


def release_for_retry(session: Session, row: Outbox, reason: str, *, now: datetime | None = None) -> None:
    """An uncertain row proven not to have left goes back to the queue at once."""
    if row.status != "uncertain":
        raise Conflict(f"outbox row {row.id} is {row.status}, not uncertain")
    row.status = "queued"
    row.last_error = reason
    row.next_attempt_at = now or utcnow()
    audit.record(session, actor="system", action="outbox.released", entity="outbox", entity_id=row.id,
                 before={"status": "uncertain"}, after={"status": "queued"}, detail=reason)


def list_rows(session: Session, *, status: str | None = None, limit: int = 100) -> list[Outbox]:
    query = select(Outbox).order_by(Outbox.id.desc()).limit(limit)
    if status:
        query = query.where(Outbox.status == status)
    return list(session.scalars(query))
