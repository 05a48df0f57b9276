"""The outlet view: filter bar, outlets read page by page as shown, and the actions on outlets."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, SignalInstance, Slot
from PySide6.QtWidgets import QDialog, QWidget

from pressdesk.gui import dialogs
from pressdesk.gui.contacts import models as m
from pressdesk.gui.contacts.filters import OutletFilterBar
from pressdesk.gui.contacts.models import OutletModel
from pressdesk.gui.contacts.outlet_editor import OutletEditor
from pressdesk.gui.contacts.record_list import RecordList
from pressdesk.gui.widgets.table_panel import size_columns
from pressdesk.services.contacts.records import delete_outlet, get_outlet
from pressdesk.services.contacts.values import ContactNotFound, OutletRow
from pressdesk.storage.engine import Database

_WIDTHS = {
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


class OutletsView(RecordList):
    """Every outlet matching the filter bar; Enter or a double click opens the editor."""

    of_outlets = True
    model: OutletModel
    filters: OutletFilterBar

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        names = ("outletsView", "outletTable", "outletCount")
        super().__init__(db, OutletModel(db), OutletFilterBar(), names, parent)
        self.add_record_buttons(
            self.tr("New outlet…"), ("newOutlet", "editOutlet", "addOutletsToList")
        )
        self.delete_button = self.button(
            self.tr("Delete…"), "deleteOutlet", self.delete_current, role="delete"
        )
        self.table.horizontalHeader().setSortIndicator(m.O_NAME, Qt.SortOrder.AscendingOrder)
        size_columns(self.table, _WIDTHS)

    def count_text(self, total: int) -> str:
        return self.tr("Outlets found: {count}").format(count=total)

    def nothing_selected_text(self) -> str:
        return self.tr("Select outlets in the table first.")

    def selected_rows(self) -> list[OutletRow]:
        """Return the outlets selected in the table."""
        return super().selected_rows()

    @Slot()
    def new_outlet(self) -> None:
        """Open an empty editor."""
        self.edit_record(None)

    def make_editor(self, record_id: int | None) -> tuple[QDialog, list[SignalInstance]]:
        editor = OutletEditor(self.db, record_id, self)
        return editor, [editor.saved, editor.log.logged]

    def step_text(self, action: str, ids: list[int]) -> str:
        """Name a change of an outlet in the undo history: "Delete the outlet Kabar"."""
        try:
            name = get_outlet(self.db, ids[0]).name
        except ContactNotFound:
            name = ""
        texts = {
            "new": self.tr("Add the outlet {name}"),
            "edit": self.tr("Edit the outlet {name}"),
            "delete": self.tr("Delete the outlet {name}"),
        }
        return texts[action].format(name=name)

    @Slot()
    def delete_current(self) -> None:
        """Delete the current outlet after asking; its people stay, without an outlet."""
        outlet: OutletRow | None = self.current_row()
        if outlet is None:
            return
        text = self.tr(
            "Delete the outlet {name}? Its {count} people stay in the base without an outlet."
        ).format(name=outlet.name, count=outlet.people_count)
        if self.undo is not None:
            text += "\n\n" + self.tr("The deletion can be undone (Ctrl+Z).")
        if not dialogs.question(
            self, self.tr("Delete outlet"), text, self.tr("Delete"), self.tr("Keep")
        ):
            return
        with contextlib.suppress(ContactNotFound):
            if self.undo is not None:
                self.undo.track(
                    self.step_text("delete", [outlet.id]),
                    [outlet.id],
                    lambda: delete_outlet(self.db, outlet.id),
                )
            else:
                delete_outlet(self.db, outlet.id)
        self.model.reload()
        self.changed.emit()
