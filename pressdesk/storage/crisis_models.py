"""Typed ORM models of the crisis kit: scenarios, the working group, instant-notice contacts and
the holding statements agreed with the head in advance."""

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, composite, mapped_column

from pressdesk.bilingual import Bi
from pressdesk.storage.models import Base, TimestampMixin

# Roles in the working group the head of the body leads (seed 000, L1264–1267).
CRISIS_ROLES = ("head", "press", "lawyer", "unit")
STATEMENT_STATUSES = ("draft", "sent", "returned", "approved")
NAME_LIMIT = 300
TITLE_LIMIT = 500


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class CrisisScenario(TimestampMixin, Base):
    """A crisis the body prepares for: what it is, who decides and who speaks to the media."""

    __tablename__ = "crisis_scenario"
    __table_args__ = (CheckConstraint("name_ky <> '' OR name_ru <> ''", name="name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name_ky: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    name_ru: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    name: Mapped[Bi] = composite(Bi, "name_ky", "name_ru")
    description_ky: Mapped[str] = mapped_column(Text, default="")
    description_ru: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[Bi] = composite(Bi, "description_ky", "description_ru")
    # The staff member who takes the decisions and the one who speaks to the media.
    decides_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy


class CrisisGroupMember(Base):
    """A staff member of the crisis working group with a role and the duty in the group."""

    __tablename__ = "crisis_group_member"
    __table_args__ = (CheckConstraint(_in("role", CRISIS_ROLES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff_member.id", ondelete="CASCADE"), unique=True
    )
    role: Mapped[str] = mapped_column(String(10))
    duty_ky: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    duty_ru: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    duty: Mapped[Bi] = composite(Bi, "duty_ky", "duty_ru")


class CrisisContact(Base):
    """Someone told at once when a crisis starts: staff or not, always with a phone."""

    __tablename__ = "crisis_contact"
    __table_args__ = (
        CheckConstraint("full_name <> ''", name="name"),
        CheckConstraint("phone <> ''", name="phone"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True
    )
    # Copied from staff or the contact base when chosen there, so the line stays readable after
    # deletion.
    full_name: Mapped[str] = mapped_column(String(200))
    role_ky: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    role_ru: Mapped[str] = mapped_column(String(NAME_LIMIT), default="")
    role: Mapped[Bi] = composite(Bi, "role_ky", "role_ru")
    phone: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")


class HoldingStatement(TimestampMixin, Base):
    """A statement for one scenario, written and agreed with the head before it is needed."""

    __tablename__ = "holding_statement"
    __table_args__ = (CheckConstraint(_in("status", STATEMENT_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("crisis_scenario.id", ondelete="CASCADE"), index=True
    )
    title_ky: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    title_ru: Mapped[str] = mapped_column(String(TITLE_LIMIT), default="")
    title: Mapped[Bi] = composite(Bi, "title_ky", "title_ru")
    text_ky: Mapped[str] = mapped_column(Text, default="")
    text_ru: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[Bi] = composite(Bi, "text_ky", "text_ru")
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    # The head's approval, kept while the text stays as approved.
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy


class HoldingStatementHistory(Base):
    """One step of a statement's trail: a status change, with time, person and comment."""

    __tablename__ = "holding_statement_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("holding_statement.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    old_value: Mapped[str] = mapped_column(String(10), default="")
    new_value: Mapped[str] = mapped_column(String(10), default="")
    by_name: Mapped[str] = mapped_column(String(200), default="")
    by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    comment: Mapped[str] = mapped_column(Text, default="")
