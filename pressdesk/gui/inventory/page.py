"""The Equipment section: the inventory list with filters, editors, history and the gap view."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pressdesk.bilingual import Bi
from pressdesk.exchange.tabular import ImportResult
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory import labels
from pressdesk.gui.inventory import models as cols
from pressdesk.gui.inventory.common import ShrinkingComboBox, format_money
from pressdesk.gui.inventory.editor import ConditionDialog, ItemEditDialog, MovementDialog
from pressdesk.gui.inventory.gap import open_gap_view
from pressdesk.gui.inventory.models import HistoryModel, ItemModel
from pressdesk.gui.inventory.transfer import reason_text
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.filter_bar import FlowLayout, fill_combo
from pressdesk.gui.widgets.record_page import RecordPage, add_action, list_table
from pressdesk.gui.widgets.transfers import run_modal
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
)
from pressdesk.services.inventory.summary import inventory_summary
from pressdesk.services.validation import NotFound
from pressdesk.storage.assets_models import CONDITIONS, EQUIPMENT_CATEGORIES, EquipmentItem


class InventorySectionPage(RecordPage):
    """List, filter, edit, hand out and take back the press service's equipment."""

    SECTION = "inventory"
    NAME = "inventory"
    RECORD = "Item"
    SORT = (cols.NAME, Qt.SortOrder.AscendingOrder)
    STRETCH = cols.NAME
    IMPORTS = True
    EXPORT_FORMATS = EXPORT_FORMATS
    DOCUMENT_FORMATS = DOCUMENT_FORMATS
    EDITOR = ItemEditDialog
    UNDO_MODEL = EquipmentItem
    SEARCH_HINT = QT_TRANSLATE_NOOP(
        "InventorySectionPage", "Search by name, number, model, place, person…"
    )
    EMPTY = (
        "inventory",
        QT_TRANSLATE_NOOP("InventorySectionPage", "No equipment recorded yet"),
        QT_TRANSLATE_NOOP(
            "InventorySectionPage",
            "Record the cameras, microphones, computers and other equipment of the "
            "press service: inventory number, condition, where it is kept and who "
            "holds it. A list kept in a spreadsheet can be imported.",
        ),
    )
    EMPTY_ACTIONS = (
        (QT_TRANSLATE_NOOP("InventorySectionPage", "&Add equipment…"), "add"),
        (QT_TRANSLATE_NOOP("InventorySectionPage", "&Import from a file…"), "import_records"),
    )
    DELETE_TITLE = QT_TRANSLATE_NOOP("InventorySectionPage", "Delete the item")
    EXPORT_TITLE = QT_TRANSLATE_NOOP("InventorySectionPage", "Export the inventory")
    EXPORT_OPTION = QT_TRANSLATE_NOOP("InventorySectionPage", "Only the items the filter shows")
    IMPORT_TITLE = QT_TRANSLATE_NOOP("InventorySectionPage", "Import equipment")
    model: ItemModel

    # --- the list -----------------------------------------------------------------------------

    def make_model(self) -> ItemModel:
        return ItemModel(self.db, self)

    def add_filters(self, row: FlowLayout) -> None:
        self.category = self._combo("categoryFilter", 18)
        self.category.addItem(self.tr("All categories"), None)
        for code in EQUIPMENT_CATEGORIES:
            self.category.addItem(labels.category(code), code)
        self.condition = self._combo("conditionFilter")
        self.condition.addItem(self.tr("Any condition"), None)
        for code in CONDITIONS:
            self.condition.addItem(labels.condition(code), code)
        self.custodian = self._combo("custodianFilter", 16)
        self.written_off = QCheckBox(self.tr("Written-off too"))
        self.written_off.setObjectName("includeWrittenOff")
        self.out_only = QCheckBox(self.tr("Handed out only"))
        self.out_only.setObjectName("checkedOutOnly")
        for combo in (self.category, self.condition, self.custodian):
            combo.currentIndexChanged.connect(self.reload)
            row.addWidget(combo)
        for check in (self.written_off, self.out_only):
            check.toggled.connect(self.reload)
            row.addWidget(check)

    @staticmethod
    def _combo(name: str, chars: int = 0) -> ShrinkingComboBox:
        combo = ShrinkingComboBox()
        combo.setObjectName(name)
        if chars:
            combo.setMinimumContentsLength(chars)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        return combo

    def fill_choices(self) -> None:
        names = custodian_names(self.db)
        fill_combo(self.custodian, self.tr("Any custodian"), [(name, name) for name in names])

    def current_filter(self) -> ItemFilter:
        return ItemFilter(
            search=self.search.text(),
            category=self.category.currentData(),
            condition=self.condition.currentData(),
            custodian_name=self.custodian.currentData(),
            include_written_off=self.written_off.isChecked(),
            checked_out=True if self.out_only.isChecked() else None,
        )

    def column_widths(self) -> dict[int, int]:
        return {
            cols.NUMBER: 10,
            cols.CATEGORY: 16,
            cols.CONDITION: 14,
            cols.LOCATION: 14,
            cols.CUSTODIAN: 18,
            cols.HOLDER: 18,
            cols.PURCHASED: 11,
            cols.COST: 12,
        }

    def make_body(self, table: QTableView) -> QWidget:
        """Put the history of the selected item under the list."""
        self.history = HistoryModel(self)
        self.history_table = list_table("historyTable", self.history)
        history_header = self.history_table.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setStretchLastSection(True)
        self.history_box = QGroupBox(self.tr("History of the selected item"))
        box_layout = QVBoxLayout(self.history_box)
        box_layout.setContentsMargins(8, 4, 8, 8)
        box_layout.addWidget(self.history_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table)
        splitter.addWidget(self.history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 150])
        return splitter

    def add_record_actions(self, bar: QToolBar) -> None:
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

    def add_file_actions(self, bar: QToolBar) -> None:
        self.gap_action = add_action(
            bar,
            self.tr("Recommended kit…"),
            "gapView",
            self.show_gap,
            self.tr("What the press service lacks against the recommended kit"),
        )

    def status_text(self) -> str:
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
        return " · ".join(parts)

    def update_actions(self, item: ItemRow | None) -> None:
        self.condition_action.setEnabled(item is not None)
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

    # --- editing ------------------------------------------------------------------------------

    def _after_change(self, item_id: int | None) -> None:
        self.refresh()
        self.select(item_id)

    def blank_record(self) -> ItemRow:
        return ItemRow(name=Bi(), category=self.model.filter.category or "other")

    def delete_question(self, item: ItemRow) -> str:
        return self.tr(
            "Delete «{name}» ({number}) and its whole history?\n\nIf the item was disposed "
            "of, mark it written off instead: the record then stays for audits."
        ).format(name=item.name.text(first_language()), number=item.inventory_number)

    def delete_record(self, record_id: int) -> None:
        delete_item(self.db, record_id)

    def step_text(self, action: str, row: ItemRow) -> str:
        """Name a change of an item in the undo history: "Hand out “Camera” (IN-7)"."""
        texts = {
            "new": self.tr("Add “{name}” ({number})"),
            "edit": self.tr("Edit “{name}” ({number})"),
            "delete": self.tr("Delete “{name}” ({number})"),
            "out": self.tr("Hand out “{name}” ({number})"),
            "in": self.tr("Take back “{name}” ({number})"),
            "condition": self.tr("Condition of “{name}” ({number})"),
        }
        return texts[action].format(
            name=row.name.text(first_language()), number=row.inventory_number
        )

    def _movement(self, out: bool) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = MovementDialog(self.db, item, out=out, parent=self)
        self._undoable_dialog(dialog, "out" if out else "in", item)

    def _undoable_dialog(self, dialog: QDialog, action: str, item: ItemRow) -> None:
        """Run ``dialog``, which changes ``item`` when accepted, as one step of the undo."""
        before = self.undo.before_edit(item)
        if run_modal(dialog) and getattr(dialog, "done_ok", True):
            self.undo.settle(self.step_text(action, item), before)
            self._after_change(item.id)

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
        self._undoable_dialog(ConditionDialog(self.db, item, self), "condition", item)

    @Slot()
    def show_gap(self) -> None:
        """Show the recommended kit against the equipment."""
        open_gap_view(self.db, self.doc_lang, self.pdf_font, self)

    # --- files --------------------------------------------------------------------------------

    def _chosen(self, only_shown: bool) -> ItemFilter:
        return self.current_filter() if only_shown else ItemFilter(include_written_off=True)

    def write_export(self, path: Path, lang: str, option: bool) -> int:
        return export_inventory(
            self.db, path, lang=lang, flt=self._chosen(option), font_path=self.pdf_font or None
        )

    def export_refs(self, option: bool) -> Iterable[Any]:
        return inventory_refs(self.db, self._chosen(option))

    def read_import(self, path: Path, skip: bool, dry: bool) -> ImportResult[ItemRow]:
        return import_inventory(self.db, path, skip_invalid=skip, dry_run=dry)

    def import_reason(self, reason: str) -> str:
        return reason_text(reason)
