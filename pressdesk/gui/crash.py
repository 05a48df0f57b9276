"""Log unexpected errors and tell the user, instead of letting the window vanish."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from pressdesk.gui import dialogs

log = logging.getLogger("pressdesk.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashHandler:
    """A ``sys.excepthook`` that logs the traceback and shows the crash dialog."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        """Replace ``sys.excepthook``; the previous hook is kept for :meth:`uninstall`."""
        self.previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        """Put the previous hook back if this handler is still installed."""
        if sys.excepthook is self and self.previous is not None:
            sys.excepthook = self.previous

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing or not isinstance(QApplication.instance(), QApplication):
            # A second error while the dialog is up, or no GUI: the log has it already.
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._showing = True
        try:
            self._show(exc_type, exc, tb)
        except Exception:
            log.exception("The crash dialog failed")
        finally:
            self._showing = False

    def _show(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        text = QCoreApplication.translate(
            "CrashHandler",
            "PressDesk hit an unexpected error, and the last action may not have finished. "
            "You can keep working; if it happens again, restart PressDesk.\n\n"
            "The details were written to the log file:\n{log_file}",
        ).format(log_file=self.log_file)
        answer = dialogs.choice(
            QApplication.activeWindow(),
            QCoreApplication.translate("CrashHandler", "Unexpected error"),
            text,
            (
                ("open_logs", QCoreApplication.translate("CrashHandler", "Open log folder")),
                ("close", QCoreApplication.translate("CrashHandler", "Close")),
            ),
            kind="error",
            default="close",
            escape="close",
            details=details,
        )
        if answer == "open_logs":
            dialogs.open_folder(self.log_file.parent)
