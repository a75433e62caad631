"""Typed dependencies: the database session, the agent, who is asking, and CSRF checks.

The REST API authenticates with `Authorization: Bearer <token>`; pages with the signed session
cookie set at login. Both resolve to the same `User` row, loaded in the request's session.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session, sessionmaker

from agent.triage import Agent
from config import Settings
from ledger.db import transaction
from ledger.models import User
from web.errors import LoginRequired
from web.queue import CountCache

MANAGER_ROLES = ("manager", "admin")


def get_sessions(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessions


def get_session(request: Request) -> Iterator[Session]:
    with get_sessions(request)() as session:
        yield session


def get_agent(request: Request) -> Agent:
    agent = request.app.state.agent
    if agent is None:
        raise HTTPException(503, "the agent is not running yet")
    return agent


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_counts(request: Request) -> CountCache:
    return request.app.state.counts


SessionsDep = Annotated[sessionmaker[Session], Depends(get_sessions)]
SessionDep = Annotated[Session, Depends(get_session)]
AgentDep = Annotated[Agent, Depends(get_agent)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
CountsDep = Annotated[CountCache, Depends(get_counts)]


def api_user(request: Request, session: SessionDep) -> User:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "missing API token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    from ledger.users import verify_token

    with transaction(get_sessions(request)) as s:  # records last use
        found = verify_token(s, token.strip())
        user_id = found.id if found is not None else None
    if user_id is None:
        raise HTTPException(401, "invalid or revoked API token", headers={"WWW-Authenticate": "Bearer"})
    user = session.get(User, user_id)
    assert user is not None
    request.state.user = user
    return user


def page_user(request: Request, session: SessionDep) -> User:
    user_id = request.session.get("user_id")
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None or not user.active:
        request.session.pop("user_id", None)
        raise LoginRequired()
    request.state.user = user
    return user


def _manager(user: User) -> User:
    if user.role not in MANAGER_ROLES:
        raise HTTPException(403, "only managers and admins may do this")
    return user


def api_manager(user: Annotated[User, Depends(api_user)]) -> User:
    return _manager(user)


def page_manager(user: Annotated[User, Depends(page_user)]) -> User:
    return _manager(user)


CurrentUser = Annotated[User, Depends(api_user)]
ManagerUser = Annotated[User, Depends(api_manager)]
PageUser = Annotated[User, Depends(page_user)]
PageManager = Annotated[User, Depends(page_manager)]


async def check_csrf(request: Request) -> None:
    """Every form POST carries the session's token in a hidden field."""
    form = await request.form()
    sent = form.get("csrf_token")
    expected = request.session.get("csrf")
    if not isinstance(sent, str) or not expected or not secrets.compare_digest(sent, expected):
        raise HTTPException(403, "the form expired or did not come from this site; reload the page and try again")


CsrfChecked = Depends(check_csrf)
