"""The offline reasoner: turns a cleaned message into a Reading with rules and phrase tables.

Only the sender's new text and the subject are read (never the quoted thread). The text is
cut into clauses; each clause is matched against the phrase tables of `lexicons`, and the
findings that need structure (promises, disputes, payment claims) are assembled from the
dates, amounts and invoice numbers found in the same clause. Every finding carries the clause
it came from as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

from agent.offline import classifier
from agent.offline import lexicons as lx
from agent.quoting import first_quoted_message
from agent.offline.amounts import AmountMention, as_money, find_amounts
from agent.offline.dates import DateMention, find_dates
from agent.offline.invoices import InvoiceMention, find_invoices, invoice_numbers
from agent.offline.text import Clause, clauses, fold
from agent.reading import (
    DisputeFinding,
    Evidence,
    PaymentClaimFinding,
    PromiseFinding,
    Reading,
)
from agent.reasoner import ReadingContext

_PROMISE = lx.compile_table(lx.PROMISE)
_NEGATION = lx.compile_table(lx.NEGATION)
_CONDITION = lx.compile_table(lx.CONDITION)
_HEDGE = lx.compile_table(lx.HEDGE)
_QUESTION = lx.compile_table(lx.QUESTION_OPENERS)
_PAID = lx.compile_table(lx.PAYMENT_SENT)
_DISPUTE = lx.compile_table(lx.DISPUTE)
_REASONS = {
    reason: (lx.compile_table(strong), lx.compile_table(weak))
    for reason, (strong, weak) in lx.DISPUTE_REASONS.items()
}
# One pass to rule out most clauses before trying each reason on its own.
_ANY_STRONG_REASON = lx.compile_table([f for strong, _weak in lx.DISPUTE_REASONS.values() for f in strong])
_INVOICE_REQUEST = lx.compile_table(lx.INVOICE_REQUEST)
_DOCUMENTS = {kind: re.compile(p) for kind, p in lx.DOCUMENT_KINDS.items()}
_PLAN = lx.compile_table(lx.PAYMENT_PLAN)
_BALANCE = lx.compile_table(lx.BALANCE_STRONG)
_BALANCE_Q = lx.compile_table(lx.BALANCE_QUESTION)
_CONTACT = lx.compile_table(lx.CONTACT_STRONG)
_CONTACT_WEAK = lx.compile_table(lx.CONTACT_WEAK)
_CEASE = lx.compile_table(lx.CEASE_LEGAL)
_AUTO = lx.compile_table(lx.AUTO_REPLY)
_INJECTION = lx.compile_table(lx.INJECTION)
_BROADCAST = lx.compile_table(lx.BROADCAST)
_STOP = lx.compile_table(lx.STOP_CONTACT)
_CORRECTION = lx.compile_table(lx.CORRECTION)
_SUPPORTING = lx.compile_table(lx.SUPPORTING_DOCS)
_PRONOUN_START = re.compile(
    r"^(?:and |so |but |et |mais |y |pero |und )?(?:it|this|that|they|these|both|them|the (?:payment|wire|transfer|check|cheque|balance|ach|funds)|"
    r"payment|funds|elle|elles|celle-ci|celles-ci|esta|esa|estas|esas|diese)\b"
)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|rv|tr|sv|antw|r|enc|res)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_REQUEST = re.compile(r"(?<![\w'])(?:(?:please|kindly)(?! (?:be advised|be informed|note|find|see))|could you|can you|would you|por favor|podrian|pourriez|merci de|veuillez|bitte|konnten sie|konnen sie)(?![\w])")
_CONFIRM = re.compile(r"(?<![\w'])(?:please (?:confirm|advise|let (?:us|me) know|tell)|could you (?:confirm|tell)|can you (?:confirm|tell)|confirmer|confirmar|bestatigen)(?![\w])")
_PAYMENT_WORD = re.compile(
    r"(?<![\w'])(?:pay|paying|paid|payment|remit|remittance|wire|wired|ach|eft|bacs|sepa|transfer|settle|cheque|check run|(?:a|the|our) check|"
    r"(?:mid-month|month-end|month end|weekly|creditors|supplier|vendor) run|"
    r"pagar|pago|abonar|transferencia|payer|paiement|regler|reglement|virement|zahlen|zahlung|bezahlen|uberweisung|uberweisen)(?![\w])"
)
# "Le virement de 22 610,00 € partira le 30 novembre": the payment itself is what the sentence is about.
_PROVIDED = re.compile(
    r"(?<![\w'])(?:provided(?: that)?|providing|as long as|on condition that|only if|siempre que|siempre y cuando|con tal de que|"
    r"a condition que|pourvu que|sous reserve (?:de|que)|vorausgesetzt|sofern|unter der voraussetzung)(?![\w])"
)
_AT_THE_LATEST = re.compile(r"\s*,?\s*(?:at the latest|latest|au plus tard|a mas tardar|como muy tarde|spatestens)\b")
_PAYMENT_SUBJECT = re.compile(
    r"^(?:the |our |le |la |notre |el |nuestra |nuestro |die |unsere |der )?(?:payment|transfer|wire|virement|paiement|"
    r"reglement|transferencia|pago|zahlung|uberweisung)\b"
)
_FIRST_PERSON = re.compile(r"(?<![\w'])(?:we|i|we'll|i'll|our|nous|je|wir|ich|nosotros|vamos)(?![\w])")
_HELPDESK = re.compile(
    r"(?:for|with) (?:any )?(?:questions|queries|enquiries|inquiries)|questions about this|if you have (?:any )?questions"
    r"|para (?:aclaraciones|dudas|consultas)|pour (?:toute )?(?:question|information|renseignement)s?|bei (?:fragen|ruckfragen)"
    r"|(?:questions|queries|enquiries|inquiries) (?:regarding|about|concerning|on|relating to|related to) (?:this|the|our) (?:payment|remittance|advice|transfer)"
)
# "Please carry on sending everything to me" / "I'm still your contact": whoever else is named, the contact stays.
_CONTACT_STAYS = re.compile(
    r"(?<![\w'])(?:(?:i'm|i am|i remain) still (?:your|the) (?:contact|point of contact)|(?:i'm|i am) still (?:your|the) (?:contact|person)"
    r"|(?:carry on|continue|keep) (?:to )?(?:send|sending|address|addressing|write|writing|direct|directing|email|emailing)\b[^.?!]{0,50}\bto me\b"
    r"|(?:please )?keep (?:writing|sending|emailing) (?:to )?me)"
)
# "Is there a form, and do you need their resale certificate?" asks what we need; it contests nothing.
_ASKS_REQUIREMENTS = re.compile(r"(?<![\w'])(?:do|does|will|would) (?:you|your (?:\w+ )?team) (?:need|require|want)(?![\w])")
# A payment already sent that "should be with you tomorrow" is arriving, not being promised.
_ARRIVAL = re.compile(
    r"(?<![\w'])(?:be with you|reach (?:you|your)|arrive|land|hit (?:your|the)|clear|reflect|show (?:up )?(?:in|on)|be in your|be credited|be received)(?![\w])"
)
_REMITTED = re.compile(
    r"(?<![\w'])(?:pa(?:y|id)\w*|pd|remit\w*|wire\w*|transfer\w*|checks?|cheques?|ach|eft|funds|pag\w*|abon\w*|paie\w*|pay\w*|regl\w*|virement|"
    r"zahl\w*|bezahl\w*|uberw\w*|beglich\w*|invoices?|facturas?|factures?|rechnung\w*|inv-?\d+|\d{5})(?![\w])"
)
# "The cheque was mailed Monday … please give it a few more days": patience with the post, not a request for time.
_PATIENCE = re.compile(r"(?<![\w'])give it (?:a few|a couple of|a couple|some|another few|a|one|two|\d+)(?: more)? (?:more )?(?:business |working )?days?(?![\w])")
# Payment evidence that is only a label ("Confirmation of payment - Invoice 64012", "Payment method: SEPA")
# says nothing was paid when the same message commits to a future date.
_PAID_LABEL_ONLY = re.compile(
    r"^(?:sub(?:ject)?:\s*)?(?:confirmation of (?:the )?payment|payment (?:confirmation|advice|notification|proposal)|remittance advice\W+payment proposal|(?:zahlungsavis|aviso de pago|avis de paiement)(?:\W*$|\s*[-:|])|"
    r"payment (?:date|number|method)\s*:)"
)
_SCHEDULED = re.compile(r"(?:is|are) (?:\w+ )?(?:scheduled|booked|queued|slated|set up|planned)\b")
_EU_TLDS = (".uk", ".de", ".fr", ".es", ".eu", ".ie", ".it", ".nl", ".be", ".at", ".ch", ".pt", ".se", ".dk", ".no", ".fi", ".pl", ".lu")


@dataclass
class _Part:
    """Subject or body, folded, with its clauses and mentions."""

    raw: str
    folded: str
    clauses: list[Clause]
    dates: list[DateMention]
    amounts: list[AmountMention]
    invoices: list[InvoiceMention]
    is_subject: bool = False


@dataclass
class _Findings:
    intents: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)
    promises: list[PromiseFinding] = field(default_factory=list)
    disputes: list[DisputeFinding] = field(default_factory=list)
    payments: list[PaymentClaimFinding] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    strength: float = 0.0
    legal: bool = False
    weak_reasons: list[str] = field(default_factory=list)
    # (reason, names an invoice of its own, its sentence adds a problem) per coordinated part
    part_reasons: list[tuple[str, bool, bool]] = field(default_factory=list)
    paid_clauses: dict[int, int] = field(default_factory=dict)  # clause start -> payments index
    listed_reasons: set[str] = field(default_factory=set)  # reasons named on their own list items
    paragraphs: dict[str, set[int]] = field(default_factory=dict)  # reason -> paragraphs naming it
    settled: bool = False  # the sender called off a complaint ("so it's right, never mind")

    def add(self, intent: str, clause: Clause, part: _Part, label: str | None = None, weight: float = 1.0) -> None:
        self.intents.add(intent)
        self.strength = max(self.strength, weight)
        label = label or intent
        if any(e.label == label and e.quote == clause.raw for e in self.evidence):
            return
        start, end = (None, None) if part.is_subject else (clause.start, clause.end)
        self.evidence.append(Evidence(label=label, quote=clause.raw, start=start, end=end))


class OfflineReasoner:
    """Rules and phrase tables, with a small linear model where the rules are weakest; no network,
    deterministic. `model=None` reads with the rules alone; by default the packaged model is used."""

    name = "offline"

    def __init__(self, model: classifier.ReaderModel | None | str = "shipped") -> None:
        self._model = model

    @property
    def model(self) -> classifier.ReaderModel | None:
        return classifier.shipped_model() if self._model == "shipped" else self._model

    def read(self, message, context: ReadingContext | None = None) -> Reading:
        context = context or ReadingContext()
        anchor = _anchor(message, context)
        day_first = _day_first(message, anchor)
        dollar = _thread_dollar(message, context)
        # A bare "62810" in a reply names an invoice when the ledger, or the reminder being answered
        # (quoted below), lists it as INV-62810.
        quoted = invoice_numbers(find_invoices(fold(message.quoted_text or "")))
        known = frozenset(context.open_invoices) | frozenset(quoted)
        subject_raw = message.subject or ""
        is_reply = bool(_REPLY_PREFIX.match(subject_raw))
        subject = _part(_REPLY_PREFIX.sub("", subject_raw), anchor, day_first, known, is_subject=True, dollar=dollar)
        body = _part(message.new_text or "", anchor, day_first, known, dollar=dollar)
        blocked = _injection_blocks(body.folded)
        invoices = invoice_numbers(subject.invoices + body.invoices)

        # A remittance that arrives with an auto-reply header is still a remittance; "messages are
        # processed in order of receipt" is not one.
        paid_notice = any(_REMITTED.search(c.text) for c in body.clauses if _PAID.search(c.text))
        if message.auto_reply and message.auto_reply_kind == "auto_generated" and _BULK.search(body.folded) and not paid_notice:
            # A newsletter or promotion sent to the AR mailbox: automated, but it answers nothing of ours.
            return Reading(
                intents=["other"],
                invoices=invoices,
                language=message.language,
                evidence=[Evidence(label="other", quote=(body.clauses[0].raw if body.clauses else subject.raw)[:300])],
                confidence=0.7,
            )
        if (message.auto_reply and not paid_notice) or (not message.auto_reply and _looks_automatic(body)):
            return Reading(
                intents=["auto_reply"],
                invoices=invoices,
                return_date=message.return_date,
                language=message.language,
                evidence=[Evidence(label="auto_reply", quote=(body.clauses[0].raw if body.clauses else subject.raw)[:300])],
                confidence=0.95 if message.auto_reply else 0.7,
            )

        parts = [body] if is_reply else [subject, body]
        note = _endorsed_note(message)
        if note:
            # "See below from our warehouse. I agree with Kev": the colleague's note is the sender's word.
            parts.append(_part(note, anchor, day_first, known, dollar=dollar))
        found = _Findings()
        broadcast = not invoices and bool(_BROADCAST.search(body.folded))
        for part in parts:
            previous: Clause | None = None
            for index, clause in enumerate(part.clauses):
                if not part.is_subject and _in_blocks(clause.start, blocked):
                    found.add("other", clause, part, label="other:instruction_in_text", weight=0.5)
                    continue
                _read_clause(clause, part, found, anchor.date(), previous, broadcast, part.clauses[index + 1 :])
                previous = clause
        _attach_default_invoices(found, invoices)
        _complete_from_table(found, body)
        unique: list[PromiseFinding] = []
        for promise in found.promises:
            # The same commitment read twice is one; read once with its figure and once without, the
            # figure stays.
            twin = next((k for k in unique if k.date == promise.date and set(k.invoices) == set(promise.invoices)
                         and (k.amount == promise.amount or None in (k.amount, promise.amount))), None)
            if twin is None:
                unique.append(promise)
            elif twin.amount is None:
                unique[unique.index(twin)] = promise
        found.promises[:] = unique
        _drop_superseded(found, body)
        if found.promises and found.payments:
            _drop_label_payments(found)
        if "invoice_request" not in found.intents and "missing_po_or_docs" in found.reasons:
            # The document must be what the sentence asks for: "please submit a corrected invoice"
            # next to "our exemption certificate was provided" asks for no document.
            for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", body.folded):
                asked = _REQUEST.search(sentence) or re.search(r"\b(?:send|resend|provide|attach)\b", sentence)
                pointing = re.search(r"\b(?:send|resend|provide|attach|forward|share) (?:it|them|one|this|that|those|these|a copy|over)\b", sentence)
                if asked and (_SUPPORTING.search(sentence) or (pointing and _SUPPORTING.search(body.folded))):
                    found.intents.add("invoice_request")
                    break

        flat = re.sub(r"\s+", " ", body.folded)
        if found.reasons and (
            (set(found.reasons) <= {"pricing"} and _INVOICE_FINE.search(body.folded)) or _NOT_DISPUTING.search(flat)
        ) and not _DISPUTE.search(_NOT_DISPUTING.sub(" ", flat)):
            # "The price is a bit higher than last time … the invoice itself is correct and approved":
            # a question about a price the sender accepts disputes nothing.
            _drop_disputes(found)
        elif _settled(body.folded) and not _STILL_OPEN.search(body.folded):
            _drop_disputes(found)
        if "quantity_short" not in found.reasons and _table_shortfall(body.folded):
            # "Item  Ordered  Received  Billed / HX-240  25  19  25": a row billed above what came.
            found.reasons.append("quantity_short")
            found.intents.add("dispute")
        if not found.reasons and "dispute" in found.intents and "invoice_request" in found.intents and _ADMIN_HOLD.search(flat):
            # "Every invoice is on a vendor-level hold until we receive a fresh W-9": a form or portal
            # step the sender asks for, not a complaint about the invoice.
            _drop_disputes(found)
        if _NEVER_ORDERED.search(flat):
            # "We've never ordered anything from you … there's no PO": the invoice is not theirs,
            # and the missing PO only says so; no document would put it right.
            _forget_reason(found, "missing_po_or_docs")
            _forget_reason(found, "pricing")  # "aucun devis accepté" only says there was no deal
            _forget_reason(found, "not_received")  # nothing came because nothing was ordered
            if not found.reasons:
                found.reasons.append("other")  # named by the rule, so the model leaves it
        if set(found.reasons) <= {"pricing"} and _BILLING_TERMS.search(flat):
            # "Those items are on consignment … bill the usage, like the agreement says": when to
            # bill is contested, not the price.
            _forget_reason(found, "pricing")
        main = _main_reason(found.reasons)
        found.reasons = main + _further_reasons(found, main, body.folded) if main else _main_reason(found.weak_reasons)
        if found.reasons or "dispute" in found.intents:
            found.intents.add("dispute")
            if not found.reasons:
                found.reasons.append("other")
        if "payment_plan_request" in found.intents and len(found.promises) >= 2 and not any(
            e.label == "payment_plan_request" and (e.quote.rstrip().endswith("?") or _PLAN_ASKED.search(fold(e.quote)))
            for e in found.evidence
        ):
            # "We're settling INV-1 in two payments. $3,000.00 goes out Friday 6/12 and the rest on 6/26":
            # instalments stated with their dates are promises; nothing is asked.
            found.intents.discard("payment_plan_request")
        if "promise_to_pay" in found.intents and not found.promises:
            found.intents.discard("promise_to_pay")
        if "contact_change" in found.intents and (found.legal or _CONTACT_STAYS.search(body.folded)):
            # A lawyer's "direct all communication to the undersigned" stops automation rather than
            # re-addressing it; a sender who says they remain the contact redirects nothing.
            found.intents.discard("contact_change")
        new_contact = _new_contact(body, message) if "contact_change" in found.intents else None
        if new_contact and "cease_or_legal" in found.intents and not found.legal:
            # "stop sending these to me, write to tim@..." redirects rather than stops contact.
            found.intents.discard("cease_or_legal")
        if not found.intents:
            found.intents.add("other")
        if found.payments:
            _attach_references(found.payments, message.new_text or "")
        confidence = 0.4 if found.intents == {"other"} else min(0.95, 0.55 + 0.4 * found.strength)
        model = self.model
        if model is not None and not blocked:
            if _second_opinion(model, found, bool(main), subject_raw, body, invoices):
                confidence = min(confidence, 0.5)
        return Reading(
            intents=sorted(found.intents),
            dispute_reasons=sorted(set(found.reasons)),
            promises=found.promises,
            disputes=found.disputes,
            payments=found.payments,
            invoices=invoices,
            new_contact=new_contact,
            documents_requested=_documents(body) if "invoice_request" in found.intents else [],
            return_date=message.return_date,
            language=message.language,
            evidence=found.evidence,
            confidence=round(confidence, 2),
            reasoner=self.name,
        )


# A payment's own reference as remitters write it: "ref 748761", "ACH trace 021000052110478",
# "FT26317814328", "Check #47674", "Verwendungszweck: RE 2026-118", "referencia 55821".
_REFERENCE = re.compile(
    r"(?:\b(?:ref(?:erence)?|trace(?:\s+(?:number|no\.?))?|confirmation(?:\s+(?:number|no\.?|code))?|"
    r"transaction(?:\s+(?:id|number|no\.?))?|wire\s+ref|utr|imad|omad|payment\s+id|check|cheque|chèque|"
    r"scheck|verwendungszweck|referencia|référence|r[ée]f\.?|n[º°o]\.?\s+de\s+(?:referencia|transferencia|virement)|"
    r"zahlungsreferenz|txn)\b\s*(?:#|no\.?|number|nr\.?|:|=)?\s*)"
    r"(?P<ref>(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,})",
    re.IGNORECASE,
)
_BARE_WIRE_ID = re.compile(r"\b(?P<ref>FT\d{8,}|[A-Z]{2,4}\d{9,})\b")


def _attach_references(payments: list[PaymentClaimFinding], text: str) -> None:
    """Give payment claims the reference the sender quotes, so the reply need not ask for it."""
    refs: list[str] = []
    for pattern in (_REFERENCE, _BARE_WIRE_ID):
        for m in pattern.finditer(text):
            ref = m.group("ref").strip("-/")
            if not ref.upper().startswith("INV") and ref not in refs and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref):
                refs.append(ref)
    for payment, ref in zip([p for p in payments if not p.reference], refs):
        payment.reference = ref


def _second_opinion(model, found: _Findings, strong: bool, subject: str, body: _Part, invoices: list[str]) -> bool:
    """Let the model fill in where the rules found no reason, only a weak one, or only "other";
    True when it changed the reading."""
    view = classifier.RuleView(intents=set(found.intents), reasons=list(found.reasons), reasons_strong=strong)
    change = classifier.refine(model, view, classifier.features(subject, body.raw))
    if found.settled and "dispute" in change.add_intents:
        change.add_intents.remove("dispute")  # the sender called the complaint off; it stays off
        change.drop_other = change.drop_other and bool(change.add_intents)
        if "dispute" not in found.intents:
            change.reasons = None
    if not change.add_intents and change.reasons is None:
        return False
    quote = max(body.clauses, key=lambda c: len(c.raw)) if body.clauses else None
    if change.drop_other:
        found.intents.discard("other")
        found.evidence = [e for e in found.evidence if e.label != "other"]
    for intent in change.add_intents:
        found.intents.add(intent)
        if quote is not None:
            found.evidence.append(Evidence(label=intent, quote=quote.raw[:300], start=quote.start, end=quote.end))
    if change.reasons is not None and change.reasons != found.reasons:
        found.reasons = change.reasons
        reason = change.reasons[0]
        if found.disputes:
            for d in found.disputes:
                d.reason = reason
        else:
            evidence = quote.raw[:300] if quote is not None else None
            found.disputes = [DisputeFinding(invoice=n, reason=reason, evidence=evidence) for n in invoices or [None]]
        if quote is not None and not any(e.label.startswith("dispute:") for e in found.evidence):
            found.evidence.append(Evidence(label=f"dispute:{reason}", quote=quote.raw[:300], start=quote.start, end=quote.end))
        return True
    return bool(change.add_intents)


def _anchor(message, context: ReadingContext) -> datetime:
    if message.date is not None:
        return message.date
    tz = timezone.utc
    if context.timezone:
        try:
            tz = ZoneInfo(context.timezone)
        except Exception:  # noqa: BLE001 - an unknown zone name falls back to UTC
            tz = timezone.utc
    return datetime.now(tz)


def _day_first(message, anchor: datetime) -> bool:
    """UK/EU senders write 05/12 for 5 December; Americans for May 12."""
    if message.language in ("es", "fr", "de"):
        return True
    addr = (message.from_addr or "").lower()
    if addr.endswith(_EU_TLDS):
        return True
    text = fold(message.new_text or "")
    if _DAY_FIRST_DATE.search(text):
        return True  # "paid on 30/04" can only be day-first
    if _MONTH_FIRST_DATE.search(text):
        return False
    if any(a.currency in _DAY_FIRST_CURRENCIES for a in find_amounts(text)):
        return True  # pounds, euros, rupees, rand, Singapore and Australian dollars
    offset = anchor.utcoffset()
    # Europe, Africa, India, South-East Asia and Australia write the day first; the Americas
    # (west of UTC) mostly write the month first.
    return offset is not None and offset.total_seconds() >= 0


_DAY_FIRST_DATE = re.compile(r"(?<![\d/.])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\d{2,4})?(?![\d/])")
_MONTH_FIRST_DATE = re.compile(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?:/\d{2,4})?(?![\d/])")
_DAY_FIRST_CURRENCIES = frozenset(("GBP", "EUR", "INR", "ZAR", "SGD", "AUD", "NZD", "CHF"))
_DOLLARS = frozenset(("CAD", "AUD", "NZD", "SGD", "HKD", "MXN"))


_ADMIN_HOLD = re.compile(
    r"(?<![\w'])(?:w-?9|w-?8\w*|tin (?:check|match|mismatch)|1099|coupa|ariba|tungsten|basware|taulia|jaggaer|supplier portal|"
    r"lieferantenportal|portail fournisseurs?|portal de proveedores)(?![\w])"
)
_BULK = re.compile(
    r"(?<![\w'])(?:unsubscribe|you are receiving this (?:e-?mail|message|newsletter) because|update (?:your )?(?:e-?mail )?preferences|"
    r"view (?:this e-?mail )?in (?:your )?browser|se desabonner|darse de baja|abmelden)(?![\w])"
)
_ENDORSES = re.compile(
    r"(?<![\w'])(?:(?:i|we) (?:fully |completely )?agree with (?:him|her|them|\w+)|(?:he|she|they)(?:'s| is|'re| are) (?:quite |absolutely |completely )?right|"
    r"backing (?:him|her|them)|(?:i|we) (?:fully )?(?:support|stand behind|back) (?:his|her|their|this|the) (?:note|report|findings|assessment)|"
    r"as (?!i |we |you )(?:he|she|they|\w+) (?:says|said|explains|points out|reports)|"
    r"(?:estoy|estamos) de acuerdo con|tiene razon|(?:je suis|nous sommes) d'accord avec|(?:il|elle) a raison|"
    r"(?:ich|wir) (?:stimme|stimmen) (?:\w+ )?zu|(?:er|sie) hat recht|(?:ich|wir) sehen? das (?:genauso|ebenso)|sehe (?:ich|das) genauso)(?![\w])"
)


def _endorsed_note(message) -> str:
    """The colleague's note a sender forwards and stands behind ("see below from our warehouse"),
    when it comes from the sender's own organisation; never our own mail quoted back."""
    if not _ENDORSES.search(fold(message.new_text or "")):
        return ""
    author, text = first_quoted_message(message.quoted_text or "")
    sender = (message.from_addr or "").lower()
    if not author or not sender or author == sender or author.split("@")[-1] != sender.split("@")[-1]:
        return ""
    return text


def _thread_dollar(message, context: ReadingContext) -> str | None:
    """The dollar a bare "$" means in this thread: the customer's currency when the ledger knows
    it, else the one our quoted reminder bills in ("$3,960" answering an A$3,960.00 reminder)."""
    if context.currency in _DOLLARS:
        return context.currency
    quoted = {a.currency for a in find_amounts(fold(message.quoted_text or "")) if a.currency}
    return next(iter(quoted)) if len(quoted) == 1 and quoted <= _DOLLARS else None


def _part(raw: str, anchor: datetime, day_first: bool, known: frozenset[str], *, is_subject: bool = False,
          dollar: str | None = None) -> _Part:
    folded = fold(raw)
    # Mentions are found across hard-wrapped line breaks; clauses still split on them.
    flat = folded.replace("\r", " ").replace("\n", " ")
    dates = find_dates(flat, anchor, day_first=day_first)
    # "am 15.10." is a date, not a bare figure of 15.10.
    amounts = [a for a in find_amounts(flat) if not any(d.start <= a.start < d.end for d in dates)]
    if dollar:
        amounts = [
            replace(a, currency=dollar) if a.currency == "USD" and "$" in flat[a.start : a.end] and "us" not in flat[a.start : a.end] else a
            for a in amounts
        ]
    return _Part(
        raw=raw,
        folded=folded,
        clauses=clauses(raw, folded),
        dates=dates,
        amounts=amounts,
        invoices=find_invoices(flat, known),
        is_subject=is_subject,
    )


def _inside(items, clause: Clause):
    return [i for i in items if clause.start <= i.start and i.end <= clause.end]


def _looks_automatic(body: _Part) -> bool:
    head = body.folded[:600]
    return len(_AUTO.findall(head)) >= 2


def _negated(text: str, start: int, end: int) -> bool:
    """A negation shortly before a cue, or inside a cue that spans words ("werden nicht zahlen")."""
    begin = max(0, start - 30)
    while 0 < begin < start and text[begin - 1].isalnum():
        begin += 1  # a cut word is no word: "gone" must not read as French "ne"
    window = text[begin:end]
    if _NEGATION.search(window):
        return True
    return _negated_after(text, end)


def _negated_after(text: str, end: int) -> bool:
    """German and French put the negation after the object: "wir bestreiten die Rechnung nicht"."""
    after = text[end : end + 40]
    return bool(
        re.match(r"\s+(?:\w+\s+)?no\b(?! later| more than| mas tarde|\.?\s*\d)", after)  # "le chèque n° 0048213" numbers it
        or re.match(r"\s+(?:[\w-]+\s+){0,3}(?:nicht|pas)\b", after)
    )


def _injection_blocks(folded: str) -> list[tuple[int, int]]:
    """From the line an order aimed at software starts on to the end of its paragraph."""
    blocks = []
    for m in _INJECTION.finditer(folded):
        start = folded.rfind("\n", 0, m.start()) + 1
        end = folded.find("\n\n", m.end())
        blocks.append((start, len(folded) if end < 0 else end))
    return blocks


def _in_blocks(position: int, blocks: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in blocks)


def _read_clause(
    clause: Clause,
    part: _Part,
    found: _Findings,
    today: date,
    previous: Clause | None,
    broadcast: bool,
    following: list[Clause] = (),
) -> None:
    text = clause.text
    offset = clause.start
    dates = _inside(part.dates, clause)
    amounts = _inside(part.amounts, clause)
    invoices = invoice_numbers(_inside(part.invoices, clause))
    question = text.rstrip().endswith("?") or bool(_QUESTION.search(text))

    if _INJECTION.search(text):
        found.add("other", clause, part, label="other:instruction_in_text", weight=0.5)
        return

    promised = False
    # "We will pay $5,000 by Friday and the rest as soon as our customer pays us, hopefully…":
    # a hedge on the rest leaves the first, firm part a promise.
    rest = _REST_TAIL.search(text)
    lead = text[: rest.start()] if rest and _HEDGE.search(text[rest.start():]) else text
    if lead is not text:
        dates = [d for d in dates if d.start < offset + len(lead)]
    # A hedge word inside a date is none: the month of "by the end of May" hedges nothing.
    hedged = any(
        not any(d.start - offset <= h.start() and h.end() <= d.end - offset for d in dates if d.kind != "weekday")
        for h in _HEDGE.finditer(lead)
    )
    cues = [] if broadcast or question or hedged else [m for m in _PROMISE.finditer(text) if m.start() < len(lead)]
    if not cues and not broadcast and not question and not hedged and not _PAID.search(text):
        # Grammar rather than phrase: a payment word, a first person or an invoice, and a date
        # still to come ("INV-1 — Friday's ACH run, $900") reads as a commitment.
        word = _PAYMENT_WORD.search(text)
        if word and (invoices or _FIRST_PERSON.search(text) or _PAYMENT_SUBJECT.match(text)) and any(d.value > today for d in dates) and not (
            _REQUEST.search(text) and lx.EMAIL.search(text)
        ) and not _CANNOT.search(text):  # "…and I won't have the funds on the 12th"
            cues = [word]

    for m in cues:
        if _negated(text, m.start(), m.end()):
            continue
        if lx.EMAIL.search(text) and (_CONTACT.search(text) or _CONTACT_WEAK.search(text)):
            continue  # "from 1 May all invoices should be sent to accounts@…" re-addresses mail
        if _SCHEDULED.match(m.group()) and not (invoices or amounts or _payment_words(text) or _PRONOUN_START.match(text)):
            continue  # "our install crew is booked for the 16th" schedules something else
        if found.paid_clauses and _ARRIVAL.search(m.group()) and not (invoices or amounts):
            continue  # "Paid via wire yesterday. Should be with you today or tomorrow."
        condition = _condition(text, clause.raw)
        if condition and condition.start() < m.start():
            continue  # "once we get the credit note, we will pay"
        if _PROVIDED.search(text[m.end():]):
            continue  # "La pagamos el viernes siempre que nos hagáis llegar una rectificativa"
        usable = dates
        if not usable:
            # A run notice: "…included in payment batch PB-0833." then "Execution date: 2026-08-21".
            label = next((c for c in following[:3] if _DATE_LABEL.match(c.text)), None) or next(
                (c for c in part.clauses if _DATE_LABEL.match(c.text) and _RUN_DATE_NAMED.search(text)), None
            )
            usable = _inside(part.dates, label) if label else usable
        if condition:
            # "…on Monday and the rest when the pumps arrive": only dates before the condition.
            usable = [d for d in dates if d.start < clause.start + condition.start()]
        borrowed_amounts, borrowed_invoices = amounts, invoices
        if previous is not None and _PRONOUN_START.match(text):
            before_amounts = _inside(part.amounts, previous)
            before_invoices = invoice_numbers(_inside(part.invoices, previous))
            borrowed_amounts = amounts or before_amounts
            borrowed_invoices = invoices or before_invoices
        if not borrowed_invoices:
            # "- INV-68161: está correcta; la pagamos a fin de mes": the list item's own invoice.
            line_start = part.raw.rfind("\n", 0, clause.start) + 1
            if _LIST_ITEM.match(part.raw[line_start:clause.start + 1]):
                borrowed_invoices = invoice_numbers([i for i in part.invoices if line_start <= i.start and i.end <= clause.start])
                if borrowed_invoices and not borrowed_amounts:
                    borrowed_amounts = [a for a in part.amounts if line_start <= a.start and a.end <= clause.start]
        if not borrowed_amounts and following and _AMOUNT_LABEL.match(following[0].text):
            borrowed_amounts = _inside(part.amounts, following[0])  # "… jeudi prochain. Montant : 5 612,40 $ CA."
        elif not borrowed_amounts and text.rstrip().endswith(":"):
            # A run notice's table of items, then "Total payment amount: EUR 12,480.00".
            total = next((c for c in following[:20] if _TOTAL_LABEL.match(c.text)), None) or next(
                (c for c in following[:8] if _AMOUNT_LABEL.match(c.text) and _inside(part.amounts, c)), None
            )
            borrowed_amounts = _inside(part.amounts, total) if total else borrowed_amounts
        promise = _promise(clause, m, usable, borrowed_amounts, borrowed_invoices, today,
                           _inside(part.invoices, clause) if borrowed_invoices is invoices else [])
        rows = _listed_rows(part, following) if text.rstrip().endswith(":") and not amounts else []
        if promise and len(promise) == 1 and rows:
            # "The following invoices are scheduled for payment on …:" then one row per invoice.
            promise = [
                PromiseFinding(amount=as_money(a.value), currency=a.currency, date=promise[0].date,
                               invoices=[n], evidence=clause.raw)
                for n, a in rows
            ]
        if promise:
            if previous is not None and borrowed_invoices is not invoices and previous.start in found.paid_clauses:
                # "Treasury released the wire. It will be sent tomorrow": one future payment.
                found.payments.pop(found.paid_clauses.pop(previous.start))
                if not found.payments:
                    found.intents.discard("payment_sent")
                    found.evidence = [e for e in found.evidence if e.label != "payment_sent"]
            for p in promise:
                if not any(_same_promise(p, q) for q in found.promises):
                    found.promises.append(p)
            found.add("promise_to_pay", clause, part, weight=1.0)
            promised = True
            break

    if not promised:
        request = _REQUEST.search(text)
        asked = _PAID_ASKED.search(text)
        claimed = asked is not None
        for m in list(_PAID.finditer(text)) or ([asked] if asked else []):
            if _negated(text, m.start(), m.end()) or ((question or (request and request.start() < m.start())) and not claimed):
                continue
            condition = _CONDITION.search(text)
            if condition and condition.start() < m.start():
                continue
            if _NOT_YET_PAID.search(text):
                # "the payment advice that follows", "invoices are paid in line with our terms".
                continue
            if _DUTY_PAID.search(text) and not invoices:
                # "Die Einfuhrsteuer haben wir bei der Verzollung bereits bezahlt": a tax paid to
                # customs, told to explain a tax dispute, pays none of our invoices.
                continue
            future = [d for d in dates if d.value > today]
            if future and _PROMISE.search(text):
                continue
            found.add("payment_sent", clause, part, weight=0.9)
            found.paid_clauses[clause.start] = len(found.payments)
            paid_on = next((d.value for d in dates if d.value <= today), None)
            amount = amounts[0] if amounts else None
            found.payments.append(
                PaymentClaimFinding(
                    amount=as_money(amount.value) if amount else None,
                    currency=amount.currency if amount else None,
                    paid_on=paid_on,
                    invoices=invoices,
                    evidence=clause.raw,
                )
            )
            break

    settled = bool(_CREDIT_SETTLED.search(text)) and not _DISPUTE.search(text)
    reasons = _reasons(text) if _ANY_STRONG_REASON.search(text) and not settled and not (question and _ASKS_REQUIREMENTS.search(text)) else {"strong": [], "weak": []}
    # "Our payables clerk is Lily Chan (lchan@…). Could you send invoices to Lily directly?"
    email_near = bool(lx.EMAIL.search(text)) or (previous is not None and bool(lx.EMAIL.search(previous.text)) and bool(_SEND_TO_PERSON.search(text)))
    redirecting = email_near and bool(_CONTACT.search(text) or _CONTACT_WEAK.search(text))
    disputed = bool(reasons["strong"]) or (
        not redirecting and not settled
        and any(not (_negated(text, m.start(), m.start()) or _negated_after(text, m.end()) or _IF_ANY.search(text[max(0, m.start() - 40):m.start()])
                     or _OWN_SLIP.search(text[max(0, m.start() - 40):m.start()]))
                for m in _DISPUTE.finditer(text))
    )
    if disputed and not reasons["strong"] and not reasons["weak"]:
        reasons = _reasons(text)
    if disputed and not _only_thanks(text):
        chosen = reasons["strong"] or reasons["weak"] or ["other"]
        for reason in chosen:
            bucket = found.reasons if reasons["strong"] else found.weak_reasons
            if reason != "other":
                bucket.append(reason)
            found.add("dispute", clause, part, label=f"dispute:{reason}", weight=0.9 if reasons["strong"] else 0.6)
        if chosen == ["other"]:
            found.intents.add("dispute")
        if reasons["strong"]:
            if not part.is_subject:
                paragraph = len(_BLANK_LINE.findall(part.raw, 0, clause.start))
                found.paragraphs.setdefault(_main_reason(reasons["strong"])[0], set()).add(paragraph)
            if _LIST_ITEM.match(clause.raw) or _LIST_ITEM.match(_item_of(part.raw, clause.start)):
                found.listed_reasons.add(_main_reason(reasons["strong"])[0])
            adds = bool(_ADDITIVE.search(text))
            for piece, start, joined in _joined_pieces(text):
                named = _reasons(piece)["strong"] if _ANY_STRONG_REASON.search(piece) else []
                if named == ["returns_credit"] and _CREDIT_REMEDY.search(piece):
                    # "Please issue a credit note for the 7 cases" asks for the remedy of the problems
                    # named before it; it is no further problem of its own.
                    continue
                if named:
                    # "Facture 72366 (vitres) : notre contrat fixe ce poste à…": a sentence with one
                    # problem lends it the invoice it opens with.
                    own_invoice = bool(invoice_numbers(find_invoices(piece))) or (
                        bool(invoices) and len(reasons["strong"]) == 1
                    )
                    reason = _main_reason(named)[0]
                    # A second problem joined by "and" counts as one, unless the two usually name
                    # one problem ("never received, and there is no POD on file").
                    before = _reasons(text[:start])["strong"] if joined else []
                    joined_other = bool(before) and reason not in before and all(
                        frozenset((prior, reason)) not in _ONE_PROBLEM for prior in before
                    )
                    found.part_reasons.append((reason, own_invoice, adds or joined_other))
        for number in invoices or [None]:
            found.disputes.append(
                DisputeFinding(
                    invoice=number,
                    reason=chosen[0],
                    amount=as_money(amounts[0].value) if amounts else None,
                    evidence=clause.raw,
                )
            )

    # "Please send invoices and statements to ap@…": the documents name what goes to the new address.
    # A copy asked for on the way ("I don't have INV-2, send a copy to our new inbox") is still a request.
    redirect = redirecting and not _COPY_WANTED.search(text)

    # "We confirm the payment in two parts: 1.850,00 € on Wednesday and the rest by month end"
    # commits to instalments with their dates; it asks for no plan.
    committed = promised and not question and bool(dates) and not _PLAN_ASKED.search(text)
    if _PLAN.search(text) and not committed and not (found.paid_clauses and _PATIENCE.search(text)):
        found.add("payment_plan_request", clause, part, weight=0.9)
    elif _QUESTION.search(text) and _payment_words(text) and dates and not _INVOICE_REQUEST.search(text):
        found.add("payment_plan_request", clause, part, weight=0.6)

    # "…and re-send" after a complaint asks for the corrected bill, not for a copy.
    contested = disputed or "dispute" in found.intents
    requested = any(
        not _CORRECTION.search(m.group()) and not (contested and (m.group() in ("resend", "re-send") or m.group().endswith(" again")))
        for m in _INVOICE_REQUEST.finditer(text)
    ) and not _negated_request(text) and not (contested and _CORRECTION.search(text) and not _SUPPORTING.search(text)) and not redirect
    if requested:
        found.add("invoice_request", clause, part, weight=0.9)

    asks = text.rstrip().endswith("?") or bool(_CONFIRM.search(text))
    if _BALANCE.search(text) or (
        _BALANCE_Q.search(text) and asks and not promised and not requested and not _PLAN.search(text)
    ):
        found.add("balance_inquiry", clause, part, weight=0.8)

    if _CONTACT.search(text) or (
        _CONTACT_WEAK.search(text) and email_near and not _HELPDESK.search(text)
        and not (previous is not None and _HELPDESK.search(previous.text))  # "Questions about this payment? Write to …"
    ):
        found.add("contact_change", clause, part, weight=0.9)

    cease = _CEASE.search(text)
    condition = _condition(text, clause.raw)
    if cease and condition and condition.start() < cease.start():
        cease = None  # "If I get one more notice … my next call is to our attorney" threatens, no more
    if cease and _THEIR_DEBTORS.search(text):
        cease = None  # "two of our builders have gone into administration owing us money"
    if cease and _BY_PHONE.search(cease.group()) and _EMAIL_WELCOME.search(part.folded):
        cease = None  # "please stop calling my cell … email is fine" picks the channel
    if cease:
        found.add("cease_or_legal", clause, part, weight=1.0)
        if not _STOP.search(text):
            found.legal = True


# When several reasons are named, the most specific one is usually what the dispute is about
# ("the credit note for the broken panels" is about damage, not about credit).
_REASON_ORDER = (
    "duplicate_billing", "not_received", "quantity_short", "damaged_defective", "tax",
    "missing_po_or_docs", "service_issue", "returns_credit", "pricing", "other",
)


def _main_reason(named: list[str]) -> list[str]:
    """One reason per message: the most often named, ties broken by specificity."""
    if not named:
        return []
    counts = {r: named.count(r) for r in set(named)}
    best = max(counts.values())
    return [next(r for r in _REASON_ORDER if counts.get(r) == best)]


# Coordinated parts of one sentence ("3 arrived cracked, and we were also short 2 cases").
_PART_SPLIT = re.compile(
    r"(?:,\s*|\s+)(?:and also|and|as well as|plus|y ademas|y tambien|ademas|et aussi|et en plus|en plus|"
    r"und auch|und au(?:ss|ß)erdem|au(?:ss|ß)erdem|sowie)\s+|;\s*|:\s+|\.\s+"
)
# A sentence that adds a problem ("…, and we were also short"), or a sender who announces several.
_ADDITIVE = re.compile(
    r"^(?:and|plus)\s|(?<![\w'])(?:also(?! (?:wir|ich|zahlen|ist|sind|haben|bitte|keine?|nicht|das|die|der)\b)|as well|too|additionally|in addition|another (?:issue|problem)|the others?|on top of (?:that|this)|ademas|tambien|aussi|egalement|"
    r"en plus|par ailleurs|au(?:ss|ß)erdem|zudem|weiterhin|daruber hinaus|aparte|por otra parte|asimismo|de plus)(?![\w])"
)
_SEVERAL = re.compile(
    r"(?<![\w'])(?:(?:the )?following (?:issues|problems|errors|points|discrepancies|reasons|reason codes|variances)|"
    r"(?:ecarts|motifs|points|anomalies|raisons|erreurs) suivants|(?:siguientes|los siguientes) (?:motivos|errores|problemas|puntos)|"
    r"folgende[nr]? (?:grunde|punkte|abweichungen|mangel|fehler|beanstandungen|prufcodes|codes)|"
    r"zwei einwande|(?:mehrere|drei) einwande|(?:two|2|three|3|several|a few|a couple of|multiple) (?:issues|problems|errors|points|discrepancies|things|reasons|matters)|"
    r"(?:dos|varios|tres) (?:problemas|errores|puntos|cosas|motivos|razones|incidencias|temas)|"
    r"(?:deux|plusieurs|trois) (?:problemes|erreurs|points|anomalies|choses|raisons|motifs|ecarts|remarques|observations)|"
    r"(?:zwei|mehrere|drei) (?:probleme|fehler|punkte|dinge|grunde|sachen|beanstandungen|abweichungen))(?![\w])"
)


_JOINER = re.compile(r"(?<![\w'])(?:and|plus|as well as|y|ademas|tambien|et|en plus|und|au(?:ss|ß)erdem|sowie)(?![\w])")


# Reasons whose words also name the remedy or the bill itself ("attendons un avoir", "verrechnet
# ist das Service"): a paragraph of their own is no second problem.
_REMEDY_WORDS = frozenset(("returns_credit", "pricing"))
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ONE_PROBLEM = frozenset(
    frozenset(pair)
    for pair in (
        ("not_received", "quantity_short"),
        ("not_received", "missing_po_or_docs"),
        ("damaged_defective", "returns_credit"),
        ("quantity_short", "returns_credit"),
    )
)


def _joined_pieces(text: str) -> list[tuple[str, int, bool]]:
    """The coordinated parts of a sentence, each with whether "and"/"plus" joined it to the one
    before: "only 9 bays were delivered, and your crew left the job half-done" adds a problem."""
    pieces: list[tuple[str, int, bool]] = []
    last, joined = 0, False
    for m in _PART_SPLIT.finditer(text):
        pieces.append((text[last : m.start()], last, joined))
        joined, last = bool(_JOINER.search(m.group())), m.end()
    pieces.append((text[last:], last, joined))
    return pieces


_COPY_WANTED = re.compile(
    r"(?<![\w'])(?:copy|copies|copia|copie|kopie|duplicat\w*|resend|re-send|reenvi\w*|renvoy\w*|don't have|do not have|"
    r"lost|misplaced|can't find|cannot find)(?![\w])"
)
# "Can you confirm you received our payment of $2,300?" asks about a payment the sender made.
_PAID_ASKED = re.compile(
    r"(?<![\w'])(?:received|receive|got|see|find|locate|apply|applied) (?:our|my|the) (?:\w+ )?(?:payment|wire|check|cheque|transfer|remittance|ach|funds)"
    r"(?! (?:plan|terms|date|schedule|portal|details|instructions))"
    r"|(?:payment|wire|check|cheque|transfer|ach) (?:that )?(?:we|i) (?:sent|made|mailed|wired|released)"
)
_REST = re.compile(r"(?<![\w'])(?:balance|rest|remainder|remaining|resto|saldo|restante|reste|solde|restbetrag|rest)(?![\w])")
_REST_TAIL = re.compile(r",? (?:and|but|y|et|und) (?:the |el |lo |le |der |den )?(?:rest|remainder|remaining balance|balance|resto|restante|reste|solde|restbetrag)\b")
_IN_TOTAL = re.compile(r"\s*(?:in total|total|all in|gross|insgesamt|au total|en total|inkl\.? mwst|including vat|incl\.? vat)\b")
_RUN_AFTER = re.compile(r"\s*(?:payables|payment run|pay run|run|close|closing|batch|cycle|processing)\b")
# "…will be executed on the execution date shown": the sentence points at the notice's date line.
_RUN_DATE_NAMED = re.compile(r"(?:execution|value|payment|settlement|scheduled) date(?: shown| above| below| stated)?|remesa")
_DATE_LABEL = re.compile(
    r"^(?:(?:execution|value|payment|settlement|pay|transfer|run|planned payment|scheduled payment|due) date|"
    r"fecha de (?:ejecucion|pago|valor|cargo)|date d'execution(?: prevue)?|date de (?:paiement|valeur)(?: prevue)?|ausfuhrungsdatum|valutadatum|zahlungsdatum)\s*:"
)
_TOTAL_LABEL = re.compile(r"^(?:payment |invoice |grand )?(?:total|sum|gesamt|montant total|importe total)\b[^:\d]{0,20}(?::|\s{2,})")
_AMOUNT_LABEL = re.compile(r"^(?:amount|total|sum|montant|somme|importe|monto|total|betrag|summe)\b\s*:?")
_ROW = re.compile(r"^\W*(?:inv|invoice|factura|facture|rechnung|\d{5})")


def _listed_rows(part: _Part, following: list[Clause]) -> list[tuple[str, AmountMention]]:
    """Rows right after a line ending in ':' that each give one invoice and one amount."""
    rows: list[tuple[str, AmountMention]] = []
    for clause in following:
        numbers = invoice_numbers(_inside(part.invoices, clause))
        amounts = _inside(part.amounts, clause)
        if len(numbers) == 1 and len(amounts) == 1 and _ROW.match(clause.text):
            rows.append((numbers[0], amounts[0]))
        elif rows or numbers or amounts:
            break
    return rows


def _further_reasons(found: _Findings, main: list[str], body: str) -> list[str]:
    """Other problems named in their own part of a sentence, when the sender says there are several,
    lists them one per item, or each problem comes with its own invoice; otherwise the main reason
    stands alone."""
    several = bool(_SEVERAL.search(body)) or len(found.listed_reasons) > 1
    main_has_invoice = any(inv for reason, inv, _adds in found.part_reasons if reason in main)
    # "…billed the emergency rate. And he left without fixing it": when the main problem is the
    # one added, what it was added to is a problem too.
    added = any(adds for reason, _inv, adds in found.part_reasons if reason in main)
    extra: list[str] = []
    if len(found.listed_reasons) > 1:
        # One problem per list item: each item's reason stands, even when its wording only
        # reads as a reason as a whole sentence.
        extra = sorted(found.listed_reasons - set(main))
    main_paragraphs = found.paragraphs.get(main[0], set()) if main else set()
    for reason, own_invoice, adds in found.part_reasons:
        if reason in main or reason in extra:
            continue
        # "The driver you sent had no card … nobody came." then, a paragraph on: "You billed a
        # full 8 hr shift for him": each paragraph tells a problem of its own.
        own_paragraph = bool(found.paragraphs.get(reason, set()) - main_paragraphs) and bool(
            main_paragraphs - found.paragraphs.get(reason, set())
        ) and frozenset((reason, main[0])) not in _ONE_PROBLEM and reason not in _REMEDY_WORDS
        if several or adds or added or (own_invoice and main_has_invoice) or own_paragraph:
            extra.append(reason)
    return extra


def _payment_words(text: str) -> bool:
    return bool(re.search(r"\b(?:pay|paying|payment|pagar|pago|payer|paiement|regler|zahlen|zahlung|bezahlen)\b", text))


def _only_thanks(text: str) -> bool:
    return bool(re.fullmatch(r"\W*(?:thanks?|thank you|gracias|merci|danke)\W*", text))


def _negated_request(text: str) -> bool:
    return bool(re.search(r"\b(?:no need|don't need|do not need|not necessary)\b", text))


def _reasons(text: str) -> dict[str, list[str]]:
    strong: list[str] = []
    weak: list[str] = []
    for reason, (strong_pattern, weak_pattern) in _REASONS.items():
        m = strong_pattern.search(text)
        if m and reason == "not_received" and _IF_NOT.search(text[max(0, m.start() - 25) : m.start()]):
            m = None  # "let me know if it has not arrived by next week" allows for a problem
        if m and not (reason == "damaged_defective" and _negated(text, m.start(), m.start())):
            strong.append(reason)
        elif weak_pattern.search(text):
            weak.append(reason)
    if "returns_credit" in strong and _RETURNED.search(text):
        # "We returned the broken units and the credit isn't applied": the state of the goods
        # only describes what went back; the open problem is the credit.
        strong = [r for r in strong if r not in ("damaged_defective", "quantity_short")]
    if "returns_credit" in strong and _CREDIT_ASKED.search(text) and not _RETURNED.search(text) and not _CREDIT_MISSING.search(text):
        # "Necesito que me emitan una nota de crédito por los 40 sacos": the credit is the remedy asked
        # for the problem named, no problem of its own.
        strong.remove("returns_credit")
    if "returns_credit" in strong and _MAIL_RETURNED.search(text) and not _CREDIT_WORD.search(text):
        # "We had a check to another vendor returned last month": returned mail, not goods.
        strong.remove("returns_credit")
    if "returns_credit" in strong and "not_received" in strong and _CREDIT_WORD.search(text):
        # "Die Gutschrift dafür haben wir nie erhalten": what never came is the credit.
        strong.remove("not_received")
    if "not_received" in strong and _NOT_GOODS.search(text):
        # "It never turned up - not the goods, those came fine, I mean the invoice itself".
        strong.remove("not_received")
    if "quantity_short" in strong and "not_received" in strong:
        # "The 3 missing cartons were not delivered": part of the delivery, not all of it.
        strong.remove("not_received")
    return {"strong": strong, "weak": weak[:1]}


_NOT_GOODS = re.compile(
    r"(?<![\w'])(?:not the (?:goods|delivery|order|shipment|parts|items|material)|(?:goods|delivery|order|shipment|parts|items|those|they) (?:came|arrived) (?:fine|ok|okay|safely|in good)|"
    r"(?:i mean|meaning|i'm talking about) the invoice|the invoice itself|factura\w*\b[^.]{0,25}\bno (?:la|las) (?:hemos recibido|recibimos))(?![\w])"
)
_THEIR_DEBTORS = re.compile(
    r"(?<![\w'])(?:(?:one|two|three|some|several|a few|a couple) of )?our (?:own )?(?:customers?|clients?|builders?|debtors?|tenants?|buyers?|distributors?|dealers?)\b"
    r"(?:\s+\S+){0,6}\s+(?:has|have|had|went|gone|is|are)\s+(?:gone\s+)?(?:into|in|under|bankrupt|insolvent)"
)
_SEND_TO_PERSON = re.compile(r"(?<![\w'])(?:send|direct|address|forward) (?:\S+ ){0,5}to (?:her|him|them|[a-z]+) (?:directly|instead|from now on|going forward)(?![\w])")
_BY_PHONE = re.compile(r"(?:calling|phoning|ringing|call|phone|ring)\b")
_EMAIL_WELCOME = re.compile(r"(?<![\w'])(?:e-?mail is (?:fine|ok|okay|best|better|the best)|(?:reach|contact) me by e-?mail|prefer e-?mail|e-?mail me instead)(?![\w])")
_CANNOT = re.compile(r"(?<![\w'])(?:won't|will not|can't|cannot|can not|unable to|not be able|no podremos|ne pourrons pas|nicht konnen)(?![\w])")
_IF_NOT = re.compile(r"(?<![\w'])(?:if|in case|should|unless|whether) (?:\S+ ){0,3}$")
_CREDIT_ASKED = re.compile(
    r"(?<![\w'])(?:please|kindly|can you|could you|favor de|por favor|necesito que|necesitamos que|le pido|les pido|pedimos|solicitamos|"
    r"veuillez|merci de|vous prions|bitte)\b[^.?!]{0,60}(?:credit|abono|avoir|gutschrift)|"
    r"(?:emitan|emitir|envien|enviar|expedir|anular\w* con)\b[^.?!]{0,30}(?:nota de credito|nota credito|abono)"
)
_CREDIT_MISSING = re.compile(
    r"(?<![\w'])(?:still|never|not yet|no hemos recibido|todavia|aun no|jamais|toujours pas|noch nicht|nie|never received|still waiting)(?![\w])"
)
_NOT_YET_PAID = re.compile(
    r"(?<![\w'])(?:that follows|to follow|will follow|follows shortly|(?:invoices|bills|suppliers|vendors) are (?:\w+ )?paid|"
    r"in line with (?:our )?(?:standard )?(?:payment )?terms|once processing is complete)(?![\w])"
)
# "Kindly revert in case of any discrepancy": a problem the sender only allows for.
_IF_ANY = re.compile(r"(?:in case of|in the event of|if there (?:is|are|be)|should there be|if you (?:find|see|notice|have)) (?:any )?$")
# "I forwarded you the wrong approval": the sender's own slip, not our invoice's.
_OWN_SLIP = re.compile(r"(?:i|we) (?:\w+ )?(?:sent|forwarded|attached|gave|emailed|copied) (?:you |us )?the $")
_DUTY_PAID = re.compile(
    r"(?<![\w'])(?:einfuhrsteuer|einfuhrumsatzsteuer|verzollung|zollamt|igic|import (?:vat|tax|duty|duties)|customs|duties|"
    r"droits de douane|dedouanement|aduana|arancel\w*|(?:el |la )?(?:iva|impuesto) (?:en|de) (?:la )?importacion)(?![\w])"
)
_MAIL_RETURNED = re.compile(r"(?<![\w'])(?:checks?|cheques?|payments?|letters?|mail|envelopes?|e-?mails?)\b(?:\s+\S+){0,4}\s+(?:was |were |got |been )?returned")
_CREDIT_WORD = re.compile(r"(?<![\w'])(?:credit|credit note|credit memo|refund|abono|nota de credito|avoir|gutschrift)(?![\w])")
_RETURNED = re.compile(
    r"(?<![\w'])(?:returned|sent (?:\w+ )?back|went back|\brma\b|devolvimos|devuelt[oa]s?|retourne\w*|zuruckgeschickt|zuruckgesandt|retourniert\w*)(?![\w])"
)
# "We have received your credit note for the broken bottles, thank you": the problem is settled.
_CREDIT_SETTLED = re.compile(
    r"(?<![\w'])(?:(?:received|got) (?:the |your )?(?:credit (?:note|memo)|credit|refund)|thanks? (?:you )?for the (?:credit|refund)|"
    r"credit (?:memo|note) (?:was|is|has been|had been) (?:being )?(?:issued|raised|applied|posted)|"
    r"(?:hemos recibido|recibimos|nos ha llegado|nos llego|ya tenemos) (?:el |la |su |vuestro |vuestra )?(?:abono|nota de credito|reembolso)|"
    r"(?:avons|ai) (?:bien )?recu (?:votre |l'|le |la |un |une )?(?:avoir|note de credit|remboursement)|"
    r"gutschrift (?:\w+ ){0,3}(?:erhalten|eingegangen|bekommen)|(?:erhalten|bekommen) (?:\w+ ){0,2}gutschrift)(?![\w])"
)
_PLAN_ASKED = re.compile(
    r"(?<![\w'])(?:propose|suggest|request|ask|would like|'d like|hoping|ok if|okay if|agree|accept|possible|"
    r"proponemos|solicitamos|proposons|demandons|souhaitons|schlagen|bitten|ersuchen)(?![\w])"
)
_NEVER_ORDERED = re.compile(
    r"(?<![\w'])(?:(?:we|i)(?:'ve| have)? never (?:ordered|bought|purchased) (?:anything|from you|a thing)|(?:don't|do not) have an account (?:with you)?|"
    r"nobody here has (?:ever )?heard of|never (?:placed|made) (?:an |any )?order|(?:we're|we are) not (?:your|that) customer|"
    r"(?:n'avons|n'ai) jamais passe (?:de |aucune )?commande|vous vous trompez de client|nunca (?:hemos |he )?(?:hecho|realizado|pedido) (?:un |ningun |nada)|"
    r"(?:wir haben|haben wir) (?:\w+ )?nie (?:etwas )?(?:bei ihnen )?bestellt)(?![\w])"
)
_BILLING_TERMS = re.compile(
    r"(?<![\w'])(?:on consignment|consignment (?:stock|terms|basis|agreement)|por adelantado|(?:a )?mes vencido|billed in advance|invoiced in advance|(?:anzahlungen|teilrechnungen|abschlagsrechnungen)\b[^.]{0,30}nicht vereinbart|nach (?:fertigstellung|abnahme) (?:\w+ ){0,3}verrechnet|(?:bill|invoice)\w* (?:\w+ )?(?:monthly |quarterly )?on (?:our |the )?(?:usage|consumption)|"
    r"(?:bill|invoice)\w* (?:us )?in arrears)(?![\w])"
)
# "We're not disputing it, I just need to know": a price question, said outright to be no challenge.
_NOT_DISPUTING = re.compile(
    r"(?<![\w'])(?:(?:not|n't) (?:disputing|contesting|challenging|querying) (?:it|this|that|the (?:price|invoice|charge|amount|increase))|"
    r"(?:this|it) is not a (?:dispute|complaint|challenge)|not (?:a |raising a )?(?:dispute|complaint),? (?:just|only)|"
    r"no es (?:un |una )?(?:descuento|reclamo|reclamacion|glosa|disputa)(?: ni (?:un |una )?\w+)?|ce n'est pas (?:une )?(?:contestation|reclamation|litige)|"
    r"(?:das ist )?keine (?:reklamation|beanstandung))(?![\w])"
)
_INVOICE_FINE = re.compile(
    r"(?<![\w'])(?:(?:the )?invoice (?:itself )?is (?:correct|fine|ok|in order)|(?:it|the invoice) (?:is|has been|was) (?:already )?approved|no problem with the invoice|"
    r"(?:la )?factura (?:en si )?(?:es|esta) correcta|(?:ya )?(?:esta|fue) aprobada|"
    r"(?:la )?facture (?:elle-meme )?est correcte|(?:elle )?est (?:deja )?approuvee|rien de grave|"
    r"(?:die )?rechnung (?:selbst )?(?:ist|stimmt) (?:korrekt|in ordnung)|(?:ist|wurde) (?:bereits )?freigegeben)(?![\w])"
)
# "The replacement panels turned up and they're fine", "damit ist unsere Reklamation erledigt": a
# complaint the sender reports settled.
_STILL_OPEN = re.compile(r"(?<![\w'])(?:still|(?<!nur )noch|weiterhin|aun|encore)(?![\w])")
_COMPLAINT_SETTLED = re.compile(
    r"(?<![\w'])(?:(?:damit\s+)?ist\s+(?:unsere\s+|die\s+)?reklamation\s+(?:\w+\s+){0,2}erledigt|(?:le\s+)?litige\s+est\s+clos|(?:el\s+)?(?:reclamo|litigio)\s+(?:esta|queda)\s+cerrado|(?:der\\s+)?(?:streitfall|fall)\\s+ist\\s+(?:abgeschlossen|erledigt)|reklamation\s+(?:ist\s+)?erledigt|alles\s+korrekt|mein\s+fehler|"
    r"so\s+that'?s\s+fine|(?:they're|they\s+are)\s+(?:all\s+)?(?:fine|perfect|good)|(?:issue|problem|matter)\s+(?:is\s+|has\s+been\s+)?(?:now\s+)?(?:resolved|sorted)|"
    r"(?:that'?s|that\s+is|that\s+one'?s)\s+on\s+us|(?:everything|it\s+all|all)\s+ties\s+out|"
    r"(?:l'erreur|la\s+faute)\s+(?:est|vient)\s+de\s+notre\s+(?:cote|part)|erreur\s+de\s+notre\s+part|(?:el\s+)?error\s+(?:es|fue)\s+nuestro|error\s+de\s+nuestra\s+parte|der\s+fehler\s+lag\s+bei\s+uns|(?:chapter|matter|claim|complaint)\s+is\s+(?:\w+\s+){0,3}closed|the\s+price\s+is\s+right|nothing\s+to\s+fix|(?:scratch|ignore|disregard)\s+my\s+(?:last\s+|previous\s+|earlier\s+)?(?:e-?mail|note|message)|sorry\s+for\s+the\s+noise|"
    r"asi\s+que\s+esta\s+bien|esta\s+todo\s+bien|alles\s+in\s+ordnung|passt\s+so|c'est\s+bon\s+pour\s+nous|(?:so\s+)?it'?s\s+right,?\s+never\s*mind|never\s*mind|thanks?\s+(?:you\s+)?for\s+sorting\s+(?:that|it|this)|"
    r"tout\s+est\s+en\s+ordre|(?:est|sont)\s+donc\s+correct\w*|nichts\s+zu\s+beanstanden|keine\s+beanstandung\w*|all\s+sorted|my\s+mistake|my\s+bad|you(?:'re|\s+are)\s+right|(?:i|we)\s+missed\s+it|our\s+(?:mistake|error|oversight))(?![\w])"
)
_CREDIT_REMEDY = re.compile(
    r"(?<![\w'])(?:please|kindly|can you|could you|favor de|por favor|le[s]? (?:pedimos|solicitamos)|veuillez|merci de|"
    r"(?:nous )?vous prions|bitte)\b[^.?!]{0,40}(?:credit|abono|avoir|gutschrift)"
)
# "1)", "- ", and statement lines that open with their invoice: "71211 - this is 71210 again".
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-h]\)|[-*\u2022\u2013\u00b7]|(?:inv-?)?\d{5,}\s*[-\u2013:])\s+", re.I)


_RECEIVED_COLUMN = re.compile(r"^(?:received|rec'?d|delivered|counted|checked in|signed for|recibid[ao]s?|entregad[ao]s?|recu(?:e|s|es)?|livre(?:e|s|es)?|geliefert|erhalten)$")
_BILLED_COLUMN = re.compile(r"^(?:billed|invoiced|charged|facturad[ao]s?|facture(?:e|s|es)?|berechnet|fakturiert)$")


def _table_shortfall(body: str) -> bool:
    """A table whose header has a received and a billed column, with a row billed above what was
    received: the shortfall told only through numbers."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        heads = [h.strip() for h in re.split(r"\s{2,}|\t|\|", line.strip()) if h.strip()]
        got = next((k for k, h in enumerate(heads) if _RECEIVED_COLUMN.match(h)), None)
        billed = next((k for k, h in enumerate(heads) if _BILLED_COLUMN.match(h)), None)
        if got is None or billed is None:
            continue
        for row in lines[i + 1 : i + 30]:
            cells = [c.strip() for c in re.split(r"\s{2,}|\t|\|", row.strip()) if c.strip()]
            if len(cells) != len(heads):
                if not row.strip():
                    break
                continue
            try:
                if float(cells[got].replace(",", "")) < float(cells[billed].replace(",", "")):
                    return True
            except ValueError:
                continue
    return False


def _condition(text: str, raw: str) -> re.Match | None:
    """The first condition word of a clause; Spanish "sí" ("lo que sí recibimos") affirms, it sets no condition."""
    for m in _CONDITION.finditer(text):
        if m.group() == "si" and raw[m.start() : m.end()].lower() == "sí":
            continue
        return m
    return None


def _settled(body: str) -> bool:
    """A complaint the sender reports settled, not one they say must be ("until the issue is resolved")."""
    return any(
        not re.search(r"(?:until|till|once|when|unless|before|as soon as|after)\s+(?:\S+\s+){0,3}$", body[max(0, m.start() - 40) : m.start()])
        for m in _COMPLAINT_SETTLED.finditer(body)
    )


def _forget_reason(found: _Findings, reason: str) -> None:
    found.reasons[:] = [r for r in found.reasons if r != reason]
    found.weak_reasons[:] = [r for r in found.weak_reasons if r != reason]
    found.part_reasons[:] = [p for p in found.part_reasons if p[0] != reason]
    found.listed_reasons.discard(reason)


def _drop_disputes(found: _Findings) -> None:
    found.settled = True
    found.reasons.clear()
    found.weak_reasons.clear()
    found.part_reasons.clear()
    found.disputes.clear()
    found.intents.discard("dispute")
    found.evidence[:] = [e for e in found.evidence if not e.label.startswith("dispute")]


def _line_of(raw: str, position: int) -> str:
    start = raw.rfind("\n", 0, position) + 1
    return raw[start : position + 1]


def _item_of(raw: str, position: int) -> str:
    """The list item a position belongs to, when its line continues one (an item wrapped over
    several lines); otherwise the position's own line."""
    own = _line_of(raw, position)
    start = raw.rfind("\n", 0, position) + 1
    while start > 0:
        prev_start = raw.rfind("\n", 0, start - 1) + 1
        line = raw[prev_start : start - 1]
        if not line.strip():
            break
        if _LIST_ITEM.match(line):
            return line
        start = prev_start
    return own


def _promise(
    clause: Clause,
    cue: re.Match,
    dates: list[DateMention],
    amounts: list[AmountMention],
    invoices: list[str],
    today: date,
    mentions: list[InvoiceMention] = (),
) -> list[PromiseFinding]:
    future = [d for d in dates if d.value >= today]
    # "on Friday 6/12": a weekday written beside the date it falls on is one date.
    future = [d for d in future if not (d.kind == "weekday" and any(0 <= e.start - d.end <= 2 for e in future if e is not d))]
    if len(future) > 1:
        # "…on the 25th with our month-end payables": a month end that names the run, not the day.
        named = [d for d in future if not (d.kind == "end_month" and _RUN_AFTER.match(clause.text[d.end - clause.start:]))]
        future = named or future
    if not future:
        return []
    cue_at = clause.start + cue.start()
    if len(future) > 1 and not amounts and len(mentions) == len(future) == len(set(invoices)):
        # "la 64577 se paga este viernes y la 64590 el día 15": each invoice, then its own date.
        order = sorted([(i.start, "i", i) for i in mentions] + [(d.start, "d", d) for d in future], key=lambda x: x[0])
        if [k for _, k, _ in order] == ["i", "d"] * len(future):
            return [
                PromiseFinding(amount=None, currency=None, date=order[j + 1][2].value, invoices=[order[j][2].number],
                               evidence=clause.raw)
                for j in range(0, len(order), 2)
            ]
    # Several amounts each with its own date ("$500 on Friday and $500 on the 30th").
    if len(future) > 1 and len(amounts) == len(future):
        # A table row per invoice ("INV-1  USD 4,386.20  28-May-2026 / INV-2  USD 1,102.00  04-Jun-2026"):
        # each invoice goes with the amount and the date on its own row.
        ordered = sorted(mentions, key=lambda m: m.start)
        rows = len(ordered) == len(amounts) and len(set(invoices)) == len(amounts) and all(
            i.start < a.start < (ordered[k + 1].start if k + 1 < len(ordered) else clause.end)
            for k, (i, a) in enumerate(zip(ordered, amounts))
        )
        return [
            PromiseFinding(
                amount=as_money(a.value), currency=a.currency, date=d.value,
                invoices=invoice_numbers([ordered[k]]) if rows else invoices, evidence=clause.raw
            )
            for k, (a, d) in enumerate(zip(amounts, future))
        ]
    if len(future) == 2 and len(amounts) == 1 and amounts[0].end <= future[1].start:
        # "$1,500 Friday, the balance next week" or "El viernes la mitad, 1.735,00 €, y el resto…".
        between = clause.text[max(future[0].end, amounts[0].end) - clause.start : future[1].start - clause.start]
        if _REST.search(between):
            # "$1,500 will go out Friday, the balance next week": a figure, then the rest unpriced.
            first, rest = future
            return [
                PromiseFinding(amount=as_money(amounts[0].value), currency=amounts[0].currency, date=first.value,
                               invoices=invoices, evidence=clause.raw),
                PromiseFinding(amount=None, currency=None, date=rest.value, invoices=invoices, evidence=clause.raw),
            ]
    chosen_date = max(future, key=lambda d: d.value)
    latest = [d for d in future if _AT_THE_LATEST.match(clause.text[d.end - clause.start :])]
    if latest:
        chosen_date = latest[0]  # "early next week, Tuesday at the latest": the day they bind themselves to
    if len(invoices) > 1 and len(amounts) == len(invoices):
        # "both this Thursday - INV-1 ($1,425.00) and INV-2 ($2,610.00)": one promise per invoice.
        return [
            PromiseFinding(
                amount=as_money(a.value), currency=a.currency, date=chosen_date.value, invoices=[n], evidence=clause.raw
            )
            for n, a in zip(invoices, amounts)
        ]
    amount = None
    if amounts:
        after = [a for a in amounts if a.start >= cue_at]
        amount = (after or amounts)[0] if len(amounts) > 1 else amounts[0]
        # "The £1,200 + VAT … (£1,440.00 in total)": the total is what will be paid.
        totals = [a for a in amounts if _IN_TOTAL.match(clause.text[a.end - clause.start:])]
        if len(amounts) > 1 and totals:
            amount = totals[0]
    return [
        PromiseFinding(
            amount=as_money(amount.value) if amount else None,
            currency=amount.currency if amount else None,
            date=chosen_date.value,
            invoices=invoices,
            evidence=clause.raw,
        )
    ]


def _same_promise(a: PromiseFinding, b: PromiseFinding) -> bool:
    return a.date == b.date and a.amount == b.amount and set(a.invoices) == set(b.invoices)


def _drop_label_payments(found: _Findings) -> None:
    promised = {n for p in found.promises for n in p.invoices}
    keep = [
        p for p in found.payments
        if not (_PAID_LABEL_ONLY.match(fold(p.evidence).strip()) and set(p.invoices) <= promised and p.paid_on is None)
    ]
    if len(keep) < len(found.payments):
        found.payments = keep
        if not keep:
            found.intents.discard("payment_sent")
            found.evidence = [e for e in found.evidence if e.label != "payment_sent"]


def _attach_default_invoices(found: _Findings, invoices: list[str]) -> None:
    """A promise that names no invoice covers the message's invoices not claimed elsewhere."""
    # A promise next to a dispute usually pays the undisputed part of that same invoice, so
    # only invoices already claimed as paid are left out.
    claimed = {n for p in found.payments for n in p.invoices}
    unclaimed = [n for n in invoices if n not in claimed]
    for promise in found.promises:
        if not promise.invoices:
            if not unclaimed and promise.evidence and _REST.search(fold(promise.evidence)):
                # "Sent $4,000 toward INV-1. The remaining $1,340.50 will be paid by the 30th":
                # the rest of the invoice paid in part.
                promise.invoices = [n for n in invoices if n in claimed]
            else:
                promise.invoices = list(unclaimed)


_CURRENCY_HEADER = re.compile(r"(?<![\w'])(?:amount|betrag|importe|montant|total)\s*\(?\s*(usd|eur|gbp|cad|chf|mxn|aud)\b")


# "Edit - please disregard the above", "Corrijo:", "Update before I sent this:": what follows replaces
# what was said before it.
_SUPERSEDE = re.compile(
    r"(?<![\w'])(?:(?:please )?(?:disregard|ignore) (?:the above|my (?:earlier|previous|last) (?:e-?mail|message|note)|what i (?:said|wrote))|"
    r"scratch that|correction\s*:|update(?: \w+){0,4}\s*:|corrijo\b|correccion\s*:|je (?:me )?corrige|rectificatif\s*:|korrektur\s*:|ich korrigiere)"
)


def _drop_superseded(found: _Findings, body: _Part) -> None:
    """A promise the sender takes back later in the same mail is no promise."""
    cue = _SUPERSEDE.search(body.folded)
    if cue is None or not found.promises:
        return
    def before(promise: PromiseFinding) -> bool:
        at = body.raw.find(promise.evidence or "")
        return 0 <= at < cue.start()
    kept = [p for p in found.promises if not before(p)]
    if len(kept) == len(found.promises):
        return
    found.promises[:] = kept
    if not kept:
        found.intents.discard("promise_to_pay")
    found.evidence = [e for e in found.evidence if not (e.label == "promise_to_pay" and e.start < cue.start())]


def _complete_from_table(found: _Findings, body: _Part) -> None:
    """A payment notice's table fills in what its header line promises: one promise per invoice
    row ("INV-1  05/28/2026  4,250.00"), or the "Total payment amount" of a single invoice net of a
    credit memo, with the currency the amount column names."""
    rows: dict[str, AmountMention] = {}
    total: AmountMention | None = None
    start = 0
    for line in body.folded.split("\n"):
        span = Clause(start, start + len(line), line.strip(), line)
        start += len(line) + 1
        amounts = _inside(body.amounts, span)
        if not amounts:
            continue
        numbers = invoice_numbers(_inside(body.invoices, span))
        if len(numbers) == 1 and _ROW.match(span.text):
            rows.setdefault(numbers[0], amounts[-1])
        elif total is None and _TOTAL_LABEL.match(span.text):
            total = amounts[-1]
    header = _CURRENCY_HEADER.search(body.folded)
    column = header.group(1).upper() if header else None
    split: list[PromiseFinding] = []
    for promise in found.promises:
        owed = promise.amount
        if len(promise.invoices) > 1 and all(n in rows for n in promise.invoices) and (
            owed is None or (total is not None and owed == as_money(total.value))
        ):
            split += [
                PromiseFinding(amount=as_money(rows[n].value), currency=rows[n].currency or promise.currency or column,
                               date=promise.date, invoices=[n], evidence=promise.evidence)
                for n in promise.invoices
            ]
            continue
        if owed is None and total is not None and promise.invoices and all(n in rows for n in promise.invoices):
            promise.amount, promise.currency = as_money(total.value), total.currency or column
        if promise.amount is not None and promise.currency is None:
            promise.currency = column
        split.append(promise)
    found.promises[:] = split


_TO_ME = re.compile(r"(?<![\w'])(?:to me|me at|my (?:new )?(?:email|address|mailbox|e-mail)|m'adresser|m'ecrire|a mi (?:correo|direccion)|an mich)(?![\w])")


def _new_contact(body: _Part, message) -> str | None:
    sender = (message.from_addr or "").lower()
    addresses = [a.lower().strip(".") for a in lx.EMAIL.findall(body.folded)]
    for address in addresses:
        if address != sender:
            return address
    if sender in addresses and _TO_ME.search(body.folded):
        # "Please send reminders to me from now on at kobrien@…": the successor names their own box.
        return sender
    return None


def _documents(body: _Part) -> list[str]:
    kinds = [kind for kind, pattern in _DOCUMENTS.items() if pattern.search(body.folded)]
    if len(kinds) > 1 and "invoice_copy" in kinds:
        kinds.remove("invoice_copy")
    return kinds or ["other"]
