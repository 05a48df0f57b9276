"""Typed ORM models of the content plan: items, channels, campaigns, history and holidays."""

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, Mapper, composite, mapped_column, relationship

from pressdesk.bilingual import Bi, pair_key
from pressdesk.storage.models import Base, TimestampMixin

PLAN_STATUSES = ("idea", "draft", "sent", "approved", "returned", "published", "cancelled")
PLAN_FORMATS = (
    "press_release",
    "news",
    "article",
    "interview",
    "comment",
    "post",
    "photo_report",
    "video",
    "live",
    "speech",
    "greeting",
    "bulletin",
    "reference_note",
    "other",
)
PLAN_LANGUAGES = ("ky", "ru", "both", "other")
CHANNEL_KINDS = ("own", "media")
HISTORY_KINDS = ("created", "status", "edit")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


plan_item_channel = Table(
    "plan_item_channel",
    Base.metadata,
    Column("item_id", ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True),
    Column("channel_id", ForeignKey("channel.id", ondelete="RESTRICT"), primary_key=True),
    Index("ix_plan_item_channel_channel_id", "channel_id"),
)


class Channel(Base):
    """A place content goes out: an own account (website, Telegram…) or a kind of media."""

    __tablename__ = "channel"
    __table_args__ = (CheckConstraint(_in("kind", CHANNEL_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name_ky: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="own")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Retired channels stay so that old items keep their channel; they are hidden from pickers.
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PlanCampaign(TimestampMixin, Base):
    """A media plan over a date range: goal, audiences, key messages and its items."""

    __tablename__ = "plan_campaign"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="date_order"),
        # The constraint the one-language name had, kept on the key of both names.
        UniqueConstraint("name_key", name="uq_plan_campaign_name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ky: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    name: Mapped[Bi] = composite(Bi, "name_ky", "name_ru")
    # Both names folded (``pair_key``), set on every save; the services also refuse a name
    # that another campaign has in either language.
    name_key: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    goal_ky: Mapped[str] = mapped_column(Text, default="")
    goal_ru: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[Bi] = composite(Bi, "goal_ky", "goal_ru")
    audiences_ky: Mapped[str] = mapped_column(Text, default="")
    audiences_ru: Mapped[str] = mapped_column(Text, default="")
    audiences: Mapped[Bi] = composite(Bi, "audiences_ky", "audiences_ru")
    # One key message per line, in each language.
    key_messages_ky: Mapped[str] = mapped_column(Text, default="")
    key_messages_ru: Mapped[str] = mapped_column(Text, default="")
    key_messages: Mapped[Bi] = composite(Bi, "key_messages_ky", "key_messages_ru")
    notes: Mapped[str] = mapped_column(Text, default="")


def campaign_name_key(name: Bi) -> str:
    """The key that keeps campaign names unique: both names folded."""
    return pair_key(name, 300)


@event.listens_for(PlanCampaign, "before_insert")
@event.listens_for(PlanCampaign, "before_update")
def _set_name_key(_mapper: Mapper[PlanCampaign], _connection: object, target: PlanCampaign) -> None:
    target.name_key = campaign_name_key(Bi(target.name_ky or "", target.name_ru or ""))


class PlanItem(TimestampMixin, Base):
    """One planned publication, a recurring series master, or an edited series occurrence."""

    __tablename__ = "plan_item"
    __table_args__ = (
        CheckConstraint(_in("status", PLAN_STATUSES), name="status"),
        CheckConstraint(_in("format", PLAN_FORMATS), name="format"),
        CheckConstraint(_in("language", PLAN_LANGUAGES), name="language"),
        CheckConstraint("duration_minutes BETWEEN 0 AND 1440", name="duration"),
        CheckConstraint("(series_id IS NULL) = (original_date IS NULL)", name="occurrence_key"),
        CheckConstraint("rrule = '' OR series_id IS NULL", name="override_not_series"),
        Index("ix_plan_item_series_occurrence", "series_id", "original_date", unique=True),
        # Range queries read single items and series masters separately, each by date.
        Index("ix_plan_item_kind_date", "is_series", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    # NULL means an all-day item.
    time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    # Whole days beyond the first (all-day) or beyond ``duration_minutes`` (timed): a
    # three-day congress is 2, a 30-hour broadcast is 1 day plus 360 minutes.
    extra_days: Mapped[int] = mapped_column(Integer, default=0)
    title_ky: Mapped[str] = mapped_column(String(500), default="")
    title_ru: Mapped[str] = mapped_column(String(500), default="")
    title: Mapped[Bi] = composite(Bi, "title_ky", "title_ru")
    # The news hook.
    topic_ky: Mapped[str] = mapped_column(Text, default="")
    topic_ru: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[Bi] = composite(Bi, "topic_ky", "topic_ru")
    audience_ky: Mapped[str] = mapped_column(String(500), default="")
    audience_ru: Mapped[str] = mapped_column(String(500), default="")
    audience: Mapped[Bi] = composite(Bi, "audience_ky", "audience_ru")
    format: Mapped[str] = mapped_column(String(20), default="news")
    language: Mapped[str] = mapped_column(String(5), default="both")
    # Outlet names, one per line: the contact base may not exist when the plan is written.
    outlets: Mapped[str] = mapped_column(Text, default="")
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_campaign.id", ondelete="SET NULL"), nullable=True, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    file_links: Mapped[str] = mapped_column(Text, default="")
    published_links: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="idea", index=True)
    status_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    return_comment: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # Recurrence: an RRULE (without DTSTART; ``date`` is the first day) and excluded dates
    # as comma-separated ISO dates. ``series_end`` is the last possible day, NULL if endless.
    rrule: Mapped[str] = mapped_column(String(500), default="")
    exdates: Mapped[str] = mapped_column(Text, default="")
    is_series: Mapped[bool] = mapped_column(Boolean, default=False)
    series_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # An edited occurrence points at its series and the date it replaces.
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), nullable=True
    )
    original_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Bumped on every change so calendars that imported the item take the update.
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # UID of an item that came from another calendar, so a re-import updates it.
    ical_uid: Mapped[str | None] = mapped_column(String(300), nullable=True, unique=True)

    channels: Mapped[list[Channel]] = relationship(
        secondary=plan_item_channel, order_by="Channel.sort_order"
    )


class PlanItemHistory(Base):
    """One entry of an item's trace: creation, a status change or a field edit."""

    __tablename__ = "plan_item_history"
    __table_args__ = (CheckConstraint(_in("kind", HISTORY_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(50), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    by_name: Mapped[str] = mapped_column(String(200), default="")
    by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    comment: Mapped[str] = mapped_column(Text, default="")


class Holiday(Base):
    """A public holiday: every year on month/day, or only in ``year`` (movable feasts)."""

    __tablename__ = "holiday"
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        CheckConstraint("day BETWEEN 1 AND 31", name="day"),
        Index("ix_holiday_year_month", "year", "month"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    name_ky: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    # Movable feasts are announced each year; until then the date is an estimate.
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    day_off: Mapped[bool] = mapped_column(Boolean, default=True)
