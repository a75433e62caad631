"""Which file headers mean which ledger field, for each kind of import.

Finance teams load ERP exports as they come out of QuickBooks, Xero or NetSuite, so each field
accepts its plain name and the headers those exports use. Headers are compared after folding
case and dropping spaces, underscores and hyphens: "Due Date", "DueDate" and "due_date" are the
same column.
"""

from __future__ import annotations

import re

KINDS = ("customers", "contacts", "invoices", "payments")

# field -> accepted headers (the plain name first). `customer_name` is resolved to a customer
# by name: QuickBooks and NetSuite transaction exports carry the customer's name, not an id.
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "customers": {
        "customer_id": ("customer_id", "ID", "Customer ID", "External ID", "ContactID"),
        "name": ("name", "Customer", "ContactName", "Customer Name", "Company"),
        "email": ("email", "EmailAddress", "Email Address", "Contact Email"),
        "segment": ("segment",),
        "terms": ("terms", "terms_days", "Payment Terms"),
        "currency": ("currency", "CurrencyCode"),
        "timezone": ("timezone", "Time Zone"),
        "owner": ("owner",),
        "do_not_contact": ("do_not_contact",),
    },
    "contacts": {
        "customer_id": ("customer_id", "Customer ID"),
        "customer_name": ("Customer", "Customer Name"),
        "email": ("email", "Email Address", "Contact Email", "EmailAddress"),
        "name": ("name", "Contact Name", "Full Name"),
        "role": ("role",),
        "opt_out": ("opt_out",),
    },
    "invoices": {
        "invoice_number": ("invoice_number", "Num", "InvoiceNumber", "Document Number", "Invoice No"),
        "customer_id": ("customer_id", "Customer ID"),
        "customer_name": ("Customer", "ContactName", "Name", "Customer Name"),
        "issue_date": ("issue_date", "Date", "InvoiceDate", "Invoice Date"),
        "due_date": ("due_date", "Due Date", "DueDate"),
        "amount": ("amount", "Total", "Invoice Amount"),
        "open_balance": ("open_balance", "Open Balance", "AmountDue", "Amount Remaining"),
        "currency": ("currency", "CurrencyCode"),
        "po_number": ("po_number", "PO Number", "P.O. Number", "PO No"),
    },
    "payments": {
        "payment_id": ("payment_id", "PaymentID", "Document Number"),
        "customer_id": ("customer_id", "Customer ID"),
        "customer_name": ("Customer", "ContactName", "Name", "Customer Name"),
        "date": ("date", "Payment Date", "PaymentDate"),
        "amount": ("amount", "Amount Paid"),
        "currency": ("currency", "CurrencyCode"),
        "invoice_number": ("invoice_number", "InvoiceNumber", "Invoice No"),
        "reference": ("reference", "Memo", "Check Number"),
    },
}

# Fields a row cannot do without. A customer may be named instead of identified in the
# transaction files; the customers file falls back to the name as id when it has no id column.
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "customers": (("customer_id", "name"), ("name",)),
    "contacts": (("customer_id", "customer_name"), ("email",)),
    "invoices": (("invoice_number",), ("customer_id", "customer_name"), ("issue_date",),
                 ("due_date",), ("amount",)),
    "payments": (("payment_id",), ("customer_id", "customer_name"), ("date",), ("amount",)),
}

DATE_FIELDS = frozenset({"issue_date", "due_date", "date"})
MONEY_FIELDS = frozenset({"amount", "open_balance"})
BOOL_FIELDS = frozenset({"do_not_contact", "opt_out"})

_FOLD = re.compile(r"[\s_\-.]+")


def fold(header: str) -> str:
    """The comparison key of a header: case, spaces, underscores, hyphens and dots ignored."""
    return _FOLD.sub("", header).casefold()


def header_map(kind: str) -> dict[str, str]:
    """Folded header -> field for one kind of file."""
    mapping: dict[str, str] = {}
    for field, names in COLUMNS[kind].items():
        for name in names:
            key = fold(name)
            if key in mapping and mapping[key] != field:
                raise AssertionError(f"{kind}: header {name!r} maps to two fields")
            mapping[key] = field
    return mapping
