"""Export the whole base, a list or the current filter as CSV, XLSX, vCard, DOCX or PDF.

Every file is in one language: a directory and a vCard print positions and topics in it only
(never the other language's text in its place); a table carries the Kyrgyz and the Russian
value of each in two columns, under titles in the file's language. :func:`export_refs` names
what the file prints, for the check of missing texts before it is written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi, looks_doubled
from pressdesk.documents.locale import LANGS, Lang, check_lang
from pressdesk.exchange.contacts_io import (
    BILINGUAL_HEADERS,
    label_of,
    write_contact_table,
    write_vcard_file,
)
from pressdesk.exchange.phones import display_phone
from pressdesk.exchange.vcard import VCard
from pressdesk.services.contacts.directory import OUTLET_COLUMNS, OutletRow, write_directory
from pressdesk.services.contacts.query import person_ids
from pressdesk.services.contacts.values import ContactError, PersonFilter
from pressdesk.services.contacts.vocabulary import topic_order
from pressdesk.services.official_use import mark_workbook
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import get_profile
from pressdesk.storage.contacts_models import (
    Outlet,
    Person,
    PersonEmail,
    PersonMessenger,
    PersonPhone,
    Topic,
    person_topic,
)
from pressdesk.storage.engine import Database

EXPORT_FORMATS = (".csv", ".xlsx", ".vcf", ".docx", ".pdf")
_CHUNK = 500

_POSITION = BILINGUAL_HEADERS["position"]
_TOPICS = BILINGUAL_HEADERS["topics"]
HEADERS: dict[str, tuple[str, ...]] = {
    "ky": (
        "Аты-жөнү",
        *_POSITION,
        "ЖМК",
        "Телефон",
        "Электрондук почта",
        "Telegram",
        "WhatsApp",
        *_TOPICS,
        "Түрү",
        "Тилдер",
        "Эскертүү",
        "Булак",
        "Туулган күнү",
        "Текшерилди",
        "Байланышпа",
    ),
    "ru": (
        "ФИО",
        *_POSITION,
        "СМИ",
        "Телефон",
        "E-mail",
        "Telegram",
        "WhatsApp",
        *_TOPICS,
        "Тип",
        "Языки",
        "Примечание",
        "Источник",
        "День рождения",
        "Проверено",
        "Не беспокоить",
    ),
}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    people: int
    outlets: int


@dataclass(frozen=True)
class _Phone:
    raw: str
    e164: str
    kind: str


@dataclass(frozen=True)
class _Messenger:
    service: str
    handle: str


@dataclass(frozen=True)
class _Person:
    """What an export shows of a person, read with plain queries instead of ORM objects."""

    full_name: str
    position: Bi
    kind: str
    languages: str
    notes: str
    source: str
    birthday: dt.date | None
    last_verified: dt.date | None
    do_not_contact: bool
    phones: list[_Phone]
    emails: list[str]
    messengers: list[_Messenger]
    topics: list[Bi]
    # Kept from an imported card, so that a phone or a mail program updates it instead of
    # adding a copy, and names keep their order.
    vcard_uid: str = ""
    name_parts: str = ""


def _people(session: Session, ids: Sequence[int]) -> Iterator[tuple[_Person, OutletRow | None]]:
    outlets: dict[int, OutletRow] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        phones: dict[int, list[_Phone]] = defaultdict(list)
        for pid, raw, e164, kind in session.execute(
            select(PersonPhone.person_id, PersonPhone.raw, PersonPhone.e164, PersonPhone.kind)
            .where(PersonPhone.person_id.in_(chunk))
            .order_by(PersonPhone.person_id, PersonPhone.position)
        ):
            phones[pid].append(_Phone(raw, e164, kind))
        emails: dict[int, list[str]] = defaultdict(list)
        for pid, address in session.execute(
            select(PersonEmail.person_id, PersonEmail.address)
            .where(PersonEmail.person_id.in_(chunk))
            .order_by(PersonEmail.person_id, PersonEmail.position)
        ):
            emails[pid].append(address)
        messengers: dict[int, list[_Messenger]] = defaultdict(list)
        for pid, service, handle in session.execute(
            select(PersonMessenger.person_id, PersonMessenger.service, PersonMessenger.handle)
            .where(PersonMessenger.person_id.in_(chunk))
            .order_by(PersonMessenger.person_id, PersonMessenger.position)
        ):
            messengers[pid].append(_Messenger(service, handle))
        topics: dict[int, list[Bi]] = defaultdict(list)
        for pid, name_ky, name_ru in session.execute(
            select(person_topic.c.person_id, Topic.name_ky, Topic.name_ru)
            .join(Topic, Topic.id == person_topic.c.topic_id)
            .where(person_topic.c.person_id.in_(chunk))
            .order_by(person_topic.c.person_id, Topic.id)
        ):
            topics[pid].append(Bi(name_ky, name_ru))
        rows = {
            row.id: row
            for row in session.execute(
                select(
                    Person.id,
                    Person.outlet_id,
                    Person.full_name,
                    Person.position_ky,
                    Person.position_ru,
                    Person.kind,
                    Person.languages,
                    Person.notes,
                    Person.source,
                    Person.birthday,
                    Person.last_verified,
                    Person.do_not_contact,
                    Person.vcard_uid,
                    Person.name_parts,
                ).where(Person.id.in_(chunk))
            )
        }
        missing = {r.outlet_id for r in rows.values() if r.outlet_id} - outlets.keys()
        if missing:
            for o in session.execute(select(*OUTLET_COLUMNS).where(Outlet.id.in_(sorted(missing)))):
                outlets[o.id] = OutletRow(**o._mapping)
        for pid in chunk:
            row = rows.get(pid)
            if row is None:
                continue
            person = _Person(
                full_name=row.full_name,
                position=Bi(row.position_ky, row.position_ru),
                kind=row.kind,
                languages=row.languages,
                notes=row.notes,
                source=row.source,
                birthday=row.birthday,
                last_verified=row.last_verified,
                do_not_contact=row.do_not_contact,
                vcard_uid=row.vcard_uid or "",
                name_parts=row.name_parts or "",
                phones=phones.get(pid, []),
                emails=emails.get(pid, []),
                messengers=messengers.get(pid, []),
                topics=topics.get(pid, []),
            )
            yield person, outlets.get(row.outlet_id or 0)


def _phones(person: _Person) -> list[str]:
    return [display_phone(p.e164, p.raw) for p in person.phones]


def _yes(flag: bool, lang: str) -> str:
    if not flag:
        return ""
    return "ооба" if lang == "ky" else "да"


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _topics(person: _Person, lang: str) -> list[Bi]:
    """The person's topics in dictionary order of the document's language."""
    return sorted(person.topics, key=lambda t: topic_order(t, lang))


def _topic_names(person: _Person, lang: str, column: str) -> str:
    return "; ".join(t.get(column) for t in _topics(person, lang) if t.get(column))


def _table_row(person: _Person, outlet: OutletRow | None, lang: str) -> list[str]:
    langs = [c for c in person.languages.split(",") if c]
    return [
        person.full_name,
        person.position.ky,
        person.position.ru,
        outlet.name if outlet else "",
        "; ".join(_phones(person)),
        "; ".join(person.emails),
        "; ".join(m.handle for m in person.messengers if m.service == "telegram"),
        "; ".join(m.handle for m in person.messengers if m.service == "whatsapp"),
        _topic_names(person, lang, "ky"),
        _topic_names(person, lang, "ru"),
        label_of("person_kind", person.kind, lang),
        ", ".join(label_of("language", c, lang) for c in langs),
        person.notes,
        person.source,
        _date(person.birthday),
        _date(person.last_verified),
        _yes(person.do_not_contact, lang),
    ]


_KIND_TO_VCARD = {
    "mobile": "mobile",
    "work": "work",
    "home": "home",
    "fax": "fax",
    "other": "other",
}


def _card(person: _Person, outlet: OutletRow | None, lang: str) -> VCard:
    return VCard(
        full_name=person.full_name,
        org=outlet.name if outlet else "",
        title=person.position.get(lang),
        phones=[(p.e164 or p.raw, _KIND_TO_VCARD.get(p.kind, "")) for p in person.phones],
        emails=list(person.emails),
        messengers=[(m.service, m.handle) for m in person.messengers],
        note=person.notes,
        categories=[t.get(lang) for t in _topics(person, lang) if t.get(lang)],
        birthday=person.birthday.isoformat() if person.birthday else "",
        uid=person.vcard_uid,
        name_parts=person.name_parts,
        languages=[code for code in person.languages.split(",") if code],
    )


def export_contacts(
    db: Database,
    path: str | os.PathLike[str],
    *,
    flt: PersonFilter | None = None,
    list_id: int | None = None,
    list_name: str = "",
    lang: str = "ru",
    font_path: str | None = None,
    on: dt.date | None = None,
    official_use: bool = False,
) -> ExportResult:
    """Write the people matching ``flt`` (or a list) to ``path``; the format is the extension.

    ``official_use`` puts the restricted-use mark on a directory (DOCX, PDF) and on an XLSX
    table; CSV and vCard files, data for other programs, carry none.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ContactError("file.export_to", name=target.name, allowed=EXPORT_FORMATS)
    try:
        doc_lang = check_lang(lang)
    except ValueError as exc:
        raise ContactError("document.language", value=lang, allowed=LANGS) from exc
    flt = flt or PersonFilter()
    if list_id is not None:
        flt = replace(flt, list_id=list_id)
    ids = person_ids(db, flt, sort="name")
    seen: set[int] = set()

    def counted(
        people: Iterator[tuple[_Person, OutletRow | None]],
    ) -> Iterator[tuple[_Person, OutletRow | None]]:
        for person, outlet in people:
            if outlet is not None:
                seen.add(outlet.id)
            yield person, outlet

    with db.session() as session:
        if suffix in {".csv", ".xlsx"}:
            rows = (_table_row(p, o, doc_lang) for p, o in counted(_people(session, ids)))
            write_contact_table(target, HEADERS[doc_lang], rows, sheet_title=_sheet_title(doc_lang))
            if official_use and suffix == ".xlsx":
                mark_workbook(target, doc_lang)
            outlets = len(seen)
        elif suffix == ".vcf":
            write_vcard_file(
                target, [_card(p, o, doc_lang) for p, o in counted(_people(session, ids))]
            )
            outlets = len(seen)
        else:
            outlets = write_directory(
                session,
                ids,
                target,
                doc_lang,
                org_name=get_profile(db).name(doc_lang),
                list_name=list_name,
                font_path=font_path,
                on=on,
                official_use=official_use,
            )
    return ExportResult(target, len(ids), outlets)


def export_refs(
    db: Database,
    lang: str,
    *,
    flt: PersonFilter | None = None,
    list_id: int | None = None,
) -> list[Ref]:
    """The positions and topics an export of these people prints that ``lang`` may lack.

    Only the records with something to report are named (a text in the other language only,
    or one holding both languages), so a base of thousands of people is checked in two
    queries; the check itself (``preflight.find_missing``) decides.
    """
    flt = flt or PersonFilter()
    if list_id is not None:
        flt = replace(flt, list_id=list_id)
    ids = person_ids(db, flt, sort="name")
    people: list[Ref] = []
    topics: dict[int, Bi] = {}
    with db.session() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for pid, ky, ru in session.execute(
                select(Person.id, Person.position_ky, Person.position_ru).where(
                    Person.id.in_(chunk)
                )
            ):
                if _check(Bi(ky, ru), lang):
                    people.append(Ref("person", pid, ("position",)))
            for tid, ky, ru in session.execute(
                select(Topic.id, Topic.name_ky, Topic.name_ru)
                .join(person_topic, person_topic.c.topic_id == Topic.id)
                .where(person_topic.c.person_id.in_(chunk))
            ):
                topics[tid] = Bi(ky, ru)
    order = {pid: i for i, pid in enumerate(ids)}
    people.sort(key=lambda r: order[r.record_id])
    named = sorted(
        (tid for tid, name in topics.items() if _check(name, lang)),
        key=lambda t: topic_order(topics[t], lang),
    )
    return [*(Ref("topic", tid) for tid in named), *people]


def _check(value: Bi, lang: str) -> bool:
    """What ``preflight.find_missing`` reports: missing in ``lang``, or both languages at once."""
    return value.missing(lang) or looks_doubled(value.get(lang))


def _sheet_title(lang: Lang) -> str:
    return "ЖМК базасы" if lang == "ky" else "База СМИ"
