"""A table model over staff rows from the services layer."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.widgets.record_model import ROW_ROLE, ListTableModel, ModelIndex, greyed
from pressdesk.services.staff import StaffRow

__all__ = ["ROW_ROLE", "StaffModel"]

NAME, POSITION, UNIT, PHONE, EMAIL, SIGNATORY, ACTIVE = range(7)
_CHECK_FIELDS = {SIGNATORY: "is_signatory", ACTIVE: "active"}


class StaffModel(ListTableModel):
    """Staff members, one per row; the two yes/no columns are checkboxes.

    Ticking a checkbox changes the row here and emits :attr:`row_edited`; whoever saves it calls
    :meth:`replace_row` with the stored row, or with the old one to undo a refused change.
    """

    row_edited = Signal(object, object)  # (old StaffRow, new StaffRow)

    TITLES = (
        QT_TRANSLATE_NOOP("StaffModel", "Full name"),
        QT_TRANSLATE_NOOP("StaffModel", "Position"),
        QT_TRANSLATE_NOOP("StaffModel", "Unit"),
        QT_TRANSLATE_NOOP("StaffModel", "Phone"),
        QT_TRANSLATE_NOOP("StaffModel", "E-mail"),
        QT_TRANSLATE_NOOP("StaffModel", "Signs documents"),
        QT_TRANSLATE_NOOP("StaffModel", "Active"),
    )
    rows: list[StaffRow]

    def __init__(self, lang: str = "ru", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def row_data(self, staff: StaffRow, column: int, role: int) -> Any:
        if column in _CHECK_FIELDS:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = getattr(staff, _CHECK_FIELDS[column])
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(staff, column)
        if role == Qt.ItemDataRole.ForegroundRole and not staff.active:
            return greyed()
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

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
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
        old = self.rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if index.column() == SIGNATORY:
            new = replace(old, is_signatory=checked)
        else:
            new = replace(old, active=checked)
        if new == old:
            return False
        self.set_row(index.row(), new)
        self.row_edited.emit(old, new)
        return True
