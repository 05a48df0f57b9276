"""The small dialogs of the inquiries section: an approval step, the answer sent, and the
unit and date of a request note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.inquiries.editor import text_box
from pressdesk.gui.inquiries.labels import (
    CHANNELS,
    OUTCOMES,
    channel_name,
    outcome_name,
    status_name,
    step_name,
)
from pressdesk.gui.inventory.common import bi_field, code_combo
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.ask_dialog import AskDialog
from pressdesk.gui.widgets.dates import date_edit, datetime_edit, pydate, pydatetime
from pressdesk.messages import UserError
from pressdesk.services.inquiries.printing import note_due
from pressdesk.services.inquiries.queries import InquiryRow
from pressdesk.services.inquiries.records import AnswerInput, answer_inquiry
from pressdesk.storage.engine import Database
from pressdesk.storage.inquiries_models import NAME_LIMIT


class StepDialog(AskDialog):
    """Move an inquiry on in its approval: who takes the step, and a comment (needed when the
    head returns it)."""

    def __init__(self, row: InquiryRow, status: str, by_name: str, parent: QWidget) -> None:
        super().__init__("inquiryStep", parent)
        assert self.form is not None
        self.status = status
        self.by = QLineEdit(by_name)
        self.by.setObjectName("inquiryStepBy")
        self.comment: QPlainTextEdit = text_box("", "inquiryStepComment", 3)
        now = QLabel(f"{status_name(row.status)} → {status_name(status)}")
        now.setWordWrap(True)
        self.form.addRow(self.tr("Step:"), now)
        self.form.addRow(self.tr("Who:"), self.by)
        self.form.addRow(
            self.tr("Comment (required):") if status == "returned" else self.tr("Comment:"),
            self.comment,
        )
        self.finish(step_name(status), self.tr("Record the step"), 460)

    def values(self) -> tuple[str, str]:
        """Return who took the step and the comment."""
        return self.by.text().strip(), self.comment.toPlainText().strip()


class AnswerDialog(AskDialog):
    """Record the answer sent: when, how, the text and the outcome; a refusal names its legal
    ground, a redirection where to. OK stays open while the services refuse."""

    def __init__(self, db: Database, row: InquiryRow, parent: QWidget) -> None:
        super().__init__("inquiryAnswer", parent)
        assert self.form is not None
        self.db, self.row = db, row
        self.answered = datetime_edit(clock.now().replace(second=0, microsecond=0, tzinfo=None))
        self.answered.setObjectName("answerAt")
        self.channel = code_combo(CHANNELS, channel_name, row.answer_channel or row.channel)
        self.channel.setObjectName("answerChannel")
        self.text = text_box(row.answer_text or row.draft, "answerText", 6)
        self.outcome: QComboBox = code_combo(OUTCOMES, outcome_name, row.outcome or "answered")
        self.outcome.setObjectName("answerOutcome")
        self.ground = bi_field("answerGround", row.ground, NAME_LIMIT)
        self.redirect_to = QLineEdit(row.redirected_to)
        self.redirect_to.setObjectName("answerRedirected")
        self.redirect_to.setMaxLength(NAME_LIMIT)
        self.form.addRow(self.tr("Sent:"), self.answered)
        self.form.addRow(self.tr("Channel:"), self.channel)
        self.form.addRow(self.tr("Answer:"), self.text)
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        self.form.addRow(self.tr("Legal ground of the refusal:"), self.ground)
        self.form.addRow(self.tr("Redirected to:"), self.redirect_to)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.finish(
            self.tr("Answer to inquiry {number}").format(number=row.id), self.tr("Save"), 560
        )

    @Slot()
    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        self.ground.setEnabled(outcome == "refused")
        self.redirect_to.setEnabled(outcome == "redirected")

    def value(self) -> AnswerInput:
        """Return the answer as the form holds it."""
        return AnswerInput(
            text=self.text.toPlainText(),
            channel=str(self.channel.currentData()),
            answered_at=pydatetime(self.answered.dateTime()),
            outcome=str(self.outcome.currentData()),
            ground=self.ground.value() if self.outcome.currentData() == "refused" else Bi(),
            redirected_to=self.redirect_to.text(),
        )

    def accept(self) -> None:
        """Record the answer; stay open with the service's reason when it is refused."""
        try:
            answer_inquiry(self.db, self.row.id, self.value())
        except UserError as exc:
            dialogs.warning(self, self.windowTitle(), error_text(exc))
            return
        super().accept()


class NoteDialog(AskDialog):
    """Choose the unit a request note goes to and the date it asks the material by."""

    def __init__(self, row: InquiryRow, parent: QWidget) -> None:
        super().__init__("inquiryNote", parent)
        assert self.form is not None
        self.unit = bi_field("noteUnit", row.unit, NAME_LIMIT)
        today = clock.today()
        self.due = date_edit(note_due(row.received_at.date(), row.due_on, today))
        self.due.setObjectName("noteDue")
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Material needed by:"), self.due)
        self.finish(self.tr("Request note to a unit"), self.tr("Next…"), 520)

    def values(self) -> tuple[Bi, dt.date]:
        """Return the unit and the date chosen."""
        return self.unit.value(), pydate(self.due.date())
