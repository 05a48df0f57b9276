"""handover acts: issued, immutable, with content snapshot and file hashes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 00:43:26.104397
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handover_act",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("act_date", sa.Date(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("outgoing_name", sa.String(length=200), nullable=False),
        sa.Column("incoming_name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("docx_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_font", sa.String(length=1000), nullable=False),
        sa.Column("export_name", sa.String(length=300), nullable=False),
        sa.Column("export_sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.CheckConstraint(
            "direction IN ('dismissal', 'hiring', 'temporary')",
            name=op.f("ck_handover_act_direction"),
        ),
        sa.CheckConstraint("lang IN ('ky', 'ru')", name=op.f("ck_handover_act_lang")),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["handover_act.id"],
            name=op.f("fk_handover_act_replaces_id_handover_act"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_act")),
    )
    with op.batch_alter_table("handover_act", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_act_act_date"), ["act_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_handover_act_replaces_id"), ["replaces_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("handover_act", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_act_replaces_id"))
        batch_op.drop_index(batch_op.f("ix_handover_act_act_date"))

    op.drop_table("handover_act")
