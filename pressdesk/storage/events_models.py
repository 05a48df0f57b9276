"""Typed ORM models of events: the event, checklist templates, dated tasks, accreditation."""

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
)
from sqlalchemy.orm import Mapped, composite, mapped_column

from pressdesk.bilingual import Bi
from pressdesk.storage.models import Base, TimestampMixin

EVENT_KINDS = (
    "press_conference",
    "briefing",
    "presentation",
    "interview",
    "press_tea",
    "press_tour",
    "round_table",
    "business_trip",
    "live_broadcast",
    "media_training",
    "reception_day",
    "crisis",
    "internal",
    "other",
)
PHASES = ("before", "during", "after")
ACCREDITATION_STATUSES = ("requested", "accredited", "refused", "attended")
# A template deadline may lie at most this many days before the event or after its end.
MAX_OFFSET_DAYS = 365


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


event_plan_item = Table(
    "event_plan_item",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("plan_item_id", ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_event_plan_item_plan_item_id", "plan_item_id"),
)


class Event(TimestampMixin, Base):
    """A press conference, briefing, trip of the head or other event, in Bishkek local time."""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint(_in("kind", EVENT_KINDS), name="kind"),
        CheckConstraint("ends_at >= starts_at", name="time_order"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    # Every text that goes into a document is kept in Kyrgyz and in Russian.
    title_ky: Mapped[str] = mapped_column(String(500), default="")
    title_ru: Mapped[str] = mapped_column(String(500), default="")
    title: Mapped[Bi] = composite(Bi, "title_ky", "title_ru")
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    place_ky: Mapped[str] = mapped_column(String(500), default="")
    place_ru: Mapped[str] = mapped_column(String(500), default="")
    place: Mapped[Bi] = composite(Bi, "place_ky", "place_ru")
    # Organisers and speakers: one per line, as the press secretary types them.
    organisers_ky: Mapped[str] = mapped_column(Text, default="")
    organisers_ru: Mapped[str] = mapped_column(Text, default="")
    organisers: Mapped[Bi] = composite(Bi, "organisers_ky", "organisers_ru")
    speakers_ky: Mapped[str] = mapped_column(Text, default="")
    speakers_ru: Mapped[str] = mapped_column(Text, default="")
    speakers: Mapped[Bi] = composite(Bi, "speakers_ky", "speakers_ru")
    topic_ky: Mapped[str] = mapped_column(Text, default="")
    topic_ru: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[Bi] = composite(Bi, "topic_ky", "topic_ru")
    # One key message per line.
    key_messages_ky: Mapped[str] = mapped_column(Text, default="")
    key_messages_ru: Mapped[str] = mapped_column(Text, default="")
    key_messages: Mapped[Bi] = composite(Bi, "key_messages_ky", "key_messages_ru")
    # "Protocol" events are closed to the media: no advisory, no accreditation.
    protocol: Mapped[bool] = mapped_column(Boolean, default=False)
    notes_ky: Mapped[str] = mapped_column(Text, default="")
    notes_ru: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[Bi] = composite(Bi, "notes_ky", "notes_ru")
    # Bumped on every change so calendars that imported the event take the update.
    sequence: Mapped[int] = mapped_column(Integer, default=0)


class ChecklistTemplate(TimestampMixin, Base):
    """The checklist an event of one kind starts with; several per kind are allowed."""

    __tablename__ = "checklist_template"
    __table_args__ = (
        CheckConstraint(_in("kind", EVENT_KINDS), name="kind"),
        CheckConstraint(f"follow_up_days BETWEEN 0 AND {MAX_OFFSET_DAYS}", name="follow_up"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    name_ky: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    # No "after" deadline may lie further than this past the end of the event.
    follow_up_days: Mapped[int] = mapped_column(Integer, default=30)


class ChecklistTemplateItem(Base):
    """One line of a template: phase, deadline in days from the event, text in ky and ru."""

    __tablename__ = "checklist_template_item"
    __table_args__ = (
        CheckConstraint(_in("phase", PHASES), name="phase"),
        CheckConstraint(
            f"offset_days BETWEEN -{MAX_OFFSET_DAYS} AND {MAX_OFFSET_DAYS}", name="offset"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase: Mapped[str] = mapped_column(String(10))
    # Before and during: days from the first day of the event; after: from its last day.
    offset_days: Mapped[int] = mapped_column(Integer, default=0)
    text_ky: Mapped[str] = mapped_column(String(500), default="")
    text_ru: Mapped[str] = mapped_column(String(500), default="")
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )


class EventTask(TimestampMixin, Base):
    """A dated checklist line of one event; done when ``done_at`` is set."""

    __tablename__ = "event_task"
    __table_args__ = (CheckConstraint(_in("phase", PHASES), name="phase"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase: Mapped[str] = mapped_column(String(10))
    text_ky: Mapped[str] = mapped_column(String(500), default="")
    text_ru: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[Bi] = composite(Bi, "text_ky", "text_ru")
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")


class AccreditationEntry(TimestampMixin, Base):
    """A journalist on an event's accreditation list.

    Name, outlet and contacts are copied from the contact base, so the line stays readable
    after the person is deleted there (``person_id`` then becomes NULL).
    """

    __tablename__ = "accreditation"
    __table_args__ = (
        CheckConstraint(_in("status", ACCREDITATION_STATUSES), name="status"),
        CheckConstraint("full_name <> ''", name="name"),
        Index("ix_accreditation_event_person", "event_id", "person_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    full_name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(300), default="")
    outlet_name: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    status: Mapped[str] = mapped_column(String(12), default="requested")
    note: Mapped[str] = mapped_column(Text, default="")
