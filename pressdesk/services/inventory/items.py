"""Keep the equipment inventory: list, find, save and delete items of the press service."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Subquery, func, insert, select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.services.inventory.item_order import (
    ITEM_ORDERS,
    ItemOrder,
    collation_key,
    natural_key,
    sort_rows,
)
from pressdesk.services.validation import (
    FieldProblem,
    NotFound,
    ValidationError,
    problem,
    text_limit,
    unknown_value,
)
from pressdesk.storage.assets_models import (
    CONDITIONS,
    EQUIPMENT_CATEGORIES,
    EquipmentItem,
    EquipmentMovement,
)
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember
from pressdesk.textfold import fold, sort_key

__all__ = [
    "BILINGUAL",
    "ITEM_ORDERS",
    "MAX_COST",
    "NO_TEXT",
    "ItemFilter",
    "ItemOrder",
    "ItemPage",
    "ItemRow",
    "add_items",
    "bi_limit",
    "clean_item",
    "collation_key",
    "count_items",
    "custodian_names",
    "delete_item",
    "filter_conditions",
    "find_item",
    "get_item",
    "holder_map",
    "inventory_numbers",
    "list_items",
    "natural_key",
    "open_checkouts",
    "record_movement",
    "save_item",
    "search_text",
    "sort_rows",
    "to_item_row",
    "validate_item",
]

log = logging.getLogger(__name__)

MAX_COST = Decimal("999999999999.99")


# The default of a bilingual field: no text in either language.
NO_TEXT = Bi()


@dataclass(frozen=True)
class ItemRow:
    """An inventory item as a plain value; ``id`` is None before the first save.

    The name, the place and the notes are kept in Kyrgyz and in Russian; numbers, the model
    and people's names are single. ``holder_name``, ``out_since`` and ``due_on`` describe a
    current check-out; they are filled in from the history and ignored by :func:`save_item`.
    """

    name: Bi
    category: str = "other"
    inventory_number: str = ""
    serial_number: str = ""
    model: str = ""
    purchase_date: dt.date | None = None
    cost: Decimal | None = None
    funding_source: str = ""
    condition: str = "good"
    location: Bi = NO_TEXT
    custodian_id: int | None = None
    custodian_name: str = ""
    notes: Bi = NO_TEXT
    photo_path: str = ""
    id: int | None = None
    holder_name: str = ""
    out_since: dt.date | None = None
    due_on: dt.date | None = None
    #: The item's row version when read; a save from this copy is refused once it changed.
    row_version: int | None = field(default=None, compare=False)

    @property
    def checked_out(self) -> bool:
        """Return True if the item is out with someone now."""
        return self.out_since is not None


_STORED = [
    f.name
    for f in fields(ItemRow)
    if f.name not in {"id", "holder_name", "out_since", "due_on", "row_version"}
]
#: The fields kept in two languages, each stored in a ``_ky`` and a ``_ru`` column.
BILINGUAL = ("name", "location", "notes")
# The table's columns behind the stored fields: a bilingual field gives two.
_STORED_COLUMNS = [
    column
    for name in _STORED
    for column in ((f"{name}_ky", f"{name}_ru") if name in BILINGUAL else (name,))
]


@dataclass(frozen=True)
class ItemFilter:
    """What to show: folded words to find, category, condition, custodian, check-out state.

    Written-off items are hidden unless ``include_written_off`` is set or the condition filter
    asks for them.
    """

    search: str = ""
    category: str | None = None
    condition: str | None = None
    custodian_id: int | None = None
    custodian_name: str | None = None
    include_written_off: bool = False
    checked_out: bool | None = None


@dataclass(frozen=True)
class ItemPage:
    """One page of a filtered, sorted list and the number of matching items in all pages."""

    rows: list[ItemRow]
    total: int
    offset: int = 0


# --- reading ----------------------------------------------------------------------------------


def open_checkouts() -> Subquery:
    """The open check-out of each item that is out: its last check-out without a check-in."""
    last = (
        select(EquipmentMovement.item_id, func.max(EquipmentMovement.id).label("last_id"))
        .where(EquipmentMovement.action.in_(("check_out", "check_in")))
        .group_by(EquipmentMovement.item_id)
        .subquery()
    )
    return (
        select(
            EquipmentMovement.item_id,
            EquipmentMovement.person_name,
            EquipmentMovement.happened_on,
            EquipmentMovement.due_on,
        )
        .join(last, EquipmentMovement.id == last.c.last_id)
        .where(EquipmentMovement.action == "check_out")
        .subquery()
    )


def filter_conditions(flt: ItemFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    for word in fold(flt.search).split():
        conditions.append(EquipmentItem.search_text.contains(word, autoescape=True))
    if flt.category:
        conditions.append(EquipmentItem.category == flt.category)
    if flt.condition:
        conditions.append(EquipmentItem.condition == flt.condition)
    elif not flt.include_written_off:
        conditions.append(EquipmentItem.condition != "written_off")
    if flt.custodian_id is not None:
        conditions.append(EquipmentItem.custodian_id == flt.custodian_id)
    if flt.custodian_name is not None:
        conditions.append(EquipmentItem.custodian_name == flt.custodian_name)
    if flt.checked_out is not None:
        out_ids = select(open_checkouts().c.item_id)
        conditions.append(
            EquipmentItem.id.in_(out_ids) if flt.checked_out else EquipmentItem.id.not_in(out_ids)
        )
    return conditions


_COLUMNS = [
    EquipmentItem.id,
    EquipmentItem.row_version,
    *(getattr(EquipmentItem, name) for name in _STORED_COLUMNS),
]


def _values(item: Any) -> dict[str, Any]:
    """The stored fields of an EquipmentItem, an ItemRow or a row of the table's columns."""
    values = {}
    for name in _STORED:
        if name in BILINGUAL and not isinstance(getattr(item, name, None), Bi):
            values[name] = Bi(getattr(item, f"{name}_ky"), getattr(item, f"{name}_ru"))
        else:
            values[name] = getattr(item, name)
    return values


def to_item_row(item: Any, holder: tuple[str, dt.date, dt.date | None] | None) -> ItemRow:
    """Return an ItemRow from an EquipmentItem or a row of its columns."""
    values = _values(item)
    version = getattr(item, "row_version", None)
    if holder is None:
        return ItemRow(id=item.id, row_version=version, **values)
    person, since, due = holder
    return ItemRow(
        id=item.id, holder_name=person, out_since=since, due_on=due, row_version=version, **values
    )


def holder_map(
    session: Session, ids: Sequence[int] | None
) -> dict[int, tuple[str, dt.date, dt.date | None]]:
    """Return the current holder, check-out date and due date of each checked-out item."""
    holders = open_checkouts()
    query = select(
        holders.c.item_id, holders.c.person_name, holders.c.happened_on, holders.c.due_on
    )
    if ids is not None:
        query = query.where(holders.c.item_id.in_(ids))
    return {r.item_id: (r.person_name, r.happened_on, r.due_on) for r in session.execute(query)}


def list_items(
    db: Database,
    flt: ItemFilter | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
    order: ItemOrder = "name",
    descending: bool = False,
    lang: str = "ky",
) -> ItemPage:
    """Return one page of items matching ``flt``, sorted in Kyrgyz/Russian dictionary order;
    names and places sort by their value in ``lang`` (the other language where it is empty)."""
    flt = flt or ItemFilter()
    where = filter_conditions(flt)
    offset = max(offset, 0)
    with db.session() as session:
        # Plain column rows through Core, not ORM objects: several times faster for thousands.
        conn = session.connection()
        if limit is None and offset == 0:
            found = list(conn.execute(select(*_COLUMNS).where(*where)))
            sort_rows(found, order, descending, lang)
            holders = holder_map(session, None)
            return ItemPage([to_item_row(r, holders.get(r.id)) for r in found], len(found), 0)
        light = list(
            conn.execute(
                select(
                    EquipmentItem.id,
                    EquipmentItem.name_ky,
                    EquipmentItem.name_ru,
                    EquipmentItem.inventory_number,
                    EquipmentItem.category,
                    EquipmentItem.condition,
                    EquipmentItem.purchase_date,
                    EquipmentItem.cost,
                    EquipmentItem.location_ky,
                    EquipmentItem.location_ru,
                    EquipmentItem.custodian_name,
                ).where(*where)
            )
        )
        sort_rows(light, order, descending, lang)
        end = None if limit is None else offset + max(limit, 0)
        ids = [r.id for r in light[offset:end]]
        by_id = {r.id: r for r in conn.execute(select(*_COLUMNS).where(EquipmentItem.id.in_(ids)))}
        holders = holder_map(session, ids)
        rows = [to_item_row(by_id[i], holders.get(i)) for i in ids]
        return ItemPage(rows, len(light), offset)


def count_items(db: Database, flt: ItemFilter | None = None) -> int:
    """Return how many items match ``flt``."""
    with db.session() as session:
        query = (
            select(func.count())
            .select_from(EquipmentItem)
            .where(*filter_conditions(flt or ItemFilter()))
        )
        return int(session.scalar(query) or 0)


def get_item(db: Database, item_id: int) -> ItemRow:
    """Return one item with its current check-out."""
    with db.session() as session:
        item = session.get(EquipmentItem, item_id)
        if item is None:
            raise NotFound(f"No inventory item with id {item_id}.")
        return to_item_row(item, holder_map(session, [item_id]).get(item_id))


def find_item(db: Database, inventory_number: str) -> ItemRow:
    """Return the item with ``inventory_number`` (case and surrounding spaces ignored)."""
    with db.session() as session:
        item_id = _find_number(session, inventory_number)
        if item_id is None:
            raise NotFound(f"No inventory item with number {inventory_number.strip()!r}.")
        item = session.get(EquipmentItem, item_id)
        assert item is not None
        return to_item_row(item, holder_map(session, [item_id]).get(item_id))


def _find_number(session: Session, number: str, exclude_id: int | None = None) -> int | None:
    wanted = fold(number)
    exact = session.scalar(
        select(EquipmentItem.id).where(EquipmentItem.inventory_number == number.strip())
    )
    if exact is not None and exact != exclude_id:
        return int(exact)
    for item_id, existing in session.execute(
        select(EquipmentItem.id, EquipmentItem.inventory_number)
    ):
        if item_id != exclude_id and fold(existing) == wanted:
            return int(item_id)
    return None


def inventory_numbers(db: Database) -> dict[str, tuple[int, Bi]]:
    """Return every folded inventory number with its item's id and name."""
    with db.session() as session:
        rows = session.execute(
            select(
                EquipmentItem.id,
                EquipmentItem.inventory_number,
                EquipmentItem.name_ky,
                EquipmentItem.name_ru,
            )
        )
        return {fold(number): (item_id, Bi(ky, ru)) for item_id, number, ky, ru in rows}


def custodian_names(db: Database) -> list[str]:
    """Return the distinct custodian names in dictionary order, for a filter list."""
    with db.session() as session:
        names = session.scalars(
            select(EquipmentItem.custodian_name)
            .where(EquipmentItem.custodian_name != "")
            .distinct()
        )
        return sorted(names, key=sort_key)


# --- saving -----------------------------------------------------------------------------------


def _collapsed(value: Bi) -> Bi:
    return Bi(" ".join(value.ky.split()), " ".join(value.ru.split()))


def bi_limit(problems: list[FieldProblem], name: str, value: Bi, limit: int) -> None:
    """Append a problem when either language of ``value`` is longer than ``limit``."""
    text_limit(problems, name, max(value.ky, value.ru, key=len), limit)


def clean_item(row: ItemRow) -> ItemRow:
    """Return ``row`` with text trimmed, the name's spaces collapsed and the cost in whole tyiyn."""
    changes: dict[str, Any] = {
        name: getattr(row, name).strip() for name in _STORED if isinstance(getattr(row, name), str)
    }
    changes.update({name: getattr(row, name).stripped() for name in BILINGUAL})
    changes["name"] = _collapsed(row.name)
    changes["custodian_name"] = " ".join(row.custodian_name.split())
    if row.cost is not None:
        changes["cost"] = Decimal(row.cost).quantize(Decimal("0.01"))
    return replace(row, **changes)


def validate_item(row: ItemRow, *, today: dt.date | None = None) -> list[FieldProblem]:
    """Return what is wrong with a cleaned ``row`` on its own (not against the database)."""
    today = today or clock.today()
    problems: list[FieldProblem] = []
    if row.name.empty:
        problems.append(problem("name", "problem.required"))
    if not row.inventory_number:
        problems.append(problem("inventory_number", "problem.required"))
    if row.category not in EQUIPMENT_CATEGORIES:
        problems.append(unknown_value("category", row.category))
    if row.condition not in CONDITIONS:
        problems.append(unknown_value("condition", row.condition))
    if row.cost is not None and row.cost < 0:
        problems.append(problem("cost", "problem.negative"))
    if row.cost is not None and row.cost > MAX_COST:
        problems.append(problem("cost", "problem.too_large"))
    if row.purchase_date is not None and row.purchase_date > today:
        problems.append(problem("purchase_date", "problem.future"))
    bi_limit(problems, "name", row.name, 300)
    bi_limit(problems, "location", row.location, 300)
    for name, limit in (
        ("inventory_number", 100),
        ("serial_number", 200),
        ("model", 200),
        ("funding_source", 300),
        ("custodian_name", 200),
        ("photo_path", 1000),
    ):
        text_limit(problems, name, getattr(row, name), limit)
    return problems


def search_text(item: Any) -> str:
    """The folded text search looks in: both languages of the name, place and notes, the
    numbers, the model and the custodian."""
    parts = (
        item.name.ky,
        item.name.ru,
        item.inventory_number,
        item.serial_number,
        item.model,
        item.location.ky,
        item.location.ru,
        item.custodian_name,
        item.notes.ky,
        item.notes.ru,
    )
    return fold(" ".join(p for p in parts if p))


def _resolve_custodian(
    session: Session, row: ItemRow, problems: list[FieldProblem]
) -> tuple[int | None, str]:
    """Link the custodian to a staff member when possible; keep the name as text either way."""
    if row.custodian_id is not None:
        member = session.get(StaffMember, row.custodian_id)
        if member is None:
            problems.append(problem("custodian_id", "problem.no_staff"))
            return None, row.custodian_name
        return member.id, member.full_name
    if not row.custodian_name:
        return None, ""
    match = session.scalar(
        select(StaffMember.id).where(StaffMember.name_folded == fold(row.custodian_name)).limit(1)
    )
    return (int(match) if match is not None else None), row.custodian_name


def record_movement(
    session: Session,
    item: EquipmentItem,
    action: str,
    on: dt.date,
    note: str = "",
    **extra: Any,
) -> EquipmentMovement:
    """Add an entry to an item's history inside the caller's session."""
    movement = EquipmentMovement(item=item, action=action, happened_on=on, note=note, **extra)
    session.add(movement)
    return movement


def save_item(db: Database, row: ItemRow, *, today: dt.date | None = None) -> ItemRow:
    """Create or update an item; record the change in its history; raise ValidationError."""
    today = today or clock.today()
    cleaned = clean_item(row)
    problems = validate_item(cleaned, today=today)
    with db.session() as session:
        custodian_id, custodian_name = _resolve_custodian(session, cleaned, problems)
        cleaned = replace(cleaned, custodian_id=custodian_id, custodian_name=custodian_name)
        if cleaned.inventory_number:
            other = _find_number(session, cleaned.inventory_number, exclude_id=cleaned.id)
            if other is not None:
                owner = session.get(EquipmentItem, other)
                name = owner.name.text("ky") if owner else other
                problems.append(problem("inventory_number", "problem.already_used", name=name))
        if problems:
            raise ValidationError(problems)
        if cleaned.id is None:
            item = EquipmentItem()
            session.add(item)
            before: dict[str, Any] = {}
        else:
            claim_unchanged(session, EquipmentItem, cleaned.id, row.row_version)
            found = session.get(EquipmentItem, cleaned.id)
            if found is None:
                raise NotFound(f"No inventory item with id {cleaned.id}.")
            item = found
            before = {name: getattr(item, name) for name in _STORED}
        for name in _STORED:
            setattr(item, name, getattr(cleaned, name))
        item.search_text = search_text(item)
        if cleaned.id is None:
            record_movement(session, item, "created", today)
        else:
            _record_changes(session, item, before, today)
        session.flush()
        return to_item_row(item, holder_map(session, [item.id]).get(item.id))


def _record_changes(
    session: Session, item: EquipmentItem, before: dict[str, Any], today: dt.date
) -> None:
    changed = [name for name in _STORED if before[name] != getattr(item, name)]
    if "condition" in changed:
        record_movement(
            session, item, "condition", today, f"{before['condition']} → {item.condition}"
        )
        changed.remove("condition")
    if "custodian_id" in changed:
        changed.remove("custodian_id")
        if "custodian_name" not in changed:
            changed.append("custodian_name")
    if changed:
        notes = []
        for name in changed:
            if name == "custodian_name":
                notes.append(f"custodian: {before[name] or '—'} → {item.custodian_name or '—'}")
            else:
                notes.append(name)
        record_movement(session, item, "edited", today, ", ".join(notes))


def delete_item(db: Database, item_id: int) -> None:
    """Delete an item and its history."""
    with db.session() as session:
        item = session.get(EquipmentItem, item_id)
        if item is None:
            raise NotFound(f"No inventory item with id {item_id}.")
        session.delete(item)


def add_items(
    db: Database, rows: Iterable[ItemRow], *, today: dt.date | None = None, note: str = ""
) -> list[ItemRow]:
    """Insert already validated, cleaned rows in one transaction (an import); return them saved."""
    today = today or clock.today()
    rows = list(rows)
    if not rows:
        return []
    params = []
    for row in rows:
        values: dict[str, Any] = {}
        for name in _STORED:
            value = getattr(row, name)
            if name in BILINGUAL:
                values[f"{name}_ky"], values[f"{name}_ru"] = value.ky, value.ru
            else:
                values[name] = value
        values["search_text"] = search_text(row)
        params.append(values)
    with db.session() as session:
        # Bulk statements: an import of thousands of rows takes a second, not a minute.
        ids = list(
            session.scalars(
                insert(EquipmentItem).returning(EquipmentItem.id, sort_by_parameter_order=True),
                params,
            )
        )
        session.execute(
            insert(EquipmentMovement),
            [
                {"item_id": item_id, "action": "created", "happened_on": today, "note": note}
                for item_id in ids
            ],
        )
    return [replace(row, id=item_id) for row, item_id in zip(rows, ids, strict=True)]
