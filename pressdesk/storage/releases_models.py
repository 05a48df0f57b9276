"""Typed ORM models of press releases: the release, its quotes, approved versions and history."""

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, composite, mapped_column

from pressdesk.bilingual import Bi
from pressdesk.storage.models import Base, TimestampMixin

RELEASE_KINDS = ("press_release", "information", "media_advisory", "statement", "fact_sheet")
RELEASE_STATUSES = ("draft", "sent", "returned", "approved", "distributed")
RELEASE_HISTORY_KINDS = ("created", "status", "edit")

TITLE_LIMIT = 500


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class PressRelease(TimestampMixin, Base):
    """One press release (or information message, advisory, statement, fact sheet)."""

    __tablename__ = "press_release"
    __table_args__ = (
        CheckConstraint(_in("kind", RELEASE_KINDS), name="kind"),
        CheckConstraint(_in("status", RELEASE_STATUSES), name="status"),
        CheckConstraint("number > 0", name="number"),
        CheckConstraint("version >= 1", name="version"),
        UniqueConstraint("year", "number", name="uq_press_release_year_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Raised by one on every change, so a save made from an older copy is refused: two
    #: people working on the same release on a shared server cannot overwrite each other unseen.
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy
    # Numbered from 1 in each calendar year of ``date``; "number/year" is unique.
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="press_release", index=True)
    title_ky: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    title_ru: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    title: Mapped[Bi] = composite(Bi, "title_ky", "title_ru")
    lead_ky: Mapped[str] = mapped_column(Text, default="")
    lead_ru: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[Bi] = composite(Bi, "lead_ky", "lead_ru")
    body_ky: Mapped[str] = mapped_column(Text, default="")
    body_ru: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[Bi] = composite(Bi, "body_ky", "body_ru")
    # The staff member the media call about the release.
    media_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    # Web links and attached files (paths), one per line.
    links: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[str] = mapped_column(Text, default="")
    # Local (Bishkek) time before which the media may not publish; NULL without embargo.
    embargo_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    plan_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="SET NULL"), nullable=True, index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    status_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # The version being written or approved: 1 until an approved text is changed.
    version: Mapped[int] = mapped_column(Integer, default=1)
    return_comment: Mapped[str] = mapped_column(Text, default="")


class PressReleaseQuote(Base):
    """A quote of a release: the speaker (staff, a contact, or a name) and the words."""

    __tablename__ = "press_release_quote"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(
        ForeignKey("press_release.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True
    )
    # The speaker's name and position as printed, kept when the person is deleted.
    speaker: Mapped[str] = mapped_column(String(200), default="")
    speaker_title_ky: Mapped[str] = mapped_column(String(300), default="")
    speaker_title_ru: Mapped[str] = mapped_column(String(300), default="")
    text_ky: Mapped[str] = mapped_column(Text, default="")
    text_ru: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[Bi] = composite(Bi, "text_ky", "text_ru")


class PressReleaseVersion(Base):
    """The frozen text of one approved version of a release."""

    __tablename__ = "press_release_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(
        ForeignKey("press_release.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    title_ky: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    title_ru: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    lead_ky: Mapped[str] = mapped_column(Text, default="")
    lead_ru: Mapped[str] = mapped_column(Text, default="")
    body_ky: Mapped[str] = mapped_column(Text, default="")
    body_ru: Mapped[str] = mapped_column(Text, default="")
    # The quotes as printed, "speaker: text" one per paragraph.
    quotes_ky: Mapped[str] = mapped_column(Text, default="")
    quotes_ru: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    approved_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PressReleaseHistory(Base):
    """One entry of a release's trace: creation, a status change or an edit."""

    __tablename__ = "press_release_history"
    __table_args__ = (CheckConstraint(_in("kind", RELEASE_HISTORY_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(
        ForeignKey("press_release.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(10))
    old_value: Mapped[str] = mapped_column(String(20), default="")
    new_value: Mapped[str] = mapped_column(String(20), default="")
    by_name: Mapped[str] = mapped_column(String(200), default="")
    by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    comment: Mapped[str] = mapped_column(Text, default="")
