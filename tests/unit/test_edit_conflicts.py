"""Two people editing the same record (plan item, event, inquiry, release, equipment, archive set,
monitoring record): a save from a copy read before the other's is refused; the other's change
stays."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pressdesk.bilingual import Bi
from pressdesk.services.archive import records as archive
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.coverage import records as coverage
from pressdesk.services.events.records import create_event, get_event, update_event
from pressdesk.services.inquiries.queries import get_inquiry
from pressdesk.services.inquiries.records import (
    AnswerInput,
    InquiryInput,
    add_inquiry,
    answer_inquiry,
    update_inquiry,
)
from pressdesk.services.inventory import items as inventory
from pressdesk.services.plan.items import create_item, get_item, update_item
from pressdesk.services.plan.rows import PlanItemInput
from pressdesk.services.plan.workflow import change_status
from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.records import ReleaseInput, add_release, update_release
from tests.unit.test_coverage_records import _input as coverage_input
from tests.unit.test_events import conference

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


def test_an_event_changed_meanwhile_is_not_overwritten(db):
    event = create_event(db, conference())
    mine = get_event(db, event.id)
    moved = conference(place="Ак үй, 2-кабат")
    update_event(db, event.id, moved, seen_sequence=get_event(db, event.id).sequence)
    with pytest.raises(ChangedMeanwhile):
        update_event(db, event.id, conference(title="Брифинг"), seen_sequence=mine.sequence)
    stored = get_event(db, event.id)
    assert str(stored.place.ky or stored.place.ru) == "Ак үй, 2-кабат"
    assert "Брифинг" not in str(stored.title)


def test_an_inquiry_answered_by_a_colleague_is_not_overwritten_by_an_old_edit(db):
    received = dt.datetime(2026, 11, 20, 10, 0)
    question = "Сколько тонн семян закуплено?"
    data = InquiryInput(question=question, received_at=received)
    inquiry_id = add_inquiry(db, data)
    mine = get_inquiry(db, inquiry_id)
    answer_inquiry(db, inquiry_id, AnswerInput(text="12 000 тонн", answered_at=received))
    with pytest.raises(ChangedMeanwhile):
        update_inquiry(
            db,
            inquiry_id,
            dataclasses.replace(data, draft="Проект ответа"),
            seen_version=mine.row_version,
        )
    stored = get_inquiry(db, inquiry_id)
    assert (stored.status, stored.answer_text, stored.draft) == ("answered", "12 000 тонн", "")


def test_a_release_edited_meanwhile_is_not_overwritten(db):
    first = ReleaseInput(title=Bi("Түшүм жыйналды", "Урожай собран"))
    release_id = add_release(db, first)
    mine = get_release(db, release_id)
    update_release(
        db,
        release_id,
        dataclasses.replace(first, lead=Bi("Дан 2 млн тонна", "Зерна 2 млн тонн")),
        seen_version=get_release(db, release_id).row_version,
    )
    with pytest.raises(ChangedMeanwhile):
        update_release(
            db,
            release_id,
            dataclasses.replace(first, title=Bi("Эски аталыш", "Старый заголовок")),
            seen_version=mine.row_version,
        )
    stored = get_release(db, release_id)
    assert stored.title == Bi("Түшүм жыйналды", "Урожай собран")
    assert stored.lead == Bi("Дан 2 млн тонна", "Зерна 2 млн тонн")


def test_equipment_and_archive_changed_meanwhile_are_not_overwritten(db):
    camera = inventory.save_item(
        db, inventory.ItemRow(name=Bi("Камера", "Камера"), inventory_number="ИН-0042")
    )
    assert camera.id is not None and camera.row_version is not None
    listed = next(r for r in inventory.list_items(db).rows if r.id == camera.id)
    assert listed.row_version == camera.row_version  # the list's rows open the editor
    inventory.save_item(db, dataclasses.replace(camera, condition="needs_repair"))
    with pytest.raises(ChangedMeanwhile):
        inventory.save_item(db, dataclasses.replace(listed, serial_number="SN-1"))
    stored = inventory.get_item(db, camera.id)
    assert (stored.condition, stored.serial_number) == ("needs_repair", "")

    photos = archive.save_archive_set(
        db, archive.ArchiveRow(title=Bi("Сүрөттөр", "Фото"), folder_path="D:/Фото")
    )
    assert photos.id is not None
    archive.save_archive_set(db, dataclasses.replace(photos, folder_path="D:/Фото/2026"))
    with pytest.raises(ChangedMeanwhile):
        archive.save_archive_set(db, dataclasses.replace(photos, cloud_link="https://disk.kg/1"))
    stored_set = archive.get_archive_set(db, photos.id)
    assert (stored_set.folder_path, stored_set.cloud_link) == ("D:/Фото/2026", "")


def test_a_monitoring_record_toned_meanwhile_is_not_overwritten(db):
    record_id = coverage.add_record(db, coverage_input())
    mine = coverage.get_record(db, record_id)
    assert coverage.set_tone(db, [record_id], "negative") == 1  # a colleague's key 3
    data = dataclasses.replace(coverage_input(), summary="Министр сүйлөдү")
    with pytest.raises(ChangedMeanwhile):
        coverage.update_record(db, record_id, data, seen_version=mine.row_version)
    stored = coverage.get_record(db, record_id)
    assert (stored.tone, stored.summary) == ("negative", "")
