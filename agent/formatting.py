"""How drafts write money and dates, and how the grounding validator reads them back.

Both directions live here so a format change can never make grounding miss a figure.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$"}


def money(amount: Decimal, currency: str | None) -> str:
    text = f"{amount:,.2f}"
    return f"{currency} {text}" if currency else text


def long_date(day: date) -> str:
    return f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_PATTERNS = (
    re.compile(rf"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?((?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}})\b"),
    re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"),
)
AMOUNT_PATTERN = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})*(?:\.\d{2})|\d+\.\d{2})(?![\d])")
INVOICE_PATTERN = re.compile(r"\bINV-\d{3,}\b")
EMAIL_PATTERN = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def parse_amount(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "")).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def dates_in(text: str) -> list[tuple[str, date]]:
    found: list[tuple[str, date]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            raw = m.group(1)
            for fmt in ("%B %d, %Y", "%Y-%m-%d"):
                try:
                    found.append((m.group(0), datetime.strptime(raw, fmt).date()))
                    break
                except ValueError:
                    continue
    return found


def amounts_in(text: str) -> list[tuple[str, Decimal]]:
    out = []
    for m in AMOUNT_PATTERN.finditer(text):
        value = parse_amount(m.group(1))
        if value is not None:
            out.append((m.group(0), value))
    return out
