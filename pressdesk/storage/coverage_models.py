"""Typed ORM models of media monitoring: records, feedback, keywords, feeds and the inbox."""

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from pressdesk.storage.coverage_vocab import COVERAGE_PLATFORMS, MATERIAL_KINDS
from pressdesk.storage.models import Base, TimestampMixin, stored_now

# An empty tone is "still to set": a record accepted from the inbox waits for the user's call.
TONES = ("positive", "neutral", "negative")
COVERAGE_LANGUAGES = ("ky", "ru", "uz", "en", "other")
FEEDBACK_KINDS = ("comments", "reactions", "calls", "letters", "questions", "other")
INBOX_STATUSES = ("new", "accepted", "dismissed")

TITLE_LIMIT = 1000
URL_LIMIT = 2000


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class CoverageRecord(TimestampMixin, Base):
    """One publication or broadcast about the body, as the monitoring log records it."""

    __tablename__ = "coverage_record"
    __table_args__ = (
        CheckConstraint(_in("kind", MATERIAL_KINDS), name="kind"),
        CheckConstraint(_in("platform", COVERAGE_PLATFORMS), name="platform"),
        CheckConstraint(_in("tone", ("", *TONES)), name="tone"),
        CheckConstraint(_in("language", ("", *COVERAGE_LANGUAGES)), name="language"),
        CheckConstraint("mentions >= 0", name="mentions"),
        CheckConstraint("reach IS NULL OR reach >= 0", name="reach"),
        # Near-identical titles are looked for among one outlet's records.
        Index("ix_coverage_record_outlet_title", "outlet_key", "title_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Raised by one on every change, so a save made from an older copy is refused: two
    #: people working on the same record on a shared server cannot overwrite each other unseen.
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy
    # Local date and time of publication or air time (naive, Bishkek time as typed).
    published_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    # The outlet of the contact base; its name is kept too, so a record survives the outlet's
    # deletion and an outlet not yet in the base can be recorded and added later.
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlet.id", ondelete="SET NULL"), nullable=True, index=True
    )
    outlet_name: Mapped[str] = mapped_column(String(300))
    # Folded outlet name, for duplicate checks and grouping when no outlet is linked.
    outlet_key: Mapped[str] = mapped_column(String(300), default="")
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="news", index=True)
    platform: Mapped[str] = mapped_column(String(20), default="website", index=True)
    title: Mapped[str] = mapped_column(String(TITLE_LIMIT))
    # Folded title without punctuation, for the near-identical title check.
    title_key: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    url: Mapped[str] = mapped_column(String(URL_LIMIT), default="")
    # The link without tracking parameters, scheme and "www." differences; "" without a link.
    canonical_url: Mapped[str] = mapped_column(String(URL_LIMIT), default="", index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    tone: Mapped[str] = mapped_column(String(10), default="", index=True)
    # How many times the body is named in the material.
    mentions: Mapped[int] = mapped_column(Integer, default=1)
    head_quoted: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(5), default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), nullable=True, index=True
    )
    plan_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="SET NULL"), nullable=True, index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_campaign.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The press release the publication is based on, when it is.
    release_id: Mapped[int | None] = mapped_column(
        ForeignKey("press_release.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # Audience or views, when known.
    reach: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class CoverageFeedback(TimestampMixin, Base):
    """Feedback counted for one record or for a period: comments, reactions, calls, letters."""

    __tablename__ = "coverage_feedback"
    __table_args__ = (
        CheckConstraint(_in("kind", FEEDBACK_KINDS), name="kind"),
        CheckConstraint("count >= 0", name="count"),
        CheckConstraint(
            "record_id IS NOT NULL OR (period_start IS NOT NULL AND period_end IS NOT NULL)",
            name="target",
        ),
        CheckConstraint(
            "period_start IS NULL OR period_end IS NULL OR period_end >= period_start",
            name="period_order",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int | None] = mapped_column(
        ForeignKey("coverage_record.id", ondelete="CASCADE"), nullable=True, index=True
    )
    period_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    period_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class CoverageKeyword(TimestampMixin, Base):
    """A word or phrase the keyword watch looks for: the body's names, the head's, hashtags."""

    __tablename__ = "coverage_keyword"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String(200))
    # Folded as the contact search folds, unique so a keyword is not entered twice.
    folded: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CoverageFeed(TimestampMixin, Base):
    """An RSS or Atom feed the watch reads: a news site, Google Alerts, a channel's feed."""

    __tablename__ = "coverage_feed"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(URL_LIMIT), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # The message code of the last failure ("" after a good check).
    last_problem: Mapped[str] = mapped_column(String(100), default="")


class CoverageInboxItem(Base):
    """A feed item that matched a keyword, waiting to be accepted as a record or dismissed."""

    __tablename__ = "coverage_inbox_item"
    __table_args__ = (CheckConstraint(_in("status", INBOX_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int | None] = mapped_column(
        ForeignKey("coverage_feed.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The feed's own title (an outlet's name, as a rule) when the item came in.
    feed_title: Mapped[str] = mapped_column(String(300), default="")
    guid: Mapped[str] = mapped_column(String(URL_LIMIT), default="", index=True)
    url: Mapped[str] = mapped_column(String(URL_LIMIT), default="")
    canonical_url: Mapped[str] = mapped_column(String(URL_LIMIT), default="", index=True)
    title: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    # The keywords found, one per line, as the user typed them.
    matched: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="new", index=True)
    record_id: Mapped[int | None] = mapped_column(
        ForeignKey("coverage_record.id", ondelete="SET NULL"), nullable=True
    )
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stored_now)
