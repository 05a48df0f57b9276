"""content plan: items, channels, campaigns, item history, public holidays

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 00:07:29.255949
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from pressdesk.paths import resources_dir

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The channels a ministry's press service uses; the user can rename, add or retire them.
CHANNELS = [
    ("website", "Расмий сайт", "Официальный сайт", "own"),
    ("facebook", "Facebook", "Facebook", "own"),
    ("instagram", "Instagram", "Instagram", "own"),
    ("telegram", "Telegram", "Telegram", "own"),
    ("youtube", "YouTube", "YouTube", "own"),
    ("tiktok", "TikTok", "TikTok", "own"),
    ("x", "X (Twitter)", "X (Twitter)", "own"),
    ("tv", "Телевидение", "Телевидение", "media"),
    ("radio", "Радио", "Радио", "media"),
    ("print", "Басма ЖМК", "Печатные СМИ", "media"),
    ("agency", "Маалымат агенттиги", "Информагентство", "media"),
]


def _shipped_holidays() -> list[dict[str, object]]:
    # The holiday list is data the user may edit; a missing or damaged file leaves the table
    # empty rather than blocking the upgrade, and the app can load the list again later.
    try:
        data = json.loads((resources_dir() / "data" / "holidays_kg.json").read_text("utf-8"))
        rows = [
            {
                "month": int(entry["month"]),
                "day": int(entry["day"]),
                "year": int(entry["year"]) if entry.get("year") else None,
                "name_ky": str(entry["name_ky"]),
                "name_ru": str(entry["name_ru"]),
                "approximate": bool(entry.get("approximate", False)),
                "day_off": bool(entry.get("day_off", True)),
            }
            for entry in data["holidays"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return rows


def upgrade() -> None:
    channel = op.create_table(
        "channel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name_ky", sa.String(length=200), nullable=False),
        sa.Column("name_ru", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("kind IN ('own', 'media')", name=op.f("ck_channel_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel")),
        sa.UniqueConstraint("code", name=op.f("uq_channel_code")),
    )
    holiday = op.create_table(
        "holiday",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("name_ky", sa.String(length=300), nullable=False),
        sa.Column("name_ru", sa.String(length=300), nullable=False),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("day_off", sa.Boolean(), nullable=False),
        sa.CheckConstraint("day BETWEEN 1 AND 31", name=op.f("ck_holiday_day")),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_holiday_month")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday")),
    )
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.create_index("ix_holiday_year_month", ["year", "month"], unique=False)

    op.create_table(
        "plan_campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("audiences", sa.Text(), nullable=False),
        sa.Column("key_messages", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_plan_campaign_date_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_campaign")),
        sa.UniqueConstraint("name", name=op.f("uq_plan_campaign_name")),
    )
    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("time", sa.Time(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("audience", sa.String(length=500), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("outlets", sa.Text(), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("file_links", sa.Text(), nullable=False),
        sa.Column("published_links", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("status_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("return_comment", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("rrule", sa.String(length=500), nullable=False),
        sa.Column("exdates", sa.Text(), nullable=False),
        sa.Column("is_series", sa.Boolean(), nullable=False),
        sa.Column("series_end", sa.Date(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("original_date", sa.Date(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("ical_uid", sa.String(length=300), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint(
            "format IN ('press_release', 'news', 'article', 'interview', 'comment', 'post', "
            "'photo_report', 'video', 'live', 'speech', 'greeting', 'bulletin', "
            "'reference_note', 'other')",
            name=op.f("ck_plan_item_format"),
        ),
        sa.CheckConstraint(
            "language IN ('ky', 'ru', 'both', 'other')", name=op.f("ck_plan_item_language")
        ),
        sa.CheckConstraint(
            "rrule = '' OR series_id IS NULL", name=op.f("ck_plan_item_override_not_series")
        ),
        sa.CheckConstraint(
            "status IN ('idea', 'draft', 'sent', 'approved', 'returned', 'published', 'cancelled')",
            name=op.f("ck_plan_item_status"),
        ),
        sa.CheckConstraint(
            "(series_id IS NULL) = (original_date IS NULL)",
            name=op.f("ck_plan_item_occurrence_key"),
        ),
        sa.CheckConstraint(
            "duration_minutes BETWEEN 0 AND 1440", name=op.f("ck_plan_item_duration")
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"],
            ["staff_member.id"],
            name=op.f("fk_plan_item_approved_by_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["plan_campaign.id"],
            name=op.f("fk_plan_item_campaign_id_plan_campaign"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["staff_member.id"],
            name=op.f("fk_plan_item_responsible_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["plan_item.id"],
            name=op.f("fk_plan_item_series_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_item")),
        sa.UniqueConstraint("ical_uid", name=op.f("uq_plan_item_ical_uid")),
    )
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_item_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_item_date"), ["date"], unique=False)
        batch_op.create_index("ix_plan_item_kind_date", ["is_series", "date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_item_responsible_id"), ["responsible_id"], unique=False
        )
        batch_op.create_index(
            "ix_plan_item_series_occurrence", ["series_id", "original_date"], unique=True
        )
        batch_op.create_index(batch_op.f("ix_plan_item_status"), ["status"], unique=False)

    op.create_table(
        "plan_item_channel",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channel.id"],
            name=op.f("fk_plan_item_channel_channel_id_channel"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["plan_item.id"],
            name=op.f("fk_plan_item_channel_item_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "channel_id", name=op.f("pk_plan_item_channel")),
    )
    with op.batch_alter_table("plan_item_channel", schema=None) as batch_op:
        batch_op.create_index("ix_plan_item_channel_channel_id", ["channel_id"], unique=False)

    op.create_table(
        "plan_item_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('created', 'status', 'edit')", name=op.f("ck_plan_item_history_kind")
        ),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["staff_member.id"],
            name=op.f("fk_plan_item_history_by_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["plan_item.id"],
            name=op.f("fk_plan_item_history_item_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_item_history")),
    )
    with op.batch_alter_table("plan_item_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_item_history_item_id"), ["item_id"], unique=False)

    op.bulk_insert(
        channel,
        [
            {
                "code": code,
                "name_ky": name_ky,
                "name_ru": name_ru,
                "kind": kind,
                "sort_order": (index + 1) * 10,
                "active": True,
            }
            for index, (code, name_ky, name_ru, kind) in enumerate(CHANNELS)
        ],
    )
    holidays = _shipped_holidays()
    if holidays:
        op.bulk_insert(holiday, holidays)


def downgrade() -> None:
    with op.batch_alter_table("plan_item_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_item_history_item_id"))
    op.drop_table("plan_item_history")
    with op.batch_alter_table("plan_item_channel", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_item_channel_channel_id")
    op.drop_table("plan_item_channel")
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_item_status"))
        batch_op.drop_index("ix_plan_item_series_occurrence")
        batch_op.drop_index(batch_op.f("ix_plan_item_responsible_id"))
        batch_op.drop_index("ix_plan_item_kind_date")
        batch_op.drop_index(batch_op.f("ix_plan_item_date"))
        batch_op.drop_index(batch_op.f("ix_plan_item_campaign_id"))
    op.drop_table("plan_item")
    op.drop_table("plan_campaign")
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.drop_index("ix_holiday_year_month")
    op.drop_table("holiday")
    op.drop_table("channel")
