"""The shared table panel and short dialog: keys, context menu, selection, asking for a value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QWidget

from pressdesk.gui.widgets.ask_dialog import AskDialog, ask
from pressdesk.gui.widgets.table_panel import TablePanel, key_text, stack


@dataclass
class Row:
    id: int
    name: str


class Rows(QAbstractTableModel):
    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows

    def row_at(self, row: int) -> Row:
        return self.rows[row]

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()].name
        return None


@pytest.fixture
def panel(qtbot):  # type: ignore[no-untyped-def]
    """A panel over three rows with open, delete, a plain and a menu button, active."""
    calls: list[str] = []
    widget = TablePanel(Rows([Row(1, "one"), Row(2, "two"), Row(3, "three")]), "rowsTable")
    widget.calls = calls  # type: ignore[attr-defined]
    widget.button("New…", "newRow", lambda: calls.append("new"), in_menu=False)
    widget.button("Open…", "openRow", lambda: calls.append("open"), role="open")
    widget.menu_button("Add to", "addTo", lambda menu: menu.addAction("Somewhere"))
    widget.button("Delete…", "deleteRow", lambda: calls.append("delete"), role="delete")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    return widget


def _select(panel: TablePanel, *rows: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    panel.table.setCurrentIndex(panel.model.index(rows[0], 0))
    for row in rows:
        panel.table.selectionModel().select(panel.model.index(row, 0), flags)


def test_enter_opens_and_delete_deletes(qtbot, panel):
    _select(panel, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.keyClick(panel.table, Qt.Key.Key_Enter)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.calls == ["open", "open", "delete"]


def test_a_double_click_opens(qtbot, panel):
    index = panel.model.index(2, 0)
    rect = panel.table.visualRect(index)
    # A view opens on the double click of the row the press before it chose.
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.calls == ["open"]
    assert panel.current_row() == Row(3, "three")


def test_keys_are_shown_in_tooltips_and_the_context_menu(panel):
    enter, delete = key_text("open"), key_text("delete")
    assert enter and delete
    assert panel.button_of("openRow").toolTip() == f"Open  ({enter})"
    assert panel.button_of("deleteRow").toolTip() == f"Delete  ({delete})"
    assert panel.button_of("newRow").toolTip() == ""
    menu = panel.context_menu()
    entries = [a.text() for a in menu.actions()]
    # "New…" stays on its button only; Delete is set apart by a separator.
    assert entries == [f"Open…\t{enter}", "Add to", "", f"Delete…\t{delete}"]
    sub = menu.actions()[1].menu()
    assert isinstance(sub, QMenu)
    assert [a.text() for a in sub.actions()] == ["Somewhere"]


def test_the_context_menu_follows_the_buttons(panel):
    panel.button_of("deleteRow").setEnabled(False)
    menu = panel.context_menu()
    enabled = {a.text().split("\t")[0]: a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled == {"Open…": True, "Add to": True, "Delete…": False}
    panel.context_menu().actions()[0].trigger()
    assert panel.calls == ["open"]


def test_selected_rows_come_top_to_bottom(panel):
    assert panel.selected_rows() == []
    _select(panel, 2, 0)
    assert [row.id for row in panel.selected_rows()] == [1, 3]
    assert panel.current_row() == Row(3, "three")


def test_ask_returns_the_value_only_when_accepted(qtbot, answers):
    def build() -> AskDialog:
        dialog = AskDialog("askTest")
        field = QLineEdit("typed")
        assert dialog.form is not None
        dialog.form.addRow("Name:", field)
        dialog.finish("Title", "Keep", 300)
        return dialog

    seen: list[AskDialog] = []

    def accept(dialog):  # type: ignore[no-untyped-def]
        seen.append(dialog)
        assert dialog.windowTitle() == "Title"
        assert dialog.ok_button.text() == "Keep"
        return 1

    answers.dialogs.extend([accept, lambda _dialog: 0])
    assert ask(build(), lambda d: d.findChild(QLineEdit).text()) == "typed"
    assert ask(build(), lambda d: "never read") is None
    answers.assert_all_used()


def test_stack_puts_panels_one_above_the_other(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    top, bottom = QLabel("top"), QLabel("bottom")
    splitter = stack(host, (top, bottom), (200, 100))
    host.resize(400, 300)
    host.show()
    qtbot.waitExposed(host)
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert [splitter.widget(i) for i in range(splitter.count())] == [top, bottom]
    high, low = splitter.sizes()
    assert high > low > 0


def test_a_column_is_never_narrower_than_its_title(qtbot):
    from PySide6.QtWidgets import QTableView

    from pressdesk.gui.widgets.table_panel import size_columns

    class Titled(Rows):
        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 2

        def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return ["Id", "Акыркы жолу текшерилген күнү"][section]
            return None

    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(Titled([Row(1, "one")]))
    size_columns(table, {0: 4, 1: 4})
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    assert header.sectionSize(1) > metrics.horizontalAdvance("Акыркы жолу текшерилген күнү")
    by_chars = table.fontMetrics().averageCharWidth() * 4 + 12
    assert header.sectionSize(0) == max(by_chars, metrics.horizontalAdvance("Id") + 28)
