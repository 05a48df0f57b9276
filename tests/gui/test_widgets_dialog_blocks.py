"""The shared dialog blocks and the record models' column texts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from pressdesk.gui.widgets.ask_dialog import closing_column, ok_cancel_buttons, save_close_buttons
from pressdesk.gui.widgets.record_model import ListTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
TIP = Qt.ItemDataRole.ToolTipRole


class _Model(ListTableModel):
    TITLES = ("Name", "Count")
    RIGHT_ALIGNED = frozenset({1})

    def row_texts(self, row: tuple[str, int]) -> dict[int, str]:
        return {0: row[0], 1: str(row[1])}

    def row_tip(self, row: tuple[str, int], column: int) -> str | None:
        return f"about {row[0]}" if column == 0 else None

    def row_style(self, row: tuple[str, int], column: int, role: int) -> object:
        return "style" if role == Qt.ItemDataRole.ForegroundRole else None


def test_model_shows_texts_tips_alignment_and_style(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _Model()
    model.set_rows([("Ana", 3)])
    name, count = model.index(0, 0), model.index(0, 1)
    assert model.data(name, DISPLAY) == "Ana"
    assert model.data(count, DISPLAY) == "3"
    assert model.data(name, TIP) == "about Ana"
    assert model.data(count, TIP) == "3"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(count, Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(name, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(name, Qt.ItemDataRole.ForegroundRole) == "style"


def test_ok_cancel_buttons_name_and_answer(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons = ok_cancel_buttons(dialog, "Next", "Back out")
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Next"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Back out"
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_closing_column_stacks_parts_above_close(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    first, second = QLabel("a"), QLabel("b")
    closed: list[bool] = []
    layout = closing_column(
        dialog, "Shut", first, (second, 3), on_close=lambda: closed.append(True)
    )
    assert [layout.itemAt(i).widget() for i in range(2)] == [first, second]
    assert [layout.stretch(i) for i in range(3)] == [0, 3, 0]
    close = layout.itemAt(2).widget()
    assert isinstance(close, QDialogButtonBox)
    button = close.button(QDialogButtonBox.StandardButton.Close)
    assert button.text() == "Shut"
    button.click()
    assert closed == [True]


def test_save_close_buttons_call_save_and_reject(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    saved: list[bool] = []
    save = QPushButton("Keep")
    buttons = save_close_buttons(
        dialog, save, QDialogButtonBox.ButtonRole.ApplyRole, "Shut", lambda: saved.append(True)
    )
    save.click()
    assert saved == [True]
    assert buttons.buttonRole(save) == QDialogButtonBox.ButtonRole.ApplyRole
    dialog.show()
    buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
