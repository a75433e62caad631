"""Everything that holds collection back: dunning pauses, payment claims, contact changes
and the hard stop on cease, legal or insolvency notices.

The dunning safeguards read these rows; they are written only here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, EmailStr, Field
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.models import Contact, Customer, DunningPause, Invoice, PaymentClaim


def pause_dunning(session: Session, *, customer_id: int, invoice_id: int | None, until: date | None,
                  reason: str, actor: str) -> DunningPause:
    pause = DunningPause(customer_id=customer_id, invoice_id=invoice_id, until=until, reason=reason)
    session.add(pause)
    session.flush()
    audit.record(session, actor=actor, action="dunning.pause", entity="customer", entity_id=customer_id,
                 after={"invoice_id": invoice_id, "until": until, "reason": reason})
    return pause


def active_pauses(session: Session, customer_id: int, on: date) -> list[DunningPause]:
    return list(session.scalars(
        select(DunningPause).where(
            DunningPause.customer_id == customer_id, DunningPause.lifted_at.is_(None),
            or_(DunningPause.until.is_(None), DunningPause.until >= on),
        )
    ))


class PaymentClaimIn(BaseModel):
    customer_id: int
    amount: Decimal | None = Field(default=None, gt=0)
    currency: str | None = None
    paid_on: date | None = None
    reference: str | None = None
    invoice_numbers: list[str] = Field(default_factory=list)
    hold_until: date | None = None
    source_message_id: int | None = None


def record_payment_claim(session: Session, data: PaymentClaimIn, *, actor: str) -> PaymentClaim:
    """A customer says they paid: hold the chase while cash application looks for the money."""
    claim = PaymentClaim(**data.model_dump())
    session.add(claim)
    session.flush()
    audit.record(session, actor=actor, action="payment_claim.record", entity="payment_claim",
                 entity_id=claim.id, after=data.model_dump(mode="json"))
    return claim


class ContactUpdateIn(BaseModel):
    customer_id: int
    new_email: EmailStr
    name: str | None = None
    replaces: str | None = None  # the address that should no longer be chased


def update_contact(session: Session, data: ContactUpdateIn, *, actor: str) -> Contact:
    """Add (or reactivate) the new contact as primary; retire the one it replaces."""
    email = str(data.new_email).lower()
    contact = session.scalar(
        select(Contact).where(Contact.customer_id == data.customer_id, Contact.email == email)
    )
    for other in session.scalars(select(Contact).where(Contact.customer_id == data.customer_id)):
        if other.email != email:
            other.is_primary = False
        if data.replaces and other.email == data.replaces.lower():
            other.active = False
    if contact is None:
        contact = Contact(customer_id=data.customer_id, email=email, name=data.name, role="ap",
                          is_primary=True, source="agent")
        session.add(contact)
    else:
        contact.active = True
        contact.is_primary = True
    session.flush()
    audit.record(session, actor=actor, action="contact.redirect", entity="contact", entity_id=contact.id,
                 before={"replaces": data.replaces}, after={"email": email, "primary": True})
    return contact


def stop_automation(session: Session, customer: Customer, *, reason: str, actor: str) -> None:
    """Hard stop after a cease, legal or insolvency notice: nothing automatic goes out again."""
    before = {"automation_stopped": customer.automation_stopped, "stop_reason": customer.stop_reason}
    customer.automation_stopped = True
    customer.stop_reason = reason
    audit.record(session, actor=actor, action="customer.stop_automation", entity="customer",
                 entity_id=customer.id, before=before,
                 after={"automation_stopped": True, "stop_reason": reason})


def invoice_paused(session: Session, invoice: Invoice, on: date) -> bool:
    return any(p.invoice_id in (None, invoice.id) for p in active_pauses(session, invoice.customer_id, on))


