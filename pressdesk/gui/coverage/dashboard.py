"""The dashboard over the monitoring list: a period's indicators and charts (the current month
first; ten days, month, quarter, half-year or year, stepped back and forth), the change against
the period before, the period's feedback and the inbox."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.documents.builders_coverage import (
    count_columns,
    outlet_kind_bars,
    outlet_kind_chart,
    ownership_chart,
    ownership_pie,
    tone_chart,
    tone_pie,
    week_chart,
)
from pressdesk.documents.locale import check_lang
from pressdesk.gui.coverage.charts import ChartView
from pressdesk.gui.coverage.feedback import counts_text
from pressdesk.gui.coverage.labels import (
    outlet_kind_name,
    owners_name,
    platform_name,
    tone_name,
)
from pressdesk.gui.coverage.report import scope_of
from pressdesk.gui.i18n import current_language
from pressdesk.services.coverage.inbox import inbox_count
from pressdesk.services.coverage.report import ReportScope, previous_scope, scope_label
from pressdesk.services.coverage.stats import CoverageSummary, period_summary
from pressdesk.storage.engine import Database

#: The kinds of period the dashboard shows, shortest first.
DASHBOARD_PERIODS = ("decade", "month", "quarter", "half", "year")
#: The tones whose change against the previous period is shown.
TRENDED_TONES = ("positive", "neutral", "negative")
#: The figures compared with the previous period.
COMPARED = ("total", "mentions", "quoted", "outlets")


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the month ``day`` falls in."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def stepped(scope: ReportScope, steps: int) -> ReportScope | None:
    """Return the period ``steps`` periods after ``scope`` (before it if negative), of the same
    kind; None beyond the calendar's ends."""
    for _ in range(abs(steps)):
        try:
            day = (
                scope.end + dt.timedelta(days=1)
                if steps > 0
                else scope.start - dt.timedelta(days=1)
            )
        except OverflowError:
            return None
        scope = scope_of(scope.period_kind, day)
    return scope


def signed(number: int) -> str:
    """Return a change as +3, −2 or ±0."""
    if number > 0:
        return f"+{number}"
    if number < 0:
        return f"\u2212{-number}"
    return "±0"


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class CoverageDashboard(QFrame):
    """A period's publications, mentions, quotes, outlets, platforms, tone, feedback and bars."""

    #: The user asked to open the inbox.
    open_inbox = Signal()
    #: The user asked for the feedback noted for the period shown.
    open_feedback = Signal()
    #: The user asked to read the keyword watch's feeds now.
    check_feeds = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("coverageDashboard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary: CoverageSummary | None = None
        self.previous: CoverageSummary | None = None
        #: The period shown; None follows the current month (or the kind chosen) as days pass.
        self.scope: ReportScope | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("dashboardPeriodKind")
        for code, text in zip(
            DASHBOARD_PERIODS,
            (
                self.tr("Ten days"),
                self.tr("Month"),
                self.tr("Quarter"),
                self.tr("Half-year"),
                self.tr("Year"),
            ),
            strict=True,
        ):
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(self.kind.findData("month"))
        self.kind.setToolTip(self.tr("The period the figures and charts count"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.back = self._arrow("dashboardBack", "◀", self.tr("The previous period"), -1)
        self.forward = self._arrow("dashboardForward", "▶", self.tr("The next period"), 1)
        self.title = _caption("")
        self.title.setObjectName("dashboardTitle")
        self.current_button = QToolButton()
        self.current_button.setObjectName("dashboardCurrent")
        self.current_button.setText(self.tr("Current period"))
        self.current_button.setAutoRaise(True)
        self.current_button.clicked.connect(self.show_current)
        self.feedback_button = QPushButton(self.tr("Feedback…"))
        self.feedback_button.setObjectName("periodFeedback")
        self.feedback_button.setToolTip(self.tr("Feedback for the period…").rstrip("…"))
        self.feedback_button.clicked.connect(self.open_feedback)
        self.inbox_label = QLabel()
        self.inbox_label.setObjectName("inboxCount")
        # On a narrow screen the count takes two lines rather than widening the window.
        self.inbox_label.setWordWrap(True)
        self.inbox_button = QPushButton(self.tr("Open the inbox…"))
        self.inbox_button.setObjectName("openInbox")
        self.inbox_button.clicked.connect(self.open_inbox)
        self.check_button = QPushButton(self.tr("Check the feeds"))
        self.check_button.setObjectName("checkFeedsNow")
        self.check_button.setToolTip(
            self.tr("Read the keyword watch's feeds now, in the background")
        )
        self.check_button.clicked.connect(self.check_feeds)
        top = QHBoxLayout()
        top.setSpacing(6)
        parts: tuple[QWidget | None, ...] = (
            self.kind,
            self.back,
            self.title,
            self.forward,
            self.current_button,
            None,  # the room between
            self.inbox_label,
            self.inbox_button,
            self.check_button,
        )
        for widget in parts:
            if widget is None:
                top.addStretch(1)
            else:
                top.addWidget(widget)

        self.values: dict[str, QLabel] = {}
        self.changes: dict[str, QLabel] = {}
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
            if key in COMPARED:
                change = QLabel()
                change.setObjectName(f"change_{key}")
                change.setEnabled(False)  # greyed: secondary to the figure
                self.changes[key] = change
                grid.addWidget(change, row, 2)
        grid.setColumnStretch(2, 1)
        figures = QVBoxLayout()
        figures.setSpacing(4)
        figures.addLayout(grid)

        self.trend = QLabel()
        self.trend.setObjectName("toneTrend")
        self.trend.setWordWrap(True)
        self.platforms = QLabel()
        self.platforms.setObjectName("dashboardPlatforms")
        self.platforms.setWordWrap(True)
        figures.addWidget(self.trend)
        figures.addWidget(self.platforms)
        feedback = QLabel()
        feedback.setObjectName("indicator_feedback")
        feedback.setWordWrap(True)
        self.values["feedback"] = feedback
        feedback_row = QHBoxLayout()
        feedback_row.addWidget(feedback, 1)
        feedback_row.addWidget(self.feedback_button)
        figures.addLayout(feedback_row)
        figures.addStretch(1)

        # The report's four charts, drawn as the documents draw them.
        self.tone = ChartView("toneChart")
        self.weeks = ChartView("weekChart")
        self.kinds = ChartView("outletKindChart")
        self.owners = ChartView("ownershipChart")

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(figures, 5)
        for chart in (self.tone, self.weeks, self.kinds, self.owners):
            columns.addWidget(chart, 4, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(columns)

    def _arrow(self, name: str, text: str, tip: str, steps: int) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: self.step(steps))
        return button

    # --- the period ---------------------------------------------------------------------------

    def period_kind(self) -> str:
        """Return the kind of period chosen: decade, month, quarter, half or year."""
        return str(self.kind.currentData())

    def shown_scope(self) -> ReportScope:
        """Return the period the dashboard counts."""
        return self.scope or scope_of(self.period_kind(), clock.today())

    def set_period_kind(self, kind: str) -> None:
        """Show the current period of ``kind``."""
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _kind_changed(self) -> None:
        # The new kind's period that holds today if the one shown did, else its first day.
        shown, today = self.scope, clock.today()
        if shown is None or shown.start <= today <= shown.end:
            self._show(None)
        else:
            self._show(scope_of(self.period_kind(), shown.start))

    def step(self, steps: int) -> None:
        """Show the period ``steps`` periods later (earlier if negative)."""
        moved = stepped(self.shown_scope(), steps)
        if moved is None:
            return
        self._show(moved)

    def _show(self, scope: ReportScope | None) -> None:
        """Count ``scope``; the current period is followed as days pass."""
        self.scope = None if scope == scope_of(self.period_kind(), clock.today()) else scope
        self.refresh()

    def show_current(self) -> None:
        """Go back to the period of ``kind`` that holds today."""
        self.scope = None
        self.refresh()

    def period_title(self, scope: ReportScope) -> str:
        """Return the name of ``scope`` in the interface language."""
        lang = current_language()
        if lang in ("ky", "ru"):
            name = scope_label(scope, check_lang(lang))
            return name[:1].upper() + name[1:]  # "ноябрь 2026 г." opens a line
        start = scope.start
        month = QLocale().standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
        if scope.period_kind == "decade":
            return self.tr("{month} {year}, days {first}–{last}").format(
                month=month, year=start.year, first=start.day, last=scope.end.day
            )
        if scope.period_kind == "month":
            return self.tr("{month} {year}").format(month=month, year=start.year)
        if scope.period_kind == "quarter":
            return self.tr("Quarter {n} of {year}").format(
                n=(start.month - 1) // 3 + 1, year=start.year
            )
        if scope.period_kind == "half":
            return self.tr("Half-year {n} of {year}").format(
                n=1 if start.month <= 6 else 2, year=start.year
            )
        return str(start.year)

    # --- counting -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the period shown and the one before it again, and the items in the inbox."""
        scope = self.shown_scope()
        summary = period_summary(self.db, scope.start, scope.end)
        before = previous_scope(scope)
        previous = period_summary(self.db, before.start, before.end) if before else None
        self.summary, self.previous = summary, previous
        self.title.setText(self.period_title(scope))
        self.title.setToolTip(f"{scope.start:%d.%m.%Y} – {scope.end:%d.%m.%Y}")
        self.current_button.setEnabled(self.scope is not None)
        self.back.setEnabled(stepped(scope, -1) is not None)
        self.forward.setEnabled(stepped(scope, 1) is not None)
        figures = self._figures(summary)
        old = self._figures(previous) if previous else None
        for key, number in figures.items():
            self.values[key].setText(str(number))
            change = self.changes[key]
            change.setText(signed(number - old[key]) if old is not None else "")
            change.setToolTip(
                self.tr("{period}: {count}").format(
                    period=self.period_title(before), count=old[key]
                )
                if old is not None and before is not None
                else ""
            )
        ownership = summary.by_ownership
        self.values["ownership"].setText(
            f"{ownership.get('state', 0)} / {ownership.get('private', 0)}"
        )
        self.values["feedback"].setText(
            self.tr("Feedback: {counts}").format(counts=counts_text(summary.feedback) or "—")
        )
        self._charts(summary)
        self.trend.setText(self._trend(summary, previous, before))
        platforms = sorted(summary.by_platform.items(), key=lambda item: (-item[1], item[0]))
        listed = ", ".join(f"{platform_name(code)}: {count}" for code, count in platforms[:5])
        self.platforms.setText(self.tr("Platforms: {list}").format(list=listed or "—"))
        self._bars(scope, summary)
        waiting = inbox_count(self.db)
        self.inbox_label.setText(self.tr("Inbox: %n new item(s)", "", waiting))
        self.inbox_button.setDefault(False)

    def _charts(self, summary: CoverageSummary) -> None:
        """Draw the tone, outlet kind and ownership charts; in Kyrgyz and Russian with the very
        names the report prints."""
        lang = current_language()
        if lang in ("ky", "ru"):
            doc_lang = check_lang(lang)
            self.tone.set_chart(tone_chart(summary.by_tone, doc_lang))
            self.kinds.set_chart(outlet_kind_chart(summary.by_outlet_kind, doc_lang))
            self.owners.set_chart(ownership_chart(summary.by_ownership, doc_lang))
            return
        self.tone.set_chart(
            tone_pie(summary.by_tone, self.tr("Tone of the publications"), tone_name)
        )
        self.kinds.set_chart(
            outlet_kind_bars(
                summary.by_outlet_kind, self.tr("Publications by outlet kind"), outlet_kind_name
            )
        )
        self.owners.set_chart(
            ownership_pie(summary.by_ownership, self.tr("State and private outlets"), owners_name)
        )

    @staticmethod
    def _figures(summary: CoverageSummary) -> dict[str, int]:
        return {
            "total": summary.total,
            "mentions": summary.mentions,
            "quoted": summary.head_quoted,
            "outlets": summary.outlets,
        }

    def _trend(
        self,
        summary: CoverageSummary,
        previous: CoverageSummary | None,
        before: ReportScope | None,
    ) -> str:
        """Return the change of each tone against the previous period."""
        if previous is None or before is None:
            return ""
        now, then = summary.by_tone, previous.by_tone
        changes = ", ".join(
            f"{tone_name(code)} {signed(now.get(code, 0) - then.get(code, 0))}"
            for code in TRENDED_TONES
        )
        return self.tr("Against {period}: {changes}").format(
            period=self.period_title(before), changes=changes
        )

    def _bars(self, scope: ReportScope, summary: CoverageSummary) -> None:
        """Draw the publications per day (ten days), week (month) or month (longer)."""
        kind = scope.period_kind
        if kind == "decade":
            days = [
                scope.start + dt.timedelta(days=n)
                for n in range((scope.end - scope.start).days + 1)
            ]
            bars = [(f"{day:%d.%m}", summary.by_day.get(day, 0)) for day in days]
            title = self.tr("Publications per day")
        elif kind == "month" and current_language() in ("ky", "ru"):
            # The report's own chart, named as it prints it.
            self.weeks.set_chart(week_chart(summary.by_week, check_lang(current_language())))
            return
        elif kind == "month":
            bars = [(monday.strftime("%d.%m"), count) for monday, count in summary.by_week.items()]
            title = self.tr("Publications per week")
        else:
            first = scope.start.year * 12 + scope.start.month - 1
            last = scope.end.year * 12 + scope.end.month - 1
            months = {(n // 12, n % 12 + 1): 0 for n in range(first, last + 1)}
            for day, count in summary.by_day.items():
                months[(day.year, day.month)] = months.get((day.year, day.month), 0) + count
            locale = QLocale()
            bars = [
                (locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat), count)
                for (_year, month), count in months.items()
            ]
            title = self.tr("Publications per month")
        self.weeks.set_chart(
            count_columns([label for label, _ in bars], [count for _, count in bars], title)
        )
