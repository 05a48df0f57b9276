"""Write iCalendar (RFC 5545) files of calendar events; reading is in icalendar_read.

Plain events and series (one VEVENT with RRULE and EXDATE, plus one VEVENT with RECURRENCE-ID
per changed occurrence), all in Asia/Bishkek time.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

from pressdesk import clock
from pressdesk.exchange.errors import IcsError
from pressdesk.fileio import atomic_path

if TYPE_CHECKING:
    # icalendar is imported by the functions that build a calendar: the calendar values
    # above are read by documents and lists that never write one.
    import icalendar

TZID = "Asia/Bishkek"
PRODID = "-//PressDesk//Content plan//KY-RU"
ICAL_STATUSES = ("TENTATIVE", "CONFIRMED", "CANCELLED")
_BISHKEK = ZoneInfo(TZID)

Moment = dt.date | dt.datetime


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT to write: a whole day (``time`` None) or a timed event in Bishkek time.

    ``duration_minutes`` may exceed a day; an all-day event lasts ``days`` days. A series has
    ``rrule`` (the plan's rule, UNTIL as a date) with ``exdates`` and ``rdates``; a changed
    occurrence has ``recurrence_id``: the date (and, for a timed series, the time) it replaces.
    """

    uid: str
    summary: str
    start: dt.date
    time: dt.time | None = None
    duration_minutes: int = 60
    description: str = ""
    categories: tuple[str, ...] = ()
    status: str = "TENTATIVE"
    sequence: int = 0
    last_modified: dt.datetime | None = None
    url: str = ""
    x_status: str = ""
    rrule: str = ""
    recurrence_id: Moment | None = None
    exdates: tuple[dt.date, ...] = ()
    rdates: tuple[dt.date, ...] = ()
    days: int = 1


def _vtimezone() -> icalendar.Timezone:
    import icalendar

    # Kyrgyzstan has kept UTC+6 all year since 2005. One STANDARD rule is exact for any plan
    # date, and Outlook reads a short VTIMEZONE more reliably than the full zone history.
    tz = icalendar.Timezone()
    tz.add("tzid", TZID)
    standard = icalendar.TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", dt.timedelta(hours=6))
    standard.add("tzoffsetto", dt.timedelta(hours=6))
    standard.add("tzname", "+06")
    tz.add_component(standard)
    return tz


def utc(moment: dt.datetime) -> dt.datetime:
    """Return ``moment`` in UTC (a naive one is taken as UTC already)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _at(day: dt.date, time: dt.time | None) -> Moment:
    return day if time is None else dt.datetime.combine(day, time, tzinfo=_BISHKEK)


def _rule_for(event: CalendarEvent) -> icalendar.vRecur:
    import icalendar

    rule = event.rrule
    if event.time is not None:
        # With a zoned start, UNTIL must be a UTC time (RFC 5545 3.3.10): the end of that day.
        def until(match: re.Match[str]) -> str:
            day = dt.datetime.strptime(match[1], "%Y%m%d")
            last = dt.datetime.combine(day.date(), dt.time(23, 59, 59), tzinfo=_BISHKEK)
            return "UNTIL=" + last.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

        rule = re.sub(r"UNTIL=(\d{8})(?![0-9T])", until, rule)
    return cast(icalendar.vRecur, icalendar.vRecur.from_ical(rule))


def _vevent(event: CalendarEvent, stamp: dt.datetime) -> icalendar.Event:
    import icalendar

    if event.status not in ICAL_STATUSES:
        raise IcsError(f"Unknown iCalendar status {event.status!r}.")
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    if event.recurrence_id is not None:
        vevent.add("recurrence-id", event.recurrence_id)
    if event.time is None:
        vevent.add("dtstart", event.start)
        vevent.add("dtend", event.start + dt.timedelta(days=max(1, event.days)))
        # Whole-day plan items should not block the day in the reader's calendar.
        vevent.add("transp", "TRANSPARENT")
    else:
        start = dt.datetime.combine(event.start, event.time, tzinfo=_BISHKEK)
        vevent.add("dtstart", start)
        vevent.add("dtend", start + dt.timedelta(minutes=event.duration_minutes))
    if event.rrule:
        vevent.add("rrule", _rule_for(event))
        if event.exdates:
            vevent.add("exdate", [_at(d, event.time) for d in event.exdates])
        if event.rdates:
            vevent.add("rdate", [_at(d, event.time) for d in event.rdates])
    vevent.add("summary", event.summary)
    if event.description:
        vevent.add("description", event.description)
    if event.categories:
        vevent.add("categories", list(event.categories))
    vevent.add("status", event.status)
    vevent.add("sequence", event.sequence)
    if event.last_modified is not None:
        vevent.add("last-modified", utc(event.last_modified))
    if event.url:
        vevent.add("url", event.url)
    if event.x_status:
        vevent.add("x-pressdesk-status", event.x_status)
    return vevent


def build_calendar(
    events: Iterable[CalendarEvent], *, name: str = "", now: dt.datetime | None = None
) -> icalendar.Calendar:
    """Return a VCALENDAR holding ``events`` (one VEVENT each) and the Asia/Bishkek VTIMEZONE."""
    import icalendar

    stamp = utc(now or clock.utcnow_aware())
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", TZID)
    cal.add_component(_vtimezone())
    for event in events:
        cal.add_component(_vevent(event, stamp))
    return cal


def write_ics(
    path: str | os.PathLike[str],
    events: Iterable[CalendarEvent],
    *,
    name: str = "",
    now: dt.datetime | None = None,
) -> None:
    """Write ``events`` to ``path`` atomically (CRLF lines, long lines folded)."""
    data = build_calendar(events, name=name, now=now).to_ical()
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
