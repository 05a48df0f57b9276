"""Feedback on publications (per record or per period) and the coverage of plan items and events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import InstrumentedAttribute

from pressdesk.messages import Term
from pressdesk.services.coverage.records import CoverageError, CoverageNotFound
from pressdesk.storage.coverage_models import FEEDBACK_KINDS, CoverageFeedback, CoverageRecord
from pressdesk.storage.engine import Database

__all__ = [
    "FeedbackRow",
    "add_feedback",
    "coverage_of_events",
    "coverage_of_plan_items",
    "delete_feedback",
    "get_feedback",
    "list_feedback",
    "update_feedback",
]


@dataclass(frozen=True)
class FeedbackRow:
    """Feedback counted for a record (``record_id``) or for a period (``start``–``end``)."""

    id: int
    kind: str
    count: int
    record_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    note: str = ""


def _check(
    kind: str, count: int, record_id: int | None, period: tuple[dt.date, dt.date] | None
) -> None:
    if kind not in FEEDBACK_KINDS:
        raise CoverageError("field.unknown", field=Term("kind"), value=kind, allowed=FEEDBACK_KINDS)
    if count < 0:
        raise CoverageError("field.negative", field=Term("count"))
    if (record_id is None) == (period is None):
        raise CoverageError("coverage.feedback_target")
    if period is not None and period[1] < period[0]:
        raise CoverageError("coverage.period_order", start=period[0], end=period[1])


def _row(f: CoverageFeedback) -> FeedbackRow:
    return FeedbackRow(f.id, f.kind, f.count, f.record_id, f.period_start, f.period_end, f.note)


def add_feedback(
    db: Database,
    kind: str,
    count: int,
    *,
    record_id: int | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    note: str = "",
) -> int:
    """Note comments, reactions, calls, letters or questions for a record or a period."""
    _check(kind, count, record_id, period)
    with db.session() as session:
        if record_id is not None and session.get(CoverageRecord, record_id) is None:
            raise CoverageNotFound()
        row = CoverageFeedback(
            record_id=record_id,
            period_start=period[0] if period else None,
            period_end=period[1] if period else None,
            kind=kind,
            count=count,
            note=note.strip(),
        )
        session.add(row)
        session.flush()
        return row.id


def get_feedback(db: Database, feedback_id: int) -> FeedbackRow:
    """Return one feedback line."""
    with db.session() as session:
        found = session.get(CoverageFeedback, feedback_id)
        if found is None:
            raise CoverageNotFound()
        return _row(found)


def update_feedback(
    db: Database,
    feedback_id: int,
    kind: str,
    count: int,
    *,
    period: tuple[dt.date, dt.date] | None = None,
    note: str = "",
) -> None:
    """Change a feedback line; one noted for a period takes ``period``, a record's stays its."""
    with db.session() as session:
        found = session.get(CoverageFeedback, feedback_id)
        if found is None:
            raise CoverageNotFound()
        _check(kind, count, found.record_id, None if found.record_id is not None else period)
        found.kind = kind
        found.count = count
        found.note = note.strip()
        if period is not None and found.record_id is None:
            found.period_start, found.period_end = period


def list_feedback(
    db: Database,
    *,
    record_id: int | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> list[FeedbackRow]:
    """Return the feedback of one record, or (``record_id`` None) the feedback noted by period:
    all of it, or with ``period`` the lines noted for spans within it (as the figures count)."""
    query = select(CoverageFeedback).order_by(CoverageFeedback.period_start, CoverageFeedback.id)
    if record_id is None:
        query = query.where(CoverageFeedback.record_id.is_(None))
        if period is not None:
            query = query.where(
                (CoverageFeedback.period_start >= period[0])
                & (CoverageFeedback.period_end <= period[1])
            )
    else:
        query = query.where(CoverageFeedback.record_id == record_id)
    with db.session() as session:
        return [_row(f) for f in session.scalars(query)]


def delete_feedback(db: Database, feedback_id: int) -> None:
    """Remove one feedback line."""
    with db.session() as session:
        result = session.execute(delete(CoverageFeedback).where(CoverageFeedback.id == feedback_id))
        if getattr(result, "rowcount", 0):
            return
    raise CoverageNotFound()


def _counts(
    db: Database, column: InstrumentedAttribute[int | None], ids: Iterable[int]
) -> dict[int, int]:
    wanted = list(ids)
    if not wanted:
        return {}
    with db.session() as session:
        rows = session.execute(
            select(column, func.count()).where(column.in_(wanted)).group_by(column)
        )
        return {int(key): int(count) for key, count in rows if key is not None}


def coverage_of_plan_items(db: Database, ids: Iterable[int]) -> dict[int, int]:
    """Return how many records cover each of the plan items ``ids`` (covered items only)."""
    return _counts(db, CoverageRecord.plan_item_id, ids)


def coverage_of_events(db: Database, ids: Iterable[int]) -> dict[int, int]:
    """Return how many records cover each of the events ``ids`` (covered events only)."""
    return _counts(db, CoverageRecord.event_id, ids)
