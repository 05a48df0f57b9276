"""The record-list page base and its table models, tested once on a small section of notes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QWidget

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.record_model import ListTableModel
from pressdesk.gui.widgets.record_page import RecordPage
from pressdesk.storage.engine import Database


@dataclass(frozen=True)
class Note:
    id: int | None
    text: str


STORE: list[Note] = []


class NoteModel(ListTableModel):
    TITLES = (QT_TRANSLATE_NOOP("NoteModel", "Number"), QT_TRANSLATE_NOOP("NoteModel", "Text"))
    TIPS = {1: QT_TRANSLATE_NOOP("NoteModel", "What the note says")}  # noqa: RUF012

    def row_data(self, row: Note, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.id) if column == 0 else row.text
        return None


class NoteEditor(QDialog):
    def __init__(self, db: Database, row: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteEditor")
        self.row = row
        self.saved: Note | None = None


class NotesPage(RecordPage):
    SECTION = "accounts"  # a real section key: its emptiness is asked of the database
    NAME = "note"
    RECORD = "Note"
    EDITOR = NoteEditor
    SEARCH_HINT = "Search the notes"
    EMPTY = ("accounts", "No notes yet", "Write the first one.")
    EMPTY_ACTIONS = (("&Write a note…", "add"),)
    DELETE_TITLE = "Delete the note"
    model: NoteModel

    def make_model(self) -> NoteModel:
        return NoteModel(self)

    def current_filter(self) -> str:
        return self.search.text()

    def load_rows(self) -> None:
        self.model.set_rows([note for note in STORE if self.current_filter() in note.text])

    def status_text(self) -> str:
        return f"Notes: {self.model.rowCount()}"

    def blank_record(self) -> Note:
        return Note(None, "")

    def delete_question(self, row: Note) -> str:
        return f"Delete «{row.text}»?"

    def delete_record(self, record_id: int) -> None:
        STORE[:] = [note for note in STORE if note.id != record_id]


@pytest.fixture
def page(qtbot, runtime, db):  # type: ignore[no-untyped-def]
    STORE[:] = [Note(1, "first"), Note(2, "second"), Note(3, "third")]
    widget = NotesPage(SectionContext(runtime, db))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_list_model_names_its_columns_and_passes_the_tester(qtbot):
    model = NoteModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0
    model.set_rows([Note(1, "a"), Note(2, "b")])
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Text"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "What the note says"
    )
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.row_of(2) == 1 and model.row_of(9) == -1 and model.row_of(None) == -1
    model.replace_row(Note(2, "b, changed"))
    assert model.data(model.index(1, 1)) == "b, changed"
    model.replace_row(Note(7, "not listed"))
    assert model.rowCount() == 2


def test_the_page_lists_filters_and_counts(qtbot, page):
    assert page.objectName() == "page_accounts"
    assert page.table.objectName() == "accountsTable"
    assert page.model.rowCount() == 3
    assert page.status.text() == "Notes: 3"
    assert not page.edit_action.isEnabled() and not page.delete_action.isEnabled()
    page.table.selectRow(1)
    assert page.selected() == Note(2, "second") and page.edit_action.isEnabled()
    page.search.setText("ir")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.status.text() == "Notes: 2"
    assert not page.empty.showing_empty


def test_enter_edits_and_the_saved_record_is_selected(qtbot, page, answers):
    edited: list[Note] = []

    def save(dialog: NoteEditor) -> int:
        edited.append(dialog.row)
        STORE[2] = dialog.saved = replace(dialog.row, text="third, edited")
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(save)
    page.table.setFocus()
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert edited == [Note(3, "third")]
    assert page.selected() == Note(3, "third, edited")
    answers.assert_all_used()


def test_delete_asks_first(qtbot, page, answers):
    page.table.setFocus()
    page.table.selectRow(0)
    answers.messages.append("no")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert answers.asked[-1].title == "Delete the note"
    assert answers.asked[-1].text == "Delete «first»?"
    assert page.model.rowCount() == 3
    answers.messages.append("yes")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [note.id for note in page.model.rows] == [2, 3]
    answers.assert_all_used()


def test_the_context_menu_and_tooltips_show_the_shortcuts(page):
    menu = page.context_menu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:3] == ["Add…", "Edit…", "Delete"]
    keys = {action.text(): action.shortcut() for action in menu.actions()}
    assert keys["Add…"] == QKeySequence(QKeySequence.StandardKey.New)
    # The tooltip names Enter as the key is labelled; Return (the main key) is bound as well.
    assert keys["Edit…"] == QKeySequence(Qt.Key.Key_Enter)
    assert QKeySequence(Qt.Key.Key_Return) in page.edit_action.shortcuts()
    assert "Enter" in page.edit_action.toolTip()
    assert keys["Delete"] == QKeySequence(QKeySequence.StandardKey.Delete)
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence(QKeySequence.StandardKey.New).toString(native) in page.add_action.toolTip()
    # Bound to the table only: the window's Ctrl+N is not bound twice.
    assert page.add_action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    menu.deleteLater()


def test_a_section_without_records_shows_its_empty_state(qtbot, runtime, db, answers):
    STORE.clear()
    widget = NotesPage(SectionContext(runtime, db))
    qtbot.addWidget(widget)
    assert widget.empty.showing_empty
    assert widget.empty.empty.title.text() == "No notes yet"
    assert widget.empty.empty.buttons[0].text() == "&Write a note…"
    answers.dialogs.append(lambda dialog: QDialog.DialogCode.Rejected)
    widget.empty.empty.buttons[0].click()
    answers.assert_all_used()
