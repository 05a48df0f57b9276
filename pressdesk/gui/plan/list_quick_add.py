"""Quick add in the plan's list: a title line under the table for a new item on one day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pressdesk.gui.plan import labels
from pressdesk.gui.plan.quick_add import QuickAddField


class ListQuickAdd(QWidget):
    """The day and the title field of :class:`QuickAddField`, shown under the list on request.

    The field does the work (Enter adds, Ctrl+Enter opens the editor, Escape closes); this line
    says which day the item goes to and gives the keyboard back to ``back_to`` when it closes.
    """

    def __init__(self, back_to: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listQuickAdd")
        self.back_to = back_to
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.day_label = QLabel()
        self.day_label.setObjectName("listQuickAddDay")
        font = QFont(self.day_label.font())
        font.setBold(True)
        self.day_label.setFont(font)
        self.field = QuickAddField(self)
        self.field.setObjectName("listQuickAddField")
        self.day_label.setBuddy(self.field)
        self.keys = QLabel(self.tr("Enter adds · Ctrl+Enter opens the full editor · Esc closes"))
        self.keys.setObjectName("listQuickAddKeys")
        self.keys.setProperty("hint", True)
        layout.addWidget(self.day_label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.keys)
        self.field.closed.connect(self._closed)
        self.hide()

    @property
    def day(self) -> dt.date | None:
        """Return the day a title typed now is added to (None while closed)."""
        return self.field.day if self.isVisible() else None

    def open_on(self, day: dt.date, text: str = "") -> None:
        """Show the line for ``day`` holding ``text``, with the keyboard in the field."""
        self._show_day(day)
        self.show()
        self.field.open_for(day, text)

    def follow(self, day: dt.date) -> None:
        """Add to ``day`` from now on (the person picked another row), keeping what was typed."""
        if self.isVisible():
            self.field.day = day
            self._show_day(day)

    def close_line(self) -> None:
        """Hide the line, dropping what was typed."""
        self.field.close_field()
        self.hide()

    def _show_day(self, day: dt.date) -> None:
        self.day_label.setText(labels.date_text(day) + ":")

    @Slot()
    def _closed(self) -> None:
        self.hide()
        if self.field.closed_with_focus:
            self.back_to.setFocus()
