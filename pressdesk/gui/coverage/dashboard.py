"""The dashboard over the monitoring list: the current month's indicators, charts and inbox."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui.coverage.charts import ToneBar, WeekBars
from pressdesk.gui.coverage.labels import TONE_COLOURS, platform_name, tone_name
from pressdesk.services.coverage.inbox import inbox_count
from pressdesk.services.coverage.stats import CoverageSummary, period_summary
from pressdesk.storage.engine import Database


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the month ``day`` falls in."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class CoverageDashboard(QFrame):
    """The month's publications, mentions, quotes, outlets, platforms, tone and weekly bars."""

    #: The user asked to open the inbox.
    open_inbox = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("coverageDashboard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary: CoverageSummary | None = None

        self.title = _caption("")
        self.title.setObjectName("dashboardTitle")
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for row, (key, text) in enumerate(
            (
                ("total", self.tr("Publications")),
                ("mentions", self.tr("Mentions of the body")),
                ("quoted", self.tr("The head quoted")),
                ("outlets", self.tr("Outlets")),
                ("ownership", self.tr("State / private outlets")),
            )
        ):
            value = QLabel()
            value.setObjectName(f"indicator_{key}")
            self.values[key] = value
            grid.addWidget(QLabel(text + ":"), row, 0)
            grid.addWidget(value, row, 1)
        self.platforms = QLabel()
        self.platforms.setObjectName("dashboardPlatforms")
        self.platforms.setWordWrap(True)
        self.inbox_label = QLabel()
        self.inbox_label.setObjectName("inboxCount")
        self.inbox_button = QPushButton(self.tr("Open the inbox…"))
        self.inbox_button.setObjectName("openInbox")
        self.inbox_button.clicked.connect(self.open_inbox)
        inbox_row = QHBoxLayout()
        inbox_row.addWidget(self.inbox_label)
        inbox_row.addWidget(self.inbox_button)
        inbox_row.addStretch(1)

        figures = QVBoxLayout()
        figures.setSpacing(4)
        figures.addWidget(self.title)
        figures.addLayout(grid)
        figures.addStretch(1)
        figures.addLayout(inbox_row)

        self.tone = ToneBar()
        tone_column = QVBoxLayout()
        tone_column.setSpacing(4)
        tone_column.addWidget(_caption(self.tr("Tone of the publications")))
        tone_column.addWidget(self.tone)
        tone_column.addWidget(self.platforms)
        tone_column.addStretch(1)

        self.weeks = WeekBars()
        week_column = QVBoxLayout()
        week_column.setSpacing(4)
        week_column.addWidget(_caption(self.tr("Publications per week")))
        week_column.addWidget(self.weeks)
        week_column.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(24)
        layout.addLayout(figures, 0)
        layout.addLayout(tone_column, 1)
        layout.addLayout(week_column, 1)

    def refresh(self) -> None:
        """Count the current month again and the items waiting in the inbox."""
        today = clock.today()
        start, end = month_bounds(today)
        summary = period_summary(self.db, start, end)
        self.summary = summary
        month = QLocale().standaloneMonthName(today.month, QLocale.FormatType.LongFormat)
        self.title.setText(
            self.tr("Coverage in {month} {year}").format(month=month.capitalize(), year=today.year)
        )
        ownership = summary.by_ownership
        figures = {
            "total": summary.total,
            "mentions": summary.mentions,
            "quoted": summary.head_quoted,
            "outlets": summary.outlets,
        }
        for key, number in figures.items():
            self.values[key].setText(str(number))
        self.values["ownership"].setText(
            f"{ownership.get('state', 0)} / {ownership.get('private', 0)}"
        )
        self.tone.set_parts(
            [
                (tone_name(code), summary.by_tone.get(code, 0), TONE_COLOURS[code])
                for code in ("positive", "neutral", "negative", "")
            ]
        )
        platforms = sorted(summary.by_platform.items(), key=lambda item: (-item[1], item[0]))
        listed = ", ".join(f"{platform_name(code)}: {count}" for code, count in platforms[:5])
        self.platforms.setText(self.tr("Platforms: {list}").format(list=listed or "—"))
        self.weeks.set_bars(
            [(monday.strftime("%d.%m"), count) for monday, count in summary.by_week.items()]
        )
        waiting = inbox_count(self.db)
        self.inbox_label.setText(self.tr("Inbox: %n new item(s)", "", waiting))
        self.inbox_button.setDefault(False)
