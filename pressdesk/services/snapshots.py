"""Taking back a change of stored records: rows kept before it, compared and restored after.

:func:`capture` keeps the rows of a table (an event, a person, an item of equipment) with the
rows that depend on them, found from the foreign keys that point at the table: rows deleted
with their parent (a checklist, phones, movements, association rows) are followed down, rows
that only refer to it (a person of an outlet) are kept but not followed. :func:`settle` after
the change turns that into a :class:`Reversal`: the rows as they were and as the change left
them. :func:`revert` puts the rows back as they were, in one transaction: deleted rows return
with their ids, created rows go, edited rows get their values back. It returns the reversal of
what it did, so a redo is one more revert.

A revert refuses (:data:`STALE`) and changes nothing if the rows are no longer as the change
left them: another window edited or deleted a record in the meantime.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import MetaData, Table, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pressdesk.messages import UserError
from pressdesk.storage.engine import Database
from pressdesk.storage.models import Base

#: The code of the refusal of an undo or redo over records changed since.
STALE = "undo.stale"
# Written on every change, an undo too: not a sign that someone else edited the record.
_STAMPS = frozenset({"updated_at"})

#: A row: its table's name and its primary key values.
RowKey = tuple[str, tuple[Any, ...]]
#: The rows a change may touch: each root table's name and the ids of its rows.
Roots = tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class Snapshot:
    """The rows of ``roots`` and their dependants as they were, column by column."""

    roots: Roots
    rows: Mapping[RowKey, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Reversal:
    """What taking a change back needs: the rows before it, and after it for the check."""

    action: str
    roots: Roots
    before: Mapping[RowKey, Mapping[str, Any]] = field(default_factory=dict)
    after: Mapping[RowKey, Mapping[str, Any]] = field(default_factory=dict)

    def ids(self, table: str) -> tuple[int, ...]:
        """Return the ids of the root rows of ``table`` (the records the step is about)."""
        return next((ids for name, ids in self.roots if name == table), ())


def _metadata() -> MetaData:
    """Return the metadata the dependants are found in, every section's tables registered.

    The models are imported on the first capture, not with this module: a page that offers
    undo does not load the other sections' models before it is shown.
    """
    from pressdesk.storage import (  # noqa: F401
        assets_models,
        contacts_models,
        events_models,
        handover_models,
        plan_models,
    )

    return Base.metadata


def _table(model: type[Any] | Table | str) -> Table:
    if isinstance(model, str):
        return _metadata().tables[model]
    if isinstance(model, Table):
        return model
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _order() -> dict[str, int]:
    """Return each table's place with parents before the tables that refer to them."""
    return {t.name: i for i, t in enumerate(_metadata().sorted_tables)}


def _dependants(table: Table) -> list[tuple[Table, str, str, bool]]:
    """Return (child table, its column, the parent's column, deleted with the parent?) for
    every foreign key pointing at ``table``."""
    found = []
    for child in _metadata().sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                cascade = (fk.ondelete or "").upper() == "CASCADE"
                found.append((child, fk.parent.name, fk.column.name, cascade))
    return found


def _key(table: Table, row: Mapping[str, Any]) -> RowKey:
    return table.name, tuple(row[c.name] for c in table.primary_key.columns)


def _where(table: Table, key: RowKey) -> Any:
    return and_(
        *(column == value for column, value in zip(table.primary_key.columns, key[1], strict=True))
    )


def _collect(session: Session, roots: Roots) -> dict[RowKey, dict[str, Any]]:
    """Read the root rows and, recursively, the rows that depend on them."""
    rows: dict[RowKey, dict[str, Any]] = {}
    queue: list[tuple[Table, list[dict[str, Any]]]] = []
    for name, ids in roots:
        table = _table(name)
        if not ids:
            continue
        (pk,) = table.primary_key.columns
        found = [dict(r) for r in session.execute(select(table).where(pk.in_(ids))).mappings()]
        for row in found:
            rows[_key(table, row)] = row
        queue.append((table, found))
    while queue:
        table, parents = queue.pop()
        for child, column, parent_column, cascade in _dependants(table):
            values = {p[parent_column] for p in parents} - {None}
            if not values:
                continue
            fresh = []
            for found_row in session.execute(
                select(child).where(child.c[column].in_(values))
            ).mappings():
                row = dict(found_row)
                key = _key(child, row)
                if key not in rows:
                    rows[key] = row
                    fresh.append(row)
            if cascade and fresh:
                queue.append((child, fresh))
    return rows


def _state(rows: Mapping[RowKey, Mapping[str, Any]]) -> dict[RowKey, dict[str, Any]]:
    return {k: {c: v for c, v in row.items() if c not in _STAMPS} for k, row in rows.items()}


def _roots(model: type[Any] | Table | str, ids: Iterable[int]) -> Roots:
    return ((_table(model).name, tuple(sorted(set(ids)))),)


def capture(db: Database, model: type[Any] | Table | str, ids: Iterable[int]) -> Snapshot:
    """Keep the rows ``ids`` of ``model`` and the rows depending on them, before a change."""
    roots = _roots(model, ids)
    with db.session() as session:
        return Snapshot(roots, _collect(session, roots))


def settle(db: Database, action: str, before: Snapshot, created: Iterable[int] = ()) -> Reversal:
    """Return the reversal of a change made since :func:`capture` gave ``before``; ``created``
    are the ids of the rows of the same table the change added."""
    ((name, ids),) = before.roots or (("", ()),)
    roots = ((name, tuple(sorted({*ids, *created}))),) if name else ()
    with db.session() as session:
        return Reversal(action, roots, before.rows, _collect(session, roots))


def reversal_of_new(
    db: Database, action: str, model: type[Any] | Table | str, ids: Iterable[int]
) -> Reversal:
    """Return the reversal of rows ``ids`` of ``model`` just created (undo deletes them)."""
    roots = _roots(model, ids)
    with db.session() as session:
        return Reversal(action, roots, {}, _collect(session, roots))


def revert(db: Database, reversal: Reversal) -> Reversal:
    """Put the rows back as they were before the change; return the reversal of this revert.

    Raises UserError (:data:`STALE`) and changes nothing if the rows are no longer as the
    change left them, or cannot be put back because a record they refer to is gone.
    """
    order = _order()
    try:
        with db.session() as session:
            current = _collect(session, reversal.roots)
            if _state(current) != _state(reversal.after):
                raise UserError(STALE)
            for key in sorted(current.keys() - reversal.before.keys(), key=lambda k: -order[k[0]]):
                table = _table(key[0])
                session.execute(delete(table).where(_where(table, key)))
            _restore(session, reversal.before, current, order)
            _reindex(session, {*current, *reversal.before})
            session.expire_all()
            after = _collect(session, reversal.roots)
    except IntegrityError as exc:
        raise UserError(STALE) from exc
    return Reversal(reversal.action, reversal.roots, current, after)


def _restore(
    session: Session,
    before: Mapping[RowKey, Mapping[str, Any]],
    current: Mapping[RowKey, Mapping[str, Any]],
    order: Mapping[str, int],
) -> None:
    """Give the rows of ``before`` their values: insert the missing ones table by table
    (parents first, one statement each), update the ones that are there and differ."""
    by_table: dict[str, list[RowKey]] = {}
    for key in sorted(before, key=lambda k: (order[k[0]], k[1])):
        by_table.setdefault(key[0], []).append(key)
    for name, keys in by_table.items():
        table = _table(name)
        pk = {c.name for c in table.primary_key.columns}
        columns = list(table.primary_key.columns)
        found = session.execute(
            select(*columns).where(columns[0].in_({key[1][0] for key in keys}))
        ).all()
        existing = {tuple(row) for row in found}
        missing = []
        for key in keys:
            values = dict(before[key])
            if key[1] not in existing:
                missing.append(values)
                continue
            now = current.get(key, {})
            changes = {
                c: v
                for c, v in values.items()
                if c not in pk | _STAMPS and (c not in now or now[c] != v)
            }
            if changes:
                session.execute(update(table).where(_where(table, key)).values(changes))
        if missing:
            session.execute(insert(table), missing)


def _reindex(session: Session, keys: Iterable[RowKey]) -> None:
    """Recompute the search text of the people among ``keys`` (and of an outlet's people)."""
    from pressdesk.storage import contacts_models

    people = {k[1][0] for k in keys if k[0] == "person"}
    outlets = {k[1][0] for k in keys if k[0] == "outlet"}
    if outlets:
        people |= set(
            session.scalars(
                select(contacts_models.Person.id).where(
                    contacts_models.Person.outlet_id.in_(outlets)
                )
            )
        )
    if not people:
        return
    from pressdesk.services.contacts.records import reindex_people

    existing = session.scalars(
        select(contacts_models.Person.id).where(contacts_models.Person.id.in_(people))
    )
    reindex_people(session, list(existing))
    session.flush()
