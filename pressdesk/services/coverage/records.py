"""Monitoring records: add, change, delete, set the tone, and list them with filters and pages."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import Select, delete, func, or_, select, update
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi
from pressdesk.messages import LINES, Message, Term, UserError
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.services.coverage.keys import canonical_url, is_web_address, outlet_key, title_key
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.contacts_search import search_fold
from pressdesk.storage.coverage_models import (
    COVERAGE_LANGUAGES,
    TITLE_LIMIT,
    TONES,
    URL_LIMIT,
    CoverageRecord,
)
from pressdesk.storage.coverage_vocab import COVERAGE_PLATFORMS, MATERIAL_KINDS
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import Event
from pressdesk.storage.plan_models import PlanCampaign, PlanItem
from pressdesk.storage.releases_models import PressRelease

__all__ = [
    "CoverageError",
    "CoverageFilter",
    "CoverageInput",
    "CoverageNotFound",
    "CoveragePage",
    "DuplicateCoverage",
    "RecordRow",
    "add_record",
    "delete_record",
    "find_duplicate",
    "get_record",
    "known_outlet",
    "list_records",
    "outlet_id_of",
    "outlet_names",
    "person_name",
    "resolve_campaign",
    "set_tone",
    "update_record",
    "validate_record",
]

# Titles at least this similar (difflib ratio of their folded forms) count as the same piece.
NEAR_TITLE_RATIO = 0.92
# A near-identical title of the same outlet is looked for this many days around the date.
NEAR_TITLE_DAYS = 14
PAGE_LIMIT = 500
# Titles that differ in a number ("3 schools", "5 schools") are different news.
_DIGITS = re.compile(r"\d+")


class CoverageError(UserError, ValueError):
    """A monitoring record, keyword, feed or import cannot be saved; the message says why."""


class CoverageNotFound(UserError, LookupError):
    """No monitoring record or inbox item with that id."""

    code = "record.missing"


class DuplicateCoverage(CoverageError):
    """The publication is already recorded; ``existing_id`` is the record to show instead."""

    def __init__(self, message: Message, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


@dataclass(frozen=True)
class CoverageInput:
    """What the user enters for one publication (``outlet`` by name, or ``outlet_id``)."""

    published_at: dt.datetime
    outlet: str
    title: str
    url: str = ""
    kind: str = "news"
    platform: str = "website"
    summary: str = ""
    # "" while the tone is still to be set.
    tone: str = ""
    mentions: int = 1
    head_quoted: bool = False
    language: str = ""
    outlet_id: int | None = None
    author_id: int | None = None
    event_id: int | None = None
    plan_item_id: int | None = None
    campaign_id: int | None = None
    reach: int | None = None
    notes: str = ""
    # The press release the publication is based on.
    release_id: int | None = None


@dataclass(frozen=True)
class RecordRow(CoverageInput):
    """A stored record as lists and reports read it."""

    id: int = 0
    outlet_kind: str = ""
    outlet_ownership: str = ""
    created_at: dt.datetime | None = None
    #: The record's row version when read; an edit from this copy is refused once it changed.
    row_version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class CoverageFilter:
    """Which records to list: a date range (both days included) and any of the other fields."""

    start: dt.date | None = None
    end: dt.date | None = None
    tone: str | None = None  # "" picks records whose tone is still to set
    platform: str = ""
    kind: str = ""
    outlet_id: int | None = None
    event_id: int | None = None
    plan_item_id: int | None = None
    campaign_id: int | None = None
    release_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class CoveragePage:
    """One page of a listing, newest first, and how many records the filter finds in all."""

    rows: list[RecordRow]
    total: int
    offset: int = 0
    limit: int = 0
    ids: list[int] = field(default_factory=list)


def validate_record(data: CoverageInput) -> list[Message]:
    """Return what is wrong with ``data`` on its own (empty if it can be checked further)."""
    problems: list[Message] = []
    if not data.title.strip():
        problems.append(Message("coverage.needs_title"))
    elif len(data.title.strip()) > TITLE_LIMIT:
        problems.append(Message("field.too_long", field=Term("title"), limit=TITLE_LIMIT))
    if not data.outlet.strip() and data.outlet_id is None:
        problems.append(Message("coverage.needs_outlet"))
    elif len(data.outlet.strip()) > 300:
        problems.append(Message("field.too_long", field=Term("outlet name"), limit=300))
    url = data.url.strip()
    if url and (not is_web_address(url) or len(url) > URL_LIMIT):
        problems.append(Message("coverage.bad_url", url=url[:200]))
    for name, value, allowed in (
        ("material kind", data.kind, MATERIAL_KINDS),
        ("platform", data.platform, COVERAGE_PLATFORMS),
        ("tone", data.tone, ("", *TONES)),
        ("language", data.language, ("", *COVERAGE_LANGUAGES)),
    ):
        if value not in allowed:
            problems.append(
                Message("field.unknown", field=Term(name), value=value, allowed=allowed)
            )
    if data.mentions < 0:
        problems.append(Message("field.negative", field=Term("mentions")))
    if data.reach is not None and data.reach < 0:
        problems.append(Message("field.negative", field=Term("audience")))
    return problems


def _check_links(session: Session, data: CoverageInput) -> list[Message]:
    problems: list[Message] = []
    for model, value, code in (
        (Event, data.event_id, "coverage.no_event"),
        (PlanItem, data.plan_item_id, "coverage.no_plan_item"),
        (Person, data.author_id, "coverage.no_person"),
        (PressRelease, data.release_id, "release.missing"),
    ):
        if value is not None and session.get(model, value) is None:
            problems.append(Message(code, id=value))
    if data.campaign_id is not None and session.get(PlanCampaign, data.campaign_id) is None:
        problems.append(Message("coverage.no_campaign", name=str(data.campaign_id)))
    if data.outlet_id is not None and session.get(Outlet, data.outlet_id) is None:
        problems.append(Message("record.missing"))
    return problems


def resolve_outlet(session: Session, name: str) -> Outlet | None:
    """Return the outlet of the contact base with this name (case and ё folded), if any."""
    folded = search_fold(name.strip())
    if not folded:
        return None
    return session.scalars(
        select(Outlet).where(Outlet.name_folded == folded).order_by(Outlet.id).limit(1)
    ).first()


def resolve_campaign(db: Database, name: str) -> int:
    """Return the id of the campaign named ``name`` in Kyrgyz or Russian (case folded)."""
    folded = search_fold(name.strip())
    with db.session() as session:
        for cid, ky, ru in session.execute(
            select(PlanCampaign.id, PlanCampaign.name_ky, PlanCampaign.name_ru)
        ):
            if folded in (search_fold(ky or ""), search_fold(ru or "")):
                return int(cid)
    raise CoverageError("coverage.no_campaign", name=name)


def _describe(record: CoverageRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "title": record.title,
        "outlet": record.outlet_name,
        "date": record.published_at.date(),
    }


def find_duplicate(
    session: Session, data: CoverageInput, exclude_id: int | None = None
) -> tuple[Message, int] | None:
    """Return the message and id of a record that is the same publication as ``data``, if any.

    The same canonical link is the same publication; so is a near-identical title of the same
    outlet within two weeks of the date (the same numbers, and at most a few letters changed).
    """
    others = select(CoverageRecord)
    if exclude_id is not None:
        others = others.where(CoverageRecord.id != exclude_id)
    link = canonical_url(data.url)
    if link:
        found = session.scalars(others.where(CoverageRecord.canonical_url == link).limit(1)).first()
        if found is not None:
            return Message("coverage.duplicate_url", **_describe(found)), found.id
    key = title_key(data.title)
    okey = outlet_key(data.outlet)
    if not key or not okey:
        return None
    window = dt.timedelta(days=NEAR_TITLE_DAYS)
    near = session.scalars(
        others.where(
            CoverageRecord.outlet_key == okey,
            CoverageRecord.published_at.between(
                data.published_at - window, data.published_at + window
            ),
        )
    )
    numbers = _DIGITS.findall(key)
    for record in near:
        other = record.title_key
        if other == key or (
            _DIGITS.findall(other) == numbers
            and difflib.SequenceMatcher(None, other, key).ratio() >= NEAR_TITLE_RATIO
        ):
            return Message("coverage.duplicate_title", **_describe(record)), record.id
    return None


def _prepared(session: Session, data: CoverageInput, exclude_id: int | None) -> CoverageInput:
    """Check ``data`` fully and return it cleaned, with the outlet linked where known."""
    problems = validate_record(data)
    if problems:
        raise CoverageError(LINES, lines=problems)
    clean = replace(
        data,
        title=" ".join(data.title.split()),
        outlet=" ".join(data.outlet.split()),
        url=data.url.strip(),
        summary=data.summary.strip(),
    )
    if clean.outlet_id is not None:
        outlet = session.get(Outlet, clean.outlet_id)
        if outlet is not None and not clean.outlet:
            clean = replace(clean, outlet=outlet.name)
    else:
        outlet = resolve_outlet(session, clean.outlet)
        if outlet is not None:
            clean = replace(clean, outlet_id=outlet.id, outlet=outlet.name)
    problems = _check_links(session, clean)
    if problems:
        raise CoverageError(LINES, lines=problems)
    duplicate = find_duplicate(session, clean, exclude_id)
    if duplicate is not None:
        raise DuplicateCoverage(*duplicate)
    return clean


def _apply(record: CoverageRecord, data: CoverageInput) -> None:
    record.published_at = data.published_at.replace(second=0, microsecond=0, tzinfo=None)
    record.outlet_id = data.outlet_id
    record.outlet_name = data.outlet
    record.outlet_key = outlet_key(data.outlet)
    record.author_id = data.author_id
    record.kind = data.kind
    record.platform = data.platform
    record.title = data.title
    record.title_key = title_key(data.title)
    record.url = data.url
    record.canonical_url = canonical_url(data.url)
    record.summary = data.summary
    record.tone = data.tone
    record.mentions = data.mentions
    record.head_quoted = data.head_quoted
    record.language = data.language
    record.event_id = data.event_id
    record.plan_item_id = data.plan_item_id
    record.campaign_id = data.campaign_id
    record.reach = data.reach
    record.notes = data.notes
    record.release_id = data.release_id


def insert_record(session: Session, data: CoverageInput) -> int:
    """Check ``data`` and add it within an open session (imports add many in one transaction)."""
    record = CoverageRecord()
    _apply(record, _prepared(session, data, None))
    session.add(record)
    session.flush()
    return record.id


def add_record(db: Database, data: CoverageInput) -> int:
    """Add a publication to the log and return its id; a duplicate raises DuplicateCoverage."""
    with db.session() as session:
        return insert_record(session, data)


def update_record(
    db: Database, record_id: int, data: CoverageInput, *, seen_version: int | None = None
) -> None:
    """Change a record; the same duplicate checks apply, leaving the record itself out.

    With ``seen_version`` (the row version the editor read) the change is refused with
    :class:`ChangedMeanwhile` when someone else changed the record since.
    """
    with db.session() as session:
        claim_unchanged(session, CoverageRecord, record_id, seen_version)
        record = session.get(CoverageRecord, record_id)
        if record is None:
            raise CoverageNotFound()
        _apply(record, _prepared(session, data, record_id))


def delete_record(db: Database, record_id: int) -> None:
    """Delete a record and its feedback."""
    with db.session() as session:
        result = session.execute(delete(CoverageRecord).where(CoverageRecord.id == record_id))
        if getattr(result, "rowcount", 0):
            return
    raise CoverageNotFound()


def set_tone(db: Database, record_ids: list[int], tone: str) -> int:
    """Set the tone of records at once (the list's keys 1/2/3); return how many changed."""
    if tone not in ("", *TONES):
        raise CoverageError("field.unknown", field=Term("tone"), value=tone, allowed=TONES)
    with db.session() as session:
        result = session.execute(
            update(CoverageRecord)
            .where(CoverageRecord.id.in_(record_ids))
            .values(tone=tone, row_version=CoverageRecord.row_version + 1)
        )
        return int(getattr(result, "rowcount", 0) or 0)


_INPUT_FIELDS = tuple(f.name for f in fields(CoverageInput))


def _row(record: CoverageRecord, outlet: Outlet | None) -> RecordRow:
    values = {name: getattr(record, name) for name in _INPUT_FIELDS if name != "outlet"}
    return RecordRow(
        outlet=record.outlet_name,
        id=record.id,
        outlet_kind=outlet.kind if outlet is not None else "",
        outlet_ownership=outlet.ownership if outlet is not None else "",
        created_at=record.created_at,
        row_version=record.row_version,
        **values,
    )


def get_record(db: Database, record_id: int) -> RecordRow:
    """Return one record; a missing one raises CoverageNotFound."""
    with db.session() as session:
        record = session.get(CoverageRecord, record_id)
        if record is None:
            raise CoverageNotFound()
        outlet = session.get(Outlet, record.outlet_id) if record.outlet_id else None
        return _row(record, outlet)


def day_bounds(start: dt.date | None, end: dt.date | None) -> tuple[dt.datetime, dt.datetime]:
    """Return the first moment of ``start`` and the first moment after ``end``."""
    if start is not None and end is not None and end < start:
        raise CoverageError("coverage.period_order", start=start, end=end)
    low = dt.datetime.combine(start or dt.date.min, dt.time())
    high = (
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        if end is not None and end < dt.date.max
        else dt.datetime.max
    )
    return low, high


def filtered(
    query: Select[tuple[CoverageRecord]], flt: CoverageFilter
) -> Select[tuple[CoverageRecord]]:
    """Return ``query`` narrowed to the records ``flt`` picks."""
    low, high = day_bounds(flt.start, flt.end)
    if flt.start is not None:
        query = query.where(CoverageRecord.published_at >= low)
    if flt.end is not None:
        query = query.where(CoverageRecord.published_at < high)
    if flt.tone is not None:
        query = query.where(CoverageRecord.tone == flt.tone)
    if flt.platform:
        query = query.where(CoverageRecord.platform == flt.platform)
    if flt.kind:
        query = query.where(CoverageRecord.kind == flt.kind)
    for link, ident in (
        (CoverageRecord.outlet_id, flt.outlet_id),
        (CoverageRecord.event_id, flt.event_id),
        (CoverageRecord.plan_item_id, flt.plan_item_id),
        (CoverageRecord.campaign_id, flt.campaign_id),
        (CoverageRecord.release_id, flt.release_id),
    ):
        if ident is not None:
            query = query.where(link == ident)
    words = title_key(flt.text).split()
    for word in words:
        query = query.where(
            or_(
                CoverageRecord.title_key.contains(word, autoescape=True),
                CoverageRecord.outlet_key.contains(word, autoescape=True),
            )
        )
    return query


def list_records(
    db: Database, flt: CoverageFilter | None = None, *, offset: int = 0, limit: int = 100
) -> CoveragePage:
    """Return one page of the records ``flt`` picks, newest first, and their total count."""
    flt = flt or CoverageFilter()
    limit = max(1, min(limit, PAGE_LIMIT))
    offset = max(0, offset)
    with db.session() as session:
        base = filtered(select(CoverageRecord), flt)
        total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
        page = session.execute(
            base.add_columns(Outlet)
            .outerjoin(Outlet, Outlet.id == CoverageRecord.outlet_id)
            .order_by(CoverageRecord.published_at.desc(), CoverageRecord.id.desc())
            .offset(offset)
            .limit(limit)
        ).all()
        rows = [_row(record, outlet) for record, outlet in page]
    return CoveragePage(rows, int(total), offset, limit, [r.id for r in rows])


def records_for_release(db: Database, release_id: int) -> list[RecordRow]:
    """Return every publication based on the press release ``release_id``, newest first."""
    with db.session() as session:
        found = session.execute(
            filtered(select(CoverageRecord), CoverageFilter(release_id=release_id))
            .add_columns(Outlet)
            .outerjoin(Outlet, Outlet.id == CoverageRecord.outlet_id)
            .order_by(CoverageRecord.published_at.desc(), CoverageRecord.id.desc())
        ).all()
        return [_row(record, outlet) for record, outlet in found]


@dataclass(frozen=True)
class ReleaseChoice:
    """A press release the editor offers to link: its number of the year, date and title."""

    id: int
    year: int
    number: int
    date: dt.date
    title: Bi


def release_choices(
    db: Database, day: dt.date, *, days: int = 60, keep: int | None = None
) -> list[ReleaseChoice]:
    """Return the press releases dated from ``days`` days before ``day`` to a week after it,
    newest first, and the release ``keep`` (already linked) wherever it falls."""
    low = day - dt.timedelta(days=days)
    high = day + dt.timedelta(days=7)
    with db.session() as session:
        picked = select(PressRelease).where(PressRelease.date.between(low, high))
        if keep is not None:
            picked = select(PressRelease).where(
                or_(PressRelease.date.between(low, high), PressRelease.id == keep)
            )
        releases = session.scalars(
            picked.order_by(PressRelease.date.desc(), PressRelease.number.desc())
        ).all()
        return [
            ReleaseChoice(r.id, r.year, r.number, r.date, Bi(r.title_ky, r.title_ru))
            for r in releases
        ]


def outlet_names(db: Database) -> list[str]:
    """Return the names of the contact base's outlets, for completing a typed outlet."""
    with db.session() as session:
        return sorted(set(session.scalars(select(Outlet.name))), key=search_fold)


def known_outlet(db: Database, name: str) -> bool:
    """Return True if the contact base has an outlet of this name (case and ё folded)."""
    with db.session() as session:
        return resolve_outlet(session, name) is not None


def outlet_id_of(db: Database, name: str) -> int | None:
    """Return the id of the contact base's outlet of this name, or None."""
    with db.session() as session:
        outlet = resolve_outlet(session, name)
        return outlet.id if outlet is not None else None


def person_name(db: Database, person_id: int) -> str:
    """Return the full name of a person of the contact base ("" if there is none)."""
    with db.session() as session:
        person = session.get(Person, person_id)
        return person.full_name if person is not None else ""
