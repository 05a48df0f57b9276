"""Read the people of a printed directory (DOCX, PDF) grouped by outlet, in print order.

A directory prints a name, a position, phones, e-mails and topics: only those are read, with
plain column queries over chunks of ids taken in id order (neighbouring rows of each table, so
the database reads each page once instead of jumping about for every id of a name-sorted
chunk); the people then go to their outlets in the order of the ids asked for.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import BindParameter, bindparam, select
from sqlalchemy.orm import Session

from pressdesk import collector
from pressdesk.bilingual import Bi
from pressdesk.documents import render
from pressdesk.documents.builders_contacts import (
    DirectoryOutlet,
    DirectoryPerson,
    build_contact_directory,
)
from pressdesk.documents.locale import Lang
from pressdesk.exchange.contacts_io import label_of
from pressdesk.exchange.phones import display_phone
from pressdesk.services.contacts.vocabulary import topic_order
from pressdesk.storage.contacts_models import (
    Outlet,
    Person,
    PersonEmail,
    PersonPhone,
    Topic,
    person_topic,
)
from pressdesk.textfold import sort_key

# Ids per query: well under the bound parameters SQLite and PostgreSQL take in one statement.
CHUNK = 2000

# One statement each, its ids bound as one expanding parameter: built and compiled once,
# instead of a literal per id coerced and compiled for every chunk.
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_PEOPLE = select(
    Person.id, Person.outlet_id, Person.full_name, Person.position_ky, Person.position_ru
).where(Person.id.in_(_IDS))
_PHONES = (
    select(PersonPhone.person_id, PersonPhone.e164, PersonPhone.raw)
    .where(PersonPhone.person_id.in_(_IDS))
    .order_by(PersonPhone.person_id, PersonPhone.position)
)
_EMAILS = (
    select(PersonEmail.person_id, PersonEmail.address)
    .where(PersonEmail.person_id.in_(_IDS))
    .order_by(PersonEmail.person_id, PersonEmail.position)
)
_TOPICS = (
    select(person_topic.c.person_id, Topic.id, Topic.name_ky, Topic.name_ru)
    .join(Topic, Topic.id == person_topic.c.topic_id)
    .where(person_topic.c.person_id.in_(_IDS))
    .order_by(person_topic.c.person_id, Topic.id)
)
#: What an export prints of an outlet, in the order of :class:`OutletRow`'s fields.
OUTLET_COLUMNS = (
    Outlet.id,
    Outlet.name,
    Outlet.kind,
    Outlet.scale,
    Outlet.region,
    Outlet.languages,
    Outlet.ownership,
    Outlet.phone,
    Outlet.email,
    Outlet.website,
)
_OUTLETS = select(*OUTLET_COLUMNS).where(Outlet.id.in_(_IDS))


@dataclass(frozen=True)
class OutletRow:
    """An outlet as the exports print it (read with ``OUTLET_COLUMNS``)."""

    id: int
    name: str
    kind: str
    scale: str
    region: str
    languages: str
    ownership: str
    phone: str
    email: str
    website: str


def write_directory(
    session: Session,
    ids: Sequence[int],
    target: str | os.PathLike[str],
    lang: Lang,
    *,
    org_name: str,
    list_name: str = "",
    font_path: str | None = None,
    on: dt.date | None = None,
    official_use: bool = False,
) -> int:
    """Write the directory of the people ``ids`` to ``target`` (DOCX or PDF); return the
    number of outlets in it.

    The garbage collector pauses while the directory is read, built and rendered, and
    resumes once the document is gone: resumed with the document still held, its first pass
    would walk every object of it (most of a second for 100,000 people) to find no cycles.
    """
    with collector.paused():
        return _write_directory(
            session,
            ids,
            target,
            lang,
            org_name=org_name,
            list_name=list_name,
            font_path=font_path,
            on=on,
            official_use=official_use,
        )


def _write_directory(
    session: Session,
    ids: Sequence[int],
    target: str | os.PathLike[str],
    lang: Lang,
    *,
    org_name: str,
    list_name: str,
    font_path: str | None,
    on: dt.date | None,
    official_use: bool,
) -> int:
    groups, state, private = directory_groups(session, ids, lang)
    doc = build_contact_directory(
        groups,
        lang=lang,
        org_name=org_name,
        on=on,
        list_name=list_name,
        state_count=state,
        private_count=private,
        official_use=official_use,
    )
    render(doc, target, font_path=font_path)
    return sum(1 for g in groups if g.name)


def directory_groups(
    session: Session, ids: Sequence[int], lang: Lang
) -> tuple[list[DirectoryOutlet], int, int]:
    """Return the outlets of the people ``ids`` with their people, in print order, and how
    many of those outlets are state-owned and how many private."""
    people, outlet_ids = _read_people(session, ids, lang)
    outlets = _read_outlets(session, outlet_ids)
    groups: dict[int, list[DirectoryPerson]] = {}
    for pid in ids:
        found = people.get(pid)
        if found is not None:
            outlet_id, person = found
            groups.setdefault(outlet_id if outlet_id in outlets else 0, []).append(person)
    keys: dict[str, tuple[object, ...]] = {}

    def key_of(text: str) -> tuple[object, ...]:
        key = keys.get(text)
        if key is None:
            key = keys[text] = sort_key(text)
        return key

    ordered = sorted(groups, key=lambda o: (o == 0, key_of(outlets[o].name if o else "")))
    result: list[DirectoryOutlet] = []
    for outlet_id in ordered:
        members = groups[outlet_id]
        members.sort(key=lambda p: key_of(p.name))
        if not outlet_id:
            result.append(DirectoryOutlet("", people=members))
            continue
        outlet = outlets[outlet_id]
        contacts = "; ".join(
            x
            for x in (display_phone(outlet.phone, outlet.phone), outlet.email, outlet.website)
            if x
        )
        result.append(DirectoryOutlet(outlet.name, _description(outlet, lang), contacts, members))
    shown = [outlets[o] for o in groups if o]
    state = sum(1 for o in shown if o.ownership == "state")
    private = sum(1 for o in shown if o.ownership == "private")
    return result, state, private


def _read_people(
    session: Session, ids: Sequence[int], lang: Lang
) -> tuple[dict[int, tuple[int, DirectoryPerson]], set[int]]:
    """Return each person found as (outlet id or 0, the printed person), and the outlet ids."""
    people: dict[int, tuple[int, DirectoryPerson]] = {}
    outlet_ids: set[int] = set()
    orders: dict[int, tuple[object, ...]] = {}
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        chunk = {"ids": ordered[start : start + CHUNK]}
        phones: dict[int, list[str]] = defaultdict(list)
        for pid, e164, raw in session.execute(_PHONES, chunk):
            phones[pid].append(display_phone(e164, raw))
        emails: dict[int, list[str]] = defaultdict(list)
        for pid, address in session.execute(_EMAILS, chunk):
            emails[pid].append(address)
        topics: dict[int, list[tuple[int, Bi]]] = defaultdict(list)
        for pid, tid, name_ky, name_ru in session.execute(_TOPICS, chunk):
            topics[pid].append((tid, Bi(name_ky, name_ru)))
        for pid, outlet_id, full_name, position_ky, position_ru in session.execute(_PEOPLE, chunk):
            if outlet_id:
                outlet_ids.add(outlet_id)
            people[pid] = (
                outlet_id or 0,
                DirectoryPerson(
                    full_name,
                    position_ky if lang == "ky" else position_ru,
                    phones.get(pid, []),
                    emails.get(pid, []),
                    _topic_names(topics.get(pid, []), lang, orders),
                ),
            )
    return people, outlet_ids


def _topic_names(
    topics: list[tuple[int, Bi]], lang: Lang, orders: dict[int, tuple[object, ...]]
) -> list[str]:
    """The names in ``lang`` of a person's topics in dictionary order (those without one left
    out); ``orders`` keeps each topic's sort key for the next person."""
    if not topics:
        return []
    for tid, name in topics:
        if tid not in orders:
            orders[tid] = topic_order(name, lang)
    ranked = sorted(topics, key=lambda t: orders[t[0]])
    return [name.get(lang) for _tid, name in ranked if name.get(lang)]


def _read_outlets(session: Session, outlet_ids: set[int]) -> dict[int, OutletRow]:
    ordered = sorted(outlet_ids)
    outlets: dict[int, OutletRow] = {}
    for start in range(0, len(ordered), CHUNK):
        for row in session.execute(_OUTLETS, {"ids": ordered[start : start + CHUNK]}):
            outlets[row.id] = OutletRow(**row._mapping)
    return outlets


def _description(outlet: OutletRow, lang: Lang) -> str:
    parts = [label_of("outlet_kind", outlet.kind, lang), label_of("scale", outlet.scale, lang)]
    if outlet.region:
        parts.append(label_of("region", outlet.region, lang))
    langs = [c for c in outlet.languages.split(",") if c]
    if langs:
        parts.append(", ".join(label_of("language", c, lang) for c in langs))
    parts.append(label_of("ownership", outlet.ownership, lang))
    return "; ".join(parts)
