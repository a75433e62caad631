"""The ledger's tables: SQLAlchemy 2.0 typed models.

Money is stored as integer minor units (cents) behind a `Money` type that speaks `Decimal`, so
sums are exact on SQLite and PostgreSQL alike and no float ever touches an amount.
Rows are written only through the functions of the `ledger` package, which also write the
audit log in the same transaction.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

CENT = Decimal("0.01")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def to_money(value: Decimal | int | str) -> Decimal:
    """Normalise any amount to a two-decimal Decimal (half-up, as accountants round)."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


class Money(TypeDecorator[Decimal]):
    """A Decimal amount with two places, stored as a BIGINT number of cents."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        return int(to_money(value) * 100)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(CENT)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes in, UTC-aware datetimes out, on every engine."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the ledger; pass an aware one")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {Decimal: Money, datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


USER_ROLES = ("collector", "manager", "admin")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="collector")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    slack_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)

    user: Mapped[User] = relationship()


SEGMENTS = (
    "reliable",
    "recently_late",
    "frequently_late",
    "strategic",
    "dispute_heavy",
    "high_risk",
)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    segment: Mapped[str] = mapped_column(String(32), default="reliable")
    terms_days: Mapped[int] = mapped_column(Integer, default=30)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    on_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set by an approved cease/legal/insolvency notice: every automation stops for the customer.
    automation_stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    stop_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    owner: Mapped[User | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(back_populates="customer")
    invoices: Mapped[list[Invoice]] = relationship(back_populates="customer")


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("customer_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    email: Mapped[str] = mapped_column(String(320), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32), default="ap")
    opt_out: Mapped[bool] = mapped_column(Boolean, default=False)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(32), default="import")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


INVOICE_STATUSES = ("open", "partially_paid", "paid", "void")


class Invoice(Base):
    __tablename__ = "invoices"
    __table_args__ = (
        Index("ix_invoices_customer_status", "customer_id", "status"),
        Index("ix_invoices_status_due", "status", "due_date"),
        Index("ix_invoices_issue_date", "issue_date"),
        # Aging and credit-sales sums read from these indexes alone (migration 0002).
        Index("ix_invoices_open_aging", "status", "due_date", "issue_date", "customer_id", "open_balance"),
        Index("ix_invoices_issue_amount", "issue_date", "status", "amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    po_number: Mapped[str | None] = mapped_column(String(64))
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Cached sum of allocations, kept in the same transaction as each allocation;
    # ledger.balances.check_balances() proves the two agree.
    open_balance: Mapped[Decimal]
    status: Mapped[str] = mapped_column(String(16), default="open")
    # The date the balance reached zero (for "paid on time" metrics); None while open.
    paid_date: Mapped[date | None] = mapped_column(Date)
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="invoices")
    allocations: Mapped[list[Allocation]] = relationship(back_populates="invoice")


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_customer_date", "customer_id", "received_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    reference: Mapped[str | None] = mapped_column(String(200))
    unapplied_amount: Mapped[Decimal]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    allocations: Mapped[list[Allocation]] = relationship(back_populates="payment")


class Allocation(Base):
    __tablename__ = "allocations"
    __table_args__ = (
        UniqueConstraint("payment_id", "invoice_id"),
        Index("ix_allocations_applied_on", "applied_on", "invoice_id", "amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount: Mapped[Decimal]
    applied_on: Mapped[date] = mapped_column(Date)

    payment: Mapped[Payment] = relationship(back_populates="allocations")
    invoice: Mapped[Invoice] = relationship(back_populates="allocations")


PROMISE_STATES = ("proposed", "open", "kept", "partially_kept", "broken", "cancelled")

promise_invoices = Table(
    "promise_invoices",
    Base.metadata,
    Column("promise_id", ForeignKey("promises.id"), primary_key=True),
    Column("invoice_id", ForeignKey("invoices.id"), primary_key=True, index=True),
)


class Promise(Base):
    __tablename__ = "promises"
    __table_args__ = (Index("ix_promises_status_judged", "status", "judged_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    amount: Mapped[Decimal | None]  # None: covers the open balance of its invoices
    currency: Mapped[str | None] = mapped_column(String(3))
    promised_date: Mapped[date] = mapped_column(Date, index=True)
    grace_days: Mapped[int] = mapped_column(Integer, default=2)  # business days
    status: Mapped[str] = mapped_column(String(16), default="open")
    # The amount the promise covers when judged (stated, or the invoices' balance when made).
    covered_amount: Mapped[Decimal | None]
    paid_amount: Mapped[Decimal | None]
    judged_on: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str | None] = mapped_column(Text)
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    created_by: Mapped[str] = mapped_column(String(80), default="system")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    customer: Mapped[Customer] = relationship()
    invoices: Mapped[list[Invoice]] = relationship(secondary=promise_invoices)


DISPUTE_STATES = ("open", "in_review", "resolved_credit", "resolved_upheld", "withdrawn")
DISPUTE_REASONS = (
    "pricing",
    "quantity_short",
    "damaged_defective",
    "not_received",
    "duplicate_billing",
    "missing_po_or_docs",
    "tax",
    "returns_credit",
    "service_issue",
    "other",
)


class Dispute(Base):
    __tablename__ = "disputes"
    __table_args__ = (Index("ix_disputes_invoice_status", "invoice_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    reason: Mapped[str] = mapped_column(String(32))
    amount: Mapped[Decimal | None]
    status: Mapped[str] = mapped_column(String(16), default="open")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sla_days: Mapped[int] = mapped_column(Integer, default=10)
    evidence: Mapped[str | None] = mapped_column(Text)
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]

    invoice: Mapped[Invoice] = relationship()
    customer: Mapped[Customer] = relationship()


class PaymentClaim(Base):
    """A customer's statement that they paid, waiting for cash application to match it."""

    __tablename__ = "payment_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    amount: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    paid_on: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(200))
    invoice_numbers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | matched | rejected
    hold_until: Mapped[date | None] = mapped_column(Date)
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DunningPause(Base):
    """Dunning held for a customer or one invoice until a date (promise, claim, request)."""

    __tablename__ = "dunning_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    until: Mapped[date | None] = mapped_column(Date)  # None: until lifted by a person
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    lifted_at: Mapped[datetime | None]


MESSAGE_STATES = ("stored", "triaged", "awaiting_approval", "filed", "done", "quarantined", "error")


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("source", "folder", "uidvalidity", "uid", name="uq_messages_source_uid"),
        Index("ix_messages_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Without angle brackets; unique so a resync never stores the same email twice.
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    source: Mapped[str] = mapped_column(String(200), default="maildir")
    folder: Mapped[str] = mapped_column(String(200), default="INBOX")
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    raw_sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    subject: Mapped[str | None] = mapped_column(Text)
    from_addr: Mapped[str | None] = mapped_column(String(320), index=True)
    sent_at: Mapped[datetime | None]
    thread_key: Mapped[str | None] = mapped_column(String(998), index=True)
    new_text: Mapped[str | None] = mapped_column(Text)
    quoted_text: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    state: Mapped[str] = mapped_column(String(24), default="stored")
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    labels: Mapped[list[Any]] = mapped_column(JSON, default=list)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None]

    attachments: Mapped[list[MessageAttachment]] = relationship(back_populates="message")


class MessageAttachment(Base):
    __tablename__ = "message_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    filename: Mapped[str | None] = mapped_column(String(500))
    content_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes | None] = mapped_column(LargeBinary)  # kept for PDFs

    message: Mapped[Message] = relationship(back_populates="attachments")


class SyncState(Base):
    """Where incremental sync of one mailbox folder stopped."""

    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("source", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(200))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


DRAFT_STATES = ("pending", "approved", "rejected", "filed", "superseded")


class Draft(Base):
    """An approval item: what the agent read and proposes, waiting for a person's decision."""

    __tablename__ = "drafts"
    __table_args__ = (Index("ix_drafts_status_priority", "status", "priority"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="reply")  # reply | dunning | follow_up
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    graph_thread_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    to_addr: Mapped[str | None] = mapped_column(String(320))
    cc: Mapped[list[Any]] = mapped_column(JSON, default=list)
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    tone: Mapped[str | None] = mapped_column(String(16))
    intents: Mapped[list[Any]] = mapped_column(JSON, default=list)
    reading: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    actions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    grounding_flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    prompt_version: Mapped[str | None] = mapped_column(String(64))
    reasoner: Mapped[str | None] = mapped_column(String(32))
    confidence: Mapped[float | None] = mapped_column(Double)
    amount_at_stake: Mapped[Decimal | None]
    days_past_due: Mapped[int | None] = mapped_column(Integer)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    needs_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    decision: Mapped[str | None] = mapped_column(String(16))  # approve | edit | reject
    decision_reason: Mapped[str | None] = mapped_column(Text)
    final_subject: Mapped[str | None] = mapped_column(Text)
    final_body: Mapped[str | None] = mapped_column(Text)
    edit_similarity: Mapped[float | None] = mapped_column(Double)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    message: Mapped[Message | None] = relationship()
    customer: Mapped[Customer | None] = relationship()


OUTBOX_STATES = ("queued", "sending", "uncertain", "sent", "failed")


class Outbox(Base):
    """One approved email to deliver exactly once; rows exist only for approved drafts."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), unique=True)
    # Our Message-ID, fixed before the first attempt: the idempotency key of delivery.
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    from_addr: Mapped[str] = mapped_column(String(320))
    to_addr: Mapped[str] = mapped_column(String(320))
    cc: Mapped[list[Any]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[list[Any]] = mapped_column(JSON, default=list)
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))  # "user:alice", "agent", "import", "system"
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    detail: Mapped[str | None] = mapped_column(Text)
