"""Export to files and import from tables, off the GUI thread, for the asset sections."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.documents.fonts import FontNotFoundError
from pressdesk.documents.model import DocumentError
from pressdesk.exchange.errors import ImportFileError, TableFormatError
from pressdesk.exchange.tabular import ImportResult
from pressdesk.fileio import temporary_sibling
from pressdesk.gui import dialogs, file_problems
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import TaskRunner, problem_message
from pressdesk.gui.saving import place_file

log = logging.getLogger(__name__)

# (work on a path, language, "only what is shown") → count written
ExportWork = Callable[[Path, str, bool], int]
# (path, skip invalid rows, dry run) → what the import did
ImportWork = Callable[[Path, bool, bool], ImportResult[Any]]
# (format, language, "only what is shown") → False when the user goes back: the check of the
# texts a document needs in its language, run before anything is written
ExportCheck = Callable[[str, str, bool], bool]


class ExportDialog(QDialog):
    """Choose the format and the language of an export."""

    def __init__(
        self,
        title: str,
        formats: Sequence[str],
        lang: str,
        filter_option: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assetsExportDialog")
        self.setWindowTitle(title)
        names = {
            ".xlsx": self.tr("Excel table (XLSX)"),
            ".csv": self.tr("Table as text (CSV)"),
            ".docx": self.tr("Word document (DOCX)"),
            ".pdf": self.tr("PDF document"),
        }
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for suffix in formats:
            self.format.addItem(names[suffix], suffix)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem(self.tr("Kyrgyz"), "ky")
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Language of the file:"), self.language)
        self.only_shown = QCheckBox(filter_option)
        self.only_shown.setChecked(bool(filter_option))
        self.only_shown.setVisible(bool(filter_option))
        if filter_option:
            form.addRow("", self.only_shown)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def suffix(self) -> str:
        """Return the extension of the chosen format."""
        return str(self.format.currentData())

    @property
    def lang(self) -> str:
        """Return the chosen language."""
        return str(self.language.currentData())

    def filters(self) -> str:
        """Return the file chooser filter of the chosen format."""
        return {
            ".xlsx": self.tr("Excel tables (*.xlsx)"),
            ".csv": self.tr("CSV tables (*.csv)"),
            ".docx": self.tr("Word documents (*.docx)"),
            ".pdf": self.tr("PDF documents (*.pdf)"),
        }[self.suffix]


class ImportReportDialog(QDialog):
    """List every rejected row with its reasons; offer to import only the valid rows."""

    def __init__(self, result: ImportResult[Any], parent: QWidget | None = None) -> None:
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
            reasons = [reason_text(reason) for reason in problem.reasons]
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


_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^«(?P<column>[^»]+)»: unknown value (?P<value>.+)$"),
        QT_TRANSLATE_NOOP("ImportReportDialog", "«{column}»: unknown value {value}"),
    ),
    (
        re.compile(r"^inventory number (?P<number>.+) is already used in row (?P<row>\d+)$"),
        QT_TRANSLATE_NOOP(
            "ImportReportDialog", "inventory number {number} is already used in row {row}"
        ),
    ),
    (
        re.compile(r"^inventory number (?P<number>.+) is already in the database (?P<name>.+)$"),
        QT_TRANSLATE_NOOP(
            "ImportReportDialog", "inventory number {number} is already in the database {name}"
        ),
    ),
)
_COLUMN_PROBLEM = re.compile(r"^(?P<column>«[^»]+») (?P<rest>[^:]+)$")


def reason_text(reason: str) -> str:
    """Translate a reason the import gives for refusing a row; unknown ones stay as they are."""
    for pattern, template in _REASONS:
        found = pattern.match(reason)
        if found:
            return QCoreApplication.translate("ImportReportDialog", template).format(
                **found.groupdict()
            )
    found = _COLUMN_PROBLEM.match(reason)
    if found:
        return f"{found['column']} {problem_message(found['rest'])}"
    return reason


@dataclass
class _Export:
    target: Path
    partial: Path


class Transfers(QObject):
    """Run a section's exports and imports; one at a time, each behind a progress dialog."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = parent
        self.runner = TaskRunner(parent)

    def _free(self) -> bool:
        if self.runner.busy:
            dialogs.info(
                self.page, self.tr("Please wait"), self.tr("Another file is being processed.")
            )
            return False
        return True

    # --- export -------------------------------------------------------------------------------

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
        choose = ExportDialog(title, formats, lang, filter_option, self.page)
        accepted = dialogs.run_dialog(choose)
        suffix, lang, only_shown = choose.suffix, choose.lang, choose.only_shown.isChecked()
        filters = choose.filters()
        choose.deleteLater()
        if not accepted:
            return
        if check is not None and not check(suffix, lang, only_shown):
            return
        start = Path(platformdirs.user_documents_dir()) / f"{stem}-{lang}{suffix}"
        path = dialogs.save_file(self.page, title, filters, start)
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        # Written beside the target and put in place only when complete and not cancelled.
        job = _Export(path, temporary_sibling(path))
        self.runner.start(
            title,
            self.tr("Saving the file…"),
            lambda: work(job.partial, lang, only_shown),
            lambda count: self._exported(job, title, count),
            lambda exc: self._export_failed(job, title, exc),
            on_cancel=lambda _result: _discard(job.partial),
        )

    def _exported(self, job: _Export, title: str, count: int) -> None:
        try:
            placed = place_file(self.page, job.partial, job.target, title)
        except OSError as exc:
            self._export_failed(job, title, exc)
            return
        if placed is None:
            return
        job.target = placed
        answer = dialogs.choice(
            self.page,
            title,
            self.tr("The file is saved (records: {count}):\n{path}").format(
                count=count, path=job.target
            ),
            [("folder", self.tr("Open the folder")), ("ok", self.tr("OK"))],
            kind="info",
            default="ok",
            escape="ok",
        )
        if answer == "folder":
            dialogs.open_folder(job.target.parent)

    def _export_failed(self, job: _Export, title: str, exc: Exception) -> None:
        _discard(job.partial)
        dialogs.error(self.page, title, self.failure_text(exc), str(exc))

    def failure_text(self, exc: Exception) -> str:
        """Return what the user can do about a failed export or import."""
        if isinstance(exc, FontNotFoundError):
            return self.tr(
                "No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install "
                "DejaVu Sans or choose a TrueType font under Settings → Preferences, or save "
                "as DOCX instead."
            )
        if isinstance(exc, OSError):
            return self.tr(
                "The file could not be written. Check that the folder exists, that you may "
                "write there, that the disk has free space and that the file is not open in "
                "another program."
            )
        worded = file_problems.describe(exc) if isinstance(exc, ImportFileError) else None
        if worded is not None:
            return worded
        if isinstance(exc, TableFormatError):
            return self.tr(
                "The file could not be read as a table. Use an Excel workbook (.xlsx) or a "
                "CSV file whose first row names the columns."
            )
        if not isinstance(exc, (DocumentError, ValueError)):
            log.error("Export or import failed", exc_info=exc)
        return self.tr("The file could not be made.")

    # --- import -------------------------------------------------------------------------------

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
            title,
            self.tr("Checking the file…"),
            lambda: work(path, False, True),
            lambda result: self._checked(title, path, work, done, result),
            lambda exc: self._import_failed(title, exc),
        )

    def _checked(
        self,
        title: str,
        path: Path,
        work: ImportWork,
        done: Callable[[int], None],
        result: ImportResult[Any],
    ) -> None:
        if not result.accepted and not result.rejected:
            dialogs.info(self.page, title, self.tr("The file has no rows to import."))
            return
        if result.rejected:
            report = ImportReportDialog(result, self.page)
            go = dialogs.run_dialog(report)
            report.deleteLater()
            if not go:
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
            title,
            self.tr("Importing…"),
            lambda: work(path, skip, False),
            lambda final: self._imported(title, done, final),
            lambda exc: self._import_failed(title, exc),
            cancellable=False,
        )

    def _imported(self, title: str, done: Callable[[int], None], result: ImportResult[Any]) -> None:
        count = len(result.accepted) if result.written else 0
        done(count)
        dialogs.info(self.page, title, self.tr("Records imported: {count}.").format(count=count))

    def _import_failed(self, title: str, exc: Exception) -> None:
        dialogs.error(self.page, title, self.failure_text(exc), str(exc))


def _discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("Could not remove %s: %s", path, exc)
