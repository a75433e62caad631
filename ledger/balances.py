"""Proof that every cached open balance equals amount minus its allocations."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledger.models import Allocation, Invoice, Payment


class BalanceMismatch(BaseModel):
    kind: str  # "invoice" | "payment"
    key: str
    cached: Decimal
    derived: Decimal


def check_balances(session: Session) -> list[BalanceMismatch]:
    """Every invoice and payment whose cached balance disagrees with its allocations."""
    applied = (
        select(Allocation.invoice_id, func.sum(Allocation.amount).label("applied"))
        .group_by(Allocation.invoice_id)
        .subquery()
    )
    rows = session.execute(
        select(Invoice.number, Invoice.amount, Invoice.open_balance, applied.c.applied)
        .outerjoin(applied, applied.c.invoice_id == Invoice.id)
    )
    problems: list[BalanceMismatch] = []
    for number, amount, cached, applied_cents in rows:
        derived = amount - _money(applied_cents)
        if derived != cached:
            problems.append(BalanceMismatch(kind="invoice", key=number, cached=cached, derived=derived))
    used = (
        select(Allocation.payment_id, func.sum(Allocation.amount).label("used"))
        .group_by(Allocation.payment_id)
        .subquery()
    )
    for pid, amount, cached, used_cents in session.execute(
        select(Payment.external_id, Payment.amount, Payment.unapplied_amount, used.c.used)
        .outerjoin(used, used.c.payment_id == Payment.id)
    ):
        derived = amount - _money(used_cents)
        if derived != cached:
            problems.append(BalanceMismatch(kind="payment", key=pid, cached=cached, derived=derived))
    return problems


def _money(value: Decimal | int | None) -> Decimal:
    # func.sum over the Money column keeps its type, so this is already a Decimal (or None).
    return Decimal("0.00") if value is None else Decimal(value)
