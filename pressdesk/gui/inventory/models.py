"""Table models of the equipment section: the item list, an item's history and the gap view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from pressdesk import clock
from pressdesk.gui import tones
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory import labels
from pressdesk.gui.inventory.common import format_date, format_money
from pressdesk.gui.widgets.record_model import ListTableModel, QueryTableModel, bold_font, greyed
from pressdesk.services.inventory.gap import GapRow
from pressdesk.services.inventory.history import MovementRow
from pressdesk.services.inventory.items import (
    ItemFilter,
    ItemOrder,
    ItemRow,
    count_items,
    list_items,
)
from pressdesk.storage.engine import Database

NUMBER, NAME, CATEGORY, CONDITION, LOCATION, CUSTODIAN, HOLDER, PURCHASED, COST = range(9)
# Columns the service can sort by; the holder column has no order of its own.
ORDERS: dict[int, ItemOrder] = {
    NUMBER: "inventory_number",
    NAME: "name",
    CATEGORY: "category",
    CONDITION: "condition",
    LOCATION: "location",
    CUSTODIAN: "custodian",
    PURCHASED: "purchase_date",
    COST: "cost",
}


class ItemModel(QueryTableModel):
    """Equipment items matching a filter, sorted by the service, read a page at a time."""

    TITLES = (
        QT_TRANSLATE_NOOP("ItemModel", "Inv. No."),
        QT_TRANSLATE_NOOP("ItemModel", "Name"),
        QT_TRANSLATE_NOOP("ItemModel", "Category"),
        QT_TRANSLATE_NOOP("ItemModel", "Condition"),
        QT_TRANSLATE_NOOP("ItemModel", "Location"),
        QT_TRANSLATE_NOOP("ItemModel", "Custodian"),
        QT_TRANSLATE_NOOP("ItemModel", "Handed out to"),
        QT_TRANSLATE_NOOP("ItemModel", "Purchased"),
        QT_TRANSLATE_NOOP("ItemModel", "Cost, som"),
    )
    filter: ItemFilter

    COUNT = count_items
    FETCH = list_items
    ORDERS = ORDERS
    ORDER = "name"

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, ItemFilter(), parent)
        self.today = clock.today()

    def row_data(self, item: ItemRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.condition == "written_off":
                return greyed()
            if column == CONDITION and item.condition == "broken":
                return QBrush(tones.text("bad"))
            if column == CONDITION and item.condition == "needs_repair":
                return QBrush(tones.text("warn"))
            if column == HOLDER and self._overdue(item):
                return QBrush(tones.text("bad"))
        return None

    def _overdue(self, item: ItemRow) -> bool:
        return item.due_on is not None and item.due_on < self.today

    def _text(self, item: ItemRow, column: int) -> str:
        if column == NUMBER:
            return item.inventory_number
        if column == NAME:
            return item.name.text(self.lang)
        if column == CATEGORY:
            return labels.category(item.category)
        if column == CONDITION:
            return labels.condition(item.condition)
        if column == LOCATION:
            return item.location.text(self.lang)
        if column == CUSTODIAN:
            return item.custodian_name
        if column == HOLDER:
            if not item.checked_out:
                return ""
            if item.due_on is None:
                return item.holder_name
            return self.tr("{name} (until {date})").format(
                name=item.holder_name, date=format_date(item.due_on)
            )
        if column == PURCHASED:
            return format_date(item.purchase_date)
        if column == COST:
            return format_money(item.cost)
        return ""

    def _tooltip(self, item: ItemRow, column: int) -> str:
        if column == HOLDER and item.checked_out:
            text = self.tr("Handed out on {date}").format(date=format_date(item.out_since))
            if self._overdue(item):
                text += "\n" + self.tr("Overdue: not returned by the agreed date.")
            return text
        details = [item.name.text(self.lang)]
        if item.model:
            details.append(item.model)
        if item.serial_number:
            details.append(self.tr("Serial number: {number}").format(number=item.serial_number))
        return "\n".join(details)


class HistoryModel(ListTableModel):
    """An item's history, newest first."""

    TITLES = (
        QT_TRANSLATE_NOOP("HistoryModel", "Date"),
        QT_TRANSLATE_NOOP("HistoryModel", "What happened"),
        QT_TRANSLATE_NOOP("HistoryModel", "Person"),
        QT_TRANSLATE_NOOP("HistoryModel", "Note"),
    )

    def set_rows(self, rows: Sequence[MovementRow]) -> None:
        """Show ``rows`` (oldest first, as the service gives them) newest first."""
        super().set_rows(list(reversed(rows)))

    def row_data(self, move: MovementRow, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return format_date(move.happened_on)
        if column == 1:
            text = labels.action(move.action)
            if move.action == "check_out" and move.due_on is not None:
                text += " " + self.tr("(until {date})").format(date=format_date(move.due_on))
            return text
        if column == 2:
            return move.person_name
        return labels.history_note(move.action, move.note)


GAP_CATEGORY, GAP_NEEDED, GAP_USABLE, GAP_FAULTY, GAP_MISSING, GAP_NOTE = range(6)


class GapModel(ListTableModel):
    """The recommended kit against what the service has; rows with something missing stand out."""

    TITLES = (
        QT_TRANSLATE_NOOP("GapModel", "Category"),
        QT_TRANSLATE_NOOP("GapModel", "Needed"),
        QT_TRANSLATE_NOOP("GapModel", "Usable"),
        QT_TRANSLATE_NOOP("GapModel", "Faulty"),
        QT_TRANSLATE_NOOP("GapModel", "Missing"),
        QT_TRANSLATE_NOOP("GapModel", "Note"),
    )
    TIPS: ClassVar[dict[int, str]] = {
        GAP_NEEDED: QT_TRANSLATE_NOOP("GapModel", "How many the recommended kit asks for"),
        GAP_USABLE: QT_TRANSLATE_NOOP("GapModel", "Items in new or good condition"),
        GAP_FAULTY: QT_TRANSLATE_NOOP("GapModel", "Items that need repair or are broken"),
        GAP_MISSING: QT_TRANSLATE_NOOP("GapModel", "How many must be bought: needed minus usable"),
    }
    rows: list[GapRow]

    def row_data(self, gap: GapRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values: tuple[Any, ...] = (
                labels.category(gap.category),
                gap.needed,
                gap.usable,
                gap.faulty,
                gap.missing,
                gap.note,
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and GAP_NEEDED <= column <= GAP_MISSING:
            return int(Qt.AlignmentFlag.AlignCenter)
        if gap.missing > 0:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(tones.background("bad"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(tones.text("bad") if column == GAP_MISSING else tones.plain_text())
            if role == Qt.ItemDataRole.FontRole and column in (GAP_CATEGORY, GAP_MISSING):
                return bold_font()
        return None
