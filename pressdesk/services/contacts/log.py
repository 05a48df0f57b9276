"""The interaction log: who was contacted, when, how and about what; "last contacted"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from pressdesk.messages import Term
from pressdesk.services.contacts.values import CHANNELS, ContactError, ContactNotFound, Page
from pressdesk.storage.contacts_models import Interaction, Outlet, Person
from pressdesk.storage.engine import Database


@dataclass(frozen=True)
class InteractionRecord:
    """One log entry about a person, an outlet or both; ``id`` is None before saving."""

    happened_on: dt.date
    channel: str = "phone"
    subject: str = ""
    note: str = ""
    person_id: int | None = None
    outlet_id: int | None = None
    id: int | None = None
    person_name: str = ""
    outlet_name: str = ""


def _record(entry: Interaction, person_name: str, outlet_name: str) -> InteractionRecord:
    return InteractionRecord(
        entry.happened_on,
        entry.channel,
        entry.subject,
        entry.note,
        entry.person_id,
        entry.outlet_id,
        entry.id,
        person_name,
        outlet_name,
    )


def refresh_last_contacted(session: Session, person_ids: Iterable[int]) -> None:
    """Recompute "last contacted" of people from their log entries."""
    for person_id in set(person_ids):
        latest = session.scalar(
            select(func.max(Interaction.happened_on)).where(Interaction.person_id == person_id)
        )
        session.execute(update(Person).where(Person.id == person_id).values(last_contacted=latest))


def log_interaction(db: Database, record: InteractionRecord) -> InteractionRecord:
    """Add or change a log entry; a person's entry is also filed under their current outlet."""
    if record.channel not in CHANNELS:
        raise ContactError(
            "field.unknown", field=Term("channel"), value=record.channel, allowed=CHANNELS
        )
    if record.person_id is None and record.outlet_id is None:
        raise ContactError("contacts.log_needs_party")
    subject = " ".join(record.subject.split())
    if len(subject) > 500:
        raise ContactError("field.too_long", field=Term("subject"), limit=500)
    with db.session() as session:
        outlet_id = record.outlet_id
        person_name = ""
        if record.person_id is not None:
            person = session.get(Person, record.person_id)
            if person is None:
                raise ContactNotFound(f"No person with id {record.person_id}.")
            person_name = person.full_name
            if outlet_id is None:
                outlet_id = person.outlet_id
        outlet_name = ""
        if outlet_id is not None:
            outlet = session.get(Outlet, outlet_id)
            if outlet is None:
                raise ContactNotFound(f"No outlet with id {outlet_id}.")
            outlet_name = outlet.name
        touched = {record.person_id} if record.person_id is not None else set()
        if record.id is None:
            entry = Interaction(happened_on=record.happened_on)
            session.add(entry)
        else:
            found = session.get(Interaction, record.id)
            if found is None:
                raise ContactNotFound(f"No log entry with id {record.id}.")
            entry = found
            if entry.person_id is not None:
                touched.add(entry.person_id)
        entry.happened_on = record.happened_on
        entry.channel = record.channel
        entry.subject = subject
        entry.note = record.note.strip()
        entry.person_id = record.person_id
        entry.outlet_id = outlet_id
        session.flush()
        refresh_last_contacted(session, touched)
        return _record(entry, person_name, outlet_name)


def delete_interaction(db: Database, entry_id: int) -> None:
    """Delete a log entry and update "last contacted"."""
    with db.session() as session:
        entry = session.get(Interaction, entry_id)
        if entry is None:
            raise ContactNotFound(f"No log entry with id {entry_id}.")
        person_id = entry.person_id
        session.delete(entry)
        session.flush()
        if person_id is not None:
            refresh_last_contacted(session, [person_id])


def list_interactions(
    db: Database,
    *,
    person_id: int | None = None,
    outlet_id: int | None = None,
    offset: int = 0,
    limit: int = 100,
) -> Page[InteractionRecord]:
    """Return a page of log entries, latest first; for an outlet, its people's entries too."""
    conditions = []
    if person_id is not None:
        conditions.append(Interaction.person_id == person_id)
    if outlet_id is not None:
        conditions.append(
            or_(
                Interaction.outlet_id == outlet_id,
                Interaction.person_id.in_(select(Person.id).where(Person.outlet_id == outlet_id)),
            )
        )
    with db.session() as session:
        total = session.scalar(select(func.count(Interaction.id)).where(*conditions)) or 0
        stmt = (
            select(Interaction, Person.full_name, Outlet.name)
            .outerjoin(Person, Person.id == Interaction.person_id)
            .outerjoin(Outlet, Outlet.id == Interaction.outlet_id)
            .where(*conditions)
            .order_by(Interaction.happened_on.desc(), Interaction.id.desc())
            .offset(offset)
            .limit(limit)
        )
        rows = [_record(e, pn or "", on or "") for e, pn, on in session.execute(stmt)]
    return Page(rows, total, offset, limit)


def outlet_last_contacted(db: Database, outlet_id: int) -> dt.date | None:
    """Return the date of the latest contact with an outlet or any of its people."""
    with db.session() as session:
        return session.scalar(
            select(func.max(Interaction.happened_on)).where(
                or_(
                    Interaction.outlet_id == outlet_id,
                    Interaction.person_id.in_(
                        select(Person.id).where(Person.outlet_id == outlet_id)
                    ),
                )
            )
        )
