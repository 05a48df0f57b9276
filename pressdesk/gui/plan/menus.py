"""The plan page's context menus: of an item, of several selected items, of an empty day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Slot
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from pressdesk.gui.plan import labels
from pressdesk.gui.plan.agenda_model import ROW_ROLE
from pressdesk.services.plan.rows import PlanItemRow
from pressdesk.services.plan.workflow import allowed_transitions


class PlanMenus:
    """What right-clicking an item, a selection or a day offers.

    Mixed into :class:`~pressdesk.gui.plan.page.PlanSectionPage`; its texts are that page's.
    """

    if TYPE_CHECKING:
        table: QTableView

        def selected_rows(self) -> list[PlanItemRow]: ...
        def _fill_selection_menu(self, menu: QMenu, *, with_status: bool = True) -> None: ...
        def new_item(self, day: dt.date | None = None) -> None: ...
        def open_quick_add(self, day: dt.date, text: str = "") -> None: ...
        def open_item(self, row: PlanItemRow) -> None: ...
        def set_status(self, row: PlanItemRow, target: str) -> None: ...
        def copy_row(self, row: PlanItemRow, days: int) -> None: ...
        def delete_row(self, row: PlanItemRow) -> None: ...

    def context_menu(self, row: PlanItemRow | None, day: dt.date) -> QMenu:
        """Return the menu of an item, of several selected items, or of an empty day."""
        menu = QMenu(cast(QWidget, self))
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "New item on this day…"),
            lambda: self.new_item(day),
        )
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Quick add on this day") + "\tIns",
            lambda: self.open_quick_add(day),
        )
        selected = self.selected_rows()
        if row is not None and len(selected) > 1 and row.key in {r.key for r in selected}:
            menu.addSeparator()
            section = menu.addSection(
                QCoreApplication.translate("PlanSectionPage", "Selected: {count}").format(
                    count=len(selected)
                )
            )
            section.setObjectName("selectionSection")
            self._fill_selection_menu(menu)
            return menu
        if row is None:
            return menu
        menu.addSeparator()
        opened = menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Open…"), lambda: self.open_item(row)
        )
        menu.setDefaultAction(opened)
        targets = allowed_transitions(row.status)
        if targets:
            status_menu = menu.addMenu(QCoreApplication.translate("PlanSectionPage", "Status"))
            for target in targets:
                status_menu.addAction(
                    labels.action_name(target, row.status), self._status_slot(row, target)
                )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Copy to the next day"),
            lambda: self.copy_row(row, 1),
        )
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Copy to the next week"),
            lambda: self.copy_row(row, 7),
        )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Delete…"), lambda: self.delete_row(row)
        )
        return menu

    def _status_slot(self, row: PlanItemRow, target: str) -> Callable[[], None]:
        return lambda: self.set_status(row, target)

    @Slot(object, object, QPoint)
    def _show_context_menu(self, row: PlanItemRow | None, day: dt.date, pos: QPoint) -> None:
        menu = self.context_menu(row, day)
        menu.exec(pos)
        menu.deleteLater()

    @Slot(QPoint)
    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        row: PlanItemRow = index.data(ROW_ROLE)
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        self._show_context_menu(row, row.date, self.table.viewport().mapToGlobal(pos))

    @Slot(QModelIndex)
    def _table_open(self, index: QModelIndex) -> None:
        self.open_item(index.data(ROW_ROLE))

    def _open_current(self) -> None:
        """Open the item of the agenda's current row (Enter)."""
        index = self.table.currentIndex()
        if index.isValid():
            self._table_open(index)
