"""Read people back as plain records: one, or many at once with a few queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi
from pressdesk.services.contacts.values import (
    EmailValue,
    MessengerValue,
    PersonRecord,
    PhoneValue,
    text_to_codes,
)
from pressdesk.services.contacts.vocabulary import topic_order
from pressdesk.storage.contacts_models import (
    Outlet,
    Person,
    PersonEmail,
    PersonMessenger,
    PersonPhone,
    Topic,
    person_topic,
)


def person_record(session: Session, person: Person) -> PersonRecord:
    """Return the plain record of a loaded person."""
    outlet_name = ""
    if person.outlet_id is not None:
        outlet_name = session.scalar(select(Outlet.name).where(Outlet.id == person.outlet_id)) or ""
    return PersonRecord(
        id=person.id,
        full_name=person.full_name,
        kind=person.kind,
        position=person.position,
        outlet_id=person.outlet_id,
        outlet_name=outlet_name,
        outlet_since=person.outlet_since,
        topics=tuple(sorted((t.name for t in person.topics), key=topic_order)),
        phones=tuple(
            PhoneValue(p.raw, p.kind, p.e164, p.valid, _invalid(p.raw, p.valid))
            for p in person.phones
        ),
        emails=tuple(
            EmailValue(e.address, e.valid, _invalid(e.address, e.valid)) for e in person.emails
        ),
        messengers=tuple(MessengerValue(m.service, m.handle) for m in person.messengers),
        languages=text_to_codes(person.languages),
        preferred_channel=person.preferred_channel,
        birthday=person.birthday,
        source=person.source,
        last_verified=person.last_verified,
        last_contacted=person.last_contacted,
        do_not_contact=person.do_not_contact,
        notes=person.notes,
        row_version=person.row_version,
    )


def person_records(session: Session, ids: Iterable[int]) -> dict[int, PersonRecord]:
    """Return the records of many people at once, equal to what ``person_record`` gives."""
    wanted = sorted(set(ids))
    result: dict[int, PersonRecord] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        phones: dict[int, list[PhoneValue]] = defaultdict(list)
        for pid, raw, kind, e164, valid in session.execute(
            select(
                PersonPhone.person_id,
                PersonPhone.raw,
                PersonPhone.kind,
                PersonPhone.e164,
                PersonPhone.valid,
            )
            .where(PersonPhone.person_id.in_(chunk))
            .order_by(PersonPhone.person_id, PersonPhone.position)
        ):
            phones[pid].append(PhoneValue(raw, kind, e164, valid, _invalid(raw, valid)))
        emails: dict[int, list[EmailValue]] = defaultdict(list)
        for pid, address, valid in session.execute(
            select(PersonEmail.person_id, PersonEmail.address, PersonEmail.valid)
            .where(PersonEmail.person_id.in_(chunk))
            .order_by(PersonEmail.person_id, PersonEmail.position)
        ):
            emails[pid].append(EmailValue(address, valid, _invalid(address, valid)))
        messengers: dict[int, list[MessengerValue]] = defaultdict(list)
        for pid, service, handle in session.execute(
            select(PersonMessenger.person_id, PersonMessenger.service, PersonMessenger.handle)
            .where(PersonMessenger.person_id.in_(chunk))
            .order_by(PersonMessenger.person_id, PersonMessenger.position)
        ):
            messengers[pid].append(MessengerValue(service, handle))
        topics: dict[int, list[Bi]] = defaultdict(list)
        for pid, name_ky, name_ru in session.execute(
            select(person_topic.c.person_id, Topic.name_ky, Topic.name_ru)
            .join(Topic, Topic.id == person_topic.c.topic_id)
            .where(person_topic.c.person_id.in_(chunk))
        ):
            topics[pid].append(Bi(name_ky, name_ru))
        rows = session.execute(
            select(
                Person.id,
                Person.full_name,
                Person.kind,
                Person.position_ky,
                Person.position_ru,
                Person.outlet_id,
                Outlet.name,
                Person.outlet_since,
                Person.languages,
                Person.preferred_channel,
                Person.birthday,
                Person.source,
                Person.last_verified,
                Person.last_contacted,
                Person.do_not_contact,
                Person.notes,
                Person.row_version,
            )
            .outerjoin(Outlet, Outlet.id == Person.outlet_id)
            .where(Person.id.in_(chunk))
        )
        for row in rows:
            pid = row.id
            result[pid] = PersonRecord(
                id=pid,
                full_name=row.full_name,
                kind=row.kind,
                position=Bi(row.position_ky, row.position_ru),
                outlet_id=row.outlet_id,
                outlet_name=row.name or "",
                outlet_since=row.outlet_since,
                topics=tuple(sorted(topics[pid], key=topic_order)),
                phones=tuple(phones[pid]),
                emails=tuple(emails[pid]),
                messengers=tuple(messengers[pid]),
                languages=text_to_codes(row.languages),
                preferred_channel=row.preferred_channel,
                birthday=row.birthday,
                source=row.source,
                last_verified=row.last_verified,
                last_contacted=row.last_contacted,
                do_not_contact=row.do_not_contact,
                notes=row.notes,
                row_version=row.row_version,
            )
    return result


def _invalid(value: str, valid: bool) -> str:
    return "" if valid else f"{value!r} is invalid"
