"""Read iCalendar (RFC 5545) files event by event, each in its own time zone.

Times are kept as the file gives them: a repeat rule has to be expanded in the event's zone
before its dates are moved to Bishkek (a Friday-evening series in Stockholm falls on Saturdays
in Bishkek; see services.plan_ical_series). One broken part of a file — a time zone with an
impossible offset, an alarm with an unreadable trigger, a line that is not iCalendar, an event
without a start — is left out with a message naming it; the rest of the file is read. The
library's own warnings go to the log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import icalendar

from pressdesk.exchange.encodings import decode_bytes, is_cut_utf16
from pressdesk.exchange.errors import IcsError
from pressdesk.exchange.errors import ical_phrase as _phrase
from pressdesk.exchange.icalendar_io import Moment, utc
from pressdesk.exchange.limits import (
    FIRST_YEAR,
    ICS_EVENTS,
    ICS_FILE_BYTES,
    LAST_YEAR,
    LimitExceeded,
    check_size,
)
from pressdesk.messages import Detail, Message, Term

log = logging.getLogger(__name__)


@dataclass
class IcsEvent:
    """One VEVENT as the file gives it, times in their own zone (naive: floating)."""

    uid: str
    line: int
    start: Moment
    duration: dt.timedelta
    summary: str = ""
    description: str = ""
    categories: tuple[str, ...] = ()
    status: str = ""
    sequence: int = 0
    last_modified: dt.datetime | None = None
    url: str = ""
    x_status: str = ""
    rrules: list[str] = field(default_factory=list)
    exdates: list[Moment] = field(default_factory=list)
    rdates: list[Moment] = field(default_factory=list)
    recurrence_id: Moment | None = None
    # The UID was made up from the start and title: the file gave none.
    uid_derived: bool = False
    # What of this event could not be read and was left out.
    problems: list[Message] = field(default_factory=list)

    @property
    def all_day(self) -> bool:
        """Return True for an event on whole days (DTSTART is a date)."""
        return not isinstance(self.start, dt.datetime)

    @property
    def label(self) -> str:
        """Return how the English messages name this event: "'title' (line 4)"."""
        return str(self.named).removeprefix("Event ")

    @property
    def named(self) -> Message:
        """Return how messages name this event: its title (else its UID) and its line."""
        if self.summary:
            return _phrase("event_titled", title=repr(self.summary[:60]), line=self.line)
        return _phrase("event_uid", uid=self.uid, line=self.line)


@dataclass
class IcsContent:
    """What was read from a file: the events and the parts that were left out."""

    events: list[IcsEvent] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)
    # Events left out because they could not be read.
    skipped: int = 0
    # Components the plan does not import, by name (VTODO, VJOURNAL …).
    others: dict[str, int] = field(default_factory=dict)


@dataclass
class _Block:
    name: str
    line: int
    lines: list[tuple[int, str]] = field(default_factory=list)
    children: list[_Block] = field(default_factory=list)
    bad_lines: list[int] = field(default_factory=list)

    def text(self, *, children: bool = True) -> str:
        body = [f"BEGIN:{self.name}"]
        body += [text for _, text in self.lines]
        if children:
            body += [child.text() for child in self.children]
        body.append(f"END:{self.name}")
        return "\r\n".join(body)


_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+(?:;[^:]*)?:")
_NAMES = {
    "VEVENT": Term("event"),
    "VTIMEZONE": Term("time zone definition"),
    "VALARM": Term("reminder (VALARM)"),
    "VTODO": Term("task (VTODO)"),
    "VJOURNAL": Term("journal entry (VJOURNAL)"),
}


def _unfold(text: str) -> Iterator[tuple[int, str]]:
    current: list[str] = []
    start = 0
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if raw[:1] in (" ", "\t") and current:
            current.append(raw[1:])
            continue
        if current:
            yield start, "".join(current)
        current, start = [raw], number
    if current:
        yield start, "".join(current)


def _blocks(text: str, content: IcsContent, name: str = "The file") -> list[_Block]:
    """Split the text into VCALENDAR blocks with their components, line numbers kept."""
    problems = content.problems
    calendars: list[_Block] = []
    stack: list[_Block] = []
    implicit: _Block | None = None
    events = 0
    file = name
    for number, raw in _unfold(text):
        if not raw.strip():
            continue
        if not _CONTENT_LINE.match(raw):
            if stack:
                stack[-1].bad_lines.append(number)
            else:
                problems.append(Message("ical.not_a_line", line=number))
            continue
        head, _, value = raw.partition(":")
        name = head.split(";", 1)[0].upper()
        if name == "BEGIN":
            block = _Block(value.strip().upper(), number)
            if block.name == "VEVENT":
                events += 1
                if events > ICS_EVENTS.value:
                    raise LimitExceeded(ICS_EVENTS, file)
            if stack:
                stack[-1].children.append(block)
            elif block.name == "VCALENDAR":
                calendars.append(block)
            else:
                # Some programs write bare events without the VCALENDAR around them.
                if implicit is None:
                    implicit = _Block("VCALENDAR", number)
                    calendars.append(implicit)
                implicit.children.append(block)
            stack.append(block)
        elif name == "END":
            wanted = value.strip().upper()
            if wanted not in {block.name for block in stack}:
                problems.append(Message("ical.end_never_begun", line=number, name=wanted))
                continue
            while stack and stack[-1].name != wanted:
                dropped = stack.pop()
                content.skipped += dropped.name == "VEVENT"
                problems.append(
                    Message(
                        "ical.no_end",
                        what=_NAMES.get(dropped.name, dropped.name),
                        line=dropped.line,
                        name=dropped.name,
                    )
                )
                if stack:
                    stack[-1].children.remove(dropped)
                elif dropped in calendars:
                    calendars.remove(dropped)
            if stack:
                stack.pop()
        elif stack:
            stack[-1].lines.append((number, raw))
    for block in reversed(stack):
        if block.name == "VCALENDAR":
            continue  # only END:VCALENDAR is missing: everything before it is complete
        what = _NAMES.get(block.name, block.name)
        content.skipped += block.name == "VEVENT"
        problems.append(Message("ical.cut_short", what=what, line=block.line, name=block.name))
        index = stack.index(block)
        if index:
            stack[index - 1].children.remove(block)
        elif implicit is not None and block in implicit.children:
            implicit.children.remove(block)
    calendars = [c for c in calendars if c.children or c.lines]
    return calendars


def _parse(text: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(text)
    assert isinstance(calendar, icalendar.Calendar)
    return calendar


_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PressDesk//import//EN\r\n"
_TAIL = "\r\nEND:VCALENDAR\r\n"


def _good_timezones(calendar: _Block, problems: list[Message]) -> list[str]:
    found: list[str] = []
    for block in calendar.children:
        if block.name != "VTIMEZONE":
            continue
        tzid = next((v for n, v in block.lines if v.upper().startswith("TZID")), "")
        tzid = tzid.partition(":")[2].strip()
        if not tzid:
            problems.append(Message("ical.zone_no_tzid", line=block.line))
            continue
        try:
            parsed = _parse(_HEAD + block.text() + _TAIL)
            for zone in parsed.walk("VTIMEZONE"):
                if isinstance(zone, icalendar.Timezone):
                    zone.to_tz()
        except Exception as exc:  # any failure of the library means "unreadable"
            detail = Detail(f" ({exc})")
            why = Message("ical.zone_unreadable", tzid=repr(tzid), line=block.line, detail=detail)
            problems.append(why)
            continue
        found.append(block.text())
    return found


def _alarm_problems(block: _Block, label: Message) -> list[Message]:
    found: list[Message] = []
    for child in block.children:
        if child.name != "VALARM":
            continue
        try:
            parsed = _parse(_HEAD + "BEGIN:VEVENT\r\n" + child.text() + "\r\nEND:VEVENT" + _TAIL)
            for alarm in parsed.walk("VALARM"):
                if "TRIGGER" not in alarm:
                    raise ValueError("it has no TRIGGER")
                alarm.decoded("TRIGGER")
        except Exception as exc:  # the reminder is not imported anyway
            why = Message("ical.alarm_unreadable", line=child.line, detail=Detail(f" ({exc})"))
            found.append(_phrase("of_event", event=label, problem=why))
    return found


def _summary_of(block: _Block) -> str:
    for _, raw in block.lines:
        if raw.upper().startswith("SUMMARY"):
            return raw.partition(":")[2].strip()[:60]
    return ""


def _label(block: _Block) -> Message:
    summary = _summary_of(block)
    if summary:
        return _phrase("event_titled", title=repr(summary), line=block.line)
    return _phrase("event_on_line", line=block.line)


def _events_of(calendar: _Block, content: IcsContent) -> None:
    zones = _good_timezones(calendar, content.problems)
    blocks = [b for b in calendar.children if b.name == "VEVENT"]
    for block in calendar.children:
        if block.name not in {"VEVENT", "VTIMEZONE"}:
            content.others[block.name] = content.others.get(block.name, 0) + 1
    prefix = _HEAD + "".join(z + "\r\n" for z in zones)
    parsed: list[icalendar.Component | None]
    try:
        whole = _parse(prefix + "\r\n".join(b.text(children=False) for b in blocks) + _TAIL)
        parsed = list(whole.walk("VEVENT"))
        if len(parsed) != len(blocks):
            raise ValueError("the events did not parse one by one")
    except Exception:  # find the broken event by reading them one by one
        parsed = []
        for block in blocks:
            try:
                parsed.append(_parse(prefix + block.text(children=False) + _TAIL).walk("VEVENT")[0])
            except Exception as exc:  # reported and left out
                content.problems.append(
                    Message(
                        "ical.unreadable_event", event=_label(block), detail=Detail(f" ({exc})")
                    )
                )
                content.skipped += 1
                parsed.append(None)
    for block, vevent in zip(blocks, parsed, strict=True):
        if vevent is None:
            continue
        label = _label(block)
        content.problems.extend(_alarm_problems(block, label))
        for number in block.bad_lines:
            why = _phrase("line_in_event", line=number)
            content.problems.append(Message("ical.remark", event=label, problem=why))
        try:
            event = _event(vevent, block.line)
        except _Skip as exc:
            content.problems.append(Message("ical.skipped", event=label, problem=exc.args[0]))
            content.skipped += 1
            continue
        content.problems.extend(
            Message("ical.remark", event=label, problem=p) for p in event.problems
        )
        event.problems = []
        content.events.append(event)


class _Skip(Exception):
    """An event cannot be used; its one argument, a ``Message``, says why."""


# The years a plan date may have, as the sentences name them.
_YEARS = {"first": str(FIRST_YEAR), "last": str(LAST_YEAR)}


def _in_years(moment: Moment) -> bool:
    """Return True if ``moment`` falls in the years a plan date may have, in any time zone."""
    # A day's margin: a zoned time on 1 January 1900 is 31 December 1899 somewhere.
    return FIRST_YEAR <= moment.year <= LAST_YEAR and (
        moment.year not in {FIRST_YEAR, LAST_YEAR}
        or dt.date(FIRST_YEAR, 1, 2) <= _day(moment) <= dt.date(LAST_YEAR, 12, 30)
    )


def _day(moment: Moment) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(component: icalendar.Component, name: str) -> str:
    value = _first(component.get(name))
    return "" if value is None else str(value)


def _moment(component: icalendar.Component, name: str) -> tuple[Moment | None, str]:
    """Return the date or time of ``name`` and the TZID it names but nobody defines."""
    prop = _first(component.get(name))
    if prop is None or not hasattr(prop, "dt"):
        return None, ""
    value = prop.dt
    if isinstance(value, tuple):
        value = value[0]
    if not isinstance(value, dt.date):
        return None, ""
    tzid = str(getattr(prop, "params", {}).get("TZID", "") or "")
    unknown = tzid if isinstance(value, dt.datetime) and value.tzinfo is None and tzid else ""
    return value, unknown


def _moments(component: icalendar.Component, name: str, problems: list[Message]) -> list[Moment]:
    found: list[Moment] = []
    outside = 0
    value = component.get(name)
    for entry in value if isinstance(value, list) else [value]:
        for item in getattr(entry, "dts", []):
            moment = item.dt
            if isinstance(moment, tuple):
                moment = moment[0]  # a PERIOD: its start is the occurrence
            if isinstance(moment, dt.date) and not _in_years(moment):
                outside += 1
            elif isinstance(moment, dt.date):
                found.append(moment)
    if outside:
        problems.append(_phrase("dates_outside", count=outside, name=name, **_YEARS))
    return found


def derived_uid(vevent: icalendar.Component) -> str:
    """Return a UID made from the start and title, the same each time the file is read."""
    key = "|".join(
        str(_first(vevent.get(name)).to_ical() if vevent.get(name) is not None else "")
        for name in ("DTSTART", "DTEND", "SUMMARY")
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24] + "@derived.pressdesk"


def _broken(vevent: icalendar.Component) -> dict[str, str]:
    return {str(name).upper(): str(message) for name, message in vevent.errors}


def _event(vevent: icalendar.Component, line: int) -> IcsEvent:
    broken = _broken(vevent)
    if "DTSTART" in broken:
        raise _Skip(_phrase("start_unreadable", detail=Detail(f": {broken['DTSTART']}")))
    problems: list[Message] = []
    if isinstance(vevent.get("DTSTART"), list):
        problems.append(_phrase("two_starts"))
    start, unknown = _moment(vevent, "DTSTART")
    if start is None:
        raise _Skip(_phrase("no_start"))
    if not _in_years(start):
        raise _Skip(_phrase("start_year", year=str(start.year), **_YEARS))
    if unknown:
        raise _Skip(_phrase("unknown_zone", zone=repr(unknown)))
    duration = _duration(vevent, start, broken, problems)
    uid = _text(vevent, "UID").strip()
    derived = not uid
    if derived:
        uid = derived_uid(vevent)
    rrules: list[str] = []
    if "RRULE" in broken:
        problems.append(_phrase("rule_unreadable", detail=Detail(f" ({broken['RRULE']})")))
    else:
        raw = vevent.get("RRULE")
        for rule in raw if isinstance(raw, list) else [raw] if raw is not None else []:
            rrules.append(rule.to_ical().decode())
    for name in ("EXDATE", "RDATE"):
        if name in broken:
            problems.append(
                _phrase("property_unreadable", name=name, detail=Detail(f" ({broken[name]})"))
            )
    if "RECURRENCE-ID" in broken:
        raise _Skip(_phrase("changed_unreadable", detail=Detail(": " + broken["RECURRENCE-ID"])))
    recurrence, rid_zone = _moment(vevent, "RECURRENCE-ID")
    if recurrence is not None and not _in_years(recurrence):
        raise _Skip(_phrase("changed_year", year=str(recurrence.year), **_YEARS))
    if rid_zone:
        raise _Skip(_phrase("changed_zone", zone=repr(rid_zone)))
    rid_prop = _first(vevent.get("RECURRENCE-ID"))
    if rid_prop is not None and str(rid_prop.params.get("RANGE", "")).upper() == "THISANDFUTURE":
        problems.append(_phrase("this_and_future"))
    categories: list[str] = []
    raw_categories = vevent.get("CATEGORIES")
    for entry in raw_categories if isinstance(raw_categories, list) else [raw_categories]:
        if entry is not None:
            categories.extend(str(c) for c in getattr(entry, "cats", [entry]))
    try:
        sequence = int(_first(vevent.get("SEQUENCE", 0)))
    except (TypeError, ValueError):
        sequence = 0
    modified: Moment | None = None
    if "LAST-MODIFIED" in broken:
        problems.append(
            Message(
                "problem.ical_property_unreadable",
                name="LAST-MODIFIED",
                detail=Detail(f" ({broken['LAST-MODIFIED']})"),
            )
        )
    else:
        modified, _ = _moment(vevent, "LAST-MODIFIED")
        if modified is not None and not _in_years(modified):
            problems.append(_phrase("modified_year", year=str(modified.year)))
            modified = None
    return IcsEvent(
        uid=uid,
        line=line,
        start=start,
        duration=duration,
        summary=" ".join(_text(vevent, "SUMMARY").split()),
        description=_text(vevent, "DESCRIPTION"),
        categories=tuple(categories),
        status=_text(vevent, "STATUS").strip().upper(),
        sequence=max(0, sequence),
        last_modified=utc(modified).replace(tzinfo=None)
        if isinstance(modified, dt.datetime)
        else None,
        url=_text(vevent, "URL"),
        x_status=_text(vevent, "X-PRESSDESK-STATUS"),
        rrules=rrules,
        exdates=[] if "EXDATE" in broken else _moments(vevent, "EXDATE", problems),
        rdates=[] if "RDATE" in broken else _moments(vevent, "RDATE", problems),
        recurrence_id=recurrence,
        uid_derived=derived,
        problems=problems,
    )


_DEFAULT_LENGTH = dt.timedelta(hours=1)


def _duration(
    vevent: icalendar.Component, start: Moment, broken: dict[str, str], problems: list[Message]
) -> dt.timedelta:
    all_day = not isinstance(start, dt.datetime)
    default = dt.timedelta(days=1) if all_day else _DEFAULT_LENGTH
    if "DTEND" in broken:
        problems.append(_phrase("end_unreadable", detail=Detail(f" ({broken['DTEND']})")))
    elif vevent.get("DTEND") is not None:
        end, unknown = _moment(vevent, "DTEND")
        if end is None:
            return default
        if unknown:
            problems.append(_phrase("end_zone", zone=repr(unknown)))
            return default
        if isinstance(end, dt.datetime) != isinstance(start, dt.datetime):
            problems.append(_phrase("end_date_and_time"))
            return default
        if (
            isinstance(end, dt.datetime)
            and isinstance(start, dt.datetime)
            and (end.tzinfo is None) != (start.tzinfo is None)
        ):
            problems.append(_phrase("end_floating"))
            return default
        length = end - start
        if length < dt.timedelta(0):
            problems.append(_phrase("ends_before"))
            return default
        return length
    if "DURATION" in broken:
        code = (
            "problem.ical_length_unreadable_day"
            if all_day
            else "problem.ical_length_unreadable_hour"
        )
        problems.append(Message(code, detail=Detail(f" ({broken['DURATION']})")))
        return default
    if vevent.get("DURATION") is not None:
        length = vevent.decoded("DURATION")
        if isinstance(length, dt.timedelta) and length >= dt.timedelta(0):
            return length
        problems.append(_phrase("length_negative"))
    return default


def read_ics(path: str | os.PathLike[str]) -> IcsContent:
    """Read the events of an .ics file; parts that cannot be read are listed, not fatal.

    A file over a limit (its size, its number of events) is refused with LimitExceeded.
    """
    source = Path(path)
    try:
        check_size(ICS_FILE_BYTES, source.stat().st_size, source.name)
        data = source.read_bytes()
    except OSError as exc:
        raise IcsError(
            f"Cannot read {source}: {exc.strerror}.", code="cannot_open", file=source.name
        ) from exc
    if is_cut_utf16(data):
        raise IcsError(
            f"{source.name} is UTF-16 text that ends in the middle of a character: it is cut "
            "short or damaged. Export the calendar again.",
            code="utf16_cut",
            file=source.name,
        )
    text, _encoding = decode_bytes(data)
    del data
    content = IcsContent()
    with warnings.catch_warnings(record=True) as caught, _own_time_zones():
        warnings.simplefilter("always")
        _read(text, source.name, content)
    for warning in caught:
        # The library's remarks (guessed time zones, deprecations) belong in the log.
        log.info("icalendar, reading %s: %s", source.name, warning.message)
    return content


@contextlib.contextmanager
def _own_time_zones() -> Iterator[None]:
    """Keep the time zones a file defines to that file.

    The library remembers every VTIMEZONE it reads for the whole process, the first definition
    of a name winning: without this, a zone defined by one file would place the events of the
    next file that names it without defining it, at the first file's offsets.
    """
    cache = getattr(icalendar.timezone.tzp, "_TZP__tz_cache", None)
    saved = dict(cache) if isinstance(cache, dict) else None
    try:
        yield
    finally:
        if isinstance(cache, dict) and saved is not None:
            cache.clear()
            cache.update(saved)


def _read(text: str, name: str, content: IcsContent) -> None:
    calendars = _blocks(text, content, name)
    if not calendars:
        if "BEGIN:" in text.upper():
            detail = content.problems[-1] if content.problems else Message("ical.no_calendar")
            why = _phrase("cannot_read", file=name, problem=detail)
            raise IcsError(str(why), code=why.code, **why.values)
        why = Message("ical.not_ical", file=name)
        raise IcsError(str(why), code=why.code, **why.values)
    for calendar in calendars:
        _events_of(calendar, content)
