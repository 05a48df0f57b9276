"""Distribution lists: the lists with their counts, their recipients, and the list dialog."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.contacts.models import ListsModel, PeopleModel
from pressdesk.gui.contacts.people_view import configure_table, size_people_columns
from pressdesk.gui.messages import with_reason
from pressdesk.services.contacts.lists import (
    ListRecord,
    ListRow,
    delete_list,
    get_list,
    list_lists,
    remove_from_list,
    save_list,
)
from pressdesk.services.contacts.values import ContactError, ContactNotFound, PersonFilter
from pressdesk.storage.engine import Database


class ListDialog(QDialog):
    """The name and description of a distribution list."""

    def __init__(self, record: ListRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listDialog")
        self.record = record
        if record.kind == "filter":
            self.setWindowTitle(self.tr("Save the filter as a list"))
        else:
            self.setWindowTitle(self.tr("Distribution list"))
        form = QFormLayout(self)
        self.name = QLineEdit(record.name)
        self.name.setObjectName("listName")
        self.name.setPlaceholderText(self.tr("For example: Regional TV"))
        self.description = QLineEdit(record.description)
        self.description.setObjectName("listDescription")
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Description:"), self.description)
        if record.kind == "filter":
            note = QLabel(
                self.tr("The list always holds whoever matches the filter at the time of use.")
            )
            note.setWordWrap(True)
            form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(440, self.sizeHint().height())

    def value(self) -> ListRecord:
        """Return the list as entered."""
        return ListRecord(
            name=self.name.text(),
            description=self.description.text(),
            kind=self.record.kind,
            filter=self.record.filter,
            id=self.record.id,
        )


class ListsView(QWidget):
    """The distribution lists above, the recipients of the selected one below."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listsView")
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New list…"))
        self.new_button.setObjectName("newList")
        self.new_button.clicked.connect(self.new_list)
        self.edit_button = QPushButton(self.tr("Rename…"))
        self.edit_button.setObjectName("editList")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete list…"))
        self.delete_button.setObjectName("deleteList")
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = ListsModel(self)
        self.table = QTableView()
        configure_table(self.table, "listsTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self.edit_current)
        splitter.addWidget(self.table)
        members = QWidget()
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.members_label = QLabel()
        self.members_label.setObjectName("listMembersLabel")
        top.addWidget(self.members_label, 1)
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.setObjectName("removeFromList")
        self.remove_button.clicked.connect(self.remove_selected_members)
        top.addWidget(self.remove_button)
        members_layout.addLayout(top)
        self.members = PeopleModel(db, self)
        self.members_table = QTableView()
        configure_table(self.members_table, "listMembers")
        self.members_table.setModel(self.members)
        size_people_columns(self.members_table)
        members_layout.addWidget(self.members_table)
        splitter.addWidget(members)
        splitter.setSizes([220, 380])
        layout.addWidget(splitter, 1)
        self._show_members(None)

    def reload(self) -> None:
        """Read the lists and their counts again."""
        current = self.current()
        self.model.set_rows(list_lists(self.db))
        for row in range(self.model.rowCount()):
            if current is not None and self.model.row_at(row).id == current.id:
                self.table.selectRow(row)
                return
        self._show_members(None)

    def current(self) -> ListRow | None:
        """Return the selected list."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_members(self.current())

    def _show_members(self, row: ListRow | None) -> None:
        if row is None:
            self.members.show_nothing()
            self.members_label.setText(self.tr("Select a list to see who is on it."))
            self.remove_button.setEnabled(False)
            self.edit_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            return
        self.members.set_filter(PersonFilter(list_id=row.id))
        self.members_label.setText(
            self.tr("Recipients of “{name}”: {count}").format(
                name=row.name, count=row.recipient_count
            )
        )
        self.remove_button.setEnabled(row.kind == "static")
        self.edit_button.setEnabled(True)
        self.delete_button.setEnabled(True)

    def _run(self, record: ListRecord) -> bool:
        dialog = ListDialog(record, self)
        try:
            if not dialogs.run_dialog(dialog):
                return False
            value = dialog.value()
        finally:
            dialog.deleteLater()
        try:
            save_list(self.db, value)
        except (ContactError, ContactNotFound) as exc:
            dialogs.warning(
                self, self.tr("Distribution list"), with_reason(self.tr("Not saved."), exc)
            )
            return False
        self.reload()
        self.changed.emit()
        return True

    @Slot()
    def new_list(self) -> bool:
        """Ask for a name and create an empty list of chosen contacts."""
        return self._run(ListRecord(""))

    def save_filter(self, flt: PersonFilter) -> bool:
        """Ask for a name and save ``flt`` as a list."""
        return self._run(ListRecord("", kind="filter", filter=flt))

    @Slot()
    def edit_current(self) -> None:
        """Rename the selected list."""
        row = self.current()
        if row is None:
            return
        try:
            record = get_list(self.db, row.id)
        except ContactNotFound:
            self.reload()
            return
        self._run(record)

    @Slot()
    def delete_current(self) -> None:
        """Delete the selected list after asking; its people stay."""
        row = self.current()
        if row is None or not dialogs.question(
            self,
            self.tr("Delete list"),
            self.tr("Delete the list “{name}”? The people and outlets on it stay.").format(
                name=row.name
            ),
            self.tr("Delete"),
            self.tr("Keep"),
        ):
            return
        with contextlib.suppress(ContactNotFound):
            delete_list(self.db, row.id)
        self.table.clearSelection()
        self.reload()
        self.changed.emit()

    @Slot()
    def remove_selected_members(self) -> None:
        """Take the selected people off the selected static list."""
        row = self.current()
        picked = self.members_table.selectionModel().selectedRows()
        if row is None or row.kind != "static" or not picked:
            return
        ids = [self.members.row_at(index.row()).id for index in picked]
        remove_from_list(self.db, row.id, person_ids=ids)
        self.reload()
        self.changed.emit()
