"""Quick add: a title typed into a day of the calendar becomes a draft item on Enter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from pressdesk.gui.plan import labels


class QuickAddField(QLineEdit):
    """A one-line title field laid over a day cell.

    Enter asks to create the item (the field stays open, empty, for the next one), Ctrl+Enter
    asks for the full editor with the title typed, Escape or leaving the field closes it.
    """

    submitted = Signal(object, str)  # date, title
    editor_requested = Signal(object, str)  # date, title typed so far
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planQuickAdd")
        self.day: dt.date | None = None
        self.closed_with_focus = False
        self.hide()

    def open_on(self, day: dt.date, cell: QRect, text: str = "") -> None:
        """Show the field at the top of ``cell`` (the free part of the day), holding ``text``."""
        height = self.sizeHint().height()
        # Below the day's items; at the cell's foot when they fill it.
        top = min(cell.top() + 2, cell.bottom() - height) if cell.height() > height else cell.top()
        self.setGeometry(cell.left() + 4, max(top, 0), max(cell.width() - 8, 120), height)
        self.open_for(day, text)

    def open_for(self, day: dt.date, text: str = "") -> None:
        """Show the field where it stands (a layout places it), for ``day``, holding ``text``."""
        self.day = day
        self.setPlaceholderText(
            self.tr("New item on {date}: type a title, Enter").format(date=labels.date_text(day))
        )
        self.setToolTip(
            self.tr(
                "Enter adds a draft with the format, channels and responsible person of the "
                "last item added; Ctrl+Enter opens the full editor; Escape closes."
            )
        )
        self.setText(text)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.end(False)

    def close_field(self) -> None:
        """Hide the field, dropping what was typed."""
        if self.isVisible():
            # Escape closes a field that has the keyboard; a click elsewhere, one that lost it.
            self.closed_with_focus = self.hasFocus()
            self.hide()
            self.clear()
            self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds, Ctrl+Enter opens the editor, Escape closes."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.day is not None:
            title = self.text().strip()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                day = self.day
                self.close_field()
                self.editor_requested.emit(day, title)
            elif title:
                self.clear()
                self.submitted.emit(self.day, title)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.close_field()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Close when the person clicks elsewhere, unless a title was typed."""
        super().focusOutEvent(event)
        if not self.text().strip() and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.close_field()
