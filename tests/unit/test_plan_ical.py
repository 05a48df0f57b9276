"""iCalendar export read back with the icalendar package, and re-import by UID."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest

from pressdesk.services.plan_ical import export_ics, import_ics
from pressdesk.services.plan_items import (
    PlanError,
    PlanItemInput,
    create_item,
    get_item,
    list_items,
)
from pressdesk.services.plan_series import detach_occurrence
from pressdesk.services.plan_workflow import change_status

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def planned(db):
    timed = create_item(
        db,
        PlanItemInput(
            date=MONDAY,
            title="Пресс-релиз: жер реестри",
            time=dt.time(10, 30),
            duration_minutes=90,
            topic="Маалыматтык себеп: ң ө ү",
            channels=("website", "telegram"),
            format="press_release",
        ),
    )
    for step in ("draft", "sent"):
        change_status(db, timed.id, step)
    change_status(db, timed.id, "approved", by_name="Асанов Б.")
    whole = create_item(db, PlanItemInput(date=MONDAY + dt.timedelta(1), title="Жаңылык " * 20))
    series = create_item(
        db,
        PlanItemInput(date=MONDAY, title="Рубрика", time=dt.time(15), rrule="FREQ=WEEKLY;BYDAY=FR"),
    )
    return db, timed, whole, series


def _events(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_export_structure(planned, tmp_path):
    db, timed, whole, series = planned
    path = tmp_path / "plan.ics"
    assert export_ics(db, path, start=MONDAY, end=MONDAY + dt.timedelta(13), lang="ky") == 4
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    cal = icalendar.Calendar.from_ical(raw)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Bishkek"]
    events = _events(path)
    assert set(events) == {
        f"plan-{timed.id}@pressdesk",
        f"plan-{whole.id}@pressdesk",
        f"plan-{series.id}-20261127@pressdesk",
        f"plan-{series.id}-20261204@pressdesk",
    }
    ev = events[f"plan-{timed.id}@pressdesk"]
    start = ev.decoded("DTSTART")
    assert start.tzinfo is not None and str(start.tzinfo) == "Asia/Bishkek"
    assert (start.hour, start.minute) == (10, 30)
    assert ev.decoded("DTEND") - start == dt.timedelta(minutes=90)
    assert ev["DTSTART"].params["TZID"] == "Asia/Bishkek"
    assert str(ev["STATUS"]) == "CONFIRMED"
    assert "Асанов Б." in str(ev["DESCRIPTION"]) and "ң ө ү" in str(ev["DESCRIPTION"])
    assert "Пресс-релиз" in [str(c) for c in ev["CATEGORIES"].cats]
    assert int(ev["SEQUENCE"]) == get_item(db, timed.id).sequence
    assert "LAST-MODIFIED" in ev and "DTSTAMP" in ev
    day = events[f"plan-{whole.id}@pressdesk"]
    assert day.decoded("DTSTART") == MONDAY + dt.timedelta(1)
    assert not isinstance(day.decoded("DTSTART"), dt.datetime)
    assert str(day["STATUS"]) == "TENTATIVE"


def test_round_trip_updates_instead_of_duplicating(planned, tmp_path):
    db, timed, _, series = planned
    path = tmp_path / "plan.ics"
    export_ics(db, path, start=MONDAY, end=MONDAY + dt.timedelta(13))
    report = import_ics(db, path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 4)
    # A calendar user moves the timed item by one hour and one occurrence by a day.
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "DTSTART;TZID=Asia/Bishkek:20261123T103000", "DTSTART;TZID=Asia/Bishkek:20261124T113000"
    )
    text = text.replace(
        "DTEND;TZID=Asia/Bishkek:20261123T120000", "DTEND;TZID=Asia/Bishkek:20261124T130000"
    )
    text = text.replace(
        "DTSTART;TZID=Asia/Bishkek:20261127T150000", "DTSTART;TZID=Asia/Bishkek:20261126T150000"
    )
    path.write_text(text, encoding="utf-8", newline="")
    report = import_ics(db, path)
    assert (report.created, report.updated) == (0, 2), report.problems
    moved = get_item(db, timed.id)
    assert (moved.date, moved.time) == (MONDAY + dt.timedelta(1), dt.time(11, 30))
    rows = list_items(db, MONDAY, MONDAY + dt.timedelta(13))
    assert len(rows) == 4
    assert next(r.date for r in rows if r.title == "Рубрика") == dt.date(2026, 11, 26)
    # Exported again, the edited occurrence keeps its UID.
    export_ics(db, path, start=MONDAY, end=MONDAY + dt.timedelta(13))
    assert f"plan-{series.id}-20261127@pressdesk" in _events(path)


def test_stale_file_does_not_undo_newer_plan_changes(planned, tmp_path):
    db, timed, _, _ = planned
    path = tmp_path / "plan.ics"
    export_ics(db, path, start=MONDAY, end=MONDAY)
    text = path.read_text(encoding="utf-8").replace("T103000", "T080000")
    path.write_text(text, encoding="utf-8", newline="")
    row = get_item(db, timed.id)
    from pressdesk.services.plan_items import update_item

    update_item(db, timed.id, replace(row.as_input(), title="Жаңыртылды"))
    report = import_ics(db, path)
    assert report.skipped == 1 and "newer version" in report.problems[0]
    assert get_item(db, timed.id).time == dt.time(10, 30)


def test_foreign_events_become_ideas_and_update_on_reimport(db, tmp_path):
    path = tmp_path / "google.ics"
    body = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google//EN\r\n"
        "BEGIN:VEVENT\r\nUID:abc123@google.com\r\nDTSTAMP:20261101T000000Z\r\n"
        "DTSTART:20261125T040000Z\r\nDTEND:20261125T050000Z\r\nSUMMARY:Брифинг\r\n"
        "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    path.write_text(body, encoding="utf-8", newline="")
    report = import_ics(db, path)
    assert report.created == 1 and report.skipped == 1
    row = list_items(db, MONDAY, MONDAY + dt.timedelta(6))[0]
    assert (row.title, row.time, row.status) == ("Брифинг", dt.time(10, 0), "idea")
    path.write_text(body.replace("Брифинг", "Брифинг (жаңы)"), encoding="utf-8", newline="")
    assert import_ics(db, path).updated == 1
    assert list_items(db, MONDAY, MONDAY + dt.timedelta(6))[0].title == "Брифинг (жаңы)"


def test_not_a_calendar_gives_a_message(db, tmp_path):
    path = tmp_path / "x.ics"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(PlanError, match="not an iCalendar file"):
        import_ics(db, path)
    with pytest.raises(PlanError, match="Cannot read"):
        import_ics(db, tmp_path / "missing.ics")


def test_whole_plan_export_bounds_endless_series(planned, tmp_path):
    db, *_ = planned
    count = export_ics(db, tmp_path / "all.ics")
    assert 50 < count < 120


def test_detached_occurrence_keeps_series_uid(planned, tmp_path):
    db, _, _, series = planned
    detach_occurrence(db, series.id, dt.date(2026, 11, 27))
    export_ics(db, tmp_path / "p.ics", start=MONDAY, end=MONDAY + dt.timedelta(6))
    assert f"plan-{series.id}-20261127@pressdesk" in _events(tmp_path / "p.ics")
