"""Balances follow allocations, money stays exact, and every write is audited."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from ledger.balances import check_balances
from ledger.customers import upsert_customer
from ledger.db import transaction
from ledger.errors import LedgerError
from ledger.invoices import get_invoice, upsert_invoice
from ledger.models import AuditLog, Invoice
from ledger.payments import record_payment
from ledger.schemas import CustomerIn, InvoiceIn, PaymentIn


def _seed(s):
    upsert_customer(s, CustomerIn(external_id="C1", name="Acme Corp", email="ap@acme.example"), actor="test")
    upsert_invoice(s, InvoiceIn(invoice_number="INV-10001", customer_id="C1", issue_date=date(2026, 5, 1),
                                due_date=date(2026, 5, 31), amount=Decimal("1000.10")), actor="test")


def test_a_payment_reduces_the_open_balance_exactly(sessions):
    with transaction(sessions) as s:
        _seed(s)
        record_payment(s, PaymentIn(payment_id="P1", customer_id="C1", date=date(2026, 6, 3),
                                    amount=Decimal("0.10"), invoice_number="INV-10001"), actor="test")
        record_payment(s, PaymentIn(payment_id="P2", customer_id="C1", date=date(2026, 6, 4),
                                    amount=Decimal("600.00"), invoice_number="INV-10001"), actor="test")
    with transaction(sessions) as s:
        inv = get_invoice(s, "INV-10001")
        assert inv.open_balance == Decimal("400.00")
        assert inv.status == "partially_paid"
        assert check_balances(s) == []
        total = s.scalar(select(func.sum(Invoice.open_balance)))
        assert total == Decimal("400.00") and isinstance(total, Decimal)


def test_paying_in_full_marks_the_invoice_paid_and_keeps_the_rest_unapplied(sessions):
    with transaction(sessions) as s:
        _seed(s)
        payment, _ = record_payment(s, PaymentIn(payment_id="P1", customer_id="C1", date=date(2026, 6, 3),
                                                 amount=Decimal("1500.00"), invoice_number="INV-10001"), actor="test")
        assert payment.unapplied_amount == Decimal("499.90")
    with transaction(sessions) as s:
        inv = get_invoice(s, "INV-10001")
        assert (inv.status, inv.open_balance, inv.paid_date) == ("paid", Decimal("0.00"), date(2026, 6, 3))


def test_rerecording_a_payment_changes_nothing_but_new_figures_are_refused(sessions):
    data = PaymentIn(payment_id="P1", customer_id="C1", date=date(2026, 6, 3), amount=Decimal("10"),
                     invoice_number="INV-10001")
    with transaction(sessions) as s:
        _seed(s)
        assert record_payment(s, data, actor="test")[1] is True
    with transaction(sessions) as s:
        assert record_payment(s, data, actor="test")[1] is False
        with pytest.raises(LedgerError, match="immutable"):
            record_payment(s, data.model_copy(update={"amount": Decimal("11")}), actor="test")


def test_an_erp_open_balance_is_booked_as_an_allocation(sessions):
    with transaction(sessions) as s:
        _seed(s)
        upsert_invoice(s, InvoiceIn(invoice_number="INV-10002", customer_id="C1", issue_date=date(2026, 5, 1),
                                    due_date=date(2026, 5, 31), amount=Decimal("500"),
                                    open_balance=Decimal("125.50")), actor="test")
    with transaction(sessions) as s:
        assert get_invoice(s, "INV-10002").open_balance == Decimal("125.50")
        assert check_balances(s) == []


def test_every_write_leaves_an_audit_entry(sessions):
    with transaction(sessions) as s:
        _seed(s)
    with transaction(sessions) as s:
        actions = sorted(s.scalars(select(AuditLog.action)))
        assert actions == ["contact.create", "customer.create", "invoice.create"]
        # the same data again: no change, no new entries
        _seed(s)
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == 3


def test_a_savepoint_is_undone_with_its_transaction(sessions):
    # On SQLite a savepoint opened before any write must not commit on release.
    with pytest.raises(RuntimeError):
        with transaction(sessions) as s:
            with s.begin_nested():
                upsert_customer(s, CustomerIn(external_id="C9", name="Savepoint Ltd"), actor="test")
            raise RuntimeError("the outer transaction fails")
    with transaction(sessions) as s:
        from ledger.models import Customer

        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_a_payment_already_in_an_erp_open_balance_is_not_counted_twice(sessions):
    with transaction(sessions) as s:
        _seed(s)
        upsert_invoice(s, InvoiceIn(invoice_number="INV-10003", customer_id="C1", issue_date=date(2026, 5, 1),
                                    due_date=date(2026, 5, 31), amount=Decimal("1000"),
                                    open_balance=Decimal("600")), actor="test")
        # the payments export then brings the 400 the ERP had already applied
        record_payment(s, PaymentIn(payment_id="P1", customer_id="C1", date=date(2026, 5, 20),
                                    amount=Decimal("400"), invoice_number="INV-10003"), actor="test")
    with transaction(sessions) as s:
        assert get_invoice(s, "INV-10003").open_balance == Decimal("600.00")
        assert check_balances(s) == []
        # a payment made after the open balance was imported is new money: it reduces the balance
        record_payment(s, PaymentIn(payment_id="P2", customer_id="C1", date=date.today() + timedelta(days=1),
                                    amount=Decimal("100"), invoice_number="INV-10003"), actor="test")
    with transaction(sessions) as s:
        assert get_invoice(s, "INV-10003").open_balance == Decimal("500.00")
        assert check_balances(s) == []
