"""The panel beside the list: the selected inquiry's question, deadlines, status with the
approval steps it may take, the answer sent and its trail (time, person, comment)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from pressdesk.gui import tones
from pressdesk.gui.inquiries.labels import (
    channel_name,
    event_name,
    kind_name,
    outcome_name,
    state_name,
    status_name,
    step_name,
)
from pressdesk.gui.inquiries.model import due_state
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.dates import date_text, datetime_text
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.services.inquiries.queries import InquiryRow
from pressdesk.services.inquiries.records import STEPS


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class InquiryPanel(QWidget):
    """Show one inquiry; ask for an approval step or the answer by signals."""

    step_requested = Signal(str)
    answer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryPanel")
        self.row: InquiryRow | None = None
        self.heading = _label("inquiryHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.question = _label("inquiryPanelQuestion")
        self.deadlines = _label("inquiryDeadlines")
        self.status = _label("inquiryPanelStatus")
        self.answer = _label("inquiryPanelAnswer")
        self.steps = FlowLayout()
        self.buttons: dict[str, QPushButton] = {}
        for status in ("assigned", "sent", "returned", "approved", "new"):
            button = QPushButton(step_name(status) + "…")
            button.setObjectName(f"inquiryStep_{status}")
            button.clicked.connect(lambda _checked=False, s=status: self.step_requested.emit(s))
            self.buttons[status] = button
            self.steps.addWidget(button)
        self.answer_button = QPushButton(self.tr("Record the answer…"))
        self.answer_button.setObjectName("inquiryAnswerButton")
        self.answer_button.clicked.connect(self.answer_requested)
        self.steps.addWidget(self.answer_button)
        self.trail = QListWidget()
        self.trail.setObjectName("inquiryPanelTrail")
        self.trail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self.heading, self.question, self.deadlines, self.status):
            layout.addWidget(widget)
        layout.addLayout(self.steps)
        layout.addWidget(self.answer)
        layout.addWidget(QLabel(self.tr("Trail:")))
        layout.addWidget(self.trail, 1)
        self.show_inquiry(None, dt.date.min)

    def show_inquiry(self, row: InquiryRow | None, today: dt.date) -> None:
        """Show ``row`` (read with its history), or say that none is selected."""
        self.row = row
        self.trail.clear()
        if row is None:
            self.heading.setText(self.tr("Select an inquiry to see its question and trail."))
            for label in (self.question, self.deadlines, self.status, self.answer):
                label.clear()
            for button in (*self.buttons.values(), self.answer_button):
                button.setVisible(False)
            return
        sender = row.sender or row.sender_address or self.tr("Sender not named")
        outlet = f", {row.outlet_name}" if row.outlet_name else ""
        self.heading.setText(
            self.tr("No. {number} · {kind} · {sender}{outlet}").format(
                number=row.id, kind=kind_name(row.kind), sender=sender, outlet=outlet
            )
        )
        received = self.tr("Received {when} by {channel}").format(
            when=datetime_text(row.received_at), channel=channel_name(row.channel)
        )
        if row.incoming_number:
            received += " · " + self.tr("incoming No. {number}").format(number=row.incoming_number)
        self.question.setText(f"{received}\n\n{row.question[:1500]}")
        parts = [
            self.tr("Journalist's deadline: {date}").format(
                date=date_text(row.journalist_due) or "—"
            ),
            self.tr("Legal term: {date}").format(date=date_text(row.legal_due) or "—"),
        ]
        state = due_state(row, today)
        if state:
            parts.append(state_name(state))
        self.deadlines.setText(" · ".join(parts))
        self.deadlines.setStyleSheet(
            f"color: {tones.text('bad').name()}; font-weight: bold;" if state == "overdue" else ""
        )
        unit = row.unit.get(first_language()) or row.unit.get("ru")
        status = self.tr("Status: {status}").format(status=status_name(row.status))
        if unit:
            status += " · " + self.tr("prepares: {unit}").format(unit=unit)
        if row.return_comment and row.status == "returned":
            status += "\n" + self.tr("Head's comment: {comment}").format(comment=row.return_comment)
        self.status.setText(status)
        allowed = STEPS.get(row.status, ())
        for status_code, button in self.buttons.items():
            button.setVisible(status_code in allowed)
        self.answer_button.setVisible(True)
        self.answer_button.setText(
            self.tr("Change the answer…")
            if row.status == "answered"
            else self.tr("Record the answer…")
        )
        self.answer.setText(self._answer_text(row))
        for step in row.history:
            text = f"{datetime_text(step.at)} — {event_name(step.kind, step.new_value)}"
            if step.by_name:
                text += f" — {step.by_name}"
            if step.comment:
                text += f": {step.comment}"
            self.trail.addItem(text)

    def _answer_text(self, row: InquiryRow) -> str:
        if row.answered_at is None:
            return ""
        text = self.tr("Answer sent {when} by {channel}: {outcome}").format(
            when=datetime_text(row.answered_at),
            channel=channel_name(row.answer_channel),
            outcome=outcome_name(row.outcome or ""),
        )
        ground = row.ground.get(first_language()) or row.ground.get("ru")
        if ground:
            text += " — " + ground
        if row.redirected_to:
            text += " — " + row.redirected_to
        return text
