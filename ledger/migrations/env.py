"""Alembic environment: the engine comes from the caller (ledger.db.migrate)."""

from alembic import context

from ledger.db import include_object
from ledger.models import Base, Money, UTCDateTime


def render_item(type_, obj, autogen_context):  # type: ignore[no-untyped-def]
    """Write the storage types into migrations, so they never import the models."""
    if type_ == "type" and isinstance(obj, Money):
        return "sa.BigInteger()"
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` command line use
    from config import get_settings
    from ledger.db import make_engine

    engine = make_engine(get_settings().database_url)

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
        include_object=include_object,
    )
    context.run_migrations()
