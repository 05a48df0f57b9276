"""Undo and redo of changes in events, contacts, equipment and the archive through the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from pressdesk.bilingual import Bi
from pressdesk.gui.archive.page import ArchiveSectionPage
from pressdesk.gui.contacts.page import ContactsSectionPage
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.gui.contacts.review_view import MergeDialog
from pressdesk.gui.events.editor import EventEditor
from pressdesk.gui.events.page import EventsSectionPage
from pressdesk.gui.inventory.editor import ItemEditDialog, MovementDialog
from pressdesk.gui.inventory.page import InventorySectionPage
from pressdesk.gui.main_window import MainWindow
from pressdesk.services.archive.records import ArchiveRow, get_archive_set, save_archive_set
from pressdesk.services.contacts.duplicates import find_duplicates
from pressdesk.services.contacts.records import get_person, save_outlet, save_person
from pressdesk.services.contacts.values import (
    ContactNotFound,
    OutletRecord,
    PersonRecord,
    PhoneValue,
)
from pressdesk.services.events.records import EventInput, create_event, get_event
from pressdesk.services.events.tasks import list_tasks, set_done
from pressdesk.services.inventory.history import item_history
from pressdesk.services.inventory.items import ItemRow, get_item, save_item
from pressdesk.services.validation import NotFound
from tests.gui.conftest import ts_translation
from tests.support.pinned import PINNED_TODAY

START = dt.datetime.combine(PINNED_TODAY + dt.timedelta(days=3), dt.time(10, 0))


@pytest.fixture
def window(qtbot, runtime, db):  # type: ignore[no-untyped-def]
    """The main window at 1366 × 768 on a small database."""
    widget = MainWindow(runtime, db)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _page(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    window.show_section(key)
    return window._pages[key]


def _event(db, title="Брифинг"):  # type: ignore[no-untyped-def]
    data = EventInput(
        kind="briefing",
        title=title,
        starts_at=START,
        ends_at=START + dt.timedelta(hours=1),
        place="Пресс-борбор",
    )
    return create_event(db, data)


def _event_gone(db, event_id: int) -> bool:  # type: ignore[no-untyped-def]
    from pressdesk.services.events.records import EventNotFound

    try:
        get_event(db, event_id)
    except EventNotFound:
        return True
    return False


def test_event_delete_is_undone_and_redone_from_the_edit_menu(window, db, answers):
    event = _event(db)
    _event(db, "Маек")
    tasks = [(t.id, t.text_ky) for t in list_tasks(db, event.id)]
    page = _page(window, "events")
    assert isinstance(page, EventsSectionPage)
    page.show_event(event.id)
    answers.messages.append("yes")
    page.delete_event()
    assert "Ctrl+Z" in answers.asked[-1].text
    assert _event_gone(db, event.id)
    undo, redo = window.undo_actions.undo_action, window.undo_actions.redo_action
    assert undo.text() == "&Undo: Delete “Брифинг”"

    undo.trigger()
    assert get_event(db, event.id).title.ky == "Брифинг"
    assert [(t.id, t.text_ky) for t in list_tasks(db, event.id)] == tasks
    assert page.model.row_of(event.id) >= 0  # the page read the list again
    assert redo.text() == "&Redo: Delete “Брифинг”"
    redo.trigger()
    assert _event_gone(db, event.id)
    assert page.model.row_of(event.id) < 0


def test_event_edit_and_checklist_tick_are_steps(window, db, answers):
    event = _event(db)
    page = _page(window, "events")
    page.show_event(event.id)

    def rename(editor: QDialog) -> int:
        assert isinstance(editor, EventEditor)
        editor.title.setValue(Bi("Брифинг: түшүм", "Брифинг: урожай"))
        editor.accept()
        return editor.result()

    answers.dialogs.append(rename)
    page.edit_event()
    assert get_event(db, event.id).title.ru == "Брифинг: урожай"
    stack = window.undo_stack
    assert stack.undo_text == "Edit “Брифинг: түшүм”"
    task = list_tasks(db, event.id)[0]
    page.detail.tick(task.id, True)
    assert stack.undo_text.startswith("Tick off “")
    stack.undo()
    assert not next(t for t in list_tasks(db, event.id) if t.id == task.id).done
    stack.undo()
    assert get_event(db, event.id).title.ky == "Брифинг"
    stack.redo()
    assert get_event(db, event.id).title.ky == "Брифинг: түшүм"


def test_new_event_undo_deletes_it_and_redo_restores_its_id(window, db, answers):
    page = _page(window, "events")

    def fill(editor: QDialog) -> int:
        assert isinstance(editor, EventEditor)
        editor.title.setValue(Bi("Жаңы брифинг", "Новый брифинг"))
        editor.accept()
        return editor.result()

    answers.dialogs.append(fill)
    page.new_event()
    event = page.detail.current
    assert event is not None
    assert window.undo_stack.undo_text == "Add “Жаңы брифинг”"
    window.undo_actions.undo()
    assert _event_gone(db, event.id)
    window.undo_actions.redo()
    assert get_event(db, event.id).title.ru == "Новый брифинг"


def test_people_deleted_come_back_with_phones_then_go_again(window, db, answers):
    ids = [
        save_person(db, PersonRecord(name, phones=(PhoneValue("0555 123 456"),))).record.id
        for name in ("Асанов Бакыт", "Осмонова Айгүл")
    ]
    page = _page(window, "contacts")
    assert isinstance(page, ContactsSectionPage)
    page.people.reload()
    page.people.table.selectAll()
    answers.messages.append("yes")
    page.people.delete_selected()
    assert "Ctrl+Z" in answers.asked[-1].text
    for ident in ids:
        with pytest.raises(ContactNotFound):
            get_person(db, ident)
    assert window.undo_stack.undo_text == "Delete 2 people"
    window.undo_actions.undo_action.trigger()
    assert [get_person(db, i).phones[0].e164 for i in ids] == ["+996555123456"] * 2
    assert page.people.model.rowCount() == 2
    window.undo_actions.redo_action.trigger()
    with pytest.raises(ContactNotFound):
        get_person(db, ids[0])


def test_merge_of_duplicates_is_undone(qtbot, window, db, answers):
    first = save_person(db, PersonRecord("Асанов Бакыт", phones=(PhoneValue("0555 123 456"),)))
    second = save_person(
        db,
        PersonRecord(
            "Асанов Бакыт", phones=(PhoneValue("0555 123 456"), PhoneValue("0700 111 222"))
        ),
    )
    page = _page(window, "contacts")
    page.tabs.setCurrentWidget(page.review)
    review = page.review
    review.dup_model.set_rows(find_duplicates(db))
    assert review.dup_model.rowCount() == 1
    review.dup_table.setCurrentIndex(review.dup_model.index(0, 0))

    def keep_first(dialog: QDialog) -> int:
        assert isinstance(dialog, MergeDialog)
        dialog.keep_first.setChecked(True)
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(keep_first)
    assert review.merge_current() is True
    qtbot.waitUntil(lambda: not review.runner.running, timeout=20000)
    assert window.undo_stack.undo_text == "Merge Асанов Бакыт into Асанов Бакыт"
    window.undo_actions.undo()
    ids = (first.record.id, second.record.id)
    assert [len(get_person(db, i).phones) for i in ids] == [1, 2]
    window.undo_actions.redo()
    assert len(get_person(db, ids[0]).phones) == 2
    with pytest.raises(ContactNotFound):
        get_person(db, ids[1])


def test_a_tick_in_the_week_overview_is_undone(window, db):
    _event(db)
    page = _page(window, "events")
    page.tabs.setCurrentIndex(1)
    page.week.reload()
    assert page.week.week is not None and page.week.week.tasks  # the briefing's tasks
    task = page.week.week.tasks[0]
    page.week.tick(task.id, True)
    assert window.undo_stack.undo_text.startswith("Tick off “")
    window.undo_actions.undo()
    assert not next(t for t in list_tasks(db, task.event_id) if t.id == task.id).done


def test_person_edited_and_added_in_the_editor_are_undone(window, db, answers):
    person = save_person(db, PersonRecord("Асанов Бакыт", phones=(PhoneValue("0555 123 456"),)))
    page = _page(window, "contacts")

    def rename(dialog: QDialog) -> int:
        assert isinstance(dialog, PersonEditor)
        dialog.name.setText("Асанов Бакыт Токтогулович")
        dialog.phones.add_row("0700 111 222", "work")
        assert dialog.save() is True
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(rename)
    page.people.edit_person(person.record.id)
    assert window.undo_stack.undo_text == "Edit Асанов Бакыт Токтогулович"

    def add(dialog: QDialog) -> int:
        assert isinstance(dialog, PersonEditor)
        dialog.name.setText("Осмонова Айгүл")
        assert dialog.save() is True
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(add)
    page.people.new_person()
    assert window.undo_stack.undo_text == "Add Осмонова Айгүл"
    window.undo_actions.undo()
    assert page.people.model.rowCount() == 1
    window.undo_actions.undo()
    back = get_person(db, person.record.id)
    assert (back.full_name, len(back.phones)) == ("Асанов Бакыт", 1)
    window.undo_actions.redo()
    assert get_person(db, person.record.id).full_name == "Асанов Бакыт Токтогулович"


def test_outlet_delete_undo_gives_the_people_their_outlet_back(window, db, answers):
    outlet = save_outlet(db, OutletRecord("Кабар")).record
    person = save_person(db, PersonRecord("Асанов Бакыт", outlet_id=outlet.id)).record
    page = _page(window, "contacts")
    page.tabs.setCurrentWidget(page.outlets)
    page.outlets.reload()
    page.outlets.table.selectRow(0)
    answers.messages.append("yes")
    page.outlets.delete_current()
    assert "Ctrl+Z" in answers.asked[-1].text
    assert get_person(db, person.id).outlet_id is None
    assert window.undo_stack.undo_text == "Delete the outlet Кабар"
    window.undo_actions.undo()
    assert get_person(db, person.id).outlet_name == "Кабар"


def test_equipment_edit_and_hand_out_are_undone(window, db, answers):
    item = save_item(db, ItemRow(name=Bi("Камера"), inventory_number="ИН-1"))
    page = _page(window, "inventory")
    assert isinstance(page, InventorySectionPage)
    page.refresh()
    page.select(item.id)

    def rename(dialog: QDialog) -> int:
        assert isinstance(dialog, ItemEditDialog)
        dialog.name.setValue(Bi("Видеокамера"))
        dialog.accept()
        return dialog.result()

    answers.dialogs.append(rename)
    page.edit_selected()
    assert get_item(db, item.id).name.ky == "Видеокамера"
    assert window.undo_stack.undo_text == "Edit “Видеокамера” (ИН-1)"

    def hand_out(dialog: QDialog) -> int:
        assert isinstance(dialog, MovementDialog)
        dialog.person.setEditText("Сыдыков Азамат")
        dialog.accept()
        return dialog.result()

    page.select(item.id)
    answers.dialogs.append(hand_out)
    page.check_out_selected()
    assert get_item(db, item.id).holder_name == "Сыдыков Азамат"
    history = len(item_history(db, item.id))
    window.undo_actions.undo()
    assert not get_item(db, item.id).checked_out
    assert len(item_history(db, item.id)) == history - 1
    window.undo_actions.undo()
    assert get_item(db, item.id).name.ky == "Камера"
    window.undo_actions.redo()
    window.undo_actions.redo()
    assert get_item(db, item.id).holder_name == "Сыдыков Азамат"


def test_equipment_delete_says_it_can_be_undone_and_is(window, db, answers):
    item = save_item(db, ItemRow(name=Bi("Камера"), inventory_number="ИН-1"))
    page = _page(window, "inventory")
    page.refresh()
    page.select(item.id)
    answers.messages.append("yes")
    page.delete_selected()
    assert "Ctrl+Z" in answers.asked[-1].text
    with pytest.raises(NotFound):
        get_item(db, item.id)
    window.undo_actions.undo()
    assert get_item(db, item.id).inventory_number == "ИН-1"
    assert page.selected() is not None or page.model.rowCount() == 1


def test_archive_set_removed_is_put_back(window, db, answers):
    row = save_archive_set(
        db, ArchiveRow(title=Bi("Форум 2026"), taken_on=PINNED_TODAY, folder_path="D:/Архив/Форум")
    )
    page = _page(window, "archive")
    assert isinstance(page, ArchiveSectionPage)
    page.refresh()
    page.select(row.id)
    answers.messages.append("yes")
    page.delete_selected()
    assert window.undo_stack.undo_text == "Remove “Форум 2026” from the archive index"
    window.undo_actions.undo()
    assert get_archive_set(db, row.id).title.ky == "Форум 2026"


def test_undo_over_a_change_made_elsewhere_is_refused_in_russian(window, db, answers, ui_language):
    ui_language("ru")
    event = _event(db)
    page = _page(window, "events")
    page.show_event(event.id)
    task = list_tasks(db, event.id)[0]
    page.detail.tick(task.id, True)
    # Another window opens the task again and ticks it once more: the row is not as left.
    set_done(db, task.id, False)
    answers.messages.append("ok")
    window.undo_actions.undo_action.trigger()
    message = answers.asked[-1]
    assert message.title == ts_translation("ru", "UndoActions", "Cannot undo")
    stale = ts_translation(
        "ru",
        "Messages",
        "The record was changed or deleted elsewhere after this step, so the step cannot be "
        "undone; the records are left as they are.",
    )
    assert stale in message.text
    assert not next(t for t in list_tasks(db, event.id) if t.id == task.id).done
    assert not window.undo_stack.can_undo
