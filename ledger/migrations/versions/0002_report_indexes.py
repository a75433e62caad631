"""indexes for the finance reports

Aging, DSO and CEI read the ledger as of a date: open invoices by due date with their cached
balance, allocations applied after the date, and credit sales by issue date. These indexes
cover those reads so the reports stay fast on a million invoices.

Revision ID: 0002_report_indexes
Revises: 0001
Create Date: 2026-11-23 06:20:00
"""
from alembic import op


revision = '0002_report_indexes'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        # Open balances per customer and due date, without touching the table rows.
        batch_op.create_index(
            'ix_invoices_open_aging',
            ['status', 'due_date', 'issue_date', 'customer_id', 'open_balance'],
            unique=False,
        )
        # Credit sales of a period: a range of issue dates summed from the index alone.
        batch_op.create_index('ix_invoices_issue_amount', ['issue_date', 'status', 'amount'], unique=False)
    with op.batch_alter_table('allocations', schema=None) as batch_op:
        # "Paid after the as-of date": a short range for any recent date.
        batch_op.create_index('ix_allocations_applied_on', ['applied_on', 'invoice_id', 'amount'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.drop_index('ix_allocations_applied_on')
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_index('ix_invoices_issue_amount')
        batch_op.drop_index('ix_invoices_open_aging')
