"""The empty state of a section: what the section holds and the one or two actions that fill it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.pages import bold_label, icon_label

EMPTY_TEXT_WIDTH = 560

#: One action: its button text (with a mnemonic) and what it does.
EmptyAction = tuple[str, Callable[[], object]]


class EmptyState(QWidget):
    """A large icon, a title, a sentence and up to two buttons, centred in the section."""

    def __init__(
        self,
        icon_name: str,
        title: str,
        text: str,
        actions: Sequence[EmptyAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(2)
        # A column of fixed width: wrapped labels then know their height.
        column_widget = QWidget()
        column_widget.setFixedWidth(EMPTY_TEXT_WIDTH)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(icon_label(icon_name, 64, Qt.AlignmentFlag.AlignCenter, disabled=True))
        column.addSpacing(4)
        self.title = bold_label(title, 1.3)
        self.title.setObjectName("emptyTitle")
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setProperty("hint", True)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setMinimumHeight(label.heightForWidth(EMPTY_TEXT_WIDTH))
            column.addWidget(label)
        column.addSpacing(10)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for index, (label_text, slot) in enumerate(actions):
            button = QPushButton(label_text)
            button.setObjectName(f"emptyAction{index}")
            button.setMinimumHeight(34)
            button.setMinimumWidth(180)
            button.setDefault(index == 0)
            button.clicked.connect(lambda _checked=False, run=slot: run())
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        outer.addWidget(column_widget, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)

    def focus_first(self) -> None:
        """Put the keyboard focus on the first action."""
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)


def _widgets(layout: QLayout) -> list[QWidget]:
    """Return the widgets of ``layout`` and of the layouts nested in it."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(_widgets(inner))
    return found


class EmptySwitch:
    """Show an :class:`EmptyState` in a page's layout in place of its other widgets.

    The widgets in ``keep`` (a warning banner) stay; those the page had hidden itself stay
    hidden when the content comes back.
    """

    def __init__(self, layout: QLayout, empty: EmptyState, keep: Sequence[QWidget] = ()) -> None:
        self.layout = layout
        self.empty = empty
        self.keep = set(keep)
        self._hidden: list[QWidget] = []
        self._content: list[QWidget] = []
        self._empty = False
        empty.setVisible(False)
        if isinstance(layout, QVBoxLayout):
            layout.addWidget(empty, 1)
        else:
            layout.addWidget(empty)

    @property
    def showing_empty(self) -> bool:
        """Return True while the empty state is shown."""
        return self._empty

    def set_empty(self, empty: bool) -> None:
        """Show the empty state (``empty``) or the page's own widgets."""
        if empty == self._empty:
            return
        self._empty = empty
        if empty:
            self._content = [
                widget
                for widget in _widgets(self.layout)
                if widget is not self.empty and widget not in self.keep
            ]
            self._hidden = [widget for widget in self._content if widget.isHidden()]
            for widget in self._content:
                widget.setVisible(False)
            self.empty.setVisible(True)
        else:
            for widget in self._content:
                if widget not in self._hidden:
                    widget.setVisible(True)
            self._content = []
            self._hidden = []
            self.empty.setVisible(False)


def focus_field(field: QWidget) -> bool:
    """Focus a section's search field and select its text; False if it is not shown."""
    if not field.isVisible():
        return False
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(field, QLineEdit):
        field.selectAll()
    return True
