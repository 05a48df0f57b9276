""" "Check now" of the keyword watch: the active feeds fetched in the background.

No progress dialog: the window (and the inbox) stay usable while the feeds are read, and a
status line says what is going on and, at the end, what came in and which feeds failed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.jobs import JobRunner
from pressdesk.services.coverage.feeds import fetch_feed
from pressdesk.services.coverage.inbox import Fetcher, WatchReport, check_feeds, list_feeds
from pressdesk.storage.engine import Database

NO_FEED = QT_TRANSLATE_NOOP("FeedWatch", "No feed is switched on. Add one in Keywords and feeds.")
CHECKING = QT_TRANSLATE_NOOP("FeedWatch", "Checking the feeds… The window stays usable meanwhile.")
CHECKED = QT_TRANSLATE_NOOP(
    "FeedWatch", "Feeds checked: items read {seen}, new in the inbox {new}."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedWatch", text)


class FeedWatch(QObject):
    """Fetch the active feeds in a worker thread, one check at a time."""

    #: A check started; ``status`` says so.
    started = Signal()
    #: A check ended (or could not start); ``status`` says what it found or why it failed.
    finished = Signal()
    #: The inbox may hold new items.
    checked = Signal()

    def __init__(self, db: Database, parent: QWidget, fetch: Fetcher = fetch_feed) -> None:
        super().__init__(parent)
        self.db = db
        self.fetch = fetch
        self.runner = JobRunner(parent)
        #: What the last check did, worded for the status line ("" before the first).
        self.status = ""

    @property
    def running(self) -> bool:
        """Return True while the feeds are being read."""
        return self.runner.running

    def start(self) -> bool:
        """Start a check of the active feeds; False if one is running or no feed is on."""
        if self.running:
            return False
        if not list_feeds(self.db, active_only=True):
            self.status = _tr(NO_FEED)
            self.finished.emit()
            return False
        db, fetch = self.db, self.fetch
        started = self.runner.start(
            lambda _progress: check_feeds(db, fetch),
            "",
            quiet=True,
            on_done=self._done,
            on_failed=self._failed,
        )
        if started:
            self.status = _tr(CHECKING)
            self.started.emit()
        return started

    def _done(self, report: WatchReport) -> None:
        lines = [_tr(CHECKED).format(seen=report.seen, new=len(report.new))]
        lines += [error_text(problem.error) for problem in report.problems]
        self.status = "\n".join(lines)
        self.finished.emit()
        self.checked.emit()

    def _failed(self, details: str) -> None:
        exc = self.runner.error
        self.status = error_text(exc) if exc is not None else details
        self.finished.emit()
