"""row versions of accounts, staff, the organisation profile, crisis scenarios and statements

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 23:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

TABLES = (
    "account",
    "staff_member",
    "organisation",
    "crisis_scenario",
    "holding_statement",
)


def upgrade() -> None:
    # A plain ADD COLUMN, as in 0019: no table is copied.
    for table in TABLES:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
