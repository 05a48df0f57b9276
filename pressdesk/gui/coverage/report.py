"""The period of the report for the head: ten days, month, quarter, half-year or year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QWidget

from pressdesk import clock
from pressdesk.gui.widgets.ask_dialog import form_dialog_layout
from pressdesk.gui.widgets.dates import date_text, qdate
from pressdesk.services.coverage.report import ReportScope, half_year
from pressdesk.services.plan.periods import period_containing


def scope_of(kind: str, day: dt.date) -> ReportScope:
    """Return the period of ``kind`` (decade, month, quarter, half, year) holding ``day``."""
    if kind == "half":
        return half_year(f"{day.year}-H{1 if day.month <= 6 else 2}")
    period = period_containing(kind, day)  # type: ignore[arg-type]
    return ReportScope("period", period.start, period.end, kind)


class ReportPeriodDialog(QDialog):
    """Choose the kind of period and a day in it; the dates it covers are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPeriod")
        self.setWindowTitle(self.tr("Report for the head"))
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for code, text in (
            ("decade", self.tr("Ten days")),
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("half", self.tr("Half-year")),
            ("year", self.tr("Year")),
        ):
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(self.kind.findData("month"))
        self.day = QDateEdit(qdate(clock.today()))
        self.day.setObjectName("reportDay")
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.span = QLabel()
        self.span.setObjectName("reportSpan")
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.kind)
        form.addRow(self.tr("A day in it:"), self.day)
        form.addRow(self.tr("Covers:"), self.span)
        form_dialog_layout(self, form, self.tr("Next…"), self.tr("Cancel"), 420)
        self.kind.currentIndexChanged.connect(self._show_span)
        self.day.dateChanged.connect(self._show_span)
        self._show_span()

    def scope(self) -> ReportScope:
        """Return the period chosen."""
        chosen = self.day.date()
        day = dt.date(chosen.year(), chosen.month(), chosen.day())
        return scope_of(str(self.kind.currentData()), day)

    def _show_span(self) -> None:
        scope = self.scope()
        self.span.setText(f"{date_text(scope.start)} – {date_text(scope.end)}")
