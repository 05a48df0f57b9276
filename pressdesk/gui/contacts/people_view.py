"""The people view: filter bar, a table read page by page as shown, and the actions on people."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QDialog, QWidget

from pressdesk.gui import dialogs
from pressdesk.gui.contacts.filters import PeopleFilterBar
from pressdesk.gui.contacts.models import PEOPLE_WIDTHS, PeopleModel
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.gui.contacts.record_list import RecordList
from pressdesk.gui.widgets.table_panel import size_columns
from pressdesk.services.contacts.records import delete_people, get_person
from pressdesk.services.contacts.values import ContactNotFound, PersonRow
from pressdesk.storage.engine import Database


class PeopleView(RecordList):
    """Everyone in the base matching the filter bar; Enter or a double click opens the editor."""

    save_filter_requested = Signal()
    model: PeopleModel
    filters: PeopleFilterBar

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        names = ("peopleView", "peopleTable", "peopleCount")
        super().__init__(db, PeopleModel(db), PeopleFilterBar(), names, parent)
        self.add_record_buttons(
            self.tr("New person…"), ("newPerson", "editPerson", "addPeopleToList")
        )
        self.save_filter_button = self.button(
            self.tr("Save filter as list…"),
            "saveFilterAsList",
            self.save_filter_requested.emit,
            in_menu=False,
        )
        self.delete_button = self.button(
            self.tr("Delete…"), "deletePeople", self.delete_selected, role="delete"
        )
        # No column chosen: the service's order (by name, or by relevance while searching).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        size_columns(self.table, PEOPLE_WIDTHS)
        self._searching = False

    def count_text(self, total: int) -> str:
        return self.tr("People found: {count}").format(count=total)

    def nothing_selected_text(self) -> str:
        return self.tr("Select people in the table first.")

    @Slot()
    def apply_filter(self) -> None:
        """Show the people matching the filter bar; searching sorts by relevance."""
        flt = self.filters.value()
        searching = bool(flt.text)
        self.model.filter = flt
        if searching and not self._searching:
            # A new search ranks by relevance; sorting by a column is one click away.
            self.model.sort_key, self.model.descending = "relevance", False
            self.set_sort_indicator(-1)
        self._searching = searching
        self.model.reload()

    def selected_rows(self) -> list[PersonRow]:
        """Return the people selected in the table."""
        return super().selected_rows()

    @Slot()
    def new_person(self) -> None:
        """Open an empty editor."""
        self.edit_record(None)

    def edit_person(self, person_id: int | None) -> None:
        """Open the editor on a person (a new one for None); reload if anything was saved."""
        self.edit_record(person_id)

    def make_editor(self, record_id: int | None) -> tuple[QDialog, list[SignalInstance]]:
        editor = PersonEditor(self.db, record_id, self)
        return editor, [editor.saved]

    def step_text(self, action: str, ids: list[int]) -> str:
        """Name a change of people in the undo history: "Delete 3 people"."""
        if action == "delete" and len(ids) != 1:
            return self.tr("Delete {count} people").format(count=len(ids))
        try:
            name = get_person(self.db, ids[0]).full_name
        except ContactNotFound:
            name = ""
        texts = {
            "new": self.tr("Add {name}"),
            "edit": self.tr("Edit {name}"),
            "delete": self.tr("Delete {name}"),
        }
        return texts[action].format(name=name)

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
        # The events service (and the plan's models it reads) is loaded when it is needed.
        from pressdesk.services.events.accreditation import lists_of_people

        on_lists = lists_of_people(self.db, [row.id for row in rows])
        if on_lists:
            events = list(dict.fromkeys(f"“{item.event_title}”" for item in on_lists))
            text += "\n\n" + self.tr(
                "On accreditation lists of: {events}. The lists keep the name, outlet and "
                "contacts as text."
            ).format(events=", ".join(events[:5]) + (" …" if len(events) > 5 else ""))
        text += "\n\n" + self.tr("Their phones, e-mails, list memberships and log go too.")
        if self.undo is not None:
            text += " " + self.tr("The deletion can be undone (Ctrl+Z).")
        if not dialogs.question(
            self, self.tr("Delete people"), text, self.tr("Delete"), self.tr("Keep")
        ):
            return
        ids = [row.id for row in rows]
        if self.undo is not None:
            self.undo.track(self.step_text("delete", ids), ids, lambda: delete_people(self.db, ids))
        else:
            delete_people(self.db, ids)
        self.model.reload()
        self.changed.emit()
