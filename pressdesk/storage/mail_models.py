"""Typed ORM models of e-mail distribution: a batch of individual messages and its recipients."""

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

# The person a recipient came from: its table must be known wherever a mailing is read.
from pressdesk.storage import contacts_models  # noqa: F401
from pressdesk.storage.models import Base, TimestampMixin

#: first: the outlets and people who get the information first; rest: everyone else.
WAVES = ("first", "rest")
#: queued → sending (committed before DATA) → sent | refused; a "sending" left by a crash
#: becomes in_doubt; skipped recipients are never sent to.
RECIPIENT_STATUSES = ("queued", "sending", "in_doubt", "sent", "refused", "skipped")
MAIL_LANGUAGES = ("ky", "ru", "en")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class MailBatch(TimestampMixin, Base):
    """What is sent: the subject and body per language, the attachments, the embargo."""

    __tablename__ = "mail_batch"
    __table_args__ = (CheckConstraint("wave_delay_minutes >= 0", name="wave_delay"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Who the batch belongs to, e.g. "release:12"; the engine does not read it.
    source: Mapped[str] = mapped_column(String(100), default="", index=True)
    subject_ky: Mapped[str] = mapped_column(String(500), default="")
    subject_ru: Mapped[str] = mapped_column(String(500), default="")
    subject_en: Mapped[str] = mapped_column(String(500), default="")
    body_ky: Mapped[str] = mapped_column(Text, default="")
    body_ru: Mapped[str] = mapped_column(Text, default="")
    body_en: Mapped[str] = mapped_column(Text, default="")
    # One file path per line.
    attachments: Mapped[str] = mapped_column(Text, default="")
    # "Embargo until 10 December 2026, 10:00" as the sender wants it read; empty: none.
    embargo_text: Mapped[str] = mapped_column(String(300), default="")
    wave_delay_minutes: Mapped[int] = mapped_column(Integer, default=60)
    # When the first wave finished: the rest may go once the delay has passed since then.
    first_wave_done_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class MailRecipient(TimestampMixin, Base):
    """One individual message of a batch and what became of it."""

    __tablename__ = "mail_recipient"
    __table_args__ = (
        CheckConstraint(_in("wave", WAVES), name="wave"),
        CheckConstraint(_in("status", RECIPIENT_STATUSES), name="status"),
        CheckConstraint(_in("language", MAIL_LANGUAGES), name="language"),
        CheckConstraint("attempts >= 0", name="attempts"),
        Index("ix_mail_recipient_batch_status", "batch_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("mail_batch.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The name for the greeting and the lists; kept so the row survives the person's deletion.
    name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(320), default="")
    language: Mapped[str] = mapped_column(String(2), default="ky")
    wave: Mapped[str] = mapped_column(String(5), default="rest")
    status: Mapped[str] = mapped_column(String(10), default="queued")
    # Why skipped or refused, or the server's reply; a message code for skips.
    reason: Mapped[str] = mapped_column(String(1000), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The Message-ID given to the message: the user can look for it in the sent folder.
    message_id: Mapped[str] = mapped_column(String(300), default="")
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
