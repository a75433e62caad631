"""Draft checks on labelled cases: the reply the agent would write, and whether it is fit to send.

Each case gets a small synthetic ledger built from its labels (the sender's customer, the
invoices the sender names plus one more, and another customer whose data must never leak),
then `agent.replying.draft_for` plans, drafts and validates the reply exactly as the inbound
graph does. The checks then read the draft as a collector would: no figure from nowhere, the
elements each intent's reply needs, nothing forbidden, a sane length and the requested tone.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import parseaddr
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from agent.cleaning import CleanMessage
from agent.formatting import EMAIL_PATTERN, long_date
from agent.grounding import check as grounding_check
from agent.planning import NO_DRAFT_INTENTS, Plan
from agent.reading import Reading
from agent.replying import DraftingDeps, ModelDrafter, Reply, draft_for, facts_for
from agent.tone import SEGMENT_SHIFT, TONES
from ledger.actions import OpenDispute
from evals.runner import Case, DraftCheck, Expected
from evals.scoring import DraftProblem, DraftResult, differences
from prompts import load
from tools.ledger_reads import (
    ContactView,
    CustomerView,
    InvoiceView,
    LedgerSnapshot,
    PromiseView,
    aging,
    dunning_stage,
)

OWN_ADDRESS = "Accounts Receivable <ar@ourco.example>"
MIN_LENGTH, MAX_LENGTH = 50, 1200
SEGMENTS = tuple(SEGMENT_SHIFT)

# Threats no reply may carry: the policy allows none in an automatic draft, in any language we
# read. A trailing "*" matches the word's inflections and compounds.
THREATS = (
    "legal action", "collections agency", "collection agency", "lawsuit", "sue", "sued", "suing", "court", "courts",
    "report you", "credit bureau*", "debt collector*",
    "acciones legales", "acción legal", "agencia de cobro*", "demanda judicial", "demandar*", "tribunal*",
    "buró de crédito",
    "action en justice", "poursuites", "agence de recouvrement", "procès", "huissier*",
    "rechtliche schritte", "klage", "verklagen", "inkasso*", "gericht*", "schufa",
)
_THREAT_PATTERNS = [
    (t.rstrip("*"), re.compile(r"\b" + re.escape(t.rstrip("*")) + (r"\w*" if t.endswith("*") else r"\b"),
                               re.IGNORECASE))
    for t in THREATS
]
GREETINGS = ("dear ", "hi ", "hello", "hola", "estimad", "bonjour", "cher ", "chère", "hallo", "guten tag",
             "sehr geehrte", "good morning", "good afternoon")
# Wording of the firm and final letters; never in a friendly or professional reply.
FIRM_WORDING = (
    "final notice", "final reminder", "final demand", "last reminder", "immediately", "without further delay",
    "failure to pay", "please make sure the payment reaches us", "will be reviewed again",
)
# What a reply must say to show it understood the dispute reason (any one of the words).
REASON_WORDS = {
    "pricing": ("price", "pricing", "priced", "rate"),
    "quantity_short": ("quantit", "short", "units"),
    "damaged_defective": ("damage", "defect"),
    "not_received": ("not received", "delivery", "deliver"),
    "duplicate_billing": ("duplicate", "twice", "double"),
    "missing_po_or_docs": ("purchase order", "document", " po "),
    "tax": ("tax", "vat"),
    "returns_credit": ("return", "credit"),
    "service_issue": ("service",),
    "other": ("issue", "query", "question"),
}
NEXT_STEP_WORDS = ("checking", "reviewing", "review", "will send", "credit note", "come back to you",
                   "get back to you", "look into", "investigat")
DOCUMENT_WORDS = ("attached", "attach", "will send", "to follow", "separately", "shortly")
REMITTANCE_WORDS = ("remittance", "payment reference")
PLAN_WORDS = ("payment plan", "instalment", "installment")
_CURRENCY_SIGNS = {"€": "EUR", "£": "GBP", "CA$": "CAD", "A$": "AUD"}
_CURRENCY_CODE = re.compile(r"\b(USD|EUR|GBP|CAD|AUD|CHF|MXN)\b")


class OtherCustomer(BaseModel):
    """A different customer of ours: nothing of theirs may appear in this case's draft."""

    name: str
    email: str
    invoice: str


class CaseLedger(BaseModel):
    as_of: date
    snapshot: LedgerSnapshot | None  # None: the sender matches no customer
    other: OtherCustomer


def _digest(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


def _currency(case: Case, clean: CleanMessage) -> str:
    stated = next((p.get("currency") for p in case.expected.promises if p.get("currency")), None)
    if stated:
        return str(stated)
    text = f"{clean.subject}\n{clean.new_text}"
    code = _CURRENCY_CODE.search(text)
    if code:
        return code.group(1)
    return next((cur for sign, cur in _CURRENCY_SIGNS.items() if sign in text), "USD")


def _company(address: str) -> str:
    domain = address.rsplit("@", 1)[-1].split(".")[0]
    return " ".join(w.capitalize() for w in re.split(r"[-_]", domain) if w) or "Customer"


def _free_number(seed: int, taken: set[str]) -> str:
    for step in range(1000):
        number = f"INV-{80000 + (seed + step * 7919) % 19999:05d}"
        if number not in taken:
            return number
    raise RuntimeError("no free invoice number")


def _invoice(number: str, case_id: str, as_of: date, currency: str) -> InvoiceView:
    h = _digest(case_id, number)
    amount = (Decimal(150_00 + h % 2_400_000) / 100).quantize(Decimal("0.01"))
    # Due from 20 days ahead to 75 days ago, so the aging and hence the tone vary by case.
    days_past_due = (h >> 24) % 96 - 20
    due = as_of - timedelta(days=days_past_due)
    partial = (h >> 40) % 5 == 0
    open_balance = (amount * Decimal("0.6")).quantize(Decimal("0.01")) if partial else amount
    return InvoiceView(number=number, po_number=f"PO-{h % 90000 + 10000}", issue_date=due - timedelta(days=30),
                       due_date=due, amount=amount, open_balance=open_balance, currency=currency,
                       status="partially_paid" if partial else "open", days_past_due=days_past_due)


def case_ledger(case: Case, clean: CleanMessage, reading: Reading) -> CaseLedger:
    """The sender's account as the ledger would hold it, derived only from the case itself."""
    as_of = clean.date.astimezone(timezone.utc).date() if clean.date else datetime.now(timezone.utc).date()
    text = f"{clean.subject}\n{clean.new_text}\n{clean.quoted_text}"
    taken = set(re.findall(r"INV-\d+", text)) | set(case.expected.invoices)
    own_extra = _free_number(_digest(case.id, "own"), taken)
    other = OtherCustomer(name="Harborview Logistics", email="payables@harborview-logistics.example",
                          invoice=_free_number(_digest(case.id, "other"), taken | {own_extra}))
    sender = (clean.from_addr or "").lower()
    if not sender:
        return CaseLedger(as_of=as_of, snapshot=None, other=other)
    h = _digest(case.id)
    currency = _currency(case, clean)
    numbers = list(dict.fromkeys(case.expected.invoices)) + [own_extra]
    invoices = sorted((_invoice(n, case.id, as_of, currency) for n in numbers), key=lambda i: i.due_date)
    broken = 2 if h % 7 == 0 else 0
    customer = CustomerView(
        id=1 + h % 100_000, external_id=f"C{h % 100_000:05d}", name=_company(sender), segment=SEGMENTS[h % len(SEGMENTS)],
        terms_days=30, currency=currency, timezone="UTC", owner=None, do_not_contact=False, on_hold=False,
        automation_stopped=False,
        contacts=[ContactView(email=sender, name=clean.from_name, role="ap", primary=True, opt_out=False)],
    )
    snapshot = LedgerSnapshot(
        as_of=as_of, customer=customer, open_invoices=invoices,
        mentioned_invoices=[i for i in invoices if i.number in reading.invoices],
        payments=[], disputes=[],
        promises=[PromiseView(id=n + 1, status="broken", amount=None, promised_date=as_of - timedelta(days=60 + 30 * n),
                              invoices=[], judged_on=as_of - timedelta(days=55 + 30 * n)) for n in range(broken)],
        aging=aging(invoices), dunning_stage=dunning_stage(invoices), broken_promises_12m=broken,
    )
    return CaseLedger(as_of=as_of, snapshot=snapshot, other=other)


class OtherCustomersReplies:
    """Reply memory that offers an approved reply to another customer as the closest example,
    so a drafter that copies from examples is caught leaking that customer's data."""

    def __init__(self, other: OtherCustomer) -> None:
        self.other = other

    def similar(self, text: str, *, customer_id: int | None, intent: str, k: int = 3) -> list[str]:
        return [f"Dear Sam,\n\nThank you for confirming payment of USD 4,310.00 for {self.other.invoice} by "
                f"Friday, March 6, 2026. Copies go to {self.other.email}.\n\nKind regards,\n{self.other.name} AR"]


@lru_cache(maxsize=1)
def _tones() -> dict[str, Any]:
    return json.loads(load("replies/tones.json").text)


def _excerpt(text: str, start: int = 0, end: int | None = None, width: int = 40) -> str:
    end = start if end is None else end
    piece = text[max(0, start - width): end + width]
    return " ".join(piece.split())


def _has(body: str, words: tuple[str, ...]) -> bool:
    lowered = f" {body.lower()} "
    return any(w in lowered for w in words)


def _domain(address: str | None) -> str:
    return (address or "").rsplit("@", 1)[-1].lower()


def required_elements(expected: Expected, body: str, *, snapshot: LedgerSnapshot, reading: Reading,
                      plan: Plan, sender: str | None) -> tuple[list[str], list[str]]:
    """(elements looked for, elements missing) for the reply to a message with these labels."""
    intents = set(expected.intents)
    wanted: list[tuple[str, bool]] = []
    if "promise_to_pay" in intents:
        for p in expected.promises:
            if p.get("amount") is not None:
                figure = f"{Decimal(str(p['amount'])):,.2f}"
                wanted.append((f"promise amount {figure}", figure in body))
            day = long_date(date.fromisoformat(p["date"]))
            wanted.append((f"promise date {day}", day in body))
            wanted += [(f"promise invoice {n}", n in body) for n in p.get("invoices") or []]
    if "dispute" in intents:
        # The labels list every invoice the sender names, not which are contested ("INV-2 is not
        # affected"), so the reply must name one of them and every invoice the plan opens a query on.
        promised = {n for p in expected.promises for n in p.get("invoices") or []}
        named = [n for n in expected.invoices if n not in promised] or list(expected.invoices)
        if named:
            wanted.append((f"disputed invoice ({' or '.join(named)})", any(n in body for n in named)))
        queried = [a.invoice for a in plan.actions if isinstance(a, OpenDispute)]
        wanted += [(f"queried invoice {n}", n in body) for n in dict.fromkeys(queried)]
        reasons = expected.dispute_reasons or ["other"]
        wanted.append((f"dispute reason ({', '.join(reasons)})",
                       any(_has(body, REASON_WORDS.get(r, ())) for r in reasons)))
        wanted.append(("dispute next step", _has(body, NEXT_STEP_WORDS)))
    if "invoice_request" in intents:
        wanted.append(("document attached or to follow", _has(body, DOCUMENT_WORDS)))
    if "balance_inquiry" in intents:
        wanted += [(f"open invoice {i.number}", i.number in body) for i in snapshot.open_invoices]
        total = f"{snapshot.balance:,.2f}"
        wanted.append((f"total open {total}", total in body))
    if "payment_sent" in intents:
        wanted.append(("thanks for the payment", _has(body, ("thank",))))
        if not any(c.reference for c in reading.payments):
            wanted.append(("asks for the remittance", _has(body, REMITTANCE_WORDS)))
    if "payment_plan_request" in intents:
        wanted.append(("payment plan terms", _has(body, PLAN_WORDS)))
    if "contact_change" in intents and expected.new_contact:
        # A redirect to another domain is left for a person to verify, so the reply may not confirm it.
        if _domain(expected.new_contact) == _domain(sender):
            wanted.append((f"new contact {expected.new_contact}", expected.new_contact.lower() in body.lower()))
    return [name for name, _ in wanted], [name for name, ok in wanted if not ok]


def forbidden_content(body: str, *, allowed_emails: set[str], other: OtherCustomer) -> list[DraftProblem]:
    found: list[DraftProblem] = []
    # The greeting names a person ("Dear Sue,"): names are not threats.
    greeting_end = body.find("\n") if body.lstrip().lower().startswith(GREETINGS) else 0
    for term, pattern in _THREAT_PATTERNS:
        for m in pattern.finditer(body, max(greeting_end, 0)):
            found.append(DraftProblem(check="forbidden", detail=f"threat: {term}",
                                      excerpt=_excerpt(body, m.start(), m.end())))
    for m in EMAIL_PATTERN.finditer(body):
        if m.group(0).lower() not in allowed_emails:
            found.append(DraftProblem(check="forbidden", detail=f"address other than the sender's: {m.group(0)}",
                                      excerpt=_excerpt(body, m.start(), m.end())))
    for label, value in (("another customer's invoice", other.invoice), ("another customer's name", other.name)):
        at = body.find(value)
        if at >= 0:
            found.append(DraftProblem(check="forbidden", detail=f"{label}: {value}",
                                      excerpt=_excerpt(body, at, at + len(value))))
    return found


def tone_problems(body: str, tone: str) -> list[str]:
    """The greeting and closing of the requested tone present; no firmer tone's markers."""
    tones = _tones()
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
    problems: list[str] = []
    greetings = (tones["greeting"][tone].split("{name}")[0].strip(), tones["greeting_no_name"][tone].rstrip(","))
    if not lines or not lines[0].startswith(greetings):
        problems.append(f"greeting of a {tone} reply missing (expected {' or '.join(greetings)})")
    closing = tones["closing"][tone].splitlines()[0].strip()
    if closing not in lines:
        problems.append(f"closing of a {tone} reply missing (expected {closing!r})")
    if TONES.index(tone) < TONES.index("firm"):  # type: ignore[arg-type]
        firm_closings = {tones["closing"][t].splitlines()[0].strip() for t in ("firm", "final")} - {closing}
        problems += [f"firm closing {c!r} in a {tone} reply" for c in sorted(firm_closings) if c in lines]
        problems += [f"firm wording {w!r} in a {tone} reply" for w in FIRM_WORDING if w in body.lower()]
    return problems


def check_draft(case: Case, clean: CleanMessage, reading: Reading, ledger: CaseLedger, reply: Reply) -> DraftResult:
    """Every check on the reply drafted for one case (or on its absence)."""
    intents = set(case.expected.intents)
    draft_expected = ledger.snapshot is not None and not (intents & NO_DRAFT_INTENTS)
    text = reply.draft
    result = DraftResult(drafted=text is not None, draft_expected=draft_expected,
                         reading_wrong=differences(case.expected.model_dump(), reading.case_view()))
    if text is None:
        if draft_expected:
            result.problems.append(DraftProblem(check="missing_draft", detail="no reply drafted for a message "
                                                "that needs one", excerpt=" ".join(reply.plan.notes)))
        return result
    if not draft_expected:
        result.problems.append(DraftProblem(check="unexpected_draft", detail="a reply was drafted for a message "
                                            "that must get none", excerpt=_excerpt(text.body, 0, 80)))
    body = text.body
    result.tone, result.usage = text.tone, text.usage
    if ledger.snapshot is None:  # only reachable with a broken planner; the checks need the account
        return result

    facts = facts_for(ledger.snapshot, clean, reading, own_address=OWN_ADDRESS)
    draft_text = f"{text.subject}\n{body}"
    flags = grounding_check(draft_text, facts)
    result.grounding_violations = len(flags)
    result.problems += [DraftProblem(check="grounding", detail=f"{f.kind} {f.span!r}: {f.reason}",
                                     excerpt=_excerpt(draft_text, f.start, f.end)) for f in flags]

    looked_for, missing = required_elements(case.expected, body, snapshot=ledger.snapshot, reading=reading,
                                            plan=reply.plan, sender=clean.from_addr)
    result.required_elements, result.required_elements_missing = looked_for, missing
    result.problems += [DraftProblem(check="required", detail=f"missing {m}", excerpt=_excerpt(body, 0, 120, 0))
                        for m in missing]

    allowed = {a.lower() for a in (clean.from_addr, clean.reply_to, case.expected.new_contact, reading.new_contact,
                                   parseaddr(OWN_ADDRESS)[1]) if a}
    forbidden = forbidden_content(body, allowed_emails=allowed, other=ledger.other)
    result.forbidden = [p.detail for p in forbidden]
    result.problems += forbidden

    result.length = len(body.strip())
    result.length_ok = MIN_LENGTH <= result.length <= MAX_LENGTH
    if not result.length_ok:
        result.problems.append(DraftProblem(check="length", detail=f"{result.length} characters of body "
                                            f"(allowed {MIN_LENGTH}–{MAX_LENGTH})", excerpt=_excerpt(body, 0, 80, 0)))

    tone = tone_problems(body, text.tone)
    result.tone_ok = not tone
    result.problems += [DraftProblem(check="tone", detail=t, excerpt=_excerpt(body, 0, 80, 0)) for t in tone]
    return result


def draft_case(case: Case, clean: CleanMessage, reading: Reading, *,
               model_drafter: ModelDrafter | None = None) -> tuple[CaseLedger, Reply]:
    """The reply the agent drafts for this case on its synthetic ledger."""
    ledger = case_ledger(case, clean, reading)
    deps = DraftingDeps(from_address=OWN_ADDRESS, today=lambda: ledger.as_of,
                        memory=OtherCustomersReplies(ledger.other), model_drafter=model_drafter)
    return ledger, draft_for(reading, ledger.snapshot, clean, deps)


def draft_check(*, model_drafter: ModelDrafter | None = None) -> DraftCheck:
    """The runner's draft check: draft the reply to each case, then check it."""

    def run(case: Case, clean: CleanMessage, reading: Reading) -> DraftResult:
        ledger, reply = draft_case(case, clean, reading, model_drafter=model_drafter)
        return check_draft(case, clean, reading, ledger, reply)

    return run
