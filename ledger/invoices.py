"""Invoices: idempotent upserts by invoice number, and their status from the balance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.customers import get_customer
from ledger.errors import LedgerError, NotFound
from ledger.models import Invoice
from ledger.schemas import InvoiceIn

INVOICE_FIELDS = (
    "number", "customer_id", "po_number", "issue_date", "due_date", "amount", "currency",
    "open_balance", "status",
)


def get_invoice(session: Session, number: str) -> Invoice:
    invoice = session.scalar(select(Invoice).where(Invoice.number == number))
    if invoice is None:
        raise NotFound(f"unknown invoice {number!r}")
    return invoice


def status_for(amount: Decimal, open_balance: Decimal) -> str:
    if open_balance <= 0:
        return "paid"
    if open_balance < amount:
        return "partially_paid"
    return "open"


def upsert_invoice(session: Session, data: InvoiceIn, *, actor: str) -> tuple[Invoice, bool]:
    """Insert or update by invoice number; returns (invoice, changed).

    The open balance is never set directly: it follows the allocations. An ERP export's
    open balance (when given) is matched by an opening allocation (see ledger.payments).
    """
    from ledger.payments import settle_to_balance

    customer = get_customer(session, data.customer_id)
    currency = data.currency or customer.currency
    invoice = session.scalar(select(Invoice).where(Invoice.number == data.invoice_number))
    changed = False
    if invoice is None:
        invoice = Invoice(
            number=data.invoice_number, customer_id=customer.id, po_number=data.po_number,
            issue_date=data.issue_date, due_date=data.due_date, amount=data.amount,
            currency=currency, open_balance=data.amount, status="open",
        )
        session.add(invoice)
        session.flush()
        audit.record(session, actor=actor, action="invoice.create", entity="invoice",
                     entity_id=invoice.id, after=audit.snapshot(invoice, INVOICE_FIELDS))
        changed = True
    else:
        if invoice.customer_id != customer.id:
            raise LedgerError(
                f"invoice {data.invoice_number} belongs to another customer; refusing to move it"
            )
        before = audit.snapshot(invoice, INVOICE_FIELDS)
        paid = invoice.amount - invoice.open_balance
        if data.amount < paid:
            raise LedgerError(
                f"invoice {data.invoice_number}: new amount {data.amount} is below what is "
                f"already paid ({paid})"
            )
        invoice.po_number = data.po_number if data.po_number is not None else invoice.po_number
        invoice.issue_date = data.issue_date
        invoice.due_date = data.due_date
        invoice.currency = currency
        if data.amount != invoice.amount:
            invoice.open_balance = data.amount - paid
            invoice.amount = data.amount
            invoice.status = status_for(invoice.amount, invoice.open_balance)
        b, a = audit.changes(before, audit.snapshot(invoice, INVOICE_FIELDS))
        if a:
            audit.record(session, actor=actor, action="invoice.update", entity="invoice",
                         entity_id=invoice.id, before=b, after=a)
            changed = True
    if data.open_balance is not None and data.open_balance != invoice.open_balance:
        changed = settle_to_balance(session, invoice, data.open_balance, actor=actor) or changed
    return invoice, changed


def days_past_due(invoice: Invoice, as_of: date) -> int:
    return (as_of - invoice.due_date).days
