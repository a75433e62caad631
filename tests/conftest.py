"""Shared fixtures: a real ledger database on SQLite and on the local PostgreSQL server.

The PostgreSQL database is created fresh for each test run and dropped at the end; each test
starts from empty tables on either engine.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from ledger.db import make_engine, migrate, session_factory
from ledger.models import Base

pytest_plugins = ["tests.mailservers"]

PG_ADMIN_URL = os.environ.get("AR_TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _pg_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001
        return str(exc)


@pytest.fixture(scope="session")
def sqlite_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path = tmp_path_factory.mktemp("ledger") / "ar.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_engine() -> Iterator[Engine]:
    problem = _pg_available()
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI but unreachable: {problem}")
        pytest.skip(f"PostgreSQL unreachable: {problem}")
    import psycopg

    name = f"ar_test_{uuid.uuid4().hex[:10]}"
    admin = PG_ADMIN_URL.replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    engine = make_engine(url)
    migrate(engine)
    yield engine
    engine.dispose()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# LangGraph's checkpoint tables share the database; a test must not see another's threads.
CHECKPOINT_TABLES = ("checkpoints", "writes", "checkpoint_blobs", "checkpoint_writes")


def _empty(engine: Engine) -> None:
    from sqlalchemy import inspect

    present = set(inspect(engine).get_table_names())
    with engine.begin() as conn:
        for name in CHECKPOINT_TABLES:
            if name in present:
                conn.execute(text(f'DELETE FROM "{name}"'))
        if engine.dialect.name == "postgresql":
            # A connection a previous test left idle inside a transaction would block TRUNCATE
            # for ever; it belongs to a finished test, so end it.
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"
            ))
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Engine:
    """The ledger on both engines: every test using it runs twice."""
    eng: Engine = request.getfixturevalue(f"{request.param}_engine")
    _empty(eng)
    return eng


@pytest.fixture
def sqlite_only_engine(sqlite_engine: Engine) -> Engine:
    """The ledger on SQLite only, for tests whose subject is not the database."""
    _empty(sqlite_engine)
    return sqlite_engine


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return session_factory(engine)


@pytest.fixture
def sqlite_sessions(sqlite_only_engine: Engine) -> sessionmaker[Session]:
    return session_factory(sqlite_only_engine)
