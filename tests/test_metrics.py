"""The finance formulas, checked against examples worked out by hand, on both engines."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select

from ledger import metrics
from ledger.customers import get_customer, upsert_customer
from ledger.db import transaction
from ledger.invoices import get_invoice, upsert_invoice
from ledger.models import Allocation, Dispute, Invoice, Promise
from ledger.payments import record_payment
from ledger.schemas import CustomerIn, InvoiceIn, PaymentIn

D = Decimal


def _customer(s, cid: str, name: str) -> None:
    upsert_customer(s, CustomerIn(external_id=cid, name=name), actor="test")


def _invoice(s, number: str, cid: str, issued: date, due: date, amount: str) -> None:
    upsert_invoice(s, InvoiceIn(invoice_number=number, customer_id=cid, issue_date=issued, due_date=due,
                                amount=D(amount)), actor="test")


def _pay(s, pid: str, cid: str, on: date, amount: str, invoice: str | None = None) -> None:
    record_payment(s, PaymentIn(payment_id=pid, customer_id=cid, date=on, amount=D(amount),
                                invoice_number=invoice), actor="test")


AS_OF = date(2026, 6, 30)


def _aging_book(s) -> None:
    _customer(s, "C1", "Acme Corp")
    _customer(s, "C2", "Globex")
    issued = date(2026, 1, 1)
    _invoice(s, "A", "C1", issued, date(2026, 7, 15), "100.00")  # not yet due
    _invoice(s, "B", "C1", issued, date(2026, 6, 30), "50.00")  # due today: still current
    _invoice(s, "C", "C2", issued, date(2026, 6, 29), "200.00")  # 1 day late
    _invoice(s, "D", "C2", issued, date(2026, 5, 31), "300.00")  # 30 days
    _invoice(s, "E", "C1", issued, date(2026, 5, 30), "400.00")  # 31 days
    _invoice(s, "F", "C2", issued, date(2026, 4, 1), "500.00")  # 90 days
    _invoice(s, "G", "C1", issued, date(2026, 3, 31), "600.00")  # 91 days
    _pay(s, "P-G", "C1", date(2026, 6, 1), "100.00", "G")  # G owes 500 on the 30th
    _invoice(s, "H", "C2", issued, date(2026, 6, 15), "700.00")  # 15 days, paid only later
    _pay(s, "P-H", "C2", date(2026, 7, 5), "700.00", "H")
    _invoice(s, "I", "C1", date(2026, 7, 1), date(2026, 7, 31), "900.00")  # issued after as_of


def test_aging_buckets_open_balances_by_days_past_due_on_the_date(sessions):
    with transaction(sessions) as s:
        _aging_book(s)
    with transaction(sessions) as s:
        report = metrics.aging(s, AS_OF)
    # current 100 + 50; 1-30: C 200 + D 300 + H 700 (paid after the date); 31-60: E;
    # 61-90: F; over 90: G's 600 less the 100 paid on June 1.
    assert report.buckets == {"current": D("150.00"), "1_30": D("1200.00"), "31_60": D("400.00"),
                              "61_90": D("500.00"), "over_90": D("500.00")}
    assert report.total == D("2750.00")
    by_customer = {c.customer_id: c for c in report.customers}
    assert by_customer["C1"].total == D("1050.00")  # 100 + 50 + 400 + 500
    assert by_customer["C2"].buckets == {"current": D("0.00"), "1_30": D("1200.00"), "31_60": D("0.00"),
                                         "61_90": D("500.00"), "over_90": D("0.00")}
    assert [c.customer_id for c in report.customers] == ["C2", "C1"]  # largest balance first
    assert by_customer["C2"].name == "Globex"


def test_aging_after_the_late_payment_and_the_new_invoice(sessions):
    with transaction(sessions) as s:
        _aging_book(s)
    with transaction(sessions) as s:
        report = metrics.aging(s, date(2026, 7, 10))
    # H is paid by now and I (due July 31) has been issued; A (due July 15) is still current;
    # B to G have each aged ten more days.
    assert report.buckets == {"current": D("1000.00"), "1_30": D("250.00"), "31_60": D("700.00"),
                              "61_90": D("0.00"), "over_90": D("1000.00")}
    assert report.total == D("2950.00")


def test_aging_for_today_equals_the_sum_of_cached_open_balances(sessions):
    with transaction(sessions) as s:
        _aging_book(s)
    with transaction(sessions) as s:
        report = metrics.aging(s, date.today() + timedelta(days=400))
        cached = sum(s.scalars(select(Invoice.open_balance)), D("0.00"))
    assert report.total == cached == D("2950.00")


def test_ar_on_a_past_date_is_invoices_issued_less_allocations_applied_by_then(sessions):
    with transaction(sessions) as s:
        _aging_book(s)
        _pay(s, "P-A", "C1", date(2026, 6, 20), "40.00", "A")
        _pay(s, "P-E", "C1", date(2026, 6, 30), "400.00", "E")
    with transaction(sessions) as s:
        invoices = s.scalars(select(Invoice)).all()
        allocations = s.scalars(select(Allocation)).all()
        for day in (date(2026, 5, 31), date(2026, 6, 19), date(2026, 6, 20), AS_OF, date(2026, 7, 4),
                    date(2026, 7, 5), date(2026, 8, 1)):
            issued = sum((i.amount for i in invoices if i.issue_date <= day), D("0.00"))
            applied = sum((a.amount for a in allocations
                           if a.applied_on <= day and a.invoice.issue_date <= day), D("0.00"))
            assert metrics.ar_on(s, day).total == issued - applied, day
            assert metrics.aging(s, day).total == issued - applied, day


def _monthly_sales_book(s) -> None:
    """Credit sales of 70,000 in April, 80,000 in May, 100,000 in June; 212,000 still owed."""
    _customer(s, "C1", "Acme Corp")
    _invoice(s, "APR", "C1", date(2026, 4, 10), date(2026, 5, 10), "70000.00")
    _invoice(s, "MAY", "C1", date(2026, 5, 10), date(2026, 6, 9), "80000.00")
    _invoice(s, "JUN", "C1", date(2026, 6, 10), date(2026, 7, 10), "100000.00")
    _pay(s, "P1", "C1", date(2026, 6, 5), "38000.00", "APR")


def test_countback_dso_walks_back_through_monthly_sales(sessions):
    with transaction(sessions) as s:
        _monthly_sales_book(s)
    with transaction(sessions) as s:
        thirty = metrics.countback_dso(s, AS_OF, month_days=30)
        calendar = metrics.countback_dso(s, AS_OF)
    # 212,000 = June's 100,000 (30 days) + May's 80,000 (30 days) + 32,000 of April's 70,000.
    assert thirty.ar == D("212000.00")
    assert thirty.dso_days == D("73.7")  # 30 + 30 + 32,000 / 70,000 × 30 = 73.714
    assert [m.credit_sales for m in thirty.months] == [D("100000.00"), D("80000.00"), D("70000.00")]
    # With the real month lengths May counts 31 days: 30 + 31 + 13.714 = 74.714.
    assert calendar.dso_days == D("74.7")
    # Best possible: only JUN (due July 10) is current: 100,000 / 100,000 × 30 days.
    assert calendar.current_ar == D("100000.00")
    assert calendar.best_possible_days == D("30.0")
    assert calendar.add_days == D("44.7")


def test_countback_dso_of_a_ledger_with_nothing_owed_is_zero(sessions):
    with transaction(sessions) as s:
        _customer(s, "C1", "Acme Corp")
        _invoice(s, "X", "C1", date(2026, 6, 1), date(2026, 6, 30), "10.00")
        _pay(s, "P", "C1", date(2026, 6, 2), "10.00", "X")
    with transaction(sessions) as s:
        assert metrics.countback_dso(s, AS_OF).dso_days == D("0.0")


def test_simple_and_best_possible_dso_over_a_period(sessions):
    with transaction(sessions) as s:
        _monthly_sales_book(s)
    with transaction(sessions) as s:
        simple = metrics.simple_dso(s, AS_OF, period_days=30)
        best = metrics.best_possible_dso(s, AS_OF, period_days=30)
        quarter = metrics.simple_dso(s, AS_OF, period_days=91)
    # June 1-30: sales 100,000; AR 212,000 -> 212,000 / 100,000 × 30 = 63.6 days.
    assert (simple.period_start, simple.period_end) == (date(2026, 6, 1), AS_OF)
    assert simple.credit_sales == D("100000.00")
    assert simple.dso_days == D("63.6")
    # Current AR 100,000 / 100,000 × 30 = 30.0; ADD = 63.6 - 30.0.
    assert best.dso_days == D("30.0")
    assert simple.add_days == D("33.6")
    # April 1 - June 30 is 91 days with all 250,000 of sales: 212,000 / 250,000 × 91 = 77.168.
    assert quarter.credit_sales == D("250000.00")
    assert quarter.dso_days == D("77.2")


def test_dso_without_credit_sales_is_undefined_rather_than_infinite(sessions):
    with transaction(sessions) as s:
        _monthly_sales_book(s)
    with transaction(sessions) as s:
        result = metrics.simple_dso(s, date(2026, 9, 30), period_days=30)
    assert result.credit_sales == D("0.00") and result.dso_days is None


def test_cei_for_a_calendar_month(sessions):
    with transaction(sessions) as s:
        _customer(s, "C1", "Acme Corp")
        _invoice(s, "OLD1", "C1", date(2026, 4, 15), date(2026, 5, 15), "10000.00")
        _invoice(s, "OLD2", "C1", date(2026, 5, 20), date(2026, 6, 20), "5000.00")
        _invoice(s, "NEW", "C1", date(2026, 6, 10), date(2026, 7, 10), "20000.00")
        _pay(s, "P1", "C1", date(2026, 6, 12), "8000.00", "OLD1")
        _pay(s, "P2", "C1", date(2026, 6, 18), "5000.00", "OLD2")
        _pay(s, "P3", "C1", date(2026, 7, 2), "2000.00", "OLD1")  # after the month: not counted
    with transaction(sessions) as s:
        start, end = metrics.month_of(AS_OF)
        result = metrics.cei(s, start, end)
    # Beginning AR (May 31) 15,000; sales 20,000; ending AR 2,000 + 20,000 = 22,000 of which
    # 20,000 is current. (15,000 + 20,000 - 22,000) / (15,000 + 20,000 - 20,000) = 13/15.
    assert (result.period_start, result.period_end) == (date(2026, 6, 1), AS_OF)
    assert (result.beginning_ar, result.credit_sales) == (D("15000.00"), D("20000.00"))
    assert (result.ending_ar, result.ending_current_ar) == (D("22000.00"), D("20000.00"))
    assert result.cei == D("86.7")


def test_month_of_a_mid_month_date_runs_to_that_date():
    assert metrics.month_of(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 14))
    assert metrics.month_of(date(2026, 2, 28)) == (date(2026, 2, 1), date(2026, 2, 28))


def _promise(s, customer_id: int, status: str, judged: date | None, covered: str | None,
             paid: str | None = None, amount: str | None = None) -> None:
    s.add(Promise(customer_id=customer_id, status=status, judged_on=judged, promised_date=date(2026, 6, 1),
                  amount=None if amount is None else D(amount),
                  covered_amount=None if covered is None else D(covered),
                  paid_amount=None if paid is None else D(paid)))


def test_promise_kept_rate_by_count_and_amount_and_the_weeks_broken_promises(sessions):
    with transaction(sessions) as s:
        _customer(s, "C1", "Acme Corp")
        cid = get_customer(s, "C1").id
        _promise(s, cid, "kept", date(2026, 6, 10), "1000.00", "1000.00")
        _promise(s, cid, "kept", date(2026, 6, 23), None, "500.00", amount="500.00")  # stated amount
        _promise(s, cid, "partially_kept", date(2026, 6, 23), "1000.00", "400.00")
        _promise(s, cid, "broken", date(2026, 6, 28), "2000.00", "0.00")
        _promise(s, cid, "broken", date(2026, 6, 29), "300.00")  # judged the next week
        _promise(s, cid, "cancelled", date(2026, 6, 12), "9000.00")  # never counts
        _promise(s, cid, "open", None, "700.00")
        _promise(s, cid, "kept", date(2026, 5, 31), "5000.00", "5000.00")  # before the period
    with transaction(sessions) as s:
        rate = metrics.promise_kept_rate(s, date(2026, 6, 1), date(2026, 6, 28))
        week = metrics.week_of(date(2026, 6, 25))
        broken = metrics.broken_promises(s, *week)
    assert (rate.kept, rate.partially_kept, rate.broken) == (2, 1, 1)
    assert rate.rate_by_count == D("50.0")  # 2 / 4
    assert (rate.kept_amount, rate.judged_amount) == (D("1500.00"), D("4500.00"))
    assert rate.rate_by_amount == D("33.3")  # 1,500 / 4,500
    assert week == (date(2026, 6, 22), date(2026, 6, 28))
    assert [(p.status, p.judged_on, p.shortfall) for p in broken] == [
        ("partially_kept", date(2026, 6, 23), D("600.00")),
        ("broken", date(2026, 6, 28), D("2000.00")),
    ]
    assert broken[0].customer_name == "Acme Corp"


def test_no_judged_promises_gives_no_rate(sessions):
    with transaction(sessions) as s:
        rate = metrics.promise_kept_rate(s, date(2026, 6, 1), date(2026, 6, 30))
    assert rate.rate_by_count is None and rate.rate_by_amount is None


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 15, 30, tzinfo=timezone.utc)


def test_disputes_by_reason_count_amount_open_and_age(sessions):
    with transaction(sessions) as s:
        _customer(s, "C1", "Acme Corp")
        _invoice(s, "INV-1", "C1", date(2026, 5, 1), date(2026, 5, 31), "1000.00")
        cid, iid = get_customer(s, "C1").id, get_invoice(s, "INV-1").id

        def dispute(reason, amount, status, opened, resolved=None):
            s.add(Dispute(customer_id=cid, invoice_id=iid, reason=reason,
                          amount=None if amount is None else D(amount), status=status,
                          opened_at=_at(opened), resolved_at=None if resolved is None else _at(resolved)))

        dispute("pricing", "100.00", "open", date(2026, 6, 20))  # 10 days old on June 30
        dispute("pricing", None, "resolved_upheld", date(2026, 6, 1), date(2026, 6, 25))  # whole invoice
        dispute("pricing", "300.00", "resolved_credit", date(2026, 6, 2), date(2026, 7, 2))  # open then: 28
        dispute("quantity_short", "50.00", "in_review", date(2026, 6, 10))  # 20 days
        dispute("tax", "70.00", "open", date(2026, 7, 5))  # opened after the date
    with transaction(sessions) as s:
        rows = {r.reason: r for r in metrics.disputes_by_reason(s, AS_OF)}
    assert set(rows) == {"pricing", "quantity_short"}
    pricing = rows["pricing"]
    assert (pricing.count, pricing.amount, pricing.open, pricing.open_amount) == (3, D("1400.00"), 2, D("400.00"))
    assert pricing.average_open_age_days == D("19.0")  # (10 + 28) / 2
    short = rows["quantity_short"]
    assert (short.count, short.amount, short.open, short.average_open_age_days) == (1, D("50.00"), 1, D("20.0"))
