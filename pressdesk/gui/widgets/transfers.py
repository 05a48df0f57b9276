"""A page's files in and out: export through the shared export dialog, import from a table.

Both run off the GUI thread behind a progress dialog, one at a time per page. An import is
checked first without writing; the rows it refuses are listed, and only then imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.exchange.tabular import ImportResult
from pressdesk.gui import dialogs
from pressdesk.gui.widgets.export import ExportDialog, FileWriter, explain_failure, offer_folder
from pressdesk.gui.widgets.jobs import JobRunner

# (work on a path, language, the dialog's option ticked) → count written
ExportWork = Callable[[Path, str, bool], int]
# (path, skip invalid rows, dry run) → what the import did
ImportWork = Callable[[Path, bool, bool], ImportResult[Any]]
# (format, language, option ticked) → False when the user goes back: the check of the texts a
# document needs in its language, run before anything is written
ExportCheck = Callable[[str, str, bool], bool]


def run_modal(dialog: QDialog) -> bool:
    """Run ``dialog`` through the dialogs helper and dispose of it; True if it was accepted."""
    try:
        return dialogs.run_dialog(dialog)
    finally:
        dialog.deleteLater()


class ImportReportDialog(QDialog):
    """List every rejected row with its reasons; offer to import only the valid rows."""

    def __init__(
        self,
        result: ImportResult[Any],
        parent: QWidget | None = None,
        reason: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Problems in the file"))
        valid, rejected = len(result.accepted), len(result.rejected)
        summary = QLabel(
            self.tr(
                "Rows that can be imported: {valid}. Rows with problems: {rejected}.\n"
                "Nothing has been imported yet. Correct the file and import it again, or "
                "import only the valid rows."
            ).format(valid=valid, rejected=rejected)
        )
        summary.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        lines = []
        for problem in result.rejected:
            what = f" ({problem.summary})" if problem.summary else ""
            head = self.tr("Row {line}").format(line=problem.line) + what
            reasons = [reason(text) for text in problem.reasons]
            lines.append(head + ":\n    " + "\n    ".join(reasons))
        self.report.setPlainText("\n".join(lines))
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import valid rows only"))
        self.import_button.setObjectName("importValidOnly")
        self.import_button.setEnabled(valid > 0)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)


class Transfers(QObject):
    """Run a page's exports and imports; one at a time, each behind a progress dialog.

    ``reason`` words a reason the import gives for refusing a row in the user's language.
    """

    def __init__(self, parent: QWidget, reason: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self.page = parent
        self.reason = reason
        self.title = ""
        self.runner = JobRunner(parent)
        self.writer = FileWriter(parent, runner=self.runner)
        self.writer.done.connect(self._exported)

    def _free(self) -> bool:
        if self.runner.busy:
            dialogs.info(
                self.page, self.tr("Please wait"), self.tr("Another file is being processed.")
            )
            return False
        return True

    def export(
        self,
        title: str,
        stem: str,
        formats: Sequence[str],
        lang: str,
        work: ExportWork,
        *,
        filter_option: str = "",
        check: ExportCheck | None = None,
    ) -> None:
        """Ask for a format, a language and a file, then write it in the background;
        ``check`` lists the texts missing in the chosen language first."""
        if not self._free():
            return
        choose = ExportDialog(
            title, formats, lang, self.page, stem=stem, option=filter_option, choose_only=True
        )
        accepted = dialogs.run_dialog(choose)
        suffix, lang, only_shown = choose.suffix, choose.lang, choose.only_shown.isChecked()
        path = None
        if accepted and (check is None or check(suffix, lang, only_shown)):
            path = choose.ask_path(self.page)
        choose.deleteLater()
        if path is None:
            return
        self.title = title
        self.writer.start([(lambda partial: work(partial, lang, only_shown), path)], title)

    @Slot(bool)
    def _exported(self, ok: bool) -> None:
        if not ok or not self.writer.placed:
            return
        target = self.writer.placed[0]
        offer_folder(
            self.page,
            self.title,
            self.tr("The file is saved (records: {count}):\n{path}").format(
                count=self.writer.result, path=target
            ),
            target,
        )

    def import_table(self, title: str, work: ImportWork, done: Callable[[int], None]) -> None:
        """Check a chosen table without writing, report problems, then import on request."""
        if not self._free():
            return
        path = dialogs.open_file(
            self.page, title, self.tr("Tables (*.xlsx *.csv)"), platformdirs.user_documents_dir()
        )
        if path is None:
            return
        self.runner.start(
            lambda _progress: work(path, False, True),
            title,
            text=self.tr("Checking the file…"),
            on_done=lambda result: self._checked(title, path, work, done, result),
            on_failed=lambda _details: self._import_failed(title),
        )

    def _checked(
        self,
        title: str,
        path: Path,
        work: ImportWork,
        done: Callable[[int], None],
        result: ImportResult[Any],
    ) -> None:
        if self.runner.cancelled:
            return
        if not result.accepted and not result.rejected:
            dialogs.info(self.page, title, self.tr("The file has no rows to import."))
            return
        if result.rejected:
            if not run_modal(ImportReportDialog(result, self.page, self.reason)):
                return
        elif not dialogs.question(
            self.page,
            title,
            self.tr("All rows of the file are valid. Rows to import: {count}.").format(
                count=len(result.accepted)
            ),
            yes=self.tr("Import"),
            no=self.tr("Cancel"),
            default_yes=True,
        ):
            return
        skip = bool(result.rejected)
        self.runner.start(
            lambda _progress: work(path, skip, False),
            title,
            text=self.tr("Importing…"),
            cancellable=False,
            on_done=lambda final: self._imported(title, done, final),
            on_failed=lambda _details: self._import_failed(title),
        )

    def _imported(self, title: str, done: Callable[[int], None], result: ImportResult[Any]) -> None:
        count = len(result.accepted) if result.written else 0
        done(count)
        dialogs.info(self.page, title, self.tr("Records imported: {count}.").format(count=count))

    def _import_failed(self, title: str) -> None:
        if not self.runner.cancelled:
            exc = self.runner.error
            explain_failure(self.page, title, exc)
