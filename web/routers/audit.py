"""The audit log page and its CSV export: decisions, edits (with the diff), ledger changes, logins."""

from __future__ import annotations

import csv
import difflib
import io
import json
from datetime import date, datetime, time, timedelta, timezone
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledger.models import AuditLog
from web.deps import PageManager, SessionDep
from web.templating import render

router = APIRouter(include_in_schema=False)
CSV_LIMIT = 100_000


class AuditQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    actor: str | None = Field(default=None, max_length=120)
    action: str | None = Field(default=None, max_length=64, pattern=r"^[a-z_.]+$")
    entity: str | None = Field(default=None, max_length=32, pattern=r"^[a-z_]+$")
    entity_id: str | None = Field(default=None, max_length=64)
    start: date | None = None
    end: date | None = None
    page: int = Field(default=1, ge=1, le=100_000)
    per_page: int = Field(default=100, ge=1, le=500)

    @field_validator("actor", "action", "entity", "entity_id", "start", "end", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value


def _where(q: AuditQuery) -> list[Any]:
    where = []
    if q.actor:
        where.append(func.lower(AuditLog.actor).contains(q.actor.lower(), autoescape=True))
    if q.action:
        # "draft" matches draft.approve, draft.edit, draft.reject
        where.append(AuditLog.action.startswith(q.action, autoescape=True))
    if q.entity:
        where.append(AuditLog.entity == q.entity)
    if q.entity_id:
        where.append(AuditLog.entity_id == q.entity_id)
    if q.start:
        where.append(AuditLog.at >= datetime.combine(q.start, time(), tzinfo=timezone.utc))
    if q.end:
        where.append(AuditLog.at < datetime.combine(q.end + timedelta(days=1), time(), tzinfo=timezone.utc))
    return where


def text_diff(entry: AuditLog) -> list[tuple[str, str]] | None:
    """For an edited draft: the unified diff of drafted against sent text, as (kind, line)."""
    before, after = entry.before or {}, entry.after or {}
    if not entry.action.startswith("draft.") or "body" not in after:
        return None
    old = f"Subject: {before.get('subject') or ''}\n\n{before.get('body') or ''}".splitlines()
    new = f"Subject: {after.get('subject') or ''}\n\n{after.get('body') or ''}".splitlines()
    if old == new:
        return None
    lines = []
    for line in list(difflib.unified_diff(old, new, "drafted", "sent", lineterm="", n=2))[2:]:
        kind = "add" if line.startswith("+") else "del" if line.startswith("-") else \
            "hunk" if line.startswith("@@") else "same"
        lines.append((kind, line))
    return lines


def _rows(session: Session, q: AuditQuery, limit: int, offset: int = 0) -> list[AuditLog]:
    return list(session.scalars(select(AuditLog).where(*_where(q)).order_by(AuditLog.at.desc(), AuditLog.id.desc())
                                .limit(limit).offset(offset)))


@router.get("/audit")
def audit_page(request: Request, session: SessionDep, user: PageManager, q: Annotated[AuditQuery, Depends()]) -> Response:
    total = session.scalar(select(func.count()).select_from(AuditLog).where(*_where(q))) or 0
    rows = _rows(session, q, q.per_page, (q.page - 1) * q.per_page)
    actions = [a for (a,) in session.execute(select(AuditLog.action).distinct().order_by(AuditLog.action))]
    from urllib.parse import urlencode

    qs = urlencode({k: v for k, v in q.model_dump(exclude_defaults=True, exclude={"page"}).items()})
    return render(request, "audit.html", {
        "q": q, "rows": [(r, text_diff(r)) for r in rows], "total": total, "actions": actions, "qs": qs,
        "pages": max(1, -(-total // q.per_page)),
    })


def _cell(value: Any) -> str:
    text = "" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    # A cell starting like a formula would run in a spreadsheet: make it plain text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@router.get("/audit.csv")
def audit_csv(session: SessionDep, user: PageManager, q: Annotated[AuditQuery, Depends()]) -> Response:
    rows = _rows(session, q, CSV_LIMIT)

    def lines():  # type: ignore[no-untyped-def]
        buf = io.StringIO()
        out = csv.writer(buf)
        out.writerow(["at", "actor", "action", "entity", "entity_id", "before", "after", "detail"])
        for r in rows:
            out.writerow([r.at.isoformat(), *(_cell(v) for v in (r.actor, r.action, r.entity, r.entity_id,
                                                                   r.before, r.after, r.detail))])
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="audit.csv"'})
