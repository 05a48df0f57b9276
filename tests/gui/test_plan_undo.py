"""Undo and redo of the plan page's changes through the window's Edit menu."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.plan.bulk import BulkDialog
from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.services.plan.items import PlanItemInput, create_item, get_item, list_items
from pressdesk.services.plan.rows import PlanNotFound
from pressdesk.services.plan.workflow import change_status, item_history
from tests.gui.test_plan_page import demo_plan_file
from tests.support.pinned import PINNED_TODAY

TODAY = PINNED_TODAY
WEEK_LATER = TODAY + dt.timedelta(days=7)


@pytest.fixture
def plan_db(runtime, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh copy of the demo plan database, open."""
    shutil.copyfile(demo_plan_file(tmp_path_factory), runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


@pytest.fixture
def window(qtbot, runtime, plan_db):  # type: ignore[no-untyped-def]
    """The main window at 1366 × 768 showing the plan."""
    widget = MainWindow(runtime, plan_db)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_section("plan")
    return widget


def _page(window: MainWindow) -> PlanSectionPage:
    page = window._pages["plan"]
    assert isinstance(page, PlanSectionPage)
    return page


def _items(db, titles):  # type: ignore[no-untyped-def]
    return [
        create_item(
            db, PlanItemInput(date=TODAY, title=title, channels=("website",)), status="draft"
        )
        for title in titles
    ]


def _stored(db, ids):  # type: ignore[no-untyped-def]
    return {i: (r.date, r.status, r.title, r.channels) for i in ids if (r := _get(db, i))}


def _get(db, item_id):  # type: ignore[no-untyped-def]
    try:
        return get_item(db, item_id)
    except PlanNotFound:
        return None


def _move_by_seven(page: PlanSectionPage, answers) -> None:  # type: ignore[no-untyped-def]
    def by_seven(dialog: QDialog) -> int:
        assert isinstance(dialog, BulkDialog) and dialog.days is not None
        dialog.days.setValue(7)
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(by_seven)
    page.shift_selected(copy=False)


def test_bulk_move_undo_and_redo_from_the_edit_menu(qtbot, window, plan_db, answers):
    page = _page(window)
    rows = _items(plan_db, ["Брифинг", "Маек", "Дайджест"])
    ids = [r.id for r in rows]
    page.reload()
    before = _stored(plan_db, ids)
    page.select_keys({str(i) for i in ids})
    _move_by_seven(page, answers)
    moved = _stored(plan_db, ids)
    assert {value[0] for value in moved.values()} == {WEEK_LATER}
    undo, redo = window.undo_actions.undo_action, window.undo_actions.redo_action
    assert undo.isEnabled() and undo.text() == "&Undo: Move 3 items by 7 days"

    undo.trigger()
    assert _stored(plan_db, ids) == before
    assert redo.text() == "&Redo: Move 3 items by 7 days" and not undo.isEnabled()
    assert {r.id for r in page.rows} >= set(ids)  # the page shows the plan read afresh

    redo.trigger()
    assert _stored(plan_db, ids) == moved
    assert undo.text() == "&Undo: Move 3 items by 7 days" and not redo.isEnabled()
    undo.trigger()
    assert _stored(plan_db, ids) == before


def test_delete_then_undo_restores_the_item_with_history_and_channels(
    qtbot, window, plan_db, answers
):
    page = _page(window)
    (row,) = _items(plan_db, ["Жер үлүштөрү боюнча брифинг"])
    change_status(plan_db, row.id, "sent", by_name="Асанова")
    history = item_history(plan_db, row.id)
    page.reload()
    page.select_keys({str(row.id)})
    answers.messages.append("yes")
    page.delete_selected()
    assert "Ctrl+Z" in answers.asked[-1].text and "cannot be undone" not in answers.asked[-1].text
    assert _get(plan_db, row.id) is None
    undo = window.undo_actions.undo_action
    assert undo.text() == "&Undo: Delete “Жер үлүштөрү боюнча брифинг”"

    undo.trigger()
    back = get_item(plan_db, row.id)
    assert (back.status, back.channels, back.title) == ("sent", ("website",), row.title)
    assert item_history(plan_db, row.id) == history
    window.undo_actions.redo_action.trigger()
    assert _get(plan_db, row.id) is None


def test_several_deleted_come_back_together(qtbot, window, plan_db, answers):
    page = _page(window)
    ids = [r.id for r in _items(plan_db, ["Бир", "Эки"])]
    page.reload()
    page.select_keys({str(i) for i in ids})

    def says_undo(dialog: QDialog) -> int:
        assert isinstance(dialog, BulkDialog)
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Ctrl+Z" in texts
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(says_undo)
    page.delete_selected()
    assert all(_get(plan_db, i) is None for i in ids)
    assert window.undo_actions.undo_action.text() == "&Undo: Delete 2 items"
    window.undo_actions.undo_action.trigger()
    assert [r.id for r in list_items(plan_db, TODAY, TODAY) if r.id in ids] == ids


def test_undo_after_another_window_changed_the_item_is_refused(qtbot, window, plan_db, answers):
    page = _page(window)
    rows = _items(plan_db, ["Бир", "Эки"])
    ids = [r.id for r in rows]
    page.reload()
    page.select_keys({str(i) for i in ids})
    _move_by_seven(page, answers)
    # Another window sends one of the moved items for approval meanwhile.
    change_status(plan_db, ids[0], "sent")
    changed = _stored(plan_db, ids)
    answers.messages.append("ok")
    window.undo_actions.undo_action.trigger()
    message = answers.asked[-1]
    assert message.title == "Cannot undo"
    assert "Move 2 items by 7 days" in message.text
    assert "changed or deleted elsewhere" in message.text
    assert _stored(plan_db, ids) == changed  # nothing was put back over the other change
    assert not window.undo_stack.can_undo and not window.undo_stack.can_redo


def test_single_item_changes_and_quick_add_are_steps(qtbot, window, plan_db, answers):
    page = _page(window)
    (row,) = _items(plan_db, ["Бир"])
    page.reload()
    stack = window.undo_stack
    page.move_row(page._row(str(row.id)), TODAY + dt.timedelta(days=1))
    assert stack.undo_text == "Move “Бир”"
    page.set_status(page._row(str(row.id)), "sent")
    assert stack.undo_text == "Send for approval: “Бир”"
    page.quick_create(TODAY, "Тез кошулган")
    assert stack.undo_text == "Add “Тез кошулган”"
    added = [r for r in page.rows if r.title.ky == "Тез кошулган" or r.title.ru == "Тез кошулган"]
    assert len(added) == 1
    stack.undo()
    assert _get(plan_db, added[0].id) is None
    stack.undo()
    assert get_item(plan_db, row.id).status == "draft"
    stack.undo()
    assert get_item(plan_db, row.id).date == TODAY
    stack.redo()
    stack.redo()
    assert (get_item(plan_db, row.id).date, get_item(plan_db, row.id).status) == (
        TODAY + dt.timedelta(days=1),
        "sent",
    )


@pytest.mark.skipif(not os.environ.get("PRESSDESK_SCREENSHOTS"), reason="screenshots on request")
def test_screenshot_of_the_kyrgyz_edit_menu(qtbot, window, plan_db, answers, ui_language):
    ui_language("ky")
    page = _page(window)
    ids = [r.id for r in _items(plan_db, ["Бир", "Эки", "Үч"])]
    page.reload()
    page.select_keys({str(i) for i in ids})
    _move_by_seven(page, answers)
    window.undo_actions.update_texts()
    menu = window.menuBar().actions()[1].menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    qtbot.wait(100)
    out = Path(os.environ["PRESSDESK_SCREENSHOTS"])
    window.grab().save(str(out / "plan-undo-window-ky.png"))
    menu.grab().save(str(out / "plan-undo-menu-ky.png"))
    menu.close()
