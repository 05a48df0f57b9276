"""Undo and redo of plan changes: revert returns its own reversal, refuses stale items."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, select

from pressdesk.services.events.records import EventInput, create_event, get_event
from pressdesk.services.plan.bulk import (
    STALE,
    bulk_copy,
    bulk_delete,
    bulk_move,
    bulk_status,
    capture,
    revert,
    settle,
)
from pressdesk.services.plan.items import (
    PlanError,
    PlanItemInput,
    create_item,
    get_item,
    list_items,
    update_item,
)
from pressdesk.services.plan.series import move_occurrence
from pressdesk.services.plan.workflow import change_status, item_history
from pressdesk.storage.plan_models import PlanItem

MONDAY = dt.date(2026, 11, 23)
SUNDAY = MONDAY + dt.timedelta(days=6)
T0 = dt.datetime(2026, 11, 1, 9, 0)
# What every write bumps (calendars see a newer version) and is left out of "the same item".
_BUMPED = {"sequence", "updated_at", "created_at"}


def add(db, day=MONDAY, title="Пресс-релиз", status="draft", **fields):
    return create_item(db, PlanItemInput(date=day, title=title, **fields), status=status, now=T0)


def stored(db):
    """Every stored item's columns (not the bumped ones) and channel codes, by id."""
    keys = [c.key for c in inspect(PlanItem).column_attrs if c.key not in _BUMPED]
    with db.session() as session:
        return {
            item.id: ({k: getattr(item, k) for k in keys}, [c.code for c in item.channels])
            for item in session.scalars(select(PlanItem))
        }


def test_undo_then_redo_of_a_move_gives_the_same_items(db):
    a, b = add(db, title="Бир", channels=("website",)), add(db, title="Эки", status="draft")
    change_status(db, b.id, "sent")
    before = stored(db)
    moved = bulk_move(db, [a.id, b.id], 7, by_name="Асанова")
    after = stored(db)
    assert get_item(db, b.id).status == "draft"  # the move withdrew the approval request
    undo = revert(db, moved.reversal)
    assert stored(db) == before
    redo = revert(db, undo)
    assert stored(db) == after
    revert(db, redo)
    assert stored(db) == before


def test_undo_of_a_delete_restores_history_channels_and_event_links(db):
    item = add(db, title="Брифинг", channels=("website", "telegram"))
    change_status(db, item.id, "sent", by_name="Асанова")
    start = dt.datetime(2026, 11, 24, 10, 0)
    event = create_event(
        db,
        EventInput(
            kind="briefing",
            title="Брифинг",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1),
            plan_item_ids=frozenset({item.id}),
        ),
    )
    history = item_history(db, item.id)
    before = stored(db)
    deleted = bulk_delete(db, [item.id])
    assert list_items(db, MONDAY, SUNDAY) == []
    assert get_event(db, event.id).as_input().plan_item_ids == frozenset()
    undo = revert(db, deleted.reversal)
    assert stored(db) == before
    assert item_history(db, item.id) == history
    assert get_event(db, event.id).as_input().plan_item_ids == frozenset({item.id})
    redo = revert(db, undo)
    assert stored(db) == {}
    revert(db, redo)
    assert get_item(db, item.id).channels == ("website", "telegram")
    assert get_event(db, event.id).as_input().plan_item_ids == frozenset({item.id})


def test_undo_over_an_item_changed_elsewhere_is_refused_and_changes_nothing(db):
    a, b = add(db, title="Бир"), add(db, title="Эки")
    moved = bulk_move(db, [a.id, b.id], 1)
    update_item(db, a.id, PlanItemInput(date=MONDAY + dt.timedelta(days=3), title="Бир, жаңы"))
    now = stored(db)
    with pytest.raises(PlanError) as refused:
        revert(db, moved.reversal)
    assert refused.value.code == STALE
    assert "changed or deleted elsewhere" in str(refused.value)
    assert stored(db) == now


def test_undo_of_a_delete_is_refused_when_the_copy_it_removes_was_edited(db):
    a = add(db, title="Бир")
    copied = bulk_copy(db, [a.id], 7)
    copy_id = copied.rows[0].id
    change_status(db, copy_id, "sent")
    with pytest.raises(PlanError):
        revert(db, copied.reversal)
    assert get_item(db, copy_id).status == "sent"


def test_capture_and_settle_undo_a_moved_occurrence(db):
    series = add(db, title="Дайджест", rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    second = MONDAY + dt.timedelta(days=7)
    before = stored(db)
    kept = capture(db, [series.id])
    moved = move_occurrence(db, series.id, second, second + dt.timedelta(days=2))
    reversal = settle(db, "move", kept, [moved.id])
    assert reversal.created == (moved.id,)
    after = stored(db)
    undo = revert(db, reversal)
    assert stored(db) == before
    revert(db, undo)
    assert stored(db) == after


def test_status_undo_writes_the_way_back_into_the_history(db):
    a = add(db, title="Бир")
    sent = bulk_status(db, [a.id], "sent", by_name="Асанова")
    revert(db, sent.reversal, by_name="Асанова")
    last = item_history(db, a.id)[-1]
    assert (get_item(db, a.id).status, last.field, last.old_value, last.new_value) == (
        "draft",
        "undo",
        "sent",
        "draft",
    )
