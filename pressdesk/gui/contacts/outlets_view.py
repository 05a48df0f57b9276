"""The outlet view: filter bar, outlets read page by page as shown, and the actions on outlets."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.contacts import models as m
from pressdesk.gui.contacts.filters import OutletFilterBar
from pressdesk.gui.contacts.models import ROW_ROLE, OutletModel
from pressdesk.gui.contacts.outlet_editor import OutletEditor
from pressdesk.gui.contacts.people_view import configure_table
from pressdesk.gui.messages import with_reason
from pressdesk.services.contacts.lists import add_to_list, list_lists
from pressdesk.services.contacts.records import delete_outlet
from pressdesk.services.contacts.values import ContactError, ContactNotFound, OutletRow
from pressdesk.storage.engine import Database


class OutletsView(QWidget):
    """Every outlet matching the filter bar; double-click opens the editor."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outletsView")
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.filters = OutletFilterBar()
        self.filters.changed.connect(self.apply_filter)
        layout.addWidget(self.filters)
        row = QHBoxLayout()
        # A tool bar moves buttons that do not fit into its overflow menu on a narrow window.
        bar = QToolBar()
        bar.setObjectName("contactActions")
        bar.setStyleSheet("QToolBar { border: none; spacing: 4px; }")
        self.new_button = QPushButton(self.tr("New outlet…"))
        self.new_button.setObjectName("newOutlet")
        self.new_button.clicked.connect(self.new_outlet)
        self.edit_button = QPushButton(self.tr("Open…"))
        self.edit_button.setObjectName("editOutlet")
        self.edit_button.clicked.connect(self.edit_current)
        self.list_button = QPushButton(self.tr("Add to list"))
        self.list_button.setObjectName("addOutletsToList")
        self.list_menu = QMenu(self.list_button)
        self.list_menu.aboutToShow.connect(self._fill_list_menu)
        self.list_button.setMenu(self.list_menu)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteOutlet")
        self.delete_button.clicked.connect(self.delete_current)
        self.count_label = self.filters.count_label  # shown at the end of the filter bar
        self.count_label.setObjectName("outletCount")
        for button in (self.new_button, self.edit_button, self.list_button, self.delete_button):
            bar.addWidget(button)
        row.addWidget(bar, 1)
        layout.addLayout(row)
        self.model = OutletModel(db, self)
        self.model.total_changed.connect(self._show_count)
        self.table = QTableView()
        configure_table(self.table, "outletTable")
        self.table.setModel(self.model)
        # A new filter or order shows its first rows; an edit in place keeps the position.
        self.model.modelReset.connect(self.table.scrollToTop)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(m.O_NAME, Qt.SortOrder.AscendingOrder)
        chars = {
            m.O_NAME: 24,
            m.O_KIND: 17,
            m.O_SCALE: 22,
            m.O_LANGS: 11,
            m.O_OWNER: 14,
            m.O_CIRC: 10,
            m.O_AUDIENCE: 10,
            m.O_FIRST: 14,
            m.O_EXCL: 12,
            m.O_PEOPLE: 8,
        }
        width = self.table.fontMetrics().averageCharWidth()
        for column, count in chars.items():
            self.table.horizontalHeader().resizeSection(column, width * count + 12)
        self.table.doubleClicked.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        """Refill the filter choices and the table."""
        self.filters.reload(self.db)
        self.model.set_filter(self.filters.value())

    @Slot()
    def apply_filter(self) -> None:
        """Show the outlets matching the filter bar."""
        self.model.set_filter(self.filters.value())

    @Slot(int)
    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("Outlets found: {count}").format(count=total))

    def selected_rows(self) -> list[OutletRow]:
        """Return the outlets selected in the table."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    @Slot()
    def new_outlet(self) -> None:
        """Open an empty editor."""
        self._edit(None)

    @Slot()
    def edit_current(self) -> None:
        """Open the editor on the current outlet."""
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        outlet: OutletRow = self.model.data(index, ROW_ROLE)
        self._edit(outlet.id)

    def _edit(self, outlet_id: int | None) -> None:
        try:
            editor = OutletEditor(self.db, outlet_id, self)
        except ContactNotFound:
            self.model.reload()
            return
        edited: list[int] = []
        editor.saved.connect(edited.append)
        editor.log.logged.connect(lambda: edited.append(0))
        dialogs.run_dialog(editor)
        editor.deleteLater()
        if edited:
            # The edited row stays selected where it was, unless rows came or went.
            self.model.refresh()
            self.changed.emit()

    @Slot()
    def _fill_list_menu(self) -> None:
        self.list_menu.clear()
        static = [row for row in list_lists(self.db) if row.kind == "static"]
        if not static:
            self.list_menu.addAction(self.tr("No lists yet")).setEnabled(False)
        for row in static:
            action = self.list_menu.addAction(row.name)
            action.setData(row.id)
            action.triggered.connect(self._list_chosen)

    @Slot()
    def _list_chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and isinstance(action.data(), int):
            self.add_selected_to_list(action.data())

    def add_selected_to_list(self, list_id: int) -> int:
        """Add the selected outlets (all their people) to a static list; return how many."""
        ids = [row.id for row in self.selected_rows()]
        if not ids:
            dialogs.info(
                self, self.tr("Add to list"), self.tr("Select outlets in the table first.")
            )
            return 0
        try:
            added = add_to_list(self.db, list_id, outlet_ids=ids)
        except (ContactError, ContactNotFound) as exc:
            dialogs.warning(self, self.tr("Add to list"), with_reason(self.tr("Not added."), exc))
            return 0
        self.changed.emit()
        return added

    @Slot()
    def delete_current(self) -> None:
        """Delete the current outlet after asking; its people stay, without an outlet."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        outlet: OutletRow = self.model.data(index, ROW_ROLE)
        text = self.tr(
            "Delete the outlet {name}? Its {count} people stay in the base without an outlet."
        ).format(name=outlet.name, count=outlet.people_count)
        if not dialogs.question(
            self, self.tr("Delete outlet"), text, self.tr("Delete"), self.tr("Keep")
        ):
            return
        with contextlib.suppress(ContactNotFound):
            delete_outlet(self.db, outlet.id)
        self.model.reload()
        self.changed.emit()

    @Slot(QPoint)
    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open…"), self.edit_current)
        lists = menu.addMenu(self.tr("Add to list"))
        for row in list_lists(self.db):
            if row.kind == "static":
                action = lists.addAction(row.name)
                action.setData(row.id)
                action.triggered.connect(self._list_chosen)
        lists.setEnabled(not lists.isEmpty())
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), self.delete_current)
        menu.popup(self.table.viewport().mapToGlobal(point))
