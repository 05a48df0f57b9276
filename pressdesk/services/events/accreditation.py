"""Accreditation lists of events and the printable sign-in sheet.

Each line copies name, outlet and contacts from the contact base, so deleting the person there
leaves the line on the list as text.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.documents import Document, render
from pressdesk.documents.builders_events import (
    SheetLine,
    build_sign_in_sheet,
    status_label,
)
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.messages import Term
from pressdesk.services.contacts.query import person_rows
from pressdesk.services.events.records import (
    EventError,
    EventNotFound,
    event_in,
    event_ref,
)
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import document_language_in, get_profile
from pressdesk.storage.contacts_models import Person
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import ACCREDITATION_STATUSES, AccreditationEntry, Event
from pressdesk.textfold import sort_key

SHEET_FORMATS = (".docx", ".pdf")
# Refused journalists do not come, so they have no line to sign.
SHEET_STATUSES = ("requested", "accredited", "attended")
# What the sheet prints about the event; journalists' names and outlets are proper names.
SHEET_TEXTS = ("title", "place")


@dataclass(frozen=True)
class AccreditationInput:
    """An accreditation line typed in by hand (a journalist not in the contact base)."""

    full_name: str
    outlet_name: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""
    status: str = "requested"
    note: str = ""


@dataclass(frozen=True)
class AccreditationRow:
    """One line of an accreditation list; ``person_id`` is None for text-only lines."""

    id: int
    event_id: int
    person_id: int | None
    full_name: str
    position: str
    outlet_name: str
    phone: str
    email: str
    status: str
    note: str

    @property
    def text_only(self) -> bool:
        """Return True if the line is not (or no longer) linked to the contact base."""
        return self.person_id is None

    @property
    def contacts(self) -> str:
        """Return phone and e-mail on one line."""
        return ", ".join(value for value in (self.phone, self.email) if value)

    def as_input(self) -> AccreditationInput:
        """Return the editable fields."""
        return AccreditationInput(
            self.full_name,
            self.outlet_name,
            self.position,
            self.phone,
            self.email,
            self.status,
            self.note,
        )


@dataclass(frozen=True)
class PersonOnList:
    """A contact who is on the accreditation list of an event; the event's title is the one in
    the document language, or the other one where that is missing (for screens)."""

    person_id: int
    full_name: str
    event_id: int
    event_title: str
    starts_at: dt.datetime
    status: str


def _row(entry: AccreditationEntry) -> AccreditationRow:
    return AccreditationRow(
        entry.id,
        entry.event_id,
        entry.person_id,
        entry.full_name,
        entry.position,
        entry.outlet_name,
        entry.phone,
        entry.email,
        entry.status,
        entry.note,
    )


def _check_status(status: str) -> None:
    if status not in ACCREDITATION_STATUSES:
        raise EventError("events.unknown_status", status=status, allowed=ACCREDITATION_STATUSES)


def _open_event(session: Session, event_id: int) -> Event:
    event = event_in(session, event_id)
    if event.protocol:
        title = event.title.text(document_language_in(session))
        raise EventError("events.protocol_no_accreditation", title=title)
    return event


def accreditation_list(db: Database, event_id: int) -> list[AccreditationRow]:
    """Return an event's accreditation list sorted by name (Kyrgyz alphabet order)."""
    with db.session() as session:
        event_in(session, event_id)
        entries = session.scalars(
            select(AccreditationEntry).where(AccreditationEntry.event_id == event_id)
        )
        rows = [_row(entry) for entry in entries]
    return sorted(rows, key=lambda r: (sort_key(r.full_name), r.id))


def add_people(
    db: Database, event_id: int, person_ids: Iterable[int], *, status: str = "requested"
) -> list[AccreditationRow]:
    """Put contacts on the list with a copy of their name, outlet and contacts.

    People already on the list are left as they are; returns the lines added.
    """
    _check_status(status)
    wanted = list(dict.fromkeys(person_ids))
    with db.session() as session:
        _open_event(session, event_id)
        present = set(
            session.scalars(
                select(AccreditationEntry.person_id).where(
                    AccreditationEntry.event_id == event_id,
                    AccreditationEntry.person_id.in_(wanted),
                )
            )
        )
        lang = document_language_in(session)
        found = {row.id: row for row in person_rows(session, wanted)}
        missing = [pid for pid in wanted if pid not in found]
        if missing:
            raise EventNotFound(f"No person with id {', '.join(map(str, missing))}.")
        added: list[AccreditationEntry] = []
        for pid in wanted:
            if pid in present:
                continue
            person = found[pid]
            entry = AccreditationEntry(
                event_id=event_id,
                person_id=pid,
                full_name=person.full_name,
                # The list keeps one position, as the journalist gave it (not printed).
                position=person.position.text(lang),
                outlet_name=person.outlet_name,
                phone=person.phone,
                email=person.email,
                status=status,
                note="",
            )
            session.add(entry)
            added.append(entry)
        session.flush()
        return [_row(entry) for entry in added]


def _clean(data: AccreditationInput) -> AccreditationInput:
    _check_status(data.status)
    name = " ".join(data.full_name.split())
    if not name:
        raise EventError("events.accreditation_needs_name")
    if len(name) > 300 or len(data.outlet_name.strip()) > 300:
        raise EventError("events.accreditation_too_long", limit=300)
    return AccreditationInput(
        name,
        " ".join(data.outlet_name.split()),
        " ".join(data.position.split()),
        data.phone.strip(),
        data.email.strip(),
        data.status,
        data.note.strip(),
    )


def add_entry(db: Database, event_id: int, data: AccreditationInput) -> AccreditationRow:
    """Put a journalist who is not in the contact base on the list, as text."""
    clean = _clean(data)
    with db.session() as session:
        _open_event(session, event_id)
        entry = AccreditationEntry(event_id=event_id, person_id=None)
        _fill(entry, clean)
        session.add(entry)
        session.flush()
        return _row(entry)


def _fill(entry: AccreditationEntry, data: AccreditationInput) -> None:
    entry.full_name = data.full_name
    entry.outlet_name = data.outlet_name
    entry.position = data.position
    entry.phone = data.phone
    entry.email = data.email
    entry.status = data.status
    entry.note = data.note


def update_entry(db: Database, entry_id: int, data: AccreditationInput) -> AccreditationRow:
    """Change a line; its link to the contact base stays."""
    clean = _clean(data)
    with db.session() as session:
        entry = session.get(AccreditationEntry, entry_id)
        if entry is None:
            raise EventNotFound(f"No accreditation line with id {entry_id}.")
        _fill(entry, clean)
        session.flush()
        return _row(entry)


def set_status(db: Database, entry_id: int, status: str) -> AccreditationRow:
    """Mark a line requested, accredited, refused or attended."""
    _check_status(status)
    with db.session() as session:
        entry = session.get(AccreditationEntry, entry_id)
        if entry is None:
            raise EventNotFound(f"No accreditation line with id {entry_id}.")
        entry.status = status
        session.flush()
        return _row(entry)


def remove_entry(db: Database, entry_id: int) -> None:
    """Take a line off the list."""
    with db.session() as session:
        entry = session.get(AccreditationEntry, entry_id)
        if entry is None:
            raise EventNotFound(f"No accreditation line with id {entry_id}.")
        session.delete(entry)


def lists_of_people(db: Database, person_ids: Iterable[int]) -> list[PersonOnList]:
    """Return the accreditation lists the given contacts are on, latest event first."""
    ids = sorted(set(person_ids))
    if not ids:
        return []
    with db.session() as session:
        rows = session.execute(
            select(AccreditationEntry, Person.full_name, Event)
            .join(Person, Person.id == AccreditationEntry.person_id)
            .join(Event, Event.id == AccreditationEntry.event_id)
            .where(AccreditationEntry.person_id.in_(ids))
            .order_by(Event.starts_at.desc(), Event.id)
        )
        lang = document_language_in(session)
        return [
            PersonOnList(pid, name, event.id, event.title.text(lang), event.starts_at, entry.status)
            for entry, name, event in rows
            if (pid := entry.person_id) is not None
        ]


def deletion_notice(db: Database, person_ids: Iterable[int]) -> str:
    """Return what deleting these contacts means for accreditation lists ("" if nothing)."""
    found = lists_of_people(db, person_ids)
    if not found:
        return ""
    people = len({item.person_id for item in found})
    events = list(dict.fromkeys(f"“{item.event_title}”" for item in found))
    shown = ", ".join(events[:3]) + (f" and {len(events) - 3} more" if len(events) > 3 else "")
    who = "This contact is" if people == 1 else f"{people} of these contacts are"
    return (
        f"{who} on the accreditation list of {shown}. "
        "The lists keep their name, outlet and contacts as text."
    )


def sign_in_document(
    db: Database,
    event_id: int,
    *,
    lang: Lang | str,
    blank_rows: int = 5,
    generated_at: dt.datetime | None = None,
) -> Document:
    """Return the sign-in sheet of an event: everyone not refused, then blank rows."""
    # The event card's module brings iCalendar, which the contacts page does not need.
    from pressdesk.services.events.printing import event_facts

    language = check_lang(lang)
    rows = [row for row in accreditation_list(db, event_id) if row.status in SHEET_STATUSES]
    lines = [
        SheetLine(
            name=row.full_name,
            outlet=row.outlet_name,
            contacts="\n".join(value for value in (row.phone, row.email) if value),
            status=status_label(row.status, language),
        )
        for row in rows
    ]
    return build_sign_in_sheet(
        event_facts(db, event_id, language),
        lines,
        lang=language,
        org_name=get_profile(db).name(language),
        blank_rows=blank_rows,
        generated_at=generated_at,
    )


def sheet_refs(db: Database, event_id: int) -> list[Ref]:
    """Return the records the sign-in sheet prints: the event's title and place."""
    with db.session() as session:
        event_in(session, event_id)
    return [event_ref(event_id, SHEET_TEXTS)]


def check_sheet_path(path: str | os.PathLike[str]) -> None:
    """Raise EventError unless ``path`` is a file type the sign-in sheet is written as."""
    suffix = Path(path).suffix.lower()
    if suffix not in SHEET_FORMATS:
        raise EventError(
            "file.cannot_write_as",
            what=Term("a sign-in sheet"),
            suffix=suffix or Term("a file without extension"),
            allowed=SHEET_FORMATS,
        )


def export_sign_in_sheet(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    font_path: str | None = None,
    blank_rows: int = 5,
) -> int:
    """Write the sign-in sheet to ``path`` (.docx or .pdf); return the number of journalists."""
    check_sheet_path(path)
    doc = sign_in_document(db, event_id, lang=lang, blank_rows=blank_rows)
    render(doc, path, font_path=font_path)
    return sum(1 for row in accreditation_list(db, event_id) if row.status in SHEET_STATUSES)
