"""The export dialog: what to export, the format and language, written off the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.fileio import temporary_sibling
from pressdesk.gui import dialogs
from pressdesk.gui.contacts.jobs import JobRunner, Progress
from pressdesk.gui.i18n import current_language
from pressdesk.gui.saving import place_file
from pressdesk.gui.widgets.preflight import confirm_texts
from pressdesk.runtime import Runtime
from pressdesk.services.contacts.export import ExportResult, export_contacts, export_refs
from pressdesk.services.contacts.lists import list_lists
from pressdesk.services.contacts.query import count_people
from pressdesk.services.contacts.values import PersonFilter
from pressdesk.services.official_use import suffix_can_mark
from pressdesk.settings import OFFICIAL_USE_MARK, PDF_FONT
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)


class ExportDialog(QDialog):
    """Export the whole base, a list or the current filter to CSV, XLSX, vCard, DOCX or PDF."""

    def __init__(
        self,
        runtime: Runtime,
        db: Database,
        current: PersonFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactExportDialog")
        self.setWindowTitle(self.tr("Export contacts"))
        self.runtime, self.db, self.current = runtime, db, current
        self.saved: ExportResult | None = None
        self.target: Path | None = None
        self.partial: Path | None = None
        self.runner = JobRunner(self, self.tr("Writing the file…"), self.tr("Cancel"))
        self.runner.done.connect(self._done)
        self.runner.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.whole = QRadioButton(self.tr("The whole base ({count} people)"))
        self.whole.setObjectName("exportWhole")
        self.by_list = QRadioButton(self.tr("A distribution list:"))
        self.by_list.setObjectName("exportList")
        self.filtered = QRadioButton(self.tr("The people shown now ({count})"))
        self.filtered.setObjectName("exportFiltered")
        group = QButtonGroup(self)
        for button in (self.whole, self.by_list, self.filtered):
            group.addButton(button)
        self.whole.setText(self.whole.text().format(count=count_people(db)))
        self.filtered.setText(self.filtered.text().format(count=count_people(db, current)))
        self.list = QComboBox()
        self.list.setObjectName("exportListChoice")
        for row in list_lists(db):
            self.list.addItem(f"{row.name} ({row.recipient_count})", row.id)
        self.by_list.setEnabled(self.list.count() > 0)
        self.list.setEnabled(False)
        self.by_list.toggled.connect(self.list.setEnabled)
        self.whole.setChecked(True)
        scope = QVBoxLayout()
        scope.addWidget(self.whole)
        scope.addWidget(self.by_list)
        scope.addWidget(self.list)
        scope.addWidget(self.filtered)
        form.addRow(self.tr("Export:"), scope)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for suffix, name in (
            (".xlsx", self.tr("Excel table (.xlsx)")),
            (".csv", self.tr("CSV table (.csv)")),
            (".vcf", self.tr("vCard for phones and mail (.vcf)")),
            (".docx", self.tr("Word directory (.docx)")),
            (".pdf", self.tr("PDF directory (.pdf)")),
        ):
            self.format.addItem(name, suffix)
        form.addRow(self.tr("Format:"), self.format)
        self.lang = QComboBox()
        self.lang.setObjectName("exportLanguage")
        self.lang.addItem(self.tr("Kyrgyz"), "ky")
        self.lang.addItem(self.tr("Russian"), "ru")
        self.lang.setCurrentIndex(0 if current_language() == "ky" else 1)
        form.addRow(self.tr("Document language:"), self.lang)
        self.official_use = QCheckBox(self.tr("Mark «For official use»"))
        self.official_use.setObjectName("exportOfficialUse")
        self.official_use.setToolTip(
            self.tr(
                "Prints «Кызматтык пайдалануу үчүн» / «Для служебного пользования» on the "
                "Word and PDF directory and the Excel table; CSV and vCard files carry no mark."
            )
        )
        # With the setting on, every export that can carry the mark gets it.
        self.always_marked = bool(runtime.settings.get(OFFICIAL_USE_MARK))
        self.official_use.setChecked(self.always_marked)
        form.addRow("", self.official_use)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Tables and vCard hold every phone and e-mail; the Word and PDF directory is "
                "grouped by outlet, with the organisation's name, the date and the counts."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save as…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.choose_and_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @Slot()
    def _format_changed(self) -> None:
        markable = suffix_can_mark(str(self.format.currentData()))
        self.official_use.setEnabled(markable and not self.always_marked)

    @property
    def marked(self) -> bool:
        """Return True if the file gets the restricted-use mark."""
        markable = suffix_can_mark(str(self.format.currentData()))
        return markable and (self.always_marked or self.official_use.isChecked())

    def scope(self) -> tuple[PersonFilter | None, int | None, str]:
        """Return (filter, list id, list name) of what is to be exported."""
        if self.by_list.isChecked() and isinstance(self.list.currentData(), int):
            name = self.list.currentText().rsplit(" (", 1)[0]
            return None, int(self.list.currentData()), name
        if self.filtered.isChecked():
            return self.current, None, ""
        return None, None, ""

    @Slot()
    def choose_and_save(self) -> None:
        """Ask where to save and write the file."""
        suffix = str(self.format.currentData())
        name = self.tr("contacts") + suffix
        path = dialogs.save_file(
            self,
            self.tr("Export contacts"),
            self.tr("{kind} (*{suffix})").format(kind=self.format.currentText(), suffix=suffix),
            str(Path.home() / name),
        )
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.start_save(path)

    def start_save(self, path: Path) -> None:
        """Write ``path`` in a worker thread; the file appears only when complete."""
        if self.runner.running:
            return
        flt, list_id, list_name = self.scope()
        lang = str(self.lang.currentData())
        # Positions and topics the file lacks in its language are typed in first, or the
        # file is written as entered; going back writes nothing.
        if not confirm_texts(
            self, self.db, export_refs(self.db, lang, flt=flt, list_id=list_id), lang
        ):
            return
        font = self.runtime.settings.get(PDF_FONT) or None
        marked = self.marked
        self.target = path
        self.partial = temporary_sibling(path)
        partial = self.partial

        def work(_progress: Progress) -> ExportResult:
            return export_contacts(
                self.db,
                partial,
                flt=flt,
                list_id=list_id,
                list_name=list_name,
                lang=lang,
                font_path=font,
                official_use=marked,
            )

        self.buttons.setEnabled(False)
        self.runner.start(work, self.tr("Export contacts"))

    def _discard(self) -> None:
        if self.partial is None:
            return
        try:
            self.partial.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Could not remove %s: %s", self.partial, exc)

    @Slot(object)
    def _done(self, result: object) -> None:
        self.buttons.setEnabled(True)
        assert isinstance(result, ExportResult) and self.partial and self.target
        if self.runner.cancelled:
            self._discard()
            return
        try:
            placed = place_file(self, self.partial, self.target, self.tr("Export contacts"))
        except OSError as exc:
            self._failed(str(exc))
            return
        if placed is None:
            return
        self.target = placed
        self.saved = ExportResult(self.target, result.people, result.outlets)
        answer = dialogs.choice(
            self,
            self.tr("Export contacts"),
            self.tr("Saved {count} people to:\n{path}").format(
                count=result.people, path=self.target
            ),
            [("folder", self.tr("Open the folder")), ("ok", self.tr("OK"))],
            kind="info",
            default="ok",
            escape="ok",
        )
        if answer == "folder":
            dialogs.open_folder(self.target.parent)
        self.accept()

    @Slot(str)
    def _failed(self, details: str) -> None:
        self.buttons.setEnabled(True)
        self._discard()
        dialogs.error(
            self, self.tr("Export contacts"), self.tr("The file could not be written."), details
        )
