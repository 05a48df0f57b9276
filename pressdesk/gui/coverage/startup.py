"""The optional check of the keyword watch's feeds once the window is on screen.

It runs in the background without a dialog; what it found, or why it failed, is kept here for
the Coverage page to show (never a message box at start-up), and failures are logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.jobs import JobRunner
from pressdesk.settings import COVERAGE_CHECK_AT_START, Settings
from pressdesk.storage.engine import Database

if TYPE_CHECKING:
    from pressdesk.services.coverage.inbox import Fetcher, WatchReport

log = logging.getLogger(__name__)


@dataclass
class StartupCheck:
    """What the check at start-up did: new inbox items and the feeds that failed, worded."""

    new: int = 0
    seen: int = 0
    problems: list[str] = field(default_factory=list)


#: The last check at start-up of this session (None: none ran, or it is still running).
last_check: StartupCheck | None = None


class StartupWatch(QObject):
    """Check the active feeds once in the background; ``finished`` when done, either way."""

    finished = Signal()

    def __init__(self, db: Database, parent: QWidget, fetch: Fetcher | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.fetch = fetch
        self.runner = JobRunner(parent)

    def start(self, settings: Settings) -> bool:
        """Start the check if the setting is on and a feed is switched on; True if started."""
        global last_check
        if not settings.get(COVERAGE_CHECK_AT_START):
            return False
        # The feed reader and the monitoring models are imported only when the check runs:
        # with the check off (the default) they stay out of the start-up.
        from pressdesk.services.coverage.feeds import fetch_feed
        from pressdesk.services.coverage.inbox import check_feeds, list_feeds

        try:
            if not list_feeds(self.db, active_only=True):
                return False
        except Exception:  # a database problem is the window's to report, not this check's
            log.exception("Feeds could not be listed for the check at start-up")
            return False
        last_check = None
        db, fetch = self.db, self.fetch or fetch_feed
        return self.runner.start(
            lambda _progress: check_feeds(db, fetch),
            "",
            quiet=True,
            on_done=self._done,
            on_failed=self._failed,
        )

    def _done(self, report: WatchReport) -> None:
        global last_check
        problems = [error_text(problem.error) for problem in report.problems]
        for problem in report.problems:
            log.warning("Feed check at start-up: %s: %s", problem.feed, problem.error.code)
        last_check = StartupCheck(len(report.new), report.seen, problems)
        log.info("Feeds checked at start-up: %s items, %s new", report.seen, len(report.new))
        self.finished.emit()

    def _failed(self, details: str) -> None:
        global last_check
        exc = self.runner.error
        log.warning("Feed check at start-up failed: %s", details)
        last_check = StartupCheck(problems=[error_text(exc) if exc is not None else details])
        self.finished.emit()
