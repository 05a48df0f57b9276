"""The event card with its dated checklist (DOCX, PDF) and events in iCalendar."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.documents import Document, render
from pressdesk.documents.builders_events import (
    CardTask,
    EventFacts,
    build_event_card,
    kind_label,
    word,
)
from pressdesk.documents.locale import Lang, check_lang, format_date_short
from pressdesk.documents.phrases import name_with_position
from pressdesk.exchange.events_io import (
    EventEntry,
    calendar_event,
    event_vevents,
    write_events_ics,
)
from pressdesk.messages import Term
from pressdesk.services.events.records import (
    EVENT_TEXTS,
    EventError,
    EventRow,
    event_ref,
    get_event,
    list_events,
    plan_item_refs,
)
from pressdesk.services.events.tasks import TaskRow, list_tasks
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import get_profile
from pressdesk.storage.engine import Database

if TYPE_CHECKING:
    import icalendar

    from pressdesk.exchange.icalendar_io import CalendarEvent

EXPORT_FORMATS = (".docx", ".pdf", ".ics")
# What a calendar entry carries: every text of the event but none of its checklist.
CALENDAR_TEXTS = EVENT_TEXTS


def facts_of(row: EventRow, lang: Lang) -> EventFacts:
    """Return what the documents print about an event row: its texts in ``lang`` exactly."""
    return EventFacts(
        kind=row.kind,
        title=row.title.get(lang),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place.get(lang),
        organisers=row.organisers.lines(lang),
        speakers=row.speakers.lines(lang),
        topic=row.topic.get(lang),
        key_messages=row.key_messages.lines(lang),
        protocol=row.protocol,
        notes=row.notes.get(lang),
        plan_items=tuple(
            f"{format_date_short(i.date)} — {i.title.get(lang)}" for i in row.plan_items
        ),
    )


def event_facts(db: Database, event_id: int, lang: Lang | str) -> EventFacts:
    """Return what the documents print about an event in ``lang``."""
    return facts_of(get_event(db, event_id), check_lang(lang))


def _responsible(task: TaskRow, lang: Lang) -> str:
    if not task.responsible_name:
        return ""
    return name_with_position(task.responsible_name, task.responsible_position.get(lang))


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
            text=task.texts.get(language),
            state=task.state,
            done_on=task.done_at.date() if task.done_at else None,
            responsible=_responsible(task, language),
        )
        for task in list_tasks(db, event_id, today=today)
    ]
    profile = get_profile(db)
    return build_event_card(
        facts_of(row, language),
        tasks,
        lang=language,
        org_name=profile.name(language),
        author=profile.secretary_name,
        generated_at=generated_at,
    )


def card_refs(db: Database, event_id: int) -> list[Ref]:
    """Return the records the event card prints: the event, its tasks, the staff members named
    as responsible (with their positions) and the linked content-plan items."""
    row = get_event(db, event_id)
    tasks = list_tasks(db, event_id)
    staff = sorted({t.responsible_id for t in tasks if t.responsible_id is not None})
    return [
        event_ref(event_id),
        *(Ref("event_task", task.id) for task in tasks),
        *(Ref("staff", staff_id, ("position",)) for staff_id in staff),
        *plan_item_refs(item.id for item in row.plan_items),
    ]


def calendar_refs(
    db: Database,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    event_ids: frozenset[int] | None = None,
) -> list[Ref]:
    """Return the events an .ics export of ``start`` … ``end`` (or of ``event_ids``) carries."""
    rows = list_events(db, start=start, end=end)
    return [
        event_ref(row.id, CALENDAR_TEXTS)
        for row in rows
        if event_ids is None or row.id in event_ids
    ]


def export_refs(db: Database, event_id: int, suffix: str) -> list[Ref]:
    """Return what :func:`export_event` prints for a file of type ``suffix``."""
    if suffix.lower() == ".ics":
        get_event(db, event_id)
        return [event_ref(event_id, CALENDAR_TEXTS)]
    return card_refs(db, event_id)


def entry_of(row: EventRow, lang: Lang) -> EventEntry:
    """Return the calendar entry of an event row with its texts in ``lang``."""
    facts = [
        (word("speakers", lang), "; ".join(row.speakers.lines(lang))),
        (word("organisers", lang), "; ".join(row.organisers.lines(lang))),
    ]
    if row.protocol:
        facts.append((word("protocol", lang), word("yes", lang)))
    topic = row.topic.get(lang)
    parts = [topic] if topic else []
    parts += [f"{name}: {value}" for name, value in facts if value]
    messages = row.key_messages.lines(lang)
    if messages:
        parts.append(f"{word('key_messages', lang)}:")
        parts += [f"– {message}" for message in messages]
    notes = row.notes.get(lang)
    if notes:
        parts += ["", notes]
    return EventEntry(
        id=row.id,
        title=row.title.get(lang),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place.get(lang),
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
    return write_events_ics(path, entries, name=_calendar_name(language))


def _calendar_name(lang: Lang | str) -> str:
    return "Иш-чаралар" if check_lang(lang) == "ky" else "Мероприятия"


def check_export_path(path: str | os.PathLike[str]) -> str:
    """Return the file type of an event export to ``path``; raise EventError for another one."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise EventError(
            "file.cannot_export_as",
            what=Term("an event"),
            suffix=suffix or Term("a file without extension"),
            allowed=EXPORT_FORMATS,
        )
    return suffix


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
    suffix = check_export_path(path)
    if suffix == ".ics":
        row = get_event(db, event_id)
        return write_events_ics(path, [entry_of(row, check_lang(lang))], name=_calendar_name(lang))
    render(card_document(db, event_id, lang=lang), path, font_path=font_path)
    return len(list_tasks(db, event_id))
