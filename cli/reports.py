"""`ar-agent report …`: aging, DSO, CEI, promises and disputes as finance reads them.

Every report is computed as of a date (today by default), states its convention and period,
prints a table for people or `--json` for machines (amounts as decimal strings, days as
numbers with one decimal).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

import typer
from rich.table import Table

from cli.context import ledger_sessions
from cli.output import console, fail, print_json

report_app = typer.Typer(help="Finance reports: aging, DSO, CEI, promises, disputes.", no_args_is_help=True)

AS_OF_HELP = "Report as the ledger stood at the end of this date (YYYY-MM-DD); default today."
JSON_HELP = "Print JSON."


def _date(value: str | None, option: str, default: date | None = None) -> date:
    if value is None:
        if default is None:
            fail(f"{option} is required")
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: {value!r} is not a date (YYYY-MM-DD)")


CURRENCY_HELP = "Only invoices in this currency (ISO code). Default: all, with a breakdown per currency."
MIXED_NOTE = "amounts in several currencies are added at face value; see the per-currency figures or use --currency"


def _currency(session: Any, requested: str | None) -> tuple[str | None, list[str]]:
    """The currency to report in (None: all) and the ledger's currencies when they are mixed."""
    from ledger.metrics import currencies

    held = currencies(session)
    if requested is not None:
        code = requested.strip().upper()
        if code not in held:
            fail(f"--currency: no invoices in {code!r} (the ledger holds {', '.join(held) or 'none'})")
        return code, []
    return None, held if len(held) > 1 else []


def _days(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _show(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, Decimal):
        return f"{value:,}"
    return str(value)


@report_app.command("aging")
def aging_report(
    as_of: str | None = typer.Option(None, "--as-of", help=AS_OF_HELP),
    customer: str | None = typer.Option(None, "--customer", help="Only this customer (its id)."),
    currency: str | None = typer.Option(None, "--currency", help=CURRENCY_HELP),
    top: int = typer.Option(20, "--top", help="Customers shown in the table (JSON lists all)."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Open balances by days past due: current, 1-30, 31-60, 61-90, over 90."""
    from sqlalchemy import select

    from ledger.metrics import BUCKETS, aging
    from ledger.models import Customer

    day = _date(as_of, "--as-of", date.today())
    with ledger_sessions()() as session:
        if customer is not None and session.scalar(select(Customer.id).where(Customer.external_id == customer)) is None:
            fail(f"--customer: unknown customer {customer!r}")
        code, mixed = _currency(session, currency)
        result = aging(session, day, customer_id=customer, currency=code)
        per_currency = {c: aging(session, day, customer_id=customer, currency=c) for c in mixed}
    if json_out:
        out = {**result.as_dict(), "currency": code}
        if per_currency:
            out["by_currency"] = {c: {"buckets": a.buckets, "total": a.total} for c, a in per_currency.items()}
            out["note"] = MIXED_NOTE
        print_json(out)
        return
    table = Table(title=f"Aging as of {day}", title_justify="left")
    table.add_column("customer", overflow="fold")
    for name in (*BUCKETS, "total"):
        table.add_column(name.replace("_", "-"), justify="right", no_wrap=True)
    for row in result.customers[:top]:
        table.add_row(f"{row.name} ({row.customer_id})", *(_show(row.buckets[b]) for b in BUCKETS),
                      _show(row.total))
    if len(result.customers) > top:
        table.add_row(f"… {len(result.customers) - top} more customers", *[""] * (len(BUCKETS) + 1))
    table.add_section()
    for c, a in per_currency.items():
        table.add_row(f"total {c}", *(_show(a.buckets[b]) for b in BUCKETS), _show(a.total))
    table.add_row(f"total {code or ('all currencies' if per_currency else '')}".strip(),
                  *(_show(result.buckets[b]) for b in BUCKETS), _show(result.total), style="bold")
    console.print(table)
    if per_currency:
        console.print(f"note: {MIXED_NOTE}", highlight=False)


class DsoMethod(str, Enum):
    simple = "simple"
    countback = "countback"
    best = "best"


@report_app.command("dso")
def dso_report(
    as_of: str | None = typer.Option(None, "--as-of", help=AS_OF_HELP),
    method: DsoMethod = typer.Option(DsoMethod.countback, "--method", help="simple, countback or best (possible)."),
    period_days: int | None = typer.Option(
        None, "--period-days", min=1,
        help="simple/best: days of credit sales ending on the date (default 30); "
             "countback: a fixed length for every month (default: each month's real days).",
    ),
    currency: str | None = typer.Option(None, "--currency", help=CURRENCY_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Days sales outstanding, with best-possible DSO and average days delinquent (ADD)."""
    from ledger import metrics

    day = _date(as_of, "--as-of", date.today())

    def compute(session: Any, code: str | None) -> Any:
        if method is DsoMethod.countback:
            return metrics.countback_dso(session, day, month_days=period_days, currency=code)
        if method is DsoMethod.simple:
            return metrics.simple_dso(session, day, period_days=period_days or 30, currency=code)
        return metrics.best_possible_dso(session, day, period_days=period_days or 30, currency=code)

    with ledger_sessions()() as session:
        code, mixed = _currency(session, currency)
        result = compute(session, code)
        per_currency = {c: compute(session, c) for c in mixed}
    if json_out:
        print_json({
            "currency": code,
            **({"by_currency": {c: {"dso_days": _days(r.dso_days), "ar": r.ar} for c, r in per_currency.items()},
                "note": MIXED_NOTE} if per_currency else {}),
            "method": result.method,
            "as_of": result.as_of,
            "dso_days": _days(result.dso_days),
            "best_possible_days": _days(result.best_possible_days),
            "add_days": _days(result.add_days),
            "ar": result.ar,
            "inputs": {
                "current_ar": result.current_ar,
                "credit_sales": result.credit_sales,
                "period_start": result.period_start,
                "period_end": result.period_end,
                "period_days": result.period_days,
                "months": [{**m.model_dump(), "days_counted": float(m.days_counted)} for m in result.months],
            },
            "convention": result.convention,
        })
        return
    table = Table(title=f"DSO ({result.method}) as of {day}", title_justify="left", show_header=False)
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_row("DSO, days", _show(result.dso_days), style="bold")
    table.add_row("best-possible DSO, days", _show(result.best_possible_days))
    table.add_row("average days delinquent", _show(result.add_days))
    table.add_row("AR", _show(result.ar))
    table.add_row("current AR", _show(result.current_ar))
    table.add_row("credit sales", _show(result.credit_sales))
    table.add_row("period", f"{result.period_start} to {result.period_end} ({result.period_days} days)")
    console.print(table)
    if result.months:
        months = Table("month", "days", "credit sales", "days counted", title="countback", title_justify="left")
        for m in result.months:
            months.add_row(f"{m.start} to {m.end}", str(m.days), _show(m.credit_sales), _show(m.days_counted))
        console.print(months)
    for c, r in per_currency.items():
        console.print(f"  {c}: DSO {_show(r.dso_days)} days on AR {_show(r.ar)}", highlight=False)
    if per_currency:
        console.print(f"note: {MIXED_NOTE}", highlight=False)
    console.print(f"convention: {result.convention}", highlight=False)


@report_app.command("cei")
def cei_report(
    as_of: str | None = typer.Option(None, "--as-of", help="The month of this date, up to it; default today."),
    start: str | None = typer.Option(None, "--from", help="Period start (with --to) instead of a month."),
    end: str | None = typer.Option(None, "--to", help="Period end, included."),
    currency: str | None = typer.Option(None, "--currency", help=CURRENCY_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Collection effectiveness index for a calendar month (or a --from/--to period)."""
    from ledger import metrics

    if (start is None) != (end is None):
        fail("--from and --to go together")
    if start is not None:
        first, last = _date(start, "--from"), _date(end, "--to")
        if last < first:
            fail("--to is before --from")
    else:
        first, last = metrics.month_of(_date(as_of, "--as-of", date.today()))
    with ledger_sessions()() as session:
        code, mixed = _currency(session, currency)
        result = metrics.cei(session, first, last, currency=code)
        per_currency = {c: metrics.cei(session, first, last, currency=c) for c in mixed}
    if json_out:
        out = {**result.model_dump(), "cei": _days(result.cei), "currency": code}
        if per_currency:
            out["by_currency"] = {c: _days(r.cei) for c, r in per_currency.items()}
            out["note"] = MIXED_NOTE
        print_json(out)
        return
    table = Table(title=f"CEI {first} to {last}", title_justify="left", show_header=False)
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_row("CEI, %", _show(result.cei), style="bold")
    table.add_row("beginning AR", _show(result.beginning_ar))
    table.add_row("credit sales", _show(result.credit_sales))
    table.add_row("ending AR", _show(result.ending_ar))
    table.add_row("ending current AR", _show(result.ending_current_ar))
    for c, r in per_currency.items():
        table.add_row(f"CEI {c}, %", _show(r.cei))
    console.print(table)
    if per_currency:
        console.print(f"note: {MIXED_NOTE}", highlight=False)
    console.print(f"convention: {result.convention}", highlight=False)


@report_app.command("promises")
def promises_report(
    as_of: str | None = typer.Option(None, "--as-of", help="The week (Monday-Sunday) of this date; default today."),
    rate_days: int = typer.Option(90, "--rate-days", min=1, help="Kept rate over this many days ending on the date."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Promises judged in the week that ended broken or partially kept, and the kept rate."""
    from ledger import metrics

    day = _date(as_of, "--as-of", date.today())
    week_start, week_end = metrics.week_of(day)
    with ledger_sessions()() as session:
        broken = metrics.broken_promises(session, week_start, week_end)
        rate = metrics.promise_kept_rate(session, day - timedelta(days=rate_days - 1), day)
    if json_out:
        print_json({
            "as_of": day,
            "week": {"start": week_start, "end": week_end},
            "broken": [p.model_dump() for p in broken],
            "kept_rate": {**rate.model_dump(), "rate_by_count": _days(rate.rate_by_count),
                          "rate_by_amount": _days(rate.rate_by_amount)},
        })
        return
    table = Table("customer", "promise", "status", "promised", "judged", "covered", "paid", "shortfall",
                  title=f"Promises broken or partly kept, week {week_start} to {week_end}", title_justify="left")
    for p in broken:
        table.add_row(f"{p.customer_name} ({p.customer_id})", str(p.promise_id), p.status.replace("_", " "),
                      str(p.promised_date), str(p.judged_on), _show(p.covered_amount), _show(p.paid_amount),
                      _show(p.shortfall))
    console.print(table if broken else f"no broken promises judged {week_start} to {week_end}")
    console.print(
        f"kept rate {rate.period_start} to {rate.period_end}: {_show(rate.rate_by_count)}% by count "
        f"({rate.kept} kept, {rate.partially_kept} partly, {rate.broken} broken), "
        f"{_show(rate.rate_by_amount)}% by amount ({_show(rate.kept_amount)} of {_show(rate.judged_amount)})",
        highlight=False,
    )


@report_app.command("disputes")
def disputes_report(
    as_of: str | None = typer.Option(None, "--as-of", help=AS_OF_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Disputes by reason: how many, how much, how many still open, how old."""
    from ledger.metrics import disputes_by_reason

    day = _date(as_of, "--as-of", date.today())
    with ledger_sessions()() as session:
        rows = disputes_by_reason(session, day)
    if json_out:
        print_json({"as_of": day, "reasons": [
            {**r.model_dump(), "average_open_age_days": _days(r.average_open_age_days)} for r in rows
        ]})
        return
    table = Table("reason", "disputes", "amount", "open", "open amount", "avg open age, days",
                  title=f"Disputes by reason as of {day}", title_justify="left")
    for r in rows:
        table.add_row(r.reason.replace("_", " "), str(r.count), _show(r.amount), str(r.open),
                      _show(r.open_amount), _show(r.average_open_age_days))
    console.print(table if rows else "no disputes")


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")
