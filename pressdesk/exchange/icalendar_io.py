"""Write and read iCalendar (RFC 5545) files of plain calendar events."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from pressdesk import clock
from pressdesk.fileio import atomic_path

TZID = "Asia/Bishkek"
PRODID = "-//PressDesk//Content plan//KY-RU"
MAX_FILE_BYTES = 50 * 1024 * 1024
ICAL_STATUSES = ("TENTATIVE", "CONFIRMED", "CANCELLED")
_BISHKEK = ZoneInfo(TZID)


class IcsError(ValueError):
    """An iCalendar file cannot be read or written; the message says why."""


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT: a whole day (``time`` None) or a timed event in Bishkek time."""

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
    recurrence_id: dt.date | None = None


def _vtimezone() -> icalendar.Timezone:
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


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _vevent(event: CalendarEvent, stamp: dt.datetime) -> icalendar.Event:
    if event.status not in ICAL_STATUSES:
        raise IcsError(f"Unknown iCalendar status {event.status!r}.")
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    if event.time is None:
        vevent.add("dtstart", event.start)
        vevent.add("dtend", event.start + dt.timedelta(days=1))
        # Whole-day plan items should not block the day in the reader's calendar.
        vevent.add("transp", "TRANSPARENT")
    else:
        start = dt.datetime.combine(event.start, event.time, tzinfo=_BISHKEK)
        vevent.add("dtstart", start)
        vevent.add("dtend", start + dt.timedelta(minutes=event.duration_minutes))
    vevent.add("summary", event.summary)
    if event.description:
        vevent.add("description", event.description)
    if event.categories:
        vevent.add("categories", list(event.categories))
    vevent.add("status", event.status)
    vevent.add("sequence", event.sequence)
    if event.last_modified is not None:
        vevent.add("last-modified", _utc(event.last_modified))
    if event.url:
        vevent.add("url", event.url)
    if event.x_status:
        vevent.add("x-pressdesk-status", event.x_status)
    return vevent


def build_calendar(
    events: Iterable[CalendarEvent], *, name: str = "", now: dt.datetime | None = None
) -> icalendar.Calendar:
    """Return a VCALENDAR holding ``events`` and the Asia/Bishkek VTIMEZONE."""
    stamp = _utc(now or clock.utcnow_aware())
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


def _local(value: object) -> tuple[dt.date, dt.time | None]:
    if isinstance(value, dt.datetime):
        moment = value.astimezone(_BISHKEK) if value.tzinfo is not None else value
        return moment.date(), moment.time().replace(microsecond=0)
    if isinstance(value, dt.date):
        return value, None
    raise IcsError(f"Unreadable date {value!r}.")


def _text(component: icalendar.Component, name: str) -> str:
    value = component.get(name)
    return "" if value is None else str(value)


def _event(vevent: icalendar.Component) -> CalendarEvent:
    uid = _text(vevent, "UID").strip()
    if not uid:
        raise IcsError("an event without UID")
    if vevent.get("DTSTART") is None:
        raise IcsError(f"event {uid} has no start (DTSTART)")
    day, time = _local(vevent.decoded("DTSTART"))
    minutes = 60
    if time is not None:
        if vevent.get("DTEND") is not None:
            end = vevent.decoded("DTEND")
            start = vevent.decoded("DTSTART")
            if isinstance(end, dt.datetime) and isinstance(start, dt.datetime):
                minutes = int((end - start).total_seconds() // 60)
        elif vevent.get("DURATION") is not None:
            minutes = int(vevent.decoded("DURATION").total_seconds() // 60)
        minutes = max(0, min(minutes, 1440))
    categories: list[str] = []
    raw_categories = vevent.get("CATEGORIES")
    for entry in raw_categories if isinstance(raw_categories, list) else [raw_categories]:
        if entry is not None:
            categories.extend(str(c) for c in getattr(entry, "cats", [entry]))
    recurrence = vevent.get("RECURRENCE-ID")
    rrule = vevent.get("RRULE")
    modified = vevent.get("LAST-MODIFIED")
    return CalendarEvent(
        uid=uid,
        summary=_text(vevent, "SUMMARY").strip(),
        start=day,
        time=time,
        duration_minutes=minutes,
        description=_text(vevent, "DESCRIPTION"),
        categories=tuple(categories),
        status=_text(vevent, "STATUS").upper() or "TENTATIVE",
        sequence=int(vevent.get("SEQUENCE", 0)),
        last_modified=_utc(vevent.decoded("LAST-MODIFIED")).replace(tzinfo=None)
        if modified is not None
        else None,
        url=_text(vevent, "URL"),
        x_status=_text(vevent, "X-PRESSDESK-STATUS"),
        rrule=rrule.to_ical().decode() if rrule is not None else "",
        recurrence_id=_local(vevent.decoded("RECURRENCE-ID"))[0] if recurrence else None,
    )


def read_ics(path: str | os.PathLike[str]) -> tuple[list[CalendarEvent], list[str]]:
    """Read the events of an .ics file; return them and the problems of skipped events."""
    source = Path(path)
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise IcsError(f"{source.name} is larger than 50 MB; it is not a plan calendar.")
        data = source.read_bytes()
    except OSError as exc:
        raise IcsError(f"Cannot read {source}: {exc.strerror}.") from exc
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except ValueError as exc:
        raise IcsError(f"{source.name} is not an iCalendar file: {exc}") from exc
    events: list[CalendarEvent] = []
    problems: list[str] = []
    for cal in calendars:
        for vevent in cal.walk("VEVENT"):
            try:
                events.append(_event(vevent))
            except (IcsError, ValueError, TypeError, KeyError) as exc:
                problems.append(f"Skipped {exc}.")
    if not events and not problems and not calendars:
        raise IcsError(f"{source.name} holds no calendar.")
    return events, problems
