"""Read a pasted link's page in the background and hand back what it says."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.jobs import Job, JobRunner
from pressdesk.services.coverage.keys import is_web_address
from pressdesk.services.coverage.links import LinkDetails, link_details
from pressdesk.storage.engine import Database

# Readings under way, kept alive even if the row or editor that started them closes first.
_UNDER_WAY: set[Job] = set()


def _keep(job: Job) -> None:
    _UNDER_WAY.add(job)

    def release(*_args: object) -> None:
        _UNDER_WAY.discard(job)

    job.signals.finished.connect(release, Qt.ConnectionType.DirectConnection)
    job.signals.failed.connect(release, Qt.ConnectionType.DirectConnection)


class LinkFiller(QObject):
    """Fetch one link at a time without a dialog; ``filled`` or ``failed`` tells the result.

    A result for a link the field no longer holds is dropped: the user has moved on.
    """

    #: The page was read (a LinkDetails).
    filled = Signal(object)
    #: The page could not be read: the reason, worded for the user.
    failed = Signal(str)
    #: Reading started or ended.
    busy_changed = Signal(bool)

    def __init__(self, db: Database, field: QLineEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.field = field
        self.runner = JobRunner(parent)
        self.url = ""
        self.read_url = ""
        field.textEdited.connect(self._edited)
        field.editingFinished.connect(self.fetch)
        field.textChanged.connect(self._changed)
        self._length = len(field.text())

    @property
    def running(self) -> bool:
        """Return True while a page is being read."""
        return self.runner.running

    def _changed(self, text: str) -> None:
        if not text.strip():
            self.read_url = ""  # an emptied field: the same link pasted again is read again

    def _edited(self, text: str) -> None:
        # More than one letter at once is a paste: read the page straight away.
        pasted = len(text) - self._length > 1
        self._length = len(text)
        if pasted:
            self.fetch()

    def fetch(self) -> bool:
        """Start reading the link the field holds; False if it is not a web address or known."""
        url = self.field.text().strip()
        self._length = len(self.field.text())
        if not is_web_address(url) or url in (self.url, self.read_url):
            return False
        if self.runner.running:
            return False
        self.url = url
        db = self.db
        started = self.runner.start(
            lambda _progress: link_details(db, url),
            "",
            quiet=True,
            on_done=self._done,
            on_failed=self._failed,
        )
        if started and self.runner.job is not None:
            _keep(self.runner.job)
            self.busy_changed.emit(True)
        return started

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the reading to end (for tests and closing)."""
        return self.runner.wait(msecs)

    def _finish(self) -> bool:
        """End one reading; return True if its link is still the one in the field."""
        url, self.url = self.url, ""
        self.read_url = url
        self.busy_changed.emit(False)
        current = self.field.text().strip() == url
        if not current:
            self.fetch()  # a link pasted meanwhile
        return current

    def _done(self, details: LinkDetails) -> None:
        if self._finish():
            self.filled.emit(details)

    def _failed(self, details: str) -> None:
        exc = self.runner.error
        if self._finish():
            self.failed.emit(error_text(exc) if exc is not None else details)
