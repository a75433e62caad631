"""`ar-agent report …` against a fresh data directory: the figures and the JSON shapes."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from cli.output import CliError
from ledger.customers import get_customer, upsert_customer
from ledger.db import transaction
from ledger.invoices import get_invoice, upsert_invoice
from ledger.models import Dispute, Invoice, Promise
from ledger.payments import record_payment
from ledger.schemas import CustomerIn, InvoiceIn, PaymentIn

D = Decimal


@pytest.fixture
def ledger(tmp_path, monkeypatch):
    """The configured ledger of a fresh data directory, and a way to run `ar-agent` on it."""
    from cli import main
    from cli.context import ledger_sessions
    from config import reset_settings

    monkeypatch.setenv("AR_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("AR_DATABASE_URL", raising=False)
    reset_settings()
    if not any(group.name == "report" for group in main.app.registered_groups):
        main._register()
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main.app, list(args))

    yield ledger_sessions(), run
    reset_settings()


def _seed(sessions) -> None:
    """Sales of 70,000 in April, 80,000 in May and 100,000 in June 2026; 212,000 owed on June 30."""
    with transaction(sessions) as s:
        upsert_customer(s, CustomerIn(external_id="C1", name="Acme Corp"), actor="test")
        upsert_customer(s, CustomerIn(external_id="C2", name="Globex"), actor="test")
        for number, cid, issued, due, amount in [
            ("APR", "C1", date(2026, 4, 10), date(2026, 5, 10), "70000.00"),
            ("MAY", "C2", date(2026, 5, 10), date(2026, 6, 9), "80000.00"),
            ("JUN", "C1", date(2026, 6, 10), date(2026, 7, 10), "100000.00"),
        ]:
            upsert_invoice(s, InvoiceIn(invoice_number=number, customer_id=cid, issue_date=issued, due_date=due,
                                        amount=D(amount)), actor="test")
        record_payment(s, PaymentIn(payment_id="P1", customer_id="C1", date=date(2026, 6, 5),
                                    amount=D("38000.00"), invoice_number="APR"), actor="test")


def _json(result):
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return json.loads(result.stdout)


def test_aging_json_total_is_the_sum_of_open_balances(ledger):
    sessions, run = ledger
    _seed(sessions)
    report = _json(run("report", "aging", "--json"))
    with transaction(sessions) as s:
        open_total = s.scalar(select(func.sum(Invoice.open_balance)))
    assert report["as_of"] == date.today().isoformat()
    assert D(report["total"]) == open_total == D("212000.00")
    assert set(report["buckets"]) == {"current", "1_30", "31_60", "61_90", "over_90"}
    assert sum(D(v) for v in report["buckets"].values()) == open_total
    assert sum(D(c["total"]) for c in report["customers"]) == open_total


def test_aging_as_of_a_past_date(ledger):
    sessions, run = ledger
    _seed(sessions)
    report = _json(run("report", "aging", "--as-of", "2026-06-30", "--json"))
    # APR: 32,000 left, 51 days late; MAY: 80,000, 21 days late; JUN: not yet due.
    assert report["buckets"] == {"current": "100000.00", "1_30": "80000.00", "31_60": "32000.00",
                                 "61_90": "0.00", "over_90": "0.00"}
    assert [c["customer_id"] for c in report["customers"]] == ["C1", "C2"]
    assert report["customers"][0]["total"] == "132000.00"
    people = run("report", "aging", "--as-of", "2026-06-30")
    assert "Acme" in people.stdout and "212,000.00" in people.stdout


def test_dso_countback_json(ledger):
    sessions, run = ledger
    _seed(sessions)
    report = _json(run("report", "dso", "--method", "countback", "--as-of", "2026-06-30", "--json"))
    assert report["method"] == "countback" and report["as_of"] == "2026-06-30"
    assert report["ar"] == "212000.00"
    assert report["dso_days"] == 74.7  # 30 (June) + 31 (May) + 32,000 / 70,000 × 30 (April)
    assert [m["credit_sales"] for m in report["inputs"]["months"]] == ["100000.00", "80000.00", "70000.00"]
    thirty = _json(run("report", "dso", "--as-of", "2026-06-30", "--period-days", "30", "--json"))
    assert thirty["dso_days"] == 73.7  # the textbook 30-day months


def test_dso_simple_and_best_possible(ledger):
    sessions, run = ledger
    _seed(sessions)
    simple = _json(run("report", "dso", "--method", "simple", "--as-of", "2026-06-30", "--json"))
    assert simple["dso_days"] == 63.6  # 212,000 / 100,000 × 30
    assert simple["inputs"]["credit_sales"] == "100000.00"
    best = _json(run("report", "dso", "--method", "best", "--as-of", "2026-06-30", "--json"))
    assert (best["dso_days"], best["add_days"]) == (30.0, 33.6)
    people = run("report", "dso", "--method", "simple", "--as-of", "2026-06-30")
    assert "63.6" in people.stdout and "convention:" in people.stdout


def test_cei_for_the_month_or_a_period(ledger):
    sessions, run = ledger
    _seed(sessions)
    june = _json(run("report", "cei", "--as-of", "2026-06-30", "--json"))
    # Beginning (May 31) 150,000; sales 100,000; ending 212,000 of which 100,000 current:
    # (150,000 + 100,000 - 212,000) / (150,000 + 100,000 - 100,000) = 38 / 150.
    assert (june["period_start"], june["period_end"]) == ("2026-06-01", "2026-06-30")
    assert june["cei"] == 25.3
    quarter = _json(run("report", "cei", "--from", "2026-04-01", "--to", "2026-06-30", "--json"))
    # Nothing owed before April; 250,000 sold; (250 - 212) / (250 - 100) = 38 / 150 as well.
    assert quarter["beginning_ar"] == "0.00" and quarter["credit_sales"] == "250000.00"
    assert quarter["cei"] == 25.3


def test_promises_broken_this_week_and_kept_rate(ledger):
    sessions, run = ledger
    _seed(sessions)
    with transaction(sessions) as s:
        acme = get_customer(s, "C1").id
        for status, judged, covered, paid in [("kept", date(2026, 6, 3), "1000.00", "1000.00"),
                                              ("broken", date(2026, 6, 24), "3000.00", "0.00"),
                                              ("partially_kept", date(2026, 6, 22), "1000.00", "250.00")]:
            s.add(Promise(customer_id=acme, status=status, judged_on=judged, promised_date=judged,
                          covered_amount=D(covered), paid_amount=D(paid)))
    report = _json(run("report", "promises", "--as-of", "2026-06-26", "--json"))
    assert report["week"] == {"start": "2026-06-22", "end": "2026-06-28"}
    assert [(p["status"], p["shortfall"]) for p in report["broken"]] == [("partially_kept", "750.00"),
                                                                         ("broken", "3000.00")]
    assert report["kept_rate"]["rate_by_count"] == 33.3
    assert report["kept_rate"]["rate_by_amount"] == 20.0  # 1,000 of 5,000
    people = run("report", "promises", "--as-of", "2026-06-26").stdout
    assert "Acme" in people and "33.3% by count" in people


def test_disputes_by_reason(ledger):
    sessions, run = ledger
    _seed(sessions)
    with transaction(sessions) as s:
        invoice = get_invoice(s, "MAY")
        s.add(Dispute(customer_id=invoice.customer_id, invoice_id=invoice.id, reason="pricing", status="open",
                      amount=D("1200.00"), opened_at=datetime(2026, 6, 20, 9, tzinfo=timezone.utc)))
    report = _json(run("report", "disputes", "--as-of", "2026-06-30", "--json"))
    assert report["reasons"] == [{"reason": "pricing", "count": 1, "amount": "1200.00", "open": 1,
                                  "open_amount": "1200.00", "average_open_age_days": 10.0}]


def test_a_malformed_date_is_one_clear_error(ledger):
    _, run = ledger
    result = run("report", "aging", "--as-of", "30/06/2026")
    assert result.exit_code == 1
    assert isinstance(result.exception, CliError)
    assert str(result.exception) == "--as-of: '30/06/2026' is not a date (YYYY-MM-DD)"


def test_reports_on_an_empty_ledger(ledger):
    _, run = ledger
    assert _json(run("report", "aging", "--json"))["total"] == "0.00"
    assert _json(run("report", "dso", "--json"))["dso_days"] == 0.0
    assert _json(run("report", "cei", "--json"))["cei"] is None
    assert "no disputes" in run("report", "disputes").stdout


def test_reports_never_hide_a_mix_of_currencies(ledger):
    sessions, run = ledger
    _seed(sessions)
    with transaction(sessions) as s:
        upsert_customer(s, CustomerIn(external_id="C3", name="Bluepeak GmbH", currency="EUR"), actor="test")
        upsert_invoice(s, InvoiceIn(invoice_number="EU1", customer_id="C3", issue_date=date(2026, 6, 1),
                                    due_date=date(2026, 6, 30), amount=D("5000.00")), actor="test")
    mixed = json.loads(run("report", "aging", "--as-of", "2026-06-30", "--json").output)
    assert mixed["currency"] is None and "face value" in mixed["note"]
    assert {c: v["total"] for c, v in mixed["by_currency"].items()} == {"EUR": "5000.00", "USD": "212000.00"}
    euros = json.loads(run("report", "aging", "--as-of", "2026-06-30", "--currency", "eur", "--json").output)
    assert (euros["currency"], euros["total"]) == ("EUR", "5000.00") and "by_currency" not in euros
    dso = json.loads(run("report", "dso", "--as-of", "2026-06-30", "--currency", "USD", "--json").output)
    assert dso["ar"] == "212000.00"
    refused = run("report", "aging", "--currency", "JPY")
    assert refused.exit_code != 0
    unknown = run("report", "aging", "--customer", "NOPE")
    assert unknown.exit_code != 0
