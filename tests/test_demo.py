"""The demo ledger behaves like a real receivables book, and the same seed gives the same book."""

from __future__ import annotations

import json

import mailbox
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import typer
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from agent.cleaning import clean_message
from connectors.demo_mailbox import DEMO_MESSAGE_COUNT, write_demo_mailbox
from ledger.balances import check_balances
from ledger.db import make_engine, migrate, session_factory, transaction
from ledger.demo import DemoOptions, LedgerNotEmpty, ledger_fingerprint, seed_demo
from ledger.metrics import BUCKETS, aging
from ledger.models import (
    DISPUTE_REASONS,
    SEGMENTS,
    AuditLog,
    Contact,
    Customer,
    Dispute,
    Invoice,
    Payment,
    Promise,
    User,
)

AS_OF = date(2026, 11, 20)
INVOICE_NUMBER = re.compile(r"\bINV-\d{5}\b")


def _seeded(path: Path, seed: int) -> sessionmaker[Session]:
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        seed_demo(session, DemoOptions(customers=30, seed=seed, as_of=AS_OF))
    return sessions


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, sessionmaker[Session]]:
    root = tmp_path_factory.mktemp("demo")
    return {"a": _seeded(root / "a.db", 11), "b": _seeded(root / "b.db", 11), "c": _seeded(root / "c.db", 12)}


@pytest.fixture
def demo(ledgers: dict[str, sessionmaker[Session]]) -> sessionmaker[Session]:
    return ledgers["a"]


def test_the_same_seed_gives_the_same_figures_and_another_seed_different_ones(ledgers):
    figures = {}
    for name, sessions in ledgers.items():
        with sessions() as s:
            report = aging(s, AS_OF)
            figures[name] = (report.buckets, report.total, ledger_fingerprint(s))
    assert figures["a"] == figures["b"]
    assert figures["a"][0] != figures["c"][0]
    assert figures["a"][2] != figures["c"][2]


def test_every_cached_balance_agrees_with_its_allocations(demo):
    with demo() as s:
        assert check_balances(s) == []


def test_every_aging_bucket_holds_money(demo):
    with demo() as s:
        report = aging(s, AS_OF)
    assert set(report.buckets) == set(BUCKETS)
    assert all(amount > 0 for amount in report.buckets.values()), report.buckets


def test_customers_look_like_a_real_book(demo):
    with demo() as s:
        customers = s.scalars(select(Customer)).all()
        assert len(customers) == 30
        assert {c.segment for c in customers} == set(SEGMENTS)
        assert {c.currency for c in customers} == {"USD", "EUR", "GBP", "CAD"}
        assert {c.terms_days for c in customers} <= {15, 30, 45, 60}
        for c in customers:
            if c.currency == "EUR":
                assert c.timezone in ("Europe/Berlin", "Europe/Paris", "Europe/Madrid")
            if c.currency == "GBP":
                assert c.timezone == "Europe/London"
            domains = {k.email.split("@")[1] for k in c.contacts}
            assert len(domains) == 1 and sum(k.is_primary for k in c.contacts) == 1
        users = {u.name: u for u in s.scalars(select(User))}
        assert users["dana"].role == "manager"
        assert {users[n].role for n in ("alice", "bob", "carol")} == {"collector"}
        assert {c.owner_id for c in customers} <= {users[n].id for n in ("alice", "bob", "carol")}
        invoices = s.scalar(select(func.count()).select_from(Invoice))
        assert 30 * 15 < invoices < 30 * 40
        numbers = s.scalars(select(Invoice.number)).all()
        assert all(re.fullmatch(r"INV-\d{5}", n) for n in numbers)
        first_issue = s.scalar(select(func.min(Invoice.issue_date)))
        assert AS_OF - timedelta(days=366) <= first_issue


def test_payments_include_partial_and_unapplied_cash(demo):
    with demo() as s:
        assert s.scalar(select(func.count()).select_from(Payment).where(Payment.unapplied_amount > 0)) > 0
        assert s.scalar(select(func.count()).select_from(Invoice).where(Invoice.status == "partially_paid")) > 0
        assert s.scalar(select(func.max(Payment.received_on))) <= AS_OF


def test_open_and_judged_promises_and_open_disputes_exist(demo):
    with demo() as s:
        promises = s.scalars(select(Promise)).all()
        open_ = [p for p in promises if p.status == "open"]
        assert open_ and all(AS_OF < p.promised_date <= AS_OF + timedelta(days=14) for p in open_)
        judged = {p.status for p in promises if p.judged_on is not None}
        assert judged == {"kept", "partially_kept", "broken"}
        assert all(AS_OF - timedelta(days=45) <= p.judged_on <= AS_OF for p in promises if p.judged_on)
        disputes = s.scalars(select(Dispute).where(Dispute.status.in_(("open", "in_review")))).all()
        assert disputes and {d.reason for d in disputes} <= set(DISPUTE_REASONS)
        assert all(d.invoice.open_balance > 0 for d in disputes)


def test_the_import_is_audited_per_customer_and_per_batch(demo):
    with demo() as s:
        created = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "customer.create"))
        batches = s.scalars(select(AuditLog).where(AuditLog.action == "demo.seed")).all()
    assert created == 30
    assert len(batches) == 1 and batches[0].after["seed"] == 11


def test_seeding_refuses_a_ledger_that_already_has_customers(demo):
    with pytest.raises(LedgerNotEmpty), transaction(demo) as s:
        seed_demo(s, DemoOptions(customers=5, seed=1, as_of=AS_OF))


def test_the_demo_mailbox_holds_replies_from_real_contacts_about_real_invoices(demo, tmp_path):
    with demo() as s:
        mails = write_demo_mailbox(s, tmp_path / "mbox", as_of=AS_OF, seed=11)
        contacts = set(s.scalars(select(Contact.email)))
        invoices = set(s.scalars(select(Invoice.number)))
    box = mailbox.Maildir(tmp_path / "mbox", create=False)
    assert len(box) == len(mails) == DEMO_MESSAGE_COUNT >= 40
    cleaned = [clean_message(box.get_bytes(key)) for key in box.keys()]
    assert len({c.message_id for c in cleaned}) == len(cleaned)
    for c in cleaned:
        assert c.from_addr in contacts
        named = set(INVOICE_NUMBER.findall(f"{c.subject}\n{c.new_text}\n{c.quoted_text}"))
        assert named and named <= invoices, c.subject
        assert AS_OF - timedelta(days=7) <= c.date.date() < AS_OF
    assert sum(c.auto_reply for c in cleaned) == 3
    assert sum(c.in_reply_to is not None for c in cleaned) >= 35
    assert {"es", "fr", "de"} <= {c.language for c in cleaned}
    assert sum(c.html_only for c in cleaned) == 1
    assert any("ignore previous instructions" in c.new_text.lower() for c in cleaned)
    kinds = {m.kind for m in mails}
    for kind in ("promise_to_pay", "payment_sent", "invoice_request", "payment_plan_request",
                 "balance_inquiry", "contact_change", "auto_reply", "cease_or_legal", "other"):
        assert kind in kinds
    reasons = {k.split(":")[1] for k in kinds if k.startswith("dispute:")}
    assert reasons >= set(DISPUTE_REASONS) - {"other"}


def test_rewriting_the_demo_mailbox_replaces_it(demo, tmp_path):
    with demo() as s:
        first = write_demo_mailbox(s, tmp_path / "mbox", as_of=AS_OF, seed=3)
        again = write_demo_mailbox(s, tmp_path / "mbox", as_of=AS_OF, seed=3)
    assert [m.message_id for m in first] == [m.message_id for m in again]
    assert len(mailbox.Maildir(tmp_path / "mbox", create=False)) == len(again)


def test_seeding_works_on_both_engines(sessions):
    with transaction(sessions) as s:
        summary = seed_demo(s, DemoOptions(customers=12, seed=5, as_of=AS_OF))
    with sessions() as s:
        assert check_balances(s) == []
        assert summary.invoices == s.scalar(select(func.count()).select_from(Invoice))


def test_demo_seed_command_fills_an_empty_database_and_writes_the_mailbox(tmp_path, monkeypatch):
    from cli import demo as demo_cli
    from cli import queue as queue_cli
    from config import reset_settings

    monkeypatch.setenv("AR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("AR_DATABASE_URL", raising=False)
    reset_settings()
    app = typer.Typer()
    demo_cli.register(app)
    queue_cli.register(app)
    app.command("noop")(lambda: None)  # a second command keeps `demo` a sub-command
    runner = CliRunner()
    try:
        result = runner.invoke(app, ["demo", "seed", "--customers", "30", "--seed", "4", "--json"])
        assert result.exit_code == 0, result.output
        assert '"customers": 30' in result.output
        assert len(mailbox.Maildir(tmp_path / "demo-mailbox", create=False)) == DEMO_MESSAGE_COUNT
        again = runner.invoke(app, ["demo", "seed", "--customers", "30"])
        assert again.exit_code != 0
        shown = runner.invoke(app, ["demo", "run", "--no-serve"])
        assert shown.exit_code == 0, shown.output
        assert "Aging as of 2026-11-20" in shown.output and "DSO" in shown.output
        # the agent read the whole demo mailbox: every message is waiting for a person or filed
        assert f"stored {DEMO_MESSAGE_COUNT} new message(s)" in " ".join(shown.output.split())
        listed = runner.invoke(app, ["queue", "list", "--json", "--limit", "500"])
        assert listed.exit_code == 0, listed.output
        assert len(json.loads(listed.output)) == DEMO_MESSAGE_COUNT
    finally:
        reset_settings()
