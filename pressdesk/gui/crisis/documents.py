"""The crisis kit's documents and the crisis checklist: the anti-crisis plan, the press
service's local documents, and opening a crisis as an event with its dated tasks."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.documents import Document, render_html
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.ask_dialog import AskDialog
from pressdesk.gui.widgets.bilingual import BiLineEdit, first_language
from pressdesk.gui.widgets.export import ExportDialog, Writer
from pressdesk.messages import UserError
from pressdesk.services.crisis.printing import crisis_plan_document, export_crisis_plan
from pressdesk.services.local_documents import (
    export_local_document,
    list_local_documents,
    local_document,
)
from pressdesk.storage.engine import Database

translate = QCoreApplication.translate


class _PreviewExport(ExportDialog):
    """An export of one document in Kyrgyz or Russian, previewed as it will print."""

    def __init__(
        self, db: Database, title: str, lang: str, font: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(title, [".pdf", ".docx"], lang, parent, preview=True)
        self.db, self.font_path = db, font

    def document(self) -> Document:
        """Return the document in the chosen language."""
        raise NotImplementedError

    def preview_html(self) -> str:
        """Return the document as it will print, or why it cannot be written."""
        try:
            text = render_html(self.document())
        except UserError as exc:
            self.save_button.setEnabled(False)
            return html.escape(error_text(exc))
        self.save_button.setEnabled(True)
        return text


class PlanExportDialog(_PreviewExport):
    """Preview the anti-crisis plan in a language and save it as PDF or Word."""

    def __init__(
        self, db: Database, lang: str, font: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, translate("CrisisDocuments", "Anti-crisis plan"), lang, font, parent)
        self.setObjectName("crisisPlanExportDialog")
        self.stem = "anti-crisis-plan"
        self.resize(900, 640)
        self.update_preview()

    def document(self) -> Document:
        return crisis_plan_document(self.db, lang=self.lang)

    def files(self, path: Path) -> list[tuple[Writer, Path]]:
        db, lang, font = self.db, self.lang, self.font_path
        return [(lambda partial: export_crisis_plan(db, partial, lang=lang, font_path=font), path)]


class LocalDocumentDialog(_PreviewExport):
    """Choose one of the press service's local documents and save it in Kyrgyz or Russian."""

    def __init__(
        self, db: Database, lang: str, font: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, translate("CrisisDocuments", "Local documents"), lang, font, parent)
        self.setObjectName("localDocumentDialog")
        self.template = QComboBox()
        self.template.setObjectName("localDocumentName")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("localDocumentSummary")
        self.templates = list_local_documents()
        ky = first_language() == "ky"
        for info in self.templates:
            self.template.addItem(info.title_ky if ky else info.title_ru, info.name)
        self.form.insertRow(0, translate("CrisisDocuments", "Document:"), self.template)
        self.form.insertRow(1, "", self.summary)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.resize(900, 640)
        self._template_changed()

    @property
    def name(self) -> str:
        """Return the name of the document chosen."""
        return str(self.template.currentData())

    @Slot()
    def _template_changed(self) -> None:
        info = next(i for i in self.templates if i.name == self.name)
        summary = info.summary_ky if first_language() == "ky" else info.summary_ru
        self.summary.setText(summary[:1].upper() + summary[1:])
        self.stem = self.name.replace("_", "-")
        self.update_preview()

    def document(self) -> Document:
        return local_document(self.db, self.name, lang=self.lang)

    def files(self, path: Path) -> list[tuple[Writer, Path]]:
        db, name, lang, font = self.db, self.name, self.lang, self.font_path
        return [
            (
                lambda partial: export_local_document(db, name, partial, lang=lang, font_path=font),
                path,
            )
        ]


class OpenCrisisDialog(AskDialog):
    """Ask what happened and when it began, to open the crisis checklist as an event."""

    def __init__(self, title: Bi, parent: QWidget | None = None) -> None:
        super().__init__("openCrisisDialog", parent)
        assert self.form is not None
        self.title = BiLineEdit()
        self.title.setObjectName("crisisTitle")
        self.title.setValue(title)
        self.starts = dates.datetime_edit(clock.now().replace(second=0, microsecond=0))
        self.starts.setObjectName("crisisStarts")
        note = QLabel(
            translate(
                "OpenCrisisDialog",
                "An event of the kind «Crisis» is created with the tasks of the crisis "
                "checklist, each due a set time after the start.",
            )
        )
        note.setWordWrap(True)
        self.form.addRow(translate("OpenCrisisDialog", "What happened:"), self.title)
        self.form.addRow(translate("OpenCrisisDialog", "Began:"), self.starts)
        self.form.addRow(note)
        self.finish(
            translate("OpenCrisisDialog", "Crisis checklist"),
            translate("OpenCrisisDialog", "Create the event"),
            600,
        )

    def values(self) -> tuple[Bi, dt.datetime]:
        """Return the title and the start as a Python datetime."""
        return self.title.value(), dates.pydatetime(self.starts.dateTime())
