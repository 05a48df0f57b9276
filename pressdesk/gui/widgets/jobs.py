"""Run one long piece of work at a time in a worker thread behind a progress dialog."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from pressdesk.gui.details import technical_details

log = logging.getLogger(__name__)

# ``progress(done, total)`` reports how far the work is; it returns False once cancelled.
Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]


def _expected(exc: Exception) -> bool:
    """Return True for a failure the user can act on: the disk, or a refusal of our own."""
    ours = any(cls.__module__.startswith("pressdesk.") for cls in type(exc).__mro__)
    return ours or isinstance(exc, OSError)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Call ``work(progress)`` off the GUI thread; any exception is reported, not raised."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.work = work
        self.cancel_event = threading.Event()
        # What stopped the work, kept for a caller that words it (set before ``failed``).
        self.error: Exception | None = None

    def progress(self, done: int, total: int) -> bool:
        """Report progress to the GUI; return False if the user cancelled."""
        self.signals.progress.emit(done, total)
        return not self.cancel_event.is_set()

    def run(self) -> None:
        """Do the work; a failure must not leave the progress dialog hanging."""
        try:
            result = self.work(self.progress)
        except Exception as exc:  # the GUI thread words it; a bug is logged here
            if not _expected(exc):
                log.error("Background work failed", exc_info=exc)
            self.error = exc
            self.signals.failed.emit(technical_details(exc))
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """Start a job with a window-modal progress dialog; emit ``done`` or ``failed`` at the end.

    Cancelling asks the job to stop at its next progress report and stops waiting for it:
    ``cancelled`` is then True when ``done`` or ``failed`` arrives, so the caller can throw
    away what the work left behind.
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, text: str = "", cancel_text: str = "") -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.text = text
        self.cancel_text = cancel_text or QCoreApplication.translate("Jobs", "Cancel")
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None
        self.cancelled = False
        # The exception behind the last ``failed``, for a caller that words it itself.
        self.error: Exception | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._on_failed: Callable[[str], None] | None = None

    @property
    def running(self) -> bool:
        """Return True while a job is under way."""
        return self.job is not None

    busy = running

    def start(
        self,
        work: Work,
        title: str,
        *,
        text: str | None = None,
        cancellable: bool = True,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        quiet: bool = False,
    ) -> bool:
        """Run ``work`` in the thread pool and show its progress; False if one is running.

        ``on_done`` and ``on_failed``, when given, are called for this job instead of the
        ``done`` and ``failed`` signals, so several users can share one runner. A ``quiet``
        job shows no progress dialog: the window stays usable while it runs (reading a
        pasted link, a check at start-up).
        """
        if self.job is not None:
            return False
        self.cancelled = False
        self.error = None
        self._on_done, self._on_failed = on_done, on_failed
        self.job = Job(work)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        if quiet:
            QThreadPool.globalInstance().start(self.job)
            return True
        label = self.text if text is None else text
        self.dialog = QProgressDialog(label, self.cancel_text, 0, 0, self.parent_widget)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setProperty("cancellable", cancellable)
        if cancellable:
            self.dialog.canceled.connect(self.cancel)
        else:
            # Writing to the database is one transaction: it cannot be stopped halfway.
            self.dialog.setCancelButton(None)
        QThreadPool.globalInstance().start(self.job)
        return True

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
            # Read first: closing a shown progress dialog reports it as cancelled.
            self.cancelled = self.cancelled or self.dialog.wasCanceled()
            if self.dialog.property("cancellable"):
                self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.job = None

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._close()
        if self._on_done is not None:
            self._on_done(result)
        else:
            self.done.emit(result)

    @Slot(str)
    def _failed(self, details: str) -> None:
        self.error = self.job.error if self.job is not None else None
        self._close()
        if self._on_failed is not None:
            self._on_failed(details)
        else:
            self.failed.emit(details)
