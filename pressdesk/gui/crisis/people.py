"""The people tab: the crisis working group from staff, and the contacts to tell at once, typed
in or taken from the contact base."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QWidget

from pressdesk.gui import dialogs
from pressdesk.gui.crisis.editors import CrisisContactDialog, CrisisMemberDialog
from pressdesk.gui.crisis.models import CrisisContactsModel, CrisisGroupModel
from pressdesk.gui.events.forms import PeoplePicker
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.ask_dialog import ask
from pressdesk.gui.widgets.table_panel import TablePanel, size_columns, stack
from pressdesk.messages import UserError
from pressdesk.services.crisis.records import (
    ContactInput,
    add_contact,
    list_contacts,
    list_group,
    remove_contact,
    remove_member,
    set_member,
)
from pressdesk.storage.engine import Database

translate = QCoreApplication.translate


class PeopleTab(QWidget):
    """The working group above, the notice list below; add and remove in each."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.group_model = CrisisGroupModel(self)
        self.contacts_model = CrisisContactsModel(self)
        self.group = TablePanel(
            self.group_model, "crisisGroupTable", single=True, heading="crisisGroupTitle"
        )
        self.group.heading.setText(translate("CrisisPeople", "Working group"))
        self.group.button(translate("CrisisPeople", "Add…"), "addMember", self.add_member)
        self.group.button(
            translate("CrisisPeople", "Remove"), "removeMember", self.remove_member, role="delete"
        )
        size_columns(self.group.table, {0: 24, 1: 28, 2: 26, 3: 18})
        self.contacts = TablePanel(
            self.contacts_model, "crisisContactsTable", single=True, heading="crisisContactsTitle"
        )
        self.contacts.heading.setText(translate("CrisisPeople", "Contacts for instant notice"))
        self.contacts.button(
            translate("CrisisPeople", "From the contact base…"), "addPerson", self.add_people
        )
        self.contacts.button(translate("CrisisPeople", "Type in…"), "addContact", self.add_contact)
        self.contacts.button(
            translate("CrisisPeople", "Remove"), "removeContact", self.remove_contact, role="delete"
        )
        size_columns(self.contacts.table, {0: 28, 1: 40, 2: 18})
        stack(self, [self.group, self.contacts], [300, 260])
        for panel in (self.group, self.contacts):
            panel.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        """Read the group and the contacts again."""
        self.group_model.set_rows(list_group(self.db))
        self.contacts_model.set_rows(list_contacts(self.db))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.group.button_of("removeMember").setEnabled(bool(self.group.selected_rows()))
        self.contacts.button_of("removeContact").setEnabled(bool(self.contacts.selected_rows()))

    def _refused(self, exc: UserError) -> None:
        dialogs.warning(self, translate("CrisisPeople", "Crisis kit"), error_text(exc))

    def _sure(self, names: str) -> bool:
        return dialogs.question(
            self,
            translate("CrisisPeople", "Crisis kit"),
            translate("CrisisPeople", "Remove {names} from the list?").format(names=names),
            yes=translate("CrisisPeople", "Remove"),
            no=translate("CrisisPeople", "Cancel"),
            default_yes=False,
        )

    # --- the working group --------------------------------------------------------------------

    @Slot()
    def add_member(self) -> None:
        """Put a staff member into the group with a role and a duty."""
        answer = ask(CrisisMemberDialog(self.db, self), CrisisMemberDialog.values)
        if answer is None:
            return
        staff_id, role, duty = answer
        if staff_id is None:
            return
        try:
            set_member(self.db, staff_id, role, duty)
        except UserError as exc:
            self._refused(exc)
            return
        self.reload()
        self.changed.emit()

    @Slot()
    def remove_member(self) -> None:
        """Take the selected members out of the group."""
        rows = self.group.selected_rows()
        if not rows or not self._sure(", ".join(r.full_name for r in rows)):
            return
        for row in rows:
            remove_member(self.db, row.staff_id)
        self.reload()
        self.changed.emit()

    # --- contacts -----------------------------------------------------------------------------

    @Slot()
    def add_people(self) -> None:
        """Add people ticked in the contact base; their phone and e-mail come with them."""
        picker = PeoplePicker(
            self.db, translate("CrisisPeople", "Contacts for instant notice"), self
        )
        try:
            if not dialogs.run_dialog(picker):
                return
            chosen = list(picker.chosen)
        finally:
            picker.deleteLater()
        for person_id in chosen:
            try:
                add_contact(self.db, ContactInput(person_id=person_id))
            except UserError as exc:
                self._refused(exc)
        self.reload()
        self.changed.emit()

    @Slot()
    def add_contact(self) -> None:
        """Type in a contact: a name and a phone at least."""
        dialog = CrisisContactDialog(self.db, self)
        try:
            added = dialogs.run_dialog(dialog) and dialog.added is not None
        finally:
            dialog.deleteLater()
        if added:
            self.reload()
            self.changed.emit()

    @Slot()
    def remove_contact(self) -> None:
        """Remove the selected contacts from the notice list."""
        rows = self.contacts.selected_rows()
        if not rows or not self._sure(", ".join(r.full_name for r in rows)):
            return
        for row in rows:
            try:
                remove_contact(self.db, row.id)
            except UserError as exc:
                self._refused(exc)
        self.reload()
        self.changed.emit()
