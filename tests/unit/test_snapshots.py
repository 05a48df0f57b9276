"""Undo and redo of stored records: rows with their dependants put back, stale steps refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pressdesk.bilingual import Bi
from pressdesk.messages import UserError
from pressdesk.services import snapshots
from pressdesk.services.contacts.lists import ListRecord, add_to_list, lists_of_person, save_list
from pressdesk.services.contacts.query import count_people
from pressdesk.services.contacts.records import (
    delete_outlet,
    delete_people,
    get_person,
    save_outlet,
    save_person,
)
from pressdesk.services.contacts.values import (
    EmailValue,
    OutletRecord,
    PersonFilter,
    PersonRecord,
    PhoneValue,
)
from pressdesk.services.events.accreditation import accreditation_list, add_people
from pressdesk.services.events.records import (
    EventInput,
    create_event,
    delete_event,
    get_event,
    update_event,
)
from pressdesk.services.events.tasks import list_tasks, set_done
from pressdesk.services.inventory.history import check_out, item_history
from pressdesk.services.inventory.items import ItemRow, delete_item, get_item, save_item
from pressdesk.storage.assets_models import EquipmentItem
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.events_models import Event

START = dt.datetime(2026, 11, 25, 10, 0)


def _event(db, title="Брифинг"):
    return create_event(
        db,
        EventInput(
            kind="briefing",
            title=title,
            starts_at=START,
            ends_at=START + dt.timedelta(hours=1),
            place="Пресс-борбор",
        ),
    )


def _person(db, name="Асанов Бакыт", **kw):
    record = PersonRecord(
        name,
        phones=(PhoneValue("0555 123 456"),),
        emails=(EmailValue("bakyt@example.kg"),),
        **kw,
    )
    return save_person(db, record).record


def _found(db, text):
    return count_people(db, PersonFilter(text=text))


def test_deleted_person_returns_with_id_phones_lists_and_search(db):
    person = _person(db)
    contact_list = save_list(db, ListRecord("Агрардык"))
    add_to_list(db, contact_list.id, person_ids=[person.id])
    event = _event(db)
    add_people(db, event.id, [person.id])
    before = snapshots.capture(db, Person, [person.id])
    delete_people(db, [person.id])
    reversal = snapshots.settle(db, "delete", before)
    assert _found(db, "Асанов") == 0

    redo = snapshots.revert(db, reversal)
    back = get_person(db, person.id)
    assert back.full_name == "Асанов Бакыт"
    assert [p.e164 for p in back.phones] == ["+996555123456"]
    assert [e.address for e in back.emails] == ["bakyt@example.kg"]
    assert _found(db, "Асанов") == 1
    assert _found(db, "bakyt") == 1
    assert lists_of_person(db, person.id) == ["Агрардык"]
    # The accreditation line kept its copy of the name and is linked to the person again.
    assert [e.person_id for e in accreditation_list(db, event.id)] == [person.id]

    snapshots.revert(db, redo)  # redo: deleted again
    assert _found(db, "Асанов") == 0
    with db.session() as session:
        assert session.get(Person, person.id) is None


def test_edit_of_a_person_is_undone_and_redone(db):
    person = _person(db)
    before = snapshots.capture(db, Person, [person.id])
    save_person(
        db,
        PersonRecord(
            "Асанова Айгүл", id=person.id, phones=(PhoneValue("0700 111 222"),), emails=()
        ),
    )
    reversal = snapshots.settle(db, "edit", before)
    redo = snapshots.revert(db, reversal)
    back = get_person(db, person.id)
    assert back.full_name == "Асанов Бакыт"
    assert [p.e164 for p in back.phones] == ["+996555123456"]
    assert _found(db, "Айгүл") == 0
    again = snapshots.revert(db, redo)
    assert get_person(db, person.id).full_name == "Асанова Айгүл"
    assert [p.e164 for p in get_person(db, person.id).phones] == ["+996700111222"]
    assert _found(db, "Айгүл") == 1
    snapshots.revert(db, again)
    assert get_person(db, person.id).full_name == "Асанов Бакыт"


def test_outlet_delete_undo_gives_its_people_back_their_outlet(db):
    outlet = save_outlet(db, OutletRecord("Кабар")).record
    person = _person(db, outlet_id=outlet.id)
    before = snapshots.capture(db, Outlet, [outlet.id])
    delete_outlet(db, outlet.id)
    reversal = snapshots.settle(db, "delete", before)
    assert get_person(db, person.id).outlet_id is None

    snapshots.revert(db, reversal)
    assert get_person(db, person.id).outlet_id == outlet.id
    assert get_person(db, person.id).outlet_name == "Кабар"
    assert _found(db, "Кабар") == 1  # the outlet's name is in its people's search text


def test_outlet_rename_undo_reindexes_its_people(db):
    outlet = save_outlet(db, OutletRecord("Кабар")).record
    _person(db, outlet_id=outlet.id)
    before = snapshots.capture(db, Outlet, [outlet.id])
    save_outlet(db, OutletRecord("Азаттык", id=outlet.id))
    reversal = snapshots.settle(db, "edit", before)
    assert _found(db, "Азаттык") == 1
    snapshots.revert(db, reversal)
    assert _found(db, "Азаттык") == 0
    assert _found(db, "Кабар") == 1


def test_deleted_event_returns_with_its_checklist(db):
    event = _event(db)
    tasks = list_tasks(db, event.id)
    assert tasks
    set_done(db, tasks[0].id, True)
    before = snapshots.capture(db, Event, [event.id])
    delete_event(db, event.id)
    reversal = snapshots.settle(db, "delete", before)

    redo = snapshots.revert(db, reversal)
    assert get_event(db, event.id).title.ky == "Брифинг"
    back = list_tasks(db, event.id)
    assert [(t.id, t.done) for t in back] == [(t.id, t.id == tasks[0].id) for t in tasks]
    snapshots.revert(db, redo)
    with db.session() as session:
        assert session.get(Event, event.id) is None


def test_new_record_undo_deletes_it_and_redo_brings_it_back_with_its_id(db):
    event = _event(db)
    reversal = snapshots.reversal_of_new(db, "new", Event, [event.id])
    redo = snapshots.revert(db, reversal)
    with db.session() as session:
        assert session.get(Event, event.id) is None
    snapshots.revert(db, redo)
    assert get_event(db, event.id).title.ky == "Брифинг"
    assert list_tasks(db, event.id)  # the checklist came back too


def test_undo_over_a_record_changed_elsewhere_is_refused_and_changes_nothing(db):
    event = _event(db)
    before = snapshots.capture(db, Event, [event.id])
    update_event(
        db,
        event.id,
        EventInput(
            kind="briefing",
            title="Брифинг 2",
            starts_at=START,
            ends_at=START + dt.timedelta(hours=1),
        ),
    )
    reversal = snapshots.settle(db, "edit", before)
    # Another window changes it again.
    update_event(
        db,
        event.id,
        EventInput(
            kind="briefing",
            title="Брифинг 3",
            starts_at=START,
            ends_at=START + dt.timedelta(hours=1),
        ),
    )
    with pytest.raises(UserError) as caught:
        snapshots.revert(db, reversal)
    assert caught.value.code == snapshots.STALE
    assert "cannot be undone" in str(caught.value)
    assert get_event(db, event.id).title.ky == "Брифинг 3"


def test_undo_of_an_edit_of_a_record_deleted_elsewhere_is_refused(db):
    item = save_item(db, ItemRow(name=Bi("Ноутбук"), inventory_number="ИН-1"))
    before = snapshots.capture(db, EquipmentItem, [item.id])
    save_item(db, ItemRow(name=Bi("Ноутбук Dell"), inventory_number="ИН-1", id=item.id))
    reversal = snapshots.settle(db, "edit", before)
    delete_item(db, item.id)
    with pytest.raises(UserError) as caught:
        snapshots.revert(db, reversal)
    assert caught.value.code == snapshots.STALE
    with db.session() as session:
        assert session.get(EquipmentItem, item.id) is None


def test_equipment_with_its_movements_is_restored_after_delete(db):
    item = save_item(db, ItemRow(name=Bi("Камера"), inventory_number="ИН-2"))
    check_out(db, item.id, "Асанов Бакыт", due=dt.date(2026, 12, 20))
    history = item_history(db, item.id)
    before = snapshots.capture(db, EquipmentItem, [item.id])
    delete_item(db, item.id)
    redo = snapshots.revert(db, snapshots.settle(db, "delete", before))
    assert get_item(db, item.id).name.ky == "Камера"
    assert item_history(db, item.id) == history
    assert get_item(db, item.id).holder_name == "Асанов Бакыт"
    snapshots.revert(db, redo)
    with db.session() as session:
        assert session.get(EquipmentItem, item.id) is None
        assert not session.scalars(select(EquipmentItem)).all()


def test_hand_out_is_undone(db):
    item = save_item(db, ItemRow(name=Bi("Камера"), inventory_number="ИН-3"))
    history = item_history(db, item.id)
    before = snapshots.capture(db, EquipmentItem, [item.id])
    check_out(db, item.id, "Асанов Бакыт")
    reversal = snapshots.settle(db, "hand out", before)
    assert get_item(db, item.id).checked_out
    redo = snapshots.revert(db, reversal)
    assert not get_item(db, item.id).checked_out
    assert item_history(db, item.id) == history
    snapshots.revert(db, redo)
    assert get_item(db, item.id).holder_name == "Асанов Бакыт"


def test_merge_of_duplicates_is_undone_with_both_people_as_they_were(db):
    from pressdesk.services.contacts.duplicates import merge_people

    keep = _person(db, "Асанов Бакыт")
    drop = save_person(
        db, PersonRecord("Асанов Бакыт Т.", phones=(PhoneValue("0700 111 222"),))
    ).record
    before = snapshots.capture(db, Person, [keep.id, drop.id])
    merge_people(db, keep.id, drop.id)
    reversal = snapshots.settle(db, "merge", before)
    assert len(get_person(db, keep.id).phones) == 2
    redo = snapshots.revert(db, reversal)
    assert [p.e164 for p in get_person(db, keep.id).phones] == ["+996555123456"]
    assert [p.e164 for p in get_person(db, drop.id).phones] == ["+996700111222"]
    assert _found(db, "Асанов") == 2  # both are in the search index again
    snapshots.revert(db, redo)
    assert len(get_person(db, keep.id).phones) == 2
