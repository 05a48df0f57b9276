"""A simple builder of repeat rules (weekly on days, monthly on a day) with left-out dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui.plan.labels import date_text, pydate, qdate
from pressdesk.gui.widgets import dates

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NONE, WEEKLY, MONTHLY, CUSTOM = range(4)


def _parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for chunk in rule.removeprefix("RRULE:").split(";"):
        name, _, value = chunk.partition("=")
        if name.strip():
            parts[name.strip().upper()] = value.strip().upper()
    return parts


class TimesSpinBox(QSpinBox):
    """A count of repeats shown with the noun in the form the number needs ("2 раза")."""

    def textFromValue(self, value: int) -> str:
        return self.tr("%n time(s)", "", value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(ch for ch in text if ch.isdigit())
        return int(digits) if digits else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = "".join(ch for ch in text if ch.isdigit())
        if not digits:
            return (QValidator.State.Intermediate, text, pos)
        value = int(digits)
        if self.minimum() <= value <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Invalid, text, pos)


class RepeatEditor(QWidget):
    """Edit an item's repeat rule and the dates left out of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = clock.today()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("repeatKind")
        self.kind.addItems(
            [
                self.tr("Does not repeat"),
                self.tr("Every week"),
                self.tr("Every month"),
                self.tr("Custom rule (iCalendar RRULE)"),
            ]
        )
        form.addRow(self.tr("Repeats:"), self.kind)

        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())
        weekly = QWidget()
        weekly_row = QVBoxLayout(weekly)
        weekly_row.setContentsMargins(0, 0, 0, 0)
        every = QHBoxLayout()
        every.addWidget(QLabel(self.tr("Every")))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        every.addWidget(self.weeks)
        every.addWidget(QLabel(self.tr("week(s), on:")))
        every.addStretch(1)
        weekly_row.addLayout(every)
        days = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        locale = QLocale()
        for index in range(7):
            box = QCheckBox(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        weekly_row.addLayout(days)
        self.pages.addWidget(weekly)
        monthly = QWidget()
        monthly_row = QHBoxLayout(monthly)
        monthly_row.setContentsMargins(0, 0, 0, 0)
        monthly_row.addWidget(QLabel(self.tr("On day")))
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        monthly_row.addWidget(self.month_day)
        monthly_row.addWidget(QLabel(self.tr("of every month")))
        monthly_row.addStretch(1)
        self.pages.addWidget(monthly)
        self.custom = QLineEdit()
        self.custom.setObjectName("customRule")
        self.custom.setPlaceholderText("FREQ=MONTHLY;BYDAY=1MO")
        self.pages.addWidget(self.custom)
        form.addRow("", self.pages)

        ends = QWidget()
        ends_row = QHBoxLayout(ends)
        ends_row.setContentsMargins(0, 0, 0, 0)
        self.end_never = QRadioButton(self.tr("Never"))
        self.end_until = QRadioButton(self.tr("On"))
        self.until = dates.set_format(QDateEdit())
        self.until.setCalendarPopup(True)
        self.end_count = QRadioButton(self.tr("After"))
        self.count = TimesSpinBox()
        self.count.setRange(1, 500)
        group = QButtonGroup(self)
        for radio in (self.end_never, self.end_until, self.end_count):
            group.addButton(radio)
        for widget in (self.end_never, self.end_until, self.until, self.end_count, self.count):
            ends_row.addWidget(widget)
        ends_row.addStretch(1)
        self.end_never.setChecked(True)
        form.addRow(self.tr("Ends:"), ends)
        self.ends = ends
        layout.addLayout(form)

        self.exceptions_label = QLabel(self.tr("Dates left out of the series:"))
        layout.addWidget(self.exceptions_label)
        row = QHBoxLayout()
        self.exdates = QListWidget()
        self.exdates.setObjectName("exdates")
        self.exdates.setMaximumHeight(110)
        row.addWidget(self.exdates, 1)
        side = QVBoxLayout()
        self.new_exdate = dates.set_format(QDateEdit())
        self.new_exdate.setCalendarPopup(True)
        side.addWidget(self.new_exdate)
        add = QPushButton(self.tr("Leave out"))
        add.clicked.connect(self.add_exdate)
        side.addWidget(add)
        remove = QPushButton(self.tr("Put back"))
        remove.clicked.connect(self.remove_exdate)
        side.addWidget(remove)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        layout.addStretch(1)
        self.exceptions = [self.exdates, self.new_exdate, add, remove, self.exceptions_label]
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed(NONE)

    @Slot(int)
    def _kind_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.pages.setVisible(index != NONE)
        self.ends.setEnabled(index in (WEEKLY, MONTHLY))
        for widget in self.exceptions:
            widget.setEnabled(index != NONE)

    def set_rule(self, rule: str, start: dt.date, exdates: tuple[dt.date, ...] = ()) -> None:
        """Show ``rule`` (for an item starting on ``start``) and its left-out dates."""
        self.start = start
        self.until.setDate(qdate(start + dt.timedelta(days=90)))
        self.new_exdate.setDate(qdate(start))
        self.weeks.setValue(1)
        self.month_day.setValue(start.day)
        for index, box in enumerate(self.day_boxes):
            box.setChecked(index == start.weekday())
        self.exdates.clear()
        for day in exdates:
            self._add(day)
        parts = _parts(rule)
        kind = self._read(parts) if rule.strip() else NONE
        if kind == CUSTOM:
            self.custom.setText(rule.removeprefix("RRULE:"))
        self.kind.setCurrentIndex(kind)
        self._kind_changed(kind)

    def _read(self, parts: dict[str, str]) -> int:
        known = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"}
        if set(parts) - known:
            return CUSTOM
        if "UNTIL" in parts:
            raw = parts["UNTIL"][:8]
            try:
                until = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
            except ValueError:
                return CUSTOM
            self.until.setDate(qdate(until))
            self.end_until.setChecked(True)
        elif "COUNT" in parts and parts["COUNT"].isdigit():
            self.count.setValue(int(parts["COUNT"]))
            self.end_count.setChecked(True)
        else:
            self.end_never.setChecked(True)
        interval = parts.get("INTERVAL", "1")
        if parts.get("FREQ") == "WEEKLY" and "BYMONTHDAY" not in parts and interval.isdigit():
            days = [d for d in parts.get("BYDAY", _DAYS[self.start.weekday()]).split(",") if d]
            if not all(d in _DAYS for d in days):
                return CUSTOM
            self.weeks.setValue(int(interval))
            for index, box in enumerate(self.day_boxes):
                box.setChecked(_DAYS[index] in days)
            return WEEKLY
        if parts.get("FREQ") == "MONTHLY" and "BYDAY" not in parts and interval == "1":
            day = parts.get("BYMONTHDAY", str(self.start.day))
            if not day.isdigit():
                return CUSTOM
            self.month_day.setValue(int(day))
            return MONTHLY
        return CUSTOM

    def rule(self) -> str:
        """Return the RRULE value built from the fields ("" for no repeat)."""
        kind = self.kind.currentIndex()
        if kind == NONE:
            return ""
        if kind == CUSTOM:
            return self.custom.text().strip()
        if kind == WEEKLY:
            days = [_DAYS[i] for i, box in enumerate(self.day_boxes) if box.isChecked()]
            days = days or [_DAYS[self.start.weekday()]]
            parts = ["FREQ=WEEKLY"]
            if self.weeks.value() > 1:
                parts.append(f"INTERVAL={self.weeks.value()}")
            parts.append(f"BYDAY={','.join(days)}")
        else:
            parts = ["FREQ=MONTHLY", f"BYMONTHDAY={self.month_day.value()}"]
        if self.end_until.isChecked():
            parts.append(f"UNTIL={pydate(self.until.date()).strftime('%Y%m%d')}")
        elif self.end_count.isChecked():
            parts.append(f"COUNT={self.count.value()}")
        return ";".join(parts)

    def left_out(self) -> tuple[dt.date, ...]:
        """Return the dates left out of the series (none if the item does not repeat)."""
        if self.kind.currentIndex() == NONE:
            return ()
        return tuple(sorted(self._listed()))

    def _listed(self) -> list[dt.date]:
        items = (self.exdates.item(i) for i in range(self.exdates.count()))
        return [dt.date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def _add(self, day: dt.date) -> None:
        if day in self._listed():
            return
        item = QListWidgetItem(date_text(day, weekday=True))
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.exdates.addItem(item)

    @Slot()
    def add_exdate(self) -> None:
        """Leave the chosen date out of the series."""
        self._add(pydate(self.new_exdate.date()))

    @Slot()
    def remove_exdate(self) -> None:
        """Put the selected left-out date back."""
        for item in self.exdates.selectedItems():
            self.exdates.takeItem(self.exdates.row(item))

    def set_minimum_date(self, day: QDate) -> None:
        """Keep the end date from going before the item's first day."""
        self.until.setMinimumDate(day)
