"""Feedback lines edited and listed by period, and a period's publications counted per day."""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk.services.coverage.feedback import (
    add_feedback,
    delete_feedback,
    get_feedback,
    list_feedback,
    update_feedback,
)
from pressdesk.services.coverage.records import (
    CoverageError,
    CoverageInput,
    CoverageNotFound,
    add_record,
)
from pressdesk.services.coverage.stats import period_summary

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def _record(db, day: int, title: str) -> int:
    return add_record(
        db,
        CoverageInput(
            published_at=dt.datetime(2026, 11, day, 12, 0),
            outlet="24.kg",
            title=title,
            url=f"https://24.kg/news/{day}/{len(title)}",
        ),
    )


def test_a_line_is_changed_in_place_and_keeps_its_target(db):
    record_id = _record(db, 18, "Министрлик жазгы себүүгө даярдыкты талкуулады")
    on_record = add_feedback(db, "comments", 14, record_id=record_id)
    on_period = add_feedback(db, "calls", 5, period=NOVEMBER, note="Ишеним телефону")
    update_feedback(db, on_record, "reactions", 40, period=NOVEMBER, note=" жактыруулар ")
    changed = get_feedback(db, on_record)
    # A publication's line stays the publication's: the period given is not taken.
    assert (changed.kind, changed.count, changed.record_id, changed.start) == (
        "reactions",
        40,
        record_id,
        None,
    )
    assert changed.note == "жактыруулар"
    decade = (dt.date(2026, 11, 1), dt.date(2026, 11, 10))
    update_feedback(db, on_period, "letters", 3, period=decade)
    moved = get_feedback(db, on_period)
    assert (moved.kind, moved.count, moved.start, moved.end) == ("letters", 3, *decade)
    with pytest.raises(CoverageError) as caught:
        update_feedback(db, on_period, "letters", 3, period=(decade[1], decade[0]))
    assert caught.value.code == "coverage.period_order"
    with pytest.raises(CoverageError):
        update_feedback(db, on_period, "letters", -1, period=decade)
    with pytest.raises(CoverageError):
        update_feedback(db, on_period, "faxes", 1, period=decade)
    assert get_feedback(db, on_period).count == 3  # nothing half-saved
    delete_feedback(db, on_period)
    with pytest.raises(CoverageNotFound):
        get_feedback(db, on_period)
    with pytest.raises(CoverageNotFound):
        update_feedback(db, on_period, "calls", 1, period=decade)


def test_period_lines_are_listed_for_the_periods_that_hold_them(db):
    month = add_feedback(db, "calls", 37, period=NOVEMBER)
    decade = add_feedback(db, "letters", 2, period=(dt.date(2026, 11, 11), dt.date(2026, 11, 20)))
    add_feedback(db, "questions", 9, period=(dt.date(2026, 10, 1), dt.date(2026, 10, 31)))
    quarter = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert [f.id for f in list_feedback(db, period=NOVEMBER)] == [month, decade]
    assert [
        f.id for f in list_feedback(db, period=(dt.date(2026, 11, 11), dt.date(2026, 11, 20)))
    ] == [decade]
    assert [f.kind for f in list_feedback(db, period=quarter)] == ["questions", "calls", "letters"]
    # The figures count the same lines the list shows.
    assert period_summary(db, *NOVEMBER).feedback == {"calls": 37, "letters": 2}


def test_summary_counts_publications_per_day(db):
    _record(db, 3, "Биринчи материал")
    _record(db, 3, "Экинчи материал")
    _record(db, 25, "Үчүнчү материал")
    summary = period_summary(db, *NOVEMBER)
    assert summary.by_day == {dt.date(2026, 11, 3): 2, dt.date(2026, 11, 25): 1}
    assert sum(summary.by_week.values()) == summary.total == 3
