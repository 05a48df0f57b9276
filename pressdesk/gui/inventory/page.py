"""The Equipment section: the inventory list with filters, editors, history and the gap view."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pressdesk.bilingual import Bi
from pressdesk.exchange.tabular import ImportResult
from pressdesk.gui import dialogs
from pressdesk.gui.i18n import current_language
from pressdesk.gui.inventory import labels
from pressdesk.gui.inventory import models as cols
from pressdesk.gui.inventory.common import (
    ShrinkingComboBox,
    action_bar,
    add_action,
    format_money,
    row_widget,
    set_column_widths,
    setup_table,
    spacer,
)
from pressdesk.gui.inventory.editor import ConditionDialog, ItemEditDialog, MovementDialog
from pressdesk.gui.inventory.gap import open_gap_view
from pressdesk.gui.inventory.models import HistoryModel, ItemModel
from pressdesk.gui.inventory.transfer import Transfers
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.empty_state import EmptyState, EmptySwitch, focus_field
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.gui.widgets.keys import list_keys, tab_reachable
from pressdesk.gui.widgets.preflight import confirm_texts
from pressdesk.services.assets.files import (
    DOCUMENT_FORMATS,
    EXPORT_FORMATS,
    export_inventory,
    import_inventory,
    inventory_refs,
)
from pressdesk.services.inventory.history import item_history
from pressdesk.services.inventory.items import (
    ItemFilter,
    ItemRow,
    custodian_names,
    delete_item,
    inventory_summary,
)
from pressdesk.services.overview import is_section_empty
from pressdesk.services.profile import get_profile
from pressdesk.services.validation import NotFound
from pressdesk.settings import PDF_FONT
from pressdesk.storage.assets_models import CONDITIONS, EQUIPMENT_CATEGORIES

log = logging.getLogger(__name__)


class InventorySectionPage(QWidget):
    """List, filter, edit, hand out and take back the press service's equipment."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.setObjectName("page_inventory")
        self.transfers = Transfers(self)
        self.model = ItemModel(self.db, self)
        self.history = HistoryModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(row_widget(self._build_filters()))
        layout.addWidget(self._build_actions())

        self.table = QTableView()
        self.table.setObjectName("inventoryTable")
        self.table.setModel(self.model)
        # A new filter or order shows its first rows; an edit in place keeps the position.
        self.model.modelReset.connect(self.table.scrollToTop)
        setup_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(cols.NAME, QHeaderView.ResizeMode.Stretch)
        widths = {
            cols.NUMBER: 10,
            cols.CATEGORY: 16,
            cols.CONDITION: 14,
            cols.LOCATION: 14,
            cols.CUSTODIAN: 18,
            cols.HOLDER: 18,
            cols.PURCHASED: 11,
            cols.COST: 12,
        }
        set_column_widths(self.table, widths)
        header.setSortIndicator(cols.NAME, Qt.SortOrder.AscendingOrder)
        self._sorted = (cols.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._edit_index)
        list_keys(self.table, self.edit_selected, self.delete_selected)

        self.history_table = QTableView()
        self.history_table.setObjectName("historyTable")
        self.history_table.setModel(self.history)
        setup_table(self.history_table)
        history_header = self.history_table.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setStretchLastSection(True)
        self.history_box = QGroupBox(self.tr("History of the selected item"))
        box_layout = QVBoxLayout(self.history_box)
        box_layout.setContentsMargins(8, 4, 8, 8)
        box_layout.addWidget(self.history_table)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 150])
        layout.addWidget(splitter, 1)
        self.summary = QLabel()
        self.summary.setObjectName("inventorySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.empty = EmptySwitch(
            layout,
            EmptyState(
                "inventory",
                self.tr("No equipment recorded yet"),
                self.tr(
                    "Record the cameras, microphones, computers and other equipment of the "
                    "press service: inventory number, condition, where it is kept and who "
                    "holds it. A list kept in a spreadsheet can be imported."
                ),
                [
                    (self.tr("&Add equipment…"), self.add),
                    (self.tr("&Import from a file…"), self.import_items),
                ],
            ),
        )

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def focus_search(self) -> bool:
        """Put the keyboard focus in the search field (Ctrl+F); False if none is shown."""
        return focus_field(self.search)

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""
        self.add()

    # --- construction -------------------------------------------------------------------------

    def _build_filters(self) -> FlowLayout:
        self.search = QLineEdit()
        self.search.setObjectName("inventorySearch")
        self.search.setPlaceholderText(self.tr("Search by name, number, model, place, person…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)

        self.category = ShrinkingComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.setMinimumContentsLength(18)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.addItem(self.tr("All categories"), None)
        for code in EQUIPMENT_CATEGORIES:
            self.category.addItem(labels.category(code), code)
        self.condition = ShrinkingComboBox()
        self.condition.setObjectName("conditionFilter")
        self.condition.addItem(self.tr("Any condition"), None)
        for code in CONDITIONS:
            self.condition.addItem(labels.condition(code), code)
        self.custodian = ShrinkingComboBox()
        self.custodian.setObjectName("custodianFilter")
        self.custodian.setMinimumContentsLength(16)
        self.custodian.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._fill_custodians()
        self.written_off = QCheckBox(self.tr("Written-off too"))
        self.written_off.setObjectName("includeWrittenOff")
        self.out_only = QCheckBox(self.tr("Handed out only"))
        self.out_only.setObjectName("checkedOutOnly")
        for combo in (self.category, self.condition, self.custodian):
            combo.currentIndexChanged.connect(self.reload)
        for check in (self.written_off, self.out_only):
            check.toggled.connect(self.reload)

        row = FlowLayout()
        row.addWidget(self.search, 1)
        for widget in (self.category, self.condition, self.custodian):
            row.addWidget(widget)
        row.addWidget(self.written_off)
        row.addWidget(self.out_only)
        return row

    def _build_actions(self) -> QToolBar:
        bar = action_bar("inventoryActions")
        self.add_action = add_action(bar, self.tr("Add…"), "addItem", self.add)
        self.edit_action = add_action(bar, self.tr("Edit…"), "editItem", self.edit_selected)
        self.delete_action = add_action(bar, self.tr("Delete"), "deleteItem", self.delete_selected)
        bar.addSeparator()
        self.out_action = add_action(
            bar,
            self.tr("Hand out…"),
            "checkOut",
            self.check_out_selected,
            self.tr("Record who takes the item and until when"),
        )
        self.in_action = add_action(bar, self.tr("Take back…"), "checkIn", self.check_in_selected)
        self.condition_action = add_action(
            bar,
            self.tr("Condition…"),
            "setCondition",
            self.condition_selected,
            self.tr("Mark the item repaired, broken or written off"),
        )
        bar.addWidget(spacer())
        self.gap_action = add_action(
            bar,
            self.tr("Recommended kit…"),
            "gapView",
            self.show_gap,
            self.tr("What the press service lacks against the recommended kit"),
        )
        self.import_action = add_action(bar, self.tr("Import…"), "importItems", self.import_items)
        self.export_action = add_action(bar, self.tr("Export…"), "exportItems", self.export_items)
        tab_reachable(bar)
        return bar

    def _fill_custodians(self) -> None:
        current = self.custodian.currentData()
        self.custodian.blockSignals(True)
        self.custodian.clear()
        self.custodian.addItem(self.tr("Any custodian"), None)
        for name in custodian_names(self.db):
            self.custodian.addItem(name, name)
        self.custodian.setCurrentIndex(max(self.custodian.findData(current), 0))
        self.custodian.blockSignals(False)

    # --- list ---------------------------------------------------------------------------------

    def current_filter(self) -> ItemFilter:
        """Return the filter the bar describes."""
        return ItemFilter(
            search=self.search.text(),
            category=self.category.currentData(),
            condition=self.condition.currentData(),
            custodian_name=self.custodian.currentData(),
            include_written_off=self.written_off.isChecked(),
            checked_out=True if self.out_only.isChecked() else None,
        )

    @Slot()
    def reload(self) -> None:
        """Read the list again with the current filter, keeping the selected item."""
        selected = self.selected()
        self.model.set_filter(self.current_filter())
        if selected is not None:
            self._select(selected.id)
        self._show_summary()
        self._selection_changed()
        # Rows shown: not empty, without asking the database again.
        self.empty.set_empty(self.model.rowCount() == 0 and is_section_empty(self.db, "inventory"))

    def refresh(self) -> None:
        """Reload after a change elsewhere (staff, another database)."""
        self._fill_custodians()
        self.reload()

    def _show_summary(self) -> None:
        summary = inventory_summary(self.db, self.model.filter)
        parts = [
            self.tr("Items: {count}").format(count=summary.items),
            self.tr("handed out: {count}").format(count=summary.checked_out),
        ]
        for code in ("needs_repair", "broken", "written_off"):
            count = summary.by_condition.get(code, 0)
            if count:
                parts.append(f"{labels.condition(code).lower()}: {count}")
        parts.append(self.tr("total cost: {sum} som").format(sum=format_money(summary.total_cost)))
        self.summary.setText(" · ".join(parts))

    @Slot(int, Qt.SortOrder)
    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if section in cols.ORDERS:
            self._sorted = (section, order)
            return
        # The holder column has no order; keep the indicator on the column really sorted.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted)
        header.blockSignals(False)

    def selected(self) -> ItemRow | None:
        """Return the selected item, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _selection_changed(self) -> None:
        item = self.selected()
        has = item is not None
        for action in (self.edit_action, self.delete_action, self.condition_action):
            action.setEnabled(has)
        self.out_action.setEnabled(
            item is not None and not item.checked_out and item.condition != "written_off"
        )
        self.in_action.setEnabled(item is not None and item.checked_out)
        if item is None or item.id is None:
            self.history.set_rows([])
            self.history_box.setTitle(self.tr("History of the selected item"))
            return
        self.history_box.setTitle(
            self.tr("History: {number} — {name}").format(
                number=item.inventory_number, name=item.name.text(first_language())
            )
        )
        try:
            self.history.set_rows(item_history(self.db, item.id))
        except NotFound:
            self.history.set_rows([])

    # --- actions ------------------------------------------------------------------------------

    def _after_change(self, item_id: int | None) -> None:
        self._fill_custodians()
        self.reload()
        self._select(item_id)

    def _run_editor(self, item: ItemRow) -> None:
        editor = ItemEditDialog(self.db, item, self)
        if dialogs.run_dialog(editor) and editor.saved is not None:
            self._after_change(editor.saved.id)
        editor.deleteLater()

    @Slot()
    def add(self) -> None:
        """Register a new item."""
        flt = self.model.filter
        self._run_editor(ItemRow(name=Bi(), category=flt.category or "other"))

    @Slot()
    def edit_selected(self) -> None:
        """Edit the selected item."""
        item = self.selected()
        if item is not None:
            self._run_editor(item)

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        self._run_editor(self.model.row_at(index.row()))

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected item and its history, after asking."""
        item = self.selected()
        if item is None or item.id is None:
            return
        if not dialogs.question(
            self,
            self.tr("Delete the item"),
            self.tr(
                "Delete «{name}» ({number}) and its whole history?\n\nIf the item was disposed "
                "of, mark it written off instead: the record then stays for audits."
            ).format(name=item.name.text(first_language()), number=item.inventory_number),
            yes=self.tr("Delete"),
            no=self.tr("Cancel"),
        ):
            return
        try:
            delete_item(self.db, item.id)
        except NotFound:
            log.info("Item %s was already deleted", item.id)
        self._after_change(None)

    def _movement(self, out: bool) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = MovementDialog(self.db, item, out=out, parent=self)
        if dialogs.run_dialog(dialog) and dialog.done_ok:
            self._after_change(item.id)
        dialog.deleteLater()

    @Slot()
    def check_out_selected(self) -> None:
        """Hand the selected item to someone."""
        self._movement(True)

    @Slot()
    def check_in_selected(self) -> None:
        """Take the selected item back."""
        self._movement(False)

    @Slot()
    def condition_selected(self) -> None:
        """Change the selected item's condition."""
        item = self.selected()
        if item is None:
            return
        dialog = ConditionDialog(self.db, item, self)
        if dialogs.run_dialog(dialog):
            self._after_change(item.id)
        dialog.deleteLater()

    @property
    def doc_lang(self) -> str:
        """Return the default language of documents from the organisation profile."""
        lang = get_profile(self.db).default_doc_lang
        return lang if lang in ("ky", "ru") else ("ky" if current_language() == "ky" else "ru")

    @property
    def pdf_font(self) -> str:
        """Return the font chosen for PDFs, or an empty string."""
        return str(self.context.runtime.settings.get(PDF_FONT) or "")

    @Slot()
    def show_gap(self) -> None:
        """Show the recommended kit against the equipment."""
        open_gap_view(self.db, self.doc_lang, self.pdf_font, self)

    @Slot()
    def export_items(self) -> None:
        """Export the inventory as a table or a document."""
        shown = self.current_filter()
        font = self.pdf_font or None

        def chosen(only_shown: bool) -> ItemFilter:
            return shown if only_shown else ItemFilter(include_written_off=True)

        def work(path: Path, lang: str, only_shown: bool) -> int:
            return export_inventory(
                self.db, path, lang=lang, flt=chosen(only_shown), font_path=font
            )

        def check(suffix: str, lang: str, only_shown: bool) -> bool:
            # A table carries both languages; a document prints one and needs its texts.
            if suffix not in DOCUMENT_FORMATS:
                return True
            return confirm_texts(self, self.db, inventory_refs(self.db, chosen(only_shown)), lang)

        self.transfers.export(
            self.tr("Export the inventory"),
            "inventory",
            EXPORT_FORMATS,
            self.doc_lang,
            work,
            filter_option=self.tr("Only the items the filter shows"),
            check=check,
        )

    @Slot()
    def import_items(self) -> None:
        """Import items from an Excel or CSV table."""

        def work(path: Path, skip: bool, dry: bool) -> ImportResult[ItemRow]:
            return import_inventory(self.db, path, skip_invalid=skip, dry_run=dry)

        self.transfers.import_table(
            self.tr("Import equipment"), work, lambda _count: self._after_change(None)
        )
