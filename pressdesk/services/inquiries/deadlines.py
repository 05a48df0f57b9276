"""Deadlines of media inquiries: the legal term of a written request, and the due view.

The law on access to information held by state bodies gives a written request two weeks;
the organisation sets the term here in calendar or working days (the seed documents name no
number). Days off are weekends and the holidays of the plan's holiday calendar marked as days
off. A term counted in calendar days that ends on a day off moves to the next working day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, select

from pressdesk import clock
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.engine import Database
from pressdesk.storage.inquiries_models import Inquiry

__all__ = [
    "DEFAULT_TERM",
    "SOON_DAYS",
    "DueCounts",
    "DueRow",
    "DueView",
    "LegalTerm",
    "days_off_between",
    "due_counts",
    "due_view",
    "legal_due",
    "overdue_count",
]

# How many days ahead "due soon" looks.
SOON_DAYS = 2


@dataclass(frozen=True)
class LegalTerm:
    """The term of a written request: ``days`` calendar days, or working days if ``working``."""

    days: int = 14
    working: bool = False


DEFAULT_TERM = LegalTerm()


def days_off_between(db: Database, start: dt.date, end: dt.date) -> frozenset[dt.date]:
    """Return the holidays that are days off in ``start`` … ``end`` (weekends not included)."""
    # Here, not at the top: the window's overdue count needs no calendar, and starts without it.
    from pressdesk.services.plan.holidays import holidays_between

    return frozenset(h.date for h in holidays_between(db, start, end) if h.day_off)


def _working(day: dt.date, days_off: frozenset[dt.date]) -> bool:
    return day.weekday() < 5 and day not in days_off


def legal_due(received: dt.date, term: LegalTerm, days_off: frozenset[dt.date]) -> dt.date:
    """Return the last day of the legal term for a request received on ``received``.

    The term counts from the day after receipt; ``days_off`` are the holidays off work.
    """
    day = received
    if term.working:
        left = term.days
        while left > 0:
            day += dt.timedelta(days=1)
            if _working(day, days_off):
                left -= 1
        return day
    day = received + dt.timedelta(days=term.days)
    while not _working(day, days_off):
        day += dt.timedelta(days=1)
    return day


def legal_due_for(db: Database, received: dt.date, term: LegalTerm) -> dt.date:
    """Return the legal due date of ``received`` with the holidays of the database."""
    # Two months cover any term in working days up to 30 with the longest holiday runs.
    end = received + dt.timedelta(days=max(60, term.days * 3))
    return legal_due(received, term, days_off_between(db, received, end))


@dataclass(frozen=True)
class DueRow:
    """An open inquiry in the due view: both deadlines and who it is from."""

    id: int
    received_at: dt.datetime
    kind: str
    channel: str
    question: str
    sender: str
    outlet: str
    journalist_due: dt.date | None
    legal_due: dt.date | None
    due_on: dt.date
    status: str

    def state(self, today: dt.date) -> str:
        """Return "overdue", "today" or "soon" for ``today``."""
        if self.due_on < today:
            return "overdue"
        return "today" if self.due_on == today else "soon"


@dataclass(frozen=True)
class DueView:
    """Open inquiries whose first deadline has passed, is today, or comes within two days."""

    today: dt.date
    overdue: tuple[DueRow, ...]
    due_today: tuple[DueRow, ...]
    soon: tuple[DueRow, ...]


@dataclass(frozen=True)
class DueCounts:
    """How many open inquiries are overdue, due today and due soon."""

    overdue: int = 0
    due_today: int = 0
    soon: int = 0


def _open() -> ColumnElement[bool]:
    return and_(Inquiry.status != "answered", Inquiry.due_on.is_not(None))


def due_view(db: Database, *, today: dt.date | None = None, limit: int = 500) -> DueView:
    """Return the open inquiries due by two days after ``today``, the most overdue first.

    Each group holds at most ``limit`` rows; the counts say how many there are in all.
    """
    day = today or clock.today()
    horizon = day + dt.timedelta(days=SOON_DAYS)
    sender = func.coalesce(func.nullif(Inquiry.sender, ""), Person.full_name, "")
    outlet = func.coalesce(func.nullif(Inquiry.outlet_name, ""), Outlet.name, "")
    columns = (
        Inquiry.id,
        Inquiry.received_at,
        Inquiry.kind,
        Inquiry.channel,
        func.substr(Inquiry.question, 1, 300),
        sender,
        outlet,
        Inquiry.journalist_due,
        Inquiry.legal_due,
        Inquiry.due_on,
        Inquiry.status,
    )
    query = (
        select(*columns)
        .outerjoin(Person, Person.id == Inquiry.person_id)
        .outerjoin(Outlet, Outlet.id == Inquiry.outlet_id)
        .where(_open(), Inquiry.due_on <= horizon)
        .order_by(Inquiry.due_on, Inquiry.received_at)
    )
    groups: tuple[list[DueRow], list[DueRow], list[DueRow]] = ([], [], [])
    with db.session() as session:
        for values in session.execute(query):
            row = DueRow(*values)
            group = groups[0 if row.due_on < day else 1 if row.due_on == day else 2]
            if len(group) < limit:
                group.append(row)
    return DueView(day, tuple(groups[0]), tuple(groups[1]), tuple(groups[2]))


def due_counts(db: Database, *, today: dt.date | None = None) -> DueCounts:
    """Return the counts of the due view in one query."""
    day = today or clock.today()
    horizon = day + dt.timedelta(days=SOON_DAYS)
    query = select(
        func.count(case((Inquiry.due_on < day, 1))),
        func.count(case((Inquiry.due_on == day, 1))),
        func.count(case((and_(Inquiry.due_on > day, Inquiry.due_on <= horizon), 1))),
    ).where(_open(), Inquiry.due_on <= horizon)
    with db.session() as session:
        overdue, due_today, soon = session.execute(query).one()
    return DueCounts(int(overdue), int(due_today), int(soon))


def overdue_count(db: Database, *, today: dt.date | None = None) -> int:
    """Return how many open inquiries are past their first deadline (the section's badge)."""
    return due_counts(db, today=today).overdue
