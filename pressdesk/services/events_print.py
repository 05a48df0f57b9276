"""The event card with its dated checklist (DOCX, PDF) and events in iCalendar."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import icalendar

from pressdesk.documents import Document, render
from pressdesk.documents.builders_events import (
    CardTask,
    EventFacts,
    build_event_card,
    kind_label,
    word,
)
from pressdesk.documents.locale import Lang, check_lang, format_date_short
from pressdesk.exchange.events_io import (
    EventEntry,
    calendar_event,
    event_vevents,
    write_events_ics,
)
from pressdesk.exchange.icalendar_io import CalendarEvent
from pressdesk.services.events import EventError, EventRow, get_event, list_events
from pressdesk.services.events_tasks import list_tasks
from pressdesk.services.profile import get_profile
from pressdesk.storage.engine import Database

EXPORT_FORMATS = (".docx", ".pdf", ".ics")


def facts_of(row: EventRow) -> EventFacts:
    """Return what the documents print about an event row."""
    return EventFacts(
        kind=row.kind,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place,
        organisers=row.organisers,
        speakers=row.speakers,
        topic=row.topic,
        key_messages=row.key_messages,
        protocol=row.protocol,
        notes=row.notes,
        plan_items=tuple(f"{format_date_short(i.date)} — {i.title}" for i in row.plan_items),
    )


def event_facts(db: Database, event_id: int) -> EventFacts:
    """Return what the documents print about an event (the user's text, in any language)."""
    return facts_of(get_event(db, event_id))


def card_document(
    db: Database,
    event_id: int,
    *,
    lang: Lang | str,
    today: dt.date | None = None,
    generated_at: dt.datetime | None = None,
) -> Document:
    """Return the event card: facts, key messages and the checklist with dates and states."""
    language = check_lang(lang)
    row = get_event(db, event_id, today=today)
    tasks = [
        CardTask(
            phase=task.phase,
            due=task.due_date,
            text=task.text(language),
            state=task.state,
            done_on=task.done_at.date() if task.done_at else None,
            responsible=task.responsible_name,
        )
        for task in list_tasks(db, event_id, today=today)
    ]
    profile = get_profile(db)
    return build_event_card(
        facts_of(row),
        tasks,
        lang=language,
        org_name=profile.name(language),
        author=profile.secretary_name,
        generated_at=generated_at,
    )


def entry_of(row: EventRow, lang: Lang) -> EventEntry:
    """Return the calendar entry of an event row in ``lang``."""
    facts = [
        (word("speakers", lang), "; ".join(row.speakers)),
        (word("organisers", lang), "; ".join(row.organisers)),
    ]
    if row.protocol:
        facts.append((word("protocol", lang), word("yes", lang)))
    parts = [row.topic] if row.topic else []
    parts += [f"{name}: {value}" for name, value in facts if value]
    if row.key_messages:
        parts.append(f"{word('key_messages', lang)}:")
        parts += [f"– {message}" for message in row.key_messages]
    if row.notes:
        parts += ["", row.notes]
    return EventEntry(
        id=row.id,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place,
        description="\n".join(parts),
        categories=(kind_label(row.kind, lang),),
        sequence=row.sequence,
        updated_at=row.updated_at,
    )


def calendar_entries(
    db: Database, start: dt.date | None = None, end: dt.date | None = None, *, lang: Lang | str
) -> list[EventEntry]:
    """Return the events of ``start`` … ``end`` (default: all) as calendar entries."""
    language = check_lang(lang)
    return [entry_of(row, language) for row in list_events(db, start=start, end=end)]


def calendar_events(
    db: Database, start: dt.date | None = None, end: dt.date | None = None, *, lang: Lang | str
) -> list[CalendarEvent]:
    """Return the events as plain calendar events, for the content plan's own .ics export."""
    return [calendar_event(entry) for entry in calendar_entries(db, start, end, lang=lang)]


def vevents(
    db: Database,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    lang: Lang | str,
    now: dt.datetime | None = None,
) -> list[icalendar.Event]:
    """Return the events as VEVENT components (with place), to add to another calendar."""
    return event_vevents(calendar_entries(db, start, end, lang=lang), now=now)


def export_ics(
    db: Database,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    event_ids: frozenset[int] | None = None,
) -> int:
    """Write events (a period, chosen ids, or all) to an .ics file; return how many."""
    language = check_lang(lang)
    entries = calendar_entries(db, start, end, lang=language)
    if event_ids is not None:
        entries = [entry for entry in entries if entry.id in event_ids]
    name = "Иш-чаралар" if language == "ky" else "Мероприятия"
    return write_events_ics(path, entries, name=name)


def export_event(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    font_path: str | None = None,
) -> int:
    """Write the event card (.docx, .pdf) or the event (.ics); return the number of tasks
    printed (events written, for .ics)."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise EventError(
            f"Cannot export an event as {suffix or 'a file without extension'!r}: "
            f"use one of {', '.join(EXPORT_FORMATS)}."
        )
    if suffix == ".ics":
        row = get_event(db, event_id)
        name = "Иш-чаралар" if check_lang(lang) == "ky" else "Мероприятия"
        return write_events_ics(path, [entry_of(row, check_lang(lang))], name=name)
    render(card_document(db, event_id, lang=lang), path, font_path=font_path)
    return len(list_tasks(db, event_id))
