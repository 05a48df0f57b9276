"""Reading media inquiries: one with its history, and a filtered list for the register."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, select

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.inquiries.records import InquiryNotFound
from pressdesk.storage.engine import Database
from pressdesk.storage.inquiries_models import Inquiry, InquiryHistory

__all__ = ["HistoryRow", "InquiryFilter", "InquiryRow", "get_inquiry", "list_inquiries"]


@dataclass(frozen=True)
class HistoryRow:
    """One step of an inquiry's trace."""

    at: dt.datetime
    kind: str
    old_value: str
    new_value: str
    by_name: str
    comment: str


@dataclass(frozen=True)
class InquiryRow:
    """A stored inquiry as lists, documents and the command line read it."""

    id: int
    received_at: dt.datetime
    channel: str
    incoming_number: str
    kind: str
    person_id: int | None
    outlet_id: int | None
    sender: str
    sender_address: str
    outlet_name: str
    question: str
    question_files: tuple[str, ...]
    quoted: str
    journalist_due: dt.date | None
    legal_due: dt.date | None
    due_on: dt.date | None
    unit: Bi
    staff_id: int | None
    draft: str
    status: str
    status_at: dt.datetime | None
    return_comment: str
    answered_at: dt.datetime | None
    answer_channel: str
    answer_text: str
    answer_files: tuple[str, ...]
    outcome: str | None
    ground: Bi
    redirected_to: str
    history: tuple[HistoryRow, ...] = ()
    #: The inquiry's row version when read; an edit from this copy is refused once it changed.
    row_version: int | None = field(default=None, compare=False)

    def overdue(self, today: dt.date) -> bool:
        """Return True if the inquiry is still open past its first deadline."""
        return self.status != "answered" and self.due_on is not None and self.due_on < today

    def on_time(self) -> bool | None:
        """Return whether the answer went out by the first deadline (None if not answered)."""
        if self.answered_at is None:
            return None
        return self.due_on is None or self.answered_at.date() <= self.due_on


@dataclass(frozen=True)
class InquiryFilter:
    """Which inquiries to list: open past deadline, due by a date, a status, a kind, a period."""

    overdue: bool = False
    due_by: dt.date | None = None
    status: str = ""
    kind: str = ""
    received_from: dt.date | None = None
    received_to: dt.date | None = None


def _split(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line.strip())


def _row(inquiry: Any, history: tuple[HistoryRow, ...] = ()) -> InquiryRow:
    """An inquiry's row from its ORM object or from a row of its table's columns."""
    return InquiryRow(
        id=inquiry.id,
        received_at=inquiry.received_at,
        channel=inquiry.channel,
        incoming_number=inquiry.incoming_number,
        kind=inquiry.kind,
        person_id=inquiry.person_id,
        outlet_id=inquiry.outlet_id,
        sender=inquiry.sender,
        sender_address=inquiry.sender_address,
        outlet_name=inquiry.outlet_name,
        question=inquiry.question,
        question_files=_split(inquiry.question_files),
        quoted=inquiry.quoted,
        journalist_due=inquiry.journalist_due,
        legal_due=inquiry.legal_due,
        due_on=inquiry.due_on,
        unit=Bi(inquiry.unit_ky, inquiry.unit_ru),
        staff_id=inquiry.staff_id,
        draft=inquiry.draft,
        status=inquiry.status,
        status_at=inquiry.status_at,
        return_comment=inquiry.return_comment,
        answered_at=inquiry.answered_at,
        answer_channel=inquiry.answer_channel,
        answer_text=inquiry.answer_text,
        answer_files=_split(inquiry.answer_files),
        outcome=inquiry.outcome,
        ground=Bi(inquiry.ground_ky, inquiry.ground_ru),
        redirected_to=inquiry.redirected_to,
        history=history,
        row_version=inquiry.row_version,
    )


def get_inquiry(db: Database, inquiry_id: int) -> InquiryRow:
    """Return an inquiry with its history."""
    with db.session() as session:
        inquiry = session.get(Inquiry, inquiry_id)
        if inquiry is None:
            raise InquiryNotFound("inquiry.missing", id=inquiry_id)
        history = tuple(
            HistoryRow(h.at, h.kind, h.old_value, h.new_value, h.by_name, h.comment)
            for h in session.scalars(
                select(InquiryHistory)
                .where(InquiryHistory.inquiry_id == inquiry_id)
                .order_by(InquiryHistory.id)
            )
        )
        return _row(inquiry, history)


def list_inquiries(db: Database, where: InquiryFilter | None = None) -> list[InquiryRow]:
    """Return the inquiries the filter picks: open ones by deadline first, then the newest."""
    where = where or InquiryFilter()
    # Plain rows of the table's columns, not ORM objects: a register of years reads at once.
    query = select(*cast(Table, Inquiry.__table__).columns)
    if where.overdue:
        query = query.where(Inquiry.status != "answered", Inquiry.due_on < clock.today())
    if where.due_by is not None:
        query = query.where(Inquiry.status != "answered", Inquiry.due_on <= where.due_by)
    if where.status:
        query = query.where(Inquiry.status == where.status)
    if where.kind:
        query = query.where(Inquiry.kind == where.kind)
    if where.received_from is not None:
        query = query.where(
            Inquiry.received_at >= dt.datetime.combine(where.received_from, dt.time())
        )
    if where.received_to is not None:
        end = where.received_to + dt.timedelta(days=1)
        query = query.where(Inquiry.received_at < dt.datetime.combine(end, dt.time()))
    query = query.order_by(
        (Inquiry.status == "answered").asc(),
        Inquiry.due_on.is_(None).asc(),
        Inquiry.due_on,
        Inquiry.received_at.desc(),
    )
    with db.session() as session:
        return [_row(i) for i in session.execute(query)]
