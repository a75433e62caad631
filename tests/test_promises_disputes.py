"""Promises are judged at date + grace; disputes follow their allowed transitions."""

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from ledger.calendar import add_business_days
from ledger.customers import get_customer, upsert_customer
from ledger.db import transaction
from ledger.disputes import DisputeIn, open_dispute, set_dispute_status
from ledger.errors import Conflict
from ledger.invoices import upsert_invoice
from ledger.payments import record_payment
from ledger.promises import PromiseIn, broken_between, judge_due_promises, promised_between, record_promise
from ledger.schemas import CustomerIn, InvoiceIn, PaymentIn


def _ledger(s):
    upsert_customer(s, CustomerIn(external_id="C1", name="Acme"), actor="t")
    for n in ("INV-10001", "INV-10002"):
        upsert_invoice(s, InvoiceIn(invoice_number=n, customer_id="C1", issue_date=date(2026, 5, 1),
                                    due_date=date(2026, 5, 31), amount=Decimal("1000")), actor="t")
    return get_customer(s, "C1")


def _promise(s, customer, amount, invoices, when=date(2026, 6, 5)):
    p = record_promise(s, PromiseIn(customer_id=customer.id, amount=amount, promised_date=when,
                                    invoice_numbers=invoices), actor="t")
    p.created_at = datetime(2026, 6, 1, tzinfo=timezone.utc)
    return p


def test_grace_is_counted_in_business_days():
    assert add_business_days(date(2026, 6, 5), 2) == date(2026, 6, 9)  # Friday + 2 → Tuesday


def test_a_promise_paid_in_full_within_grace_is_kept_and_one_unpaid_is_broken(sessions):
    with transaction(sessions) as s:
        c = _ledger(s)
        kept = _promise(s, c, Decimal("1000"), ["INV-10001"])
        broken = _promise(s, c, None, ["INV-10002"])
        record_payment(s, PaymentIn(payment_id="P1", customer_id="C1", date=date(2026, 6, 8),
                                    amount=Decimal("1000"), invoice_number="INV-10001"), actor="t")
        assert judge_due_promises(s, date(2026, 6, 8)) == []  # grace not over yet
        judged = judge_due_promises(s, date(2026, 6, 9))
        assert {p.id: p.status for p in judged} == {kept.id: "kept", broken.id: "broken"}
        assert broken.covered_amount == Decimal("1000.00")  # no figure: the invoice balance
        assert [p.id for p in broken_between(s, date(2026, 6, 8), date(2026, 6, 14))] == [broken.id]


def test_some_payment_below_the_promise_is_partially_kept(sessions):
    with transaction(sessions) as s:
        c = _ledger(s)
        p = _promise(s, c, Decimal("800"), ["INV-10001"])
        record_payment(s, PaymentIn(payment_id="P1", customer_id="C1", date=date(2026, 6, 5),
                                    amount=Decimal("300"), invoice_number="INV-10001"), actor="t")
        judge_due_promises(s, date(2026, 6, 30))
        assert (p.status, p.paid_amount) == ("partially_kept", Decimal("300.00"))


def test_promised_amount_in_a_window(sessions):
    with transaction(sessions) as s:
        c = _ledger(s)
        _promise(s, c, Decimal("250"), ["INV-10001"], when=date(2026, 6, 10))
        _promise(s, c, None, ["INV-10002"], when=date(2026, 6, 20))
        assert promised_between(s, date(2026, 6, 8), date(2026, 6, 14)) == Decimal("250.00")


def test_a_dispute_opens_once_per_reason_and_cannot_reopen_after_resolution(sessions):
    with transaction(sessions) as s:
        _ledger(s)
        d1 = open_dispute(s, DisputeIn(invoice_number="INV-10001", reason="pricing", amount=Decimal("140")), actor="t")
        d2 = open_dispute(s, DisputeIn(invoice_number="INV-10001", reason="pricing"), actor="t")
        assert d1.id == d2.id and d1.amount == Decimal("140.00")
        set_dispute_status(s, d1, "resolved_credit", actor="t")
        with pytest.raises(Conflict):
            set_dispute_status(s, d1, "in_review", actor="t")
