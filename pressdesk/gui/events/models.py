"""Table models of the Events section: events, checklist tasks and accreditation lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, Signal

from pressdesk.gui.events import labels
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.record_model import ROW_ROLE, ListTableModel, ModelIndex, bold_font
from pressdesk.services.events.accreditation import AccreditationRow
from pressdesk.services.events.records import EventRow
from pressdesk.services.events.tasks import TaskRow

__all__ = ["ROW_ROLE", "AccreditationModel", "EventListModel", "TaskModel", "days_between"]


class EventListModel(ListTableModel):
    """The events list: date, type, title, checklist progress with overdue tasks, protocol mark."""

    DATE, KIND, TITLE, TASKS, PROTOCOL = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("EventListModel", "Date"),
        QT_TRANSLATE_NOOP("EventListModel", "Type"),
        QT_TRANSLATE_NOOP("EventListModel", "Title"),
        QT_TRANSLATE_NOOP("EventListModel", "Tasks"),
        "●",
    )
    TIPS: ClassVar[dict[int, str]] = {
        TASKS: QT_TRANSLATE_NOOP(
            "EventListModel", "Tasks done of all; in brackets, how many are overdue"
        ),
        PROTOCOL: QT_TRANSLATE_NOOP("EventListModel", "Protocol event, closed to the media"),
    }
    rows: list[EventRow]

    def row_data(self, row: EventRow, column: int, role: int) -> Any:
        """Return the text, tooltip and colour of a cell."""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return dates.datetime_text(row.starts_at)
            if column == self.KIND:
                return labels.kind_name(row.kind)
            if column == self.TITLE:
                return row.title.text(labels.text_language())
            if column == self.TASKS:
                if not row.tasks_total:
                    return "—"
                progress = f"{row.tasks_done}/{row.tasks_total}"
                return f"{progress} ({row.tasks_overdue})" if row.tasks_overdue else progress
            if column == self.PROTOCOL:
                return "●" if row.protocol else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PROTOCOL and row.protocol:
                return self.tr("Protocol event, closed to the media")
            if column == self.TITLE:
                # Both languages, so a missing translation shows before a document lacks it.
                return "\n".join(value for value in (row.title.ky, row.title.ru) if value)
            if column == self.TASKS and row.tasks_overdue:
                return self.tr("overdue: {count}").format(count=row.tasks_overdue)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.tasks_overdue and column == self.TASKS:
                return labels.overdue_colour()
            if row.is_past:
                return labels.done_colour()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.TASKS, self.PROTOCOL):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class TaskModel(ListTableModel):
    """Checklist tasks with tick boxes; grouped under phase headings or listed with their event.

    Ticking a box does not change the data itself: it asks for the change with
    ``done_toggled`` and the page reloads the model with what was stored.
    """

    done_toggled = Signal(int, bool)
    COLUMN_TITLES: ClassVar[dict[str, str]] = {
        "done": "✓",
        "due": QT_TRANSLATE_NOOP("TaskModel", "Due"),
        "task": QT_TRANSLATE_NOOP("TaskModel", "Task"),
        "event": QT_TRANSLATE_NOOP("TaskModel", "Event"),
        "responsible": QT_TRANSLATE_NOOP("TaskModel", "Responsible"),
    }
    TIPS: ClassVar[dict[int, str]] = {0: QT_TRANSLATE_NOOP("TaskModel", "Done")}
    rows: list[TaskRow | str]

    def __init__(self, *, grouped: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grouped = grouped
        self.lang = "ru"

    @property
    def columns(self) -> tuple[str, ...]:
        """Return the keys of the columns shown."""
        if self.grouped:
            return ("done", "due", "task", "responsible")
        return ("done", "due", "task", "event", "responsible")

    def titles(self) -> tuple[str, ...]:
        return tuple(self.COLUMN_TITLES[column] for column in self.columns)

    def set_tasks(self, tasks: Sequence[TaskRow], lang: str) -> None:
        """Show ``tasks``; grouped models put each phase under its heading."""
        self.lang = lang
        items: list[TaskRow | str] = []
        if self.grouped:
            for phase, _name in labels.phases():
                mine = [task for task in tasks if task.phase == phase]
                if mine:
                    items.append(phase)
                    items.extend(mine)
        else:
            items = list(tasks)
        self.set_rows(items)

    def task(self, row: int) -> TaskRow | None:
        """Return the task on ``row`` (None for a heading)."""
        if 0 <= row < len(self.rows):
            item = self.rows[row]
            return item if isinstance(item, TaskRow) else None
        return None

    def heading_rows(self) -> list[int]:
        """Return the rows that are phase headings."""
        return [i for i, item in enumerate(self.rows) if isinstance(item, str)]

    def tasks(self) -> list[TaskRow]:
        """Return the tasks shown, in order."""
        return [item for item in self.rows if isinstance(item, TaskRow)]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Let the tick box column be checked; headings are not selectable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        task = self.task(index.row())
        if task is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()] == "done":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def row_data(self, item: TaskRow | str, number: int, role: int) -> Any:
        """Return the text, tick state and colour of a cell."""
        column = self.columns[number]
        if isinstance(item, str):
            if role == Qt.ItemDataRole.DisplayRole and number == 0:
                return labels.phase_name(item)
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == "done":
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return labels.overdue_colour()
            if item.done:
                return labels.done_colour()
        if role == Qt.ItemDataRole.FontRole and item.overdue and column in ("due", "task"):
            return bold_font()
        return None

    def _text(self, task: TaskRow, column: str) -> str | None:
        if column == "due":
            return labels.date_text(task.due_date, weekday=True, short=True)
        if column == "task":
            return task.text(self.lang)
        if column == "event":
            return task.event_title.text(self.lang)
        if column == "responsible":
            return task.responsible_name
        return None

    def _tooltip(self, task: TaskRow, column: str) -> str | None:
        if column == "done":
            if task.done_at is not None:
                return self.tr("Done on {date}").format(date=dates.datetime_text(task.done_at))
            return labels.state_name(task.state)
        if column == "task":
            text = task.text(self.lang)
            return f"{text}\n{task.note}" if task.note else text
        if column == "event":
            return task.event_title.text(self.lang)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for a task to be ticked off or opened again."""
        task = self.task(index.row()) if index.isValid() else None
        if task is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if self.columns[index.column()] != "done":
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != task.done:
            self.done_toggled.emit(task.id, checked)
        return True


class AccreditationModel(ListTableModel):
    """An event's accreditation list: name, outlet, contacts, status and note."""

    NAME, OUTLET, CONTACTS, STATUS, NOTE = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("AccreditationModel", "Journalist"),
        QT_TRANSLATE_NOOP("AccreditationModel", "Outlet"),
        QT_TRANSLATE_NOOP("AccreditationModel", "Contacts"),
        QT_TRANSLATE_NOOP("AccreditationModel", "Status"),
        QT_TRANSLATE_NOOP("AccreditationModel", "Note"),
    )
    rows: list[AccreditationRow]

    def row_data(self, row: AccreditationRow, column: int, role: int) -> Any:
        """Return the text, tooltip and colour of a cell."""
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.full_name,
                row.outlet_name,
                row.contacts,
                labels.status_name(row.status),
                row.note,
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and row.text_only:
            return self.tr("Typed in by hand or no longer in the contact base")
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "refused":
            return labels.done_colour()
        return None


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Return every day from ``first`` to ``last``."""
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
