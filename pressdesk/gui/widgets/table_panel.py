"""A table with its actions: a heading or filter bar, a bar of buttons, the same actions in
the table's context menu, Enter to open and Delete to delete."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.widgets.keys import list_keys

Role = Literal["", "open", "delete"]
MenuFiller = Callable[[QMenu], object]


def key_text(role: Role) -> str:
    """Return the key bound to ``role`` as the user's platform writes it ("" for no role)."""
    # Built on each call: a standard key sequence needs the application to exist. Enter is
    # named as the key is labelled, though Return (the main key) is bound as well.
    if role == "open":
        keys = QKeySequence(Qt.Key.Key_Enter)
    elif role == "delete":
        keys = QKeySequence(QKeySequence.StandardKey.Delete)
    else:
        return ""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def configure_table(table: QTableView, name: str, *, single: bool = False) -> None:
    """Give a list table the common look: whole rows, no row numbers, no wrapping."""
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.SingleSelection if single else mode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def size_columns(table: QTableView, chars: Mapping[int, int]) -> None:
    """Make each column of ``table`` about ``chars[column]`` average characters wide.

    A column is never narrower than its title (with room for the sort arrow), so a longer
    word in another language is not cut.
    """
    width = table.fontMetrics().averageCharWidth()
    header = table.horizontalHeader()
    model = table.model()
    for column, count in chars.items():
        title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
        needed = header.fontMetrics().horizontalAdvance(str(title or "")) + 28
        header.resizeSection(column, max(width * count + 12, needed))


def push_button(
    text: str, name: str, slot: Callable[[], object] | None = None, tip: str = ""
) -> QPushButton:
    """Return a button named ``name`` (for tests and style sheets) that runs ``slot``."""
    button = QPushButton(text)
    button.setObjectName(name)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    if tip:
        button.setToolTip(tip)
    return button


def stack(widget: QWidget, panels: Sequence[QWidget], sizes: Sequence[int]) -> QSplitter:
    """Fill ``widget`` with ``panels`` one above the other, heights ``sizes`` and adjustable."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    for panel in panels:
        splitter.addWidget(panel)
    splitter.setSizes(list(sizes))
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter, 1)
    return splitter


@dataclass
class _Entry:
    """One action of the panel: its button, and how the context menu repeats it."""

    button: QPushButton
    slot: Callable[[], object] | None
    fill: MenuFiller | None
    role: Role
    in_menu: bool = True


class TablePanel(QWidget):
    """A table over ``model`` under a row of a heading and buttons, optionally below a filter bar.

    ``heading``, the object name of a label at the left of the buttons, shows that label.

    Each button added with :meth:`button` or :meth:`menu_button` is repeated in the
    table's context menu, enabled as the button is. A button of role "open" also runs on
    Enter and on a double click, one of role "delete" on Delete; both show their key in the
    tooltip and the menu. ``overflow`` puts the buttons in a tool bar, which moves those that
    do not fit a narrow window behind its » button.
    """

    def __init__(
        self,
        model: QAbstractItemModel,
        name: str,
        parent: QWidget | None = None,
        *,
        filters: QWidget | None = None,
        heading: str = "",
        overflow: bool = False,
        single: bool = False,
        top_margin: int = 0,
    ) -> None:
        super().__init__(parent)
        if model.parent() is None:
            model.setParent(self)
        self.model = model
        self._entries: list[_Entry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, top_margin, 0, 0)
        if filters is not None:
            layout.addWidget(filters)
        row = QHBoxLayout()
        self.heading = QLabel()
        if heading:
            self.heading.setObjectName(heading)
            row.addWidget(self.heading, 1)
        self.bar: QToolBar | None = None
        self._buttons = QHBoxLayout()
        if overflow:
            self.bar = QToolBar()
            self.bar.setStyleSheet("QToolBar { border: none; spacing: 4px; }")
            row.addWidget(self.bar, 1)
        else:
            row.addLayout(self._buttons)
            if not heading:
                row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableView()
        configure_table(self.table, name, single=single)
        self.table.setModel(model)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.table, 1)

    # --- building ---------------------------------------------------------------------------

    def button(
        self,
        text: str,
        name: str,
        slot: Callable[[], object],
        *,
        role: Role = "",
        tip: str = "",
        in_menu: bool = True,
    ) -> QPushButton:
        """Add a button that runs ``slot``; ``role`` binds its key (see the class)."""
        button = self._button(text, name, slot, tip, role)
        if role == "open":
            self.open_with(slot)
        elif role == "delete":
            list_keys(self.table, None, slot)
        self._entries.append(_Entry(button, slot, None, role, in_menu))
        return button

    def open_with(self, slot: Callable[[], object]) -> None:
        """Run ``slot`` on Enter and on a double click in the table."""
        list_keys(self.table, slot)
        self.table.doubleClicked.connect(lambda _index: slot())

    def menu_button(self, text: str, name: str, fill: MenuFiller) -> QPushButton:
        """Add a button whose menu ``fill`` fills each time it opens (and a submenu alike)."""
        button = self._button(text, name, None, "", "")
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._refill(menu, fill))
        button.setMenu(menu)
        self._entries.append(_Entry(button, None, fill, ""))
        return button

    def _button(
        self, text: str, name: str, slot: Callable[[], object] | None, tip: str, role: Role
    ) -> QPushButton:
        keys = key_text(role)
        if keys:
            tip = f"{tip or text.replace('&', '').rstrip('…')}  ({keys})"
        button = push_button(text, name, slot, tip)
        if self.bar is not None:
            self.bar.addWidget(button)
        else:
            self._buttons.addWidget(button)
        return button

    @staticmethod
    def _refill(menu: QMenu, fill: MenuFiller) -> None:
        menu.clear()
        fill(menu)

    def button_of(self, name: str) -> QPushButton:
        """Return the button added under the object name ``name``."""
        return next(e.button for e in self._entries if e.button.objectName() == name)

    # --- reading the selection ----------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        """Return the row object the model shows at ``row``."""
        return getattr(self.model, "row_at")(row)  # noqa: B009 (any model with row_at)

    def current_row(self) -> Any:
        """Return the row object of the current (or else the first selected) row, or None."""
        index = self.table.currentIndex()
        if index.isValid():
            return self.row_at(index.row())
        selected = self.table.selectionModel().selectedRows()
        return self.row_at(selected[0].row()) if selected else None

    def selected_rows(self) -> list[Any]:
        """Return the row objects of the selected rows, top to bottom."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.row_at(row) for row in rows]

    # --- the context menu -------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """Return the table's context menu: the panel's actions with their keys."""
        menu = QMenu(self)
        for entry in (e for e in self._entries if e.in_menu):
            text = entry.button.text()
            if entry.role == "delete" and not menu.isEmpty():
                menu.addSeparator()
            if entry.fill is not None:
                sub = menu.addMenu(text)
                entry.fill(sub)
                sub.setEnabled(entry.button.isEnabled() and not sub.isEmpty())
                continue
            keys = key_text(entry.role)
            # The key after a tab shows in the menu's shortcut column without being bound
            # twice: the table binds it already.
            action = menu.addAction(f"{text}\t{keys}" if keys else text)
            action.setEnabled(entry.button.isEnabled())
            if entry.slot is not None:
                action.triggered.connect(lambda _checked=False, run=entry.slot: run())
        return menu

    @Slot(QPoint)
    def _context_menu(self, point: QPoint) -> None:
        self.context_menu().popup(self.table.viewport().mapToGlobal(point))
