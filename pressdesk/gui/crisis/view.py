"""The crisis view: for a scenario and a period, its holding statements, the media inquiries
received and the publications with their tone, on one screen with their counts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pressdesk import clock
from pressdesk.gui.crisis.models import (
    CrisisInquiriesModel,
    CrisisPublicationsModel,
    ScenariosModel,
    StatementsModel,
)
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.table_panel import TablePanel, size_columns, stack
from pressdesk.services.coverage.records import PAGE_LIMIT as COVERAGE_LIMIT
from pressdesk.services.coverage.records import CoverageFilter, list_records
from pressdesk.services.coverage.stats import period_summary
from pressdesk.services.crisis.records import list_scenarios
from pressdesk.services.inquiries.queries import InquiryFilter, list_inquiries
from pressdesk.storage.engine import Database

translate = QCoreApplication.translate

#: The period the view starts with: this many days up to today.
DEFAULT_DAYS = 14


def share(part: int, whole: int) -> int:
    """Return ``part`` as a whole percentage of ``whole`` (0 of nothing)."""
    return round(100 * part / whole) if whole else 0


class CrisisView(QWidget):
    """One screen for a crisis: choose the scenario and the days it lasted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.scenario = QComboBox()
        self.scenario.setObjectName("crisisViewScenario")
        self.scenario.setMinimumContentsLength(24)
        self.scenario.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        today = clock.today()
        self.start = dates.date_edit(today - dt.timedelta(days=DEFAULT_DAYS))
        self.start.setObjectName("crisisViewStart")
        self.end = dates.date_edit(today)
        self.end.setObjectName("crisisViewEnd")
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("CrisisView", "Scenario:")))
        top.addWidget(self.scenario, 1)
        top.addWidget(QLabel(translate("CrisisView", "From:")))
        top.addWidget(self.start)
        top.addWidget(QLabel(translate("CrisisView", "to:")))
        top.addWidget(self.end)
        self.scenarios = ScenariosModel(self)
        self.statements_model = StatementsModel(self)
        self.inquiries_model = CrisisInquiriesModel(self)
        self.publications_model = CrisisPublicationsModel(self)
        self.statements = TablePanel(
            self.statements_model, "crisisViewStatements", heading="crisisViewStatementsTitle"
        )
        self.inquiries = TablePanel(
            self.inquiries_model, "crisisViewInquiries", heading="crisisViewInquiriesTitle"
        )
        self.publications = TablePanel(
            self.publications_model, "crisisViewPublications", heading="crisisViewCoverageTitle"
        )
        size_columns(self.statements.table, {0: 36, 1: 22})
        size_columns(self.inquiries.table, {0: 18, 1: 30, 2: 50, 3: 12})
        size_columns(self.publications.table, {0: 12, 1: 24, 2: 64})
        for panel in (self.statements, self.inquiries, self.publications):
            panel.heading.setWordWrap(True)
        body = QWidget()
        stack(body, [self.statements, self.inquiries, self.publications], [120, 200, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        self.scenario.currentIndexChanged.connect(self.show_crisis)
        self.start.dateChanged.connect(self.show_crisis)
        self.end.dateChanged.connect(self.show_crisis)
        self.reload()

    def reload(self) -> None:
        """Read the scenarios again, keeping the one chosen, and show the crisis."""
        chosen = self.scenario.currentData()
        self.scenarios.set_rows(list_scenarios(self.db))
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for row in self.scenarios.rows:
            self.scenario.addItem(self.scenarios.bi(row.name), row.id)
        self.scenario.setCurrentIndex(max(self.scenario.findData(chosen), 0))
        self.scenario.blockSignals(False)
        self.show_crisis()

    def period(self) -> tuple[dt.date, dt.date]:
        """Return the first and the last day chosen, in order."""
        start, end = dates.pydate(self.start.date()), dates.pydate(self.end.date())
        return (start, end) if start <= end else (end, start)

    @Slot()
    def show_crisis(self) -> None:
        """Show the statements, inquiries and publications of the scenario and period chosen."""
        scenario_id = self.scenario.currentData()
        row = next((r for r in self.scenarios.rows if r.id == scenario_id), None)
        statements = list(row.statements) if row else []
        self.statements_model.set_rows(statements)
        approved = sum(1 for s in statements if s.status == "approved")
        self.statements.heading.setText(
            translate("CrisisView", "Holding statements: {count}, approved: {approved}").format(
                count=len(statements), approved=approved
            )
        )
        start, end = self.period()
        inquiries = list_inquiries(self.db, InquiryFilter(received_from=start, received_to=end))
        self.inquiries_model.set_rows(inquiries)
        today = clock.today()
        answered = sum(1 for i in inquiries if i.status == "answered")
        overdue = sum(1 for i in inquiries if i.overdue(today))
        self.inquiries.heading.setText(
            translate(
                "CrisisView",
                "Media inquiries received: {count}, answered: {answered}, overdue: {overdue}",
            ).format(count=len(inquiries), answered=answered, overdue=overdue)
        )
        summary = period_summary(self.db, start, end)
        self.publications_model.set_rows(
            list_records(self.db, CoverageFilter(start=start, end=end), limit=COVERAGE_LIMIT).rows
        )
        negative = summary.by_tone.get("negative", 0)
        self.publications.heading.setText(
            translate(
                "CrisisView",
                "Publications: {count}, negative: {negative} ({share} %), positive: {positive}",
            ).format(
                count=summary.total,
                negative=negative,
                share=share(negative, summary.total),
                positive=summary.by_tone.get("positive", 0),
            )
        )
        self.counts = (len(statements), approved, len(inquiries), summary.total, negative)
