"""Validated inputs at the ledger's boundary (imports, API, agent proposals)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from ledger.models import SEGMENTS, to_money


class _In(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _no_control_characters(cls, v):  # type: ignore[no-untyped-def]
        if isinstance(v, str) and any(ord(ch) < 32 and ch not in "\t\r\n" for ch in v):
            raise ValueError("contains control characters")
        return v


# Far above any real invoice, far below what a BIGINT of cents holds.
MAX_AMOUNT = Decimal("1000000000000.00")


def _money(value: Decimal) -> Decimal:
    """An amount with at most two decimals and a sane size: a third decimal is a typo or a
    European thousands separator ("1.234"), never something to round away silently."""
    if not value.is_finite():
        raise ValueError("amount is not a number")
    if abs(value) > MAX_AMOUNT:
        raise ValueError(f"amount {value} is larger than {MAX_AMOUNT:,}")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"amount {value} has more than two decimals (a European '1.234'? use --decimal-comma)")
    return to_money(value)


class CustomerIn(_In):
    external_id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    email: EmailStr | None = None
    segment: str = "reliable"

    @field_validator("email", mode="before")
    @classmethod
    def _first_address(cls, v):  # type: ignore[no-untyped-def]
        # ERP exports (QuickBooks) put several addresses in one cell: the first is the contact.
        if isinstance(v, str) and ("," in v or ";" in v):
            v = v.replace(";", ",").split(",")[0].strip()
        return v or None
    terms_days: int = Field(default=30, ge=0, le=365)
    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")
    timezone: str = "UTC"
    owner: str | None = None  # user name
    do_not_contact: bool = False

    @field_validator("segment")
    @classmethod
    def _segment(cls, v: str) -> str:
        v = v.strip().lower().replace(" ", "_").replace("-", "_")
        if v not in SEGMENTS:
            raise ValueError(f"unknown segment {v!r} (one of {', '.join(SEGMENTS)})")
        return v

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r}") from exc
        return v


class ContactIn(_In):
    customer_id: str = Field(min_length=1, max_length=64)  # the customer's external id
    email: EmailStr
    name: str | None = None
    role: str = "ap"
    opt_out: bool = False


class InvoiceIn(_In):
    invoice_number: str = Field(min_length=1, max_length=64)
    customer_id: str = Field(min_length=1, max_length=64)
    issue_date: date
    due_date: date
    amount: Decimal = Field(gt=0)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    po_number: str | None = Field(default=None, max_length=64)
    # ERP exports often carry the open balance; when given, the difference is booked as an
    # opening allocation so the ledger agrees with the ERP.
    open_balance: Decimal | None = Field(default=None, ge=0)

    _amount = field_validator("amount", "open_balance")(lambda v: None if v is None else _money(v))

    @field_validator("due_date")
    @classmethod
    def _due_after_issue(cls, v: date, info) -> date:  # type: ignore[no-untyped-def]
        issued = info.data.get("issue_date")
        if issued is not None and v < issued:
            raise ValueError("due_date is before issue_date")
        return v


class PaymentIn(_In):
    payment_id: str = Field(min_length=1, max_length=64)
    customer_id: str = Field(min_length=1, max_length=64)
    date: date
    amount: Decimal = Field(gt=0)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    invoice_number: str | None = Field(default=None, max_length=64)
    reference: str | None = Field(default=None, max_length=200)

    _amount = field_validator("amount")(lambda v: _money(v))
