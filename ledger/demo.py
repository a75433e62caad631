"""A deterministic, realistic demo ledger: customers, invoices, payments, promises, disputes.

People evaluating the product need a ledger that behaves like a real receivables book (every
aging bucket populated, late payers who are late for a reason, partial and unapplied cash,
promises already judged, disputes across the taxonomy) without loading an ERP export first.
Everything is drawn from one `random.Random(seed)` and dated relative to `as_of`, never the
clock, so the same seed always yields the same figures, and tests can compare two ledgers.

Generation happens in memory first (plain dataclasses), then the rows go in with bulk core
inserts: the audited one-row-at-a-time writers would take minutes for ~5,000 invoices. The
audit log still gets one entry per customer and per import batch, promises are judged by
`ledger.promises.judge_due_promises` itself, and `ledger.balances.check_balances()` holds.
"""

from __future__ import annotations

import hashlib
import math
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from ledger import audit
from ledger.calendar import add_business_days
from ledger.holds import pause_dunning
from ledger.invoices import status_for
from ledger.models import (
    Allocation,
    AuditLog,
    Contact,
    Customer,
    Dispute,
    Invoice,
    Payment,
    Promise,
    User,
    to_money,
)
from ledger.promises import PROMISE_FIELDS, judge_due_promises

DEFAULT_AS_OF = date(2026, 11, 20)
DEFAULT_SEED = 7
DEFAULT_CUSTOMERS = 200
DEMO_ACTOR = "demo"
# Our own side of the demo: collectors' addresses and the domain of our Message-IDs.
OUR_DOMAIN = "ourco.example"
FIRST_INVOICE_NUMBER = 10001

DEMO_USERS = (("alice", "collector"), ("bob", "collector"), ("carol", "collector"), ("dana", "manager"))
COLLECTORS = ("alice", "bob", "carol")

ZERO = Decimal("0.00")


class DemoOptions(BaseModel):
    customers: int = Field(default=DEFAULT_CUSTOMERS, ge=1, le=3000)
    seed: int = DEFAULT_SEED
    as_of: date = DEFAULT_AS_OF
    # About 25 invoices per customer over the year gives ~5,000 for the default 200.
    invoices_per_customer: float = Field(default=25.0, gt=0, le=30)


class DemoSummary(BaseModel):
    seed: int
    as_of: date
    customers: int
    contacts: int
    invoices: int
    payments: int
    unapplied_payments: int
    promises: dict[str, int]
    disputes: dict[str, int]
    open_ar: dict[str, Decimal]  # by currency


# --- word lists --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Country:
    code: str
    weight: float
    currency: str
    timezones: tuple[str, ...]
    suffixes: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    ap_mailboxes: tuple[str, ...]
    language: str


_EN_FIRST = ("Dana", "Michael", "Jennifer", "Carlos", "Priya", "Kevin", "Laura", "James", "Aisha",
             "Robert", "Emily", "Marcus", "Olivia", "Daniel", "Grace", "Tyler", "Megan", "Brian",
             "Sofia", "Nathan", "Rachel", "Omar", "Hannah", "Victor")
_EN_LAST = ("Ruiz", "Thompson", "Patel", "Nguyen", "Johnson", "Garcia", "Miller", "Chen", "Brooks",
            "Kim", "Martinez", "Foster", "Walsh", "Reed", "Hughes", "Bennett", "Coleman", "Park")
_EN_AP = ("ap", "accounts.payable", "payables", "invoices")

COUNTRIES = (
    Country("US", 0.50, "USD",
            ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
            ("Inc.", "LLC", "Corp.", "Co.", ""), _EN_FIRST, _EN_LAST, _EN_AP, "en"),
    Country("GB", 0.13, "GBP", ("Europe/London",), ("Ltd", "plc", "Ltd"),
            ("Oliver", "Amelia", "Harry", "Charlotte", "George", "Sophie", "Jack", "Emily", "Rhys",
             "Hannah", "Callum", "Isla"),
            ("Clarke", "Davies", "Evans", "Wright", "Taylor", "Hughes", "Walker", "Roberts", "Baker",
             "Shaw", "Pritchard", "Doyle"), _EN_AP, "en"),
    Country("CA", 0.09, "CAD", ("America/Toronto", "America/Vancouver", "America/Edmonton"),
            ("Inc.", "Ltd.", "Corp."), _EN_FIRST, _EN_LAST + ("Tremblay", "Gagnon", "Roy"), _EN_AP,
            "en"),
    Country("DE", 0.10, "EUR", ("Europe/Berlin",), ("GmbH", "AG", "GmbH & Co. KG"),
            ("Jonas", "Anna", "Lukas", "Katrin", "Stefan", "Julia", "Markus", "Sabine", "Tobias",
             "Lena"),
            ("Müller", "Schmidt", "Becker", "Wagner", "Hoffmann", "Schulz", "Koch", "Richter", "Wolf",
             "Neumann"), ("buchhaltung", "kreditoren", "ap"), "de"),
    Country("FR", 0.10, "EUR", ("Europe/Paris",), ("SAS", "SARL", "SA"),
            ("Camille", "Julien", "Claire", "Thomas", "Élodie", "Nicolas", "Manon", "Antoine",
             "Sophie", "Mathieu"),
            ("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Girard", "Fournier",
             "Mercier", "Roux"), ("comptabilite", "fournisseurs", "ap"), "fr"),
    Country("ES", 0.08, "EUR", ("Europe/Madrid",), ("S.L.", "S.A."),
            ("Lucía", "Javier", "María", "Alejandro", "Carmen", "Pablo", "Elena", "Diego", "Marta",
             "Sergio"),
            ("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres",
             "Ruiz", "Molina"), ("contabilidad", "proveedores", "ap"), "es"),
)
COUNTRY_BY_CODE = {c.code: c for c in COUNTRIES}

_EN_HEADS = ("North", "Blue", "Iron", "Silver", "Red", "Oak", "Stone", "Bright", "Cedar", "Maple",
             "Harbor", "Summit", "Granite", "Clear", "Swift", "Golden", "Pine", "River", "Lake",
             "Eagle", "Copper", "West", "High", "Green", "Star", "Sun", "Frost", "Elm")
_EN_TAILS = ("wind", "peak", "leaf", "field", "brook", "gate", "ridge", "stone", "bay", "crest",
             "line", "haven", "point", "view", "wood", "dale", "mark", "well", "ford", "bridge")
_EN_TRADES = ("Traders", "Logistics", "Foods", "Supply", "Manufacturing", "Systems", "Health",
              "Retail", "Construction", "Distribution", "Electronics", "Packaging", "Textiles",
              "Pharma", "Engineering", "Hospitality", "Labs", "Components", "Outfitters", "Freight",
              "Industries", "Analytics", "Brewing", "Medical")
_DE_ROOTS = ("Nordlicht", "Bergmann", "Falkenstein", "Rheintal", "Sonnenberg", "Eichwald", "Lindner",
             "Weissach", "Hartmann", "Brunnhof", "Steinbach", "Tannheim")
_DE_TRADES = ("Logistik", "Maschinenbau", "Handel", "Elektrotechnik", "Verpackung", "Lebensmittel",
              "Werkzeuge", "Medizintechnik", "Bau", "Textil")
_FR_ROOTS = ("Beaumont", "Lumière", "Montclair", "Valmont", "Rivière", "Chantereine", "Belleville",
             "Fontaine", "Marceau", "Saint-Aubin", "Clairval", "Bellerive")
_FR_TRADES = ("Transports", "Atelier", "Distribution", "Laboratoires", "Emballages", "Fromagerie",
              "Imprimerie", "Menuiserie", "Éditions", "Constructions")
_ES_ROOTS = ("Solana", "Alameda", "Montes", "del Valle", "Guadalquivir", "Sierra Azul", "Almendro",
             "Costa Brava", "Olivar", "Miramar", "Peñalara", "Río Verde")
_ES_TRADES = ("Distribuciones", "Grupo", "Transportes", "Construcciones", "Alimentación",
              "Suministros", "Industrias", "Talleres", "Comercial", "Laboratorios")

# Proportions of a typical mid-market book; quotas (not independent draws) so that even a
# 30-customer ledger has every segment.
SEGMENT_WEIGHTS = (("reliable", 0.38), ("recently_late", 0.14), ("frequently_late", 0.18),
                   ("strategic", 0.10), ("dispute_heavy", 0.08), ("high_risk", 0.12))

DISPUTE_REASON_WEIGHTS = (("pricing", 22), ("quantity_short", 14), ("damaged_defective", 10),
                          ("not_received", 10), ("duplicate_billing", 8), ("missing_po_or_docs", 14),
                          ("tax", 6), ("returns_credit", 8), ("service_issue", 6), ("other", 2))

DISPUTE_EVIDENCE = {
    "pricing": "The unit price on our PO is lower than what was billed.",
    "quantity_short": "We received fewer units than invoiced; the delivery note shows the shortfall.",
    "damaged_defective": "Part of the shipment arrived damaged; photos sent to your sales rep.",
    "not_received": "We have no record of receiving these goods.",
    "duplicate_billing": "This looks like a duplicate of an invoice we already paid.",
    "missing_po_or_docs": "We cannot process this without a valid PO number and proof of delivery.",
    "tax": "Sales tax was charged although we sent our exemption certificate.",
    "returns_credit": "The credit note for our returned items has not been applied.",
    "service_issue": "The service level in the contract was not met this month.",
    "other": "We need to review this invoice internally before paying.",
}


# --- the ledger in memory ----------------------------------------------------------------------

@dataclass
class DemoContact:
    email: str
    name: str | None
    role: str
    is_primary: bool


@dataclass
class DemoCustomer:
    index: int
    external_id: str
    name: str
    domain: str
    country: str
    segment: str
    terms_days: int
    currency: str
    timezone: str
    owner: str
    contacts: list[DemoContact]
    size_mu: float
    id: int | None = None


@dataclass
class DemoInvoice:
    customer: DemoCustomer
    seq: int
    issue_date: date
    due_date: date
    amount: Decimal
    po_number: str | None
    number: str = ""
    open_balance: Decimal = ZERO
    paid_date: date | None = None
    # (date, amount) payment events as they happened; only those on or before as_of exist.
    events: list[tuple[date, Decimal]] = field(default_factory=list)
    id: int | None = None


@dataclass
class DemoPayment:
    customer: DemoCustomer
    received_on: date
    amount: Decimal
    reference: str
    allocations: list[tuple[DemoInvoice, Decimal]]
    external_id: str = ""
    id: int | None = None

    @property
    def unapplied(self) -> Decimal:
        return self.amount - sum((a for _, a in self.allocations), ZERO)


@dataclass
class DemoDispute:
    invoice: DemoInvoice
    reason: str
    amount: Decimal
    status: str
    opened_at: datetime
    resolved_at: datetime | None


@dataclass
class DemoPromise:
    customer: DemoCustomer
    invoices: list[DemoInvoice]
    amount: Decimal | None
    covered: Decimal
    promised_date: date
    created_on: date
    evidence: str


@dataclass
class DemoLedger:
    options: DemoOptions
    customers: list[DemoCustomer]
    invoices: list[DemoInvoice]
    payments: list[DemoPayment]
    disputes: list[DemoDispute]
    promises: list[DemoPromise]


# --- generation --------------------------------------------------------------------------------

def _quotas(rng: random.Random, weights: tuple[tuple[str, float], ...], n: int) -> list[str]:
    """Exactly n labels in the given proportions (largest remainder), shuffled."""
    total = sum(w for _, w in weights)
    exact = [(label, n * w / total) for label, w in weights]
    counts = {label: int(x) for label, x in exact}
    rest = n - sum(counts.values())
    for label, x in sorted(exact, key=lambda e: (-(e[1] - int(e[1])), e[0]))[:rest]:
        counts[label] += 1
    labels = [label for label, _ in weights for _ in range(counts[label])]
    rng.shuffle(labels)
    return labels


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return folded.replace("ß", "ss")


def _slug(text: str) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in _ascii(text).lower()).split()
    return "-".join(words)


def _company_name(rng: random.Random, country: Country) -> tuple[str, str]:
    """(legal name, the part its web domain is made of)."""
    if country.code == "DE" and rng.random() < 0.6:
        core = f"{rng.choice(_DE_ROOTS)} {rng.choice(_DE_TRADES)}"
    elif country.code == "FR":
        core = f"{rng.choice(_FR_TRADES)} {rng.choice(_FR_ROOTS)}"
    elif country.code == "ES":
        core = f"{rng.choice(_ES_TRADES)} {rng.choice(_ES_ROOTS)}"
    else:
        core = f"{rng.choice(_EN_HEADS)}{rng.choice(_EN_TAILS)} {rng.choice(_EN_TRADES)}"
    suffix = rng.choice(country.suffixes)
    return (f"{core} {suffix}" if suffix else core), core


def _contacts(rng: random.Random, country: Country, domain: str) -> list[DemoContact]:
    mailbox = rng.choice(country.ap_mailboxes)
    contacts = [DemoContact(f"{mailbox}@{domain}", None, "ap", True)]
    people = rng.choices((1, 2), weights=(0.65, 0.35))[0]
    used = {contacts[0].email}
    for i in range(people):
        first, last = rng.choice(country.first_names), rng.choice(country.last_names)
        email = f"{_slug(first).replace('-', '')}.{_slug(last).replace('-', '')}@{domain}"
        if email in used:
            continue
        used.add(email)
        role = "ap" if i == 0 else rng.choice(("controller", "finance"))
        contacts.append(DemoContact(email, f"{first} {last}", role, False))
    return contacts


def _terms(rng: random.Random, country: Country, segment: str) -> int:
    if segment == "strategic":
        return rng.choices((30, 45, 60), weights=(0.2, 0.3, 0.5))[0]
    if country.code in ("US", "CA"):
        return rng.choices((15, 30, 45, 60), weights=(0.15, 0.55, 0.15, 0.15))[0]
    return rng.choices((15, 30, 45, 60), weights=(0.05, 0.5, 0.15, 0.3))[0]


def _make_customers(rng: random.Random, n: int) -> list[DemoCustomer]:
    countries = _quotas(rng, tuple((c.code, c.weight) for c in COUNTRIES), n)
    segments = _quotas(rng, SEGMENT_WEIGHTS, n)
    names: set[str] = set()
    domains: set[str] = set()
    customers = []
    for i in range(n):
        country = COUNTRY_BY_CODE[countries[i]]
        for attempt in range(200):
            name, core = _company_name(rng, country)
            domain = f"{_slug(core)}.example" if attempt < 50 else f"{_slug(core)}-{attempt}.example"
            if name not in names and domain not in domains:
                break
        names.add(name)
        domains.add(domain)
        segment = segments[i]
        mu = math.log(1800) + rng.gauss(0, 0.7) + (0.8 if segment == "strategic" else 0.0)
        customers.append(DemoCustomer(
            index=i, external_id=f"C{1001 + i}", name=name, domain=domain, country=country.code,
            segment=segment, terms_days=_terms(rng, country, segment), currency=country.currency,
            timezone=rng.choice(country.timezones), owner=COLLECTORS[rng.randrange(len(COLLECTORS))],
            contacts=_contacts(rng, country, domain), size_mu=mu,
        ))
    return customers


def _money(value: float) -> Decimal:
    return to_money(Decimal(f"{value:.2f}"))


def _make_invoices(rng: random.Random, customers: list[DemoCustomer], options: DemoOptions) -> list[DemoInvoice]:
    weights = [rng.lognormvariate(0, 0.6) * (1.5 if c.segment == "strategic" else 1.0) for c in customers]
    target = options.invoices_per_customer * len(customers)
    scale = target / sum(weights)
    start = options.as_of - timedelta(days=365)
    invoices: list[DemoInvoice] = []
    for customer, weight in zip(customers, weights):
        count = max(3, round(weight * scale))
        round_amounts = rng.random() < 0.3  # service firms bill whole amounts
        uses_po = rng.random() < 0.5
        offsets = sorted(rng.randrange(0, 366) for _ in range(count))
        for seq, offset in enumerate(offsets):
            issue = start + timedelta(days=offset)
            raw = min(max(rng.lognormvariate(customer.size_mu, 0.55), 75.0), 150000.0)
            amount = _money(round(raw, -1) if round_amounts else raw)
            po = f"PO-{rng.randrange(100000, 999999)}" if uses_po else None
            invoices.append(DemoInvoice(customer, seq, issue, issue + timedelta(days=customer.terms_days),
                                        amount, po, open_balance=amount))
    invoices.sort(key=lambda inv: (inv.issue_date, inv.customer.index, inv.seq))
    if FIRST_INVOICE_NUMBER + len(invoices) > 99999:
        raise ValueError("too many invoices for five-digit invoice numbers; use fewer customers")
    for i, invoice in enumerate(invoices):
        invoice.number = f"INV-{FIRST_INVOICE_NUMBER + i:05d}"
    return invoices


def _lateness(rng: random.Random, segment: str, due: date, as_of: date) -> int | None:
    """Days after the due date the customer pays; None: not paying at all."""
    r = rng.random()
    if segment == "recently_late" and due >= as_of - timedelta(days=120):
        return None if r < 0.25 else rng.randint(10, 50)
    if segment in ("reliable", "recently_late"):
        return rng.randint(-5, 3) if r < 0.85 else rng.randint(4, 15) if r < 0.97 else rng.randint(16, 40)
    if segment == "strategic":
        return rng.randint(-3, 25) if r < 0.9 else rng.randint(26, 60)
    if segment == "frequently_late":
        return rng.randint(20, 60) if r < 0.85 else rng.randint(61, 120) if r < 0.95 else None
    if segment == "dispute_heavy":
        return rng.randint(0, 25) if r < 0.7 else rng.randint(40, 110) if r < 0.9 else None
    # high_risk
    return None if r < 0.35 else rng.randint(30, 110)


def _reference(rng: random.Random, customer: DemoCustomer, on: date, invoices: list[DemoInvoice]) -> str:
    numbers = " ".join(i.number for i in invoices[:3])
    if customer.currency == "USD":
        kind = rng.choices(("ACH", "CHK", "WIRE"), weights=(0.6, 0.25, 0.15))[0]
        if kind == "CHK":
            return f"CHK {rng.randint(10000, 99999)}"
        return f"{kind} {on:%Y%m%d}{rng.randint(1000, 9999)} {numbers}".strip()
    label = {"EUR": "SEPA", "GBP": "BACS", "CAD": "EFT"}[customer.currency]
    return f"{label} {customer.name.split()[0].upper()} {numbers}".strip()


def _simulate_payments(rng: random.Random, customers: list[DemoCustomer], invoices: list[DemoInvoice],
                       as_of: date) -> list[DemoPayment]:
    for invoice in invoices:
        customer = invoice.customer
        late = _lateness(rng, customer.segment, invoice.due_date, as_of)
        if late is None:
            continue
        pay_on = max(invoice.issue_date + timedelta(days=1), invoice.due_date + timedelta(days=late))
        partial_rate = 0.15 if customer.segment in ("high_risk", "dispute_heavy", "frequently_late") else 0.06
        r = rng.random()
        if r < partial_rate:
            first = _money(float(invoice.amount) * rng.uniform(0.3, 0.8))
            events = [(pay_on, first), (pay_on + timedelta(days=rng.randint(10, 60)), invoice.amount - first)]
        elif customer.currency != "USD" and r < partial_rate + 0.04:
            # Foreign wires arrive short by the bank's charges, leaving a small balance.
            events = [(pay_on, invoice.amount - Decimal("15.00"))] if invoice.amount > 100 else [(pay_on, invoice.amount)]
        else:
            events = [(pay_on, invoice.amount)]
        for on, amount in events:
            if on > as_of or amount <= 0:
                break
            invoice.events.append((on, amount))
            invoice.open_balance -= amount
            if invoice.open_balance == 0:
                invoice.paid_date = on

    # One remittance per customer per day, as AP departments pay in runs.
    runs: dict[tuple[int, date], list[tuple[DemoInvoice, Decimal]]] = defaultdict(list)
    for invoice in invoices:
        for on, amount in invoice.events:
            runs[(invoice.customer.index, on)].append((invoice, amount))
    payments = []
    for (index, on), allocations in sorted(runs.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        customer = customers[index]
        total = sum((a for _, a in allocations), ZERO)
        reference = _reference(rng, customer, on, [i for i, _ in allocations])
        if rng.random() < 0.02:
            total += Decimal(rng.choice(("10.00", "25.00", "50.00")))  # overpaid: the rest stays unapplied
        payments.append(DemoPayment(customer, on, total, reference, allocations))

    # Money received without remittance advice: waits for cash application.
    for customer in customers:
        if rng.random() < 0.10:
            on = as_of - timedelta(days=rng.randint(1, 40))
            amount = _money(rng.lognormvariate(customer.size_mu, 0.5))
            payments.append(DemoPayment(customer, on, amount, f"DEPOSIT {on:%m%d} NO REMITTANCE", []))
    payments.sort(key=lambda p: (p.received_on, p.customer.index, p.amount))
    for i, payment in enumerate(payments):
        payment.external_id = f"PMT-{100001 + i}"
    return payments


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=timezone.utc)


def _dispute_amount(rng: random.Random, reason: str, invoice: DemoInvoice, balance: Decimal) -> Decimal:
    """Line-level reasons contest part of the invoice; the others contest all that is owed."""
    share = {"pricing": (0.05, 0.25), "quantity_short": (0.1, 0.4), "tax": (0.07, 0.2),
             "returns_credit": (0.1, 0.5), "damaged_defective": (0.2, 1.0)}.get(reason)
    if share is None:
        return balance
    return min(balance, max(Decimal("1.00"), _money(float(invoice.amount) * rng.uniform(*share))))


def _make_disputes(rng: random.Random, invoices: list[DemoInvoice], as_of: date) -> list[DemoDispute]:
    reasons = tuple(r for r, _ in DISPUTE_REASON_WEIGHTS)
    reason_weights = tuple(w for _, w in DISPUTE_REASON_WEIGHTS)
    disputes = []
    for invoice in invoices:
        segment = invoice.customer.segment
        overdue = invoice.open_balance > 0 and invoice.due_date < as_of
        if overdue:
            rate = {"dispute_heavy": 0.5, "reliable": 0.0}.get(segment, 0.04)
            if rng.random() >= rate:
                continue
            reason = rng.choices(reasons, weights=reason_weights)[0]
            opened = min(invoice.due_date + timedelta(days=rng.randint(3, 40)), as_of - timedelta(days=1))
            status = "in_review" if rng.random() < 0.3 else "open"
            amount = _dispute_amount(rng, reason, invoice, invoice.open_balance)
            disputes.append(DemoDispute(invoice, reason, amount, status,
                                        _at(opened, 14, rng.randrange(60)), None))
        elif invoice.paid_date is not None and segment == "dispute_heavy" and rng.random() < 0.12:
            reason = rng.choices(reasons, weights=reason_weights)[0]
            opened = invoice.due_date + timedelta(days=rng.randint(1, 10))
            resolved = max(opened + timedelta(days=1), invoice.paid_date)
            if resolved > as_of:
                continue
            status = rng.choice(("resolved_credit", "resolved_upheld", "withdrawn"))
            amount = _dispute_amount(rng, reason, invoice, invoice.amount)
            disputes.append(DemoDispute(invoice, reason, amount, status, _at(opened, 14), _at(resolved, 16)))
    return disputes


def _say_amount(amount: Decimal, currency: str) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "C$"}[currency]
    return f"{symbol}{amount:,.2f}"


def _make_promises(rng: random.Random, customers: list[DemoCustomer], invoices: list[DemoInvoice],
                   disputes: list[DemoDispute], as_of: date) -> list[DemoPromise]:
    disputed = {id(d.invoice) for d in disputes if d.resolved_at is None}
    promises: list[DemoPromise] = []
    used: set[int] = set()

    def promise(invs: list[DemoInvoice], covered: Decimal, stated: Decimal | None, when: date,
                made: date) -> None:
        customer = invs[0].customer
        numbers = ", ".join(i.number for i in invs)
        said = _say_amount(stated, customer.currency) if stated is not None else "the balance"
        promises.append(DemoPromise(customer, invs, stated, covered, when, made,
                                    f"We will pay {said} for {numbers} by {when:%B %d}."))
        used.update(id(i) for i in invs)

    # Open promises, due in the coming two weeks, from customers who are behind.
    behind: dict[int, list[DemoInvoice]] = defaultdict(list)
    for inv in invoices:
        if (inv.open_balance > 0 and inv.due_date < as_of and id(inv) not in disputed
                and inv.customer.segment != "reliable"):
            behind[inv.customer.index].append(inv)
    candidates = sorted(behind)
    rng.shuffle(candidates)
    for index in candidates[: max(2, round(len(customers) * 0.10))]:
        overdue = sorted(behind[index], key=lambda i: i.due_date)[: rng.randint(1, 3)]
        balance = sum((i.open_balance for i in overdue), ZERO)
        stated = None if rng.random() < 0.5 else balance
        promise(overdue, balance, stated, as_of + timedelta(days=rng.randint(1, 14)),
                as_of - timedelta(days=rng.randint(1, 6)))

    # Promises judged in the last weeks. Kept: paid in full in one go inside the window.
    recent = as_of - timedelta(days=35)
    kept = [i for i in invoices if len(i.events) == 1 and i.paid_date and recent <= i.paid_date
            and i.paid_date <= as_of - timedelta(days=8) and i.paid_date > i.due_date]
    partial = [i for i in invoices if i.events and i.open_balance > 0 and recent <= i.events[0][0]
               <= as_of - timedelta(days=8) and id(i) not in disputed]
    broken = [i for i in invoices if not i.events and i.due_date < as_of - timedelta(days=40)
              and id(i) not in disputed and i.customer.segment != "reliable"]
    for pool, share, outcome in ((kept, 0.08, "kept"), (partial, 0.03, "partially_kept"), (broken, 0.05, "broken")):
        pool = [i for i in pool if id(i) not in used]
        rng.shuffle(pool)
        for inv in pool[: max(1, round(len(customers) * share))]:
            if outcome == "broken":
                when = as_of - timedelta(days=rng.randint(5, 25))
            else:
                when = inv.events[0][0] + timedelta(days=rng.randint(0, 2))
                if add_business_days(when, 2) > as_of:
                    continue
            made = (when if outcome == "broken" else inv.events[0][0]) - timedelta(days=rng.randint(3, 10))
            promise([inv], inv.amount, inv.amount if rng.random() < 0.5 else None, when, made)
    return promises


def build_demo(options: DemoOptions) -> DemoLedger:
    """The whole demo ledger in memory; a pure function of the options."""
    rng = random.Random(options.seed)
    customers = _make_customers(rng, options.customers)
    invoices = _make_invoices(rng, customers, options)
    payments = _simulate_payments(rng, customers, invoices, options.as_of)
    disputes = _make_disputes(rng, invoices, options.as_of)
    promises = _make_promises(rng, customers, invoices, disputes, options.as_of)
    return DemoLedger(options, customers, invoices, payments, disputes, promises)


# --- writing -----------------------------------------------------------------------------------

Progress = Callable[[str], None]
STEPS = ("users", "customers and contacts", "invoices", "payments", "disputes", "promises")


class LedgerNotEmpty(ValueError):
    """The demo only seeds an empty ledger, so it never mixes with real data."""


def _ensure_users(session: Session) -> dict[str, int]:
    # Plain rows without passwords: the web layer sets passwords for real logins.
    ids = {}
    for name, role in DEMO_USERS:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            user = User(name=name, email=f"{name}@{OUR_DOMAIN}", role=role)
            session.add(user)
            session.flush()
            audit.record(session, actor=DEMO_ACTOR, action="user.create", entity="user",
                         entity_id=user.id, after={"name": name, "role": role})
        ids[name] = user.id
    return ids


def _insert_rows(session: Session, model: type, rows: list[dict]) -> None:
    # RETURNING makes SQLAlchemy batch the rows into multi-row INSERTs on every driver
    # ("insertmanyvalues"), instead of one prepared statement per row on psycopg.
    if not rows:
        return
    table = model.__table__  # type: ignore[attr-defined]
    session.connection().execute(insert(table).returning(table.c.id), rows).all()


def _bulk_insert(session: Session, model: type, key: str, rows: list[dict]) -> dict[str, int]:
    """Insert the rows, then read back their ids by natural key (cheaper than RETURNING)."""
    if not rows:
        return {}
    _insert_rows(session, model, rows)
    column = getattr(model, key)
    keys = [row[key] for row in rows]
    ids: dict[str, int] = {}
    for start in range(0, len(keys), 5000):
        chunk = keys[start:start + 5000]
        ids.update(session.execute(select(column, model.id).where(column.in_(chunk))).all())  # type: ignore[attr-defined]
    return ids


def write_demo(session: Session, demo: DemoLedger, progress: Progress | None = None) -> DemoSummary:
    """Insert the generated ledger into an empty database, in the caller's transaction."""
    step = progress or (lambda _name: None)
    existing = session.scalar(select(func.count()).select_from(Customer))
    if existing:
        raise LedgerNotEmpty(f"the ledger already holds {existing} customers; the demo seeds an empty one")
    as_of = demo.options.as_of
    users = _ensure_users(session)
    step("users")

    opened = _at(as_of - timedelta(days=400), 9)
    ids = _bulk_insert(session, Customer, "external_id", [
        {"external_id": c.external_id, "name": c.name, "segment": c.segment, "terms_days": c.terms_days,
         "currency": c.currency, "timezone": c.timezone, "owner_id": users[c.owner],
         "created_at": opened, "updated_at": opened}
        for c in demo.customers
    ])
    for customer in demo.customers:
        customer.id = ids[customer.external_id]
    _insert_rows(session, Contact, [
        {"customer_id": c.id, "email": k.email, "name": k.name, "role": k.role, "is_primary": k.is_primary,
         "source": "import", "created_at": opened}
        for c in demo.customers for k in c.contacts
    ])
    step("customers and contacts")

    ids = _bulk_insert(session, Invoice, "number", [
        {"number": i.number, "customer_id": i.customer.id, "po_number": i.po_number,
         "issue_date": i.issue_date, "due_date": i.due_date, "amount": i.amount,
         "currency": i.customer.currency, "open_balance": i.open_balance,
         "status": status_for(i.amount, i.open_balance), "paid_date": i.paid_date,
         "created_at": _at(i.issue_date, 9), "updated_at": _at(i.paid_date or i.issue_date, 9)}
        for i in demo.invoices
    ])
    for invoice in demo.invoices:
        invoice.id = ids[invoice.number]
    step("invoices")

    ids = _bulk_insert(session, Payment, "external_id", [
        {"external_id": p.external_id, "customer_id": p.customer.id, "received_on": p.received_on,
         "amount": p.amount, "currency": p.customer.currency, "reference": p.reference,
         "unapplied_amount": p.unapplied, "created_at": _at(p.received_on, 12)}
        for p in demo.payments
    ])
    for payment in demo.payments:
        payment.id = ids[payment.external_id]
    allocations = [
        {"payment_id": p.id, "invoice_id": inv.id, "amount": amount, "applied_on": p.received_on}
        for p in demo.payments for inv, amount in p.allocations
    ]
    _insert_rows(session, Allocation, allocations)
    _audit_import(session, demo)
    step("payments")

    _write_disputes(session, demo)
    step("disputes")
    _write_promises(session, demo)
    step("promises")
    session.flush()
    return summarize(session, demo.options)


def _audit_import(session: Session, demo: DemoLedger) -> None:
    invoices = defaultdict(list)
    for inv in demo.invoices:
        invoices[inv.customer.index].append(inv)
    payments = defaultdict(list)
    for p in demo.payments:
        payments[p.customer.index].append(p)
    for c in demo.customers:
        audit.record(
            session, actor=DEMO_ACTOR, action="customer.create", entity="customer", entity_id=c.id,
            after={"external_id": c.external_id, "name": c.name, "segment": c.segment,
                   "terms_days": c.terms_days, "currency": c.currency, "timezone": c.timezone,
                   "owner": c.owner, "contacts": [k.email for k in c.contacts]},
        )
        invs, pays = invoices[c.index], payments[c.index]
        audit.record(
            session, actor=DEMO_ACTOR, action="demo.import", entity="customer", entity_id=c.id,
            after={"invoices": len(invs), "invoiced": sum((i.amount for i in invs), ZERO),
                   "payments": len(pays), "received": sum((p.amount for p in pays), ZERO),
                   "open_balance": sum((i.open_balance for i in invs), ZERO)},
        )
    audit.record(
        session, actor=DEMO_ACTOR, action="demo.seed", entity="ledger",
        after={"seed": demo.options.seed, "as_of": demo.options.as_of, "customers": len(demo.customers),
               "invoices": len(demo.invoices), "payments": len(demo.payments)},
        detail="demo ledger seeded from generated data",
    )


def _write_disputes(session: Session, demo: DemoLedger) -> None:
    user_ids = dict(session.execute(select(User.name, User.id)).all())
    rows = [
        Dispute(customer_id=d.invoice.customer.id, invoice_id=d.invoice.id, reason=d.reason, amount=d.amount,
                status=d.status, owner_id=user_ids[d.invoice.customer.owner],
                evidence=DISPUTE_EVIDENCE[d.reason], opened_at=d.opened_at, resolved_at=d.resolved_at)
        for d in demo.disputes
    ]
    session.add_all(rows)
    session.flush()
    for d, dispute in zip(demo.disputes, rows):
        audit.record(session, actor=DEMO_ACTOR, action="dispute.open", entity="dispute",
                     entity_id=dispute.id, after={"invoice": d.invoice.number, "reason": d.reason,
                                                  "amount": d.amount, "status": d.status})
        if d.resolved_at is None:
            pause_dunning(session, customer_id=dispute.customer_id, invoice_id=d.invoice.id, until=None,
                          reason=f"open dispute ({d.reason})", actor=DEMO_ACTOR)


def _write_promises(session: Session, demo: DemoLedger) -> None:
    """Promises go in open, then the ledger's own rule judges those whose grace has passed."""
    invoice_rows = {
        inv.id: inv for inv in session.scalars(
            select(Invoice).where(Invoice.id.in_([i.id for p in demo.promises for i in p.invoices]))
        )
    }
    for p in demo.promises:
        promise = Promise(
            customer_id=p.customer.id, amount=p.amount, currency=p.customer.currency,
            promised_date=p.promised_date, status="open", covered_amount=p.covered,
            evidence=p.evidence, created_by=DEMO_ACTOR, created_at=_at(p.created_on, 15),
            invoices=[invoice_rows[i.id] for i in p.invoices],
        )
        session.add(promise)
        session.flush()
        audit.record(session, actor=DEMO_ACTOR, action="promise.record", entity="promise",
                     entity_id=promise.id,
                     after={**audit.snapshot(promise, PROMISE_FIELDS), "invoices": [i.number for i in p.invoices]})
        if p.promised_date >= demo.options.as_of:
            until = add_business_days(p.promised_date, promise.grace_days)
            for inv in p.invoices:
                pause_dunning(session, customer_id=p.customer.id, invoice_id=inv.id, until=until,
                              reason="promise to pay", actor=DEMO_ACTOR)
    judge_due_promises(session, demo.options.as_of, actor=DEMO_ACTOR)


def seed_demo(session: Session, options: DemoOptions, progress: Progress | None = None) -> DemoSummary:
    return write_demo(session, build_demo(options), progress)


# --- reading the demo back ---------------------------------------------------------------------

def open_ar_by_currency(session: Session) -> dict[str, Decimal]:
    """Open receivables per currency: the demo mixes USD, EUR, GBP and CAD customers."""
    rows = session.execute(
        select(Invoice.currency, func.sum(Invoice.open_balance))
        .where(Invoice.status.in_(("open", "partially_paid"))).group_by(Invoice.currency)
    ).all()
    return {currency: amount or ZERO for currency, amount in sorted(rows)}


def seeded_as_of(session: Session) -> date | None:
    """The "today" the ledger was seeded for, if it is a demo ledger."""
    entry = session.scalar(
        select(AuditLog).where(AuditLog.action == "demo.seed").order_by(AuditLog.id.desc()).limit(1)
    )
    if entry is None or not entry.after or "as_of" not in entry.after:
        return None
    return date.fromisoformat(entry.after["as_of"])


def summarize(session: Session, options: DemoOptions) -> DemoSummary:
    def count(model: type, *where: object) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    promises = dict(session.execute(select(Promise.status, func.count()).group_by(Promise.status)).all())
    disputes = dict(session.execute(select(Dispute.status, func.count()).group_by(Dispute.status)).all())
    return DemoSummary(
        seed=options.seed, as_of=options.as_of, customers=count(Customer), contacts=count(Contact),
        invoices=count(Invoice), payments=count(Payment),
        unapplied_payments=count(Payment, Payment.unapplied_amount > 0),
        promises=dict(sorted(promises.items())), disputes=dict(sorted(disputes.items())),
        open_ar=open_ar_by_currency(session),
    )


def ledger_fingerprint(session: Session) -> str:
    """A hash of every figure in the ledger, to show two seeds of the same seed are identical."""
    digest = hashlib.sha256()

    def feed(rows: object) -> None:
        for row in rows:  # type: ignore[attr-defined]
            digest.update(repr(tuple(row)).encode())

    feed(session.execute(select(Customer.external_id, Customer.name, Customer.segment, Customer.terms_days,
                                Customer.currency, Customer.timezone).order_by(Customer.external_id)))
    feed(session.execute(select(Contact.email, Contact.name, Contact.role).order_by(Contact.email)))
    feed(session.execute(select(Invoice.number, Invoice.issue_date, Invoice.due_date, Invoice.amount,
                                Invoice.open_balance, Invoice.status, Invoice.paid_date).order_by(Invoice.number)))
    feed(session.execute(select(Payment.external_id, Payment.received_on, Payment.amount,
                                Payment.unapplied_amount, Payment.reference).order_by(Payment.external_id)))
    feed(session.execute(select(Payment.external_id, Invoice.number, Allocation.amount)
                         .join(Payment, Allocation.payment_id == Payment.id)
                         .join(Invoice, Allocation.invoice_id == Invoice.id)
                         .order_by(Payment.external_id, Invoice.number)))
    feed(session.execute(select(Invoice.number, Dispute.reason, Dispute.amount, Dispute.status)
                         .join(Invoice, Dispute.invoice_id == Invoice.id)
                         .order_by(Invoice.number, Dispute.reason)))
    for p in session.scalars(select(Promise).options(selectinload(Promise.invoices))
                             .order_by(Promise.promised_date, Promise.covered_amount)):
        feed([(p.promised_date, p.status, p.covered_amount, p.paid_amount,
               tuple(sorted(i.number for i in p.invoices)))])
    return digest.hexdigest()
