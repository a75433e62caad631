"""What commands share: the settings and a migrated ledger database."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import Session, sessionmaker

from config import Settings, get_settings
from ledger.db import make_engine, migrate, session_factory


def settings() -> Settings:
    return get_settings()


@lru_cache(maxsize=4)
def _sessions_for(url: str) -> sessionmaker[Session]:
    engine = make_engine(url)
    migrate(engine)
    return session_factory(engine)


def ledger_sessions() -> sessionmaker[Session]:
    """A session factory on the configured database, schema brought up to date first."""
    return _sessions_for(get_settings().database_url)
