"""Building the FastAPI application: settings, database, the agent, sessions and routers.

`create_app` takes its collaborators as arguments so tests hand it a temporary database and
their own agent; `ar-agent serve` and `server.py` call it with none and get the configured ones.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sqlalchemy.orm import Session, sessionmaker
from starlette.middleware.sessions import SessionMiddleware

from agent.triage import Agent, make_agent
from config import Settings, get_settings
from web.errors import install_error_handlers
from web.queue import CountCache
from web.routers import audit, auth, drafts, health, pages, reports

STATIC = Path(__file__).parent / "static"
SESSION_HOURS = 12
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def secret_key(settings: Settings) -> str:
    """AR_SECRET_KEY, or a key generated once and kept (owner-only) in the data directory."""
    if settings.secret_key:
        return settings.secret_key
    path = settings.data_dir / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def _sessions_for(settings: Settings) -> sessionmaker[Session]:
    from ledger.db import make_engine, migrate, session_factory

    engine = make_engine(settings.database_url)
    migrate(engine)
    return session_factory(engine)


def create_app(settings: Settings | None = None, sessions: sessionmaker[Session] | None = None,
               agent: Agent | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.sessions is None:
            app.state.sessions = _sessions_for(settings)
        owned = None
        if app.state.agent is None:
            owned = app.state.agent = make_agent(settings, app.state.sessions)
        try:
            yield
        finally:
            if owned is not None:
                owned.close()
                app.state.agent = None

    # FastAPIOffline serves Swagger UI's files from the app itself: /docs works with no CDN.
    app = FastAPIOffline(title="ar-agent", summary="Approval queue, reports and REST API of the AR collections agent.",
                  lifespan=lifespan, docs_url="/docs", redoc_url=None)
    app.state.settings = settings
    app.state.sessions = sessions
    app.state.agent = agent
    app.state.counts = CountCache()
    app.add_middleware(SessionMiddleware, secret_key=secret_key(settings), session_cookie="ar_session",
                       max_age=SESSION_HOURS * 3600, same_site="lax",
                       https_only=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (health, auth, drafts, pages, audit, reports):
        app.include_router(module.router)
    install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        # Swagger UI (served by the app itself) needs its inline bootstrap script; every other
        # page runs under the strict policy.
        if not request.url.path.startswith("/docs"):
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    return app
