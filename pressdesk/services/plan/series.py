"""Series occurrences (edit one, skip, restore), moving items and copying them forward."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.services.plan.items import (
    PlanError,
    PlanItemRow,
    add_history,
    apply_input,
    create_item,
    get_item,
    list_items,
    load_item,
    row_in,
    title_text,
    to_row,
    update_item,
    utcnow,
)
from pressdesk.services.plan.recurrence import format_exdates, is_occurrence, parse_exdates
from pressdesk.storage.engine import Database
from pressdesk.storage.plan_models import PlanItem


def find_override(session: Session, series_id: int, day: dt.date) -> PlanItem | None:
    """Return the stored occurrence of a series for the plan date ``day``, if any."""
    return _override(session, series_id, day)


def _override(session: Session, series_id: int, day: dt.date) -> PlanItem | None:
    return session.scalars(
        select(PlanItem).where(PlanItem.series_id == series_id, PlanItem.original_date == day)
    ).first()


def detach_in(
    session: Session,
    master: PlanItem,
    original_date: dt.date,
    *,
    at: dt.datetime,
    by_name: str = "",
    day: dt.date | None = None,
    check: bool = True,
) -> PlanItem:
    """Create (or find) the stored occurrence of ``master`` for ``original_date`` in a session.

    ``day`` puts it on another date at once; ``check`` False also accepts a date the rule
    does not produce (an extra date of an imported series, RDATE).
    """
    existing = _override(session, master.id, original_date)
    if existing is not None:
        return existing
    if check and (
        original_date in parse_exdates(master.exdates)
        or not is_occurrence(master.rrule, master.date, original_date)
    ):
        raise PlanError("plan.no_occurrence", title=title_text(master.title), date=original_date)
    target = day or original_date
    data = replace(to_row(master).as_input(), date=target, rrule="", exdates=())
    item = PlanItem(
        date=target,
        title=master.title,
        status=master.status,
        status_at=at,
        series_id=master.id,
        original_date=original_date,
        sequence=master.sequence,
        sent_at=master.sent_at,
        approved_at=master.approved_at,
        approved_by=master.approved_by,
        approved_by_id=master.approved_by_id,
        extra_days=master.extra_days,
    )
    session.add(item)
    apply_input(session, item, data)
    session.flush()
    add_history(
        session,
        item,
        "created",
        at=at,
        new=item.status,
        by_name=by_name,
        comment=f"occurrence {original_date.isoformat()} of series {master.id}",
    )
    return item


def detach_occurrence(
    db: Database,
    series_id: int,
    original_date: dt.date,
    *,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> PlanItemRow:
    """Turn one occurrence of a series into its own item ("edit this occurrence only").

    The new item copies the series and replaces its date ``original_date``; edit it, move it
    or change its status like any item. Detaching twice returns the same item.
    """
    at = now or utcnow()
    with db.session() as session:
        master = load_item(session, series_id)
        if not master.is_series:
            raise PlanError("plan.not_a_series", item=series_id)
        return row_in(session, detach_in(session, master, original_date, at=at, by_name=by_name))


def skip_in(
    session: Session, master: PlanItem, day: dt.date, *, at: dt.datetime, by_name: str = ""
) -> bool:
    """Leave ``day`` out of a series in a session; return True if anything changed."""
    override = _override(session, master.id, day)
    if override is not None:
        session.delete(override)
    dates = parse_exdates(master.exdates)
    if day in dates:
        return override is not None
    old = master.exdates
    master.exdates = format_exdates((*dates, day))
    master.sequence += 1
    add_history(
        session,
        master,
        "edit",
        at=at,
        field_name="exdates",
        old=old,
        new=master.exdates,
        by_name=by_name,
    )
    return True


def skip_occurrence(
    db: Database, series_id: int, day: dt.date, *, by_name: str = "", now: dt.datetime | None = None
) -> PlanItemRow:
    """Leave one date out of a series (an EXDATE); an edited occurrence of it is deleted."""
    at = now or utcnow()
    with db.session() as session:
        master = load_item(session, series_id)
        if not master.is_series:
            raise PlanError("plan.not_a_series", item=series_id)
        skip_in(session, master, day, at=at, by_name=by_name)
        return row_in(session, master)


def restore_occurrence(
    db: Database, series_id: int, day: dt.date, *, by_name: str = "", now: dt.datetime | None = None
) -> PlanItemRow:
    """Put a left-out date back into its series."""
    at = now or utcnow()
    with db.session() as session:
        master = load_item(session, series_id)
        dates = parse_exdates(master.exdates)
        if day in dates:
            old = master.exdates
            master.exdates = format_exdates(d for d in dates if d != day)
            master.sequence += 1
            add_history(
                session,
                master,
                "edit",
                at=at,
                field_name="exdates",
                old=old,
                new=master.exdates,
                by_name=by_name,
            )
        return row_in(session, master)


def move_occurrence(
    db: Database,
    series_id: int,
    original_date: dt.date,
    new_date: dt.date,
    *,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> PlanItemRow:
    """Move one occurrence of a series to another day; the rest of the series stays."""
    detached = detach_occurrence(db, series_id, original_date, by_name=by_name, now=now)
    return move_item(db, detached.id, new_date, by_name=by_name, now=now)


def _shift(value: dt.date, days: int) -> dt.date:
    try:
        return value + dt.timedelta(days=days)
    except OverflowError as exc:
        raise PlanError("plan.date_outside") from exc


def move_item(
    db: Database,
    item_id: int,
    new_date: dt.date,
    *,
    new_time: dt.time | None = None,
    all_day: bool = False,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> PlanItemRow:
    """Move a stored item to another day (drag and drop), keeping its time unless told.

    ``new_time`` sets a time, ``all_day`` removes it. Moving a series master shifts the whole
    series, its excluded dates with it.
    """
    current = get_item(db, item_id)
    data = replace(current.as_input(), date=new_date)
    if new_time is not None:
        data = replace(data, time=new_time)
    elif all_day:
        data = replace(data, time=None)
    if current.is_series:
        delta = (new_date - current.date).days
        data = replace(data, exdates=tuple(_shift(d, delta) for d in current.exdates))
    return update_item(db, item_id, data, by_name=by_name, now=now)


def copy_item(
    db: Database,
    item_id: int,
    *,
    days: int,
    occurrence: dt.date | None = None,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> PlanItemRow:
    """Copy an item (or one occurrence of a series) ``days`` later as a new draft.

    The copy keeps content, channels and responsible person; approvals do not carry over,
    and a copy of a series occurrence does not repeat.
    """
    source = get_item(db, item_id)
    data = source.as_input()
    base_date = occurrence or source.date
    data = replace(data, date=_shift(base_date, days), rrule="", exdates=(), published_links=())
    status = "idea" if source.status == "idea" else "draft"
    copied = create_item(db, data, status=status, by_name=by_name, now=now)
    with db.session() as session:
        # An item of several days (PlanItem.extra_days) keeps its length in the copy.
        extra = load_item(session, item_id).extra_days
        if extra:
            load_item(session, copied.id).extra_days = extra
    return copied


def copy_range(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    days: int,
    by_name: str = "",
    now: dt.datetime | None = None,
) -> list[PlanItemRow]:
    """Copy the single items of ``start`` … ``end`` (say, a week) ``days`` later as drafts.

    Series occurrences are not copied (the series already repeats), nor cancelled items.
    """
    sources = [
        row
        for row in list_items(db, start, end, expand=False)
        if row.series_id is None and row.status != "cancelled"
    ]
    return [copy_item(db, row.id, days=days, by_name=by_name, now=now) for row in sources]
