"""A table model over staff rows from the services layer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette

from pressdesk.services.staff import StaffRow

ModelIndex = QModelIndex | QPersistentModelIndex

NAME, POSITION, UNIT, PHONE, EMAIL, SIGNATORY, ACTIVE = range(7)
_CHECK_FIELDS = {SIGNATORY: "is_signatory", ACTIVE: "active"}
ROW_ROLE = Qt.ItemDataRole.UserRole


class StaffModel(QAbstractTableModel):
    """Staff members, one per row; the two yes/no columns are checkboxes.

    Ticking a checkbox changes the row here and emits :attr:`row_edited`; whoever saves it calls
    :meth:`replace_row` with the stored row, or with the old one to undo a refused change.
    """

    row_edited = Signal(object, object)  # (old StaffRow, new StaffRow)

    def __init__(self, lang: str = "ru", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRow] = []
        self._lang = lang

    def set_rows(self, rows: Sequence[StaffRow]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> StaffRow:
        """Return the staff row shown at ``row``."""
        return self._rows[row]

    def row_of(self, staff_id: int | None) -> int:
        """Return the row number of the staff member ``staff_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == staff_id), -1)

    def replace_row(self, staff: StaffRow) -> None:
        """Show the stored version of a row already in the model."""
        row = self.row_of(staff.id)
        if row < 0:
            return
        self._rows[row] = staff
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            NAME: self.tr("Full name"),
            POSITION: self.tr("Position"),
            UNIT: self.tr("Unit"),
            PHONE: self.tr("Phone"),
            EMAIL: self.tr("E-mail"),
            SIGNATORY: self.tr("Signs documents"),
            ACTIVE: self.tr("Active"),
        }
        return titles.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        staff = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return staff
        if column in _CHECK_FIELDS:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = getattr(staff, _CHECK_FIELDS[column])
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(staff, column)
        if role == Qt.ItemDataRole.ForegroundRole and not staff.active:
            return self._inactive_brush()
        return None

    def _text(self, staff: StaffRow, column: int) -> str:
        if column == NAME:
            return staff.full_name
        lang = "ky" if self._lang == "ky" else "ru"
        if column == POSITION:
            # The Kyrgyz UI shows Kyrgyz positions; the Russian and English UIs show Russian ones.
            return staff.position(lang)
        if column == UNIT:
            return staff.unit.text(lang)
        if column == PHONE:
            return staff.phone
        if column == EMAIL:
            return staff.email
        return ""

    @staticmethod
    def _inactive_brush() -> QBrush:
        return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in _CHECK_FIELDS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() not in _CHECK_FIELDS
        ):
            return False
        old = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if index.column() == SIGNATORY:
            new = replace(old, is_signatory=checked)
        else:
            new = replace(old, active=checked)
        if new == old:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.row_edited.emit(old, new)
        return True
