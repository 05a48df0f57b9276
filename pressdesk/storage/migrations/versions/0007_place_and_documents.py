"""place of drafting in the profile; number and sheets of registered documents in the archive

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("place_ky", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("place_ru", sa.String(length=200), nullable=False, server_default="")
        )
    with op.batch_alter_table("archive_set", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("doc_number", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("sheets", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_archive_set_sheets"), "sheets IS NULL OR sheets >= 0"
        )


def downgrade() -> None:
    with op.batch_alter_table("archive_set", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_archive_set_sheets"), type_="check")
        batch_op.drop_column("sheets")
        batch_op.drop_column("doc_number")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("place_ru")
        batch_op.drop_column("place_ky")
