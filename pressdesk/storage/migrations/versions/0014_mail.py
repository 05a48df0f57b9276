"""e-mail distribution: batches of individual messages and their recipients

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 04:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "mail_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("subject_ky", sa.String(length=500), nullable=False),
        sa.Column("subject_ru", sa.String(length=500), nullable=False),
        sa.Column("subject_en", sa.String(length=500), nullable=False),
        sa.Column("body_ky", sa.Text(), nullable=False),
        sa.Column("body_ru", sa.Text(), nullable=False),
        sa.Column("body_en", sa.Text(), nullable=False),
        sa.Column("attachments", sa.Text(), nullable=False),
        sa.Column("embargo_text", sa.String(length=300), nullable=False),
        sa.Column("wave_delay_minutes", sa.Integer(), nullable=False),
        sa.Column("first_wave_done_at", sa.DateTime(), nullable=True),
        *_stamps(),
        sa.CheckConstraint("wave_delay_minutes >= 0", name=op.f("ck_mail_batch_wave_delay")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_batch")),
    )
    with op.batch_alter_table("mail_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mail_batch_source"), ["source"], unique=False)
    op.create_table(
        "mail_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("wave", sa.String(length=5), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        *_stamps(),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_mail_recipient_attempts")),
        sa.CheckConstraint(
            "language IN ('ky', 'ru', 'en')", name=op.f("ck_mail_recipient_language")
        ),
        sa.CheckConstraint(
            "status IN ('queued', 'sending', 'in_doubt', 'sent', 'refused', 'skipped')",
            name=op.f("ck_mail_recipient_status"),
        ),
        sa.CheckConstraint("wave IN ('first', 'rest')", name=op.f("ck_mail_recipient_wave")),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["mail_batch.id"],
            name=op.f("fk_mail_recipient_batch_id_mail_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_mail_recipient_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_recipient")),
    )
    with op.batch_alter_table("mail_recipient", schema=None) as batch_op:
        batch_op.create_index(
            "ix_mail_recipient_batch_status", ["batch_id", "status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mail_recipient_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("mail_recipient")
    op.drop_table("mail_batch")
