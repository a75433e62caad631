"""Liveness and readiness for load balancers and `curl`."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

router = APIRouter(tags=["health"])


@router.get("/health")
def health(request: Request) -> JSONResponse:
    sessions = request.app.state.sessions
    try:
        with sessions() as s:
            s.execute(text("SELECT 1"))
        database = "ok"
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        database = f"error: {type(exc).__name__}"
    ok = database == "ok" and request.app.state.agent is not None
    return JSONResponse({"status": "ok" if ok else "degraded", "database": database,
                         "agent": "ok" if request.app.state.agent is not None else "starting"},
                        status_code=200 if ok else 503)
