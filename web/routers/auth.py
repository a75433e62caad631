"""Logging in and out with a password; every attempt, good or bad, goes to the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ledger import audit
from ledger.db import transaction
from web.deps import CsrfChecked, SessionsDep
from web.templating import render

router = APIRouter(tags=["auth"], include_in_schema=False)


def _safe_next(target: str | None) -> str:
    # Only paths on this site: never "//host" or "https://…", which would send people elsewhere.
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", {"next": _safe_next(next), "login": ""})


@router.post("/login", dependencies=[CsrfChecked])
def login(request: Request, sessions: SessionsDep, login: Annotated[str, Form(max_length=320)],
          password: Annotated[str, Form(max_length=1000)], next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
    from ledger.users import authenticate

    client = request.client.host if request.client else None
    with transaction(sessions) as s:
        user = authenticate(s, login, password)
        if user is None:
            audit.record(s, actor=f"login:{login[:80]}", action="user.login_failed", entity="user",
                         detail=f"from {client}")
        else:
            audit.record(s, actor=f"user:{user.name}", action="user.login", entity="user", entity_id=user.id,
                         detail=f"from {client}")
        user_id = user.id if user is not None else None
    if user_id is None:
        return render(request, "login.html", {"next": _safe_next(next), "login": login,
                                              "error": "Wrong name or password."}, status_code=401)
    request.session.clear()  # a fresh session (and CSRF token) for the logged-in person
    request.session["user_id"] = user_id
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", dependencies=[CsrfChecked])
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
