"""Distribution lists: static members (people, whole outlets) or a saved filter, with counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from pressdesk.messages import Term
from pressdesk.services.contacts.query import list_condition
from pressdesk.services.contacts.values import ContactError, ContactNotFound, PersonFilter
from pressdesk.storage.contacts_models import (
    LIST_KINDS,
    ContactList,
    Person,
    contact_list_outlet,
    contact_list_person,
)
from pressdesk.storage.engine import Database
from pressdesk.textfold import fold, sort_key


@dataclass(frozen=True)
class ListRecord:
    """A distribution list as the editor shows it; ``id`` is None before the first save."""

    name: str
    description: str = ""
    kind: str = "static"
    filter: PersonFilter | None = None
    id: int | None = None


@dataclass(frozen=True)
class ListRow:
    """A list with its counts: direct people, whole outlets, and recipients in all."""

    id: int
    name: str
    description: str
    kind: str
    person_count: int
    outlet_count: int
    recipient_count: int
    reachable_count: int


def save_list(db: Database, record: ListRecord) -> ListRecord:
    """Create or update a distribution list; names are unique regardless of case."""
    name = " ".join(record.name.split())
    if not name:
        raise ContactError("field.empty", field=Term("list name"))
    if len(name) > 200:
        raise ContactError("field.too_long", field=Term("list name"), limit=200)
    if record.kind not in LIST_KINDS:
        raise ContactError(
            "field.unknown", field=Term("list kind"), value=record.kind, allowed=LIST_KINDS
        )
    if record.kind == "filter" and record.filter is None:
        raise ContactError("contacts.list_needs_filter")
    with db.session() as session:
        clash = session.scalar(
            select(ContactList.id).where(
                func.lower(ContactList.name) == name.lower(), ContactList.id != (record.id or 0)
            )
        )
        same = [
            row_id
            for row_id, other in session.execute(select(ContactList.id, ContactList.name))
            if fold(other) == fold(name) and row_id != record.id
        ]
        if clash is not None or same:
            raise ContactError("contacts.list_taken", name=name)
        if record.id is None:
            found = ContactList(name=name)
            session.add(found)
        else:
            existing = session.get(ContactList, record.id)
            if existing is None:
                raise ContactNotFound(f"No distribution list with id {record.id}.")
            found = existing
        found.name = name
        found.description = record.description.strip()
        found.kind = record.kind
        found.filter_json = record.filter.to_json() if record.filter is not None else ""
        try:
            session.flush()
        except IntegrityError as exc:
            raise ContactError("contacts.list_taken", name=name) from exc
        return ListRecord(name, found.description, found.kind, record.filter, found.id)


def get_list(db: Database, list_id: int) -> ListRecord:
    """Return one distribution list."""
    with db.session() as session:
        found = session.get(ContactList, list_id)
        if found is None:
            raise ContactNotFound(f"No distribution list with id {list_id}.")
        flt = PersonFilter.from_json(found.filter_json) if found.kind == "filter" else None
        return ListRecord(found.name, found.description, found.kind, flt, found.id)


def find_list(db: Database, name: str) -> ListRecord:
    """Return the list called ``name`` (case-insensitive in every alphabet)."""
    with db.session() as session:
        for list_id, other in session.execute(select(ContactList.id, ContactList.name)):
            if fold(other) == fold(name.strip()):
                return get_list(db, list_id)
    raise ContactNotFound(f"There is no distribution list called {name!r}.")


def delete_list(db: Database, list_id: int) -> None:
    """Delete a distribution list; its people and outlets stay."""
    with db.session() as session:
        found = session.get(ContactList, list_id)
        if found is None:
            raise ContactNotFound(f"No distribution list with id {list_id}.")
        session.delete(found)


def list_lists(db: Database) -> list[ListRow]:
    """Return every list with its counts, in dictionary order."""
    rows: list[ListRow] = []
    with db.session() as session:
        for found in session.scalars(select(ContactList)):
            people = (
                session.scalar(
                    select(func.count()).where(contact_list_person.c.list_id == found.id)
                )
                or 0
            )
            outlets = (
                session.scalar(
                    select(func.count()).where(contact_list_outlet.c.list_id == found.id)
                )
                or 0
            )
            condition = list_condition(session, found.id)
            recipients = session.scalar(select(func.count(Person.id)).where(condition)) or 0
            reachable = (
                session.scalar(
                    select(func.count(Person.id)).where(condition, Person.do_not_contact.is_(False))
                )
                or 0
            )
            rows.append(
                ListRow(
                    found.id,
                    found.name,
                    found.description,
                    found.kind,
                    people,
                    outlets,
                    recipients,
                    reachable,
                )
            )
    return sorted(rows, key=lambda r: sort_key(r.name))


def _static(db: Database, list_id: int) -> None:
    with db.session() as session:
        found = session.get(ContactList, list_id)
        if found is None:
            raise ContactNotFound(f"No distribution list with id {list_id}.")
        if found.kind != "static":
            raise ContactError("contacts.list_is_filter", name=found.name)


def add_to_list(
    db: Database,
    list_id: int,
    *,
    person_ids: Iterable[int] = (),
    outlet_ids: Iterable[int] = (),
) -> int:
    """Add people and whole outlets to a static list; return how many were new."""
    _static(db, list_id)
    added = 0
    with db.session() as session:
        for table, column, ids in (
            (contact_list_person, contact_list_person.c.person_id, set(person_ids)),
            (contact_list_outlet, contact_list_outlet.c.outlet_id, set(outlet_ids)),
        ):
            if not ids:
                continue
            present = set(
                session.scalars(
                    select(column).where(table.c.list_id == list_id, column.in_(sorted(ids)))
                )
            )
            new = sorted(ids - present)
            if new:
                session.execute(
                    insert(table), [{"list_id": list_id, column.key: item} for item in new]
                )
            added += len(new)
    return added


def remove_from_list(
    db: Database,
    list_id: int,
    *,
    person_ids: Iterable[int] = (),
    outlet_ids: Iterable[int] = (),
) -> None:
    """Remove people and outlets from a static list."""
    _static(db, list_id)
    with db.session() as session:
        people = sorted(set(person_ids))
        outlets = sorted(set(outlet_ids))
        if people:
            session.execute(
                delete(contact_list_person).where(
                    contact_list_person.c.list_id == list_id,
                    contact_list_person.c.person_id.in_(people),
                )
            )
        if outlets:
            session.execute(
                delete(contact_list_outlet).where(
                    contact_list_outlet.c.list_id == list_id,
                    contact_list_outlet.c.outlet_id.in_(outlets),
                )
            )


def lists_of_person(db: Database, person_id: int) -> list[str]:
    """Return the names of static lists a person is in directly or through their outlet."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise ContactNotFound(f"No person with id {person_id}.")
        direct = select(contact_list_person.c.list_id).where(
            contact_list_person.c.person_id == person_id
        )
        via = select(contact_list_outlet.c.list_id).where(
            contact_list_outlet.c.outlet_id == (person.outlet_id or 0)
        )
        names = session.scalars(
            select(ContactList.name).where(ContactList.id.in_(direct.union(via)))
        )
        return sorted(names, key=sort_key)
