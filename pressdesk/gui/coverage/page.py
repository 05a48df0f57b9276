"""The Coverage section: the month's dashboard, the monitoring list with quick add and tone
keys, the inbox of the keyword watch, and import of a monitoring table."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QToolBar, QVBoxLayout, QWidget

from pressdesk import clock
from pressdesk.exchange.tabular import ImportResult, TableData
from pressdesk.gui import dialogs
from pressdesk.gui.coverage import model as cols
from pressdesk.gui.coverage import startup
from pressdesk.gui.coverage.dashboard import CoverageDashboard, month_bounds
from pressdesk.gui.coverage.editor import CoverageEditor, QuickAdd, outlet_completer
from pressdesk.gui.coverage.feedback import FeedbackDialog
from pressdesk.gui.coverage.inbox import InboxDialog
from pressdesk.gui.coverage.labels import (
    KIND_NAMES,
    PLATFORM_NAMES,
    TONE_NAMES,
    kind_name,
    platform_name,
    tone_name,
)
from pressdesk.gui.coverage.model import CoverageModel
from pressdesk.gui.coverage.report import ReportPeriodDialog
from pressdesk.gui.coverage.watch import FeedWatch
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import ShrinkingComboBox
from pressdesk.gui.messages import error_text, problem_text
from pressdesk.gui.widgets.dates import date_text
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.gui.widgets.record_page import RecordPage, add_action
from pressdesk.services.coverage.importing import CoverageImport, import_coverage
from pressdesk.services.coverage.records import (
    CoverageFilter,
    RecordRow,
    delete_record,
    get_record,
    outlet_id_of,
    outlet_names,
    set_tone,
)
from pressdesk.services.coverage.report import REPORT_FORMATS, ReportScope, export_report
from pressdesk.storage.coverage_models import CoverageRecord

#: The keys that set the tone of the selected rows.
TONE_KEYS = (("1", "positive"), ("2", "neutral"), ("3", "negative"))
#: How much of a title the undo history shows.
TITLE_SHOWN = 40


def shorten(title: str) -> str:
    """Return ``title`` cut to what a menu item shows."""
    return title if len(title) <= TITLE_SHOWN else title[: TITLE_SHOWN - 1].rstrip() + "…"


class CoverageSectionPage(RecordPage):
    """The monitoring log of publications about the body, with the month at a glance."""

    SECTION = "coverage"
    NAME = "coverage"
    RECORD = "Publication"
    STRETCH = cols.TITLE
    IMPORTS = True
    EDITOR = CoverageEditor
    SEARCH_HINT = QT_TRANSLATE_NOOP("CoverageSectionPage", "Search by title or outlet…")
    EMPTY = (
        "coverage",
        QT_TRANSLATE_NOOP("CoverageSectionPage", "No publication is recorded yet"),
        QT_TRANSLATE_NOOP(
            "CoverageSectionPage",
            "Note here what the media publish about the body: the outlet, the title, the date "
            "and the tone. The month's figures and the reports for the head are counted from "
            "these records. A monitoring table kept in Excel can be imported.",
        ),
    )
    EMPTY_ACTIONS = (
        (QT_TRANSLATE_NOOP("CoverageSectionPage", "&Add a publication…"), "add"),
        (QT_TRANSLATE_NOOP("CoverageSectionPage", "&Import from a file…"), "import_records"),
    )
    UNDO_MODEL = CoverageRecord
    DELETE_TITLE = QT_TRANSLATE_NOOP("CoverageSectionPage", "Delete the publication")
    IMPORT_TITLE = QT_TRANSLATE_NOOP("CoverageSectionPage", "Import publications")
    model: CoverageModel

    # --- the page -----------------------------------------------------------------------------

    def banners(self) -> list[QWidget]:
        self.dashboard = CoverageDashboard(self.db)
        self.dashboard.open_inbox.connect(self.open_inbox)
        self.dashboard.open_feedback.connect(self.open_period_feedback)
        # What the check of the feeds at start-up found, or why a feed failed.
        self.watch_status = QLabel()
        self.watch_status.setObjectName("coverageWatchStatus")
        self.watch_status.setWordWrap(True)
        self.watch_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # "Check now", in the background: the status line says how it goes.
        self.watch = FeedWatch(self.db, self)
        self.watch.started.connect(self._watch_status_changed)
        self.watch.finished.connect(self._watch_status_changed)
        self.watch.checked.connect(self.dashboard.refresh)
        self.dashboard.check_feeds.connect(self.check_feeds)
        self.show_startup_check()
        return [self.dashboard, self.watch_status]

    @Slot()
    def check_feeds(self) -> None:
        """Read the active feeds in the background; new matches go to the inbox."""
        self.watch.start()

    @Slot()
    def _watch_status_changed(self) -> None:
        self.dashboard.check_button.setEnabled(not self.watch.running)
        self.watch_status.setText(self.watch.status)
        self.watch_status.setVisible(bool(self.watch.status))

    def show_startup_check(self) -> None:
        """Show what the check of the feeds at start-up did, if one ran (a check asked for
        since says what it did instead)."""
        check = startup.last_check
        if self.watch.status:
            return
        if check is None:
            self.watch_status.hide()
            return
        lines = [
            self.tr("Feeds checked at start-up: items read {seen}, new in the inbox {new}.").format(
                seen=check.seen, new=check.new
            ),
            *check.problems,
        ]
        self.watch_status.setText("\n".join(lines))
        self.watch_status.show()

    def make_body(self, table: QTableView) -> QWidget:
        self.quick = QuickAdd(self.db)
        self.quick.added.connect(self._quick_added)
        self.quick.duplicate.connect(self._show_existing)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.quick)
        layout.addWidget(table, 1)
        return body

    def make_model(self) -> CoverageModel:
        return CoverageModel(self.db, self)

    def add_filters(self, row: FlowLayout) -> None:
        self.period = ShrinkingComboBox()
        self.period.setObjectName("periodFilter")
        for code, text in (
            ("month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("quarter", self.tr("Last three months")),
            ("year", self.tr("This year")),
            ("all", self.tr("All dates")),
        ):
            self.period.addItem(text, code)
        self.period.setCurrentIndex(self.period.findData("all"))
        self.tone = ShrinkingComboBox()
        self.tone.setObjectName("toneFilter")
        self.tone.addItem(self.tr("Any tone"), None)
        for code in TONE_NAMES:
            self.tone.addItem(tone_name(code), code)
        self.platform = ShrinkingComboBox()
        self.platform.setObjectName("platformFilter")
        self.platform.addItem(self.tr("All platforms"), "")
        for code in PLATFORM_NAMES:
            self.platform.addItem(platform_name(code), code)
        self.kind = ShrinkingComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("All kinds"), "")
        for code in KIND_NAMES:
            self.kind.addItem(kind_name(code), code)
        for combo in (self.period, self.tone, self.platform, self.kind):
            combo.currentIndexChanged.connect(self.reload)
            row.addWidget(combo)
        # An outlet is typed (with completion): the base may hold hundreds.
        self.outlet = QLineEdit()
        self.outlet.setObjectName("outletFilter")
        self.outlet.setPlaceholderText(self.tr("Any outlet"))
        self.outlet.setClearButtonEnabled(True)
        self.outlet.setMinimumWidth(160)
        self.outlet.textChanged.connect(self._search_timer.start)
        row.addWidget(self.outlet)

    def fill_choices(self) -> None:
        # One read of the outlets serves the filter and the quick add.
        names = outlet_names(self.db)
        self.outlet.setCompleter(outlet_completer(self.db, self, names))
        if hasattr(self, "quick"):
            self.quick.refresh(names)

    def period_bounds(self) -> tuple[dt.date | None, dt.date | None]:
        """Return the first and last day the period filter picks (None: open)."""
        today = clock.today()
        code = self.period.currentData()
        if code == "month":
            return month_bounds(today)
        if code == "last_month":
            return month_bounds(today.replace(day=1) - dt.timedelta(days=1))
        if code == "quarter":
            return today - dt.timedelta(days=91), today
        if code == "year":
            return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        return None, None

    def current_filter(self) -> CoverageFilter:
        start, end = self.period_bounds()
        outlet = self.outlet.text().strip()
        outlet_id = outlet_id_of(self.db, outlet) if outlet else None
        # An outlet not in the contact base is looked for by its name, like the search.
        text = (
            self.search.text()
            if outlet_id is not None or not outlet
            else (f"{self.search.text()} {outlet}")
        )
        return CoverageFilter(
            start=start,
            end=end,
            tone=self.tone.currentData(),
            platform=self.platform.currentData() or "",
            kind=self.kind.currentData() or "",
            outlet_id=outlet_id,
            text=text,
        )

    def column_widths(self) -> dict[int, int]:
        return {
            cols.DATE: 18,
            cols.OUTLET: 20,
            cols.TITLE: 40,
            cols.KIND: 11,
            cols.PLATFORM: 14,
            cols.TONE: 10,
            cols.MENTIONS: 6,
        }

    def add_record_actions(self, bar: QToolBar) -> None:
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        bar.addSeparator()
        self.tone_actions: list[QAction] = []
        for key, tone in TONE_KEYS:
            action = add_action(
                bar,
                tone_name(tone),
                f"tone_{tone}",
                partial(self.set_selected_tone, tone),
                self.tr("Set the tone of the selected publications"),
                keys=[QKeySequence(key)],
            )
            # The table takes the digit keys itself (keyboard search would swallow them).
            action.setShortcuts([])
            self.tone_actions.append(action)
        self.table.installEventFilter(self)
        bar.addSeparator()
        self.feedback_action = add_action(
            bar,
            self.tr("Feedback…"),
            "publicationFeedback",
            self.open_record_feedback,
            self.tr("Comments, reactions, calls, letters and questions on the publication"),
        )
        self.inbox_action = add_action(bar, self.tr("Inbox…"), "openInboxAction", self.open_inbox)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys 1, 2 and 3 in the table set the tone of the selected rows."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event  # a QKeyEvent
            assert isinstance(key, QKeyEvent)
            tone = dict(TONE_KEYS).get(key.text())
            if tone and not key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.set_selected_tone(tone)
                return True
        return super().eventFilter(watched, event)

    def update_actions(self, row: RecordRow | None) -> None:
        for action in self.tone_actions:
            action.setEnabled(row is not None)
        self.feedback_action.setEnabled(row is not None)

    def status_text(self) -> str:
        return self.tr("Publications shown: %n", "", self.model.total)

    def refresh(self) -> None:
        self.dashboard.refresh()
        self.show_startup_check()
        super().refresh()

    def reload(self) -> None:
        super().reload()
        self.dashboard.setVisible(not self.empty.showing_empty)

    # --- tone ---------------------------------------------------------------------------------

    def selected_rows(self) -> list[RecordRow]:
        """Return the selected records, in list order."""
        numbers = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [row for row in (self.model.row_at(n) for n in numbers) if row is not None]

    def set_selected_tone(self, tone: str) -> None:
        """Give the selected records ``tone`` (keys 1, 2 and 3)."""
        rows = self.selected_rows()
        if not rows:
            return
        ids = [row.id for row in rows]
        self.undo.track(
            self.tr("Set the tone of %n publication(s)", "", len(ids)),
            ids,
            lambda: set_tone(self.db, ids, tone),
        )
        self.model.refresh()
        self.dashboard.refresh()
        selection = self.table.selectionModel()
        for record_id in ids:
            number = self.model.row_of(record_id)
            if number >= 0:
                selection.select(
                    self.model.index(number, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    # --- editing ------------------------------------------------------------------------------

    def blank_record(self) -> RecordRow:
        return RecordRow(
            published_at=clock.now().replace(second=0, microsecond=0, tzinfo=None),
            outlet="",
            title="",
        )

    def delete_question(self, row: RecordRow) -> str:
        return self.tr("Delete «{title}» ({outlet}) from the monitoring log?").format(
            title=row.title, outlet=row.outlet
        )

    def delete_record(self, record_id: int) -> None:
        delete_record(self.db, record_id)

    def step_text(self, action: str, row: RecordRow) -> str:
        """Name a change in the undo history: "Delete the publication “…”"."""
        texts = {
            "new": self.tr("Add the publication «{title}»"),
            "edit": self.tr("Edit the publication «{title}»"),
            "delete": self.tr("Delete the publication «{title}»"),
        }
        return texts[action].format(title=shorten(row.title))

    @Slot(int)
    def _quick_added(self, record_id: int) -> None:
        self.undo.created(self.step_text("new", get_record(self.db, record_id)), [record_id])
        self.refresh()
        self.select(record_id)

    @Slot(int)
    def _show_existing(self, record_id: int) -> None:
        """Select the record a duplicate matched, showing all dates and filters if needed."""
        if self.model.row_of(record_id) < 0:
            # Every filter off and the title searched: the record is then among the first.
            self.search.blockSignals(True)
            self.search.setText(get_record(self.db, record_id).title)
            self.search.blockSignals(False)
            self.outlet.blockSignals(True)
            self.outlet.clear()
            self.outlet.blockSignals(False)
            for combo in (self.period, self.tone, self.platform, self.kind):
                combo.blockSignals(True)
            self.period.setCurrentIndex(self.period.findData("all"))
            for combo in (self.tone, self.platform, self.kind):
                combo.setCurrentIndex(0)
            for combo in (self.period, self.tone, self.platform, self.kind):
                combo.blockSignals(False)
            self.reload()
        self.table.clearSelection()
        self.select(record_id)
        number = self.model.row_of(record_id)
        if number >= 0:
            self.table.scrollTo(self.model.index(number, 0))

    # --- feedback -----------------------------------------------------------------------------

    @Slot()
    def open_record_feedback(self) -> None:
        """Show the feedback of the selected publication, to add, change or delete lines."""
        row = self.selected()
        if row is None:
            return
        heading = f"{date_text(row.published_at.date())} · {row.outlet} · {row.title}"
        self._run_feedback(
            FeedbackDialog(self.db, heading, record_id=row.id, stack=self.undo.stack)
        )

    @Slot()
    def open_period_feedback(self) -> None:
        """Show the feedback noted for the dashboard's period (calls, letters…)."""
        scope = self.dashboard.shown_scope()
        dialog = FeedbackDialog(
            self.db,
            self.dashboard.period_title(scope),
            period=(scope.start, scope.end),
            stack=self.undo.stack,
        )
        self._run_feedback(dialog)

    def _run_feedback(self, dialog: FeedbackDialog) -> None:
        dialog.setParent(self, dialog.windowFlags())
        dialog.changed.connect(self.dashboard.refresh)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    # --- inbox and import ---------------------------------------------------------------------

    @Slot()
    def open_inbox(self) -> None:
        """Show the inbox of the keyword watch."""
        dialog = InboxDialog(
            self.db, self, settings=self.context.runtime.settings, watch=self.watch
        )
        dialog.changed.connect(self.refresh)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()
        self.refresh()

    def add_file_actions(self, bar: QToolBar) -> None:
        self.report_action = add_action(bar, self.tr("Report…"), "coverageReport", self.report)
        self.feed_import_action = add_action(
            bar, self.tr("Import a feed file…"), "importFeedFile", self.import_feed_file
        )

    @Slot()
    def report(self) -> None:
        """Write the report for the head on a period chosen, as DOCX, PDF or XLSX."""
        chooser = ReportPeriodDialog(self)
        chosen = dialogs.run_dialog(chooser)
        scope = chooser.scope()
        chooser.deleteLater()
        if not chosen:
            return
        self.transfers.export(
            self.tr("Report for the head"),
            f"coverage-{scope.start.isoformat()}",
            REPORT_FORMATS,
            self.doc_lang,
            lambda path, lang, _option: self.write_report(path, scope, lang),
        )

    def write_report(self, path: Path, scope: ReportScope, lang: str) -> int:
        """Write the report on ``scope`` to ``path``; return how many publications it counts."""
        return export_report(self.db, path, scope, lang=lang, font_path=self.pdf_font or None)

    @Slot()
    def import_feed_file(self) -> None:
        """Record the items of a saved RSS or Atom file; those already recorded are skipped."""
        title = self.tr("Import a feed file")
        path = dialogs.open_file(
            self, title, self.tr("Feeds (*.rss *.atom *.xml)"), platformdirs.user_documents_dir()
        )
        if path is None:
            return
        self.transfers.runner.start(
            lambda _progress: import_coverage(self.db, path),
            title,
            text=self.tr("Importing…"),
            cancellable=False,
            on_done=lambda result: self._feed_imported(title, result),
            on_failed=lambda _details: self._feed_failed(title),
        )

    def _feed_imported(self, title: str, result: CoverageImport) -> None:
        self.refresh()
        if result.rejected:
            lines = [
                self.tr("Item {line}: {reasons}").format(
                    line=problem.line, reasons="; ".join(problem_text(r) for r in problem.reasons)
                )
                for problem in result.rejected
            ]
            dialogs.warning(
                self,
                title,
                self.tr("Nothing was imported: some items cannot be read."),
                "\n".join(lines),
            )
            return
        dialogs.info(
            self,
            title,
            self.tr("Imported: {written}. Already recorded and skipped: {skipped}.").format(
                written=len(result.written), skipped=result.skipped
            ),
        )

    def _feed_failed(self, title: str) -> None:
        exc = self.transfers.runner.error
        dialogs.warning(self, title, error_text(exc) if exc is not None else "")

    def read_import(self, path: Path, skip: bool, dry: bool) -> ImportResult[Any]:
        """Check or import a monitoring table; a refused row means nothing is imported."""
        result = import_coverage(self.db, path, dry_run=dry)
        table = TableData(rows=[], columns={}, ignored_columns=[], header_line=0)
        # All or nothing: with a refused row no row is offered for import.
        accepted: list[Any] = [] if result.rejected else list(result.written)
        return ImportResult(
            accepted, list(result.rejected), table, dry_run=dry, stopped=bool(result.rejected)
        )

    def import_reason(self, reason: str) -> str:
        return problem_text(reason)
