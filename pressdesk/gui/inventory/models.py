"""Table models of the equipment section: the item list, an item's history and the gap view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette

from pressdesk import clock
from pressdesk.gui import tones
from pressdesk.gui.inventory import labels
from pressdesk.gui.inventory.common import format_date, format_money
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.paged import ROW_ROLE, ModelIndex, PagedTableModel
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


def _greyed() -> QBrush:
    return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


class ItemModel(PagedTableModel):
    """Equipment items matching a filter, sorted by the service, read a page at a time."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = ItemFilter()
        self.order: ItemOrder = "name"
        self.descending = False
        self.today = clock.today()
        # Names and places are shown, and sorted, in the interface language where they have it.
        self.lang = first_language()

    def count_rows(self) -> int:
        return count_items(self.db, self.filter)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[ItemRow]:
        return list_items(
            self.db,
            self.filter,
            offset=offset,
            limit=limit,
            order=self.order,
            descending=self.descending,
            lang=self.lang,
        ).rows

    def set_filter(self, flt: ItemFilter) -> None:
        """Show the items ``flt`` selects."""
        self.filter = flt
        self.reload()

    def set_order(self, column: int, descending: bool) -> bool:
        if column not in ORDERS:
            return False
        self.order = ORDERS[column]
        self.descending = descending
        return True

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NUMBER: self.tr("Inv. No."),
            NAME: self.tr("Name"),
            CATEGORY: self.tr("Category"),
            CONDITION: self.tr("Condition"),
            LOCATION: self.tr("Location"),
            CUSTODIAN: self.tr("Custodian"),
            HOLDER: self.tr("Handed out to"),
            PURCHASED: self.tr("Purchased"),
            COST: self.tr("Cost, som"),
        }.get(section)

    def row_data(self, item: ItemRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.condition == "written_off":
                return _greyed()
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


class HistoryModel(QAbstractTableModel):
    """An item's history, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MovementRow] = []

    def set_rows(self, rows: Sequence[MovementRow]) -> None:
        """Show ``rows`` (oldest first, as the service gives them) newest first."""
        self.beginResetModel()
        self.rows = list(reversed(rows))
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Date"), self.tr("What happened"), self.tr("Person"), self.tr("Note"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        move = self.rows[index.row()]
        if role == ROW_ROLE:
            return move
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
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

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


GAP_CATEGORY, GAP_NEEDED, GAP_USABLE, GAP_FAULTY, GAP_MISSING, GAP_NOTE = range(6)


class GapModel(QAbstractTableModel):
    """The recommended kit against what the service has; rows with something missing stand out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GapRow] = []

    def set_rows(self, rows: Sequence[GapRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Category"),
                self.tr("Needed"),
                self.tr("Usable"),
                self.tr("Faulty"),
                self.tr("Missing"),
                self.tr("Note"),
            )
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                GAP_NEEDED: self.tr("How many the recommended kit asks for"),
                GAP_USABLE: self.tr("Items in new or good condition"),
                GAP_FAULTY: self.tr("Items that need repair or are broken"),
                GAP_MISSING: self.tr("How many must be bought: needed minus usable"),
            }.get(section)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        gap = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return gap
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
                font = QFont()
                font.setBold(True)
                return font
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
