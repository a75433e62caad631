"""The migrations build exactly the schema the models describe, on both engines, so a new
model change without its migration (or the reverse) fails here rather than in production."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ledger.db import include_object
from ledger.models import Base


def test_migrated_schema_matches_the_models(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
