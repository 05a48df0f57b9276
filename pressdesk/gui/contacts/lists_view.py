"""Distribution lists: the lists with their counts, their recipients, and the list dialog."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QWidget

from pressdesk.gui import dialogs
from pressdesk.gui.contacts.models import PEOPLE_WIDTHS, ListsModel, PeopleModel
from pressdesk.gui.messages import with_reason
from pressdesk.gui.widgets.ask_dialog import AskDialog, ask
from pressdesk.gui.widgets.table_panel import TablePanel, size_columns, stack
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


class ListDialog(AskDialog):
    """The name and description of a distribution list."""

    def __init__(self, record: ListRecord, parent: QWidget | None = None) -> None:
        super().__init__("listDialog", parent)
        self.record = record
        self.name = QLineEdit(record.name)
        self.name.setObjectName("listName")
        self.name.setPlaceholderText(self.tr("For example: Regional TV"))
        self.description = QLineEdit(record.description)
        self.description.setObjectName("listDescription")
        assert self.form is not None
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Description:"), self.description)
        if record.kind == "filter":
            note = QLabel(
                self.tr("The list always holds whoever matches the filter at the time of use.")
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        if record.kind == "filter":
            title = self.tr("Save the filter as a list")
        else:
            title = self.tr("Distribution list")
        self.finish(title, self.tr("Save"), 440)

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
        self.model = ListsModel(self)
        self.lists = TablePanel(self.model, "listsTable", single=True, top_margin=8)
        self.table = self.lists.table
        self.new_button = self.lists.button(
            self.tr("New list…"), "newList", self.new_list, in_menu=False
        )
        self.edit_button = self.lists.button(
            self.tr("Rename…"), "editList", self.edit_current, role="open"
        )
        self.delete_button = self.lists.button(
            self.tr("Delete list…"), "deleteList", self.delete_current, role="delete"
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.members = PeopleModel(db, self)
        self.recipients = TablePanel(
            self.members, "listMembers", heading="listMembersLabel", top_margin=4
        )
        self.members_table = self.recipients.table
        self.members_label = self.recipients.heading
        self.remove_button = self.recipients.button(
            self.tr("Remove from list"),
            "removeFromList",
            self.remove_selected_members,
        )
        size_columns(self.members_table, PEOPLE_WIDTHS)
        stack(self, (self.lists, self.recipients), (220, 380))
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
        value = ask(ListDialog(record, self), ListDialog.value)
        if value is None:
            return False
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
        picked = self.recipients.selected_rows()
        if row is None or row.kind != "static" or not picked:
            return
        remove_from_list(self.db, row.id, person_ids=[person.id for person in picked])
        self.reload()
        self.changed.emit()
