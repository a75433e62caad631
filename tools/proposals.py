"""Proposal tools: the ledger writes the agent may suggest, checked against what it looked up.

A proposal naming an invoice that is not this customer's is dropped here, so a message can
never steer a write onto another customer's account.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledger.actions import (
    FlagCeaseOrLegal,
    OpenDispute,
    PauseDunning,
    RecordPaymentClaim,
    RecordPromise,
    UpdateContact,
)
from tools.ledger_reads import LedgerSnapshot


def _own(snapshot: LedgerSnapshot, numbers: list[str]) -> list[str]:
    known = {i.number for i in snapshot.open_invoices} | {i.number for i in snapshot.mentioned_invoices}
    return [n for n in numbers if n in known]


def propose_promise(snapshot: LedgerSnapshot, *, amount: Decimal | None, currency: str | None,
                    promised_date: date, invoices: list[str], evidence: str | None) -> RecordPromise:
    # A date already past is still recorded: the promise is judged (and chased) like any other.
    return RecordPromise(amount=amount, currency=currency or snapshot.customer.currency,
                         promised_date=promised_date, invoices=_own(snapshot, invoices), evidence=evidence)


def propose_dispute(snapshot: LedgerSnapshot, *, invoice: str, reason: str, amount: Decimal | None,
                    evidence: str | None) -> OpenDispute | None:
    if not _own(snapshot, [invoice]):
        return None
    return OpenDispute(invoice=invoice, reason=reason, amount=amount, evidence=evidence)


def propose_payment_claim(snapshot: LedgerSnapshot, *, amount: Decimal | None, currency: str | None,
                          paid_on: date | None, reference: str | None, invoices: list[str],
                          hold_until: date, evidence: str | None) -> RecordPaymentClaim:
    return RecordPaymentClaim(amount=amount, currency=currency, paid_on=paid_on, reference=reference,
                              invoices=_own(snapshot, invoices), hold_until=hold_until, evidence=evidence)


def propose_contact_update(snapshot: LedgerSnapshot, *, new_email: str, replaces: str | None,
                           evidence: str | None) -> UpdateContact:
    return UpdateContact(new_email=new_email.lower(), replaces=replaces, evidence=evidence)


def propose_pause(snapshot: LedgerSnapshot, *, invoices: list[str], until: date | None, reason: str,
                  evidence: str | None = None) -> PauseDunning:
    return PauseDunning(invoices=_own(snapshot, invoices), until=until, reason=reason, evidence=evidence)


def propose_cease_or_legal(snapshot: LedgerSnapshot, *, reason: str, evidence: str | None) -> FlagCeaseOrLegal:
    return FlagCeaseOrLegal(reason=reason, evidence=evidence)

