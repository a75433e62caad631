"""Disputes per invoice: opening, review and resolution, with their SLA age."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.errors import Conflict, LedgerError
from ledger.models import DISPUTE_REASONS, Dispute, Invoice, utcnow

DISPUTE_FIELDS = ("customer_id", "invoice_id", "reason", "amount", "status", "owner_id", "sla_days")
OPEN_STATES = ("open", "in_review")
TRANSITIONS = {
    "open": {"in_review", "resolved_credit", "resolved_upheld", "withdrawn"},
    "in_review": {"resolved_credit", "resolved_upheld", "withdrawn"},
}


class DisputeIn(BaseModel):
    invoice_number: str
    reason: str
    amount: Decimal | None = Field(default=None, gt=0)
    evidence: str | None = None
    owner_id: int | None = None
    sla_days: int = Field(default=10, ge=1, le=180)
    source_message_id: int | None = None


def open_dispute(session: Session, data: DisputeIn, *, actor: str) -> Dispute:
    """Open a dispute on one invoice; an already open one for the same reason is returned."""
    if data.reason not in DISPUTE_REASONS:
        raise LedgerError(f"unknown dispute reason {data.reason!r}")
    invoice = session.scalar(select(Invoice).where(Invoice.number == data.invoice_number))
    if invoice is None:
        raise LedgerError(f"unknown invoice {data.invoice_number!r}")
    existing = session.scalar(
        select(Dispute).where(
            Dispute.invoice_id == invoice.id, Dispute.reason == data.reason,
            Dispute.status.in_(OPEN_STATES),
        )
    )
    if existing is not None:
        return existing
    amount = data.amount if data.amount is not None else invoice.open_balance
    dispute = Dispute(
        customer_id=invoice.customer_id, invoice_id=invoice.id, reason=data.reason,
        amount=min(amount, invoice.amount), evidence=data.evidence,
        owner_id=data.owner_id if data.owner_id is not None else invoice.customer.owner_id,
        sla_days=data.sla_days, source_message_id=data.source_message_id,
    )
    session.add(dispute)
    session.flush()
    audit.record(session, actor=actor, action="dispute.open", entity="dispute", entity_id=dispute.id,
                 after={**audit.snapshot(dispute, DISPUTE_FIELDS), "invoice": invoice.number})
    return dispute


def set_dispute_status(session: Session, dispute: Dispute, status: str, *, actor: str,
                       note: str | None = None) -> Dispute:
    allowed = TRANSITIONS.get(dispute.status, set())
    if status not in allowed:
        raise Conflict(f"dispute {dispute.id} cannot go from {dispute.status} to {status}")
    before = dispute.status
    dispute.status = status
    if status not in OPEN_STATES:
        dispute.resolved_at = utcnow()
    audit.record(session, actor=actor, action="dispute.status", entity="dispute", entity_id=dispute.id,
                 before={"status": before}, after={"status": status}, detail=note)
    return dispute


def age_days(dispute: Dispute, now: datetime | None = None) -> int:
    end = dispute.resolved_at or now or utcnow()
    return (end - dispute.opened_at).days


def is_over_sla(dispute: Dispute, now: datetime | None = None) -> bool:
    return dispute.status in OPEN_STATES and age_days(dispute, now) > dispute.sla_days


def open_disputes(session: Session, customer_id: int) -> list[Dispute]:
    return list(session.scalars(
        select(Dispute).where(Dispute.customer_id == customer_id, Dispute.status.in_(OPEN_STATES))
    ))
