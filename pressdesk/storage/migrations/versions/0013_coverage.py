"""coverage monitoring: records, feedback, keywords, feeds and the inbox of feed matches

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 02:35:36.901820
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coverage_feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_checked_at", sa.DateTime(), nullable=True),
        sa.Column("last_problem", sa.String(length=100), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage_feed")),
        sa.UniqueConstraint("url", name=op.f("uq_coverage_feed_url")),
    )
    op.create_table(
        "coverage_keyword",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("folded", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage_keyword")),
        sa.UniqueConstraint("folded", name=op.f("uq_coverage_keyword_folded")),
    )
    op.create_table(
        "coverage_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("outlet_name", sa.String(length=300), nullable=False),
        sa.Column("outlet_key", sa.String(length=300), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("title_key", sa.String(length=1000), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("canonical_url", sa.String(length=2000), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("tone", sa.String(length=10), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("head_quoted", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("plan_item_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("reach", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('news', 'article', 'interview', 'tv_story', 'radio_programme', 'post', 'video', 'photo_report', 'comment')",
            name=op.f("ck_coverage_record_kind"),
        ),
        sa.CheckConstraint(
            "language IN ('', 'ky', 'ru', 'uz', 'en', 'other')",
            name=op.f("ck_coverage_record_language"),
        ),
        sa.CheckConstraint(
            "platform IN ('website', 'facebook', 'instagram', 'telegram', 'youtube', 'tiktok', 'x', 'tv', 'radio', 'print')",
            name=op.f("ck_coverage_record_platform"),
        ),
        sa.CheckConstraint(
            "tone IN ('', 'positive', 'neutral', 'negative')", name=op.f("ck_coverage_record_tone")
        ),
        sa.CheckConstraint("mentions >= 0", name=op.f("ck_coverage_record_mentions")),
        sa.CheckConstraint("reach IS NULL OR reach >= 0", name=op.f("ck_coverage_record_reach")),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["person.id"],
            name=op.f("fk_coverage_record_author_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["plan_campaign.id"],
            name=op.f("fk_coverage_record_campaign_id_plan_campaign"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_coverage_record_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["outlet.id"],
            name=op.f("fk_coverage_record_outlet_id_outlet"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_coverage_record_plan_item_id_plan_item"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage_record")),
    )
    with op.batch_alter_table("coverage_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coverage_record_author_id"), ["author_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coverage_record_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coverage_record_canonical_url"), ["canonical_url"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coverage_record_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_coverage_record_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_coverage_record_outlet_id"), ["outlet_id"], unique=False
        )
        batch_op.create_index(
            "ix_coverage_record_outlet_title", ["outlet_key", "title_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coverage_record_plan_item_id"), ["plan_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coverage_record_platform"), ["platform"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_coverage_record_published_at"), ["published_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coverage_record_tone"), ["tone"], unique=False)

    op.create_table(
        "coverage_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('comments', 'reactions', 'calls', 'letters', 'questions', 'other')",
            name=op.f("ck_coverage_feedback_kind"),
        ),
        sa.CheckConstraint("count >= 0", name=op.f("ck_coverage_feedback_count")),
        sa.CheckConstraint(
            "period_start IS NULL OR period_end IS NULL OR period_end >= period_start",
            name=op.f("ck_coverage_feedback_period_order"),
        ),
        sa.CheckConstraint(
            "record_id IS NOT NULL OR (period_start IS NOT NULL AND period_end IS NOT NULL)",
            name=op.f("ck_coverage_feedback_target"),
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["coverage_record.id"],
            name=op.f("fk_coverage_feedback_record_id_coverage_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage_feedback")),
    )
    with op.batch_alter_table("coverage_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coverage_feedback_period_start"), ["period_start"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coverage_feedback_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "coverage_inbox_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.Column("feed_title", sa.String(length=300), nullable=False),
        sa.Column("guid", sa.String(length=2000), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("canonical_url", sa.String(length=2000), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("matched", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('new', 'accepted', 'dismissed')", name=op.f("ck_coverage_inbox_item_status")
        ),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["coverage_feed.id"],
            name=op.f("fk_coverage_inbox_item_feed_id_coverage_feed"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["coverage_record.id"],
            name=op.f("fk_coverage_inbox_item_record_id_coverage_record"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage_inbox_item")),
    )
    with op.batch_alter_table("coverage_inbox_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coverage_inbox_item_canonical_url"), ["canonical_url"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coverage_inbox_item_feed_id"), ["feed_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coverage_inbox_item_guid"), ["guid"], unique=False)
        batch_op.create_index(batch_op.f("ix_coverage_inbox_item_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("coverage_inbox_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_inbox_item_status"))
        batch_op.drop_index(batch_op.f("ix_coverage_inbox_item_guid"))
        batch_op.drop_index(batch_op.f("ix_coverage_inbox_item_feed_id"))
        batch_op.drop_index(batch_op.f("ix_coverage_inbox_item_canonical_url"))

    op.drop_table("coverage_inbox_item")
    with op.batch_alter_table("coverage_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_feedback_record_id"))
        batch_op.drop_index(batch_op.f("ix_coverage_feedback_period_start"))

    op.drop_table("coverage_feedback")
    with op.batch_alter_table("coverage_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_record_tone"))
        batch_op.drop_index(batch_op.f("ix_coverage_record_published_at"))
        batch_op.drop_index(batch_op.f("ix_coverage_record_platform"))
        batch_op.drop_index(batch_op.f("ix_coverage_record_plan_item_id"))
        batch_op.drop_index("ix_coverage_record_outlet_title")
        batch_op.drop_index(batch_op.f("ix_coverage_record_outlet_id"))
        batch_op.drop_index(batch_op.f("ix_coverage_record_kind"))
        batch_op.drop_index(batch_op.f("ix_coverage_record_event_id"))
        batch_op.drop_index(batch_op.f("ix_coverage_record_canonical_url"))
        batch_op.drop_index(batch_op.f("ix_coverage_record_campaign_id"))
        batch_op.drop_index(batch_op.f("ix_coverage_record_author_id"))

    op.drop_table("coverage_record")
    op.drop_table("coverage_keyword")
    op.drop_table("coverage_feed")
