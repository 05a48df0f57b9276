"""A short modal dialog (fields above OK and Cancel) and one call that runs it for a value."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs

D = TypeVar("D", bound=QDialog)
T = TypeVar("T")

#: A part of a dialog's column: a widget or a layout, alone or with its stretch.
Part = QWidget | QLayout | tuple[QWidget | QLayout, int]


def ok_cancel_buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """Return OK (saying ``ok_text``, unless empty) and Cancel, wired to accept and reject
    ``dialog``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def save_close_buttons(
    dialog: QDialog,
    save: QPushButton,
    role: QDialogButtonBox.ButtonRole,
    close_text: str,
    on_save: Callable[[], object],
) -> QDialogButtonBox:
    """Return ``save`` (in ``role``, calling ``on_save``) beside a Close button saying
    ``close_text`` that rejects ``dialog``."""
    buttons = QDialogButtonBox()
    buttons.addButton(save, role)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.setText(close_text)
    buttons.rejected.connect(dialog.reject)
    save.clicked.connect(on_save)
    return buttons


def closing_column(
    dialog: QDialog, close_text: str, *parts: Part, on_close: Callable[[], object] | None = None
) -> QVBoxLayout:
    """Lay ``parts`` out in a column in ``dialog`` above a Close button (saying ``close_text``)
    that calls ``on_close`` (by default, rejects the dialog); return the column."""
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.button(QDialogButtonBox.StandardButton.Close).setText(close_text)
    close.rejected.connect(on_close or dialog.reject)
    return column(dialog, *parts, close)


def column(parent: QWidget, *parts: Part) -> QVBoxLayout:
    """Lay ``parts`` out one under another in ``parent``; return the column."""
    layout = QVBoxLayout(parent)
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def form_dialog_layout(
    dialog: QDialog, form: QFormLayout, ok_text: str, cancel_text: str, width: int
) -> QDialogButtonBox:
    """Lay ``form`` out above OK and Cancel in ``dialog``, at least ``width`` wide; return
    the buttons."""
    buttons = ok_cancel_buttons(dialog, ok_text, cancel_text)
    column(dialog, form, buttons)
    dialog.setMinimumWidth(width)
    return buttons


class AskDialog(QDialog):
    """Ask for a few values: fill ``form`` (or ``column``, with ``form=False``), then call
    :meth:`finish` with the title and the text of OK."""

    def __init__(self, name: str, parent: QWidget | None = None, *, form: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.form: QFormLayout | None = QFormLayout(self) if form else None
        self.column: QVBoxLayout | None = None if form else QVBoxLayout(self)
        self.buttons = ok_cancel_buttons(
            self, "", QCoreApplication.translate("AskDialog", "Cancel")
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish(self, title: str, ok_text: str, width: int) -> None:
        """Put OK (saying ``ok_text``) and Cancel below what was built, and size the dialog."""
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)
        if self.form is not None:
            self.form.addRow(self.buttons)
        elif self.column is not None:
            self.column.addWidget(self.buttons)
        self.resize(width, self.sizeHint().height())


def ask(dialog: D, read: Callable[[D], T]) -> T | None:
    """Run ``dialog``; return what ``read`` takes from it if accepted, else None. The dialog
    is deleted afterwards either way."""
    try:
        return read(dialog) if dialogs.run_dialog(dialog) else None
    finally:
        dialog.deleteLater()
