"""Create, change, find and page through outlets and people of the media contact base."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.documents.locale import LANGS
from pressdesk.exchange.phones import check_email, check_phone, clean_value
from pressdesk.messages import Message, Term
from pressdesk.services.concurrency import claim_unchanged, mark_changed
from pressdesk.services.contacts.person_read import person_record, person_records
from pressdesk.services.contacts.values import (
    CHANNELS,
    COVERAGE_FORMATS,
    LANGUAGES,
    MESSENGERS,
    OUTLET_KINDS,
    OWNERSHIPS,
    PERSON_KINDS,
    PHONE_KINDS,
    PLATFORMS,
    REGIONS,
    SCALES,
    ContactError,
    ContactNotFound,
    HistoryRow,
    OutletRecord,
    PersonRecord,
    Saved,
    check_codes,
    codes_to_text,
    text_to_codes,
)
from pressdesk.services.contacts.vocabulary import (
    MAX_TOPIC,
    Vocabulary,
    clean_topic,
    topic_keys,
)
from pressdesk.storage.contacts_models import (
    Outlet,
    OutletHistory,
    Person,
    PersonEmail,
    PersonMessenger,
    PersonPhone,
    Topic,
    person_topic,
)
from pressdesk.storage.contacts_search import person_search_columns, search_fold
from pressdesk.storage.engine import Database
from pressdesk.textfold import sort_text

__all__ = [
    "MAX_NAME",
    "MAX_TEXT",
    "MAX_TOPIC",
    "Vocabulary",
    "person_record",
    "person_records",
    "sort_text",
]

MAX_NAME = 300
MAX_TEXT = 20_000
MAX_PAGE = 1000


def _text(value: str, what: str, limit: int, *, required: bool = False) -> str:
    cleaned = clean_value(value)
    if required and not cleaned:
        raise ContactError("field.empty", field=Term(what))
    if len(cleaned) > limit:
        raise ContactError("field.too_long", field=Term(what), limit=limit)
    return cleaned


# Positions repeat from person to person.
@lru_cache(maxsize=4096)
def _bi_text(value: Bi, what: str, limit: int) -> Bi:
    return Bi(*(_text(value.get(lang), what, limit) for lang in LANGS))


# A file gives a few sets of languages, most often none.
@lru_cache(maxsize=256)
def _languages(codes: frozenset[str]) -> str:
    return codes_to_text(check_codes(codes, LANGUAGES, "language"))


def _long_text(value: str, what: str) -> str:
    if not value:
        return value
    cleaned = "\n".join(clean_value(line) for line in value.strip().splitlines()).strip()
    if len(cleaned) > MAX_TEXT:
        raise ContactError("field.too_long", field=Term(what), limit=MAX_TEXT)
    return cleaned


def _code(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise ContactError(
            "field.unknown", field=Term(what), value=value, allowed=[a for a in allowed if a]
        )
    return value


# --- outlets ----------------------------------------------------------------------------------


def _outlet_record(outlet: Outlet) -> OutletRecord:
    return OutletRecord(
        id=outlet.id,
        name=outlet.name,
        kind=outlet.kind,
        platforms=text_to_codes(outlet.platforms),
        scale=outlet.scale,
        region=outlet.region,
        languages=text_to_codes(outlet.languages),
        ownership=outlet.ownership,
        formats=text_to_codes(outlet.formats),
        circulation=outlet.circulation,
        periodicity=outlet.periodicity,
        audience=outlet.audience,
        audience_note=outlet.audience_note,
        website=outlet.website,
        social_links=outlet.social_links,
        phone=outlet.phone,
        email=outlet.email,
        first_wave=outlet.first_wave,
        exclusive_partner=outlet.exclusive_partner,
        notes=outlet.notes,
        row_version=outlet.row_version,
    )


def get_outlet(db: Database, outlet_id: int) -> OutletRecord:
    """Return one outlet."""
    with db.session() as session:
        outlet = session.get(Outlet, outlet_id)
        if outlet is None:
            raise ContactNotFound(f"No outlet with id {outlet_id}.")
        return _outlet_record(outlet)


def save_outlet(db: Database, record: OutletRecord) -> Saved[OutletRecord]:
    """Create or update an outlet; return it with any value kept for correction."""
    with db.session() as session:
        return save_outlet_in(session, record)


def save_outlet_in(session: Session, record: OutletRecord) -> Saved[OutletRecord]:
    """Create or update an outlet inside an open session (used by import)."""
    name = _text(record.name, "outlet name", MAX_NAME, required=True)
    for number, what in ((record.circulation, "circulation"), (record.audience, "audience")):
        if number is not None and number < 0:
            raise ContactError("field.negative", field=Term(what))
    warnings: list[str] = []
    phone = clean_value(record.phone)
    if phone:
        checked = check_phone(phone)
        phone = checked.e164 or checked.raw
        if not checked.valid:
            warnings.append(Message("problem.of_record", name=name, problem=checked.problem))
    email = clean_value(record.email)
    if email:
        echecked = check_email(email)
        email = echecked.address
        if not echecked.valid:
            warnings.append(Message("problem.of_record", name=name, problem=echecked.problem))
    folded = search_fold(name)
    taken = select(Outlet.id).where(Outlet.name_folded == folded, Outlet.id != (record.id or 0))
    if session.scalar(taken) is not None:
        raise ContactError("contacts.outlet_taken", name=name)
    if record.id is None:
        outlet = Outlet(name=name)
        session.add(outlet)
        renamed = False
    else:
        claim_unchanged(session, Outlet, record.id, record.row_version)
        found = session.get(Outlet, record.id)
        if found is None:
            raise ContactNotFound(f"No outlet with id {record.id}.")
        outlet = found
        mark_changed(outlet)
        renamed = outlet.name != name
    outlet.name = name
    outlet.name_sort = sort_text(name)
    outlet.name_folded = folded
    outlet.kind = _code(record.kind, OUTLET_KINDS, "outlet kind")
    outlet.platforms = codes_to_text(check_codes(record.platforms, PLATFORMS, "platform"))
    outlet.scale = _code(record.scale, SCALES, "scale")
    outlet.region = _code(record.region, REGIONS, "region")
    outlet.languages = codes_to_text(check_codes(record.languages, LANGUAGES, "language"))
    outlet.ownership = _code(record.ownership, OWNERSHIPS, "ownership")
    outlet.formats = codes_to_text(check_codes(record.formats, COVERAGE_FORMATS, "format"))
    outlet.circulation = record.circulation
    outlet.periodicity = _text(record.periodicity, "periodicity", 100)
    outlet.audience = record.audience
    outlet.audience_note = _text(record.audience_note, "audience note", 500)
    outlet.website = _text(record.website, "website", 500)
    outlet.social_links = _long_text(record.social_links, "social links")
    outlet.phone = phone[:100]
    outlet.email = email[:320]
    outlet.first_wave = record.first_wave
    outlet.exclusive_partner = record.exclusive_partner
    outlet.notes = _long_text(record.notes, "notes")
    try:
        session.flush()
    except IntegrityError as exc:  # an outlet of this name added on the server meanwhile
        if "name_folded" not in str(exc.orig):
            raise
        raise ContactError("contacts.outlet_taken", name=name) from exc
    if renamed:
        reindex_people(
            session, session.scalars(select(Person.id).where(Person.outlet_id == outlet.id))
        )
    return Saved(_outlet_record(outlet), tuple(warnings))


def delete_outlet(db: Database, outlet_id: int) -> None:
    """Delete an outlet; its people stay, without an outlet, with a history line."""
    today = clock.today()
    with db.session() as session:
        outlet = session.get(Outlet, outlet_id)
        if outlet is None:
            raise ContactNotFound(f"No outlet with id {outlet_id}.")
        people = list(session.scalars(select(Person).where(Person.outlet_id == outlet_id)))
        for person in people:
            _leave_outlet(session, person, outlet, today)
            person.outlet_id = None
        session.flush()
        reindex_people(session, [p.id for p in people])
        session.delete(outlet)


# --- people -----------------------------------------------------------------------------------


def get_person(db: Database, person_id: int) -> PersonRecord:
    """Return one person with all phones, e-mails, messengers and topics."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise ContactNotFound(f"No person with id {person_id}.")
        return person_record(session, person)


def save_person(
    db: Database, record: PersonRecord, *, today: dt.date | None = None
) -> Saved[PersonRecord]:
    """Create or update a person; invalid phones and e-mails are kept and reported."""
    with db.session() as session:
        person, warnings = save_person_in(session, record, today=today)
        return Saved(person_record(session, person), tuple(warnings))


def topic_objects(session: Session, values: Iterable[Bi], vocabulary: Vocabulary) -> list[Topic]:
    """Return the Topic rows of ``values`` found in either language, creating missing ones."""
    ids = vocabulary.resolve(values)
    real = vocabulary.write(session)
    if vocabulary.completed:
        # A topic's name was filled in: everyone carrying it is found by that name too.
        reindex_people(session, people_with_topics(session, vocabulary.completed))
    return vocabulary.objects(session, [real.get(i, i) for i in ids])


def people_with_topics(session: Session, topic_ids: Iterable[int]) -> list[int]:
    """The people carrying any of ``topic_ids``."""
    return list(
        session.scalars(
            select(person_topic.c.person_id)
            .where(person_topic.c.topic_id.in_(sorted(set(topic_ids))))
            .distinct()
        )
    )


@dataclass(frozen=True)
class PersonValues:
    """A person's checked column values and child rows, as they are stored."""

    full_name: str
    name_sort: str
    kind: str
    position: Bi
    languages: str
    preferred_channel: str
    birthday: dt.date | None
    source: str
    last_verified: dt.date | None
    do_not_contact: bool
    notes: str
    # (raw, e164, kind, valid), (address, normalized, valid), (service, handle)
    phones: tuple[tuple[str, str, str, bool], ...]
    emails: tuple[tuple[str, str, bool], ...]
    messengers: tuple[tuple[str, str], ...]
    topics: tuple[Bi, ...]
    warnings: tuple[str, ...]

    @property
    def invalid_values(self) -> int:
        """Return how many phones and e-mails failed validation."""
        return sum(not p[3] for p in self.phones) + sum(not e[2] for e in self.emails)


# An import gives most people one of a few topic lists; folding their names is the slow part.
@lru_cache(maxsize=1024)
def _checked_topics(names: tuple[Bi, ...]) -> tuple[Bi, ...]:
    """Clean topic names, dropping any that repeats an earlier one in either language."""
    topics: list[Bi] = []
    folded: set[str] = set()
    for raw in names:
        topic = clean_topic(raw)
        keys = topic_keys(topic)
        if keys and not folded.intersection(keys):
            folded.update(keys)
            topics.append(topic)
    return tuple(topics)


def check_person(record: PersonRecord) -> PersonValues:
    """Check and normalise a person record; raise ContactError if it cannot be saved."""
    name = _text(record.full_name, "full name", MAX_NAME, required=True)
    warnings: list[str] = []
    phones: list[tuple[str, str, str, bool]] = []
    seen: set[str] = set()
    for value in record.phones:
        checked = check_phone(value.raw)
        if not checked.raw:
            continue
        key = checked.e164 or checked.raw
        if key in seen:
            continue
        seen.add(key)
        kind = value.kind if value.kind in PHONE_KINDS else "other"
        phones.append((checked.raw, checked.e164, kind, checked.valid))
        if not checked.valid:
            warnings.append(Message("problem.of_record", name=name, problem=checked.problem))
    emails: list[tuple[str, str, bool]] = []
    seen.clear()
    for evalue in record.emails:
        echecked = check_email(evalue.address)
        if not echecked.address:
            continue
        key = echecked.normalized or echecked.address.casefold()
        if key in seen:
            continue
        seen.add(key)
        emails.append((echecked.address[:320], echecked.normalized, echecked.valid))
        if not echecked.valid:
            warnings.append(Message("problem.of_record", name=name, problem=echecked.problem))
    messengers = (
        tuple(
            (_code(m.service, MESSENGERS, "messenger"), _text(m.handle, "messenger handle", 200))
            for m in record.messengers
            if clean_value(m.handle)
        )
        if record.messengers
        else ()
    )
    return PersonValues(
        full_name=name,
        name_sort=sort_text(name),
        kind=_code(record.kind, PERSON_KINDS, "person kind"),
        position=_bi_text(record.position, "position", MAX_NAME),
        languages=_languages(frozenset(record.languages)),
        preferred_channel=_code(record.preferred_channel, ("", *CHANNELS), "channel"),
        birthday=record.birthday,
        source=_text(record.source, "source", 300),
        last_verified=record.last_verified,
        do_not_contact=record.do_not_contact,
        notes=_long_text(record.notes, "notes"),
        phones=tuple(phones),
        emails=tuple(emails),
        messengers=messengers,
        topics=_checked_topics(tuple(record.topics)),
        warnings=tuple(warnings),
    )


def save_person_in(
    session: Session,
    record: PersonRecord,
    *,
    today: dt.date | None = None,
    topic_cache: Vocabulary | None = None,
    outlet_names: dict[int, str] | None = None,
    flush: bool = True,
) -> tuple[Person, list[str]]:
    """Create or update a person inside an open session; return it and the warnings."""
    today = today or clock.today()
    values = check_person(record)
    # Topics first: a new topic is written (flushed) before the person, not in the middle.
    topics = topic_objects(
        session, values.topics, Vocabulary.load(session) if topic_cache is None else topic_cache
    )
    if record.id is None:
        person = Person(full_name=values.full_name)
        session.add(person)
        previous_outlet: int | None = None
        new = True
    else:
        claim_unchanged(session, Person, record.id, record.row_version)
        found = session.get(Person, record.id)
        if found is None:
            raise ContactNotFound(f"No person with id {record.id}.")
        person = found
        mark_changed(person)
        previous_outlet = person.outlet_id
        new = False
    outlet_name = ""
    if record.outlet_id is not None:
        if outlet_names is not None and record.outlet_id in outlet_names:
            outlet_name = outlet_names[record.outlet_id]
        else:
            outlet = session.get(Outlet, record.outlet_id)
            if outlet is None:
                raise ContactNotFound(f"No outlet with id {record.outlet_id}.")
            outlet_name = outlet.name
    if not new and previous_outlet != record.outlet_id:
        if previous_outlet is not None:
            _leave_outlet(session, person, session.get(Outlet, previous_outlet), today)
        person.outlet_since = today if record.outlet_id is not None else None
    elif new:
        person.outlet_since = record.outlet_since or (today if record.outlet_id else None)
    person.full_name = values.full_name
    person.name_sort = values.name_sort
    person.kind = values.kind
    person.position = values.position
    person.outlet_id = record.outlet_id
    person.languages = values.languages
    person.preferred_channel = values.preferred_channel
    person.birthday = values.birthday
    person.source = values.source
    person.last_verified = values.last_verified
    person.do_not_contact = values.do_not_contact
    person.notes = values.notes
    person.phones = [
        PersonPhone(position=i, raw=raw, e164=e164, kind=kind, valid=valid)
        for i, (raw, e164, kind, valid) in enumerate(values.phones)
    ]
    person.emails = [
        PersonEmail(position=i, address=address, normalized=normalized, valid=valid)
        for i, (address, normalized, valid) in enumerate(values.emails)
    ]
    person.messengers = [
        PersonMessenger(position=i, service=service, handle=handle)
        for i, (service, handle) in enumerate(values.messengers)
    ]
    person.topics = topics
    person.invalid_values = values.invalid_values
    person.search_name, person.search_text = person_search_columns(
        values.full_name,
        position=values.position,
        outlet_name=outlet_name,
        topics=[t.name for t in person.topics],
        phones=[(e164, raw) for raw, e164, _kind, _valid in values.phones],
        emails=[address for address, _normalized, _valid in values.emails],
        messengers=[handle for _service, handle in values.messengers],
        notes=values.notes,
    )
    if flush:
        session.flush()
    return person, list(values.warnings)


def _leave_outlet(session: Session, person: Person, outlet: Outlet | None, on: dt.date) -> None:
    if outlet is None:
        return
    session.add(
        OutletHistory(
            person_id=person.id,
            outlet_id=outlet.id,
            outlet_name=outlet.name,
            position=person.position,
            started_on=person.outlet_since,
            ended_on=on,
        )
    )


def reindex_people(session: Session, person_ids: Iterable[int]) -> None:
    """Recompute the search text of people after their outlet or child rows changed."""
    ids = list(person_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        people = session.scalars(
            select(Person)
            .where(Person.id.in_(chunk))
            .options(
                selectinload(Person.phones),
                selectinload(Person.emails),
                selectinload(Person.messengers),
                selectinload(Person.topics),
            )
        )
        names = dict(
            session.execute(
                select(Outlet.id, Outlet.name).where(
                    Outlet.id.in_(select(Person.outlet_id).where(Person.id.in_(chunk)))
                )
            ).all()
        )
        for person in people:
            person.search_name, person.search_text = person_search_columns(
                person.full_name,
                position=person.position,
                outlet_name=names.get(person.outlet_id or 0, ""),
                topics=[t.name for t in person.topics],
                phones=[(p.e164, p.raw) for p in person.phones],
                emails=[e.address for e in person.emails],
                messengers=[m.handle for m in person.messengers],
                notes=person.notes,
            )
            person.invalid_values = sum(not p.valid for p in person.phones) + sum(
                not e.valid for e in person.emails
            )
    session.flush()


def delete_people(db: Database, person_ids: Iterable[int]) -> int:
    """Delete people with their phones, e-mails, list memberships and log; return how many."""
    ids = sorted(set(person_ids))
    with db.session() as session:
        people = list(session.scalars(select(Person).where(Person.id.in_(ids))))
        for person in people:
            session.delete(person)
        return len(people)


def move_person(
    db: Database,
    person_id: int,
    outlet_id: int | None,
    *,
    position: Bi | None = None,
    on: dt.date | None = None,
) -> PersonRecord:
    """Move a person to another outlet (or none), writing a history line for the old one."""
    record = get_person(db, person_id)
    changes = replace(
        record,
        outlet_id=outlet_id,
        position=record.position if position is None else position,
    )
    return save_person(db, changes, today=on).record


def outlet_history(db: Database, person_id: int) -> list[HistoryRow]:
    """Return the former places of work of a person, latest first."""
    with db.session() as session:
        rows = session.scalars(
            select(OutletHistory)
            .where(OutletHistory.person_id == person_id)
            .order_by(OutletHistory.ended_on.desc(), OutletHistory.id.desc())
        )
        return [
            HistoryRow(h.outlet_id, h.outlet_name, h.position, h.started_on, h.ended_on)
            for h in rows
        ]


def mark_verified(db: Database, person_ids: Iterable[int], on: dt.date | None = None) -> int:
    """Set "last verified" of many people at once; return how many were changed."""
    ids = sorted(set(person_ids))
    if not ids:
        return 0
    with db.session() as session:
        result = session.execute(
            update(Person)
            .where(Person.id.in_(ids))
            .values(last_verified=on or clock.today(), row_version=Person.row_version + 1)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]


def stale_cutoff(months: int, today: dt.date | None = None) -> dt.date:
    """Return the date before which a verification is too old (``months`` months ago)."""
    today = today or clock.today()
    month = today.month - months
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
