"""From a reading and the ledger look-ups to the proposed actions of one approval item.

The default action per intent is the table in PRODUCT.md. Everything here is a proposal: it is
stored with the item and applied only when a person approves it.
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel, Field

from agent.reading import DisputeFinding, Reading
from ledger.actions import Action
from ledger.calendar import add_business_days
from ledger.documents import DocumentSpec
from ledger.policy import DEFAULT_POLICY, Policy
from tools import proposals
from tools.ledger_reads import LedgerSnapshot

# Intents that never get an automatic reply (PRODUCT.md): filed, and for legal, alerted.
NO_DRAFT_INTENTS = frozenset({"auto_reply", "cease_or_legal"})


class Plan(BaseModel):
    actions: list[Action] = Field(default_factory=list)  # type: ignore[valid-type]
    needs_draft: bool = True
    needs_manager: bool = False
    alerts: list[str] = Field(default_factory=list)
    documents: list[DocumentSpec] = Field(default_factory=list)
    missing_documents: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


def _domain(address: str | None) -> str | None:
    return address.rsplit("@", 1)[-1].lower() if address and "@" in address else None


def plan_actions(reading: Reading, snapshot: LedgerSnapshot | None, *, sender: str | None,
                 as_of: date, policy: Policy = DEFAULT_POLICY) -> Plan:
    intents = set(reading.intents)
    plan = Plan()
    if snapshot is None:
        plan.needs_draft = False
        plan.notes.append("sender not matched to a customer: review and assign")
        if "cease_or_legal" in intents:
            plan.alerts.append("legal or cease notice from an unmatched sender")
            plan.needs_manager = True
        return plan
    customer_name = snapshot.customer.name

    if intents & NO_DRAFT_INTENTS:
        plan.needs_draft = False
    if "cease_or_legal" in intents:
        quote = next((e.quote for e in reading.evidence if e.label.startswith("cease")), None)
        plan.actions.append(proposals.propose_cease_or_legal(
            snapshot, reason="cease, legal or insolvency notice received", evidence=quote))
        plan.alerts.append(f"cease/legal notice from {customer_name}")
        plan.needs_manager = True
        return plan  # nothing else is automated for this customer any more
    if "auto_reply" in intents:
        if reading.return_date and reading.return_date > as_of:
            plan.actions.append(proposals.propose_pause(
                snapshot, invoices=[], until=reading.return_date, reason="contact out of office"))
        return plan

    for p in reading.promises:
        plan.actions.append(proposals.propose_promise(
            snapshot, amount=p.amount, currency=p.currency, promised_date=p.date,
            invoices=p.invoices, evidence=p.evidence))
    if "payment_sent" in intents:
        claims = reading.payments or []
        hold = add_business_days(as_of, policy.payment_claim_hold_days)
        if claims:
            for c in claims:
                plan.actions.append(proposals.propose_payment_claim(
                    snapshot, amount=c.amount, currency=c.currency, paid_on=c.paid_on, reference=c.reference,
                    invoices=c.invoices or reading.invoices, hold_until=hold, evidence=c.evidence))
        else:
            plan.actions.append(proposals.propose_payment_claim(
                snapshot, amount=None, currency=None, paid_on=None, reference=None,
                invoices=reading.invoices, hold_until=hold, evidence=None))
    if "dispute" in intents:
        own = {i.number for i in snapshot.open_invoices} | {i.number for i in snapshot.mentioned_invoices}
        findings = reading.disputes or []
        if not findings:
            reason = reading.dispute_reasons[0] if reading.dispute_reasons else "other"
            findings = [DisputeFinding(invoice=n, reason=reason) for n in reading.invoices if n in own]
        for f in findings:
            targets = [f.invoice] if f.invoice else [n for n in reading.invoices if n in own]
            for number in targets:
                action = proposals.propose_dispute(snapshot, invoice=number, reason=f.reason,
                                                   amount=f.amount, evidence=f.evidence)
                if action is not None:
                    plan.actions.append(action)
        if not any(a.kind == "open_dispute" for a in plan.actions):
            plan.notes.append("dispute without an invoice of this customer: ask which invoice")
    if "contact_change" in intents and reading.new_contact:
        action = proposals.propose_contact_update(snapshot, new_email=reading.new_contact, replaces=None,
                                                  evidence=reading.new_contact)
        known = {_domain(c.email) for c in snapshot.customer.contacts} | {_domain(sender)}
        if _domain(reading.new_contact) not in known:
            # A redirect to a foreign domain is a classic fraud pattern: left unticked.
            action.enabled = False
            plan.notes.append(f"new contact {reading.new_contact} is outside the customer's domains: verify by phone")
        plan.actions.append(action)
    if "payment_plan_request" in intents:
        plan.needs_manager = True
        plan.actions.append(proposals.propose_pause(
            snapshot, invoices=[], until=as_of + timedelta(days=policy.first_instalment_within_days),
            reason="payment plan under review"))
    if "invoice_request" in intents:
        wanted = set(reading.documents_requested) or {"invoice_copy"}
        own_open = [i.number for i in snapshot.open_invoices]
        named = [n for n in reading.invoices if n in own_open or n in {i.number for i in snapshot.mentioned_invoices}]
        if "invoice_copy" in wanted:
            for number in named or own_open[:1]:
                plan.documents.append(DocumentSpec(kind="invoice_copy", invoice=number, filename=f"{number}.pdf"))
        if "statement" in wanted:
            plan.documents.append(DocumentSpec(kind="statement", customer_id=snapshot.customer.id,
                                               filename=f"statement-{snapshot.customer.external_id}.pdf"))
        for kind in sorted(wanted - {"invoice_copy", "statement"}):
            label = {"w9": "W-9", "po": "purchase order", "proof_of_delivery": "proof of delivery"}.get(kind, kind)
            plan.missing_documents.append(f"We will send the {label} separately.")
            plan.notes.append(f"attach the {label} by hand before approving")
    plan.actions = _unique(plan.actions)
    if reading.confidence < 0.5 or intents == {"other"}:
        plan.notes.append("low confidence or off-topic: review the reading")
    return plan


def _unique(actions: list[Action]) -> list[Action]:  # type: ignore[valid-type]
    """One proposal per finding. The same finding read twice (subject and body) is proposed once;
    a dispute on an invoice that also has a specific reason drops the vague "other"; two payment
    claims for the same invoices become one carrying every detail either had."""
    disputed: dict[str, set[str]] = {}
    for a in actions:
        if a.kind == "open_dispute":
            disputed.setdefault(a.invoice, set()).add(a.reason)
    seen: dict[str, Action] = {}  # type: ignore[valid-type]
    out: list[Action] = []  # type: ignore[valid-type]
    for a in actions:
        if a.kind == "open_dispute" and a.reason == "other" and len(disputed[a.invoice]) > 1:
            continue
        if a.kind == "record_payment_claim":
            key = "claim:" + ",".join(sorted(a.invoices))
            if key in seen:
                first = seen[key]
                for field in ("amount", "currency", "paid_on", "reference", "evidence"):
                    if getattr(first, field) is None and getattr(a, field) is not None:
                        setattr(first, field, getattr(a, field))
                continue
        else:
            key = a.model_dump_json(exclude={"evidence", "enabled"})
            if key in seen:
                continue
        seen[key] = a
        out.append(a)
    return out
