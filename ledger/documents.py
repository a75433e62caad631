"""Documents a customer may ask for, rendered from the ledger at the moment of sending:
an invoice copy and an account statement, as PDF.

Rendering at send time (not at draft time) means the figures a customer receives are the
ledger's figures when the email leaves, never a stale copy.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fpdf import FPDF
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger.errors import NotFound
from ledger.models import Customer, Invoice


class DocumentSpec(BaseModel):
    kind: str  # "invoice_copy" | "statement"
    filename: str
    invoice: str | None = None
    customer_id: int | None = None


def _pdf(title: str, lines: list[str]) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        # Core PDF fonts are Latin-1; replace anything else rather than fail the send.
        pdf.cell(0, 7, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def invoice_copy(session: Session, number: str) -> bytes:
    inv = session.scalar(select(Invoice).where(Invoice.number == number))
    if inv is None:
        raise NotFound(f"unknown invoice {number!r}")
    c = inv.customer
    return _pdf(f"Invoice {inv.number} (copy)", [
        f"Customer: {c.name} ({c.external_id})",
        f"Invoice date: {inv.issue_date.isoformat()}",
        f"Due date: {inv.due_date.isoformat()}",
        f"PO number: {inv.po_number or '-'}",
        f"Amount: {inv.currency} {inv.amount:,.2f}",
        f"Open balance: {inv.currency} {inv.open_balance:,.2f}",
    ])


def statement(session: Session, customer_id: int, as_of: date) -> bytes:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(f"unknown customer {customer_id}")
    rows = session.scalars(select(Invoice).where(
        Invoice.customer_id == customer_id, Invoice.status.in_(("open", "partially_paid"))
    ).order_by(Invoice.due_date)).all()
    total = sum((i.open_balance for i in rows), Decimal("0.00"))
    lines = [f"Customer: {c.name} ({c.external_id})", f"Statement date: {as_of.isoformat()}", ""]
    lines += [f"{i.number}   issued {i.issue_date.isoformat()}   due {i.due_date.isoformat()}   "
              f"{i.currency} {i.open_balance:,.2f}" for i in rows]
    lines += ["", f"Total open: {c.currency} {total:,.2f}"]
    return _pdf("Statement of account", lines)


def render(session: Session, spec: DocumentSpec, as_of: date) -> tuple[str, str, bytes]:
    """(filename, MIME type, bytes) of one attachment spec stored on a draft."""
    if spec.kind == "invoice_copy" and spec.invoice:
        return spec.filename, "application/pdf", invoice_copy(session, spec.invoice)
    if spec.kind == "statement" and spec.customer_id is not None:
        return spec.filename, "application/pdf", statement(session, spec.customer_id, as_of)
    raise NotFound(f"cannot render document {spec.kind!r}")
