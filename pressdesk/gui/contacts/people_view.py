"""The people view: filter bar, a table read page by page as shown, and the actions on people."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.contacts import models as m
from pressdesk.gui.contacts.filters import PeopleFilterBar
from pressdesk.gui.contacts.models import ROW_ROLE, PeopleModel
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.gui.messages import with_reason
from pressdesk.services.contacts.lists import add_to_list, list_lists
from pressdesk.services.contacts.records import delete_people
from pressdesk.services.contacts.values import ContactError, ContactNotFound, PersonRow
from pressdesk.services.events.accreditation import lists_of_people
from pressdesk.storage.engine import Database


def configure_table(table: QTableView, name: str) -> None:
    """Give a contact table the common look: whole rows, no grid numbers, no wrapping."""
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def size_people_columns(table: QTableView) -> None:
    """Give the columns of a people table widths that suit their usual content."""
    chars = {
        m.P_NAME: 26,
        m.P_KIND: 12,
        m.P_POSITION: 15,
        m.P_OUTLET: 19,
        m.P_PHONE: 19,
        m.P_EMAIL: 20,
        m.P_LANGS: 12,
        m.P_VERIFIED: 11,
        m.P_CONTACTED: 11,
    }
    width = table.fontMetrics().averageCharWidth()
    for column, count in chars.items():
        table.horizontalHeader().resizeSection(column, width * count + 12)


class PeopleView(QWidget):
    """Everyone in the base matching the filter bar; double-click opens the editor."""

    changed = Signal()
    save_filter_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleView")
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.filters = PeopleFilterBar()
        self.filters.changed.connect(self.apply_filter)
        layout.addWidget(self.filters)
        row = QHBoxLayout()
        # A tool bar moves buttons that do not fit into its overflow menu on a narrow window.
        bar = QToolBar()
        bar.setObjectName("contactActions")
        bar.setStyleSheet("QToolBar { border: none; spacing: 4px; }")
        self.new_button = QPushButton(self.tr("New person…"))
        self.new_button.setObjectName("newPerson")
        self.new_button.clicked.connect(self.new_person)
        self.edit_button = QPushButton(self.tr("Open…"))
        self.edit_button.setObjectName("editPerson")
        self.edit_button.clicked.connect(self.edit_current)
        self.list_button = QPushButton(self.tr("Add to list"))
        self.list_button.setObjectName("addPeopleToList")
        self.list_menu = QMenu(self.list_button)
        self.list_menu.aboutToShow.connect(self._fill_list_menu)
        self.list_button.setMenu(self.list_menu)
        self.save_filter_button = QPushButton(self.tr("Save filter as list…"))
        self.save_filter_button.setObjectName("saveFilterAsList")
        self.save_filter_button.clicked.connect(self.save_filter_requested)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deletePeople")
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = self.filters.count_label  # shown at the end of the filter bar
        self.count_label.setObjectName("peopleCount")
        for button in (
            self.new_button,
            self.edit_button,
            self.list_button,
            self.save_filter_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        row.addWidget(bar, 1)
        layout.addLayout(row)
        self.model = PeopleModel(db, self)
        self.model.total_changed.connect(self._show_count)
        self.table = QTableView()
        configure_table(self.table, "peopleTable")
        self.table.setModel(self.model)
        # A new filter or order shows its first rows; an edit in place keeps the position.
        self.model.modelReset.connect(self.table.scrollToTop)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        size_people_columns(self.table)
        self.table.doubleClicked.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.table, 1)
        self._searching = False

    def reload(self) -> None:
        """Refill the filter choices and the table."""
        self.filters.reload(self.db)
        self.model.set_filter(self.filters.value())

    @Slot()
    def apply_filter(self) -> None:
        """Show the people matching the filter bar; searching sorts by relevance."""
        flt = self.filters.value()
        searching = bool(flt.text)
        self.model.filter = flt
        if searching and not self._searching:
            # A new search ranks by relevance; sorting by a column is one click away.
            self.model.sort_key, self.model.descending = "relevance", False
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        self._searching = searching
        self.model.reload()

    @Slot(int)
    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("People found: {count}").format(count=total))

    def selected_rows(self) -> list[PersonRow]:
        """Return the people selected in the table."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    @Slot()
    def new_person(self) -> None:
        """Open an empty editor."""
        self.edit_person(None)

    @Slot()
    def edit_current(self) -> None:
        """Open the editor on the current person."""
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        person: PersonRow = self.model.data(index, ROW_ROLE)
        self.edit_person(person.id)

    def edit_person(self, person_id: int | None) -> None:
        """Open the editor on a person (a new one for None); reload if anything was saved."""
        try:
            editor = PersonEditor(self.db, person_id, self)
        except ContactNotFound:
            self.model.reload()
            return
        edited: list[int] = []
        editor.saved.connect(edited.append)
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
            empty = self.list_menu.addAction(self.tr("No lists yet"))
            empty.setEnabled(False)
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
        """Add the selected people to a static list; return how many were added."""
        ids = [row.id for row in self.selected_rows()]
        if not ids:
            dialogs.info(self, self.tr("Add to list"), self.tr("Select people in the table first."))
            return 0
        try:
            added = add_to_list(self.db, list_id, person_ids=ids)
        except (ContactError, ContactNotFound) as exc:
            dialogs.warning(self, self.tr("Add to list"), with_reason(self.tr("Not added."), exc))
            return 0
        self.changed.emit()
        return added

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected people after asking, naming accreditation lists they are on."""
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            text = self.tr("Delete {name} from the base?").format(name=rows[0].full_name)
        else:
            text = self.tr("Delete {count} people from the base?").format(count=len(rows))
        on_lists = lists_of_people(self.db, [row.id for row in rows])
        if on_lists:
            events = list(dict.fromkeys(f"“{item.event_title}”" for item in on_lists))
            text += "\n\n" + self.tr(
                "On accreditation lists of: {events}. The lists keep the name, outlet and "
                "contacts as text."
            ).format(events=", ".join(events[:5]) + (" …" if len(events) > 5 else ""))
        text += "\n\n" + self.tr("Their phones, e-mails, list memberships and log go too.")
        if not dialogs.question(
            self, self.tr("Delete people"), text, self.tr("Delete"), self.tr("Keep")
        ):
            return
        delete_people(self.db, [row.id for row in rows])
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
        menu.addAction(self.tr("Delete…"), self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(point))
