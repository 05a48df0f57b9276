"""Typed ORM models of media inquiries: the inquiry, from question to answer, and its history."""

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, composite, mapped_column

from pressdesk.bilingual import Bi
from pressdesk.storage.models import Base, TimestampMixin

# How the inquiry came in; "written" is a written request under the law on access to
# information, which carries an incoming number and a legal term.
INQUIRY_CHANNELS = ("phone", "email", "telegram", "whatsapp", "in_person", "letter", "written")
INQUIRY_KINDS = (
    "comment",
    "interview",
    "data",
    "filming",
    "accreditation",
    "written_request",
)
# new → assigned (a unit prepares the material) → sent (to the head) → returned or approved;
# recording the answer makes it answered.
INQUIRY_STATUSES = ("new", "assigned", "sent", "returned", "approved", "answered")
INQUIRY_OUTCOMES = ("answered", "partly", "refused", "redirected")
INQUIRY_HISTORY_KINDS = ("created", "status", "edit", "answer")

NUMBER_LIMIT = 50
NAME_LIMIT = 300


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Inquiry(TimestampMixin, Base):
    """One inquiry of a journalist or outlet, with who prepares the answer and what was sent."""

    __tablename__ = "inquiry"
    __table_args__ = (
        CheckConstraint(_in("channel", INQUIRY_CHANNELS), name="channel"),
        CheckConstraint(_in("kind", INQUIRY_KINDS), name="kind"),
        CheckConstraint(_in("status", INQUIRY_STATUSES), name="status"),
        CheckConstraint("outcome IS NULL OR " + _in("outcome", INQUIRY_OUTCOMES), name="outcome"),
        # The deadline view reads open inquiries by their first deadline.
        Index("ix_inquiry_status_due_on", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Raised by one on every change, so a save made from an older copy is refused: two
    #: people working on the same inquiry on a shared server cannot overwrite each other unseen.
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy
    # Local (Bishkek) time the inquiry came in.
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(12), default="phone")
    # The incoming number a written request is registered under.
    incoming_number: Mapped[str] = mapped_column(String(NUMBER_LIMIT), default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlet.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The sender and outlet as received, kept when the contact is deleted or not in the base.
    sender: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    sender_address: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    outlet_name: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    # The question in the journalist's own words and language; attached files one per line.
    question: Mapped[str] = mapped_column(Text, default="")
    question_files: Mapped[str] = mapped_column(Text, default="")
    # Earlier messages quoted below the question, kept apart from it.
    quoted: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="comment", index=True)
    journalist_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The legal term of a written request, computed when it is received.
    legal_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The earlier of the two deadlines (NULL without either).
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The structural unit that prepares the material and the staff member who does.
    unit_ky: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    unit_ru: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    unit: Mapped[Bi] = composite(Bi, "unit_ky", "unit_ru")
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    draft: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="new", index=True)
    status_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    return_comment: Mapped[str] = mapped_column(Text, default="")
    # The answer sent: when, how, the text and files.
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    answer_channel: Mapped[str] = mapped_column(String(12), default="")
    answer_text: Mapped[str] = mapped_column(Text, default="")
    answer_files: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(12), nullable=True)
    # The legal ground of a refusal, printed in the report in its language.
    ground_ky: Mapped[str] = mapped_column(Text, default="")
    ground_ru: Mapped[str] = mapped_column(Text, default="")
    ground: Mapped[Bi] = composite(Bi, "ground_ky", "ground_ru")
    # Where a redirected inquiry was sent.
    redirected_to: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")


class InquiryHistory(Base):
    """One entry of an inquiry's trace: creation, a status change, an edit or the answer."""

    __tablename__ = "inquiry_history"
    __table_args__ = (CheckConstraint(_in("kind", INQUIRY_HISTORY_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiry.id", ondelete="CASCADE"), index=True
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
