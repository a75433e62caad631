"""What the agent understood from one inbound message.

Both reasoners (offline rules and the OpenAI-compatible model) return this one shape, so the
graph, the approval queue and the eval runner never care which reasoner produced it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from ledger.models import DISPUTE_REASONS

Intent = Literal[
    "promise_to_pay",
    "payment_sent",
    "dispute",
    "invoice_request",
    "payment_plan_request",
    "balance_inquiry",
    "contact_change",
    "auto_reply",
    "cease_or_legal",
    "other",
]
INTENTS: tuple[str, ...] = Intent.__args__  # type: ignore[attr-defined]

# The taxonomy's dispute reasons are the ledger's (a dispute row stores one of them).
DisputeReason = Literal[DISPUTE_REASONS]  # type: ignore[valid-type]


DocumentKind = Literal["invoice_copy", "statement", "w9", "po", "proof_of_delivery", "other"]


class Evidence(BaseModel):
    """A quote from the sender's new text (or subject) that supports one finding."""

    label: str  # e.g. "promise_to_pay", "dispute:pricing", "new_contact"
    quote: str
    start: int | None = None  # offset in the cleaned new text, when known
    end: int | None = None


class PromiseFinding(BaseModel):
    amount: Decimal | None = None  # None: "the balance" / "the invoice" with no figure
    currency: str | None = None
    date: date
    invoices: list[str] = Field(default_factory=list)
    evidence: str | None = None


class DisputeFinding(BaseModel):
    invoice: str | None = None
    reason: DisputeReason
    amount: Decimal | None = None
    evidence: str | None = None


class PaymentClaimFinding(BaseModel):
    amount: Decimal | None = None
    currency: str | None = None
    paid_on: date | None = None
    reference: str | None = None
    invoices: list[str] = Field(default_factory=list)
    evidence: str | None = None


class Usage(BaseModel):
    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Reading(BaseModel):
    intents: list[Intent]
    dispute_reasons: list[DisputeReason] = Field(default_factory=list)
    promises: list[PromiseFinding] = Field(default_factory=list)
    disputes: list[DisputeFinding] = Field(default_factory=list)
    payments: list[PaymentClaimFinding] = Field(default_factory=list)
    invoices: list[str] = Field(default_factory=list)
    new_contact: str | None = None
    documents_requested: list[DocumentKind] = Field(default_factory=list)
    return_date: date | None = None
    language: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0, default=0.5)
    reasoner: str = "offline"
    usage: Usage = Field(default_factory=Usage)

    def case_view(self) -> dict:
        """The reading in the labelled-case shape of evals/CASE_FORMAT.md."""
        return {
            "intents": sorted(set(self.intents)),
            "dispute_reasons": sorted(set(self.dispute_reasons)),
            "promises": [
                {
                    "amount": None if p.amount is None else f"{p.amount:.2f}",
                    "currency": p.currency,
                    "date": p.date.isoformat(),
                    "invoices": sorted(set(p.invoices)),
                }
                for p in self.promises
            ],
            "invoices": sorted(set(self.invoices)),
            "new_contact": self.new_contact,
        }
