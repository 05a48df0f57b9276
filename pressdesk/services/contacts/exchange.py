"""Import contact files all-or-nothing, and export people as CSV, XLSX, vCard, DOCX or PDF."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar, cast

from sqlalchemy import Table, bindparam, delete, insert, update
from sqlalchemy.orm import Session

from pressdesk import collector
from pressdesk.bilingual import Bi
from pressdesk.exchange.contact_candidates import ContactCandidate
from pressdesk.exchange.contacts_io import ImportMapping, stream_contacts
from pressdesk.exchange.errors import ContactFileError
from pressdesk.exchange.phones import check_email, check_phone
from pressdesk.exchange.tabular import RowProblem
from pressdesk.messages import Message
from pressdesk.services.contacts.candidates import CheckedCandidate, check_candidate
from pressdesk.services.contacts.import_plan import (
    Cancelled,
    Change,
    Checked,
    Plan,
    Progress,
    merge_text,
)
from pressdesk.services.contacts.records import (
    PersonValues,
    check_person,
    people_with_topics,
    reindex_people,
    sort_text,
)
from pressdesk.services.contacts.values import (
    ContactError,
    PersonRecord,
)
from pressdesk.services.profile import get_profile
from pressdesk.storage.bulk import insert_plain_rows
from pressdesk.storage.contacts_models import (
    Outlet,
    OutletHistory,
    Person,
    PersonEmail,
    PersonMessenger,
    PersonPhone,
    person_topic,
)
from pressdesk.storage.contacts_search import (
    batch_indexed,
    insert_person_values,
    own_search_text,
    search_fold,
    shared_search_text,
)
from pressdesk.storage.dry_run import rolled_back
from pressdesk.storage.engine import Database

__all__ = [
    "ContactFileError",
    "ImportMapping",
    "ImportReport",
    "Progress",
    "candidate_record",
    "import_contacts",
    "merge_text",
]

T = TypeVar("T")

# Rows read, checked and written at a time; people per bulk statement.
_WRITE_CHUNK = 1000

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


def candidate_record(
    candidate: ContactCandidate, lang: str = "ky"
) -> tuple[PersonRecord, str, list[str]]:
    """Check one candidate; return the record, the outlet name and the reasons it is invalid."""
    checked = check_candidate(candidate, lang)
    return checked.record, checked.outlet, checked.reasons


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
    # Two people importing at once on a shared database take turns: the second matches the
    # first's people by e-mail and phone, as if they had imported one after the other.
    with collector.paused(), db.serialized("import"):
        return _import(
            db, path, mapping, skip_invalid=skip_invalid, source=source, progress=progress
        )


def _import(
    db: Database,
    path: str | os.PathLike[str],
    mapping: ImportMapping | None,
    *,
    skip_invalid: bool,
    source: str,
    progress: Progress | None,
) -> ImportReport:
    """Import a file for real (see import_contacts)."""
    contact_file, candidates = stream_contacts(path, mapping)
    # A one-language column fills the language its text is written in; a text with no clue
    # of its language goes to the organisation's document language.
    lang = get_profile(db).default_doc_lang
    rejected: list[RowProblem] = []
    remarks = list(contact_file.problems)
    total = 0
    try:
        with db.session() as session:
            plan = Plan(session, contact_file.rows_hint, progress)
            # The file is read, checked, planned and written a batch of rows at a time, all in
            # one transaction: memory holds one batch whatever the size of the file, and an
            # invalid row, a cancel or an error leaves the base as it was.
            for batch in _checked_batches(candidates, lang, source):
                checked: list[Checked] = []
                for candidate, result, item in batch:
                    if item is None:
                        rejected.append(
                            RowProblem(candidate.line, tuple(result.reasons), candidate.summary())
                        )
                        continue
                    if result.warnings:
                        what = item.record.full_name[:60]
                        remarks += [
                            Message("problem.row_of", line=candidate.line, name=what, problem=w)
                            for w in result.warnings
                        ]
                    checked.append(item)
                plan.steps = max(plan.steps, 2 * (total + len(batch)))
                if rejected and not skip_invalid:
                    # Nothing more is written; the rest of the file is only checked, so the
                    # report lists every invalid row.
                    total += len(batch)
                    plan.report(2 * total)
                    continue
                plan.run(checked, 2 * total)
                _write(session, plan)
                total += len(batch)
                plan.steps = max(plan.steps, 2 * total)
                plan.report(2 * total)
            if rejected and not skip_invalid:
                raise _Stopped
            if plan.completed_topics:
                # Topics the file gave a name in another language: their people, imported in
                # an earlier batch or there before, are found by it.
                reindex_people(session, sorted(people_with_topics(session, plan.completed_topics)))
    except Cancelled:
        return ImportReport(
            total=total,
            rejected=rejected,
            warnings=remarks,
            ignored_columns=contact_file.ignored_columns,
            cancelled=True,
        )
    except _Stopped:
        return ImportReport(
            total=total,
            rejected=rejected,
            warnings=remarks,
            ignored_columns=contact_file.ignored_columns,
            stopped=True,
        )
    return ImportReport(
        total=total,
        created=plan.created,
        updated=plan.updated,
        unchanged=plan.unchanged,
        outlets_created=plan.outlets_created,
        rejected=rejected,
        warnings=remarks + plan.warnings,
        ignored_columns=contact_file.ignored_columns,
        written=bool(plan.created or plan.updated or plan.unchanged),
    )


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


_Batch = list[tuple[ContactCandidate, CheckedCandidate, Checked | None]]


def _checked_row(
    candidate: ContactCandidate, lang: str, source: str
) -> tuple[ContactCandidate, CheckedCandidate, Checked | None]:
    """Check one row: the outcome, and the row as the plan takes it (None if it is refused).

    The stored values of the person the row brings are worked out here too, for a new person;
    a row whose values the database would refuse leaves them to the plan, which raises then.
    """
    result = check_candidate(candidate, lang)
    if result.reasons:
        return candidate, result, None
    record = result.record
    if source and not record.source:
        record = replace(record, source=source)
    card = (result.uid, result.name_parts)
    try:
        values = check_person(record)
    except ContactError:
        return candidate, result, Checked(candidate.line, record, result.outlet, card)
    return (
        candidate,
        result,
        Checked(candidate.line, record, result.outlet, card, values, _own_search(values)),
    )


def _own_search(values: PersonValues) -> tuple[str, str]:
    """The folded name and the person's own search text (see own_search_text)."""
    return own_search_text(
        values.full_name,
        phones=[(e164, raw) for raw, e164, _kind, _valid in values.phones],
        emails=[address for address, _normalized, _valid in values.emails],
        messengers=[handle for _service, handle in values.messengers],
        notes=values.notes,
    )


def _checked_batches(
    candidates: Iterable[ContactCandidate], lang: str, source: str
) -> Iterator[_Batch]:
    """Yield the file's rows a batch at a time, each row checked (see _checked_row)."""
    for batch in _batches(candidates, _WRITE_CHUNK):
        # The checks of a batch's phones and e-mails served its rows; kept, they would grow
        # with the file.
        check_phone.cache_clear()
        check_email.cache_clear()
        yield [_checked_row(c, lang, source) for c in batch]


class _Stopped(Exception):
    """Invalid rows stop the import: raised to roll back what was written before them."""


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


# The columns of a person an import writes, in the order of person_row's values.
_PERSON_COLUMNS = (
    "full_name",
    "name_sort",
    "kind",
    "position_ky",
    "position_ru",
    "outlet_id",
    "outlet_since",
    "languages",
    "preferred_channel",
    "birthday",
    "source",
    "last_verified",
    "last_contacted",
    "do_not_contact",
    "notes",
    "search_name",
    "search_text",
    "invalid_values",
    "vcard_uid",
    "name_parts",
)
_PHONE_COLUMNS = ("person_id", "position", "raw", "e164", "kind", "valid")
_EMAIL_COLUMNS = ("person_id", "position", "address", "normalized", "valid")
_MESSENGER_COLUMNS = ("person_id", "position", "service", "handle")
_TOPIC_COLUMNS = ("person_id", "topic_id")


def _write(session: Session, plan: Plan) -> None:
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

    # Most people share one of a few topic lists and positions: each list's real ids and names,
    # and each (position, outlet, topics) text, are worked out once per write.
    topic_lists: dict[tuple[int, ...], tuple[list[int], tuple[Bi | str, ...]]] = {}
    shared: dict[tuple[Bi, int | None, tuple[int, ...]], str] = {}

    def real_topics(change: Change) -> list[int]:
        found = topic_lists.get(change.topic_ids)
        if found is None:
            real = list(dict.fromkeys(topic_ids.get(t, t) for t in change.topic_ids))
            found = topic_lists[change.topic_ids] = (real, tuple(map(plan.topics.name, real)))
        return found[0]

    def real_outlet(oid: int | None) -> int | None:
        return outlet_ids.get(oid, oid) if oid is not None else None

    def person_row(change: Change) -> tuple[Any, ...]:
        v = change.values
        oid = real_outlet(change.outlet_id)
        search_name, own = change.search or _own_search(v)
        key = (v.position, oid, change.topic_ids)
        text = shared.get(key)
        if text is None:
            real_topics(change)
            text = shared[key] = shared_search_text(
                "",
                v.position,
                plan.names.get(oid, "") if oid is not None else "",
                topic_lists[change.topic_ids][1],
            )
        search_text = f"{text} {own}" if text and own else text or own
        return (
            v.full_name,
            v.name_sort,
            v.kind,
            v.position.ky,
            v.position.ru,
            oid,
            change.outlet_since,
            v.languages,
            v.preferred_channel,
            v.birthday,
            v.source,
            v.last_verified,
            change.last_contacted,
            v.do_not_contact,
            v.notes,
            search_name,
            search_text,
            v.invalid_values,
            change.card[0],
            change.card[1],
        )

    def insert_children(pairs: Sequence[tuple[int, int]]) -> None:
        # Child rows follow each batch of people, so only one batch of them is in memory.
        phones: list[tuple[Any, ...]] = []
        emails: list[tuple[Any, ...]] = []
        messengers: list[tuple[Any, ...]] = []
        topics: list[tuple[Any, ...]] = []
        changes = plan.changes
        for key, pid in pairs:
            change = changes[key]
            v = change.values
            # Plain loops: most people have one phone, one e-mail and no handle.
            for i, (raw, e164, kind, valid) in enumerate(v.phones):
                phones.append((pid, i, raw, e164, kind, valid))
            for i, (address, normalized, valid) in enumerate(v.emails):
                emails.append((pid, i, address, normalized, valid))
            for i, (service, handle) in enumerate(v.messengers):
                messengers.append((pid, i, service, handle))
            topics += [(pid, t) for t in real_topics(change)]
        for table, names, rows in (
            (_PHONES, _PHONE_COLUMNS, phones),
            (_EMAILS, _EMAIL_COLUMNS, emails),
            (_MESSENGERS, _MESSENGER_COLUMNS, messengers),
            (person_topic, _TOPIC_COLUMNS, topics),
        ):
            insert_plain_rows(session.connection(), table, names, rows)

    people: dict[int, int] = {}
    new_keys = [key for key in plan.changes if key < 0]
    changed_keys = [key for key in plan.changes if key > 0]
    with batch_indexed(session) as index:
        for chunk in _chunks(new_keys, _WRITE_CHUNK):
            ids = insert_person_values(
                session, _PERSON_COLUMNS, [person_row(plan.changes[key]) for key in chunk]
            )
            if index is not None:
                index.add(ids)
            pairs = list(zip(chunk, ids, strict=True))
            insert_children(pairs)
            people.update(pairs)
    if changed_keys:
        stmt = (
            update(_PEOPLE)
            .where(_PEOPLE.c.id == bindparam("pid"))
            .values(
                {
                    **{name: bindparam(name) for name in _PERSON_COLUMNS},
                    # An editor open on one of these people must not save over the import.
                    "row_version": _PEOPLE.c.row_version + 1,
                }
            )
        )
        for chunk in _chunks(changed_keys, _WRITE_CHUNK):
            session.connection().execute(
                stmt,
                [
                    {
                        "pid": key,
                        **dict(zip(_PERSON_COLUMNS, person_row(plan.changes[key]), strict=True)),
                    }
                    for key in chunk
                ],
            )
            for table in (_PHONES, _EMAILS, _MESSENGERS, person_topic):
                session.execute(delete(table).where(table.c.person_id.in_(list(chunk))))
            insert_children([(key, key) for key in chunk])
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
    plan.topics_written(topic_ids)
    plan.written(people, outlet_ids)
