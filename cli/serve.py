"""`ar-agent serve`: the approval queue, reports and REST API over HTTP (uvicorn)."""

from __future__ import annotations

import typer


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the web page and the REST API."""
    import uvicorn

    from web.app import create_app

    uvicorn.run(create_app(), host=host, port=port, proxy_headers=True, log_level="info")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
