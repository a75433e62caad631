"""The ASGI application for `uvicorn server:app` (also started by `ar-agent serve`)."""

from web.app import create_app

app = create_app()
