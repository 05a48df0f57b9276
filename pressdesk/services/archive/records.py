"""Keep the archive index: photo, video, audio and document sets and where they are stored."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, get_args

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.messages import Message
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.services.validation import (
    FieldProblem,
    NotFound,
    ValidationError,
    text_limit,
    unknown_value,
)
from pressdesk.storage.assets_models import ARCHIVE_KINDS, ArchiveSet, EquipmentItem
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember
from pressdesk.textfold import fold, sort_key

log = logging.getLogger(__name__)

ArchiveOrder = Literal["taken_on", "title", "kind", "responsible", "size"]
ARCHIVE_ORDERS: tuple[str, ...] = get_args(ArchiveOrder)
MAX_SIZE_BYTES = 2**63 - 1
#: The most files a set may count: beyond it a number cannot be stored (SQLite's integers).
MAX_ITEM_COUNT = 2**63 - 1
MAX_SHEETS = 1_000_000


# The default of a bilingual field: no text in either language.
NO_TEXT = Bi()


@dataclass(frozen=True)
class ArchiveRow:
    """An archive set as a plain value; ``id`` is None before the first save.

    The title and the drive label (or the place a paper original is kept) are texts in Kyrgyz
    and in Russian; the folder, the link and people's names are single, and so are the event
    and the notes (printed only in documents of the language they are written in).
    """

    title: Bi
    kind: str = "photo"
    taken_on: dt.date | None = None
    event_title: str = ""
    folder_path: str = ""
    drive_label: Bi = NO_TEXT
    cloud_link: str = ""
    item_count: int | None = None
    size_bytes: int | None = None
    responsible_id: int | None = None
    responsible_name: str = ""
    notes: str = ""
    doc_number: str = ""
    sheets: int | None = None
    id: int | None = None
    #: The set's row version when read; a save from this copy is refused once it changed.
    row_version: int | None = field(default=None, compare=False)

    def location(self, lang: str) -> str:
        """Return every place the set is kept, joined for one table cell; the drive label in
        ``lang`` exactly (a document prints no other language)."""
        parts = (self.drive_label.get(lang), self.folder_path, self.cloud_link)
        return "; ".join(p for p in parts if p)


_STORED = [f.name for f in fields(ArchiveRow) if f.name not in ("id", "row_version")]
#: The fields kept in two languages.
BILINGUAL = ("title", "drive_label")


@dataclass(frozen=True)
class ArchiveFilter:
    """What to show: folded words to find, a kind, a date range, a responsible person."""

    search: str = ""
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    responsible_id: int | None = None
    responsible_name: str | None = None


@dataclass(frozen=True)
class ArchivePage:
    """One page of a filtered, sorted archive list and the number of matching sets."""

    rows: list[ArchiveRow]
    total: int
    offset: int = 0


@dataclass(frozen=True)
class KindTotal:
    """How many sets, files and bytes one kind of material has."""

    sets: int = 0
    items: int = 0
    size_bytes: int = 0


@dataclass(frozen=True)
class ArchiveTotals:
    """Totals of the sets a filter selects, overall and by kind; unknown sizes count as 0."""

    sets: int
    items: int
    size_bytes: int
    by_kind: dict[str, KindTotal]
    undated: int = 0


def _where(flt: ArchiveFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    for word in fold(flt.search).split():
        conditions.append(ArchiveSet.search_text.contains(word, autoescape=True))
    if flt.kind:
        conditions.append(ArchiveSet.kind == flt.kind)
    if flt.date_from is not None:
        conditions.append(ArchiveSet.taken_on >= flt.date_from)
    if flt.date_to is not None:
        conditions.append(ArchiveSet.taken_on <= flt.date_to)
    if flt.responsible_id is not None:
        conditions.append(ArchiveSet.responsible_id == flt.responsible_id)
    if flt.responsible_name is not None:
        conditions.append(ArchiveSet.responsible_name == flt.responsible_name)
    return conditions


def _to_row(item: ArchiveSet) -> ArchiveRow:
    return ArchiveRow(
        id=item.id,
        row_version=item.row_version,
        **{name: getattr(item, name) for name in _STORED},
    )


def _by_title(lang: str) -> Any:
    return lambda r: (sort_key(r.title.text(lang)), r.id or 0)


# Python sorts text: SQLite would put ң ө ү after я.
_PRIMARY: dict[str, Any] = {
    "taken_on": lambda r: r.taken_on or dt.date.min,
    "kind": lambda r: ARCHIVE_KINDS.index(r.kind),
    "responsible": lambda r: sort_key(r.responsible_name),
    "size": lambda r: r.size_bytes or 0,
}


def _sort(rows: list[ArchiveRow], order: str, descending: bool, lang: str = "ky") -> None:
    if order not in ARCHIVE_ORDERS:
        raise ValueError(f"Unknown order {order!r}; use one of {', '.join(ARCHIVE_ORDERS)}")
    # Two stable passes: ties stay in title order whichever way the main column runs.
    rows.sort(key=_by_title(lang))
    rows.sort(key=_by_title(lang) if order == "title" else _PRIMARY[order], reverse=descending)
    if order == "taken_on":
        # Undated sets go last in either direction.
        rows[:] = [r for r in rows if r.taken_on] + [r for r in rows if not r.taken_on]


def list_archive(
    db: Database,
    flt: ArchiveFilter | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
    order: ArchiveOrder = "taken_on",
    descending: bool = True,
    lang: str = "ky",
) -> ArchivePage:
    """Return one page of archive sets; by default the newest first, undated ones last;
    titles sort by their value in ``lang`` (the other language where it is empty)."""
    where = _where(flt or ArchiveFilter())
    offset = max(offset, 0)
    with db.session() as session:
        rows = [_to_row(a) for a in session.scalars(select(ArchiveSet).where(*where))]
    _sort(rows, order, descending, lang)
    end = None if limit is None else offset + max(limit, 0)
    return ArchivePage(rows[offset:end], len(rows), offset)


def count_archive(db: Database, flt: ArchiveFilter | None = None) -> int:
    """Return how many sets match ``flt``."""
    with db.session() as session:
        query = select(func.count()).select_from(ArchiveSet).where(*_where(flt or ArchiveFilter()))
        return int(session.scalar(query) or 0)


def get_archive_set(db: Database, set_id: int) -> ArchiveRow:
    """Return one archive set."""
    with db.session() as session:
        return _to_row(_load(session, set_id))


def _load(session: Session, set_id: int) -> ArchiveSet:
    found = session.get(ArchiveSet, set_id)
    if found is None:
        raise NotFound(f"No archive set with id {set_id}.")
    return found


def archive_totals(db: Database, flt: ArchiveFilter | None = None) -> ArchiveTotals:
    """Return the number of sets, files and bytes, overall and per kind."""
    where = _where(flt or ArchiveFilter())
    with db.session() as session:
        grouped = session.execute(
            select(
                ArchiveSet.kind,
                func.count(),
                func.coalesce(func.sum(ArchiveSet.item_count), 0),
                func.coalesce(func.sum(ArchiveSet.size_bytes), 0),
            )
            .where(*where)
            .group_by(ArchiveSet.kind)
        ).all()
        undated = session.scalar(
            select(func.count())
            .select_from(ArchiveSet)
            .where(*where, ArchiveSet.taken_on.is_(None))
        )
    by_kind = {
        str(kind): KindTotal(int(n), int(items or 0), int(size or 0))
        for kind, n, items, size in grouped
    }
    return ArchiveTotals(
        sets=sum(k.sets for k in by_kind.values()),
        items=sum(k.items for k in by_kind.values()),
        size_bytes=sum(k.size_bytes for k in by_kind.values()),
        by_kind=by_kind,
        undated=int(undated or 0),
    )


def responsible_names(db: Database) -> list[str]:
    """Return the distinct responsible persons in dictionary order, for a filter list."""
    with db.session() as session:
        names = session.scalars(
            select(ArchiveSet.responsible_name).where(ArchiveSet.responsible_name != "").distinct()
        )
        return sorted(names, key=sort_key)


def clean_archive_set(row: ArchiveRow) -> ArchiveRow:
    """Return ``row`` with text trimmed and the title's spaces collapsed."""
    changes: dict[str, Any] = {
        name: getattr(row, name).strip() for name in _STORED if isinstance(getattr(row, name), str)
    }
    changes["title"] = Bi(" ".join(row.title.ky.split()), " ".join(row.title.ru.split()))
    changes["drive_label"] = row.drive_label.stripped()
    changes["responsible_name"] = " ".join(row.responsible_name.split())
    return replace(row, **changes)


def validate_archive_set(row: ArchiveRow, *, today: dt.date | None = None) -> list[FieldProblem]:
    """Return what is wrong with a cleaned ``row`` on its own."""
    today = today or clock.today()
    problems: list[FieldProblem] = []
    if row.title.empty:
        problems.append(FieldProblem("title", Message("problem.required")))
    if row.kind not in ARCHIVE_KINDS:
        problems.append(unknown_value("kind", row.kind))
    if not (row.folder_path or row.drive_label or row.cloud_link):
        problems.append(FieldProblem("folder_path", Message("problem.say_where_kept")))
    if row.cloud_link and not row.cloud_link.lower().startswith(("https://", "http://")):
        problems.append(FieldProblem("cloud_link", Message("problem.not_web_address")))
    if row.taken_on is not None and row.taken_on > today:
        problems.append(FieldProblem("taken_on", Message("problem.future")))
    if row.item_count is not None and row.item_count < 0:
        problems.append(FieldProblem("item_count", Message("problem.negative")))
    elif row.item_count is not None and row.item_count > MAX_ITEM_COUNT:
        problems.append(FieldProblem("item_count", Message("problem.out_of_range")))
    if row.size_bytes is not None and not 0 <= row.size_bytes <= MAX_SIZE_BYTES:
        problems.append(FieldProblem("size_bytes", Message("problem.out_of_range")))
    if row.sheets is not None and not 0 <= row.sheets <= MAX_SHEETS:
        problems.append(FieldProblem("sheets", Message("problem.out_of_range")))
    for name, limit in (
        ("event_title", 500),
        ("folder_path", 1000),
        ("cloud_link", 1000),
        ("responsible_name", 200),
        ("doc_number", 100),
    ):
        text_limit(problems, name, getattr(row, name), limit)
    for name, limit in (("title", 500), ("drive_label", 200)):
        value: Bi = getattr(row, name)
        text_limit(problems, name, max(value.ky, value.ru, key=len), limit)
    return problems


def search_text(item: ArchiveSet) -> str:
    """The folded text search looks in: both languages of the title and the drive label, the
    event, folder, link, responsible person, notes and number."""
    parts = (
        item.title.ky,
        item.title.ru,
        item.event_title,
        item.folder_path,
        item.drive_label.ky,
        item.drive_label.ru,
        item.cloud_link,
        item.responsible_name,
        item.notes,
        item.doc_number,
    )
    return fold(" ".join(p for p in parts if p))


def _resolve_responsible(
    session: Session, row: ArchiveRow, problems: list[FieldProblem]
) -> tuple[int | None, str]:
    if row.responsible_id is not None:
        member = session.get(StaffMember, row.responsible_id)
        if member is None:
            problems.append(FieldProblem("responsible_id", Message("problem.no_staff")))
            return None, row.responsible_name
        return member.id, member.full_name
    if not row.responsible_name:
        return None, ""
    match = session.scalar(
        select(StaffMember.id).where(StaffMember.name_folded == fold(row.responsible_name)).limit(1)
    )
    return (int(match) if match is not None else None), row.responsible_name


def save_archive_set(db: Database, row: ArchiveRow, *, today: dt.date | None = None) -> ArchiveRow:
    """Create or update an archive set; raise ValidationError listing every problem."""
    cleaned = clean_archive_set(row)
    problems = validate_archive_set(cleaned, today=today)
    with db.session() as session:
        responsible_id, responsible_name = _resolve_responsible(session, cleaned, problems)
        if problems:
            raise ValidationError(problems)
        cleaned = replace(cleaned, responsible_id=responsible_id, responsible_name=responsible_name)
        if cleaned.id is None:
            item = ArchiveSet()
            session.add(item)
        else:
            claim_unchanged(session, ArchiveSet, cleaned.id, row.row_version)
            item = _load(session, cleaned.id)
        for name in _STORED:
            setattr(item, name, getattr(cleaned, name))
        item.search_text = search_text(item)
        session.flush()
        return _to_row(item)


def add_archive_sets(db: Database, rows: Iterable[ArchiveRow]) -> list[ArchiveRow]:
    """Insert already validated, cleaned rows in one transaction (an import)."""
    with db.session() as session:
        items = []
        for row in rows:
            responsible_id, name = _resolve_responsible(session, row, [])
            item = ArchiveSet(**{n: getattr(row, n) for n in _STORED})
            item.responsible_id, item.responsible_name = responsible_id, name
            item.search_text = search_text(item)
            session.add(item)
            items.append(item)
        session.flush()
        return [_to_row(item) for item in items]


def delete_archive_set(db: Database, set_id: int) -> None:
    """Delete an archive set from the index (the files themselves are not touched)."""
    with db.session() as session:
        session.delete(_load(session, set_id))


@dataclass(frozen=True)
class Carrier:
    """The inventory item an archive set is stored on: its inventory number and name."""

    inventory_number: str
    name: Bi


_LABEL_EDGES = "«»\"'“”„ ()[]"


def _names_carry(name: Bi, wanted: str) -> bool:
    for text in (name.ky, name.ru):
        if wanted in {fold(word.strip(_LABEL_EDGES)) for word in text.split()}:
            return True
        if f"«{wanted}»" in fold(text):
            return True
    return False


def _carrier_for(label: str, items: list[tuple[str, Bi, str]]) -> Carrier | None:
    wanted = fold(label.strip(_LABEL_EDGES))
    if not wanted:
        return None
    # An inventory number given as the drive label wins; then a drive whose name (in either
    # language) carries the label («Сырткы диск «АРХИВ-2»»), storage drives before the rest.
    for number, name, _category in items:
        if fold(number) == wanted:
            return Carrier(number, name)
    found = [
        (category != "storage_drive", Carrier(number, name))
        for number, name, category in items
        if _names_carry(name, wanted)
    ]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def resolve_carriers(db: Database, labels: Iterable[str]) -> dict[str, Carrier]:
    """Return the inventory item each drive label names, for the labels that name one.

    A label is matched to an item whose inventory number it is, or whose name carries it as a
    word or in quotes («АРХИВ-2»); written-off items are not carriers any more.
    """
    wanted = {label for label in labels if label.strip()}
    if not wanted:
        return {}
    with db.session() as session:
        items = [
            (str(number), Bi(ky, ru), str(category))
            for number, ky, ru, category in session.execute(
                select(
                    EquipmentItem.inventory_number,
                    EquipmentItem.name_ky,
                    EquipmentItem.name_ru,
                    EquipmentItem.category,
                ).where(EquipmentItem.condition != "written_off")
            )
        ]
    found = {label: _carrier_for(label, items) for label in sorted(wanted)}
    return {label: carrier for label, carrier in found.items() if carrier is not None}
