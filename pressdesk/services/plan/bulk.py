"""Acting on several plan items at once, each action one transaction that can be reverted.

Every action takes item keys as the views give them ("12", or "12@2026-11-23" for one
occurrence of a series, which is detached first) and returns a :class:`BulkResult`: the rows
changed, the keys left alone and a :class:`Reversal`, the state needed to undo the action with
:func:`revert`. A change made elsewhere (the editor, a drag of one item) gets its reversal from
:func:`capture` before and :func:`settle` after it.

:func:`revert` refuses when the items are no longer as the action left them (another window
changed them), and returns the reversal of the revert itself, so a redo is one more revert and
the items come back with their ids, history, channels and links to events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from pressdesk.services.plan.items import (
    add_history,
    history_text,
    load_item,
    reset_approval_in,
    row_in,
    row_order,
    utcnow,
)
from pressdesk.services.plan.periods import PeriodError, parse_date
from pressdesk.services.plan.rows import PlanError, PlanItemRow
from pressdesk.services.plan.series import detach_in, skip_in
from pressdesk.services.plan.workflow import TRANSITIONS, status_in
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import Event, event_plan_item
from pressdesk.storage.models import StaffMember
from pressdesk.storage.plan_models import Channel, PlanItem, PlanItemHistory

# Columns a snapshot keeps; relationships (channels, history) are kept apart.
_COLUMNS = tuple(c.key for c in inspect(PlanItem).column_attrs)
_HISTORY_COLUMNS = tuple(c.key for c in inspect(PlanItemHistory).column_attrs)
# Columns that every write (an undo too) bumps: not a sign that someone else edited the item.
_STAMPS = frozenset({"created_at", "updated_at", "sequence"})
#: The code of the refusal of an undo or redo over items changed since.
STALE = "plan.stale"


@dataclass(frozen=True)
class ItemSnapshot:
    """One stored item as it was: its columns, channel ids and (for a deleted item) its
    history and the events it is linked to."""

    item_id: int
    columns: dict[str, Any]
    channel_ids: tuple[int, ...]
    history: tuple[dict[str, Any], ...] = ()
    event_ids: tuple[int, ...] = ()

    def state(self) -> tuple[object, ...]:
        """Return what another window's change would alter (not the time stamps)."""
        return (
            tuple(sorted((k, v) for k, v in self.columns.items() if k not in _STAMPS)),
            tuple(sorted(self.channel_ids)),
        )


@dataclass(frozen=True)
class Reversal:
    """What undoing an action needs: the items as they were, the items it created, and the
    items as it left them (an undo over items changed since is refused)."""

    action: str
    before: tuple[ItemSnapshot, ...] = ()
    created: tuple[int, ...] = ()
    after: tuple[ItemSnapshot, ...] = ()


@dataclass(frozen=True)
class BulkResult:
    """The outcome of a bulk action."""

    rows: tuple[PlanItemRow, ...]
    skipped: tuple[str, ...] = ()
    reversal: Reversal = field(default_factory=lambda: Reversal(""))


def parse_key(key: str | int) -> tuple[int, dt.date | None]:
    """Split "12" or "12@2026-11-23" into the item id and the occurrence date."""
    text = str(key).strip()
    ident, _, day = text.partition("@")
    if not ident.isdigit():
        raise PlanError("plan.bad_key", key=text)
    try:
        return int(ident), parse_date(day) if day else None
    except PeriodError as exc:
        raise PlanError("plan.bad_key", key=text) from exc


def _snapshot(session: Session, item: PlanItem, *, with_history: bool = False) -> ItemSnapshot:
    history: tuple[dict[str, Any], ...] = ()
    events: tuple[int, ...] = ()
    if with_history:
        entries = session.scalars(
            select(PlanItemHistory)
            .where(PlanItemHistory.item_id == item.id)
            .order_by(PlanItemHistory.id)
        ).all()
        history = tuple({k: getattr(e, k) for k in _HISTORY_COLUMNS} for e in entries)
        events = tuple(
            session.scalars(
                select(event_plan_item.c.event_id).where(event_plan_item.c.plan_item_id == item.id)
            )
        )
    return ItemSnapshot(
        item.id,
        {k: getattr(item, k) for k in _COLUMNS},
        tuple(c.id for c in item.channels),
        history,
        events,
    )


def _family(session: Session, ids: Iterable[int]) -> list[PlanItem]:
    """Return the items ``ids`` that exist, with the edited occurrences of a series."""
    wanted = set(ids)
    if not wanted:
        return []
    return list(
        session.scalars(
            select(PlanItem)
            .where(PlanItem.id.in_(wanted) | PlanItem.series_id.in_(wanted))
            .order_by(PlanItem.id)
        )
    )


class _Batch:
    """The items of one action inside its session, with their state before the action."""

    def __init__(self, session: Session, at: dt.datetime, by_name: str) -> None:
        self.session = session
        self.at = at
        self.by_name = by_name
        self.before: dict[int, ItemSnapshot] = {}
        self.created: list[int] = []

    def keep(self, item: PlanItem, *, with_history: bool = False) -> None:
        if item.id not in self.before and item.id not in self.created:
            self.before[item.id] = _snapshot(self.session, item, with_history=with_history)

    def item(self, key: str | int, *, detach: bool = True) -> PlanItem:
        """Return the stored item of ``key``, detaching a series occurrence if asked."""
        item_id, day = parse_key(key)
        item = load_item(self.session, item_id)
        if day is None or not detach:
            return item
        if not item.is_series:
            raise PlanError("plan.not_a_series", item=item_id)
        found = detach_in(self.session, item, day, at=self.at, by_name=self.by_name)
        if found.id not in self.before:
            self.created.append(found.id)
        return found

    def reversal(self, action: str) -> Reversal:
        """Return what undoing the action needs, with the items as the database now holds them."""
        self.session.flush()
        # Read back what was written, so the comparison at undo sees the stored values.
        self.session.expire_all()
        after = tuple(
            _snapshot(self.session, item)
            for ident in (*self.before, *self.created)
            if (item := self.session.get(PlanItem, ident)) is not None
        )
        return Reversal(action, tuple(self.before.values()), tuple(self.created), after)

    def rows(self, items: Iterable[PlanItem]) -> tuple[PlanItemRow, ...]:
        return tuple(sorted((row_in(self.session, i) for i in items), key=row_order))


def _unique(keys: Sequence[str | int]) -> list[str]:
    found = list(dict.fromkeys(str(k).strip() for k in keys))
    if not found:
        raise PlanError("plan.bulk_empty")
    return found


def bulk_status(
    db: Database,
    keys: Sequence[str | int],
    target: str,
    *,
    by_name: str = "",
    by_id: int | None = None,
    comment: str = "",
    now: dt.datetime | None = None,
) -> BulkResult:
    """Move every item of ``keys`` that may take that step to ``target``, in one transaction.

    Items whose status does not allow the step are left alone and listed in ``skipped``; if
    none may take it, nothing changes and PlanError says so. One approver name and one return
    comment serve all items.
    """
    if target not in TRANSITIONS:
        raise PlanError("plan.bulk_none", count=len(keys))
    at = now or utcnow()
    with db.session() as session:
        batch = _Batch(session, at, by_name)
        chosen: list[PlanItem] = []
        skipped: list[str] = []
        for key in _unique(keys):
            # A series occurrence carries the status of its series until it is detached.
            probe = batch.item(key, detach=False)
            if target not in TRANSITIONS.get(probe.status, ()):
                skipped.append(key)
                continue
            item = batch.item(key)
            batch.keep(item)
            chosen.append(item)
        if not chosen:
            raise PlanError("plan.bulk_none", count=len(skipped))
        for item in chosen:
            status_in(session, item, target, at=at, by_name=by_name, by_id=by_id, comment=comment)
        return BulkResult(batch.rows(chosen), tuple(skipped), batch.reversal("status"))


def send_period(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    from_statuses: Iterable[str] = ("draft",),
    target: str = "sent",
    by_name: str = "",
    by_id: int | None = None,
    comment: str = "",
    now: dt.datetime | None = None,
) -> BulkResult:
    """Move the stored items of ``start`` … ``end`` in ``from_statuses`` to ``target`` (by
    default: send the week's drafts for approval). Series masters are left out."""
    wanted = tuple(from_statuses)
    with db.session() as session:
        ids = session.scalars(
            select(PlanItem.id)
            .where(
                PlanItem.date >= start,
                PlanItem.date <= end,
                PlanItem.is_series.is_(False),
                PlanItem.status.in_(wanted),
            )
            .order_by(PlanItem.date, PlanItem.id)
        ).all()
    if not ids:
        raise PlanError("plan.bulk_nothing_in_period")
    return bulk_status(
        db, [str(i) for i in ids], target, by_name=by_name, by_id=by_id, comment=comment, now=now
    )


def _shift(value: dt.date, days: int) -> dt.date:
    try:
        return value + dt.timedelta(days=days)
    except OverflowError as exc:
        raise PlanError("plan.date_outside") from exc


def bulk_move(
    db: Database,
    keys: Sequence[str | int],
    days: int,
    *,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> BulkResult:
    """Move every item ``days`` later (earlier if negative); an occurrence moves alone, a
    series master moves the whole series. A sent or approved item goes back to draft."""
    from pressdesk.services.plan.recurrence import format_exdates, parse_exdates

    at = now or utcnow()
    with db.session() as session:
        batch = _Batch(session, at, by_name)
        moved: list[PlanItem] = []
        for key in _unique(keys):
            item = batch.item(key)
            batch.keep(item)
            if days == 0:
                moved.append(item)
                continue
            old = item.date
            item.date = _shift(old, days)
            changed = ["date"]
            add_history(
                session,
                item,
                "edit",
                at=at,
                field_name="date",
                old=history_text(old),
                new=history_text(item.date),
                by_name=by_name,
            )
            if item.is_series:
                shifted = tuple(_shift(d, days) for d in parse_exdates(item.exdates))
                item.exdates = format_exdates(shifted)
                if item.series_end is not None:
                    item.series_end = _shift(item.series_end, days)
            item.sequence += 1
            reset_approval_in(session, item, changed, at=at, by_name=by_name)
            moved.append(item)
        return BulkResult(batch.rows(moved), (), batch.reversal("move"))


def bulk_copy(
    db: Database,
    keys: Sequence[str | int],
    days: int,
    *,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> BulkResult:
    """Copy every item ``days`` later as a new draft (an idea stays an idea); a copy keeps
    content, channels and responsible person, never approvals, links or repeats."""
    at = now or utcnow()
    with db.session() as session:
        batch = _Batch(session, at, by_name)
        copies: list[PlanItem] = []
        for key in _unique(keys):
            _ident, day = parse_key(key)
            source = batch.item(key, detach=False)
            values = {
                k: getattr(source, k)
                for k in _COLUMNS
                if k
                not in (
                    "id",
                    "status_at",
                    "sent_at",
                    "approved_at",
                    "approved_by",
                    "approved_by_id",
                    "return_comment",
                    "published_at",
                    "published_links",
                    "rrule",
                    "exdates",
                    "is_series",
                    "series_end",
                    "series_id",
                    "original_date",
                    "sequence",
                    "ical_uid",
                    "created_at",
                    "updated_at",
                )
            }
            status = "idea" if source.status == "idea" else "draft"
            values.update(
                date=_shift(day or source.date, days), status=status, status_at=at, sequence=0
            )
            copy = PlanItem(**values)
            copy.channels = list(source.channels)
            session.add(copy)
            session.flush()
            batch.created.append(copy.id)
            add_history(
                session,
                copy,
                "created",
                at=at,
                new=status,
                by_name=by_name,
                comment=f"copy of {key}",
            )
            copies.append(copy)
        return BulkResult(batch.rows(copies), (), batch.reversal("copy"))


def bulk_responsible(
    db: Database,
    keys: Sequence[str | int],
    staff_id: int | None,
    *,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> BulkResult:
    """Make ``staff_id`` (None: nobody) responsible for every item."""
    at = now or utcnow()
    with db.session() as session:
        if staff_id is not None and session.get(StaffMember, staff_id) is None:
            raise PlanError("plan.no_staff", id=staff_id)
        batch = _Batch(session, at, by_name)
        items: list[PlanItem] = []
        for key in _unique(keys):
            item = batch.item(key)
            batch.keep(item)
            if item.responsible_id != staff_id:
                add_history(
                    session,
                    item,
                    "edit",
                    at=at,
                    field_name="responsible_id",
                    old=history_text(item.responsible_id),
                    new=history_text(staff_id),
                    by_name=by_name,
                )
                item.responsible_id = staff_id
            items.append(item)
        return BulkResult(batch.rows(items), (), batch.reversal("responsible"))


def bulk_delete(
    db: Database,
    keys: Sequence[str | int],
    *,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> BulkResult:
    """Delete every item with its history; a series occurrence is left out of its series
    (the series stays), a series master goes with its edited occurrences."""
    at = now or utcnow()
    with db.session() as session:
        batch = _Batch(session, at, by_name)
        gone: list[PlanItem] = []
        for key in _unique(keys):
            item_id, day = parse_key(key)
            item = batch.item(key, detach=False)
            if day is not None:
                override = session.scalars(
                    select(PlanItem).where(
                        PlanItem.series_id == item_id, PlanItem.original_date == day
                    )
                ).first()
                batch.keep(item)
                if override is not None:
                    batch.keep(override, with_history=True)
                skip_in(session, item, day, at=at, by_name=by_name)
                continue
            batch.keep(item, with_history=True)
            for child in session.scalars(select(PlanItem).where(PlanItem.series_id == item.id)):
                batch.keep(child, with_history=True)
            gone.append(item)
        for item in gone:
            session.delete(item)
        return BulkResult((), (), batch.reversal("delete"))


def capture(db: Database, ids: Iterable[int]) -> tuple[ItemSnapshot, ...]:
    """Keep the items ``ids`` (a series with its edited occurrences) as they are now, before
    a change made by another service; :func:`settle` turns it into a reversal afterwards."""
    with db.session() as session:
        return tuple(_snapshot(session, i, with_history=True) for i in _family(session, ids))


def settle(
    db: Database, action: str, before: Sequence[ItemSnapshot], created: Iterable[int] = ()
) -> Reversal:
    """Return the reversal of a change made since :func:`capture` gave ``before``: the items
    it created are ``created`` and any edited occurrence that appeared in a captured series."""
    with db.session() as session:
        batch = _Batch(session, utcnow(), "")
        batch.before = {snap.item_id: snap for snap in before}
        known = set(batch.before)
        for ident in created:
            if ident not in known and ident not in batch.created:
                batch.created.append(ident)
        for item in _family(session, known):
            if item.id not in known and item.id not in batch.created:
                batch.created.append(item.id)
        return batch.reversal(action)


def _check_unchanged(session: Session, reversal: Reversal) -> None:
    """Refuse when the items are not as the action left them (changed in another window)."""
    left = {snap.item_id: snap for snap in reversal.after}
    for ident, snap in left.items():
        item = session.get(PlanItem, ident)
        if item is None or _snapshot(session, item).state() != snap.state():
            raise PlanError(STALE)
    for snap in reversal.before:
        if snap.item_id not in left and session.get(PlanItem, snap.item_id) is not None:
            raise PlanError(STALE)


def revert(
    db: Database, reversal: Reversal, *, by_name: str = "", now: dt.datetime | None = None
) -> Reversal:
    """Undo an action: delete what it created, put back what it changed or deleted, with the
    history, channels and links to events of a deleted item; return the reversal of this undo
    (a redo reverts it again).

    Raises PlanError (:data:`STALE`) and changes nothing if an item is no longer as the action
    left it.
    """
    at = now or utcnow()
    with db.session() as session:
        _check_unchanged(session, reversal)
        batch = _Batch(session, at, by_name)
        # Occurrences before their series, so a series' own cascade does not remove them first.
        created = sorted(
            (item for i in reversal.created if (item := session.get(PlanItem, i)) is not None),
            key=lambda item: item.series_id is None,
        )
        for item in created:
            batch.keep(item, with_history=True)
        for item in created:
            session.delete(item)
        session.flush()
        # Masters first: an edited occurrence refers to its series.
        ordered = sorted(reversal.before, key=lambda s: s.columns.get("series_id") is not None)
        for snap in ordered:
            item = session.get(PlanItem, snap.item_id)
            restored = item is None
            if item is None:
                item = PlanItem(**snap.columns)
                session.add(item)
                batch.created.append(snap.item_id)
            else:
                batch.keep(item)
            current_status = "" if restored else item.status
            sequence = item.sequence or 0
            for key, value in snap.columns.items():
                if key not in ("id", "created_at", "updated_at"):
                    setattr(item, key, value)
            # Calendars that imported the item must see a newer version.
            item.sequence = max(sequence, snap.columns.get("sequence") or 0) + 1
            item.channels = list(
                session.scalars(select(Channel).where(Channel.id.in_(snap.channel_ids)))
            )
            session.flush()
            if restored:
                for entry in snap.history:
                    session.add(PlanItemHistory(**entry))
                events = session.scalars(select(Event.id).where(Event.id.in_(snap.event_ids)))
                for event_id in events:
                    session.execute(
                        event_plan_item.insert().values(event_id=event_id, plan_item_id=item.id)
                    )
            elif current_status != item.status:
                add_history(
                    session,
                    item,
                    "status",
                    at=at,
                    field_name="undo",
                    old=current_status,
                    new=item.status,
                    by_name=by_name,
                )
        return batch.reversal(f"undo {reversal.action}")
