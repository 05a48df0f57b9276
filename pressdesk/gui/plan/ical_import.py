"""Bring a calendar file (.ics) into the plan from the window and say what it did.

The import runs in the background as one transaction. What was left out of the file, and why,
is listed under the details in the interface's language; a file that cannot be read at all is
refused with its reason, and nothing is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from pressdesk.gui import dialogs
from pressdesk.gui.details import technical_details
from pressdesk.gui.messages import error_text, problem_text
from pressdesk.gui.widgets.jobs import JobRunner
from pressdesk.services.plan.ical import IcsImportReport, import_ics
from pressdesk.storage.engine import Database


class CalendarImport(QObject):
    """Choose an .ics file, import it into the plan and report the outcome to the user."""

    def __init__(self, page: QWidget, db: Database, done: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.db = db
        # Called after a file was imported, to show the plan as it is now.
        self.done = done
        self.runner = JobRunner(page)
        self.report: IcsImportReport | None = None

    def title(self) -> str:
        """Return the title of the import's dialogs."""
        return self.tr("Import a calendar")

    def start(self, path: Path | None = None) -> bool:
        """Ask for a file (unless ``path`` is given) and import it; False if nothing started."""
        if self.runner.running:
            return False
        if path is None:
            path = dialogs.open_file(
                self.page,
                self.title(),
                self.tr("Calendar files (*.ics)"),
                platformdirs.user_documents_dir(),
            )
        if path is None:
            return False
        chosen = path
        return self.runner.start(
            lambda _progress: import_ics(self.db, chosen),
            self.title(),
            text=self.tr("Importing the calendar…"),
            cancellable=False,
            on_done=self._imported,
            on_failed=lambda _details: self._failed(),
        )

    def _imported(self, report: IcsImportReport) -> None:
        self.report = report
        self.done()
        text = self.tr(
            "Items added: {created}. Items updated: {updated}. Unchanged: {unchanged}. "
            "Events left out: {skipped}."
        ).format(
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            skipped=report.skipped,
        )
        if not report.problems:
            dialogs.info(self.page, self.title(), text)
            return
        text += "\n\n" + self.tr(
            "Some parts of the file could not be used; the details say which and why."
        )
        details = "\n".join(problem_text(problem) for problem in report.problems)
        dialogs.warning(self.page, self.title(), text, details)

    def _failed(self) -> None:
        exc = self.runner.error
        text = error_text(exc) if exc is not None else ""
        heading = self.tr("The calendar was not imported.")
        dialogs.error(self.page, self.title(), f"{heading}\n\n{text}", technical_details(exc))
