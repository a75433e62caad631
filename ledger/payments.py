"""Payments and their allocation to invoices; the only code that moves an open balance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.customers import get_customer
from ledger.errors import LedgerError
from ledger.invoices import get_invoice, status_for
from ledger.models import Allocation, Invoice, Payment
from ledger.schemas import PaymentIn


def _apply(session: Session, payment: Payment, invoice: Invoice, amount: Decimal, on: date) -> Allocation:
    if amount <= 0:
        raise LedgerError("an allocation must be positive")
    if amount > invoice.open_balance:
        raise LedgerError(
            f"allocation of {amount} exceeds the open balance {invoice.open_balance} of {invoice.number}"
        )
    if amount > payment.unapplied_amount:
        raise LedgerError(f"payment {payment.external_id} has only {payment.unapplied_amount} unapplied")
    allocation = Allocation(payment_id=payment.id, invoice_id=invoice.id, amount=amount, applied_on=on)
    session.add(allocation)
    invoice.open_balance = invoice.open_balance - amount
    invoice.status = status_for(invoice.amount, invoice.open_balance)
    if invoice.open_balance == 0:
        invoice.paid_date = on
    payment.unapplied_amount = payment.unapplied_amount - amount
    return allocation


def record_payment(session: Session, data: PaymentIn, *, actor: str) -> tuple[Payment, bool]:
    """Record a payment once (by payment id); allocate it to the named invoice if any.

    Re-recording the same payment changes nothing; a payment id reused with different
    figures is refused rather than silently rewriting history.
    """
    customer = get_customer(session, data.customer_id)
    existing = session.scalar(select(Payment).where(Payment.external_id == data.payment_id))
    if existing is not None:
        if existing.amount != data.amount or existing.customer_id != customer.id:
            raise LedgerError(
                f"payment {data.payment_id} already recorded with amount {existing.amount}; "
                "payments are immutable (reverse and re-enter instead)"
            )
        return existing, False
    payment = Payment(
        external_id=data.payment_id, customer_id=customer.id, received_on=data.date,
        amount=data.amount, currency=data.currency or customer.currency,
        reference=data.reference, unapplied_amount=data.amount,
    )
    session.add(payment)
    session.flush()
    allocated: list[dict[str, str]] = []
    if data.invoice_number:
        invoice = get_invoice(session, data.invoice_number)
        if invoice.customer_id != customer.id:
            raise LedgerError(f"invoice {invoice.number} belongs to another customer")
        released = _release_opening(session, invoice, data.amount, data.date)
        if released:
            allocated.append({"invoice": invoice.number, "replaces_opening_balance": str(released)})
        amount = min(data.amount, invoice.open_balance)
        if amount > 0:
            _apply(session, payment, invoice, amount, data.date)
            allocated.append({"invoice": invoice.number, "amount": str(amount)})
    audit.record(
        session, actor=actor, action="payment.record", entity="payment", entity_id=payment.id,
        after={"payment_id": data.payment_id, "amount": str(data.amount), "date": data.date.isoformat(),
               "allocations": allocated, "unapplied": str(payment.unapplied_amount)},
    )
    return payment, True


def _release_opening(session: Session, invoice: Invoice, amount: Decimal, paid_on: date) -> Decimal:
    """A payment the ERP had already counted in an imported open balance takes the place of the
    opening allocation instead of being counted twice (payments imported after invoices).

    Only payments dated up to the day the open balance was imported can be in it; a later one is
    new money and reduces the balance as usual.
    """
    opening = session.scalar(select(Payment).where(Payment.external_id == f"OPEN-{invoice.number}"))
    if opening is None or paid_on > opening.created_at.date():
        return Decimal("0.00")
    allocation = session.scalar(
        select(Allocation).where(Allocation.payment_id == opening.id, Allocation.invoice_id == invoice.id)
    )
    if allocation is None or allocation.amount <= 0:
        return Decimal("0.00")
    released = min(amount, allocation.amount)
    allocation.amount = allocation.amount - released
    opening.amount = opening.amount - released
    invoice.open_balance = invoice.open_balance + released
    invoice.status = status_for(invoice.amount, invoice.open_balance)
    invoice.paid_date = None if invoice.open_balance > 0 else invoice.paid_date
    if allocation.amount == 0:
        session.delete(allocation)
    session.flush()
    return released


def allocate(session: Session, payment: Payment, invoice: Invoice, amount: Decimal, *, actor: str,
             on: date | None = None) -> Allocation:
    """Cash application: apply part of an unapplied payment to an invoice."""
    before = {"open_balance": str(invoice.open_balance), "unapplied": str(payment.unapplied_amount)}
    allocation = _apply(session, payment, invoice, amount, on or payment.received_on)
    session.flush()
    audit.record(
        session, actor=actor, action="payment.allocate", entity="invoice", entity_id=invoice.id,
        before=before,
        after={"open_balance": str(invoice.open_balance), "unapplied": str(payment.unapplied_amount),
               "payment": payment.external_id, "amount": str(amount)},
    )
    return allocation


def settle_to_balance(session: Session, invoice: Invoice, target: Decimal, *, actor: str) -> bool:
    """Bring an imported invoice to the open balance its ERP reports.

    The difference is booked as an opening payment ("OPEN-<invoice>") allocated to it, so the
    balance stays derived from allocations. A target above the current balance is refused.
    """
    if target > invoice.open_balance:
        raise LedgerError(
            f"invoice {invoice.number}: open balance {target} is above the ledger's "
            f"{invoice.open_balance}; record a credit or correct the amount instead"
        )
    difference = invoice.open_balance - target
    if difference == 0:
        return False
    customer = invoice.customer
    payment_id = f"OPEN-{invoice.number}"
    payment = session.scalar(select(Payment).where(Payment.external_id == payment_id))
    if payment is None:
        payment = Payment(
            external_id=payment_id, customer_id=customer.id, received_on=invoice.issue_date,
            amount=difference, currency=invoice.currency, reference="opening balance from import",
            unapplied_amount=difference,
        )
        session.add(payment)
    else:
        payment.amount = payment.amount + difference
        payment.unapplied_amount = payment.unapplied_amount + difference
    session.flush()
    existing = session.scalar(
        select(Allocation).where(Allocation.payment_id == payment.id, Allocation.invoice_id == invoice.id)
    )
    before = {"open_balance": str(invoice.open_balance)}
    if existing is not None:
        existing.amount = existing.amount + difference
        invoice.open_balance = invoice.open_balance - difference
        invoice.status = status_for(invoice.amount, invoice.open_balance)
        payment.unapplied_amount = payment.unapplied_amount - difference
        if invoice.open_balance == 0:
            invoice.paid_date = invoice.due_date
    else:
        _apply(session, payment, invoice, difference, invoice.issue_date)
    audit.record(session, actor=actor, action="invoice.opening_balance", entity="invoice",
                 entity_id=invoice.id, before=before, after={"open_balance": str(invoice.open_balance)})
    return True


def get_customer_payments(session: Session, external_id: str) -> list[Payment]:
    customer = get_customer(session, external_id)
    return list(session.scalars(
        select(Payment).where(Payment.customer_id == customer.id).order_by(Payment.received_on)
    ))
