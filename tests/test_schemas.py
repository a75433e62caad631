"""Amounts at the ledger's boundary: exact to the cent, never silently rounded or overflowing."""

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from ledger.schemas import InvoiceIn, PaymentIn


def _invoice(amount: str) -> InvoiceIn:
    return InvoiceIn(invoice_number="INV-1", customer_id="C1", issue_date=date(2026, 1, 1),
                     due_date=date(2026, 1, 31), amount=Decimal(amount))


def test_cents_are_kept_exactly():
    assert _invoice("1234.5").amount == Decimal("1234.50")


@pytest.mark.parametrize(("amount", "why"), [
    ("100.005", "more than two decimals"),
    ("1.234", "--decimal-comma"),
    ("99999999999999999999", "larger than"),
    ("NaN", "finite number"),
])
def test_an_amount_that_would_be_rounded_or_overflow_is_refused(amount, why):
    with pytest.raises(ValidationError, match=why.replace("-", r"\-")):
        _invoice(amount)


def test_payments_follow_the_same_rule():
    with pytest.raises(ValidationError, match="more than two decimals"):
        PaymentIn(payment_id="P1", customer_id="C1", date=date(2026, 1, 1), amount=Decimal("10.001"))


def test_an_erp_cell_with_several_addresses_keeps_the_first():
    from ledger.schemas import CustomerIn

    assert CustomerIn(external_id="C1", name="Acme", email="ap@acme.com, jane@acme.com").email == "ap@acme.com"


def test_text_fields_refuse_control_characters_and_overlong_values():
    with pytest.raises(ValidationError, match="control characters"):
        InvoiceIn(invoice_number="INV-\x001", customer_id="C1", issue_date=date(2026, 1, 1),
                  due_date=date(2026, 1, 31), amount=Decimal("1"))
    with pytest.raises(ValidationError, match="at most 64"):
        InvoiceIn(invoice_number="INV-1", customer_id="C1", issue_date=date(2026, 1, 1),
                  due_date=date(2026, 1, 31), amount=Decimal("1"), po_number="P" * 500)
