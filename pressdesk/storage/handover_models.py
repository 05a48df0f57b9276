"""Typed ORM model of issued handover acts: immutable records with their content snapshot."""

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from pressdesk.storage.models import Base, stored_now

HANDOVER_DIRECTIONS = ("dismissal", "hiring", "temporary")


class HandoverAct(Base):
    """One issued act: who, when, the JSON snapshot of its content and the files' SHA-256.

    Rows are written once and never changed; a correction is a new row pointing at the old one.
    """

    __tablename__ = "handover_act"
    __table_args__ = (
        CheckConstraint("lang IN ('ky', 'ru')", name="lang"),
        CheckConstraint("direction IN ('dismissal', 'hiring', 'temporary')", name="direction"),
        # An act number is given once; numbering is serialized, the index is the last guard.
        Index("ux_handover_act_number", "number", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(50))
    act_date: Mapped[dt.date] = mapped_column(Date, index=True)
    lang: Mapped[str] = mapped_column(String(2))
    direction: Mapped[str] = mapped_column(String(20))
    outgoing_name: Mapped[str] = mapped_column(String(200), default="")
    incoming_name: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("handover_act.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    snapshot: Mapped[str] = mapped_column(Text)
    generated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False))
    docx_sha256: Mapped[str] = mapped_column(String(64), default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    # The TrueType font the PDF embedded: re-printing with another font changes the bytes.
    pdf_font: Mapped[str] = mapped_column(String(1000), default="")
    export_name: Mapped[str] = mapped_column(String(300), default="")
    export_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), default=stored_now, server_default=func.current_timestamp()
    )
