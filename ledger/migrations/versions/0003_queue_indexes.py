"""covering index for the approval queue

The queue page lists pending drafts by priority and counts them per intent, tone, owner and
age. With ten thousand pending items those reads must not touch the wide draft rows (reading,
body, actions), so one index holds every column they need: on SQLite as key columns, on
PostgreSQL as INCLUDE columns (the JSON list of intents has no B-tree operator class).

Revision ID: 0003_queue_indexes
Revises: 0002_report_indexes
Create Date: 2026-11-23 06:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0003_queue_indexes'
down_revision = '0002_report_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index('ix_drafts_queue', 'drafts', ['status', sa.text('priority DESC'), 'created_at', 'id'],
                        postgresql_include=['customer_id', 'tone', 'intents'])
    else:
        op.create_index('ix_drafts_queue', 'drafts',
                        ['status', sa.text('priority DESC'), 'created_at', 'id', 'customer_id', 'tone', 'intents'])


def downgrade() -> None:
    op.drop_index('ix_drafts_queue', table_name='drafts')
