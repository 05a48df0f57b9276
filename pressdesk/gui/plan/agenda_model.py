"""A table model over plan rows for the agenda list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap

from pressdesk.gui.plan import labels
from pressdesk.services.handover.names import initials_surname
from pressdesk.services.plan.rows import PlanItemRow
from pressdesk.textfold import sort_key

ModelIndex = QModelIndex | QPersistentModelIndex

DATE, TIME, TITLE, FORMAT, CHANNELS, LANGUAGE, RESPONSIBLE, STATUS, FLAGS = range(9)
COLUMNS = 9
ROW_ROLE = Qt.ItemDataRole.UserRole
# The channel names of a row as a list, for a delegate that shows as many whole names as fit.
NAMES_ROLE = Qt.ItemDataRole.UserRole + 1


def covered_icon(size: int = 16) -> QIcon:
    """Draw the mark of a covered plan item: a green disc with a white tick."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(labels.COVERED_COLOUR))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    pen = QPen(QColor("white"), size / 8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(size * 0.28, size * 0.52), QPointF(size * 0.44, size * 0.68))
    painter.drawLine(QPointF(size * 0.44, size * 0.68), QPointF(size * 0.74, size * 0.34))
    painter.end()
    return QIcon(pixmap)


class PlanAgendaModel(QAbstractTableModel):
    """Plan items, one per row, in the order given or as sorted by a column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanItemRow] = []
        self._channel_names: dict[str, str] = {}
        self._wait_days = 3
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # How many monitoring records cover each stored item (covered items only).
        self._covered: dict[int, int] = {}
        self._covered_icon: QIcon | None = None
        # The press releases written for each stored item, worded (see ``release_notes``).
        self._releases: dict[int, str] = {}

    def set_rows(
        self,
        rows: Sequence[PlanItemRow],
        channel_names: dict[str, str] | None = None,
        wait_days: int | None = None,
    ) -> None:
        """Show ``rows`` instead of the current ones, keeping the chosen sort order."""
        self.beginResetModel()
        self._rows = list(rows)
        if channel_names is not None:
            self._channel_names = dict(channel_names)
        if wait_days is not None:
            self._wait_days = wait_days
        if self._sort is not None:
            self._rows.sort(key=self._key(self._sort[0]))
            if self._sort[1] == Qt.SortOrder.DescendingOrder:
                self._rows.reverse()
        self.endResetModel()

    def set_covered(self, counts: dict[int, int]) -> None:
        """Mark the items that publications cover: item id → number of publications."""
        self._covered = dict(counts)
        if self._rows:
            self.dataChanged.emit(self.index(0, TITLE), self.index(len(self._rows) - 1, TITLE))

    def set_releases(self, notes: dict[int, str]) -> None:
        """Name the press releases of the items in their titles' tooltips: item id → text."""
        self._releases = dict(notes)

    def covered_count(self, row: PlanItemRow) -> int:
        """Return how many publications cover ``row`` (0 for a series' occurrence)."""
        return 0 if row.virtual else self._covered.get(row.id, 0)

    def covered_note(self, count: int) -> str:
        """Return "Covered: N publications" for a tooltip."""
        return self.tr("Covered: %n publication(s)", "", count)

    def covered_icon(self) -> QIcon:
        """Return the covered mark: a green disc with a tick."""
        if self._covered_icon is None:
            self._covered_icon = covered_icon()
        return self._covered_icon

    def row_at(self, row: int) -> PlanItemRow:
        """Return the plan row shown at ``row``."""
        return self._rows[row]

    def rows(self) -> list[PlanItemRow]:
        """Return the rows in the order shown."""
        return list(self._rows)

    def row_of(self, key: str) -> int:
        """Return the row number of the item with ``key``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            DATE: self.tr("Date"),
            TIME: self.tr("Time"),
            TITLE: self.tr("Title"),
            FORMAT: self.tr("Format"),
            CHANNELS: self.tr("Channels"),
            LANGUAGE: self.tr("Language"),
            RESPONSIBLE: self.tr("Responsible"),
            STATUS: self.tr("Status"),
            FLAGS: self.tr("Warnings"),
        }
        return titles.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == NAMES_ROLE and column == CHANNELS:
            return self._channels(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return labels.status_colour(row.status)
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE and self.covered_count(row):
            return self.covered_icon()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == FLAGS and row.flags:
                flag = "overdue" if "overdue" in row.flags else "waiting"
                return QBrush(QColor(labels.FLAG_COLOURS[flag]))
            if row.status == "cancelled":
                return QBrush(
                    QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                )
        if role == Qt.ItemDataRole.FontRole and row.status == "cancelled" and column == TITLE:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _flags(self, row: PlanItemRow, *, short: bool = False) -> str:
        return "; ".join(
            labels.flag_text(f, self._wait_days, short=short) for f in sorted(row.flags)
        )

    def _channels(self, row: PlanItemRow) -> list[str]:
        return [self._channel_names.get(c, c) for c in row.channels]

    def _tip(self, row: PlanItemRow, column: int) -> str:
        """The whole text of a cell whose column shows it short."""
        if column == DATE:
            return QLocale().toString(labels.qdate(row.date), QLocale.FormatType.LongFormat)
        if column == RESPONSIBLE:
            return row.responsible_name
        if column == FLAGS:
            return self._flags(row)
        text = self._text(row, column)
        covered = self.covered_count(row) if column == TITLE else 0
        if covered:
            text += f"\n{self.covered_note(covered)}"
        release = self._releases.get(row.id, "") if column == TITLE and not row.virtual else ""
        return f"{text}\n{release}" if release else text

    def _text(self, row: PlanItemRow, column: int) -> str:
        if column == DATE:
            return labels.date_text(row.date)
        if column == TIME:
            return row.time.strftime("%H:%M") if row.time else self.tr("all day")
        if column == TITLE:
            return labels.shown(row.title)
        if column == FORMAT:
            return labels.format_name(row.format)
        if column == CHANNELS:
            return ", ".join(self._channels(row))
        if column == LANGUAGE:
            return labels.language_name(row.language, short=True)
        if column == RESPONSIBLE:
            # "Н.С. Өмүрбеков": the whole name is in the tooltip and decides the sort order.
            return initials_surname(row.responsible_name)
        if column == STATUS:
            return labels.status_name(row.status)
        if column == FLAGS:
            return self._flags(row, short=True)
        return ""

    def _key(self, column: int) -> Callable[[PlanItemRow], Any]:
        def when(row: PlanItemRow) -> tuple[dt.date, int, dt.time]:
            return (row.date, 0 if row.time is None else 1, row.time or dt.time())

        if column in (DATE, TIME):
            return lambda row: (*when(row), sort_key(labels.shown(row.title)))
        if column == STATUS:
            order = {code: i for i, (code, _name) in enumerate(labels.statuses())}
            return lambda row: (order.get(row.status, 99), when(row))
        if column == RESPONSIBLE:
            return lambda row: (sort_key(row.responsible_name), when(row))
        return lambda row: (sort_key(self._text(row, column)), when(row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keys = [self._rows[index.row()].key for index in persistent]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        where = {row.key: i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(where[key], index.column())
                for key, index in zip(keys, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
