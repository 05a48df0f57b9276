"""Write events to iCalendar with stable UIDs and invitation recipients to a mail-merge table."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressdesk.exchange.icalendar_io import CalendarEvent, build_calendar
from pressdesk.fileio import atomic_path

if TYPE_CHECKING:
    # icalendar is imported by the function that needs it: the event card printed from
    # the same entries does not load it.
    import icalendar

UID_DOMAIN = "pressdesk"
MAX_MINUTES = 60 * 24 * 366


def event_uid(event_id: int) -> str:
    """Return the calendar UID of an event: stable for its whole life."""
    return f"event-{event_id}@{UID_DOMAIN}"


@dataclass(frozen=True)
class EventEntry:
    """An event as a calendar shows it; texts are already in the chosen language."""

    id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str = ""
    description: str = ""
    categories: tuple[str, ...] = ()
    sequence: int = 0
    updated_at: dt.datetime | None = None


def calendar_event(entry: EventEntry) -> CalendarEvent:
    """Return the plain calendar event of ``entry`` (the content plan writes these too)."""
    minutes = int((entry.ends_at - entry.starts_at).total_seconds() // 60)
    return CalendarEvent(
        uid=event_uid(entry.id),
        summary=entry.title,
        start=entry.starts_at.date(),
        time=entry.starts_at.time().replace(second=0, microsecond=0),
        duration_minutes=max(0, min(minutes, MAX_MINUTES)),
        description=entry.description,
        categories=entry.categories,
        status="CONFIRMED",
        sequence=entry.sequence,
        last_modified=entry.updated_at,
    )


def event_vevents(
    entries: Iterable[EventEntry], *, now: dt.datetime | None = None
) -> list[icalendar.Event]:
    """Return one VEVENT component per entry, with LOCATION, ready to add to any calendar."""
    import icalendar

    listed = list(entries)
    built = build_calendar((calendar_event(e) for e in listed), now=now)
    vevents = [c for c in built.subcomponents if isinstance(c, icalendar.Event)]
    for entry, vevent in zip(listed, vevents, strict=True):
        if entry.place:
            vevent.add("location", entry.place)
    return vevents


def write_events_ics(
    path: str | os.PathLike[str],
    entries: Iterable[EventEntry],
    *,
    name: str = "",
    now: dt.datetime | None = None,
) -> int:
    """Write the events to an .ics file atomically; return how many were written."""
    vevents = event_vevents(entries, now=now)
    calendar = build_calendar((), name=name, now=now)
    for vevent in vevents:
        calendar.add_component(vevent)
    with atomic_path(path) as tmp:
        tmp.write_bytes(calendar.to_ical())
    return len(vevents)


# Mail-merge field names: Word and LibreOffice use the header row as field names.
RECIPIENT_HEADERS: dict[str, tuple[str, ...]] = {
    "ky": (
        "Аты-жөнү",
        "Кызматы",
        "ЖМК",
        "Таандыктыгы",
        "Email",
        "Телефон",
        "Байланыш_жолу",
        "Иш-чара",
        "Күнү",
        "Убактысы",
        "Өтүүчү_жери",
    ),
    "ru": (
        "ФИО",
        "Должность",
        "СМИ",
        "Принадлежность",
        "Email",
        "Телефон",
        "Способ_связи",
        "Мероприятие",
        "Дата",
        "Время",
        "Место",
    ),
}


@dataclass(frozen=True)
class RecipientLine:
    """One recipient of an invitation; every text already in the chosen language."""

    full_name: str
    position: str = ""
    outlet: str = ""
    ownership: str = ""
    email: str = ""
    phone: str = ""
    channel: str = ""


@dataclass(frozen=True)
class MergeEvent:
    """The event fields repeated on every row, so a merged letter needs no other source."""

    title: str
    date: str
    time: str
    place: str


def write_recipients(
    path: str | os.PathLike[str],
    recipients: Sequence[RecipientLine],
    event: MergeEvent,
    *,
    lang: str,
) -> int:
    """Write recipients as CSV (UTF-8 with BOM, formula-safe) or XLSX; return the row count."""
    # Loaded here, like icalendar: the event's printed documents do not need the table writer.
    from pressdesk.exchange.tabular import write_table

    headers = RECIPIENT_HEADERS["ky" if lang == "ky" else "ru"]
    rows = [
        (
            r.full_name,
            r.position,
            r.outlet,
            r.ownership,
            r.email,
            r.phone,
            r.channel,
            event.title,
            event.date,
            event.time,
            event.place,
        )
        for r in recipients
    ]
    return write_table(path, headers, rows, sheet_title=event.title)
