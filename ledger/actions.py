"""The ledger writes an approval item may carry, and how each is applied.

The agent only *proposes* these; they are stored with the draft and applied here, in the
approving person's transaction, only for the ones left ticked. There is deliberately no action
that marks an invoice paid, changes an amount or writes anything off.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, Field, TypeAdapter
from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger.disputes import DisputeIn, open_dispute
from ledger.errors import LedgerError
from ledger.holds import (
    ContactUpdateIn,
    PaymentClaimIn,
    pause_dunning,
    record_payment_claim,
    stop_automation,
    update_contact,
)
from ledger.models import Customer, Invoice, Message
from ledger.promises import PromiseIn, record_promise


class _Action(BaseModel):
    enabled: bool = True
    evidence: str | None = None


class RecordPromise(_Action):
    kind: Literal["record_promise"] = "record_promise"
    amount: Decimal | None = None
    currency: str | None = None
    promised_date: date
    invoices: list[str] = Field(default_factory=list)
    grace_days: int = 2

    def summary(self) -> str:
        what = f"{self.amount} {self.currency or ''}".strip() if self.amount is not None else "the open balance"
        on = ", ".join(self.invoices) or "the account"
        return f"Record promise: {what} by {self.promised_date.isoformat()} on {on}"


class OpenDispute(_Action):
    kind: Literal["open_dispute"] = "open_dispute"
    invoice: str
    reason: str
    amount: Decimal | None = None

    def summary(self) -> str:
        amount = f" for {self.amount}" if self.amount is not None else ""
        return f"Open dispute on {self.invoice}: {self.reason}{amount}"


class RecordPaymentClaim(_Action):
    kind: Literal["record_payment_claim"] = "record_payment_claim"
    amount: Decimal | None = None
    currency: str | None = None
    paid_on: date | None = None
    reference: str | None = None
    invoices: list[str] = Field(default_factory=list)
    hold_until: date | None = None

    def summary(self) -> str:
        amount = f"{self.amount} {self.currency or ''}".strip() if self.amount is not None else "payment"
        ref = f" (ref {self.reference})" if self.reference else ""
        return f"Record payment claim: {amount}{ref} on {', '.join(self.invoices) or 'the account'}"


class UpdateContact(_Action):
    kind: Literal["update_contact"] = "update_contact"
    new_email: str
    replaces: str | None = None

    def summary(self) -> str:
        return f"Make {self.new_email} the AP contact" + (f" instead of {self.replaces}" if self.replaces else "")


class PauseDunning(_Action):
    kind: Literal["pause_dunning"] = "pause_dunning"
    invoices: list[str] = Field(default_factory=list)  # empty: the whole account
    until: date | None = None
    reason: str

    def summary(self) -> str:
        until = self.until.isoformat() if self.until else "further notice"
        return f"Pause reminders on {', '.join(self.invoices) or 'the account'} until {until} ({self.reason})"


class FlagCeaseOrLegal(_Action):
    kind: Literal["flag_cease_or_legal"] = "flag_cease_or_legal"
    reason: str

    def summary(self) -> str:
        return f"Stop all automation for the customer: {self.reason}"


Action = Annotated[
    RecordPromise | OpenDispute | RecordPaymentClaim | UpdateContact | PauseDunning | FlagCeaseOrLegal,
    Field(discriminator="kind"),
]
ACTIONS = TypeAdapter(list[Action])

# Actions whose approval is a manager's call (PRODUCT.md: payment plans, cease/legal).
MANAGER_ACTIONS = frozenset({"flag_cease_or_legal"})


def parse_actions(raw: list[dict]) -> list[Action]:  # type: ignore[valid-type]
    return ACTIONS.validate_python(raw)


def _invoice_ids(session: Session, customer: Customer, numbers: list[str]) -> list[Invoice]:
    invoices = []
    for number in numbers:
        invoice = session.scalar(select(Invoice).where(Invoice.number == number))
        if invoice is None or invoice.customer_id != customer.id:
            raise LedgerError(f"invoice {number} is not an invoice of {customer.name}")
        invoices.append(invoice)
    return invoices


def apply_action(session: Session, action: Action, *, customer: Customer, message: Message | None,  # type: ignore[valid-type]
                 actor: str) -> str:
    """Apply one approved action; returns a line for the audit trail and the reviewer."""
    source = message.id if message is not None else None
    if isinstance(action, RecordPromise):
        invoices = _invoice_ids(session, customer, action.invoices)
        record_promise(session, PromiseIn(
            customer_id=customer.id, amount=action.amount, currency=action.currency,
            promised_date=action.promised_date, invoice_numbers=action.invoices,
            grace_days=action.grace_days, evidence=action.evidence, source_message_id=source,
        ), actor=actor)
        from ledger.calendar import add_business_days

        hold = add_business_days(action.promised_date, action.grace_days)
        for invoice in invoices or [None]:
            pause_dunning(session, customer_id=customer.id, invoice_id=invoice.id if invoice else None,
                          until=hold, reason="promise to pay", actor=actor)
    elif isinstance(action, OpenDispute):
        _invoice_ids(session, customer, [action.invoice])
        dispute = open_dispute(session, DisputeIn(
            invoice_number=action.invoice, reason=action.reason, amount=action.amount,
            evidence=action.evidence, source_message_id=source,
        ), actor=actor)
        pause_dunning(session, customer_id=customer.id, invoice_id=dispute.invoice_id, until=None,
                      reason=f"dispute #{dispute.id} ({action.reason})", actor=actor)
    elif isinstance(action, RecordPaymentClaim):
        invoices = _invoice_ids(session, customer, action.invoices)
        record_payment_claim(session, PaymentClaimIn(
            customer_id=customer.id, amount=action.amount, currency=action.currency,
            paid_on=action.paid_on, reference=action.reference, invoice_numbers=action.invoices,
            hold_until=action.hold_until, source_message_id=source,
        ), actor=actor)
        for invoice in invoices or [None]:
            pause_dunning(session, customer_id=customer.id, invoice_id=invoice.id if invoice else None,
                          until=action.hold_until, reason="payment claimed", actor=actor)
    elif isinstance(action, UpdateContact):
        update_contact(session, ContactUpdateIn(
            customer_id=customer.id, new_email=action.new_email, replaces=action.replaces,
        ), actor=actor)
    elif isinstance(action, PauseDunning):
        invoices = _invoice_ids(session, customer, action.invoices)
        for invoice in invoices or [None]:
            pause_dunning(session, customer_id=customer.id, invoice_id=invoice.id if invoice else None,
                          until=action.until, reason=action.reason, actor=actor)
    elif isinstance(action, FlagCeaseOrLegal):
        stop_automation(session, customer, reason=action.reason, actor=actor)
    else:  # pragma: no cover - the discriminated union makes this unreachable
        raise LedgerError(f"unknown action {action!r}")
    return action.summary()
