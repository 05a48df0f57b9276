"""row versions of the records people edit, so that a save from a stale copy is refused

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 20:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

TABLES = (
    "outlet",
    "person",
    "inquiry",
    "press_release",
    "equipment_item",
    "archive_set",
    "coverage_record",
)


def upgrade() -> None:
    # A plain ADD COLUMN: the tables keep their search triggers, no copy is made.
    for table in TABLES:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
