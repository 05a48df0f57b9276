"""Typed ORM models of the foundation: the organisation profile and its staff.

The model modules do not postpone their annotations (no ``from __future__ import
annotations``): SQLAlchemy would then evaluate each column's annotation from its text when the
class is declared, a tenth of the time every start spends declaring the models. A model named
before it is defined is written in quotes.
"""

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, composite, mapped_column

from pressdesk import clock
from pressdesk.bilingual import Bi

# Stable constraint names keep Alembic migrations portable between SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DOC_LANGUAGES = ("ky", "ru")


def stored_now() -> dt.datetime:
    """Return the time a row is stamped with: naive UTC in whole seconds, from PressDesk's clock."""
    return clock.utcnow().replace(microsecond=0)


class Base(DeclarativeBase):
    """Declarative base of every PressDesk table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    """Creation and last-change times, set by the database."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), default=stored_now, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False),
        default=stored_now,
        server_default=func.current_timestamp(),
        onupdate=stored_now,
    )


class Organisation(TimestampMixin, Base):
    """The one organisation this database belongs to (a single row, id 1)."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("default_doc_lang IN ('ky', 'ru')", name="doc_lang"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ky: Mapped[str] = mapped_column(String(500), default="")
    name_ru: Mapped[str] = mapped_column(String(500), default="")
    short_name_ky: Mapped[str] = mapped_column(String(200), default="")
    short_name_ru: Mapped[str] = mapped_column(String(200), default="")
    address_ky: Mapped[str] = mapped_column(String(500), default="")
    address_ru: Mapped[str] = mapped_column(String(500), default="")
    # Where documents are drawn up, as printed on them: «Бишкек ш.» / «г. Бишкек».
    place_ky: Mapped[str] = mapped_column(String(200), default="")
    place_ru: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_title_ky: Mapped[str] = mapped_column(String(300), default="")
    head_title_ru: Mapped[str] = mapped_column(String(300), default="")
    secretary_name: Mapped[str] = mapped_column(String(200), default="")
    secretary_title_ky: Mapped[str] = mapped_column(String(300), default="")
    secretary_title_ru: Mapped[str] = mapped_column(String(300), default="")
    default_doc_lang: Mapped[str] = mapped_column(String(2), default="ky")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_mime: Mapped[str] = mapped_column(String(50), default="")
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy


class StaffMember(TimestampMixin, Base):
    """A person of the organisation: responsible for work items, or a signatory."""

    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position_ky: Mapped[str] = mapped_column(String(300), default="")
    position_ru: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[Bi] = composite(Bi, "position_ky", "position_ru")
    unit_ky: Mapped[str] = mapped_column(String(300), default="")
    unit_ru: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[Bi] = composite(Bi, "unit_ky", "unit_ru")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_signatory: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Folded copy of full_name for case-insensitive search in every Cyrillic alphabet.
    name_folded: Mapped[str] = mapped_column(String(200), default="", index=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy
