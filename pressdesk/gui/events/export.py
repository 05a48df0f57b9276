"""Save an event's documents (card, sign-in sheet, advisory) off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pressdesk.documents import Document, render_html
from pressdesk.documents.fonts import FontNotFoundError
from pressdesk.documents.model import DocumentError
from pressdesk.fileio import temporary_sibling
from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text, service_text
from pressdesk.gui.saving import discard, place_file
from pressdesk.gui.widgets.preflight import confirm_texts
from pressdesk.runtime import Runtime
from pressdesk.services.events.accreditation import (
    export_sign_in_sheet,
    sheet_refs,
    sign_in_document,
)
from pressdesk.services.events.invitations import (
    advisory_document,
    advisory_refs,
    export_advisory,
)
from pressdesk.services.events.printing import card_document, export_event, export_refs
from pressdesk.services.events.records import EventError, EventNotFound
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import get_profile
from pressdesk.settings import PDF_FONT
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

Writer = Callable[[Path], object]


class _Signals(QObject):
    finished = Signal()
    failed = Signal(str, str)


class WriteJob(QRunnable):
    """Run one file-writing function in a worker thread and report how it went."""

    def __init__(self, write: Writer, path: Path) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.write, self.path = write, path

    def run(self) -> None:
        """Write, turning every failure into a (kind, details) report."""
        try:
            self.write(self.path)
        except FontNotFoundError as exc:
            self.signals.failed.emit("font", str(exc))
        except (EventError, EventNotFound) as exc:
            self.signals.failed.emit("event", error_text(exc))
        except OSError as exc:
            self.signals.failed.emit("disk", str(exc))
        except DocumentError as exc:
            self.signals.failed.emit("document", str(exc))
        except Exception as exc:  # a bug must not leave the progress dialog hanging
            log.exception("Event export failed")
            self.signals.failed.emit("unexpected", repr(exc))
        else:
            self.signals.finished.emit()


class BackgroundWriter(QObject):
    """Write files one after another in the background behind a progress dialog.

    Each file is written beside its target and put in place only when all went well.
    """

    done = Signal(bool)

    def __init__(self, parent: QWidget, label: str) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.label = label
        self.queue: list[tuple[Writer, Path]] = []
        self.written: list[tuple[Path, Path]] = []
        self.job: WriteJob | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = False
        self.failure: tuple[str, str] | None = None

    @property
    def busy(self) -> bool:
        """Return True while files are being written."""
        return self.job is not None

    def start(self, files: list[tuple[Writer, Path]]) -> None:
        """Write ``files`` (function, target) in order."""
        self.queue = list(files)
        self.written = []
        self.cancelled = False
        self.failure = None
        self.progress = QProgressDialog(
            self.label, self.tr("Cancel"), 0, len(files), self.parent_widget
        )
        self.progress.setWindowTitle(self.label)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self._cancel)
        self._next()

    def _next(self) -> None:
        if not self.queue or self.cancelled:
            self._finish()
            return
        write, target = self.queue.pop(0)
        partial = temporary_sibling(target)
        self.written.append((partial, target))
        self.job = WriteJob(write, partial)
        self.job.signals.finished.connect(self._one_done)
        self.job.signals.failed.connect(self._one_failed)
        QThreadPool.globalInstance().start(self.job)

    @Slot()
    def _cancel(self) -> None:
        self.cancelled = True

    @Slot()
    def _one_done(self) -> None:
        if self.progress is not None:
            self.progress.setValue(len(self.written))
        self._next()

    @Slot(str, str)
    def _one_failed(self, kind: str, details: str) -> None:
        self.failure = (kind, details)
        self.queue = []
        self._finish()

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        ok = self.failure is None and not self.cancelled
        for partial, target in self.written:
            if not ok:
                discard(partial)
                continue
            try:
                placed = place_file(self.parent_widget, partial, target, self.label)
            except OSError as exc:
                ok = False
                self.failure = self.failure or ("disk", str(exc))
                continue
            ok = placed is not None
        if self.failure is not None:
            explain_failure(self.parent_widget, self.label, *self.failure)
        self.done.emit(ok)


def explain_failure(parent: QWidget, title: str, kind: str, details: str) -> None:
    """Tell the user why a document was not saved."""
    if kind == "font":
        text = QCoreApplication.translate(
            "EventExport",
            "No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install "
            "DejaVu Sans or choose a TrueType font under Settings → Preferences, or save "
            "as DOCX instead.",
        )
    elif kind == "disk":
        text = QCoreApplication.translate(
            "EventExport",
            "The file could not be written. Check that the folder exists, that you may "
            "write there, that the disk has free space and that the file is not open in "
            "another program.",
        )
    elif kind == "event":
        text = service_text(details)
    else:
        text = QCoreApplication.translate("EventExport", "The document could not be made.")
    dialogs.error(parent, title, text, details)


class EventExportDialog(QDialog):
    """Preview one of an event's documents, choose language and format, and save it."""

    def __init__(
        self,
        runtime: Runtime,
        db: Database,
        event_id: int,
        document: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventExportDialog")
        self.runtime, self.db, self.event_id, self.document = runtime, db, event_id, document
        self.saved_path: Path | None = None
        titles = {
            "card": self.tr("Export the event card"),
            "sheet": self.tr("Print the sign-in sheet"),
            "advisory": self.tr("Media advisory"),
        }
        self.setWindowTitle(titles[document])
        self.resize(900, 640)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem(self.tr("Kyrgyz"), "ky")
        self.language.addItem(self.tr("Russian"), "ru")
        default = get_profile(db).default_doc_lang
        self.language.setCurrentIndex(max(self.language.findData(default), 0))
        form.addRow(self.tr("Document language:"), self.language)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("PDF document"), ".pdf")
        self.format.addItem(self.tr("Word document (DOCX)"), ".docx")
        if document == "card":
            self.format.addItem(self.tr("Calendar file (iCalendar, ICS)"), ".ics")
        form.addRow(self.tr("Format:"), self.format)
        self.preview = QTextBrowser()
        self.preview.setObjectName("exportPreview")
        self.preview.setOpenLinks(False)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_and_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.writer = BackgroundWriter(self, titles[document])
        self.writer.done.connect(self._written)
        self.language.currentIndexChanged.connect(self.update_preview)
        self.update_preview()

    @property
    def lang(self) -> str:
        """Return the document language chosen."""
        return str(self.language.currentData())

    @property
    def suffix(self) -> str:
        """Return the file extension of the format chosen."""
        return str(self.format.currentData())

    def _document(self) -> Document:
        if self.document == "card":
            return card_document(self.db, self.event_id, lang=self.lang)
        if self.document == "sheet":
            return sign_in_document(self.db, self.event_id, lang=self.lang)
        return advisory_document(self.db, self.event_id, lang=self.lang)

    @Slot()
    def update_preview(self) -> None:
        """Show the document as it will print."""
        try:
            self.preview.setHtml(render_html(self._document()))
        except (EventError, EventNotFound) as exc:
            self.preview.setPlainText(error_text(exc))
            self.save_button.setEnabled(False)

    def writer_for(self, lang: str) -> Writer:
        """Return the function that writes the chosen document to a path."""
        font = self.runtime.settings.get(PDF_FONT) or None
        db, event_id = self.db, self.event_id
        if self.document == "card":
            return lambda path: export_event(db, event_id, path, lang=lang, font_path=font)
        if self.document == "sheet":
            return lambda path: export_sign_in_sheet(db, event_id, path, lang=lang, font_path=font)
        return lambda path: export_advisory(db, event_id, path, lang=lang, font_path=font)

    @Slot()
    def choose_and_save(self) -> None:
        """Ask where to save, then write the file in the background."""
        filters = {
            ".docx": self.tr("Word documents (*.docx)"),
            ".pdf": self.tr("PDF documents (*.pdf)"),
            ".ics": self.tr("Calendar files (*.ics)"),
        }
        stem = {"card": "event", "sheet": "sign-in", "advisory": "advisory"}[self.document]
        name = f"{stem}-{self.event_id}-{self.lang}{self.suffix}"
        start = Path(platformdirs.user_documents_dir()) / name
        path = dialogs.save_file(self, self.windowTitle(), filters[self.suffix], start)
        if path is None:
            return
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        self.start_save(path)

    def refs(self) -> list[Ref]:
        """Return the records the chosen document prints, to check their texts first."""
        if self.document == "card":
            return export_refs(self.db, self.event_id, self.suffix)
        if self.document == "sheet":
            return sheet_refs(self.db, self.event_id)
        return advisory_refs(self.db, self.event_id)

    def start_save(self, path: Path) -> None:
        """Check the texts the document needs in its language, then write it to ``path`` in a
        worker thread, showing a progress dialog."""
        if self.writer.busy:
            return
        try:
            refs = self.refs()
        except (EventError, EventNotFound) as exc:
            explain_failure(self, self.windowTitle(), "event", error_text(exc))
            return
        if not confirm_texts(self, self.db, refs, self.lang):
            return
        # Texts filled in just now show in the preview too.
        self.update_preview()
        self.target = path
        self.saved_path = None
        self.save_button.setEnabled(False)
        self.writer.start([(self.writer_for(self.lang), path)])

    @Slot(bool)
    def _written(self, ok: bool) -> None:
        self.save_button.setEnabled(True)
        if not ok:
            return
        self.saved_path = self.target
        answer = dialogs.choice(
            self,
            self.windowTitle(),
            self.tr("The document is saved:\n{path}").format(path=self.target),
            [("folder", self.tr("Open the folder")), ("ok", self.tr("OK"))],
            kind="info",
            default="ok",
            escape="ok",
        )
        if answer == "folder":
            dialogs.open_folder(self.target.parent)
