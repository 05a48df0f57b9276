"""The Media inquiries section: the list opened on what needs attention (overdue, due today,
due within two days), the panel with the approval steps and the answer, the editor, quick
capture, the request note to a unit and the period report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSplitter, QTableView, QToolBar, QWidget

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.coverage.report import ReportPeriodDialog
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inquiries import model as cols
from pressdesk.gui.inquiries.capture import CaptureDialog
from pressdesk.gui.inquiries.dialogs import AnswerDialog, NoteDialog, StepDialog
from pressdesk.gui.inquiries.editor import InquiryEditor, blank_inquiry
from pressdesk.gui.inquiries.labels import KINDS, STATES, kind_name, state_name
from pressdesk.gui.inquiries.model import InquiriesModel
from pressdesk.gui.inquiries.panel import InquiryPanel
from pressdesk.gui.inventory.common import ShrinkingComboBox
from pressdesk.gui.messages import error_text
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.ask_dialog import ask
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.gui.widgets.record_model import bold_font
from pressdesk.gui.widgets.record_page import RecordPage, add_action
from pressdesk.messages import UserError
from pressdesk.services.coverage.report import ReportScope
from pressdesk.services.inquiries.deadlines import SOON_DAYS, LegalTerm, due_counts
from pressdesk.services.inquiries.printing import export_request_note
from pressdesk.services.inquiries.queries import (
    InquiryFilter,
    InquiryRow,
    get_inquiry,
    list_inquiries,
)
from pressdesk.services.inquiries.records import InquiryNotFound, delete_inquiry, set_status
from pressdesk.services.inquiries.report import REPORT_FORMATS, export_inquiry_report
from pressdesk.services.profile import acting_name
from pressdesk.settings import INQUIRY_TERM_DAYS, INQUIRY_TERM_WORKING
from pressdesk.storage.contacts_search import search_fold
from pressdesk.storage.inquiries_models import Inquiry

#: The views of the list, the first one shown when the section opens.
VIEWS: dict[str, str] = {
    "attention": QT_TRANSLATE_NOOP("InquiriesSectionPage", "Needs attention"),
    "open": QT_TRANSLATE_NOOP("InquiriesSectionPage", "All open"),
    "answered": QT_TRANSLATE_NOOP("InquiriesSectionPage", "Answered"),
    "all": QT_TRANSLATE_NOOP("InquiriesSectionPage", "All inquiries"),
}


def matches(row: InquiryRow, words: list[str]) -> bool:
    """Return True if every word is in the inquiry's sender, outlet, number or question."""
    text = search_fold(
        " ".join(
            (row.sender, row.sender_address, row.outlet_name, row.incoming_number, row.question)
        )
    )
    return all(word in text for word in words)


class InquiriesSectionPage(RecordPage):
    """Register, follow, approve, answer and report media inquiries."""

    SECTION = "inquiries"
    NAME = "inquiries"
    RECORD = "Inquiry"
    STRETCH = cols.QUESTION
    EDITOR = InquiryEditor
    UNDO_MODEL = Inquiry
    SEARCH_HINT = QT_TRANSLATE_NOOP("InquiriesSectionPage", "Search by sender, outlet, question…")
    EMPTY = (
        "inquiries",
        QT_TRANSLATE_NOOP("InquiriesSectionPage", "No media inquiries yet"),
        QT_TRANSLATE_NOOP(
            "InquiriesSectionPage",
            "Register each question a journalist asks by phone, mail or letter: the list then "
            "shows first what is overdue or due soon, by the journalist's deadline and the "
            "legal term of a written request.",
        ),
    )
    EMPTY_ACTIONS = (
        (QT_TRANSLATE_NOOP("InquiriesSectionPage", "&Register an inquiry…"), "add"),
        (QT_TRANSLATE_NOOP("InquiriesSectionPage", "&Paste a message…"), "capture"),
    )
    DELETE_TITLE = QT_TRANSLATE_NOOP("InquiriesSectionPage", "Delete the inquiry")
    model: InquiriesModel

    #: The count of overdue inquiries may have changed (the window's badge reads it again).
    overdue_changed = Signal()

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The state is bold where it matters: its column fits the longest name in bold.
        metrics = QFontMetrics(bold_font())
        widest = max(metrics.horizontalAdvance(state_name(code)) for code in STATES)
        header = self.table.horizontalHeader()
        header.resizeSection(cols.STATE, max(header.sectionSize(cols.STATE), widest + 20))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self._show_selected()

    # --- the list -----------------------------------------------------------------------------

    @property
    def term(self) -> LegalTerm:
        """Return the legal term of a written request set in the preferences."""
        settings = self.context.runtime.settings
        return LegalTerm(settings.get(INQUIRY_TERM_DAYS), settings.get(INQUIRY_TERM_WORKING))

    def make_model(self) -> InquiriesModel:
        return InquiriesModel(self)

    def make_body(self, table: QTableView) -> QWidget:
        self.panel = InquiryPanel()
        self.panel.step_requested.connect(self.take_step)
        self.panel.answer_requested.connect(self.answer)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inquiriesSplitter")
        self.splitter.addWidget(table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 340])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    def add_filters(self, row: FlowLayout) -> None:
        self.view = ShrinkingComboBox()
        self.view.setObjectName("inquiryView")
        for code, text in VIEWS.items():
            self.view.addItem(self.own_text(text), code)
        self.kind_filter = ShrinkingComboBox()
        self.kind_filter.setObjectName("inquiryKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for code in KINDS:
            self.kind_filter.addItem(kind_name(code), code)
        for combo in (self.view, self.kind_filter):
            combo.currentIndexChanged.connect(self.reload)
            row.addWidget(combo)

    def current_filter(self) -> InquiryFilter:
        view = str(self.view.currentData())
        return InquiryFilter(
            due_by=clock.today() + dt.timedelta(days=SOON_DAYS) if view == "attention" else None,
            status="answered" if view == "answered" else "",
            kind=str(self.kind_filter.currentData() or ""),
        )

    def load_rows(self) -> None:
        rows = list_inquiries(self.db, self.current_filter())
        if self.view.currentData() == "open":
            rows = [r for r in rows if r.status != "answered"]
        words = search_fold(self.search.text()).split()
        if words:
            rows = [r for r in rows if matches(r, words)]
        self.model.set_rows(rows)

    def column_widths(self) -> dict[int, int]:
        return {
            cols.STATE: 13,
            cols.JOURNALIST_DUE: 9,
            cols.LEGAL_DUE: 9,
            cols.SENDER: 18,
            cols.QUESTION: 24,
            cols.KIND: 10,
            cols.STATUS: 12,
            cols.UNIT: 14,
            cols.RECEIVED: 14,
        }

    def status_text(self) -> str:
        counts = due_counts(self.db)
        return self.tr(
            "Inquiries shown: {count} · overdue: {overdue} · due today: {today} · "
            "due within two days: {soon}"
        ).format(
            count=len(self.model.rows),
            overdue=counts.overdue,
            today=counts.due_today,
            soon=counts.soon,
        )

    def add_record_actions(self, bar: QToolBar) -> None:
        bar.addSeparator()
        self.capture_action = add_action(
            bar,
            self.tr("Paste a message…"),
            "captureInquiry",
            self.capture,
            self.tr("Register an inquiry from a pasted e-mail or messenger message"),
        )
        self.answer_action = add_action(
            bar,
            self.tr("Answer…"),
            "answerInquiry",
            self.answer,
            self.tr("Record the answer sent and its outcome"),
        )

    def add_file_actions(self, bar: QToolBar) -> None:
        self.note_action = add_action(
            bar,
            self.tr("Request note…"),
            "inquiryNote",
            self.request_note,
            self.tr("The note asking a unit for the material, as PDF or Word"),
        )
        self.report_action = add_action(
            bar,
            self.tr("Report…"),
            "inquiryReport",
            self.report,
            self.tr("The report on inquiries for a month, quarter, half-year or year"),
        )

    def update_actions(self, row: InquiryRow | None) -> None:
        for action in (self.answer_action, self.note_action):
            action.setEnabled(row is not None)

    def reload(self) -> None:
        super().reload()
        if hasattr(self, "panel"):
            self._show_selected()
        self.overdue_changed.emit()

    # --- the panel ----------------------------------------------------------------------------

    def selected_inquiry(self) -> InquiryRow | None:
        """Return the selected inquiry read with its history, or None."""
        row = self.selected()
        if row is None:
            return None
        try:
            return get_inquiry(self.db, row.id)
        except InquiryNotFound:
            return None

    @Slot()
    def _show_selected(self) -> None:
        self.panel.show_inquiry(self.selected_inquiry(), clock.today())

    @Slot(str)
    def take_step(self, status: str) -> None:
        """Move the selected inquiry to ``status`` after asking who and why."""
        row = self.selected_inquiry()
        if row is None:
            return
        by_name = "" if status == "approved" else acting_name(self.db)
        answer = ask(StepDialog(row, status, by_name, self), StepDialog.values)
        if answer is None:
            return
        name, comment = answer
        try:
            self.undo.track(
                self.tr("Inquiry {number}: approval step").format(number=row.id),
                [row.id],
                lambda: set_status(self.db, row.id, status, by_name=name, comment=comment),
            )
        except UserError as exc:
            dialogs.warning(self, self.tr("Approval step"), error_text(exc))
            return
        self.refresh()

    @Slot()
    def answer(self) -> None:
        """Record the answer sent for the selected inquiry."""
        row = self.selected_inquiry()
        if row is None:
            return
        dialog = AnswerDialog(self.db, row, self)
        before = self.undo.capture([row.id])
        if dialogs.run_dialog(dialog):
            self.undo.settle(self.tr("Answer to inquiry {number}").format(number=row.id), before)
        dialog.deleteLater()
        self.refresh()

    @Slot()
    def capture(self) -> None:
        """Register an inquiry from a pasted message."""
        dialog = CaptureDialog(self.db, self.term, self)
        if dialogs.run_dialog(dialog) and dialog.saved_id is not None:
            saved = dialog.saved_id
            self.undo.created(self.tr("Register inquiry {number}").format(number=saved), [saved])
            self.show_record(saved)
        dialog.deleteLater()

    # --- documents ----------------------------------------------------------------------------

    @Slot()
    def request_note(self) -> None:
        """Write the note asking a unit for the selected inquiry's material (DOCX or PDF)."""
        row = self.selected_inquiry()
        if row is None:
            return
        chosen = ask(NoteDialog(row, self), NoteDialog.values)
        if chosen is None:
            return
        unit, due = chosen
        self.transfers.export(
            self.tr("Request note to a unit"),
            f"inquiry-{row.id}-note",
            (".docx", ".pdf"),
            self.doc_lang,
            lambda path, lang, _option: self.write_note(path, row.id, lang, unit, due),
        )

    def write_note(self, path: Path, inquiry_id: int, lang: str, unit: Bi, due: dt.date) -> int:
        """Write the request note of inquiry ``inquiry_id`` to ``path``."""
        export_request_note(
            self.db,
            inquiry_id,
            path,
            lang=lang,
            unit=unit,
            due=due,
            font_path=self.pdf_font or None,
        )
        return 1

    @Slot()
    def report(self) -> None:
        """Write the report on inquiries for a period chosen, as DOCX, PDF or XLSX."""
        chooser = ReportPeriodDialog(self)
        chooser.setWindowTitle(self.tr("Report on media inquiries"))
        chooser.kind.removeItem(chooser.kind.findData("decade"))
        chosen = dialogs.run_dialog(chooser)
        scope = chooser.scope()
        chooser.deleteLater()
        if not chosen:
            return
        self.transfers.export(
            self.tr("Report on media inquiries"),
            f"inquiries-{scope.start.isoformat()}",
            REPORT_FORMATS,
            self.doc_lang,
            lambda path, lang, _option: self.write_report(path, scope, lang),
        )

    def write_report(self, path: Path, scope: ReportScope, lang: str) -> int:
        """Write the report on ``scope`` to ``path``; return how many inquiries it counts."""
        return export_inquiry_report(
            self.db, path, scope, lang=lang, font_path=self.pdf_font or None
        )

    # --- editing ------------------------------------------------------------------------------

    def run_editor(self, row: Any) -> None:
        """Edit ``row`` (a new one when it has no id); show and select what was saved."""
        editor = self.make_editor(row)
        saved = self.undo.edit(row, editor, dialogs.run_dialog)
        if saved is not None:
            self.show_record(saved.id)
        editor.deleteLater()

    def show_record(self, inquiry_id: int) -> None:
        """Read the list again and select ``inquiry_id``, showing all inquiries if the view
        and filters leave it out (a new inquiry not due soon)."""
        self.refresh()
        if self.model.row_of(inquiry_id) < 0:
            for widget in (self.view, self.kind_filter, self.search):
                widget.blockSignals(True)
            self.view.setCurrentIndex(self.view.findData("all"))
            self.kind_filter.setCurrentIndex(0)
            self.search.clear()
            for widget in (self.view, self.kind_filter, self.search):
                widget.blockSignals(False)
            self.reload()
        self.select(inquiry_id)

    def blank_record(self) -> InquiryRow:
        return blank_inquiry()

    def make_editor(self, row: Any) -> InquiryEditor:
        full = get_inquiry(self.db, row.id) if row.id else row
        return InquiryEditor(self.db, full, self, self.term)

    def delete_question(self, row: InquiryRow) -> str:
        return self.tr("Delete inquiry {number} from {sender} with its trail?").format(
            number=row.id, sender=row.sender or row.sender_address or "—"
        )

    def delete_record(self, record_id: int) -> None:
        delete_inquiry(self.db, record_id)

    def step_text(self, action: str, row: InquiryRow) -> str:
        """Name a change of an inquiry in the undo history."""
        texts = {
            "new": self.tr("Register inquiry {number}"),
            "edit": self.tr("Edit inquiry {number}"),
            "delete": self.tr("Delete inquiry {number}"),
        }
        return texts[action].format(number=row.id)
