"""The contacts export: the whole base, a list or the current filter, in five formats."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton, QVBoxLayout, QWidget

from pressdesk.gui.i18n import current_language
from pressdesk.gui.widgets.export import ExportDialog as BaseExportDialog
from pressdesk.gui.widgets.export import Writer, offer_folder
from pressdesk.gui.widgets.preflight import confirm_texts
from pressdesk.runtime import Runtime
from pressdesk.services.contacts.export import ExportResult, export_contacts, export_refs
from pressdesk.services.contacts.lists import list_lists
from pressdesk.services.contacts.query import count_people
from pressdesk.services.contacts.values import PersonFilter
from pressdesk.settings import OFFICIAL_USE_MARK, PDF_FONT
from pressdesk.storage.engine import Database


class ExportDialog(BaseExportDialog):
    """Export the whole base, a list or the current filter to CSV, XLSX, vCard, DOCX or PDF."""

    def __init__(
        self,
        runtime: Runtime,
        db: Database,
        current: PersonFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ExportDialog", "Export contacts"),
            (
                (".xlsx", QCoreApplication.translate("ExportDialog", "Excel table (.xlsx)")),
                (".csv", QCoreApplication.translate("ExportDialog", "CSV table (.csv)")),
                (
                    ".vcf",
                    QCoreApplication.translate("ExportDialog", "vCard for phones and mail (.vcf)"),
                ),
                (".docx", QCoreApplication.translate("ExportDialog", "Word directory (.docx)")),
                (".pdf", QCoreApplication.translate("ExportDialog", "PDF directory (.pdf)")),
            ),
            "ky" if current_language() == "ky" else "ru",
            parent,
            markable=True,
            always_marked=bool(runtime.settings.get(OFFICIAL_USE_MARK)),
            note=QCoreApplication.translate(
                "ExportDialog",
                "Tables and vCard hold every phone and e-mail; the Word and PDF directory is "
                "grouped by outlet, with the organisation's name, the date and the counts.",
            ),
        )
        self.setObjectName("contactExportDialog")
        self.runtime, self.db, self.current = runtime, db, current
        self.saved: ExportResult | None = None
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
        for widget in (self.whole, self.by_list, self.list, self.filtered):
            scope.addWidget(widget)
        self.form.insertRow(0, self.tr("Export:"), scope)
        self.resize(520, self.sizeHint().height())

    def scope(self) -> tuple[PersonFilter | None, int | None, str]:
        """Return (filter, list id, list name) of what is to be exported."""
        if self.by_list.isChecked() and isinstance(self.list.currentData(), int):
            name = self.list.currentText().rsplit(" (", 1)[0]
            return None, int(self.list.currentData()), name
        if self.filtered.isChecked():
            return self.current, None, ""
        return None, None, ""

    def default_name(self) -> str:
        """Return the name the file chooser offers."""
        return self.tr("contacts") + self.suffix

    def check(self) -> bool:
        """Let positions and topics the file lacks in its language be typed in first."""
        flt, list_id, _name = self.scope()
        refs = export_refs(self.db, self.lang, flt=flt, list_id=list_id)
        return confirm_texts(self, self.db, refs, self.lang)

    def files(self, path: Path) -> list[tuple[Writer, Path]]:
        """Return the one file to write."""
        flt, list_id, list_name = self.scope()
        db, lang, marked = self.db, self.lang, self.marked
        font = self.runtime.settings.get(PDF_FONT) or None

        def write(temporary: Path) -> ExportResult:
            return export_contacts(
                db,
                temporary,
                flt=flt,
                list_id=list_id,
                list_name=list_name,
                lang=lang,
                font_path=font,
                official_use=marked,
            )

        return [(write, path)]

    def after_save(self) -> None:
        """Report how many people were saved, then close."""
        result = self.writer.result
        assert isinstance(result, ExportResult) and self.saved_path is not None
        self.saved = ExportResult(self.saved_path, result.people, result.outlets)
        offer_folder(
            self,
            self.windowTitle(),
            self.tr("Saved {count} people to:\n{path}").format(
                count=result.people, path=self.saved_path
            ),
            self.saved_path,
        )
        self.accept()
