"""iCalendar export read back with the icalendar package, and import of other calendars' files."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from pressdesk import clock
from pressdesk.services.plan.ical import export_ics, import_ics
from pressdesk.services.plan.items import (
    PlanError,
    PlanItemInput,
    create_item,
    get_item,
    list_items,
    update_item,
)
from pressdesk.services.plan.series import detach_occurrence, skip_occurrence
from pressdesk.services.plan.workflow import change_status
from pressdesk.storage.plan_models import PlanItem

MONDAY = dt.date(2026, 11, 23)


def txt(value):
    """A one-language test text as stored: whichever value it went to."""
    return value.ky or value.ru


CALENDARS = Path(__file__).resolve().parents[1] / "data" / "calendars"
BISHKEK = ZoneInfo("Asia/Bishkek")


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


def _calendar(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(path: Path) -> dict[str, icalendar.Event]:
    """Return the VEVENTs by UID, a changed occurrence under "UID@YYYY-MM-DD"."""
    found: dict[str, icalendar.Event] = {}
    for event in _calendar(path).walk("VEVENT"):
        key = str(event["UID"])
        if "RECURRENCE-ID" in event:
            moment = event.decoded("RECURRENCE-ID")
            key += "@" + (moment.date() if isinstance(moment, dt.datetime) else moment).isoformat()
        found[key] = event
    return found


def _rows(db, start=MONDAY, days=13):
    return list_items(db, start, start + dt.timedelta(days))


def test_export_structure(planned, tmp_path):
    db, timed, whole, series = planned
    path = tmp_path / "plan.ics"
    assert export_ics(db, path, start=MONDAY, end=MONDAY + dt.timedelta(13), lang="ky") == 3
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    cal = icalendar.Calendar.from_ical(raw)
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Bishkek"]
    events = _events(path)
    assert set(events) == {
        f"plan-{timed.id}@pressdesk",
        f"plan-{whole.id}@pressdesk",
        f"plan-{series.id}@pressdesk",
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
    rubric = events[f"plan-{series.id}@pressdesk"]
    assert rubric["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=FR"
    assert rubric.decoded("DTSTART") == dt.datetime(2026, 11, 27, 15, tzinfo=BISHKEK)


def test_series_exported_once_with_exdate_and_changed_occurrences(planned, tmp_path):
    db, _, _, series = planned
    skip_occurrence(db, series.id, dt.date(2026, 12, 4))
    moved = detach_occurrence(db, series.id, dt.date(2026, 11, 27))
    update_item(db, moved.id, replace(moved.as_input(), time=dt.time(17), title="Рубрика: жаңы"))
    path = tmp_path / "p.ics"
    assert export_ics(db, path, start=MONDAY, end=MONDAY + dt.timedelta(6), lang="ky") == 4
    events = _events(path)
    uid = f"plan-{series.id}@pressdesk"
    master = events[uid]
    exdates = [d.dt for x in [master["EXDATE"]] for d in x.dts]
    assert exdates == [dt.datetime(2026, 12, 4, 15, tzinfo=BISHKEK)]
    # The plan's first day is a Monday, no Friday: calendars count DTSTART as a date of the
    # series, so it starts on the first Friday.
    assert master.decoded("DTSTART") == dt.datetime(2026, 11, 27, 15, tzinfo=BISHKEK)
    change = events[f"{uid}@2026-11-27"]
    assert change.decoded("RECURRENCE-ID") == dt.datetime(2026, 11, 27, 15, tzinfo=BISHKEK)
    assert change.decoded("DTSTART") == dt.datetime(2026, 11, 27, 17, tzinfo=BISHKEK)
    assert str(change["SUMMARY"]) == "Рубрика: жаңы"
    # Read back, nothing changes and nothing is duplicated.
    report = import_ics(db, path)
    assert (report.created, report.updated, report.problems) == (0, 0, [])
    rows = [r for r in _rows(db, MONDAY, 20) if r.series_id == series.id]
    assert [(r.date, r.time) for r in rows] == [
        (dt.date(2026, 11, 27), dt.time(17)),
        (dt.date(2026, 12, 11), dt.time(15)),
    ]


def test_round_trip_updates_instead_of_duplicating(planned, tmp_path):
    db, timed, _, series = planned
    path = tmp_path / "plan.ics"
    export_ics(db, path, start=MONDAY, end=MONDAY + dt.timedelta(13))
    report = import_ics(db, path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)
    # A calendar user moves the timed item by one hour and one occurrence by a day.
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "DTSTART;TZID=Asia/Bishkek:20261123T103000", "DTSTART;TZID=Asia/Bishkek:20261124T113000"
    )
    text = text.replace(
        "DTEND;TZID=Asia/Bishkek:20261123T120000", "DTEND;TZID=Asia/Bishkek:20261124T130000"
    )
    moved = (
        f"BEGIN:VEVENT\r\nUID:plan-{series.id}@pressdesk\r\nDTSTAMP:20261120T040000Z\r\n"
        "RECURRENCE-ID;TZID=Asia/Bishkek:20261127T150000\r\n"
        "DTSTART;TZID=Asia/Bishkek:20261126T150000\r\nDTEND;TZID=Asia/Bishkek:20261126T160000\r\n"
        f"SUMMARY:Рубрика\r\nSEQUENCE:{series.sequence}\r\nEND:VEVENT\r\n"
    )
    text = text.replace("END:VCALENDAR", moved + "END:VCALENDAR")
    path.write_text(text, encoding="utf-8", newline="")
    report = import_ics(db, path)
    assert (report.created, report.updated) == (1, 1), report.problems
    shifted = get_item(db, timed.id)
    assert (shifted.date, shifted.time) == (MONDAY + dt.timedelta(1), dt.time(11, 30))
    rows = _rows(db)
    assert len(rows) == 4
    assert [r.date for r in rows if txt(r.title) == "Рубрика"] == [
        dt.date(2026, 11, 26),
        dt.date(2026, 12, 4),
    ]
    # Exported again, the changed occurrence is a RECURRENCE-ID of the series' own UID.
    export_ics(db, path, start=MONDAY, end=MONDAY + dt.timedelta(13))
    assert f"plan-{series.id}@pressdesk@2026-11-27" in _events(path)


def test_stale_file_does_not_undo_newer_plan_changes(planned, tmp_path):
    db, timed, _, _ = planned
    path = tmp_path / "plan.ics"
    export_ics(db, path, start=MONDAY, end=MONDAY)
    text = path.read_text(encoding="utf-8").replace("T103000", "T080000")
    path.write_text(text, encoding="utf-8", newline="")
    row = get_item(db, timed.id)
    update_item(db, timed.id, replace(row.as_input(), title="Жаңыртылды"))
    report = import_ics(db, path)
    assert report.skipped == 1 and "newer version" in report.problems[0]
    assert get_item(db, timed.id).time == dt.time(10, 30)


def test_legacy_occurrence_uids_still_update(planned, tmp_path):
    db, _, _, series = planned
    path = tmp_path / "old.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PressDesk//Content plan//KY-RU\r\n"
        f"BEGIN:VEVENT\r\nUID:plan-{series.id}-20261127@pressdesk\r\n"
        "DTSTAMP:20261120T040000Z\r\nDTSTART;TZID=Asia/Bishkek:20261126T150000\r\n"
        "DTEND;TZID=Asia/Bishkek:20261126T160000\r\nSUMMARY:Рубрика\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    assert import_ics(db, path).created == 1
    rubric = [r.date for r in _rows(db, MONDAY, 6) if txt(r.title) == "Рубрика"]
    assert rubric == [dt.date(2026, 11, 26)]


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
    assert "'No start'" in report.problems[0] and "DTSTART" in report.problems[0]
    row = list_items(db, MONDAY, MONDAY + dt.timedelta(6))[0]
    assert (txt(row.title), row.time, row.status) == ("Брифинг", dt.time(10, 0), "idea")
    path.write_text(body.replace("Брифинг", "Брифинг (жаңы)"), encoding="utf-8", newline="")
    assert import_ics(db, path).updated == 1
    assert list_items(db, MONDAY, MONDAY + dt.timedelta(6))[0].title.ky == "Брифинг (жаңы)"


def test_not_a_calendar_or_no_events_gives_a_message(db, tmp_path):
    path = tmp_path / "x.ics"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(PlanError, match="not an iCalendar file"):
        import_ics(db, path)
    with pytest.raises(PlanError, match="Cannot read"):
        import_ics(db, tmp_path / "missing.ics")
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t\r\nSUMMARY:Task\r\nEND:VTODO\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanError, match=r"no events \(VEVENT\), only 1 tasks"):
        import_ics(db, path)


def test_whole_plan_export_writes_an_endless_series_once(planned, tmp_path):
    db, _, _, series = planned
    assert export_ics(db, tmp_path / "all.ics") == 3
    rubric = _events(tmp_path / "all.ics")[f"plan-{series.id}@pressdesk"]
    assert "UNTIL" not in rubric["RRULE"] and "COUNT" not in rubric["RRULE"]


def test_series_ending_on_a_date_gets_a_utc_until(db, tmp_path):
    create_item(
        db,
        PlanItemInput(
            date=MONDAY, title="Апта", time=dt.time(9), rrule="FREQ=DAILY;UNTIL=20261127"
        ),
    )
    export_ics(db, tmp_path / "p.ics", start=MONDAY, end=MONDAY + dt.timedelta(6))
    (event,) = _events(tmp_path / "p.ics").values()
    assert event["RRULE"]["UNTIL"] == [dt.datetime(2026, 11, 27, 17, 59, 59, tzinfo=dt.UTC)]
    assert import_ics(db, tmp_path / "p.ics").unchanged == 1


# --- other calendars --------------------------------------------------------------------------


def test_series_is_expanded_in_its_own_zone_and_keeps_its_changes(db, tmp_path):
    report = import_ics(db, CALENDARS / "stockholm_series.ics")
    assert (report.created, report.updated, report.skipped, report.problems) == (2, 0, 0, [])
    rows = [r for r in list_items(db, dt.date(2026, 11, 1), dt.date(2027, 1, 10)) if r.series_id]
    # Friday 20:00 in Stockholm (winter time, UTC+1) is Saturday 01:00 in Bishkek.
    assert [(r.date.isoformat(), f"{r.time:%H:%M}", txt(r.title)) for r in rows] == [
        ("2026-11-07", "01:00", "Weekly digest for partners"),
        ("2026-11-14", "01:00", "Weekly digest for partners"),
        ("2026-11-21", "01:00", "Weekly digest for partners"),
        ("2026-11-28", "01:00", "Weekly digest for partners"),
        # RECURRENCE-ID: this one occurrence moved to Friday 18:00 (23:00 in Bishkek).
        ("2026-12-04", "23:00", "Weekly digest: year in review"),
        # 12 December is cancelled (STATUS:CANCELLED), 26 December excluded (EXDATE).
        ("2026-12-19", "01:00", "Weekly digest for partners"),
        # RDATE: an extra Wednesday.
        ("2026-12-31", "01:00", "Weekly digest for partners"),
        ("2027-01-02", "01:00", "Weekly digest for partners"),
        ("2027-01-09", "01:00", "Weekly digest for partners"),
    ]
    changed = next(r for r in rows if txt(r.title).endswith("review"))
    assert changed.duration_minutes == 90
    master = get_item(db, rows[0].series_id)
    assert (master.rrule, master.ical_uid) == (
        "FREQ=WEEKLY;UNTIL=20270327;BYDAY=SA",
        "friday-digest@example.com",
    )
    # UNTIL 19:00 UTC is the last Friday at 20:00 in Stockholm, still winter time.
    last = list_items(db, dt.date(2027, 3, 20), dt.date(2027, 4, 30))
    assert [(r.date, r.time) for r in last] == [
        (dt.date(2027, 3, 20), dt.time(1)),
        (dt.date(2027, 3, 27), dt.time(1)),
    ]
    assert import_ics(db, CALENDARS / "stockholm_series.ics").created == 0


def test_summer_time_dates_of_an_endless_series_are_set_one_by_one(db, tmp_path):
    path = tmp_path / "berlin.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:b@example.com\r\n"
        "DTSTART;TZID=Europe/Berlin:20261106T200000\r\nDURATION:PT1H\r\n"
        "RRULE:FREQ=WEEKLY\r\nSUMMARY:Podcast\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    report = import_ics(db, path)
    assert report.created == 1 and "summer time" in report.problems[0]
    winter = list_items(db, dt.date(2027, 1, 1), dt.date(2027, 1, 10))
    summer = list_items(db, dt.date(2027, 7, 1), dt.date(2027, 7, 10))
    assert [(r.date, r.time) for r in winter] == [
        (dt.date(2027, 1, 2), dt.time(1)),
        (dt.date(2027, 1, 9), dt.time(1)),
    ]
    assert [(r.date, r.time) for r in summer] == [
        (dt.date(2027, 7, 3), dt.time(0)),
        (dt.date(2027, 7, 10), dt.time(0)),
    ]


def test_lengths_until_cancelled_shared_and_missing_uids(db, tmp_path):
    report = import_ics(db, CALENDARS / "features.ics")
    assert (report.created, report.skipped) == (6, 1)
    assert report.problems == [
        "Event 'Cancelled press conference' (line 16): it is cancelled in its calendar; "
        "not imported."
    ]
    rows = list_items(db, MONDAY, dt.date(2026, 12, 31))
    titles = [txt(r.title) for r in rows]
    assert "Cancelled press conference" not in titles
    # Two events with one UID and no RECURRENCE-ID stay two items.
    assert titles.count("Round table, first part") == titles.count("Round table, second part") == 1
    # UNTIL with a time: 26 November 10:00 is after 09:00 (03:00 UTC), so it is left out.
    assert [r.date.day for r in rows if txt(r.title) == "Morning news round-up"] == [23, 24, 25]
    path = tmp_path / "again.ics"
    # Texts of no clear language went to the document language (Kyrgyz by default).
    export_ics(db, path, start=MONDAY, end=dt.date(2026, 12, 31), lang="ky")
    events = {str(e["SUMMARY"]): e for e in _calendar(path).walk("VEVENT")}
    congress = events["Media congress (three days)"]
    assert congress.decoded("DTEND") - congress.decoded("DTSTART") == dt.timedelta(days=3)
    telethon = events["Charity telethon (30 hours)"]
    assert telethon.decoded("DTEND") - telethon.decoded("DTSTART") == dt.timedelta(hours=30)
    # The event without a UID got one that stays the same: a second import changes nothing.
    again = import_ics(db, CALENDARS / "features.ics")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)


def test_a_cancelled_event_cancels_the_imported_item(db, tmp_path):
    path = tmp_path / "c.ics"
    body = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.com\r\n"
        "DTSTART;VALUE=DATE:20261125\r\nSUMMARY:Брифинг\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path.write_text(body, encoding="utf-8")
    assert import_ics(db, path).created == 1
    cancelled = body.replace("CONFIRMED", "CANCELLED").replace("SEQUENCE:0", "SEQUENCE:1")
    path.write_text(cancelled, encoding="utf-8")
    assert import_ics(db, path).updated == 1
    (row,) = list_items(db, MONDAY, MONDAY + dt.timedelta(6))
    assert row.status == "cancelled"


def test_one_bad_part_is_skipped_with_a_message_and_the_rest_imports(db):
    report = import_ics(db, CALENDARS / "broken_parts.ics")
    text = "\n".join(report.problems)
    assert "time zone definition 'Europe/Berlin' (line 4) cannot be read" in text
    assert "'Press tour with a broken reminder' (line 19)" in text and "VALARM" in text
    assert "'Interview with an unreadable length' (line 36): its length (DURATION)" in text
    assert "'Rubric with two rules' (line 42): it has 2 repeat rules" in text
    assert "'Meeting with mixed times' (line 50): its start and end mix a floating time" in text
    assert "'Middle Earth Standard Time' is neither defined in the file" in text
    assert "'Event without a start'" in text
    assert report.skipped == 2
    rows = {txt(r.title): r for r in list_items(db, MONDAY, dt.date(2027, 1, 31))}
    assert rows["Briefing at the ministry"].time == dt.time(10)
    assert rows["Press tour with a broken reminder"].time == dt.time(10)
    # The broken VTIMEZONE is ignored; Europe/Berlin is still a known zone (UTC+1 in winter).
    assert rows["Call with the Berlin bureau"].time == dt.time(15)
    assert rows["Interview with an unreadable length"].duration_minutes == 60
    assert "Event in an unknown zone" not in rows
    # Two rules the plan cannot hold as one series: every date is an item of its own.
    dates = [
        r.date.isoformat()
        for r in list_items(db, MONDAY, dt.date(2027, 1, 31))
        if txt(r.title) == "Rubric with two rules"
    ]
    assert dates == ["2026-11-30", "2026-12-07", "2026-12-14", "2026-12-15", "2027-01-15"]


def test_library_warnings_go_to_the_log(db, tmp_path, caplog):
    path = tmp_path / "moz.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:m@example.com\r\n"
        "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20261125T100000\r\n"
        "SUMMARY:Guessed zone\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.INFO, logger="pressdesk.exchange.icalendar_read"):
        report = import_ics(db, path)
    assert report.created == 1
    assert any("globally unique TZID" in r.getMessage() for r in caplog.records)
    (row,) = list_items(db, MONDAY, MONDAY + dt.timedelta(6))
    assert row.time == dt.time(15)


def test_a_changed_occurrence_without_its_series_stands_alone(db, tmp_path):
    path = tmp_path / "o.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:lonely@example.com\r\n"
        "RECURRENCE-ID:20261125T100000\r\nDTSTART:20261125T110000\r\nSUMMARY:Moved\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    report = import_ics(db, path)
    assert report.created == 1 and "imported as an item of its own" in report.problems[0]
    with db.session() as session:
        assert session.scalar(select(PlanItem.ical_uid)) == "lonely@example.com#20261125T1000"


def test_clock_moves_the_endless_series_horizon(db, tmp_path):
    path = tmp_path / "daily.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:d@example.com\r\n"
        "DTSTART;VALUE=DATE:20260518\r\nRRULE:FREQ=YEARLY;BYWEEKNO=21;BYDAY=MO\r\n"
        "SUMMARY:Week 21\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    with clock.frozen(dt.datetime(2030, 1, 1, 9)):
        report = import_ics(db, path)
    assert "separate items" in report.problems[0]
    # Only the dates of a year either side of today are imported, not those since 2026.
    dates = [r.date for r in list_items(db, dt.date(2026, 1, 1), dt.date(2031, 12, 31))]
    assert dates == [dt.date(2029, 5, 21), dt.date(2030, 5, 20)]


def test_old_series_stay_series_and_dense_rules_are_cut(db, tmp_path):
    path = tmp_path / "rules.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nUID:daily@example.com\r\nDTSTART;TZID=Asia/Bishkek:20100104T090000\r\n"
        "RRULE:FREQ=DAILY\r\nSUMMARY:News round-up since 2010\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:dense@example.com\r\nDTSTART:20100104T090000\r\n"
        "RRULE:FREQ=DAILY;BYHOUR=0,2,4,6,8,10,12,14,16,18,20,22;BYMINUTE=0,15,30,45\r\n"
        "SUMMARY:Every quarter hour\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:hourly@example.com\r\nDTSTART:20261123T090000\r\n"
        "RRULE:FREQ=HOURLY\r\nSUMMARY:Hourly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    report = import_ics(db, path)
    assert report.created == 3
    text = "\n".join(report.problems)
    assert "'Every quarter hour'" in text and "repeats too often" in text
    assert "'Hourly'" in text and "more often than once a day" in text
    week = list_items(db, MONDAY, MONDAY + dt.timedelta(6))
    assert [r.date.day for r in week if txt(r.title) == "News round-up since 2010"] == list(
        range(23, 30)
    )
    assert [txt(r.title) for r in week if txt(r.title) == "Hourly"] == ["Hourly"]


def test_a_time_zone_one_file_defines_is_not_used_for_the_next(db, tmp_path):
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Office Time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    event = (
        "BEGIN:VEVENT\r\nUID:{uid}@example.com\r\nSUMMARY:{uid}\r\n"
        "DTSTART;TZID=Office Time:20261125T100000\r\nEND:VEVENT\r\n"
    )
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    first.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + zone + event.format(uid="one") + "END:VCALENDAR\r\n"
    )
    second.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + event.format(uid="two") + "END:VCALENDAR\r\n"
    )
    assert import_ics(db, first).created == 1
    report = import_ics(db, second)
    assert (
        report.created == 0 and "'Office Time' is neither defined in the file" in report.problems[0]
    )
