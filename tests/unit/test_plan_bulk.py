"""Bulk plan actions (one transaction each, reversible) and the approval reset rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pressdesk.bilingual import Bi
from pressdesk.services.plan.bulk import (
    bulk_copy,
    bulk_delete,
    bulk_move,
    bulk_responsible,
    bulk_status,
    parse_key,
    revert,
    send_period,
)
from pressdesk.services.plan.items import (
    PlanError,
    PlanItemInput,
    PlanNotFound,
    create_item,
    get_item,
    list_items,
    resets_approval,
    update_item,
)
from pressdesk.services.plan.series import move_item
from pressdesk.services.plan.workflow import change_status, item_history
from pressdesk.services.staff import StaffRow, save_staff

MONDAY = dt.date(2026, 11, 23)
SUNDAY = MONDAY + dt.timedelta(days=6)
T0 = dt.datetime(2026, 11, 1, 9, 0)


def add(db, day=MONDAY, title="Пресс-релиз", status="draft", **fields):
    return create_item(db, PlanItemInput(date=day, title=title, **fields), status=status, now=T0)


def walk(db, item_id, *steps):
    for step in steps:
        change_status(db, item_id, step, by_name="Асанов Б.", comment="x")
    return get_item(db, item_id)


def statuses(db, ids):
    return [get_item(db, i).status for i in ids]


@pytest.mark.parametrize(
    ("start", "target", "kwargs", "expected", "skipped"),
    [
        (("draft", "draft", "idea"), "sent", {}, ("sent", "sent", "idea"), 1),
        (("sent", "sent", "approved"), "approved", {"by_name": "Асанов"}, ("approved",) * 3, 1),
        (("sent", "sent", "draft"), "returned", {"comment": "Сандар"}, ("returned",) * 2, 1),
        (("draft", "sent", "returned"), "cancelled", {}, ("cancelled",) * 3, 0),
    ],
)
def test_bulk_status_changes_the_items_that_may_take_the_step(
    db, start, target, kwargs, expected, skipped
):
    steps = {"idea": (), "draft": (), "sent": ("sent",), "approved": ("sent", "approved")}
    steps["returned"] = ("sent", "returned")
    ids = []
    for n, status in enumerate(start):
        row = add(db, title=f"Материал {n}", status="idea" if status == "idea" else "draft")
        walk(db, row.id, *steps[status])
        ids.append(row.id)
    result = bulk_status(db, ids, target, **kwargs)
    assert len(result.skipped) == skipped
    assert sorted(r.status for r in result.rows) == sorted(expected[: len(result.rows)])
    changed = [i for i in ids if str(i) not in result.skipped]
    assert statuses(db, changed) == [target] * len(changed)
    if target == "approved":
        assert {get_item(db, i).approved_by for i in changed} == {"Асанов"}
    if target == "returned":
        assert {get_item(db, i).return_comment for i in changed} == {"Сандар"}
    for item_id in changed:
        assert item_history(db, item_id)[-1].new_value == target
    # Undo puts every status back and leaves a trace of it.
    revert(db, result.reversal)
    assert statuses(db, changed) == [start[ids.index(i)] for i in changed]


@pytest.mark.parametrize(
    ("target", "kwargs", "message"),
    [
        ("approved", {}, "Say who approved"),
        ("returned", {}, "Say why"),
        ("published", {}, "None of the 2 selected"),
    ],
)
def test_bulk_status_refuses_as_a_whole(db, target, kwargs, message):
    a, b = add(db, title="Бир"), add(db, title="Эки")
    walk(db, a.id, "sent")
    walk(db, b.id, "sent")
    with pytest.raises(PlanError, match=message):
        bulk_status(db, [a.id, b.id], target, **kwargs)
    # One transaction: neither item changed.
    assert statuses(db, [a.id, b.id]) == ["sent", "sent"]


def test_bulk_status_detaches_a_series_occurrence(db):
    series = add(db, title="Апталык дайджест", rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=4")
    key = f"{series.id}@{(MONDAY + dt.timedelta(days=7)).isoformat()}"
    result = bulk_status(db, [key], "sent", now=T0)
    (row,) = result.rows
    assert row.series_id == series.id and row.status == "sent"
    assert get_item(db, series.id).status == "draft"
    revert(db, result.reversal)
    with pytest.raises(PlanNotFound):
        get_item(db, row.id)


@pytest.mark.parametrize(
    ("keys", "message"),
    [([], "Select at least one"), (["x1"], "is not a plan item"), (["1@soon"], "is not a plan")],
)
def test_keys_are_checked(db, keys, message):
    with pytest.raises(PlanError, match=message):
        bulk_status(db, keys, "sent")
    assert parse_key("12@2026-11-23") == (12, MONDAY)


def test_send_the_week_for_approval(db):
    inside = [add(db, MONDAY + dt.timedelta(days=n), title=f"№{n}") for n in range(5)]
    idea = add(db, MONDAY, title="Идея", status="idea")
    later = add(db, SUNDAY + dt.timedelta(days=1), title="Кийинки апта")
    result = send_period(db, MONDAY, SUNDAY, now=T0)
    assert len(result.rows) == 5
    assert statuses(db, [r.id for r in inside]) == ["sent"] * 5
    assert statuses(db, [idea.id, later.id]) == ["idea", "draft"]
    with pytest.raises(PlanError, match="no items in the status"):
        send_period(db, MONDAY, SUNDAY)


@pytest.mark.parametrize(
    ("status", "days", "expected_status"),
    [("draft", 7, "draft"), ("sent", 1, "draft"), ("approved", -2, "draft"), ("idea", 3, "idea")],
)
def test_bulk_move_shifts_and_withdraws_approval(db, status, days, expected_status):
    a = add(db, title="Бир", status="idea" if status == "idea" else "draft")
    b = add(
        db,
        MONDAY + dt.timedelta(days=2),
        title="Эки",
        status="idea" if status == "idea" else "draft",
    )
    for row in (a, b):
        walk(db, row.id, *{"sent": ("sent",), "approved": ("sent", "approved")}.get(status, ()))
    result = bulk_move(db, [a.id, b.id], days)
    assert [r.date for r in result.rows] == [
        MONDAY + dt.timedelta(days=days),
        MONDAY + dt.timedelta(days=2 + days),
    ]
    assert {r.status for r in result.rows} == {expected_status}
    last = item_history(db, a.id)[-1]
    if expected_status != status:
        assert (last.field, last.old_value, last.new_value, last.comment) == (
            "approval",
            status,
            "draft",
            "date",
        )
    revert(db, result.reversal)
    back = get_item(db, a.id)
    assert (back.date, back.status) == (MONDAY, status)


def test_bulk_copy_makes_drafts_and_undo_removes_them(db):
    person = save_staff(db, StaffRow("Жумабаева Айгүл"))
    a = add(db, title="Бир", channels=("telegram",), responsible_id=person.id)
    walk(db, a.id, "sent", "approved")
    result = bulk_copy(db, [a.id], 7, now=T0)
    (copy,) = result.rows
    assert (copy.date, copy.status, copy.channels, copy.responsible_id, copy.approved_by) == (
        MONDAY + dt.timedelta(days=7),
        "draft",
        ("telegram",),
        person.id,
        "",
    )
    revert(db, result.reversal)
    assert [r.id for r in list_items(db, MONDAY, MONDAY + dt.timedelta(days=14))] == [a.id]


def test_bulk_responsible_and_delete_revert(db):
    person = save_staff(db, StaffRow("Жумабаева Айгүл"))
    a, b = add(db, title="Бир", channels=("website",)), add(db, title="Эки")
    result = bulk_responsible(db, [a.id, b.id], person.id, now=T0)
    assert {r.responsible_name for r in result.rows} == {"Жумабаева Айгүл"}
    with pytest.raises(PlanError, match="no staff member"):
        bulk_responsible(db, [a.id], 999)
    history_before = item_history(db, a.id)
    deleted = bulk_delete(db, [a.id, b.id])
    assert list_items(db, MONDAY, SUNDAY) == []
    revert(db, deleted.reversal)
    back = get_item(db, a.id)
    assert (back.title, back.channels, back.responsible_id) == (
        Bi("Бир", "") if back.title.ky else Bi("", "Бир"),
        ("website",),
        person.id,
    )
    assert item_history(db, a.id) == history_before
    revert(db, result.reversal)
    assert get_item(db, b.id).responsible_id is None


def test_deleting_an_occurrence_leaves_the_series(db):
    series = add(db, title="Дайджест", rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    second = MONDAY + dt.timedelta(days=7)
    result = bulk_delete(db, [f"{series.id}@{second.isoformat()}"])
    assert second in get_item(db, series.id).exdates
    revert(db, result.reversal)
    assert get_item(db, series.id).exdates == ()


@pytest.mark.parametrize(
    ("change", "resets"),
    [
        ({"date": MONDAY + dt.timedelta(days=1)}, ("date",)),
        ({"time": dt.time(11, 0)}, ("time",)),
        ({"title": Bi("Жаңы аталыш", "")}, ("title",)),
        ({"topic": Bi("Себеп", "")}, ("topic",)),
        ({"channels": ("website", "telegram")}, ("channels",)),
        ({"notes": "ички эскертүү"}, ()),
        ({"format": "interview"}, ()),
    ],
)
@pytest.mark.parametrize("status", ["sent", "approved", "draft"])
def test_editing_what_was_approved_returns_to_draft(db, change, resets, status):
    row = add(db, title=Bi("Аталыш", ""), channels=("telegram",))
    row = walk(db, row.id, *{"sent": ("sent",), "approved": ("sent", "approved")}.get(status, ()))
    data = replace(row.as_input(), **change)
    expected = resets if status != "draft" else ()
    assert resets_approval(row, data) == expected
    saved = update_item(db, row.id, data, by_name="Сейитова")
    assert saved.status == ("draft" if expected else status)
    if expected:
        assert saved.approved_by == "" and saved.approved_at is None
        last = item_history(db, row.id)[-1]
        assert (last.kind, last.field, last.old_value, last.comment) == (
            "status",
            "approval",
            status,
            ", ".join(expected),
        )


def test_a_drag_of_an_approved_item_returns_it_to_draft(db):
    row = add(db, title="Бир")
    walk(db, row.id, "sent", "approved")
    moved = move_item(db, row.id, MONDAY + dt.timedelta(days=1))
    assert moved.status == "draft"
