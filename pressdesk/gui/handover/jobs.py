"""Run slow handover work (issuing, re-printing) in a worker thread and report back by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from pressdesk.documents.fonts import FontNotFoundError
from pressdesk.documents.model import DocumentError
from pressdesk.gui.details import technical_details
from pressdesk.gui.messages import error_text
from pressdesk.services.contacts.values import ContactError
from pressdesk.services.handover.draft import HandoverError

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """What a job reports: a step reached, the result, or a failure (kind, details)."""

    step = Signal(str)
    finished = Signal(object)
    failed = Signal(str, str)


class Job(QRunnable):
    """Call ``work`` with a step callback in a worker thread; every failure becomes a report."""

    def __init__(self, work: Callable[[Callable[[str], None]], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.work = work

    def run(self) -> None:
        """Do the work; a programming error is logged and reported, never left hanging."""
        try:
            result = self.work(self.signals.step.emit)
        except FontNotFoundError as exc:
            self.signals.failed.emit("font", technical_details(exc))
        except (HandoverError, ContactError) as exc:
            self.signals.failed.emit("handover", error_text(exc))
        except OSError as exc:
            self.signals.failed.emit("disk", technical_details(exc))
        except DocumentError as exc:
            self.signals.failed.emit("document", technical_details(exc))
        except Exception as exc:  # a bug must not leave the progress dialog open forever
            log.exception("Handover job failed")
            self.signals.failed.emit("unexpected", technical_details(exc))
        else:
            self.signals.finished.emit(result)
