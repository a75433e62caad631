"""Loading ERP exports: aliases, idempotence, bad rows reported by line, strict mode, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from ledger.balances import check_balances
from ledger.customers import get_customer
from ledger.db import transaction
from ledger.import_columns import COLUMNS, KINDS, fold, header_map
from ledger.imports import ImportFileError, ImportOptions, RowRejected, import_file, parse_amount
from ledger.invoices import get_invoice
from ledger.models import Allocation, Contact, Customer, Invoice, Payment

D = Decimal


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


CUSTOMERS = """\
ID,Name,Email Address,Terms,Segment,Fax
C1,Acme Corp,ap@acme.example,Net 30,reliable,555-1
C2,Globex,billing@globex.example,45,Strategic,555-2
"""


def _load(sessions, kind, path, **options):
    errors: list[tuple[int, str]] = []
    report = import_file(sessions, kind, path, ImportOptions(**options),
                         on_error=lambda line, reason: errors.append((line, reason)))
    return report, errors


def test_netsuite_style_customers_load_and_reloading_changes_nothing(sessions, tmp_path):
    path = _write(tmp_path, "customers.csv", CUSTOMERS)
    report, errors = _load(sessions, "customers", path)
    assert errors == []
    assert (report.read, report.created, report.updated, report.unchanged) == (2, 2, 0, 0)
    assert report.ignored_columns == ["Fax"]
    with transaction(sessions) as s:
        globex = get_customer(s, "C2")
        assert (globex.name, globex.terms_days, globex.segment) == ("Globex", 45, "strategic")
        assert s.scalar(select(Contact.email).where(Contact.customer_id == globex.id)) == "billing@globex.example"
    again, _ = _load(sessions, "customers", path)
    assert (again.changed, again.unchanged) == (0, 2)
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 2


def test_a_changed_row_counts_as_updated(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", CUSTOMERS))
    changed = CUSTOMERS.replace("Globex,billing", "Globex Inc,billing")
    report, _ = _load(sessions, "customers", _write(tmp_path, "c2.csv", changed))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)


def test_quickbooks_exports_name_customers_instead_of_ids(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "qb-customers.csv", "Customer,Email\nAcme Corp,ap@acme.example\n"))
    invoices = _write(tmp_path, "qb-open-invoices.csv", (
        "Date,Transaction Type,Num,Customer,Due Date,Amount,Open Balance\n"
        '2026-05-01,Invoice,1001,Acme Corp,2026-05-31,"$1,234.50","$1,000.00"\n'
        "2026-05-02,Invoice,1002,acme corp,2026-06-01,500.00,500.00\n"
    ))
    report, errors = _load(sessions, "invoices", invoices)
    assert errors == [] and report.created == 2
    with transaction(sessions) as s:
        assert get_customer(s, "Acme Corp").name == "Acme Corp"  # no id column: the name is the id
        first = get_invoice(s, "1001")
        assert (first.amount, first.open_balance, first.status) == (D("1234.50"), D("1000.00"), "partially_paid")
        assert check_balances(s) == []
    assert _load(sessions, "invoices", invoices)[0].changed == 0


def test_a_name_shared_by_two_customers_is_refused(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", "customer_id,name\nA1,Initech\nA2,Initech\n"))
    path = _write(tmp_path, "i.csv", "Num,Customer,Date,Due Date,Amount\n7,Initech,2026-05-01,2026-05-31,10\n")
    report, errors = _load(sessions, "invoices", path)
    assert report.rejected == 1
    assert errors == [(2, "several customers are named 'Initech'; give customer_id instead")]


def test_xero_invoices_with_amount_due(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", CUSTOMERS))
    path = _write(tmp_path, "xero.csv", (
        "ContactName,EmailAddress,InvoiceNumber,Reference,InvoiceDate,DueDate,Total,AmountDue,Currency\n"
        "Globex,billing@globex.example,INV-0042,PO 77,2026-04-01,2026-05-01,2500.00,2500.00,usd\n"
    ))
    report, errors = _load(sessions, "invoices", path)
    assert errors == [] and report.created == 1
    assert set(report.ignored_columns) == {"EmailAddress", "Reference"}
    with transaction(sessions) as s:
        invoice = get_invoice(s, "INV-0042")
        assert (invoice.amount, invoice.currency, invoice.due_date) == (D("2500.00"), "USD", date(2026, 5, 1))


INVOICES_WITH_A_BAD_ROW = """\
invoice_number,customer_id,issue_date,due_date,amount,po_number
INV-1,C1,2026-05-01,2026-05-31,100.00,"PO
spanning two lines"
INV-2,C1,2026-05-02,2026-06-01,200.00,
INV-3,C1,2026-05-03,2026-06-02,300.00,

INV-4,C1,2026-13-04,2026-06-03,400.00,
INV-5,C9,2026-05-05,2026-06-04,500.00,
INV-6,C1,2026-05-06,2026-05-01,600.00,
INV-7,C1,2026-05-07,2026-06-06,-5,
INV-8,C1,2026-05-08,2026-06-07,800.00,
"""


def test_bad_rows_are_reported_by_physical_line_and_the_good_ones_kept(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", CUSTOMERS))
    report, errors = _load(sessions, "invoices", _write(tmp_path, "inv.csv", INVOICES_WITH_A_BAD_ROW))
    assert [line for line, _ in errors] == [7, 8, 9, 10]
    reasons = dict(errors)
    assert "issue_date: '2026-13-04' is not a valid date" in reasons[7]
    assert reasons[8] == "unknown customer 'C9'"
    assert reasons[9] == "due_date: due_date is before issue_date"
    assert reasons[10].startswith("amount: Input should be greater than 0")
    assert (report.read, report.created, report.rejected, report.committed) == (8, 4, 4, True)
    with transaction(sessions) as s:
        numbers = set(s.scalars(select(Invoice.number)))
        assert numbers == {"INV-1", "INV-2", "INV-3", "INV-8"}
        assert get_invoice(s, "INV-1").po_number == "PO\nspanning two lines"


def test_strict_mode_keeps_nothing_when_any_row_is_bad(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", CUSTOMERS))
    report, errors = _load(sessions, "invoices", _write(tmp_path, "inv.csv", INVOICES_WITH_A_BAD_ROW), strict=True)
    assert len(errors) == 4 and report.committed is False
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0


def test_strict_mode_with_good_rows_imports_them_all(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", CUSTOMERS))
    good = "\n".join(line for line in INVOICES_WITH_A_BAD_ROW.splitlines()
                     if not line.startswith(("INV-4", "INV-5", "INV-6", "INV-7")))
    report, errors = _load(sessions, "invoices", _write(tmp_path, "inv.csv", good), strict=True, batch_size=2)
    assert errors == [] and report.committed and report.created == 4


def test_payments_are_allocated_once_and_a_reused_id_with_new_figures_is_refused(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", CUSTOMERS))
    _load(sessions, "invoices", _write(tmp_path, "i.csv", (
        "invoice_number,customer_id,issue_date,due_date,amount\nINV-1,C1,2026-05-01,2026-05-31,1000\n")))
    payments = _write(tmp_path, "p.csv", (
        "Document Number,customer_id,Date,Amount,InvoiceNumber,Memo\n"
        "PAY-1,C1,2026-06-02,400.00,INV-1,wire 8812\n"
        "PAY-2,C1,2026-06-03,50.00,,cheque\n"
    ))
    report, errors = _load(sessions, "payments", payments)
    assert errors == [] and report.created == 2
    assert _load(sessions, "payments", payments)[0].unchanged == 2
    changed = _write(tmp_path, "p2.csv", "payment_id,customer_id,date,amount\nPAY-1,C1,2026-06-02,450.00\n")
    report, errors = _load(sessions, "payments", changed)
    assert report.rejected == 1 and "immutable" in errors[0][1]
    with transaction(sessions) as s:
        assert get_invoice(s, "INV-1").open_balance == D("600.00")
        unapplied = s.scalar(select(Payment.unapplied_amount).where(Payment.external_id == "PAY-2"))
        assert unapplied == D("50.00")
        assert s.scalar(select(Payment.reference).where(Payment.external_id == "PAY-1")) == "wire 8812"
        assert s.scalar(select(func.count()).select_from(Allocation)) == 1


def test_contacts_with_erp_email_headers(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", CUSTOMERS))
    path = _write(tmp_path, "contacts.csv", (
        "customer_id,Contact Email,name,role,opt_out\n"
        "C1,Jane@Acme.example,Jane Roe,ap,no\n"
        "C1,not-an-address,Bad,ap,no\n"
        "C2,ap@globex.example,,ap,yes\n"
    ))
    report, errors = _load(sessions, "contacts", path)
    assert report.created == 2 and [line for line, _ in errors] == [3]
    assert errors[0][1].startswith("Contact Email: value is not a valid email address")
    with transaction(sessions) as s:
        jane = s.scalar(select(Contact).where(Contact.email == "jane@acme.example"))
        assert jane.name == "Jane Roe" and jane.opt_out is False
        assert s.scalar(select(Contact.opt_out).where(Contact.email == "ap@globex.example")) is True


def test_european_dates_and_decimal_commas_need_their_options(sessions, tmp_path):
    _load(sessions, "customers", _write(tmp_path, "c.csv", CUSTOMERS))
    path = _write(tmp_path, "eu.csv", (
        "invoice_number;customer_id;Date;Due Date;Amount\n"
        "R-1;C1;13/05/2026;12/06/2026;1 234,50 €\n"
        "R-2;C1;14/05/2026;13/06/2026;2.000,00\n"
    ))
    report, errors = _load(sessions, "invoices", path)
    assert report.rejected == 2 and "is not an ISO date" in errors[0][1]
    report, errors = _load(sessions, "invoices", path, date_format="%d/%m/%Y", decimal_comma=True)
    assert errors == [] and report.created == 2
    with transaction(sessions) as s:
        first = get_invoice(s, "R-1")
        assert (first.issue_date, first.amount) == (date(2026, 5, 13), D("1234.50"))
        assert get_invoice(s, "R-2").amount == D("2000.00")


def test_a_missing_required_column_stops_before_any_row(sessions, tmp_path):
    path = _write(tmp_path, "i.csv", "Num,Customer,Date,Amount\n1,Acme,2026-05-01,10\n")
    with pytest.raises(ImportFileError, match=r"i.csv:1: missing required column due_date"):
        _load(sessions, "invoices", path)


def test_two_headers_meaning_the_same_field_are_refused(sessions, tmp_path):
    path = _write(tmp_path, "i.csv", "Num,InvoiceNumber,Customer,Date,Due Date,Amount\n")
    with pytest.raises(ImportFileError, match="both mean invoice_number"):
        _load(sessions, "invoices", path)


def test_json_arrays_and_json_lines_use_the_same_keys(sessions, tmp_path):
    customers = [{"customer_id": "C1", "name": "Acme Corp", "email": "ap@acme.example", "vip": True},
                 {"customer_id": "C2", "name": ""}]
    report, errors = _load(sessions, "customers", _write(tmp_path, "c.json", json.dumps(customers)))
    assert report.created == 1 and [line for line, _ in errors] == [2]
    assert report.ignored_columns == ["vip"]
    lines = "\n".join([
        json.dumps({"InvoiceNumber": "J-1", "customer_id": "C1", "issue_date": "2026-05-01",
                    "due_date": "2026-05-31", "amount": 99.95}),
        "",
        "{not json",
        json.dumps({"invoice_number": "J-2", "customer_id": "C1", "issue_date": "2026-05-01",
                    "due_date": "2026-05-31", "amount": "1,000.00"}),
        json.dumps(["not", "an", "object"]),
    ])
    report, errors = _load(sessions, "invoices", _write(tmp_path, "i.jsonl", lines))
    assert report.created == 2 and [line for line, _ in errors] == [3, 5]
    with transaction(sessions) as s:
        assert get_invoice(s, "J-1").amount == D("99.95")
        assert get_invoice(s, "J-2").amount == D("1000.00")


def test_a_json_array_cut_short_keeps_the_rows_before_the_break(sessions, tmp_path):
    text = json.dumps([{"customer_id": "C1", "name": "Acme"}, {"customer_id": "C2", "name": "Globex"}])
    report, errors = _load(sessions, "customers", _write(tmp_path, "c.json", text[:-15]))
    assert report.created == 1 and errors[0][0] == 2 and "invalid JSON" in errors[0][1]


@pytest.mark.parametrize("kind", KINDS)
def test_every_accepted_header_means_one_field(kind):
    mapping = header_map(kind)
    assert all(fold(name) in mapping for names in COLUMNS[kind].values() for name in names)


@pytest.mark.parametrize(("text", "comma", "value"), [
    ("1234.5", False, "1234.5"), ("$1,234.50", False, "1234.50"), ("USD 1,234,567.89", False, "1234567.89"),
    ("(12.00)", False, "-12.00"), ("-7", False, "-7"), ("£0.99", False, "0.99"),
    ("1 234,50 €", True, "1234.50"), ("1.234.567,8", True, "1234567.8"), ("12,5", True, "12.5"),
    ("1\u00a0234,50", True, "1234.50"), ("1'234.50", False, "1234.50"),
])
def test_amounts_as_erp_exports_write_them(text, comma, value):
    assert parse_amount(text, decimal_comma=comma) == D(value)


@pytest.mark.parametrize(("text", "comma"), [("12,5", False), ("1,23,4", False), ("abc", False),
                                             ("1.2.3", False), ("", False), ("1,234.50", True)])
def test_ambiguous_or_malformed_amounts_are_refused(text, comma):
    with pytest.raises(RowRejected):
        parse_amount(text, decimal_comma=comma)


def test_a_decimal_comma_without_the_option_suggests_it():
    with pytest.raises(RowRejected, match="pass --decimal-comma"):
        parse_amount("12,50")


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """`ar-agent` against a fresh data directory."""
    from cli import main
    from config import reset_settings

    monkeypatch.setenv("AR_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("AR_DATABASE_URL", raising=False)
    reset_settings()
    if not any(group.name == "import" for group in main.app.registered_groups):
        main._register()
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main.app, list(args))

    yield run
    reset_settings()


BAD_CSV = """\
invoice_number,customer_id,issue_date,due_date,amount
INV-1,C1,2026-05-01,2026-05-31,"$1,000.00"
INV-2,C1,2026-05-02,2026-06-01,200.00
INV-3,C2,2026-05-03,2026-06-02,300.00
INV-4,C2,2026-05-04,2026-06-03,400.00
INV-5,C2,2026-05-05,2026-06-04,500.00
INV-6,C1,05/06/2026,2026-06-05,600.00
INV-7,C1,2026-05-07,2026-06-06,700.00
"""


def test_cli_reports_the_bad_line_and_keeps_the_good_rows(cli, tmp_path):
    customers = _write(tmp_path, "customers.csv", CUSTOMERS)
    bad = _write(tmp_path, "bad.csv", BAD_CSV)
    assert cli("import", "customers", str(customers)).exit_code == 0
    result = cli("import", "invoices", str(bad))
    assert result.exit_code != 0
    assert f"{bad}:7: issue_date: '05/06/2026' is not an ISO date" in result.stderr
    aging = cli("report", "aging", "--as-of", "2026-07-01", "--json")
    assert json.loads(aging.stdout)["total"] == "3100.00"  # every row but INV-6

    again = cli("import", "invoices", str(bad), "--json")
    summary = json.loads(again.stdout)
    assert (summary["changed"], summary["unchanged"], summary["rejected"]) == (0, 6, 1)
    assert "0 changed" in cli("import", "customers", str(customers)).stdout


def test_cli_strict_import_keeps_nothing(cli, tmp_path):
    cli("import", "customers", str(_write(tmp_path, "customers.csv", CUSTOMERS)))
    bad = _write(tmp_path, "bad.csv", BAD_CSV)
    result = cli("import", "invoices", str(bad), "--strict")
    assert result.exit_code != 0 and f"{bad}:7:" in result.stderr
    assert "nothing imported" in result.stdout
    aging = json.loads(cli("report", "aging", "--json").stdout)
    assert aging["total"] == "0.00" and aging["customers"] == []


def test_cli_date_format_option_reads_us_dates(cli, tmp_path):
    cli("import", "customers", str(_write(tmp_path, "customers.csv", CUSTOMERS)))
    path = _write(tmp_path, "us.csv", "Num,customer_id,Date,Due Date,Amount\n9,C1,05/06/2026,06/05/2026,10\n")
    result = cli("import", "invoices", str(path), "--date-format", "%m/%d/%Y", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["created"] == 1


def test_ar_agent_prints_one_line_per_bad_row_and_exits_non_zero(tmp_path):
    """The installed command, as finance runs it."""
    env = {**os.environ, "AR_DATA_DIR": str(tmp_path / "var")}
    env.pop("AR_DATABASE_URL", None)
    _write(tmp_path, "customers.csv", CUSTOMERS)
    _write(tmp_path, "bad.csv", BAD_CSV)
    command = [sys.executable, "-m", "cli.main"]
    cwd = Path(__file__).resolve().parent.parent

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*command, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)

    assert run("import", "customers", str(tmp_path / "customers.csv")).returncode == 0
    result = run("import", "invoices", str(tmp_path / "bad.csv"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert f"{tmp_path / 'bad.csv'}:7: issue_date: '05/06/2026' is not an ISO date (YYYY-MM-DD); " \
           "pass --date-format for other forms" in lines
    assert [line for line in lines if "bad.csv:" in line and ":7:" not in line] == []
    assert lines[-1] == "error: 1 row(s) rejected; the other 6 row(s) were imported"
