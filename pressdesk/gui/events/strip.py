"""The calendar strip: three weeks of day cells with the number of events on each day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.events import labels

WEEKS = 3


class CalendarStrip(QWidget):
    """Day cells for three weeks; clicking a day asks to show that day's events only."""

    day_chosen = Signal(object)  # dt.date, or None when the day is clicked again
    range_changed = Signal(object, object)  # first and last day shown

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarStrip")
        self.today = today
        self.first = today - dt.timedelta(days=today.weekday())
        self.selected: dt.date | None = None
        self.counts: dict[dt.date, int] = {}

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.previous = QToolButton()
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setToolTip(self.tr("Previous week"))
        self.previous.clicked.connect(lambda: self.shift(-7))
        self.following = QToolButton()
        self.following.setArrowType(Qt.ArrowType.RightArrow)
        self.following.setToolTip(self.tr("Next week"))
        self.following.clicked.connect(lambda: self.shift(7))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.clicked.connect(self.go_today)
        self.range_label = QLabel()
        self.range_label.setObjectName("stripRange")
        top.addWidget(self.previous)
        top.addWidget(self.following)
        top.addWidget(self.today_button)
        top.addWidget(self.range_label, 1)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        locale = QLocale()
        for column in range(7):
            name = QLabel(locale.dayName(column + 1, QLocale.FormatType.ShortFormat))
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setProperty("hint", True)
            grid.addWidget(name, 0, column)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.cells: list[QToolButton] = []
        for index in range(WEEKS * 7):
            cell = QToolButton()
            cell.setCheckable(True)
            cell.setAutoRaise(False)
            cell.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            cell.setMinimumWidth(36)
            self.group.addButton(cell, index)
            grid.addWidget(cell, 1 + index // 7, index % 7)
            self.cells.append(cell)
        self.group.idClicked.connect(self._clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(grid)
        self._paint()

    @property
    def last(self) -> dt.date:
        """Return the last day shown."""
        return self.first + dt.timedelta(days=WEEKS * 7 - 1)

    def day_of(self, index: int) -> dt.date:
        """Return the day of cell ``index``."""
        return self.first + dt.timedelta(days=index)

    def set_counts(self, counts: dict[dt.date, int]) -> None:
        """Show how many events each day has."""
        self.counts = dict(counts)
        self._paint()

    def shift(self, days: int) -> None:
        """Move the strip by ``days`` and ask for the counts of the new range."""
        self.first += dt.timedelta(days=days)
        self._paint()
        self.range_changed.emit(self.first, self.last)

    @Slot()
    def go_today(self) -> None:
        """Show the weeks starting with the current one."""
        self.shift((self.today - dt.timedelta(days=self.today.weekday()) - self.first).days)

    def clear_day(self) -> None:
        """Forget the chosen day without asking for anything."""
        self.selected = None
        self._paint()

    @Slot(int)
    def _clicked(self, index: int) -> None:
        day = self.day_of(index)
        self.selected = None if self.selected == day else day
        self._paint()
        self.day_chosen.emit(self.selected)

    def _paint(self) -> None:
        self.range_label.setText(f"{labels.date_text(self.first)} – {labels.date_text(self.last)}")
        for index, cell in enumerate(self.cells):
            day = self.day_of(index)
            count = self.counts.get(day, 0)
            cell.setText(f"{day.day}\n{'●' * min(count, 3) if count else ' '}")
            cell.setChecked(day == self.selected)
            tip = labels.date_text(day, weekday=True)
            if count:
                tip += "\n" + self.tr("%n event(s)", "", count)
            cell.setToolTip(tip)
            font = cell.font()
            font.setBold(day == self.today)
            cell.setFont(font)
            cell.setProperty("past", day < self.today)
