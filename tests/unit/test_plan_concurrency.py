"""Two people editing the same plan item: a save from a copy read before the other's is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pressdesk.bilingual import Bi
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.plan.items import create_item, get_item, update_item
from pressdesk.services.plan.rows import PlanItemInput
from pressdesk.services.plan.workflow import change_status

MONDAY = dt.date(2026, 11, 23)


def _input(row, **changes):
    data = PlanItemInput(date=row.date, title=row.title, time=row.time, topic=row.topic)
    return dataclasses.replace(data, **changes)


def test_an_edit_from_an_outdated_copy_is_refused_and_the_other_edit_stays(db):
    item = create_item(db, PlanItemInput(date=MONDAY, title=Bi("Брифинг", "Брифинг")))
    mine = get_item(db, item.id)
    theirs = get_item(db, item.id)
    update_item(db, item.id, _input(theirs, time=dt.time(11, 0)), seen_sequence=theirs.sequence)
    with pytest.raises(ChangedMeanwhile):
        update_item(
            db, item.id, _input(mine, topic=Bi("Түшүм", "Урожай")), seen_sequence=mine.sequence
        )
    stored = get_item(db, item.id)
    assert stored.time == dt.time(11, 0)
    assert stored.topic == Bi()


def test_a_status_step_by_the_head_counts_as_a_change(db):
    item = create_item(db, PlanItemInput(date=MONDAY, title=Bi("Пост", "Пост")))
    mine = get_item(db, item.id)
    change_status(db, item.id, "draft", by_name="Жумабаева А.")
    with pytest.raises(ChangedMeanwhile):
        update_item(db, item.id, _input(mine, time=dt.time(9, 0)), seen_sequence=mine.sequence)


def test_without_a_sequence_read_the_edit_goes_through(db):
    item = create_item(db, PlanItemInput(date=MONDAY, title=Bi("Интервью", "Интервью")))
    update_item(db, item.id, _input(item, time=dt.time(10, 0)))
    assert update_item(db, item.id, _input(item, time=dt.time(15, 0))).time == dt.time(15, 0)
