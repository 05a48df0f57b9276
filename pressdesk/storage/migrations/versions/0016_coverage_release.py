"""coverage: a monitoring record may name the press release it is based on

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 07:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite takes a named reference only by rebuilding the table: the records are copied
    # with their ids, and as migrations run with foreign keys off, the feedback and inbox rows
    # that refer to them stay as they are. The table has no triggers to lose.
    with op.batch_alter_table("coverage_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "release_id",
                sa.Integer(),
                sa.ForeignKey(
                    "press_release.id",
                    name=batch_op.f("fk_coverage_record_release_id_press_release"),
                    ondelete="SET NULL",
                ),
                nullable=True,
            )
        )
        batch_op.create_index(
            batch_op.f("ix_coverage_record_release_id"), ["release_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("coverage_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_record_release_id"))
        batch_op.drop_column("release_id")
