"""Save an event's documents (card, sign-in sheet, advisory) off the GUI thread."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pressdesk.documents import Document, render_html
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.export import ExportDialog, Writer, explain_failure
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

_STEMS = {"card": "event", "sheet": "sign-in", "advisory": "advisory"}


class EventExportDialog(ExportDialog):
    """Preview one of an event's documents, choose language and format, and save it."""

    def __init__(
        self,
        runtime: Runtime,
        db: Database,
        event_id: int,
        document: str,
        parent: QWidget | None = None,
    ) -> None:
        titles = {
            "card": QCoreApplication.translate("EventExportDialog", "Export the event card"),
            "sheet": QCoreApplication.translate("EventExportDialog", "Print the sign-in sheet"),
            "advisory": QCoreApplication.translate("EventExportDialog", "Media advisory"),
        }
        formats = [".pdf", ".docx"] + ([".ics"] if document == "card" else [])
        super().__init__(
            titles[document], formats, get_profile(db).default_doc_lang, parent, preview=True
        )
        self.setObjectName("eventExportDialog")
        self.runtime, self.db, self.event_id, self.document = runtime, db, event_id, document
        self.stem = f"{_STEMS[document]}-{event_id}"
        self.resize(900, 640)
        self.update_preview()

    def _document(self) -> Document:
        if self.document == "card":
            return card_document(self.db, self.event_id, lang=self.lang)
        if self.document == "sheet":
            return sign_in_document(self.db, self.event_id, lang=self.lang)
        return advisory_document(self.db, self.event_id, lang=self.lang)

    def preview_html(self) -> str:
        """Return the chosen document as it will print."""
        try:
            return render_html(self._document())
        except (EventError, EventNotFound) as exc:
            self.save_button.setEnabled(False)
            return html.escape(error_text(exc))

    def writer_for(self, lang: str) -> Writer:
        """Return the function that writes the chosen document to a path."""
        font = self.runtime.settings.get(PDF_FONT) or None
        db, event_id = self.db, self.event_id
        if self.document == "card":
            return lambda path: export_event(db, event_id, path, lang=lang, font_path=font)
        if self.document == "sheet":
            return lambda path: export_sign_in_sheet(db, event_id, path, lang=lang, font_path=font)
        return lambda path: export_advisory(db, event_id, path, lang=lang, font_path=font)

    def files(self, path: Path) -> list[tuple[Writer, Path]]:
        """Return the one document to write."""
        return [(self.writer_for(self.lang), path)]

    def refs(self) -> list[Ref]:
        """Return the records the chosen document prints, to check their texts first."""
        if self.document == "card":
            return export_refs(self.db, self.event_id, self.suffix)
        if self.document == "sheet":
            return sheet_refs(self.db, self.event_id)
        return advisory_refs(self.db, self.event_id)

    def check(self) -> bool:
        """Let the texts the document needs in its language be filled first."""
        try:
            refs = self.refs()
        except (EventError, EventNotFound) as exc:
            explain_failure(self, self.windowTitle(), exc)
            return False
        return confirm_texts(self, self.db, refs, self.lang)
