"""Table models of the Events section: events, checklist tasks and accreditation lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from pressdesk.gui.events import labels
from pressdesk.gui.widgets import dates
from pressdesk.services.events.accreditation import AccreditationRow
from pressdesk.services.events.records import EventRow
from pressdesk.services.events.tasks import TaskRow

ROW_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class EventListModel(QAbstractTableModel):
    """The events list: date, type, title, checklist progress with overdue tasks, protocol mark."""

    DATE, KIND, TITLE, TASKS, PROTOCOL = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EventRow] = []

    def set_rows(self, rows: Sequence[EventRow]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, event_id: int) -> int:
        """Return the row of the event ``event_id``, or -1."""
        return next((i for i, row in enumerate(self.rows) if row.id == event_id), -1)

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:
        """Return the number of events (none under an item)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles; the protocol column has a mark and says what it is."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.TASKS:
                return self.tr("Tasks done of all; in brackets, how many are overdue")
            if section == self.PROTOCOL:
                return self.tr("Protocol event, closed to the media")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Date"), self.tr("Type"), self.tr("Title"), self.tr("Tasks"), "●")
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, tooltip, colour and row object of a cell."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
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


class TaskModel(QAbstractTableModel):
    """Checklist tasks with tick boxes; grouped under phase headings or listed with their event.

    Ticking a box does not change the data itself: it asks for the change with
    ``done_toggled`` and the page reloads the model with what was stored.
    """

    done_toggled = Signal(int, bool)

    def __init__(self, *, grouped: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grouped = grouped
        self.items: list[TaskRow | str] = []
        self.lang = "ru"

    @property
    def columns(self) -> tuple[str, ...]:
        """Return the keys of the columns shown."""
        if self.grouped:
            return ("done", "due", "task", "responsible")
        return ("done", "due", "task", "event", "responsible")

    def set_tasks(self, tasks: Sequence[TaskRow], lang: str) -> None:
        """Show ``tasks``; grouped models put each phase under its heading."""
        self.beginResetModel()
        self.lang = lang
        if self.grouped:
            self.items = []
            for phase, _name in labels.phases():
                mine = [task for task in tasks if task.phase == phase]
                if mine:
                    self.items.append(phase)
                    self.items.extend(mine)
        else:
            self.items = list(tasks)
        self.endResetModel()

    def task(self, row: int) -> TaskRow | None:
        """Return the task on ``row`` (None for a heading)."""
        if 0 <= row < len(self.items):
            item = self.items[row]
            return item if isinstance(item, TaskRow) else None
        return None

    def heading_rows(self) -> list[int]:
        """Return the rows that are phase headings."""
        return [i for i, item in enumerate(self.items) if isinstance(item, str)]

    def tasks(self) -> list[TaskRow]:
        """Return the tasks shown, in order."""
        return [item for item in self.items if isinstance(item, TaskRow)]

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:
        """Return the number of rows (headings and tasks)."""
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles; the tick box column has a mark and says what it is."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section] == "done":
            return self.tr("Done")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "done": "✓",
            "due": self.tr("Due"),
            "task": self.tr("Task"),
            "event": self.tr("Event"),
            "responsible": self.tr("Responsible"),
        }
        return titles[self.columns[section]]

    def flags(self, index: _Index) -> Qt.ItemFlag:
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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, tick state, colour and row object of a cell."""
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        column = self.columns[index.column()]
        if isinstance(item, str):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return labels.phase_name(item)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == ROW_ROLE:
            return item
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
            font = QFont()
            font.setBold(True)
            return font
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

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
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


class AccreditationModel(QAbstractTableModel):
    """An event's accreditation list: name, outlet, contacts, status and note."""

    NAME, OUTLET, CONTACTS, STATUS, NOTE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AccreditationRow] = []

    def set_rows(self, rows: Sequence[AccreditationRow]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:
        """Return the number of lines."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Journalist"),
            self.tr("Outlet"),
            self.tr("Contacts"),
            self.tr("Status"),
            self.tr("Note"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text and row object of a cell."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.full_name,
                row.outlet_name,
                row.contacts,
                labels.status_name(row.status),
                row.note,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME and row.text_only:
            return self.tr("Typed in by hand or no longer in the contact base")
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "refused":
            return labels.done_colour()
        return None


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Return every day from ``first`` to ``last``."""
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
