"""Import contact files all-or-nothing, and export people as CSV, XLSX, vCard, DOCX or PDF."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.documents.locale import LANGS
from pressdesk.exchange.contact_candidates import ContactCandidate
from pressdesk.exchange.contacts_io import ImportMapping, stream_contacts
from pressdesk.exchange.errors import ContactFileError
from pressdesk.exchange.phones import check_email, check_phone, clean_value
from pressdesk.exchange.tabular import RowProblem
from pressdesk.services.contacts.candidates import check_candidate
from pressdesk.services.contacts.records import (
    PersonValues,
    check_person,
    people_with_topics,
    person_records,
    reindex_people,
    sort_text,
)
from pressdesk.services.contacts.values import (
    EmailValue,
    MessengerValue,
    PersonRecord,
    PhoneValue,
    text_to_codes,
)
from pressdesk.services.contacts.vocabulary import Vocabulary, same_topics
from pressdesk.services.profile import get_profile
from pressdesk.storage.contacts_models import (
    Outlet,
    OutletHistory,
    Person,
    PersonEmail,
    PersonMessenger,
    PersonPhone,
    person_topic,
)
from pressdesk.storage.contacts_search import insert_people, person_search_columns, search_fold
from pressdesk.storage.dry_run import rolled_back
from pressdesk.storage.engine import Database
from pressdesk.textfold import fold

__all__ = ["ContactFileError", "ImportMapping", "ImportReport", "import_contacts"]

Progress = Callable[[int, int], bool]

# Rows between progress reports, and people per bulk statement while writing.
_PROGRESS_EVERY = 200
_WINDOW = 500
_WRITE_CHUNK = 2000

_OUTLETS = cast(Table, Outlet.__table__)
_PEOPLE = cast(Table, Person.__table__)
_PHONES = cast(Table, PersonPhone.__table__)
_EMAILS = cast(Table, PersonEmail.__table__)
_MESSENGERS = cast(Table, PersonMessenger.__table__)
_HISTORY = cast(Table, OutletHistory.__table__)


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, in a dry run or when refused, would do)."""

    total: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    outlets_created: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    cancelled: bool = False
    #: Invalid rows stopped the import (nothing was, or in a dry run would be, written).
    stopped: bool = False

    @property
    def refused(self) -> bool:
        """Return True if nothing was (or would be) imported because some rows are invalid."""
        return self.stopped


class _Cancelled(Exception):
    """Raised inside the import transaction when the progress callback asks to stop."""


def candidate_record(
    candidate: ContactCandidate, lang: str = "ky"
) -> tuple[PersonRecord, str, list[str]]:
    """Check one candidate; return the record, the outlet name and the reasons it is invalid."""
    checked = check_candidate(candidate, lang)
    return checked.record, checked.outlet, checked.reasons


def merge_text(existing: Bi, new: Bi) -> Bi:
    """The value after an import brings ``new``: it fills empty languages; a changed one wins.

    A file that says the same (or nothing) keeps the stored value; a file that gives another
    text in a language replaces the whole value, as the other language described the old one.
    """
    if new.empty:
        return existing
    merged = existing
    for lang in LANGS:
        text = new.get(lang)
        if not text:
            continue
        if existing.get(lang) and fold(existing.get(lang)) != fold(text):
            return new
        merged = merged.with_value(lang, existing.get(lang) or text)
    return merged


def _merge(existing: PersonRecord, new: PersonRecord, outlet_id: int | None) -> PersonRecord:
    phones = {p.e164 or p.raw for p in existing.phones}
    emails = {e.address.casefold() for e in existing.emails}
    handles = {(m.service, m.handle) for m in existing.messengers}
    return replace(
        existing,
        position=merge_text(existing.position, new.position),
        outlet_id=outlet_id if outlet_id is not None else existing.outlet_id,
        kind=new.kind if new.kind != "journalist" else existing.kind,
        phones=existing.phones
        + tuple(
            p for p in new.phones if (check_phone(p.raw).e164 or clean_value(p.raw)) not in phones
        ),
        emails=existing.emails
        + tuple(
            e
            for e in new.emails
            if (check_email(e.address).address or e.address).casefold() not in emails
        ),
        messengers=existing.messengers
        + tuple(m for m in new.messengers if (m.service, m.handle) not in handles),
        topics=existing.topics
        + tuple(t for t in new.topics if not any(same_topics(t, o) for o in existing.topics)),
        languages=existing.languages | new.languages,
        source=new.source or existing.source,
        birthday=new.birthday or existing.birthday,
        last_verified=new.last_verified or existing.last_verified,
        do_not_contact=existing.do_not_contact or new.do_not_contact,
        notes=existing.notes
        if not new.notes or new.notes.strip() in existing.notes
        else f"{existing.notes}\n{new.notes}".strip(),
    )


def import_contacts(
    db: Database,
    path: str | os.PathLike[str],
    *,
    mapping: ImportMapping | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    source: str = "",
    progress: Progress | None = None,
) -> ImportReport:
    """Import a file in one transaction; any invalid row blocks it unless ``skip_invalid``.

    People are matched on e-mail or normalised phone, so a second import updates instead of
    duplicating. ``progress(done, total)`` returning False cancels and rolls back.
    Raises ContactFileError when the file cannot be read at all.

    A dry run is the real import in a transaction that is rolled back: it reports exactly
    what the import would do, a refusal by the database included.
    """
    if dry_run:
        with rolled_back(db) as scratch:
            report = import_contacts(
                scratch,
                path,
                mapping=mapping,
                skip_invalid=skip_invalid,
                source=source,
                progress=progress,
            )
        return replace(report, dry_run=True, written=False)
    contact_file, candidates = stream_contacts(path, mapping)
    # A one-language column fills the language its text is written in; a text with no clue
    # of its language goes to the organisation's document language.
    lang = get_profile(db).default_doc_lang
    checked: list[_Checked] = []
    rejected: list[RowProblem] = []
    remarks = list(contact_file.problems)
    total = 0
    # The file is read a row at a time and only the checked record is kept: a large file is
    # never held as text rows and candidates besides.
    for candidate in candidates:
        total += 1
        result = check_candidate(candidate, lang)
        if result.reasons:
            rejected.append(RowProblem(candidate.line, tuple(result.reasons), candidate.summary()))
            continue
        record = result.record
        if source and not record.source:
            record = replace(record, source=source)
        what = record.full_name[:60]
        remarks += [f"row {candidate.line} ({what}): {w}" for w in result.warnings]
        checked.append(
            _Checked(candidate.line, record, result.outlet, (result.uid, result.name_parts))
        )
    base = ImportReport(
        total=total,
        rejected=rejected,
        warnings=remarks,
        ignored_columns=contact_file.ignored_columns,
    )
    if rejected and not skip_invalid:
        return replace(base, stopped=True)
    # Checking and matching come first, then every change is written in bulk; one transaction
    # holds both, so a cancel or an error leaves the base as it was.
    written = bool(checked)
    try:
        with db.session() as session:
            plan = _Plan(session, len(checked), progress)
            plan.run(checked)
            _write(session, plan)
    except _Cancelled:
        return replace(base, cancelled=True)
    return replace(
        base,
        created=plan.created,
        updated=plan.updated,
        unchanged=plan.unchanged,
        outlets_created=len(plan.new_outlets),
        warnings=remarks + plan.warnings,
        written=written,
    )


@dataclass
class _Change:
    """A person the import creates or changes, as it will be stored."""

    values: PersonValues
    outlet_id: int | None
    outlet_since: dt.date | None
    last_contacted: dt.date | None
    # The vCard UID and structured name kept with the person (see contacts_models.Person).
    card: tuple[str, str] = ("", "")
    # The person's topics in the vocabulary (ids below zero are topics the import creates).
    topic_ids: tuple[int, ...] = ()


class _Checked(NamedTuple):
    """A row that passed the checks, with the card keys it brings."""

    line: int
    record: PersonRecord
    outlet: str
    card: tuple[str, str]


class _Plan:
    """Decide row by row what to create and change, without writing; keys < 0 are new rows."""

    def __init__(self, session: Session, rows: int, progress: Progress | None) -> None:
        self.session = session
        self.steps = 2 * rows
        self.progress = progress
        self.today = clock.today()
        self.created = self.updated = self.unchanged = 0
        self.warnings: list[str] = []
        self.outlets = {
            folded: oid for oid, folded in session.execute(select(Outlet.id, Outlet.name_folded))
        }
        self.names: dict[int, str] = dict(session.execute(select(Outlet.id, Outlet.name)).all())
        self.new_outlets: dict[int, str] = {}
        self.topics = Vocabulary.load(session)
        # Resolving names again gives the same topics once they are planned, and a file repeats
        # a few topic names on most rows: each distinct list is resolved once.
        self._resolved: dict[tuple[Bi, ...], tuple[int, ...]] = {}
        self.by_email: dict[str, int] = dict(
            session.execute(select(PersonEmail.normalized, PersonEmail.person_id)).all()
        )
        self.by_email.pop("", None)
        self.by_phone: dict[str, int] = dict(
            session.execute(select(PersonPhone.e164, PersonPhone.person_id)).all()
        )
        self.by_phone.pop("", None)
        self.db_emails = set(self.by_email)
        self.db_phones = set(self.by_phone)
        self.by_uid: dict[str, int] = dict(
            session.execute(select(Person.vcard_uid, Person.id).where(Person.vcard_uid != "")).all()
        )
        self.db_uids = set(self.by_uid)
        self.cards: dict[int, tuple[str, str]] = {}
        self.changes: dict[int, _Change] = {}
        self.history: list[dict[str, Any]] = []
        self._next_key = -1
        self._folded: dict[str, str] = {}

    def report(self, done: int) -> None:
        """Pass progress on; raise _Cancelled when the caller asks to stop."""
        if self.progress is not None and not self.progress(done, self.steps):
            raise _Cancelled

    def resolve_topics(self, names: Sequence[Bi]) -> tuple[int, ...]:
        """Return the topic ids of ``names``, planning new topics for unknown names."""
        key = tuple(names)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = tuple(self.topics.resolve(key))
        return found

    def _new_key(self) -> int:
        key = self._next_key
        self._next_key -= 1
        return key

    def run(self, checked: list[_Checked]) -> None:
        """Plan every checked row in file order, as if each were saved one after another.

        Rows are taken out of ``checked`` as they are planned, so a row is held once: as read
        or as planned.
        """
        folded: dict[str, str] = {}
        for item in checked:
            outlet = item.outlet
            if not outlet or outlet in folded:
                continue
            key = folded[outlet] = search_fold(outlet)
            if key not in self.outlets:
                oid = self._new_key()
                self.outlets[key] = oid
                self.names[oid] = self.new_outlets[oid] = outlet
        self._folded = folded
        checked.reverse()
        start = 0
        while checked:
            window = [checked.pop() for _ in range(min(_WINDOW, len(checked)))]
            keys = [
                (
                    [check_email(e.address).normalized for e in item.record.emails],
                    [check_phone(p.raw).e164 for p in item.record.phones],
                    item.card[0],
                )
                for item in window
            ]
            # Stored people this window can match; people changed earlier are in self.changes.
            wanted = {
                pid
                for emails, phones, uid in keys
                if (pid := self._match(emails, phones, uid, stored_only=True)) is not None
                and pid not in self.changes
            }
            stored = person_records(self.session, wanted)
            self.cards.update(
                (pid, (uid, parts))
                for pid, uid, parts in self.session.execute(
                    select(Person.id, Person.vcard_uid, Person.name_parts).where(
                        Person.id.in_(sorted(wanted))
                    )
                )
            )
            for offset, (item, row_keys) in enumerate(zip(window, keys, strict=True)):
                if (start + offset) % _PROGRESS_EVERY == 0:
                    self.report(start + offset)
                self._row(item, row_keys, stored)
            start += len(window)

    def _match(
        self, emails: list[str], phones: list[str], uid: str, *, stored_only: bool
    ) -> int | None:
        by_email, by_phone = self.by_email, self.by_phone
        if uid and uid in self.by_uid and (not stored_only or uid in self.db_uids):
            return self.by_uid[uid]
        for e in emails:
            if e and e in by_email and (not stored_only or e in self.db_emails):
                return by_email[e]
        for p in phones:
            if p and p in by_phone and (not stored_only or p in self.db_phones):
                return by_phone[p]
        return None

    def _row(
        self,
        item: _Checked,
        keys: tuple[list[str], list[str], str],
        stored: dict[int, PersonRecord],
    ) -> None:
        line, record, outlet = item.line, item.record, item.outlet
        emails, phones, uid = keys
        # The file's topic names complete the vocabulary even for a person left unchanged.
        self.resolve_topics(record.topics)
        outlet_id = self.outlets.get(self._folded[outlet]) if outlet else None
        key = self._match(emails, phones, uid, stored_only=False)
        if key is not None:
            change = self.changes.get(key)
            existing = self._record(key, change) if change is not None else stored[key]
            old_card = change.card if change is not None else self.cards.get(key, ("", ""))
            # The person keeps the UID and name structure they have; a first one is taken.
            card = (old_card[0] or item.card[0], old_card[1] or item.card[1])
            merged = _merge(existing, record, outlet_id)
            if merged == existing and card == old_card:
                self.unchanged += 1
                return
            values = check_person(merged)
            since = existing.outlet_since
            if existing.outlet_id != merged.outlet_id:
                if existing.outlet_id is not None:
                    self.history.append(
                        {
                            "person_id": key,
                            "outlet_id": existing.outlet_id,
                            "outlet_name": self.names[existing.outlet_id],
                            "position_ky": existing.position.ky,
                            "position_ru": existing.position.ru,
                            "started_on": existing.outlet_since,
                            "ended_on": self.today,
                        }
                    )
                since = self.today if merged.outlet_id is not None else None
            self.changes[key] = _Change(
                values,
                merged.outlet_id,
                since,
                existing.last_contacted,
                card,
                self.resolve_topics(values.topics),
            )
            self.updated += 1
        else:
            values = check_person(record)
            key = self._new_key()
            since = record.outlet_since or (self.today if outlet_id else None)
            self.changes[key] = _Change(
                values, outlet_id, since, None, item.card, self.resolve_topics(values.topics)
            )
            self.created += 1
        self.warnings.extend(f"row {line}: {w}" for w in values.warnings)
        for e in emails:
            if e:
                self.by_email.setdefault(e, key)
        for p in phones:
            if p:
                self.by_phone.setdefault(p, key)
        if uid:
            self.by_uid.setdefault(uid, key)

    def _record(self, key: int, change: _Change) -> PersonRecord:
        """Return the record of a planned person as reading it back after the save would."""
        v = change.values
        return PersonRecord(
            id=key,
            full_name=v.full_name,
            kind=v.kind,
            position=v.position,
            outlet_id=change.outlet_id,
            outlet_name=self.names.get(change.outlet_id, "") if change.outlet_id else "",
            outlet_since=change.outlet_since,
            topics=self.topics.ordered(change.topic_ids),
            phones=tuple(
                PhoneValue(raw, kind, e164, valid, "" if valid else f"{raw!r} is invalid")
                for raw, e164, kind, valid in v.phones
            ),
            emails=tuple(
                EmailValue(address, valid, "" if valid else f"{address!r} is invalid")
                for address, _normalized, valid in v.emails
            ),
            messengers=tuple(MessengerValue(service, handle) for service, handle in v.messengers),
            languages=text_to_codes(v.languages),
            preferred_channel=v.preferred_channel,
            birthday=v.birthday,
            source=v.source,
            last_verified=v.last_verified,
            last_contacted=change.last_contacted,
            do_not_contact=v.do_not_contact,
            notes=v.notes,
        )


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _insert_returning_ids(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> list[int]:
    if not rows:
        return []
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.connection().execute(stmt, list(rows)).scalars())


def _insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert plain rows (same keys, values SQLite takes as they are) in one statement."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    # Child rows are ints, text and booleans: the driver's executemany skips the per-row
    # parameter processing of the expression layer, most of the cost of these inserts.
    names = list(rows[0])
    quote = connection.dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(statement, [tuple(row[n] for n in names) for row in rows])
    finally:
        cursor.close()


def _write(session: Session, plan: _Plan) -> None:
    """Write the plan with bulk statements: outlets, topics, people, then their child rows."""
    outlet_ids: dict[int, int] = {}
    new_outlets = list(plan.new_outlets.items())
    created = _insert_returning_ids(
        session,
        _OUTLETS,
        [
            {
                "name": name,
                "kind": "other",
                "name_sort": sort_text(name),
                "name_folded": search_fold(name),
            }
            for _key, name in new_outlets
        ],
    )
    outlet_ids.update(zip((key for key, _name in new_outlets), created, strict=True))
    plan.names.update(
        {
            real: plan.names[key]
            for key, real in zip((k for k, _n in new_outlets), created, strict=True)
        }
    )

    # New topics and names filled into known ones; planned ids become real ones.
    topic_ids = plan.topics.write(session)

    def real_topics(change: _Change) -> list[int]:
        return list(dict.fromkeys(topic_ids.get(t, t) for t in change.topic_ids))

    def real_outlet(oid: int | None) -> int | None:
        return outlet_ids.get(oid, oid) if oid is not None else None

    def person_row(change: _Change) -> dict[str, Any]:
        v = change.values
        oid = real_outlet(change.outlet_id)
        search_name, search_text = person_search_columns(
            v.full_name,
            position=v.position,
            outlet_name=plan.names.get(oid, "") if oid is not None else "",
            topics=[plan.topics.name(t) for t in real_topics(change)],
            phones=[(e164, raw) for raw, e164, _kind, _valid in v.phones],
            emails=[address for address, _normalized, _valid in v.emails],
            messengers=[handle for _service, handle in v.messengers],
            notes=v.notes,
        )
        return {
            "full_name": v.full_name,
            "name_sort": v.name_sort,
            "kind": v.kind,
            "position_ky": v.position.ky,
            "position_ru": v.position.ru,
            "outlet_id": oid,
            "outlet_since": change.outlet_since,
            "languages": v.languages,
            "preferred_channel": v.preferred_channel,
            "birthday": v.birthday,
            "source": v.source,
            "last_verified": v.last_verified,
            "last_contacted": change.last_contacted,
            "do_not_contact": v.do_not_contact,
            "notes": v.notes,
            "search_name": search_name,
            "search_text": search_text,
            "invalid_values": v.invalid_values,
            "vcard_uid": change.card[0],
            "name_parts": change.card[1],
        }

    def insert_children(pairs: Sequence[tuple[int, int]]) -> None:
        # Child rows follow each batch of people, so only one batch of them is in memory.
        phones: list[dict[str, Any]] = []
        emails: list[dict[str, Any]] = []
        messengers: list[dict[str, Any]] = []
        topics: list[dict[str, Any]] = []
        for key, pid in pairs:
            v = plan.changes[key].values
            phones.extend(
                {
                    "person_id": pid,
                    "position": i,
                    "raw": raw,
                    "e164": e164,
                    "kind": kind,
                    "valid": valid,
                }
                for i, (raw, e164, kind, valid) in enumerate(v.phones)
            )
            emails.extend(
                {"person_id": pid, "position": i, "address": a, "normalized": n, "valid": valid}
                for i, (a, n, valid) in enumerate(v.emails)
            )
            messengers.extend(
                {"person_id": pid, "position": i, "service": service, "handle": handle}
                for i, (service, handle) in enumerate(v.messengers)
            )
            topics.extend({"person_id": pid, "topic_id": t} for t in real_topics(plan.changes[key]))
        for table, rows in (
            (_PHONES, phones),
            (_EMAILS, emails),
            (_MESSENGERS, messengers),
            (person_topic, topics),
        ):
            _insert_rows(session, table, rows)

    people: dict[int, int] = {}
    new_keys = [key for key in plan.changes if key < 0]
    changed_keys = [key for key in plan.changes if key > 0]
    done = plan.steps // 2
    for chunk in _chunks(new_keys, _WRITE_CHUNK):
        ids = insert_people(session, [person_row(plan.changes[key]) for key in chunk])
        pairs = list(zip(chunk, ids, strict=True))
        insert_children(pairs)
        people.update(pairs)
        done += len(chunk)
        plan.report(done)
    if changed_keys:
        columns = person_row(plan.changes[changed_keys[0]]).keys()
        stmt = (
            update(_PEOPLE)
            .where(_PEOPLE.c.id == bindparam("pid"))
            .values({name: bindparam(name) for name in columns})
        )
        for chunk in _chunks(changed_keys, _WRITE_CHUNK):
            session.connection().execute(
                stmt, [{"pid": key, **person_row(plan.changes[key])} for key in chunk]
            )
            for table in (_PHONES, _EMAILS, _MESSENGERS, person_topic):
                session.execute(delete(table).where(table.c.person_id.in_(list(chunk))))
            insert_children([(key, key) for key in chunk])
            done += len(chunk)
            plan.report(done)
    history = [
        {
            **line,
            "person_id": people.get(line["person_id"], line["person_id"]),
            "outlet_id": real_outlet(line["outlet_id"]),
        }
        for line in plan.history
    ]
    if history:
        session.connection().execute(insert(_HISTORY), history)
    if plan.topics.completed:
        # Topics the file gave a name in another language: their other people are found by it.
        others = set(people_with_topics(session, plan.topics.completed)) - set(people.values())
        reindex_people(session, sorted(others - set(changed_keys)))
