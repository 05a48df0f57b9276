"""iCalendar values read from files: dates, times, durations and the skipped events."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pressdesk.exchange.icalendar_read import IcsContent, IcsEvent, _in_years, read_ics

UTC = dt.UTC


def read(tmp_path: Path, *events: str, eol: str = "\r\n") -> IcsContent:
    """Read a calendar of ``events``, each given as its property lines."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for body in events:
        lines += ["BEGIN:VEVENT", *body.strip("\n").split("\n"), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path = tmp_path / "plan.ics"
    path.write_bytes(eol.join(lines).encode("utf-8"))
    return read_ics(path)


def event(tmp_path: Path, body: str) -> tuple[IcsEvent, list[str]]:
    content = read(tmp_path, body)
    assert len(content.events) == 1, content.problems
    return content.events[0], content.problems


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (dt.date(1899, 12, 31), False),
        (dt.date(1900, 1, 1), False),
        (dt.date(1900, 1, 2), True),
        (dt.datetime(1900, 1, 2, 0, 0), True),
        (dt.date(1900, 12, 31), True),
        (dt.date(1901, 1, 1), True),
        (dt.date(2198, 12, 31), True),
        (dt.date(2199, 1, 1), True),
        (dt.date(2199, 12, 30), True),
        (dt.datetime(2199, 12, 30, 23, 59), True),
        (dt.date(2199, 12, 31), False),
        (dt.datetime(2199, 12, 31, 0, 0), False),
        (dt.date(2200, 1, 1), False),
    ],
)
def test_the_years_a_plan_date_may_have(moment: dt.date, inside: bool) -> None:
    assert _in_years(moment) is inside


def test_a_start_outside_the_years_skips_the_event(tmp_path: Path) -> None:
    content = read(
        tmp_path,
        "UID:a\nSUMMARY:Early\nDTSTART;VALUE=DATE:19000101",
        "UID:b\nSUMMARY:First day\nDTSTART;VALUE=DATE:19000102",
        "UID:c\nSUMMARY:Last day\nDTSTART;VALUE=DATE:21991230",
        "UID:d\nDTSTART:21991231T100000",
    )
    assert [e.uid for e in content.events] == ["b", "c"]
    assert content.skipped == 2
    assert content.problems == [
        "Event 'Early' (line 4) was skipped: its start (DTSTART) is in the year 1900; "
        "the plan takes dates of the years 1900–2199.",
        "Event on line 19 was skipped: its start (DTSTART) is in the year 2199; "
        "the plan takes dates of the years 1900–2199.",
    ]


def test_lengths_from_dtend_or_duration_or_the_default(tmp_path: Path) -> None:
    cases = {
        "DTSTART;VALUE=DATE:20270105": dt.timedelta(days=1),
        "DTSTART:20270105T100000": dt.timedelta(hours=1),
        "DTSTART;VALUE=DATE:20270105\nDTEND;VALUE=DATE:20270108": dt.timedelta(days=3),
        "DTSTART:20270105T100000\nDTEND:20270105T100000": dt.timedelta(0),
        "DTSTART:20270105T100000\nDTEND:20270105T113000": dt.timedelta(minutes=90),
        "DTSTART:20270105T100000Z\nDTEND;TZID=Asia/Bishkek:20270105T170000": dt.timedelta(hours=1),
        "DTSTART:20270105T100000\nDURATION:PT0S": dt.timedelta(0),
        "DTSTART:20270105T100000\nDURATION:PT2H": dt.timedelta(hours=2),
        "DTSTART;VALUE=DATE:20270105\nDURATION:P2D": dt.timedelta(days=2),
    }
    for body, length in cases.items():
        found, problems = event(tmp_path, "UID:x\n" + body)
        assert (found.duration, problems) == (length, []), body
        assert found.all_day is ("VALUE=DATE:" in body.split("\n")[0])


@pytest.mark.parametrize(
    ("body", "length", "problem"),
    [
        (
            "DTSTART:20270105T100000\nDTEND:20270105T095959",
            dt.timedelta(hours=1),
            "it ends before it starts; the end was ignored",
        ),
        (
            "DTSTART;VALUE=DATE:20270105\nDTEND;VALUE=DATE:20270104",
            dt.timedelta(days=1),
            "it ends before it starts; the end was ignored",
        ),
        (
            "DTSTART:20270105T100000\nDTEND;VALUE=DATE:20270106",
            dt.timedelta(hours=1),
            "its start and end mix a date and a time; the end was ignored",
        ),
        (
            "DTSTART;VALUE=DATE:20270105\nDTEND:20270106T100000",
            dt.timedelta(days=1),
            "its start and end mix a date and a time; the end was ignored",
        ),
        (
            "DTSTART:20270105T100000\nDTEND:20270105T120000Z",
            dt.timedelta(hours=1),
            "its start and end mix a floating time and a time with a zone; the end was ignored",
        ),
        (
            "DTSTART:20270105T100000Z\nDTEND:20270105T120000",
            dt.timedelta(hours=1),
            "its start and end mix a floating time and a time with a zone; the end was ignored",
        ),
        (
            "DTSTART:20270105T100000\nDTEND;TZID=Mars/Olympus:20270105T120000",
            dt.timedelta(hours=1),
            "its end names the unknown time zone 'Mars/Olympus'; ignored",
        ),
        (
            "DTSTART:20270105T100000\nDURATION:-PT1H",
            dt.timedelta(hours=1),
            "its length (DURATION) is negative; ignored",
        ),
        (
            "DTSTART;VALUE=DATE:20270105\nDURATION:-P1D",
            dt.timedelta(days=1),
            "its length (DURATION) is negative; ignored",
        ),
    ],
)
def test_an_end_or_length_that_cannot_be_used_is_named(
    tmp_path: Path, body: str, length: dt.timedelta, problem: str
) -> None:
    found, problems = event(tmp_path, "UID:x\nSUMMARY:Брифинг\n" + body)
    assert found.duration == length
    assert problems == [f"Event 'Брифинг' (line 4): {problem}."]


def test_an_unreadable_end_or_length_is_named_and_the_other_used(tmp_path: Path) -> None:
    found, problems = event(
        tmp_path, "UID:x\nDTSTART:20270105T100000\nDTEND:tomorrow\nDURATION:PT2H"
    )
    assert found.duration == dt.timedelta(hours=2)
    assert len(problems) == 1
    assert problems[0].startswith("Event on line 4: its end (DTEND) cannot be read (")
    assert problems[0].endswith("); ignored.")
    found, problems = event(tmp_path, "UID:x\nDTSTART:20270105T100000\nDURATION:soon")
    assert found.duration == dt.timedelta(hours=1)
    assert re.fullmatch(
        r"Event on line 4: its length \(DURATION\) cannot be read \(.+\); one hour was assumed\.",
        problems[0],
    )
    found, problems = event(tmp_path, "UID:x\nDTSTART;VALUE=DATE:20270105\nDURATION:soon")
    assert found.duration == dt.timedelta(days=1)
    assert problems[0].endswith("); one day was assumed.")


def test_times_keep_their_zone_or_float(tmp_path: Path) -> None:
    found, _ = event(tmp_path, "UID:x\nDTSTART;TZID=Asia/Bishkek:20270105T100000")
    assert found.start == dt.datetime(2027, 1, 5, 10, 0, tzinfo=ZoneInfo("Asia/Bishkek"))
    assert found.start.utcoffset() == dt.timedelta(hours=6)
    found, _ = event(tmp_path, "UID:x\nDTSTART:20270105T100000Z")
    assert found.start == dt.datetime(2027, 1, 5, 10, 0, tzinfo=UTC)
    found, _ = event(tmp_path, "UID:x\nDTSTART:20270105T100000")
    assert found.start == dt.datetime(2027, 1, 5, 10, 0)
    assert found.start.tzinfo is None


def test_a_start_that_is_missing_doubled_or_in_an_unknown_zone(tmp_path: Path) -> None:
    content = read(
        tmp_path,
        "UID:a\nSUMMARY:No start",
        "UID:b\nSUMMARY:Mars\nDTSTART;TZID=Mars/Olympus:20270105T100000",
        "UID:c\nDTSTART:20270105T100000\nDTSTART:20270106T100000",
    )
    assert [e.uid for e in content.events] == ["c"]
    assert content.events[0].start == dt.datetime(2027, 1, 5, 10, 0)
    assert content.problems == [
        "Event 'No start' (line 4) was skipped: it has no start (DTSTART).",
        "Event 'Mars' (line 8) was skipped: its time zone 'Mars/Olympus' is neither defined in "
        "the file (VTIMEZONE) nor a known zone, so its time in Bishkek cannot be told.",
        "Event on line 13: it has two starts (DTSTART); the first was used.",
    ]


def test_exdates_and_rdates_of_every_form(tmp_path: Path) -> None:
    found, problems = event(
        tmp_path,
        "UID:x\nDTSTART:20270105T100000Z\nRRULE:FREQ=DAILY;COUNT=9\n"
        "EXDATE:20270106T100000Z,20270107T100000Z\nEXDATE:20270109T100000Z\n"
        "RDATE;VALUE=PERIOD:20270120T100000Z/PT1H\nRDATE;VALUE=DATE:20270121",
    )
    assert problems == []
    assert found.rrules == ["FREQ=DAILY;COUNT=9"]
    assert found.exdates == [
        dt.datetime(2027, 1, 6, 10, tzinfo=UTC),
        dt.datetime(2027, 1, 7, 10, tzinfo=UTC),
        dt.datetime(2027, 1, 9, 10, tzinfo=UTC),
    ]
    assert found.rdates == [dt.datetime(2027, 1, 20, 10, tzinfo=UTC), dt.date(2027, 1, 21)]


def test_exdates_outside_the_years_are_counted_and_left_out(tmp_path: Path) -> None:
    found, problems = event(
        tmp_path,
        "UID:x\nDTSTART;VALUE=DATE:20270105\n"
        "EXDATE;VALUE=DATE:18500101,20270106,22000101\nRDATE;VALUE=DATE:19000101",
    )
    assert found.exdates == [dt.date(2027, 1, 6)]
    assert found.rdates == []
    assert problems == [
        "Event on line 4: 2 of its EXDATE dates are outside the years 1900–2199; ignored.",
        "Event on line 4: 1 of its RDATE dates are outside the years 1900–2199; ignored.",
    ]


def test_texts_of_an_event(tmp_path: Path) -> None:
    found, _ = event(
        tmp_path,
        "UID: u-1 \nDTSTART:20270105T100000\nSUMMARY:  Пресс-  \n конференция\n"
        "DESCRIPTION:Биринчи сап\\nэкинчи\nSTATUS: tentative \nURL:https://gov.kg/x\n"
        "X-PRESSDESK-STATUS:approved\nCATEGORIES:Маалымат,Пресс\nCATEGORIES:Radio\n"
        "SEQUENCE:3",
    )
    assert found.uid == "u-1"
    assert found.summary == "Пресс- конференция"
    assert found.description == "Биринчи сап\nэкинчи"
    assert found.status == "TENTATIVE"
    assert found.url == "https://gov.kg/x"
    assert found.x_status == "approved"
    assert found.categories == ("Маалымат", "Пресс", "Radio")
    assert found.sequence == 3
    assert found.uid_derived is False
    bare, _ = event(tmp_path, "UID:u\nDTSTART:20270105T100000")
    assert (bare.summary, bare.description, bare.url, bare.status) == ("", "", "", "")
    assert bare.label == "UID u (line 4)"


def test_a_uid_made_from_the_start_end_and_title_stays_the_same(tmp_path: Path) -> None:
    body = "DTSTART:20270105T100000\nDTEND:20270105T110000\nSUMMARY:Брифинг"
    first, _ = event(tmp_path, body)
    # Pinned: a file imported again after an upgrade must find the same events.
    assert first.uid == "0a8f19be76249cd243ded4ce@derived.pressdesk"
    assert first.uid_derived is True
    again, _ = event(tmp_path, "UID: \n" + body)
    assert again.uid == first.uid
    others = {
        event(tmp_path, body.replace("T100000", "T090000"))[0].uid,
        event(tmp_path, body.replace("T110000", "T120000"))[0].uid,
        event(tmp_path, body.replace("Брифинг", "Брифинг 2"))[0].uid,
        event(tmp_path, "DTSTART:20270105T100000")[0].uid,
    }
    assert len(others) == 4 and first.uid not in others
    assert all(re.fullmatch(r"[0-9a-f]{24}@derived\.pressdesk", uid) for uid in others)
    # An event with a start alone is pinned too: its missing end and title count as empty.
    bare, _ = event(tmp_path, "DTSTART:20270105T100000")
    assert bare.uid == "39f918a9a33df6abc0310eb5@derived.pressdesk"


def test_lines_are_unfolded_whatever_their_ends(tmp_path: Path) -> None:
    for eol in ("\r\n", "\n", "\r"):
        content = read(
            tmp_path, "UID:x\nDTSTART:20270105T100000\nSUMMARY:Бир\n  эки\n\t үч", eol=eol
        )
        assert [e.summary for e in content.events] == ["Бир эки үч"], eol
        assert content.events[0].line == 4


def test_a_start_given_as_a_period_starts_at_the_periods_start(tmp_path: Path) -> None:
    found, problems = event(tmp_path, "UID:p\nDTSTART;VALUE=PERIOD:20270305T100000/PT2H")
    assert found.start == dt.datetime(2027, 3, 5, 10, 0)
    assert problems == []


def test_a_recurrence_id_that_is_not_a_date_is_ignored(tmp_path: Path) -> None:
    found, _ = event(tmp_path, "UID:r\nDTSTART:20270305T100000\nRECURRENCE-ID:P1D")
    assert found.recurrence_id is None
    assert found.start == dt.datetime(2027, 3, 5, 10, 0)


def test_the_last_line_of_a_file_may_be_folded_too(tmp_path: Path) -> None:
    # No END:VCALENDAR (a complete calendar otherwise), and the END:VEVENT line folded.
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "UID:f",
            "DTSTART:20270305T100000",
            "SUMMARY:Брифинг",
            "END:VEV",
            " ENT",
        ]
    )
    path = tmp_path / "plan.ics"
    path.write_bytes(text.encode("utf-8"))
    content = read_ics(path)
    assert [e.summary for e in content.events] == ["Брифинг"]
    assert content.skipped == 0
