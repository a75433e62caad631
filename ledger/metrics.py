"""The finance reports: aging, DSO (simple, countback, best-possible), CEI, promises, disputes.

Every figure is an SQL aggregate over the ledger as it stood on an `as_of` date, so a report for
a past date is right and a report over a million invoices never loops over them in Python.

The balance of an invoice on a date D is its amount minus the allocations applied on or before
D. Because the cached open balance always equals amount minus *all* allocations (see
ledger.balances), that is the same as the cached balance plus the allocations applied after D.
The second form touches only open invoices and the few allocations after D, which keeps
historical reports as fast as today's; for today or later the second term is simply empty.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pydantic import BaseModel
from sqlalchemy import (
    BigInteger,
    Date,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from ledger.calendar import week_bounds
from ledger.models import Allocation, Customer, Dispute, Invoice, Promise

BUCKETS = ("current", "1_30", "31_60", "61_90", "over_90")
OPEN_STATUSES = ("open", "partially_paid")
JUDGED_STATUSES = ("kept", "partially_kept", "broken")
OPEN_DISPUTE_STATUSES = ("open", "in_review")
ZERO = Decimal("0.00")
TENTH = Decimal("0.1")


def _cents(column):  # type: ignore[no-untyped-def]
    # Money columns hold integer cents; summing them as integers keeps every total exact.
    return type_coerce(column, BigInteger)


def _money(cents: int | Decimal | None) -> Decimal:
    return Decimal(int(cents)).scaleb(-2) if cents else ZERO


def round_days(value: Decimal) -> Decimal:
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


# --- AR on a date ----------------------------------------------------------------------------


def _due_ranges(as_of: date) -> list[tuple[str, date | None, date | None]]:
    """Aging buckets as due-date ranges [from, to): days past due = as_of - due_date."""
    return [
        ("current", as_of, None),
        ("1_30", as_of - timedelta(days=30), as_of),
        ("31_60", as_of - timedelta(days=60), as_of - timedelta(days=30)),
        ("61_90", as_of - timedelta(days=90), as_of - timedelta(days=60)),
        ("over_90", None, as_of - timedelta(days=90)),
    ]


def _due_between(start: date | None, end: date | None) -> list:  # type: ignore[type-arg]
    conditions = []
    if start is not None:
        conditions.append(Invoice.due_date >= start)
    if end is not None:
        conditions.append(Invoice.due_date < end)
    return conditions


def _in_currency(currency: str | None) -> list:  # type: ignore[type-arg]
    """Only invoices in `currency` (None: all, added at face value)."""
    return [Invoice.currency == currency] if currency else []


def currencies(session: Session) -> list[str]:
    """The invoice currencies the ledger holds, for reports that must not add them together."""
    return sorted(session.scalars(select(Invoice.currency).distinct()))


def _balance_parts(as_of: date, ranges: list[tuple[str, date | None, date | None]], *,
                   by_customer: bool, customer_id: int | None = None,
                   currency: str | None = None):  # type: ignore[no-untyped-def]
    """(customer_id, bucket, cents) rows whose sum per bucket is the balance owed on as_of.

    Each bucket is its own due-date range read from an index rather than a CASE evaluated
    on every open invoice, which keeps a million-invoice ledger fast on SQLite.
    """
    customer = Invoice.customer_id if by_customer else literal_column("0").label("customer_id")
    only = ([Invoice.customer_id == customer_id] if customer_id is not None else []) + _in_currency(currency)
    selects = []
    for label, start, end in ranges:
        query = select(
            customer, literal_column(f"'{label}'").label("bucket"),
            func.sum(_cents(Invoice.open_balance)).label("cents"),
        ).where(Invoice.status.in_(OPEN_STATUSES), Invoice.issue_date <= as_of, *_due_between(start, end), *only)
        selects.append(query.group_by(Invoice.customer_id) if by_customer else query)
    # Allocations applied after as_of were still owed on as_of: one pass over them (few for
    # a recent date), bucketed by their invoice's due date.
    bucket = case(
        *((and_(*_due_between(start, end)), literal_column(f"'{label}'")) for label, start, end in ranges[:-1]),
        else_=literal_column(f"'{ranges[-1][0]}'"),
    )
    selects.append(
        select(customer, bucket.label("bucket"), func.sum(_cents(Allocation.amount)).label("cents"))
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .where(Allocation.applied_on > as_of, Invoice.issue_date <= as_of, Invoice.status != "void", *only)
        .group_by(*((Invoice.customer_id,) if by_customer else ()), bucket)
    )
    return union_all(*selects)


class ArOnDate(BaseModel):
    as_of: date
    total: Decimal
    current: Decimal  # not yet due on as_of

    @property
    def past_due(self) -> Decimal:
        return self.total - self.current


def ar_on(session: Session, as_of: date, *, currency: str | None = None) -> ArOnDate:
    """Total and current (not yet due) receivables as they stood at the end of as_of."""
    ranges = [("current", as_of, None), ("past_due", None, as_of)]
    cents = dict.fromkeys(("current", "past_due"), 0)
    for _, bucket, amount in session.execute(_balance_parts(as_of, ranges, by_customer=False, currency=currency)):
        cents[bucket] += int(amount or 0)
    return ArOnDate(as_of=as_of, total=_money(cents["current"] + cents["past_due"]),
                    current=_money(cents["current"]))


def credit_sales(session: Session, start: date, end: date, *, currency: str | None = None) -> Decimal:
    """Invoiced amounts issued from start to end, both included (void invoices excluded)."""
    cents = session.scalar(
        select(func.coalesce(func.sum(_cents(Invoice.amount)), 0)).where(
            Invoice.issue_date >= start, Invoice.issue_date <= end, Invoice.status != "void",
            *_in_currency(currency),
        )
    )
    return _money(cents)


# --- aging -----------------------------------------------------------------------------------


# Plain dataclasses: a report builds one per customer, thousands of them, from values computed
# here, so validating each would cost more than the query.
@dataclass(slots=True)
class CustomerAging:
    customer_id: str
    name: str
    buckets: dict[str, Decimal]
    total: Decimal

    def as_dict(self) -> dict[str, Any]:
        return {"customer_id": self.customer_id, "name": self.name, "buckets": self.buckets, "total": self.total}


@dataclass(slots=True)
class Aging:
    as_of: date
    buckets: dict[str, Decimal]
    total: Decimal
    customers: list[CustomerAging]

    def as_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of, "buckets": self.buckets, "total": self.total,
                "customers": [c.as_dict() for c in self.customers]}


def aging(session: Session, as_of: date, *, customer_id: str | None = None,
          currency: str | None = None) -> Aging:
    """Open balances on as_of by days past due, in total and per customer (largest first)."""
    internal = None
    if customer_id is not None:
        internal = session.scalar(select(Customer.id).where(Customer.external_id == customer_id))
        if internal is None:
            return Aging(as_of=as_of, buckets={b: ZERO for b in BUCKETS}, total=ZERO, customers=[])
    query = _balance_parts(as_of, _due_ranges(as_of), by_customer=True, customer_id=internal, currency=currency)
    per_customer: dict[int, dict[str, int]] = {}
    for cid, name, cents in session.execute(query).all():
        if cents:
            entry = per_customer.get(cid)
            if entry is None:
                entry = per_customer[cid] = dict.fromkeys(BUCKETS, 0)
            entry[name] += cents
    names_query = select(Customer.id, Customer.external_id, Customer.name)
    if len(per_customer) <= 500:  # else reading every customer beats a huge IN list
        names_query = names_query.where(Customer.id.in_(list(per_customer)))
    names = {cid: (ext, name) for cid, ext, name in session.execute(names_query).all()} if per_customer else {}
    totals = dict.fromkeys(BUCKETS, 0)
    ranked = []
    for cid, cents_by_bucket in per_customer.items():
        for name, cents in cents_by_bucket.items():
            totals[name] += cents
        ext, name = names.get(cid, (str(cid), ""))
        ranked.append((-sum(cents_by_bucket.values()), ext, name, cents_by_bucket))
    ranked.sort(key=lambda r: (r[0], r[1]))  # largest balance first, on whole cents
    customers = [
        CustomerAging(customer_id=ext, name=name, buckets={b: _money(c) for b, c in cents_by_bucket.items()},
                      total=_money(-negative_total))
        for negative_total, ext, name, cents_by_bucket in ranked
    ]
    return Aging(
        as_of=as_of,
        buckets={b: _money(c) for b, c in totals.items()},
        total=_money(sum(totals.values())),
        customers=customers,
    )


# --- DSO -------------------------------------------------------------------------------------


class CountbackMonth(BaseModel):
    start: date
    end: date
    days: int
    credit_sales: Decimal
    days_counted: Decimal


class Dso(BaseModel):
    method: str  # simple | countback | best
    as_of: date
    ar: Decimal
    current_ar: Decimal
    period_start: date
    period_end: date
    period_days: int
    credit_sales: Decimal
    dso_days: Decimal | None  # None when there were no credit sales to measure against
    best_possible_days: Decimal | None
    add_days: Decimal | None  # average days delinquent = DSO - best-possible DSO
    months: list[CountbackMonth] = []
    convention: str


def _ratio_days(amount: Decimal, sales: Decimal, days: int) -> Decimal | None:
    if sales <= 0:
        return None
    return amount / sales * days


def _period(as_of: date, period_days: int) -> tuple[date, date]:
    if period_days < 1:
        raise ValueError("the period must be at least one day")
    return as_of - timedelta(days=period_days - 1), as_of


def simple_dso(session: Session, as_of: date, *, period_days: int = 30, currency: str | None = None) -> Dso:
    """Ending AR ÷ credit sales of the period_days ending on as_of × period_days."""
    start, end = _period(as_of, period_days)
    ar = ar_on(session, as_of, currency=currency)
    sales = credit_sales(session, start, end, currency=currency)
    dso = _ratio_days(ar.total, sales, period_days)
    best = _ratio_days(ar.current, sales, period_days)
    return Dso(
        method="simple", as_of=as_of, ar=ar.total, current_ar=ar.current, period_start=start,
        period_end=end, period_days=period_days, credit_sales=sales,
        dso_days=_rounded(dso), best_possible_days=_rounded(best),
        add_days=_rounded(dso - best) if dso is not None and best is not None else None,
        convention=f"ending AR ÷ credit sales of the {period_days} days ending {as_of} × {period_days}",
    )


def best_possible_dso(session: Session, as_of: date, *, period_days: int = 30,
                      currency: str | None = None) -> Dso:
    """Current (not yet due) AR ÷ credit sales × days: the DSO if every customer paid on time."""
    result = simple_dso(session, as_of, period_days=period_days, currency=currency)
    result.method = "best"
    result.dso_days = result.best_possible_days
    result.convention = (
        f"current AR ÷ credit sales of the {period_days} days ending {as_of} × {period_days}; "
        "ADD = simple DSO − best-possible DSO"
    )
    return result


def _months_back(as_of: date, count: int) -> list[tuple[date, date]]:
    """Calendar months ending at as_of: the month to date first, then whole earlier months."""
    months = [(as_of.replace(day=1), as_of)]
    first = as_of.replace(day=1)
    for _ in range(count - 1):
        last = first - timedelta(days=1)
        first = last.replace(day=1)
        months.append((first, last))
    return months


def countback_dso(
    session: Session, as_of: date, *, month_days: int | None = None, max_months: int = 36,
    currency: str | None = None,
) -> Dso:
    """Walk back month by month through credit sales until the ending AR is used up.

    Each whole month used up counts its days; the last, partly used month counts the share of
    its days that the remaining AR is of its sales. `month_days` fixes every month's length
    (the 30-day convention of many textbooks); by default a month counts its calendar days and
    the first month runs from the 1st to as_of.
    """
    ar = ar_on(session, as_of, currency=currency)
    remaining = ar.total
    total_days = Decimal(0)
    months: list[CountbackMonth] = []
    periods = _months_back(as_of, max_months)
    for start, end in periods:
        if remaining <= 0:
            break
        days = month_days or (end - start).days + 1
        sales = credit_sales(session, start, end, currency=currency)
        # A month without sales passes whole: the AR is older still.
        counted = Decimal(days) if remaining >= sales else remaining / sales * days
        remaining -= min(remaining, sales)
        total_days += counted
        months.append(CountbackMonth(start=start, end=end, days=days, credit_sales=sales,
                                     days_counted=round_days(counted)))
    latest_start, latest_end = periods[0]
    latest_days = month_days or (latest_end - latest_start).days + 1
    latest_sales = (months[0].credit_sales if months
                    else credit_sales(session, latest_start, latest_end, currency=currency))
    best = _ratio_days(ar.current, latest_sales, latest_days)
    convention = "countback over calendar months" + (
        f" counted as {month_days} days each" if month_days else " (their real days, the first to date)"
    )
    if remaining > 0:
        convention += f"; AR exceeds {max_months} months of credit sales, the figure is a floor"
    return Dso(
        method="countback", as_of=as_of, ar=ar.total, current_ar=ar.current,
        period_start=months[-1].start if months else latest_start, period_end=as_of,
        period_days=sum(m.days for m in months),
        credit_sales=sum((m.credit_sales for m in months), ZERO),
        dso_days=round_days(total_days), best_possible_days=_rounded(best),
        add_days=_rounded(total_days - best) if best is not None else None,
        months=months, convention=convention + "; best-possible DSO uses the latest month",
    )


def _rounded(value: Decimal | None) -> Decimal | None:
    return None if value is None else round_days(value)


# --- CEI -------------------------------------------------------------------------------------


class Cei(BaseModel):
    period_start: date
    period_end: date
    beginning_ar: Decimal
    credit_sales: Decimal
    ending_ar: Decimal
    ending_current_ar: Decimal
    cei: Decimal | None  # percent, one decimal; None when nothing was collectible
    convention: str


def month_of(as_of: date) -> tuple[date, date]:
    """The calendar month of as_of, up to as_of when it is not the month's last day."""
    last = calendar.monthrange(as_of.year, as_of.month)[1]
    return as_of.replace(day=1), min(as_of, as_of.replace(day=last))


def cei(session: Session, start: date, end: date, *, currency: str | None = None) -> Cei:
    """Collection effectiveness index over [start, end]."""
    if end < start:
        raise ValueError("the period ends before it starts")
    beginning = ar_on(session, start - timedelta(days=1), currency=currency).total
    sales = credit_sales(session, start, end, currency=currency)
    ending = ar_on(session, end, currency=currency)
    collectible = beginning + sales - ending.current
    value = None
    if collectible > 0:
        value = round_days((beginning + sales - ending.total) / collectible * 100)
    return Cei(
        period_start=start, period_end=end, beginning_ar=beginning, credit_sales=sales,
        ending_ar=ending.total, ending_current_ar=ending.current, cei=value,
        convention=(
            "(beginning AR + credit sales − ending total AR) ÷ (beginning AR + credit sales − "
            "ending current AR) × 100; beginning AR at the end of the day before the period, "
            "credit sales of the whole period"
        ),
    )


# --- promises --------------------------------------------------------------------------------


class KeptRate(BaseModel):
    period_start: date
    period_end: date
    kept: int
    partially_kept: int
    broken: int
    kept_amount: Decimal
    judged_amount: Decimal
    rate_by_count: Decimal | None  # percent, one decimal
    rate_by_amount: Decimal | None


def _promised(column_amount, column_covered):  # type: ignore[no-untyped-def]
    return func.coalesce(_cents(column_covered), _cents(column_amount), 0)


def promise_kept_rate(session: Session, start: date, end: date) -> KeptRate:
    """kept ÷ (kept + partially_kept + broken) of promises judged in [start, end]."""
    amount = _promised(Promise.amount, Promise.covered_amount)
    counts = dict.fromkeys(JUDGED_STATUSES, 0)
    cents = dict.fromkeys(JUDGED_STATUSES, 0)
    for status, n, total in session.execute(
        select(Promise.status, func.count(), func.coalesce(func.sum(amount), 0))
        .where(Promise.status.in_(JUDGED_STATUSES), Promise.judged_on >= start, Promise.judged_on <= end)
        .group_by(Promise.status)
    ):
        counts[status], cents[status] = int(n), int(total)
    judged = sum(counts.values())
    judged_cents = sum(cents.values())
    return KeptRate(
        period_start=start, period_end=end, kept=counts["kept"],
        partially_kept=counts["partially_kept"], broken=counts["broken"],
        kept_amount=_money(cents["kept"]), judged_amount=_money(judged_cents),
        rate_by_count=round_days(Decimal(counts["kept"]) / judged * 100) if judged else None,
        rate_by_amount=round_days(Decimal(cents["kept"]) / judged_cents * 100) if judged_cents else None,
    )


# Monday to Sunday around a day: reports and promise judging share one notion of a week.
week_of = week_bounds


class BrokenPromise(BaseModel):
    promise_id: int
    customer_id: str
    customer_name: str
    status: str
    promised_date: date
    judged_on: date
    covered_amount: Decimal | None
    paid_amount: Decimal
    shortfall: Decimal | None


def broken_promises(session: Session, start: date, end: date) -> list[BrokenPromise]:
    """Promises judged from start to end that ended broken or partially kept."""
    rows = session.execute(
        select(
            Promise.id, Customer.external_id, Customer.name, Promise.status, Promise.promised_date,
            Promise.judged_on, func.coalesce(Promise.covered_amount, Promise.amount), Promise.paid_amount,
        )
        .join(Customer, Customer.id == Promise.customer_id)
        .where(Promise.status.in_(("broken", "partially_kept")), Promise.judged_on >= start,
               Promise.judged_on <= end)
        .order_by(Promise.judged_on, Promise.id)
    )
    result = []
    for pid, ext, name, status, promised, judged, covered, paid in rows:
        paid = paid if paid is not None else ZERO
        result.append(BrokenPromise(
            promise_id=pid, customer_id=ext, customer_name=name, status=status,
            promised_date=promised, judged_on=judged, covered_amount=covered, paid_amount=paid,
            shortfall=(covered - paid) if covered is not None else None,
        ))
    return result


# --- disputes --------------------------------------------------------------------------------


class DisputeReason(BaseModel):
    reason: str
    count: int
    amount: Decimal
    open: int
    open_amount: Decimal
    average_open_age_days: Decimal | None


def _end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=timezone.utc)


def disputes_by_reason(session: Session, as_of: date) -> list[DisputeReason]:
    """Disputes opened by as_of, per reason: how many, how much, how many still open, how old.

    A dispute without a stated amount disputes its whole invoice. Age is counted in days from
    the day it was opened to as_of, over the disputes still open on as_of.
    """
    cutoff = _end_of(as_of)
    amount = func.coalesce(_cents(Dispute.amount), _cents(Invoice.amount))
    still_open = and_(
        Dispute.opened_at < cutoff,
        or_(
            and_(Dispute.resolved_at.is_(None), Dispute.status.in_(OPEN_DISPUTE_STATUSES)),
            Dispute.resolved_at >= cutoff,
        ),
    )
    if session.get_bind().dialect.name == "postgresql":
        age = literal(as_of, Date) - cast(func.timezone("UTC", Dispute.opened_at), Date)
    else:
        age = func.julianday(literal(as_of.isoformat())) - func.julianday(func.date(Dispute.opened_at))
    rows = session.execute(
        select(
            Dispute.reason,
            func.count(),
            func.coalesce(func.sum(amount), 0),
            func.sum(case((still_open, 1), else_=0)),
            func.coalesce(func.sum(case((still_open, amount), else_=0)), 0),
            func.sum(case((still_open, age), else_=0)),
        )
        .join(Invoice, Invoice.id == Dispute.invoice_id)
        .where(Dispute.opened_at < cutoff)
        .group_by(Dispute.reason)
        .order_by(Dispute.reason)
    )
    result = []
    for reason, count, cents, open_count, open_cents, age_sum in rows:
        open_count = int(open_count or 0)
        average = None
        if open_count:
            average = round_days(Decimal(str(age_sum or 0)) / open_count)
        result.append(DisputeReason(
            reason=reason, count=int(count), amount=_money(cents), open=open_count,
            open_amount=_money(open_cents), average_open_age_days=average,
        ))
    result.sort(key=lambda r: (-r.amount, r.reason))
    return result
