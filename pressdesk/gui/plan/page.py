"""The Content plan section: week, ten-day, month and agenda views of the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.plan import agenda_model as agenda
from pressdesk.gui.plan import labels
from pressdesk.gui.plan.actions import PlanActions
from pressdesk.gui.plan.agenda_model import PlanAgendaModel
from pressdesk.gui.plan.bulk import PlanBulkActions
from pressdesk.gui.plan.calendar_layout import GridShape, decade_shape, month_shape, week_shape
from pressdesk.gui.plan.calendar_view import PlanCalendar
from pressdesk.gui.plan.filters import PlanFilterBar
from pressdesk.gui.plan.list_columns import ChannelsDelegate, PlanListTable, fit_columns
from pressdesk.gui.plan.list_quick_add import ListQuickAdd
from pressdesk.gui.plan.menus import PlanMenus
from pressdesk.gui.plan.quick_add import QuickAddField
from pressdesk.gui.plan.release_notes import release_notes
from pressdesk.gui.plan.selection import PlanSelection
from pressdesk.gui.plan.undo import PlanUndo
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.empty_state import EmptyState, EmptySwitch, focus_field
from pressdesk.gui.widgets.keys import list_keys
from pressdesk.services.coverage.feedback import coverage_of_plan_items
from pressdesk.services.overview import is_section_empty
from pressdesk.services.plan.bulk import Reversal
from pressdesk.services.plan.holidays import holidays_between, list_channels
from pressdesk.services.plan.items import get_item, list_items, quick_input
from pressdesk.services.plan.periods import Period, PeriodKind, period_containing
from pressdesk.services.plan.rows import PlanError, PlanItemRow, PlanNotFound
from pressdesk.services.plan.series import copy_range
from pressdesk.settings import APPROVAL_WAIT_DAYS

if TYPE_CHECKING:
    # The calendar reader is loaded when a file is first imported, not at the start.
    from pressdesk.gui.plan.ical_import import CalendarImport

VIEWS: tuple[str, ...] = ("week", "decade", "month", "agenda")
_SHAPES: dict[str, Callable[[list[dt.date]], GridShape]] = {
    "week": week_shape,
    "decade": decade_shape,
    "month": month_shape,
}


class PlanSectionPage(PlanMenus, PlanSelection, QWidget):
    """The plan of one period as a calendar or a list, with filters and the plan's actions."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.setObjectName("page_plan")
        self.today: Callable[[], dt.date] = clock.today
        self.view = "week"
        self.kind: PeriodKind = "week"
        self.period = period_containing("week", self.today())
        self.rows: list[PlanItemRow] = []
        self.channel_names: dict[str, str] = {}
        self.plan_actions = PlanActions(self.db, self)
        self.bulk_actions = PlanBulkActions(self.plan_actions, self)
        self.plan_undo = PlanUndo(self.db, context.undo, self.plan_actions.by_name, self)
        self.plan_actions.undoable = self.plan_undo.enabled
        # What the last change on several items needs to be undone.
        self.last_reversal: Reversal | None = None
        self.calendar_import: CalendarImport | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(self._build_toolbar())
        self.filters = PlanFilterBar()
        self.filters.changed.connect(self.reload)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(6)
        filter_row.addWidget(self.filters, 1)
        # Bringing data in sits by the campaigns, away from the period's own actions, so the
        # toolbar fits a 1366-pixel screen in Kyrgyz and Russian.
        filter_row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        filter_row.addWidget(self.campaigns_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(filter_row)
        layout.addLayout(self._build_selection_bar())

        self.calendar = PlanCalendar()
        self.calendar.open_requested.connect(self.open_item)
        self.calendar.new_requested.connect(self.new_item)
        self.calendar.day_requested.connect(self.show_day)
        self.calendar.context_requested.connect(self._show_context_menu)
        self.calendar.item_dropped.connect(self.drop_item)
        self.calendar.selection_changed.connect(self._selection_changed)
        self.calendar.quick_add_requested.connect(self.open_quick_add)
        self.calendar.delete_requested.connect(self.delete_selected)
        self.quick_add = QuickAddField(self.calendar)
        self.quick_add.submitted.connect(self.quick_create)
        self.quick_add.editor_requested.connect(self.new_item_titled)
        self.quick_add.closed.connect(self._quick_add_closed)
        self.calendar_scroll = QScrollArea()
        self.calendar_scroll.setObjectName("calendarScroll")
        self.calendar_scroll.setWidgetResizable(True)
        self.calendar_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.calendar_scroll.setWidget(self.calendar)

        self.model = PlanAgendaModel(self)
        self.table = PlanListTable()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(agenda.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(agenda.CHANNELS, ChannelsDelegate(self.table))
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(self._table_open)
        list_keys(self.table, self._open_current, self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Quick add in the list: Insert or N opens a title line under it for the current row's day.
        self.list_quick_add = ListQuickAdd(self.table)
        self.list_quick_add.field.submitted.connect(self.quick_create)
        self.list_quick_add.field.editor_requested.connect(self.new_item_titled)
        self.table.selectionModel().currentRowChanged.connect(self._list_day_changed)
        quick = QAction(self.table)
        quick.setShortcuts([QKeySequence(Qt.Key.Key_Insert), QKeySequence(Qt.Key.Key_N)])
        quick.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        quick.triggered.connect(self.quick_add_in_list)
        self.table.addAction(quick)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.calendar_scroll)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.list_quick_add)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setProperty("hint", True)
        layout.addWidget(self.summary)
        self.empty = EmptySwitch(
            layout,
            EmptyState(
                "plan",
                self.tr("The content plan is empty"),
                self.tr(
                    "Plan the publications by week, ten days or month: topic, news hook, "
                    "format, channel and the person responsible. The week's plan is then "
                    "printed for the head's approval in Kyrgyz or Russian."
                ),
                [(self.tr("&Add an item…"), self.new_item)],
            ),
        )
        self._add_shortcuts()
        self.refresh()

    # --- building -----------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        names = {
            "week": self.tr("Week"),
            "decade": self.tr("Ten days"),
            "month": self.tr("Month"),
            "agenda": self.tr("List"),
        }
        tips = {
            "week": self.tr("The week, Monday to Sunday"),
            "decade": self.tr("The ten-day period: days 1–10, 11–20 or 21 to the month's end"),
            "month": self.tr("The whole month"),
            "agenda": self.tr("The items of the period as a sortable list"),
        }
        self.view_buttons: dict[str, QToolButton] = {}
        for index, view in enumerate(VIEWS):
            button = QToolButton()
            button.setObjectName(f"view_{view}")
            button.setText(names[view])
            button.setToolTip(tips[view])
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.view_group.addButton(button, index)
            self.view_buttons[view] = button
            bar.addWidget(button)
        self.view_buttons["week"].setChecked(True)
        self.view_group.idClicked.connect(lambda index: self.set_view(VIEWS[index]))
        bar.addSpacing(12)
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousPeriod")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous period"))
        self.previous_button.clicked.connect(self.go_previous)
        self.today_button = QToolButton()
        self.today_button.setObjectName("todayButton")
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to the period holding today"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextPeriod")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next period"))
        self.next_button.clicked.connect(self.go_next)
        for button in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(button)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        font = QFont(self.period_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.period_label.setFont(font)
        self.period_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Long Kyrgyz and Russian period names wrap instead of widening the window.
        self.period_label.setWordWrap(True)
        self.period_label.setMinimumWidth(140)
        bar.addSpacing(8)
        bar.addWidget(self.period_label, 1)
        self.new_button = QPushButton(self.tr("New item…"))
        self.new_button.setObjectName("newItem")
        self.new_button.setToolTip(self.tr("Add an item to the plan") + "  (Ctrl+N)")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(lambda: self.new_item(None))
        self.copy_button = QPushButton(self.tr("Copy week forward"))
        self.copy_button.setObjectName("copyWeek")
        self.copy_button.setToolTip(
            self.tr("Copy this week's single items to the next week as drafts")
        )
        self.copy_button.clicked.connect(self.copy_week_forward)
        self.campaigns_button = QPushButton(self.tr("Campaigns…"))
        self.campaigns_button.setObjectName("campaigns")
        self.campaigns_button.clicked.connect(self.open_campaigns)
        self.export_button = QPushButton(self.tr("Print / export…"))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(
            self.tr("Preview the plan and save it as a document or a calendar file") + "  (Ctrl+P)"
        )
        self.export_button.clicked.connect(self.open_export)
        self.import_button = QPushButton(self.tr("Import calendar…"))
        self.import_button.setObjectName("importCalendar")
        self.import_button.setToolTip(
            self.tr("Add or update items from a calendar file (.ics) of Outlook or Google")
        )
        self.import_button.clicked.connect(self.import_calendar)
        buttons: tuple[QPushButton, ...] = (
            self.new_button,
            self.copy_button,
            self.export_button,
        )
        for push in buttons:
            bar.addWidget(push)
        return bar

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            ("Alt+Left", self.go_previous),
            ("Alt+Right", self.go_next),
            ("Ctrl+P", self.open_export),
            ("Ctrl+A", self.select_all),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def focus_search(self) -> bool:
        """Put the keyboard focus in the search field (Ctrl+F); False if none is shown."""
        return focus_field(self.filters.text)

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""
        self.new_item(None)

    # --- data ---------------------------------------------------------------------------------

    @property
    def wait_days(self) -> int:
        """Return after how many days a pending approval is flagged."""
        return self.context.runtime.settings.get(APPROVAL_WAIT_DAYS)

    def refresh(self) -> None:
        """Read the choice lists (channels, staff, campaigns) and the plan again."""
        lang = labels.doc_language()
        self.channel_names = {c.code: c.name(lang) for c in list_channels(self.db)}  # type: ignore[arg-type]
        self.filters.reload(self.db)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Show the items of the current period with the current filters."""
        period, today = self.period, self.today()
        self.period_label.setText(labels.period_title(period))
        self.copy_button.setEnabled(self.kind == "week")
        try:
            self.rows = list_items(
                self.db,
                period.start,
                period.end,
                filters=self.filters.value(),
                today=today,
                wait_days=self.wait_days,
            )
        except PlanError as exc:
            self.rows = []
            self.plan_actions.refused(exc)
        covered = coverage_of_plan_items(self.db, {r.id for r in self.rows if not r.virtual})
        if self.view == "agenda":
            self.model.set_covered(covered)
            self.model.set_releases(release_notes(self.db, {r.id for r in self.rows}))
            self.model.set_rows(self.rows, self.channel_names, self.wait_days)
            fit_columns(self.table)
            self.stack.setCurrentWidget(self.table)
        else:
            lang = labels.doc_language()
            holidays = {
                h.date: h.name(lang)  # type: ignore[arg-type]
                for h in holidays_between(self.db, period.start, period.end)
            }
            self.calendar.set_covered(covered, self.model.covered_note)
            self.calendar.set_content(
                _SHAPES[self.view](period.dates()),
                self.rows,
                holidays,
                today=today,
                wait_days=self.wait_days,
            )
            self.stack.setCurrentWidget(self.calendar_scroll)
        self._show_summary()
        self.empty.set_empty(not self.rows and is_section_empty(self.db, "plan"))

    def _show_summary(self) -> None:
        overdue = sum("overdue" in r.flags for r in self.rows)
        waiting = sum("waiting" in r.flags for r in self.rows)
        published = sum(r.status == "published" for r in self.rows)
        parts = [
            self.tr("Items: {count}").format(count=len(self.rows)),
            self.tr("published: {count}").format(count=published),
        ]
        if overdue:
            parts.append(self.tr("past their day unpublished: {count}").format(count=overdue))
        if waiting:
            parts.append(
                self.tr("waiting for approval over {days} days: {count}").format(
                    days=self.wait_days, count=waiting
                )
            )
        if self.filters.active():
            parts.append(self.tr("filters are on"))
        self.summary.setText("  ·  ".join(parts))

    # --- navigation ---------------------------------------------------------------------------

    @Slot(str)
    def set_view(self, view: str) -> None:
        """Show the week, ten-day, month or list view; the list keeps the period shown."""
        if view not in VIEWS:
            raise ValueError(view)
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.quick_add.close_field()
        self.list_quick_add.close_line()
        if view != "agenda":
            anchor = self.today() if self.period.contains(self.today()) else self.period.start
            self.kind = view  # type: ignore[assignment]
            self.period = period_containing(self.kind, anchor)
        self.reload()

    @Slot()
    def go_previous(self) -> None:
        """Show the period before."""
        self.period = self.period.previous()
        self.reload()

    @Slot()
    def go_next(self) -> None:
        """Show the period after."""
        self.period = self.period.next()
        self.reload()

    @Slot()
    def go_today(self) -> None:
        """Show the period holding today."""
        self.period = period_containing(self.kind, self.today())
        self.reload()

    def show_period(self, period: Period) -> None:
        """Show ``period`` (of the current kind)."""
        self.period = period
        self.reload()

    @Slot(object)
    def show_day(self, day: dt.date) -> None:
        """Show the week holding ``day``."""
        self.view, self.kind = "week", "week"
        self.view_buttons["week"].setChecked(True)
        self.period = period_containing("week", day)
        self.reload()

    # --- items --------------------------------------------------------------------------------

    def default_day(self) -> dt.date:
        """Return the day a new item goes to when none is chosen: today, if shown, or the
        period's first day."""
        return self.today() if self.period.contains(self.today()) else self.period.start

    def _row(self, key: str) -> PlanItemRow | None:
        return next((row for row in self.rows if row.key == key), None)

    @Slot(object)
    def new_item(self, day: dt.date | None = None) -> None:
        """Open the editor on a new item for ``day`` (today, or the period's first day)."""
        self._run_editor(None, day or self.default_day())

    @Slot(object)
    def open_item(self, row: PlanItemRow) -> None:
        """Open the editor on ``row``; for a series occurrence ask which one is meant."""
        if row.virtual:
            answer = dialogs.choice(
                self,
                self.tr("Repeating item"),
                self.tr(
                    "“{title}” repeats. Open only the occurrence of {date}, or the series?"
                ).format(title=labels.shown(row.title), date=labels.date_text(row.date)),
                [
                    ("one", self.tr("This occurrence only")),
                    ("series", self.tr("The whole series")),
                    ("cancel", self.tr("Cancel")),
                ],
                escape="cancel",
            )
            if answer == "cancel":
                return
            if answer == "series":
                try:
                    row = get_item(self.db, row.id)
                except PlanNotFound as exc:
                    self.plan_actions.refused(exc)
                    self.reload()
                    return
        self._run_editor(row, row.date)

    def _run_editor(self, row: PlanItemRow | None, day: dt.date, title: str = "") -> None:
        from pressdesk.gui.plan.editor import PlanItemEditor

        before = self.plan_undo.capture([row.id] if row is not None else [])
        editor = PlanItemEditor(self.db, row, day=day, wait_days=self.wait_days, parent=self)
        if title:
            editor.title.setValue(quick_input(self.db, day, title).title)
        dialogs.run_dialog(editor)
        if editor.changed:
            if editor.saved is not None:
                self.calendar.selected_key = editor.saved.key
            now = editor.row if editor.row is not None else row
            if now is not None:
                text = self.plan_undo.item_text("new" if row is None else "edit", now)
                self.plan_undo.settle(text, before, [now.id])
            self.reload()
        editor.deleteLater()

    @Slot(str, object)
    def drop_item(self, key: str, day: dt.date) -> None:
        """Move the item dropped on ``day``; a dragged selection moves together."""
        row = self._row(key)
        if row is None:
            return
        dragged = self.calendar.dragged_rows(row)
        if len(dragged) > 1:
            days = (day - row.date).days
            self._done(self.bulk_actions.move_to(dragged, row, day), "move", days=days)
            return
        self.move_row(row, day)

    def move_row(self, row: PlanItemRow, day: dt.date) -> None:
        """Move ``row`` to ``day`` (asking about a series) and show the plan again."""
        before = self.plan_undo.capture([row.id])
        moved = self.plan_actions.move(row, day)
        if moved is not None:
            self.calendar.selected_key = moved.key
            self.plan_undo.settle(self.plan_undo.item_text("move", row), before, [moved.id])
        self.reload()

    def set_status(self, row: PlanItemRow, target: str) -> None:
        """Move ``row`` to status ``target``."""
        before = self.plan_undo.capture([row.id])
        changed = self.plan_actions.set_status(row, target)
        if changed is not None:
            text = self.plan_undo.item_text("status", row, target=target)
            self.plan_undo.settle(text, before, [changed.id])
            self.reload()

    def copy_row(self, row: PlanItemRow, days: int) -> None:
        """Copy ``row`` ``days`` later as a draft."""
        copy = self.plan_actions.copy(row, days)
        if copy is not None:
            self.plan_undo.settle(self.plan_undo.item_text("copy", row), (), [copy.id])
            self.reload()

    def delete_row(self, row: PlanItemRow) -> None:
        """Delete ``row`` after asking."""
        before = self.plan_undo.capture([row.id])
        if self.plan_actions.delete(row):
            self.plan_undo.settle(self.plan_undo.item_text("delete", row), before)
            self.reload()

    @Slot()
    def copy_week_forward(self) -> None:
        """Copy the single items of the week shown to the next week, as drafts."""
        if self.kind != "week":
            return
        week = self.period
        if not dialogs.question(
            self,
            self.tr("Copy week forward"),
            self.tr(
                "Copy the single items of {week} to the next week as drafts? Repeating items "
                "and cancelled ones are not copied."
            ).format(week=labels.period_title(week)),
            self.tr("Copy"),
            self.tr("Cancel"),
            default_yes=True,
        ):
            return
        try:
            copies = copy_range(
                self.db, week.start, week.end, days=7, by_name=self.plan_actions.by_name()
            )
        except (PlanError, PlanNotFound) as exc:
            self.plan_actions.refused(exc)
            return
        if copies:
            text = self.plan_undo.copy_week_text(len(copies))
            self.plan_undo.settle(text, (), [copy.id for copy in copies])
        self.period = week.next()
        self.reload()
        dialogs.info(
            self,
            self.tr("Copy week forward"),
            self.tr("Items copied: {count}. They are drafts in the week shown now.").format(
                count=len(copies)
            ),
        )

    # --- dialogs ------------------------------------------------------------------------------

    @Slot()
    def open_campaigns(self) -> None:
        """Show the campaigns with their progress."""
        from pressdesk.gui.plan.campaigns import CampaignsDialog

        dialog = CampaignsDialog(self.db, parent=self)
        dialogs.run_dialog(dialog)
        if dialog.changed:
            self.refresh()
        dialog.deleteLater()

    @Slot()
    def import_calendar(self) -> None:
        """Choose a calendar file (.ics) and bring its events into the plan."""
        from pressdesk.gui.plan.ical_import import CalendarImport

        if self.calendar_import is None:
            self.calendar_import = CalendarImport(self, self.db, self.refresh)
        self.calendar_import.start()

    @Slot()
    def open_export(self) -> None:
        """Preview the plan of the period shown and save it as a document or calendar."""
        from pressdesk.gui.plan.export import PlanExportDialog

        dialog = PlanExportDialog(self.context.runtime, self.db, self.period, parent=self)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()
