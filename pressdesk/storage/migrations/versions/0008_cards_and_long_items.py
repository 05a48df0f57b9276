"""contact cards: UID and structured name of imported people; plan items longer than a day

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: the person table carries the full-text triggers, which a table rebuild
    # would drop, and plan_item is referenced by cascading foreign keys.
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("vcard_uid", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("name_parts", sa.String(length=600), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_person_vcard_uid"), ["vcard_uid"], unique=False)
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("extra_days", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    # DROP COLUMN in place (SQLite 3.35+) for the same reason: a rebuilt person table would lose
    # its full-text triggers.
    with op.batch_alter_table("plan_item", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("extra_days")
    with op.batch_alter_table("person", schema=None, recreate="never") as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_vcard_uid"))
        batch_op.drop_column("name_parts")
        batch_op.drop_column("vcard_uid")
