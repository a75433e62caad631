"""Read tools: what the agent may look up in the ledger, as typed, JSON-ready views.

The agent sees the ledger only through these views (and proposes writes through
`tools.proposals`); it never holds a session-bound row, so nothing it does can write.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy import exists, false, or_, select
from sqlalchemy.orm import Session, joinedload

from ledger.customers import customers_for_address
from ledger.disputes import OPEN_STATES
from ledger.models import (
    Allocation,
    Contact,
    Customer,
    Dispute,
    DunningPause,
    Invoice,
    Message,
    Payment,
    Promise,
    promise_invoices,
)


class ContactView(BaseModel):
    email: str
    name: str | None
    role: str
    primary: bool
    opt_out: bool


class CustomerView(BaseModel):
    id: int
    external_id: str
    name: str
    segment: str
    terms_days: int
    currency: str
    timezone: str
    owner: str | None
    do_not_contact: bool
    on_hold: bool
    automation_stopped: bool
    contacts: list[ContactView]


class InvoiceView(BaseModel):
    number: str
    po_number: str | None
    issue_date: date
    due_date: date
    amount: Decimal
    open_balance: Decimal
    currency: str
    status: str
    days_past_due: int
    disputed: bool = False
    paused: bool = False


class PaymentView(BaseModel):
    received_on: date
    amount: Decimal
    currency: str
    reference: str | None
    invoices: list[str]


class PromiseView(BaseModel):
    id: int
    status: str
    amount: Decimal | None
    promised_date: date
    invoices: list[str]
    judged_on: date | None


class DisputeView(BaseModel):
    id: int
    invoice: str
    reason: str
    amount: Decimal | None
    status: str


class AgingView(BaseModel):
    current: Decimal = Decimal("0.00")
    d1_30: Decimal = Decimal("0.00")
    d31_60: Decimal = Decimal("0.00")
    d61_90: Decimal = Decimal("0.00")
    over_90: Decimal = Decimal("0.00")

    @property
    def total(self) -> Decimal:
        return self.current + self.d1_30 + self.d31_60 + self.d61_90 + self.over_90


class CustomerMatch(BaseModel):
    customer_id: int
    how: str  # "contact", "domain", "invoice", "thread"
    confidence: float


class LedgerSnapshot(BaseModel):
    """Everything the agent looked up for one message: the source of truth for grounding."""

    as_of: date
    customer: CustomerView
    open_invoices: list[InvoiceView]
    mentioned_invoices: list[InvoiceView] = Field(default_factory=list)  # named, not open (e.g. paid)
    payments: list[PaymentView]
    promises: list[PromiseView]
    disputes: list[DisputeView]
    aging: AgingView
    dunning_stage: str
    broken_promises_12m: int

    @property
    def balance(self) -> Decimal:
        return sum((i.open_balance for i in self.open_invoices), Decimal("0.00"))

    def open_balance_of(self, numbers: list[str]) -> Decimal | None:
        """The open balance of those of `numbers` that are open here; None when none is."""
        named = [i.open_balance for i in self.open_invoices if i.number in numbers]
        return sum(named, Decimal("0.00")) if named else None

    @property
    def max_days_past_due(self) -> int:
        return max((i.days_past_due for i in self.open_invoices), default=0)




def match_customer(session: Session, *, sender: str | None, invoice_numbers: list[str],
                   thread_key: str | None) -> CustomerMatch | None:
    """Who wrote: the sender's contact record, the thread, the invoices named, then the domain."""
    if sender:
        exact = session.scalars(
            select(Contact.customer_id).where(Contact.email == sender.lower()).distinct()
        ).all()
        if len(exact) == 1:
            return CustomerMatch(customer_id=exact[0], how="contact", confidence=1.0)
    if thread_key:
        earlier = session.scalar(
            select(Message.customer_id).where(Message.thread_key == thread_key, Message.customer_id.is_not(None))
            .order_by(Message.id.desc()).limit(1)
        )
        if earlier is not None:
            return CustomerMatch(customer_id=earlier, how="thread", confidence=0.9)
    if invoice_numbers:
        owners = set(session.scalars(select(Invoice.customer_id).where(Invoice.number.in_(invoice_numbers))))
        if len(owners) == 1:
            return CustomerMatch(customer_id=owners.pop(), how="invoice", confidence=0.85)
    if sender:
        by_domain = customers_for_address(session, sender)
        if len(by_domain) == 1:
            return CustomerMatch(customer_id=by_domain[0].id, how="domain", confidence=0.7)
    return None


def reading_context(session: Session, customer_id: int) -> tuple[list[str], str, str]:
    """What a reader needs to know of a customer: open invoice numbers, currency, time zone."""
    c = session.get(Customer, customer_id)
    if c is None:
        raise LookupError(f"no customer {customer_id}")
    numbers = list(session.scalars(select(Invoice.number).where(
        Invoice.customer_id == customer_id, Invoice.status.in_(("open", "partially_paid")))))
    return numbers, c.currency, c.timezone


def customer_view(session: Session, customer_id: int) -> CustomerView:
    c = session.get(Customer, customer_id, options=[joinedload(Customer.owner)])
    if c is None:
        raise LookupError(f"no customer {customer_id}")
    contacts = session.scalars(select(Contact).where(Contact.customer_id == c.id, Contact.active.is_(True))
                               .order_by(Contact.is_primary.desc(), Contact.id)).all()
    return CustomerView(
        id=c.id, external_id=c.external_id, name=c.name, segment=c.segment, terms_days=c.terms_days,
        currency=c.currency, timezone=c.timezone, owner=c.owner.name if c.owner else None,
        do_not_contact=c.do_not_contact, on_hold=c.on_hold, automation_stopped=c.automation_stopped,
        contacts=[ContactView(email=k.email, name=k.name, role=k.role, primary=k.is_primary, opt_out=k.opt_out)
                  for k in contacts],
    )


# The look-ups below select plain columns rather than ORM objects: the agent needs values,
# and column rows cost a fraction of loading and tracking entities (this runs per message).
_INVOICE_COLUMNS = (Invoice.id, Invoice.number, Invoice.po_number, Invoice.issue_date, Invoice.due_date,
                    Invoice.amount, Invoice.open_balance, Invoice.currency, Invoice.status)


def _invoice_views(session: Session, query, as_of: date) -> list[InvoiceView]:  # type: ignore[no-untyped-def]
    return [
        InvoiceView(number=r.number, po_number=r.po_number, issue_date=r.issue_date, due_date=r.due_date,
                    amount=r.amount, open_balance=r.open_balance, currency=r.currency, status=r.status,
                    days_past_due=(as_of - r.due_date).days, disputed=bool(r.disputed), paused=bool(r.paused))
        for r in session.execute(query)
    ]


def open_invoices(session: Session, customer_id: int, as_of: date) -> list[InvoiceView]:
    """Open invoices, each marked when an open dispute or an active pause holds it (one query)."""
    disputed = exists().where(Dispute.invoice_id == Invoice.id, Dispute.status.in_(OPEN_STATES))
    paused = exists().where(
        DunningPause.customer_id == Invoice.customer_id, DunningPause.lifted_at.is_(None),
        or_(DunningPause.until.is_(None), DunningPause.until >= as_of),
        or_(DunningPause.invoice_id.is_(None), DunningPause.invoice_id == Invoice.id),
    )
    query = select(*_INVOICE_COLUMNS, disputed.label("disputed"), paused.label("paused")).where(
        Invoice.customer_id == customer_id, Invoice.status.in_(("open", "partially_paid"))
    ).order_by(Invoice.due_date)
    return _invoice_views(session, query, as_of)


def invoices_by_number(session: Session, customer_id: int, numbers: list[str], as_of: date) -> list[InvoiceView]:
    """The named invoices that belong to this customer (other customers' stay invisible)."""
    if not numbers:
        return []
    query = select(*_INVOICE_COLUMNS, false().label("disputed"), false().label("paused")).where(
        Invoice.customer_id == customer_id, Invoice.number.in_(numbers))
    return _invoice_views(session, query, as_of)


def payment_history(session: Session, customer_id: int, limit: int = 10) -> list[PaymentView]:
    rows = session.execute(
        select(Payment.id, Payment.received_on, Payment.amount, Payment.currency, Payment.reference)
        .where(Payment.customer_id == customer_id).order_by(Payment.received_on.desc()).limit(limit)
    ).all()
    applied: dict[int, list[str]] = {}
    if rows:
        for pid, number in session.execute(
            select(Allocation.payment_id, Invoice.number).join(Invoice, Invoice.id == Allocation.invoice_id)
            .where(Allocation.payment_id.in_([r.id for r in rows]))
        ):
            applied.setdefault(pid, []).append(number)
    return [PaymentView(received_on=r.received_on, amount=r.amount, currency=r.currency, reference=r.reference,
                        invoices=applied.get(r.id, [])) for r in rows]


def promises(session: Session, customer_id: int, limit: int = 20) -> list[PromiseView]:
    rows = session.execute(
        select(Promise.id, Promise.status, Promise.amount, Promise.promised_date, Promise.judged_on)
        .where(Promise.customer_id == customer_id).order_by(Promise.promised_date.desc()).limit(limit)
    ).all()
    named: dict[int, list[str]] = {}
    if rows:
        for pid, number in session.execute(
            select(promise_invoices.c.promise_id, Invoice.number)
            .join(Invoice, Invoice.id == promise_invoices.c.invoice_id)
            .where(promise_invoices.c.promise_id.in_([r.id for r in rows]))
        ):
            named.setdefault(pid, []).append(number)
    return [PromiseView(id=r.id, status=r.status, amount=r.amount, promised_date=r.promised_date,
                        invoices=named.get(r.id, []), judged_on=r.judged_on) for r in rows]


def disputes(session: Session, customer_id: int) -> list[DisputeView]:
    rows = session.execute(
        select(Dispute.id, Invoice.number, Dispute.reason, Dispute.amount, Dispute.status)
        .join(Invoice, Invoice.id == Dispute.invoice_id)
        .where(Dispute.customer_id == customer_id).order_by(Dispute.opened_at.desc())
    )
    return [DisputeView(id=i, invoice=number, reason=reason, amount=amount, status=status)
            for i, number, reason, amount, status in rows]


def aging(invoices: list[InvoiceView]) -> AgingView:
    view = AgingView()
    for inv in invoices:
        d = inv.days_past_due
        field = ("current" if d <= 0 else "d1_30" if d <= 30 else "d31_60" if d <= 60
                 else "d61_90" if d <= 90 else "over_90")
        setattr(view, field, getattr(view, field) + inv.open_balance)
    return view


def dunning_stage(invoices: list[InvoiceView]) -> str:
    """Where the oldest undisputed open invoice sits in the default cadence."""
    chased = [i.days_past_due for i in invoices if not i.disputed]
    worst = max(chased, default=-999)
    if worst < -7:
        return "none"
    if worst < 0:
        return "friendly_reminder"
    if worst < 5:
        return "due"
    if worst < 15:
        return "overdue_notice"
    if worst < 30:
        return "second_notice"
    if worst < 60:
        return "escalation"
    return "final"


def snapshot(session: Session, customer_id: int, as_of: date, mentioned: list[str] | None = None) -> LedgerSnapshot:
    invs = open_invoices(session, customer_id, as_of)
    proms = promises(session, customer_id)
    year_ago = as_of - timedelta(days=365)
    return LedgerSnapshot(
        as_of=as_of,
        customer=customer_view(session, customer_id),
        open_invoices=invs,
        # Invoices named in the message that are not open (paid ones); open ones are listed already.
        mentioned_invoices=invoices_by_number(
            session, customer_id, [n for n in mentioned or [] if n not in {i.number for i in invs}], as_of),
        payments=payment_history(session, customer_id),
        promises=proms,
        disputes=disputes(session, customer_id),
        aging=aging(invs),
        dunning_stage=dunning_stage(invs),
        broken_promises_12m=sum(1 for p in proms if p.status in ("broken", "partially_kept")
                                and p.judged_on is not None and p.judged_on >= year_ago),
    )
