"""The reports page: aging, DSO and CEI, promises, disputes, and what collectors decided."""

from __future__ import annotations

import statistics
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger import metrics
from ledger.models import Draft, User
from web.charts import bars, columns
from web.deps import PageUser, SessionDep
from web.templating import render

router = APIRouter(include_in_schema=False)
BUCKET_LABELS = {"current": "Current", "1_30": "1–30", "31_60": "31–60", "61_90": "61–90", "over_90": "90+"}


def collector_activity(session: Session, start: date, end: date) -> list[dict[str, Any]]:
    """Per person: approved, edited, rejected, median hours to decision, mean edit similarity."""
    lo = datetime.combine(start, time(), tzinfo=timezone.utc)
    hi = datetime.combine(end + timedelta(days=1), time(), tzinfo=timezone.utc)
    rows = session.execute(
        select(User.name, Draft.decision, Draft.created_at, Draft.decided_at, Draft.edit_similarity)
        .join(User, User.id == Draft.decided_by)
        .where(Draft.decided_at >= lo, Draft.decided_at < hi))
    people: dict[str, dict[str, Any]] = {}
    for name, decision, created, decided, similarity in rows:
        p = people.setdefault(name, {"name": name, "approve": 0, "edit": 0, "reject": 0, "hours": [], "similarity": []})
        if decision in ("approve", "edit", "reject"):
            p[decision] += 1
        if created and decided:
            p["hours"].append((decided - created).total_seconds() / 3600)
        if decision == "edit" and similarity is not None:
            p["similarity"].append(similarity)
    out = []
    for p in sorted(people.values(), key=lambda p: p["name"]):
        out.append({**p, "decided": p["approve"] + p["edit"] + p["reject"],
                    "median_hours": round(statistics.median(p["hours"]), 1) if p["hours"] else None,
                    "mean_similarity": round(statistics.fmean(p["similarity"]), 3) if p["similarity"] else None})
    return out


def _days(value: Decimal | None) -> str:
    return "n/a" if value is None else f"{value} days"


@router.get("/reports")
def reports_page(request: Request, session: SessionDep, user: PageUser,
                 as_of: Annotated[date | None, Query()] = None,
                 currency: Annotated[str | None, Query(max_length=3, pattern="^[A-Za-z]{3}$")] = None) -> Response:
    day = as_of or date.today()
    held = metrics.currencies(session)
    # Money in several currencies is never silently added up: the page shows one currency at a
    # time, the largest book by default, with a switch to the others.
    code = currency.upper() if currency and currency.upper() in held else None
    if code is None and held:
        code = max(held, key=lambda c: metrics.ar_on(session, day, currency=c).total)
    aging = metrics.aging(session, day, currency=code)
    month_start, month_end = metrics.month_of(day)
    dso = metrics.simple_dso(session, day, currency=code)
    countback = metrics.countback_dso(session, day, currency=code)
    best = metrics.best_possible_dso(session, day, currency=code)
    cei = metrics.cei(session, month_start, month_end, currency=code)
    quarter = day - timedelta(days=90)
    kept = metrics.promise_kept_rate(session, quarter, day)
    broken = metrics.broken_promises(session, day - timedelta(weeks=8), day)
    weeks: dict[date, int] = {}
    for i in range(8, -1, -1):
        weeks[metrics.week_of(day - timedelta(weeks=i))[0]] = 0
    for b in broken:
        start = metrics.week_of(b.judged_on)[0]
        if start in weeks:
            weeks[start] += 1
    disputes = metrics.disputes_by_reason(session, day)
    activity = collector_activity(session, day - timedelta(days=30), day)
    return render(request, "reports.html", {
        "day": day, "currency": code, "currencies": held, "aging": aging, "dso": dso, "countback": countback, "best": best, "cei": cei, "kept": kept,
        "broken": broken, "disputes": disputes, "activity": activity, "days": _days,
        "aging_chart": bars([(BUCKET_LABELS.get(k, k), v) for k, v in aging.buckets.items()], title="Aging"),
        "top_chart": bars([(c.name, c.total) for c in aging.customers[:8]], title="Largest balances"),
        "kept_chart": bars([("Kept", kept.kept), ("Partially kept", kept.partially_kept), ("Broken", kept.broken)],
                           title="Promises judged in the last 90 days"),
        "broken_chart": columns([(w.strftime("%d %b"), n) for w, n in weeks.items()],
                                title="Broken or partially kept promises by week"),
        "dispute_chart": bars([(d.reason.replace("_", " "), d.count) for d in disputes], title="Disputes by reason"),
        "activity_chart": bars([(a["name"], a["decided"]) for a in activity], title="Decisions in the last 30 days"),
    })
