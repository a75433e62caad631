"""The grounding validator: every amount, date, invoice number and e-mail address in a draft
must come from the ledger look-ups or the inbound message.

A figure that comes from nowhere is flagged with its span; the caller regenerates or falls back
to the template draft. Invoice numbers must be the customer's own, so a draft can never leak
another customer's data even if the message names it.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from agent.formatting import (
    EMAIL_PATTERN,
    INVOICE_PATTERN,
    amounts_in,
    dates_in,
    parse_amount,
)
from agent.reading import Reading
from tools.ledger_reads import LedgerSnapshot


class GroundingFlag(BaseModel):
    kind: str  # amount | date | invoice | email
    span: str
    start: int
    end: int
    reason: str


class Facts(BaseModel):
    amounts: set[Decimal]
    dates: set[date]
    invoices: set[str]
    emails: set[str]


# Amounts in the customer's text, US ("1,234.50") or European ("1.234,50" / "1 234,50") style.
_MESSAGE_AMOUNT = re.compile(r"(?<![\w])(\d{1,3}(?:[.,\s\u00a0]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\w])")


def _message_amounts(text: str) -> set[Decimal]:
    found: set[Decimal] = set()
    for m in _MESSAGE_AMOUNT.finditer(text):
        raw = m.group(1).replace("\u00a0", " ").replace(" ", "")
        candidates = {raw.replace(",", ""), raw.replace(".", "").replace(",", ".")}
        for c in candidates:
            value = parse_amount(c)
            if value is not None:
                found.add(value)
    return found


def collect_facts(snapshot: LedgerSnapshot | None, *, message_text: str, sender: str | None,
                  reading: Reading | None, own_address: str | None) -> Facts:
    amounts: set[Decimal] = set()
    dates: set[date] = set()
    invoices: set[str] = set()
    emails: set[str] = set()
    if snapshot is not None:
        for inv in snapshot.open_invoices + snapshot.mentioned_invoices:
            amounts |= {inv.amount, inv.open_balance}
            dates |= {inv.issue_date, inv.due_date}
            invoices.add(inv.number)
        amounts.add(snapshot.balance)
        amounts |= {p.amount for p in snapshot.payments} | {p.amount for p in snapshot.promises if p.amount}
        amounts |= {d.amount for d in snapshot.disputes if d.amount}
        dates |= {p.received_on for p in snapshot.payments} | {p.promised_date for p in snapshot.promises}
        emails |= {c.email.lower() for c in snapshot.customer.contacts}
        dates.add(snapshot.as_of)
    amounts |= _message_amounts(message_text)
    dates |= {d for _, d in dates_in(message_text)}
    # An address the message merely mentions may appear only if it is on the customer's own
    # domains (a colleague); "send it to attacker@elsewhere" must never be repeated back.
    own_domains = {e.rsplit("@", 1)[-1] for e in emails} | ({sender.lower().rsplit("@", 1)[-1]} if sender else set())
    emails |= {e.lower() for e in EMAIL_PATTERN.findall(message_text) if e.lower().rsplit("@", 1)[-1] in own_domains}
    if reading is not None:
        for p in reading.promises:
            dates.add(p.date)
            if p.amount is not None:
                amounts.add(p.amount)
        for c in reading.payments:
            if c.amount is not None:
                amounts.add(c.amount)
            if c.paid_on:
                dates.add(c.paid_on)
        for d in reading.disputes:
            if d.amount is not None:
                amounts.add(d.amount)
        if reading.return_date:
            dates.add(reading.return_date)
        if snapshot is not None:
            # The open balance of the invoices the sender asked about (a payment plan is offered for
            # that total) is a ledger figure, summed from the ledger.
            named = snapshot.open_balance_of(reading.invoices)
            if named is not None:
                amounts.add(named)
    if sender:
        emails.add(sender.lower())
    if own_address:
        emails.add(own_address.lower())
    return Facts(amounts=amounts, dates=dates, invoices=invoices, emails=emails)


# What no draft may claim, whatever the message asked: the agent cannot do these things.
FORBIDDEN_CLAIMS = re.compile(
    r"\b(?:(?:marked|recorded|set)\s+(?:as\s+)?(?:fully\s+)?paid|written\s+off|write[- ]off\s+(?:has|is)|"
    r"(?:bank|banking|payment)\s+details\s+(?:have\s+been\s+|are\s+(?:now\s+)?)?(?:updated|changed)|"
    r"(?:waived|cancelled|canceled)\s+(?:the\s+)?(?:invoice|balance|fee))",
    re.IGNORECASE,
)


def check(text: str, facts: Facts) -> list[GroundingFlag]:
    flags: list[GroundingFlag] = []
    for m in FORBIDDEN_CLAIMS.finditer(text):
        flags.append(GroundingFlag(kind="claim", span=m.group(0), start=m.start(), end=m.end(),
                                   reason="a change no draft can promise (only a person in the ledger can)"))
    taken: list[tuple[int, int]] = []

    def add(kind: str, m: re.Match[str] | tuple[int, int, str], reason: str) -> None:
        if isinstance(m, tuple):
            start, end, span = m
        else:
            start, end, span = m.start(), m.end(), m.group(0)
        flags.append(GroundingFlag(kind=kind, span=span, start=start, end=end, reason=reason))

    for m in EMAIL_PATTERN.finditer(text):
        taken.append((m.start(), m.end()))
        if m.group(0).lower() not in facts.emails:
            add("email", m, "address not in the ledger or the message")
    for m in INVOICE_PATTERN.finditer(text):
        taken.append((m.start(), m.end()))
        if m.group(0).upper() not in facts.invoices:
            add("invoice", m, "not an invoice of this customer")
    for span, day in dates_in(text):
        start = text.find(span)
        taken.append((start, start + len(span)))
        if day not in facts.dates:
            add("date", (start, start + len(span), span), "date not in the ledger or the message")
    for span, value in amounts_in(text):
        start = text.find(span)
        if any(a <= start < b for a, b in taken):
            continue  # digits inside an invoice number or a date
        if value not in facts.amounts:
            add("amount", (start, start + len(span), span), "amount not in the ledger or the message")
    return flags
