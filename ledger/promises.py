"""Promises to pay: recording them and judging them kept, partially kept or broken.

A promise is judged at promised date + grace (business days) against payments applied to its
invoices (or to the customer when it names none) between the day it was made and that date.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ledger import audit
from ledger.calendar import add_business_days
from ledger.errors import Conflict, LedgerError
from ledger.models import Allocation, Invoice, Payment, Promise, to_money

DEFAULT_GRACE_DAYS = 2
# Paid ≥ covered × threshold is "kept"; configurable per call.
DEFAULT_KEPT_THRESHOLD = Decimal("1.00")

PROMISE_FIELDS = ("customer_id", "amount", "currency", "promised_date", "grace_days", "status",
                  "covered_amount", "paid_amount", "judged_on")


class PromiseIn(BaseModel):
    customer_id: int
    amount: Decimal | None = Field(default=None, gt=0)
    currency: str | None = None
    promised_date: date
    invoice_numbers: list[str] = Field(default_factory=list)
    grace_days: int = Field(default=DEFAULT_GRACE_DAYS, ge=0, le=30)
    evidence: str | None = None
    source_message_id: int | None = None


def record_promise(session: Session, data: PromiseIn, *, actor: str, status: str = "open") -> Promise:
    invoices = []
    for number in data.invoice_numbers:
        invoice = session.scalar(select(Invoice).where(Invoice.number == number))
        if invoice is None:
            raise LedgerError(f"unknown invoice {number!r}")
        if invoice.customer_id != data.customer_id:
            raise LedgerError(f"invoice {number} belongs to another customer")
        invoices.append(invoice)
    covered = data.amount
    if covered is None:
        covered = sum((i.open_balance for i in invoices), Decimal("0.00")) if invoices else None
    promise = Promise(
        customer_id=data.customer_id, amount=None if data.amount is None else to_money(data.amount),
        currency=data.currency, promised_date=data.promised_date, grace_days=data.grace_days,
        status=status, covered_amount=covered, evidence=data.evidence,
        source_message_id=data.source_message_id, created_by=actor, invoices=invoices,
    )
    session.add(promise)
    session.flush()
    audit.record(session, actor=actor, action="promise.record", entity="promise", entity_id=promise.id,
                 after={**audit.snapshot(promise, PROMISE_FIELDS), "invoices": data.invoice_numbers})
    return promise


def judgement_date(promise: Promise) -> date:
    return add_business_days(promise.promised_date, promise.grace_days)


def paid_towards(session: Session, promise: Promise, until: date) -> Decimal:
    """Payments applied to the promise's invoices (or received from the customer) in its window."""
    start = promise.created_at.date()
    if promise.invoices:
        ids = [i.id for i in promise.invoices]
        total = session.scalar(
            select(func.sum(Allocation.amount)).where(
                Allocation.invoice_id.in_(ids), Allocation.applied_on >= start, Allocation.applied_on <= until
            )
        )
    else:
        total = session.scalar(
            select(func.sum(Payment.amount)).where(
                Payment.customer_id == promise.customer_id, Payment.received_on >= start,
                Payment.received_on <= until,
            )
        )
    return Decimal("0.00") if total is None else total


def verdict(covered: Decimal | None, paid: Decimal, threshold: Decimal = DEFAULT_KEPT_THRESHOLD) -> str:
    if covered is not None and covered > 0 and paid >= (covered * threshold).quantize(Decimal("0.01")):
        return "kept"
    if covered is None and paid > 0:
        return "kept"
    if paid > 0:
        return "partially_kept"
    return "broken"


def judge_due_promises(
    session: Session, as_of: date, *, actor: str = "system",
    threshold: Decimal = DEFAULT_KEPT_THRESHOLD,
) -> list[Promise]:
    """Judge every open promise whose promised date + grace has passed by `as_of`."""
    candidates = session.scalars(
        select(Promise).where(Promise.status == "open", Promise.promised_date <= as_of)
        .options(selectinload(Promise.invoices))
    ).all()
    judged: list[Promise] = []
    for promise in candidates:
        due = judgement_date(promise)
        if due > as_of:
            continue
        paid = paid_towards(session, promise, due)
        before = audit.snapshot(promise, PROMISE_FIELDS)
        promise.paid_amount = paid
        promise.status = verdict(promise.covered_amount, paid, threshold)
        promise.judged_on = due
        b, a = audit.changes(before, audit.snapshot(promise, PROMISE_FIELDS))
        audit.record(session, actor=actor, action="promise.judge", entity="promise",
                     entity_id=promise.id, before=b, after=a)
        judged.append(promise)
    return judged


def cancel_promise(session: Session, promise: Promise, *, actor: str, reason: str) -> None:
    if promise.status not in ("proposed", "open"):
        raise Conflict(f"promise {promise.id} is already {promise.status}")
    before = promise.status
    promise.status = "cancelled"
    audit.record(session, actor=actor, action="promise.cancel", entity="promise", entity_id=promise.id,
                 before={"status": before}, after={"status": "cancelled"}, detail=reason)


def open_promises(session: Session, customer_id: int) -> list[Promise]:
    return list(session.scalars(
        select(Promise).where(Promise.customer_id == customer_id, Promise.status == "open")
        .options(selectinload(Promise.invoices)).order_by(Promise.promised_date)
    ))


def broken_between(session: Session, start: date, end: date) -> list[Promise]:
    """Promises judged in [start, end] that ended broken or partially kept."""
    return list(session.scalars(
        select(Promise).where(
            Promise.status.in_(("broken", "partially_kept")),
            Promise.judged_on >= start, Promise.judged_on <= end,
        ).options(selectinload(Promise.invoices), selectinload(Promise.customer))
        .order_by(Promise.judged_on)
    ))


def promised_between(session: Session, start: date, end: date) -> Decimal:
    """How much open promises cover with a promised date in [start, end]."""
    total = session.scalar(
        select(func.sum(Promise.covered_amount)).where(
            Promise.status == "open", Promise.promised_date >= start, Promise.promised_date <= end
        )
    )
    return Decimal("0.00") if total is None else total


