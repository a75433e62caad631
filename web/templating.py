"""Jinja2 templates with autoescaping on, plus what every page needs (user, CSRF, notices)."""

from __future__ import annotations

import secrets
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

TEMPLATES = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES))
templates.env.autoescape = True  # every template, whatever its file name


def csrf_token(request: Request) -> str:
    """The session's anti-forgery token, made on first use; every form posts it back."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def flash(request: Request, text: str, kind: str = "info") -> None:
    request.session.setdefault("notices", []).append({"text": text[:500], "kind": kind})


def _take_notices(request: Request) -> list[dict[str, str]]:
    return request.session.pop("notices", [])


def money(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def when(value: datetime | date | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


templates.env.filters["money"] = money
templates.env.filters["when"] = when


def render(request: Request, name: str, context: dict[str, Any] | None = None, *, status_code: int = 200,
           headers: dict[str, str] | None = None) -> Response:
    ctx = {"user": getattr(request.state, "user", None), "csrf_token": csrf_token(request),
           "notices": _take_notices(request), **(context or {})}
    return templates.TemplateResponse(request, name, ctx, status_code=status_code, headers=headers)
