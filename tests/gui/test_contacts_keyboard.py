"""The keyboard in the People and Outlets lists: Enter opens, Delete deletes after asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from pressdesk.gui.contacts.page import OUTLETS, PEOPLE, ContactsSectionPage
from pressdesk.gui.contacts.record_list import RecordList
from pressdesk.gui.dialogs import Message
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.table_panel import key_text


@pytest.fixture
def page(qtbot, runtime, demo_db):  # type: ignore[no-untyped-def]
    """The Contacts page on the demo base, shown in an active window."""
    widget = ContactsSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _focus_first_row(qtbot, page, tab: int) -> RecordList:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(tab)
    view = page.people if tab == PEOPLE else page.outlets
    assert view.model.rowCount() > 0
    first = view.model.index(0, 0)
    view.table.selectionModel().setCurrentIndex(
        first,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    return view


@pytest.mark.parametrize(
    ("tab", "editor", "question"),
    [(PEOPLE, "personEditor", "Delete people"), (OUTLETS, "outletEditor", "Delete outlet")],
)
def test_enter_opens_the_selected_record_and_delete_asks_first(
    qtbot, page, answers, tab, editor, question
):
    view = _focus_first_row(qtbot, page, tab)
    record = view.current_row()
    opened: list[tuple[str, object]] = []

    def cancel(dialog: QDialog) -> int:
        opened.append((dialog.objectName(), getattr(dialog, "record", None)))
        return QDialog.DialogCode.Rejected

    answers.dialogs.append(cancel)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert [name for name, _record in opened] == [editor]
    assert getattr(opened[0][1], "id", None) == record.id

    total = view.model.total
    answers.messages.append("no")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [m.title for m in answers.asked] == [question]
    assert view.model.total == total

    def yes(message: Message) -> str:
        return "yes"

    answers.messages.append(yes)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.total == total - 1
    answers.assert_all_used()


@pytest.mark.parametrize("tab", [PEOPLE, OUTLETS])
def test_the_keys_are_shown_in_the_tooltips_and_the_context_menu(qtbot, page, tab):
    view = _focus_first_row(qtbot, page, tab)
    enter, delete = key_text("open"), key_text("delete")
    assert view.edit_button.toolTip().endswith(f"({enter})")
    assert view.delete_button.toolTip().endswith(f"({delete})")
    entries = [action.text() for action in view.context_menu().actions() if action.text()]
    assert entries[0] == f"{view.edit_button.text()}\t{enter}"
    assert entries[-1] == f"{view.delete_button.text()}\t{delete}"
    assert view.list_button.text() in entries
