"""What the people and outlet lists share: a filter bar over a paged table, the editor run on
a row, and adding the selected rows to a distribution list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from pressdesk.gui import dialogs
from pressdesk.gui.contacts.filters import OutletFilterBar, PeopleFilterBar
from pressdesk.gui.contacts.models import SortedModel
from pressdesk.gui.messages import with_reason
from pressdesk.gui.widgets.record_undo import RecordUndo
from pressdesk.gui.widgets.table_panel import TablePanel
from pressdesk.services.contacts.lists import add_to_list, list_lists
from pressdesk.services.contacts.values import ContactError, ContactNotFound
from pressdesk.storage.engine import Database


class RecordList(TablePanel):
    """Records matching a filter bar, sorted by a column click, with the actions on them.

    A subclass adds its buttons (:meth:`add_record_buttons` first), gives
    :meth:`make_editor` and the texts of :meth:`add_selected_to_list`.
    """

    changed = Signal()
    model: SortedModel
    filters: PeopleFilterBar | OutletFilterBar
    #: Whether the rows are outlets (all their people go on a list) rather than people.
    of_outlets = False
    #: The page's undo of changes to these records (None: the changes are not recorded).
    undo: RecordUndo | None = None

    def __init__(
        self,
        db: Database,
        model: SortedModel,
        filters: PeopleFilterBar | OutletFilterBar,
        names: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        view_name, table_name, count_name = names
        super().__init__(model, table_name, parent, filters=filters, overflow=True, top_margin=8)
        self.setObjectName(view_name)
        self.db = db
        self.filters = filters
        self.filters.changed.connect(self.apply_filter)
        if self.bar is not None:
            self.bar.setObjectName("contactActions")
        self.count_label = filters.count_label  # shown at the end of the filter bar
        self.count_label.setObjectName(count_name)
        model.total_changed.connect(self._show_count)
        # A new filter or order shows its first rows; an edit in place keeps the position.
        model.modelReset.connect(self.table.scrollToTop)
        self.table.setSortingEnabled(True)

    def add_record_buttons(self, new_text: str, names: tuple[str, str, str]) -> None:
        """Add the buttons every record list starts with: new, open, add to a list."""
        new_name, open_name, list_name = names
        self.new_button = self.button(
            new_text, new_name, lambda: self.edit_record(None), in_menu=False
        )
        self.edit_button = self.button(self.tr("Open…"), open_name, self.edit_current, role="open")
        self.list_button = self.menu_button(self.tr("Add to list"), list_name, self.fill_list_menu)

    def count_text(self, total: int) -> str:
        """Return the found-count shown at the end of the filter bar."""
        raise NotImplementedError

    def make_editor(self, record_id: int | None) -> tuple[QDialog, list[SignalInstance]]:
        """Return the editor of a record and the signals that say it changed something; the
        first carries the id of the record saved."""
        raise NotImplementedError

    def step_text(self, action: str, ids: list[int]) -> str:
        """Name a change of the records ``ids`` in the undo history ("new", "edit", "delete")."""
        raise NotImplementedError

    def reload(self) -> None:
        """Refill the filter choices and the table."""
        self.filters.reload(self.db)
        self.apply_filter()

    @Slot()
    def apply_filter(self) -> None:
        """Show the records matching the filter bar."""
        self.model.set_filter(self.filters.value())

    @Slot(int)
    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.count_text(total))

    def set_sort_indicator(self, column: int) -> None:
        """Show ``column`` (-1: none) as the sort order without sorting again."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    @Slot()
    def edit_current(self) -> None:
        """Open the editor on the current record."""
        row = self.current_row()
        if row is not None:
            self.edit_record(row.id)

    def edit_record(self, record_id: int | None) -> None:
        """Open the editor on a record (a new one for None); refresh if anything was saved."""
        try:
            editor, signals = self.make_editor(record_id)
        except ContactNotFound:
            self.model.reload()
            return
        before = (
            self.undo.capture([record_id] if record_id is not None else []) if self.undo else None
        )
        edited: list[object] = []
        saved_ids: list[int] = []
        for signal in signals:
            signal.connect(lambda *_args: edited.append(True))
        signals[0].connect(lambda ident: saved_ids.append(int(ident)))
        dialogs.run_dialog(editor)
        editor.deleteLater()
        if edited and self.undo is not None:
            ids = [record_id] if record_id is not None else saved_ids[:1]
            if ids:
                action = "edit" if record_id is not None else "new"
                self.undo.settle(self.step_text(action, ids), before, saved_ids)
        if edited:
            # The edited row stays selected where it was, unless rows came or went.
            self.model.refresh()
            self.changed.emit()

    def fill_list_menu(self, menu: QMenu) -> None:
        """Offer the static lists in ``menu``; choosing one adds the selected rows to it."""
        static = [row for row in list_lists(self.db) if row.kind == "static"]
        if not static:
            menu.addAction(self.tr("No lists yet")).setEnabled(False)
        for row in static:
            action = menu.addAction(row.name)
            action.triggered.connect(
                lambda _checked=False, list_id=row.id: self.add_selected_to_list(list_id)
            )

    def nothing_selected_text(self) -> str:
        """Return what to say when "Add to list" finds no row selected."""
        raise NotImplementedError

    def add_selected_to_list(self, list_id: int) -> int:
        """Add the selected records to a static list; return how many people were added."""
        ids = [row.id for row in self.selected_rows()]
        if not ids:
            dialogs.info(self, self.tr("Add to list"), self.nothing_selected_text())
            return 0
        try:
            if self.of_outlets:
                added = add_to_list(self.db, list_id, outlet_ids=ids)
            else:
                added = add_to_list(self.db, list_id, person_ids=ids)
        except (ContactError, ContactNotFound) as exc:
            dialogs.warning(self, self.tr("Add to list"), with_reason(self.tr("Not added."), exc))
            return 0
        self.changed.emit()
        return added
