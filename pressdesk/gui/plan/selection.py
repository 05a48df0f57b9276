"""The plan page's selection: the bar and menu acting on several items, and quick add."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QTableView

from pressdesk.gui.plan import labels
from pressdesk.gui.plan.agenda_model import ROW_ROLE
from pressdesk.services.plan.bulk import BulkResult, Reversal
from pressdesk.services.plan.items import create_item, quick_input
from pressdesk.services.plan.rows import PlanError, PlanItemRow, PlanNotFound
from pressdesk.services.plan.workflow import allowed_transitions

if TYPE_CHECKING:
    from pressdesk.gui.plan.actions import PlanActions
    from pressdesk.gui.plan.agenda_model import PlanAgendaModel
    from pressdesk.gui.plan.bulk import PlanBulkActions
    from pressdesk.gui.plan.calendar_view import PlanCalendar
    from pressdesk.gui.plan.list_quick_add import ListQuickAdd
    from pressdesk.gui.plan.quick_add import QuickAddField
    from pressdesk.gui.plan.undo import PlanUndo
    from pressdesk.services.plan.periods import Period
    from pressdesk.storage.engine import Database


class PlanSelection:
    """What the plan page does with several selected items and with quick add.

    Mixed into :class:`~pressdesk.gui.plan.page.PlanSectionPage`; its texts are that page's.
    """

    if TYPE_CHECKING:
        db: Database
        view: str
        period: Period
        rows: list[PlanItemRow]
        calendar: PlanCalendar
        table: QTableView
        model: PlanAgendaModel
        plan_actions: PlanActions
        bulk_actions: PlanBulkActions
        plan_undo: PlanUndo
        last_reversal: Reversal | None
        quick_add: QuickAddField
        list_quick_add: ListQuickAdd

        def reload(self) -> None: ...
        def default_day(self) -> dt.date: ...
        def delete_row(self, row: PlanItemRow) -> None: ...
        def _run_editor(self, row: PlanItemRow | None, day: dt.date, title: str = "") -> None: ...

    def _build_selection_bar(self) -> QHBoxLayout:
        """The actions on the selected items, and sending the week for approval."""
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setProperty("hint", True)
        # The hint wraps rather than widen the page beyond a 1366-pixel screen.
        self.selection_label.setWordWrap(True)
        self.selection_label.setMinimumWidth(120)
        bar.addWidget(self.selection_label)
        self.bulk_buttons: dict[str, QPushButton] = {}
        for target, name in (
            ("sent", "bulkSend"),
            ("approved", "bulkApprove"),
            ("returned", "bulkReturn"),
        ):
            button = QPushButton(labels.action_name(target))
            button.setObjectName(name)
            button.clicked.connect(self._status_selected_slot(target))
            self.bulk_buttons[target] = button
            bar.addWidget(button)
        # A push button with a menu, like its neighbours: its arrow keeps clear of the text.
        self.more_button = QPushButton(QCoreApplication.translate("PlanSectionPage", "More"))
        self.more_button.setObjectName("bulkMore")
        more = QMenu(self.more_button)
        self._fill_selection_menu(more, with_status=False)
        self.more_button.setMenu(more)
        bar.addWidget(self.more_button)
        bar.addStretch(1)
        self.send_week_button = QPushButton(
            QCoreApplication.translate("PlanSectionPage", "Send the week for approval")
        )
        self.send_week_button.setObjectName("sendWeek")
        self.send_week_button.setToolTip(
            QCoreApplication.translate(
                "PlanSectionPage",
                "Send every draft of the period shown for approval, after one confirmation",
            )
        )
        self.send_week_button.clicked.connect(self.send_period)
        bar.addWidget(self.send_week_button)
        self._selection_changed()
        return bar

    def _fill_selection_menu(self, menu: QMenu, *, with_status: bool = True) -> None:
        """Put the actions on the selected items into ``menu``."""
        if with_status:
            for target in ("sent", "approved", "returned", "draft", "published", "cancelled"):
                menu.addAction(labels.action_name(target), self._status_selected_slot(target))
            menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Move by days…"),
            lambda: self.shift_selected(copy=False),
        )
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Copy by days…"),
            lambda: self.shift_selected(copy=True),
        )
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Set the responsible person…"),
            self.assign_selected,
        )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Select all") + "\tCtrl+A",
            self.select_all,
        )
        menu.addAction(
            QCoreApplication.translate("PlanSectionPage", "Delete…"), self.delete_selected
        )

    def _status_selected_slot(self, target: str) -> Callable[[], None]:
        return lambda: self.status_selected(target)

    # --- selection ----------------------------------------------------------------------------

    def selected_rows(self) -> list[PlanItemRow]:
        """Return the items selected in the view shown, in plan order."""
        if self.view == "agenda":
            rows = [self.model.index(i.row(), 0).data(ROW_ROLE) for i in self._table_rows()]
            return [r for r in self.rows if r.key in {row.key for row in rows}]
        return self.calendar.selected_rows()

    def _table_rows(self) -> list[QModelIndex]:
        return self.table.selectionModel().selectedRows()

    def select_keys(self, keys: set[str]) -> None:
        """Select the items ``keys`` in the view shown."""
        if self.view != "agenda":
            self.calendar.select(keys)
            return
        selection = self.table.selectionModel()
        selection.clear()
        first: QModelIndex | None = None
        for number in range(self.model.rowCount()):
            index = self.model.index(number, 0)
            if index.data(ROW_ROLE).key in keys:
                first = index if first is None else first
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if first is not None:
            # The first of them becomes the current row, scrolled into view.
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    @Slot()
    def select_all(self) -> None:
        """Select every item shown (Ctrl+A)."""
        if self.view == "agenda":
            self.table.selectAll()
        else:
            self.calendar.select_all()

    @Slot()
    def _selection_changed(self) -> None:
        rows = self.selected_rows() if hasattr(self, "model") else []
        count = len(rows)
        self.selection_label.setText(
            QCoreApplication.translate("PlanSectionPage", "Selected: {count}").format(count=count)
            if count
            else QCoreApplication.translate(
                "PlanSectionPage", "Click, Ctrl+click or Ctrl+A to select items"
            )
        )
        for target, button in self.bulk_buttons.items():
            button.setEnabled(any(target in allowed_transitions(r.status) for r in rows))
        self.more_button.setEnabled(count > 0)

    def _done(
        self,
        result: BulkResult | None,
        action: str,
        *,
        target: str = "",
        days: int = 0,
        count: int | None = None,
    ) -> None:
        """Show the outcome of an action on several items and make it a step to undo."""
        if result is None:
            return
        self.last_reversal = result.reversal
        number = len(result.rows) if count is None else count
        text = self.plan_undo.bulk_text(action, number, target=target, days=days)
        self.plan_undo.push(text, result.reversal)
        self.reload()
        self.select_keys({row.key for row in result.rows})

    def status_selected(self, target: str) -> None:
        """Move the selected items to ``target`` after one confirmation."""
        rows = self.selected_rows()
        if rows:
            self._done(self.bulk_actions.set_status(rows, target), "status", target=target)

    def shift_selected(self, *, copy: bool) -> None:
        """Move or copy the selected items by a number of days."""
        rows = self.selected_rows()
        if rows:
            result = self.bulk_actions.shift(rows, copy=copy)
            days = self.bulk_actions.last_days
            self._done(result, "copy" if copy else "move", days=days)

    def assign_selected(self) -> None:
        """Set the responsible person of the selected items."""
        rows = self.selected_rows()
        if rows:
            self._done(self.bulk_actions.set_responsible(rows), "responsible")

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected items (one asks as before; several are listed once)."""
        rows = self.selected_rows()
        if len(rows) == 1:
            self.delete_row(rows[0])
        elif rows:
            self._done(self.bulk_actions.delete(rows), "delete", count=len(rows))

    @Slot()
    def send_period(self) -> None:
        """Send the drafts of the period shown for approval."""
        self._done(self.bulk_actions.send_period(self.period, self.rows), "send_week")

    # --- quick add ----------------------------------------------------------------------------

    @Slot(object, str)
    def open_quick_add(self, day: dt.date, text: str = "") -> None:
        """Show the title field on ``day`` (Insert, N or typing on a day); in the list, the
        title line under it."""
        if self.view == "agenda":
            self.list_quick_add.open_on(day, text)
            return
        area = self.calendar.free_area(day)
        if area is None:
            return
        self.quick_add.open_on(day, area, text)

    @Slot()
    def _quick_add_closed(self) -> None:
        """Give the keyboard back to the calendar, on the field's day, when Escape closed it."""
        if not self.quick_add.closed_with_focus:
            return
        if self.quick_add.day is not None:
            self.calendar.current_day = self.quick_add.day
            self.calendar.update()
        self.calendar.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object, str)
    def quick_create(self, day: dt.date, title: str) -> None:
        """Add a draft titled ``title`` on ``day`` like the last item added; keep the field
        open on that day for the next title."""
        try:
            row = create_item(
                self.db,
                quick_input(self.db, day, title),
                status="draft",
                by_name=self.plan_actions.by_name(),
            )
        except (PlanError, PlanNotFound) as exc:
            self.plan_actions.refused(exc)
            return
        self.plan_undo.settle(self.plan_undo.item_text("new", row), (), [row.id])
        if self.view != "agenda":
            self.calendar.selected_key = row.key
        self.reload()
        self.select_keys({row.key})
        self.open_quick_add(day)

    @Slot()
    def quick_add_in_list(self) -> None:
        """Open the list's title line on the current row's day, or on the default day."""
        index = self.table.currentIndex()
        day = index.data(ROW_ROLE).date if index.isValid() else self.default_day()
        self.open_quick_add(day)

    @Slot(QModelIndex, QModelIndex)
    def _list_day_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Let an open title line follow the row the person picks."""
        if current.isValid():
            self.list_quick_add.follow(current.data(ROW_ROLE).date)

    @Slot(object, str)
    def new_item_titled(self, day: dt.date, title: str) -> None:
        """Open the full editor for a new item on ``day`` with ``title`` typed in."""
        self._run_editor(None, day, title)
