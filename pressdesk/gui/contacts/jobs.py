"""Run long contact work (import, export) in a worker thread behind a progress dialog."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from pressdesk.documents.fonts import FontNotFoundError
from pressdesk.documents.model import DocumentError
from pressdesk.exchange.errors import ContactFileError
from pressdesk.gui.messages import error_text
from pressdesk.services.contacts.values import ContactError, ContactNotFound

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class ContactJob(QRunnable):
    """Call ``work(progress)`` off the GUI thread; ``progress`` returns False once cancelled."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.work = work
        self.cancel_event = threading.Event()
        #: What stopped the work, kept for a caller that words it (set before ``failed``).
        self.error: Exception | None = None

    def progress(self, done: int, total: int) -> bool:
        """Report progress to the GUI; return False if the user cancelled."""
        self.signals.progress.emit(done, total)
        return not self.cancel_event.is_set()

    def run(self) -> None:
        """Do the work; a failure the user can act on is reported, not raised."""
        try:
            result = self.work(self.progress)
        except (ContactError, ContactNotFound, ContactFileError, DocumentError) as exc:
            self.error = exc
            self.signals.failed.emit(error_text(exc))
        except FontNotFoundError as exc:
            self.error = exc
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.error = exc
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug must not leave the progress dialog hanging
            log.exception("Contact job failed")
            self.error = exc
            self.signals.failed.emit(repr(exc))
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """Start a job with a window-modal progress dialog; emit ``done`` or ``failed`` at the end."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, text: str, cancel_text: str) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.text, self.cancel_text = text, cancel_text
        self.job: ContactJob | None = None
        self.dialog: QProgressDialog | None = None
        self.cancelled = False
        #: The exception behind the last ``failed``, for a caller that words it itself.
        self.error: Exception | None = None

    @property
    def running(self) -> bool:
        """Return True while a job is under way."""
        return self.job is not None

    def start(self, work: Work, title: str) -> None:
        """Run ``work`` in the thread pool and show its progress."""
        if self.job is not None:
            return
        self.cancelled = False
        self.job = ContactJob(work)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.dialog = QProgressDialog(self.text, self.cancel_text, 0, 0, self.parent_widget)
        self.dialog.setObjectName("contactProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        QThreadPool.globalInstance().start(self.job)

    def wait(self, msecs: int = 60_000) -> bool:
        """Wait for the worker thread (for tests and closing); return True if it ended."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self.cancelled = True
        if self.job is not None:
            self.job.cancel_event.set()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.job = None

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._close()
        self.done.emit(result)

    @Slot(str)
    def _failed(self, details: str) -> None:
        self.error = self.job.error if self.job is not None else None
        self._close()
        self.failed.emit(details)
