"""A small ledger and raw customer emails for the agent's tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from agent.triage import Agent, make_agent
from config import Settings
from ledger.customers import upsert_contact, upsert_customer
from ledger.db import transaction
from ledger.invoices import upsert_invoice
from ledger.messages import store_raw
from ledger.models import User
from ledger.schemas import ContactIn, CustomerIn, InvoiceIn

TODAY = date(2026, 11, 20)


def seed_ledger(sessions: sessionmaker[Session]) -> dict[str, int]:
    with transaction(sessions) as s:
        s.add_all([
            User(name="alice", email="alice@ourco.example", role="collector"),
            User(name="dana", email="dana@ourco.example", role="manager"),
        ])
        upsert_customer(s, CustomerIn(external_id="C-ACME", name="Acme Industrial", segment="frequently_late",
                                      email="ap@acme.example"), actor="test")
        upsert_contact(s, ContactIn(customer_id="C-ACME", email="dana.ruiz@acme.example", name="Dana Ruiz"),
                       actor="test")
        upsert_customer(s, CustomerIn(external_id="C-GLOBEX", name="Globex", email="ap@globex.example"),
                        actor="test")
        for number, amount, due in (("INV-20417", "4200.00", date(2026, 10, 15)),
                                    ("INV-20418", "1250.00", date(2026, 11, 1)),
                                    ("INV-20419", "980.50", date(2026, 12, 5))):
            upsert_invoice(s, InvoiceIn(invoice_number=number, customer_id="C-ACME", issue_date=date(2026, 9, 15),
                                        due_date=due, amount=Decimal(amount)), actor="test")
        upsert_invoice(s, InvoiceIn(invoice_number="INV-30001", customer_id="C-GLOBEX",
                                    issue_date=date(2026, 9, 1), due_date=date(2026, 10, 1),
                                    amount=Decimal("777.77")), actor="test")
        s.flush()
        return {u.name: u.id for u in s.query(User).all()}


def email(body: str, *, subject: str = "RE: Invoice INV-20417 past due", sender: str = "Dana Ruiz <dana.ruiz@acme.example>",
          message_id: str = "<reply-1@acme.example>", date_header: str = "Tue, 17 Nov 2026 09:14:00 -0500",
          extra_headers: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: ar@ourco.example\r\nSubject: {subject}\r\nDate: {date_header}\r\n"
        f"Message-ID: {message_id}\r\nIn-Reply-To: <dunning-77@ourco.example>\r\n"
        f"References: <dunning-77@ourco.example>\r\n{extra_headers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def store(sessions: sessionmaker[Session], raw: bytes) -> int:
    with transaction(sessions) as s:
        stored = store_raw(s, raw, source="test", folder="INBOX")
        s.flush()
        return stored.message.id


def agent_for(engine: Engine, sessions: sessionmaker[Session], tmp_path, **overrides) -> Agent:  # type: ignore[no-untyped-def]
    settings = Settings(AR_DATA_DIR=tmp_path, AR_DATABASE_URL=engine.url.render_as_string(hide_password=False),
                        AR_FROM="Acme Receivables <ar@ourco.example>", AR_REASONER="offline")
    return make_agent(settings, sessions, today=lambda: TODAY, **overrides)
