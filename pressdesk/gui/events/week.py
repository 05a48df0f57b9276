"""The week's tasks across all events, overdue ones first, with tick boxes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.events import labels
from pressdesk.gui.events.models import ROW_ROLE, TaskModel
from pressdesk.gui.messages import error_text
from pressdesk.gui.pages import arrow_button
from pressdesk.gui.widgets.record_page import list_table
from pressdesk.gui.widgets.record_undo import RecordUndo
from pressdesk.services.events.records import EventError, EventNotFound
from pressdesk.services.events.tasks import WeekTasks, set_done, week_tasks
from pressdesk.storage.engine import Database


class WeekOverview(QWidget):
    """One ISO week of checklist tasks; double-clicking a task asks to open its event."""

    event_requested = Signal(int)
    changed = Signal()

    def __init__(
        self, db: Database, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekOverview")
        self.db = db
        self.today = today
        self.monday = today() - dt.timedelta(days=today().weekday())
        self.week: WeekTasks | None = None
        #: The page's undo of event changes (None: the changes are not recorded).
        self.undo: RecordUndo | None = None

        bar = QHBoxLayout()
        previous = arrow_button(
            Qt.ArrowType.LeftArrow, self.tr("Previous week"), lambda: self.shift(-1)
        )
        following = arrow_button(
            Qt.ArrowType.RightArrow, self.tr("Next week"), lambda: self.shift(1)
        )
        this_week = QToolButton()
        this_week.setText(self.tr("This week"))
        this_week.clicked.connect(self.go_this_week)
        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        self.title.setWordWrap(True)
        self.open_only = QCheckBox(self.tr("Only open tasks"))
        self.open_only.toggled.connect(self.reload)
        for widget in (previous, following, this_week):
            bar.addWidget(widget)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.open_only)

        self.model = TaskModel(grouped=False, parent=self)
        self.model.done_toggled.connect(self.tick)
        self.table = list_table("weekTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 280)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 180)
        self.table.doubleClicked.connect(self._open)
        self.summary = QLabel()
        self.summary.setObjectName("weekSummary")
        self.summary.setProperty("hint", True)
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.reload()

    def shift(self, weeks: int) -> None:
        """Show an earlier or later week."""
        self.monday += dt.timedelta(days=7 * weeks)
        self.reload()

    @Slot()
    def go_this_week(self) -> None:
        """Show the current week."""
        today = self.today()
        self.monday = today - dt.timedelta(days=today.weekday())
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the week's tasks again."""
        self.week = week_tasks(
            self.db, self.monday, today=self.today(), include_done=not self.open_only.isChecked()
        )
        self.model.set_tasks(self.week.tasks, labels.text_language())
        self.title.setText(
            self.tr("Week {number}: {first} – {last}").format(
                number=self.week.week,
                first=labels.date_text(self.week.monday),
                last=labels.date_text(self.week.sunday),
            )
        )
        done = sum(task.done for task in self.week.tasks)
        self.summary.setText(
            self.tr("Tasks: {total}, done: {done}, overdue: {overdue}").format(
                total=len(self.week.tasks), done=done, overdue=self.week.overdue_count
            )
        )

    @Slot(int, bool)
    def tick(self, task_id: int, done: bool) -> None:
        """Tick a task off or open it again, then show what was stored."""
        tasks = self.week.tasks if self.week is not None else ()
        task = next((t for t in tasks if t.id == task_id), None)
        try:
            if self.undo is not None and task is not None:
                name = task.text(labels.text_language())
                step = self.tr("Tick off “{task}”") if done else self.tr("Open “{task}” again")
                self.undo.track(
                    step.format(task=name),
                    [task.event_id],
                    lambda: set_done(self.db, task_id, done),
                )
            else:
                set_done(self.db, task_id, done)
        except (EventError, EventNotFound) as exc:
            dialogs.warning(self, self.tr("Task not changed"), error_text(exc))
        self.reload()
        self.changed.emit()

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        task = index.data(ROW_ROLE)
        if task is not None:
            self.event_requested.emit(task.event_id)
