"""Everything the item page shows around one draft: the message, the customer, the thread."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledger.models import Customer, Dispute, Draft, Invoice, Message, MessageAttachment, Outbox, Promise
from web.highlight import evidence_quotes, highlight


def customer_panel(session: Session, customer: Customer, today: date) -> dict[str, Any]:
    from ledger.metrics import aging

    invoices = list(session.scalars(
        select(Invoice).where(Invoice.customer_id == customer.id, Invoice.status.in_(("open", "partially_paid")))
        .order_by(Invoice.due_date, Invoice.number).limit(50)))
    balance = session.scalar(
        select(func.coalesce(func.sum(Invoice.open_balance), 0)).where(
            Invoice.customer_id == customer.id, Invoice.status.in_(("open", "partially_paid")))) or Decimal("0.00")
    promises = list(session.scalars(select(Promise).where(Promise.customer_id == customer.id)
                                    .order_by(Promise.promised_date.desc(), Promise.id.desc()).limit(10)))
    disputes = list(session.scalars(select(Dispute).where(Dispute.customer_id == customer.id)
                                    .order_by(Dispute.opened_at.desc()).limit(10)))
    inbound = session.execute(
        select(Message.id, Message.subject, Message.from_addr, Message.received_at)
        .where(Message.customer_id == customer.id).order_by(Message.received_at.desc()).limit(5)).all()
    outbound = session.execute(
        select(Outbox.id, Outbox.subject, Outbox.to_addr, Outbox.created_at, Outbox.status)
        .join(Draft, Draft.id == Outbox.draft_id).where(Draft.customer_id == customer.id)
        .order_by(Outbox.created_at.desc()).limit(5)).all()
    contacts = sorted(
        [{"direction": "in", "subject": r.subject, "who": r.from_addr, "at": r.received_at, "status": None}
         for r in inbound]
        + [{"direction": "out", "subject": r.subject, "who": r.to_addr, "at": r.created_at, "status": r.status}
           for r in outbound],
        key=lambda c: c["at"], reverse=True)[:6]
    return {
        "customer": customer, "invoices": invoices, "balance": balance, "today": today,
        "aging": aging(session, today, customer_id=customer.external_id).buckets,
        "promises": promises, "disputes": disputes, "contacts": contacts,
    }


def thread(session: Session, draft: Draft) -> list[dict[str, Any]]:
    """Other messages of the same conversation, with what became of each one's draft."""
    message = draft.message
    if message is None or not message.thread_key:
        return []
    rows = session.execute(
        select(Message, Draft).outerjoin(Draft, Draft.message_id == Message.id)
        .where(Message.thread_key == message.thread_key, Message.id != message.id)
        .order_by(Message.received_at).limit(30)).all()
    return [{"message": m, "draft": d} for m, d in rows]


def item_context(session: Session, draft: Draft, today: date) -> dict[str, Any]:
    message = draft.message
    attachments = []
    if message is not None:
        attachments = list(session.scalars(select(MessageAttachment).where(MessageAttachment.message_id == message.id)))
    quotes = evidence_quotes(draft.reading)
    return {
        "draft": draft, "message": message, "attachments": attachments,
        "new_text": highlight(message.new_text if message else None, quotes),
        "panel": customer_panel(session, draft.customer, today) if draft.customer else None,
        "thread": thread(session, draft),
    }
