"""The export dialog every section uses: format, language, mark; written off the GUI thread.

A file is written beside its target and put in place only when it is complete, so a failed or
cancelled export leaves no half-written file behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pressdesk.documents.fonts import FontNotFoundError
from pressdesk.exchange.errors import ImportFileError, TableFormatError
from pressdesk.fileio import temporary_sibling
from pressdesk.gui import dialogs, file_problems
from pressdesk.gui.details import technical_details
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.messages import error_text
from pressdesk.gui.saving import discard, place_file
from pressdesk.gui.widgets.jobs import JobRunner, Progress
from pressdesk.gui.widgets.text_preview import prepare_document_view
from pressdesk.messages import UserError
from pressdesk.services.official_use import suffix_can_mark

log = logging.getLogger(__name__)

_CONTEXT = "ExportFiles"
# A function that writes one file to the path it is given and returns what it wrote.
Writer = Callable[[Path], object]

FORMAT_NAMES: dict[str, str] = {
    ".xlsx": QT_TRANSLATE_NOOP("ExportFiles", "Excel table (XLSX)"),
    ".csv": QT_TRANSLATE_NOOP("ExportFiles", "Table as text (CSV)"),
    ".vcf": QT_TRANSLATE_NOOP("ExportFiles", "vCard for phones and mail (VCF)"),
    ".docx": QT_TRANSLATE_NOOP("ExportFiles", "Word document (DOCX)"),
    ".pdf": QT_TRANSLATE_NOOP("ExportFiles", "PDF document"),
    ".ics": QT_TRANSLATE_NOOP("ExportFiles", "Calendar file (iCalendar, ICS)"),
}
FORMAT_FILTERS: dict[str, str] = {
    ".xlsx": QT_TRANSLATE_NOOP("ExportFiles", "Excel tables (*.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("ExportFiles", "CSV tables (*.csv)"),
    ".vcf": QT_TRANSLATE_NOOP("ExportFiles", "vCard files (*.vcf)"),
    ".docx": QT_TRANSLATE_NOOP("ExportFiles", "Word documents (*.docx)"),
    ".pdf": QT_TRANSLATE_NOOP("ExportFiles", "PDF documents (*.pdf)"),
    ".ics": QT_TRANSLATE_NOOP("ExportFiles", "Calendar files (*.ics)"),
}


translate = QCoreApplication.translate


def _named(text: str) -> str:
    """Translate a name kept in one of the tables above."""
    return translate(_CONTEXT, text)


def format_filter(suffix: str) -> str:
    """Return the file chooser filter of a format."""
    return _named(FORMAT_FILTERS[suffix])


def failure_text(exc: BaseException | None) -> str:
    """Return what the user can do about a file that could not be written or read."""
    if isinstance(exc, FontNotFoundError):
        return translate(
            "ExportFiles",
            "No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install "
            "DejaVu Sans or choose a TrueType font under Settings → Preferences, or save "
            "as DOCX instead.",
        )
    if isinstance(exc, OSError):
        return translate(
            "ExportFiles",
            "The file could not be written. Check that the folder exists, that you may "
            "write there, that the disk has free space and that the file is not open in "
            "another program.",
        )
    if isinstance(exc, ImportFileError):
        worded = file_problems.describe(exc)
        if worded is not None:
            return worded
        if isinstance(exc, TableFormatError):
            return translate(
                "ExportFiles",
                "The file could not be read as a table. Use an Excel workbook (.xlsx) or a "
                "CSV file whose first row names the columns.",
            )
    elif isinstance(exc, (UserError, ValueError, LookupError)):
        # A service's refusal: worded from its code, or its sentence from the catalogue.
        return error_text(exc)
    return translate("ExportFiles", "The file could not be made.")


def explain_failure(parent: QWidget | None, title: str, exc: BaseException | None) -> None:
    """Tell the user why a file was not saved; the system's own words go under the details."""
    dialogs.error(parent, title, failure_text(exc), technical_details(exc))


class FileWriter(QObject):
    """Write files one after another in the background; put them in place only when all went
    well. ``done(ok)`` tells how it ended; the placed paths are in ``placed``."""

    done = Signal(bool)

    def __init__(self, parent: QWidget, title: str = "", runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.title = title
        self.runner = runner or JobRunner(parent, translate("ExportFiles", "Saving the file…"))
        self.pending: list[tuple[Path, Path]] = []
        self.placed: list[Path] = []
        self.results: list[object] = []

    @property
    def busy(self) -> bool:
        """Return True while files are being written."""
        return self.runner.running

    @property
    def result(self) -> object:
        """Return what the first writer returned (a count, a summary), or None."""
        return self.results[0] if self.results else None

    def start(self, files: Sequence[tuple[Writer, Path]], title: str = "") -> bool:
        """Write ``files`` (function, target) in order; False if other work is running."""
        if self.busy:
            return False
        self.title = title or self.title
        self.placed, self.results, self.pending = [], [], []
        writers = [write for write, _target in files]
        try:
            for _write, target in files:
                self.pending.append((temporary_sibling(target), target))
        except OSError as exc:
            self._discard()
            explain_failure(self.parent_widget, self.title, exc)
            self.done.emit(False)
            return False
        partials = [partial for partial, _target in self.pending]

        def work(progress: Progress) -> list[object]:
            results = []
            for number, (write, partial) in enumerate(zip(writers, partials, strict=True)):
                if not progress(number, len(partials)):
                    break
                results.append(write(partial))
            progress(len(partials), len(partials))
            return results

        return self.runner.start(work, self.title, on_done=self._finished, on_failed=self._failed)

    def _discard(self) -> None:
        for partial, _target in self.pending:
            discard(partial)
        self.pending = []

    def _finished(self, results: object) -> None:
        if self.runner.cancelled:
            self._discard()
            self.done.emit(False)
            return
        self.results = list(results) if isinstance(results, list) else [results]
        while self.pending:
            partial, target = self.pending.pop(0)
            try:
                placed = place_file(self.parent_widget, partial, target, self.title)
            except OSError as exc:
                self._discard()
                explain_failure(self.parent_widget, self.title, exc)
                self.done.emit(False)
                return
            if placed is None:
                self._discard()
                self.done.emit(False)
                return
            self.placed.append(placed)
        self.done.emit(True)

    def _failed(self, _details: str) -> None:
        self._discard()
        if not self.runner.cancelled:
            explain_failure(self.parent_widget, self.title, self.runner.error)
        self.done.emit(False)


def offer_folder(parent: QWidget, title: str, text: str, path: Path) -> None:
    """Say a file is saved and offer to open its folder."""
    answer = dialogs.choice(
        parent,
        title,
        text,
        [
            ("folder", translate("ExportFiles", "Open the folder")),
            ("ok", translate("ExportFiles", "OK")),
        ],
        kind="info",
        default="ok",
        escape="ok",
    )
    if answer == "folder":
        dialogs.open_folder(path.parent)


class ExportDialog(QDialog):
    """Choose the format, the language of the document and the restricted-use mark; save.

    A section passes its formats and either a ``write`` function or a subclass that overrides
    :meth:`files`; :meth:`check` (the texts the document lacks in its language) runs before
    a file is asked for. With ``preview`` the dialog shows the document as it will print
    (:meth:`preview_html`).
    """

    def __init__(
        self,
        title: str,
        formats: Sequence[str | tuple[str, str]],
        lang: str,
        parent: QWidget | None = None,
        *,
        stem: str = "export",
        write: Callable[[Path, str], object] | None = None,
        markable: bool = False,
        always_marked: bool = False,
        option: str = "",
        preview: bool = False,
        note: str = "",
        choose_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(title)
        self.stem, self.write = stem, write
        self.saved_path: Path | None = None
        self.target: Path | None = None
        self.writer = FileWriter(self, title)
        self.writer.done.connect(self._written)
        self.form = QFormLayout()
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for entry in formats:
            suffix, name = (
                entry if isinstance(entry, tuple) else (entry, _named(FORMAT_NAMES[entry]))
            )
            self.format.addItem(name, suffix)
        self.form.addRow(translate("ExportFiles", "Format:"), self.format)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem(translate("ExportFiles", "Kyrgyz"), "ky")
        self.language.addItem(translate("ExportFiles", "Russian"), "ru")
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.form.addRow(translate("ExportFiles", "Document language:"), self.language)
        self.official_use = QCheckBox(translate("ExportFiles", "Mark «For official use»"))
        self.official_use.setObjectName("exportOfficialUse")
        self.official_use.setToolTip(
            translate(
                "ExportFiles",
                "Prints «Кызматтык пайдалануу үчүн» / «Для служебного пользования» on Word and "
                "PDF documents and Excel tables; CSV, vCard and calendar files carry no mark.",
            )
        )
        # With the setting on, every export that can carry the mark gets it.
        self.always_marked = always_marked
        self.official_use.setChecked(always_marked)
        self.official_use.setVisible(markable)
        if markable:
            self.form.addRow("", self.official_use)
        self.only_shown = QCheckBox(option)
        self.only_shown.setObjectName("exportOnlyShown")
        self.only_shown.setChecked(bool(option))
        self.only_shown.setVisible(bool(option))
        if option:
            self.form.addRow("", self.only_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.preview: QTextBrowser | None = None
        if preview:
            self.preview = QTextBrowser()
            self.preview.setObjectName("exportPreview")
            self.preview.setOpenLinks(False)
            prepare_document_view(self.preview)
            layout.addWidget(self.preview, 1)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(translate("ExportFiles", "Save…"))
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
            if choose_only
            else QDialogButtonBox.StandardButton.Close
        )
        close.setText(
            translate("ExportFiles", "Cancel") if choose_only else translate("ExportFiles", "Close")
        )
        self.buttons.rejected.connect(self.reject)
        # A dialog that only chooses is closed with the choice; its caller writes the file.
        self.save_button.clicked.connect(self.accept if choose_only else self.choose_and_save)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.language.currentIndexChanged.connect(self.update_preview)
        # The preview is first shown by the section, once it has what the document needs.
        self._mark_allowed()
        self.setMinimumWidth(460)

    # --- choices ------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        """Return the document language chosen."""
        return str(self.language.currentData())

    @property
    def suffix(self) -> str:
        """Return the file extension of the format chosen."""
        return str(self.format.currentData())

    @property
    def marked(self) -> bool:
        """Return True if the file gets the restricted-use mark."""
        can = suffix_can_mark(self.suffix)
        return can and (self.always_marked or self.official_use.isChecked())

    @property
    def runner(self) -> JobRunner:
        """Return the runner that writes the file."""
        return self.writer.runner

    @property
    def progress(self) -> QProgressDialog | None:
        """Return the progress dialog of the file being written, or None."""
        return self.writer.runner.dialog

    @property
    def job(self) -> object:
        """Return the job under way, or None."""
        return self.writer.runner.job

    def _mark_allowed(self) -> None:
        self.official_use.setEnabled(suffix_can_mark(self.suffix) and not self.always_marked)

    @Slot()
    def _format_changed(self) -> None:
        self._mark_allowed()
        self.update_preview()

    def filters(self) -> str:
        """Return the file chooser filter of the chosen format."""
        return format_filter(self.suffix) if self.suffix in FORMAT_FILTERS else f"*{self.suffix}"

    def default_name(self) -> str:
        """Return the name the file chooser offers."""
        return f"{self.stem}-{self.lang}{self.suffix}"

    # --- hooks for a section ------------------------------------------------------------------

    def preview_html(self) -> str:
        """Return the document as HTML for the preview (a section with a preview overrides)."""
        return ""

    def check(self) -> bool:
        """Let the texts the document lacks in its language be filled; False to go back."""
        return True

    def files(self, path: Path) -> list[tuple[Writer, Path]]:
        """Return the files to write for the chosen target: (function, target)."""
        write, lang = self.write, self.lang
        assert write is not None, "pass write= or override files()"
        return [(lambda partial: write(partial, lang), path)]

    def saved_text(self) -> str:
        """Return the message shown once the file is in place."""
        return translate("ExportFiles", "The document is saved:\n{path}").format(
            path=self.saved_path
        )

    def after_save(self) -> None:
        """Tell the user the file is saved; a subclass may close the dialog too."""
        assert self.saved_path is not None
        offer_folder(self, self.windowTitle(), self.saved_text(), self.saved_path)

    # --- saving -------------------------------------------------------------------------------

    @Slot()
    def update_preview(self) -> None:
        """Show the document as it will print."""
        if self.preview is not None:
            self.preview.setHtml(self.preview_html())

    def ask_path(self, parent: QWidget | None = None) -> Path | None:
        """Ask where to save; the chosen format's extension is added when missing."""
        start = Path(platformdirs.user_documents_dir()) / self.default_name()
        path = dialogs.save_file(parent or self, self.windowTitle(), self.filters(), start)
        if path is not None and path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    @Slot()
    def choose_and_save(self) -> None:
        """Check the texts in the chosen language, ask where to save, then write the file in
        the background."""
        if self.writer.busy or not self.check():
            return
        self.update_preview()
        path = self.ask_path()
        if path is not None:
            self.write_to(path)

    def start_save(self, path: Path) -> None:
        """Check the texts, then write ``path`` in the background."""
        if self.writer.busy or not self.check():
            return
        self.update_preview()
        self.write_to(path)

    def write_to(self, path: Path) -> None:
        """Write the chosen document to ``path`` in the background, showing its progress."""
        self.target = path
        self.saved_path = None
        self.save_button.setEnabled(False)
        self.writer.start(self.files(path), self.windowTitle())

    @Slot(bool)
    def _written(self, ok: bool) -> None:
        self.save_button.setEnabled(True)
        if not ok or not self.writer.placed:
            return
        self.saved_path = self.target = self.writer.placed[0]
        self.after_save()
