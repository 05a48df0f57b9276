"""Quick capture: paste an e-mail or a messenger message, see what it proposes, correct it
and register the inquiry."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.coverage.editor import offer_outlet, outlet_completer
from pressdesk.gui.inquiries.editor import PersonCombo, offer_person, text_box
from pressdesk.gui.inquiries.labels import CHANNELS, KINDS, channel_name, kind_name
from pressdesk.gui.inventory.common import OptionalDateEdit, code_combo
from pressdesk.gui.messages import error_text
from pressdesk.messages import LINES, UserError
from pressdesk.services.contacts.records import get_outlet
from pressdesk.services.coverage.records import outlet_id_of
from pressdesk.services.inquiries.capture import Capture, capture_input, capture_message
from pressdesk.services.inquiries.deadlines import LegalTerm
from pressdesk.services.inquiries.records import (
    InquiryError,
    InquiryInput,
    add_inquiry,
    validate_inquiry,
)
from pressdesk.storage.engine import Database
from pressdesk.storage.inquiries_models import NAME_LIMIT


class CaptureDialog(QDialog):
    """Read a pasted message into a proposed inquiry; Save registers it (``saved_id``)."""

    def __init__(self, db: Database, term: LegalTerm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryCapture")
        self.setWindowTitle(self.tr("Quick capture of an inquiry"))
        self.db, self.term = db, term
        self.capture: Capture | None = None
        self.saved_id: int | None = None
        self.pasted = text_box("", "capturePasted", 8)
        self.pasted.setPlaceholderText(
            self.tr("Paste the e-mail or message here, with its headers if there are any")
        )
        self.read_button = QPushButton(self.tr("Read the message"))
        self.read_button.setObjectName("captureRead")
        self.read_button.clicked.connect(self.read)
        self.found = QLabel()
        self.found.setObjectName("captureFound")
        self.found.setWordWrap(True)
        self.person = PersonCombo(db, self)
        self.person.setObjectName("capturePerson")
        self.address = QLineEdit()
        self.address.setObjectName("captureAddress")
        self.address.setMaxLength(NAME_LIMIT)
        self.outlet = QLineEdit()
        self.outlet.setObjectName("captureOutlet")
        self.outlet.setMaxLength(NAME_LIMIT)
        self.outlet.setCompleter(outlet_completer(db, self))
        self.channel = code_combo(CHANNELS, channel_name, "email")
        self.channel.setObjectName("captureChannel")
        self.kind = code_combo(KINDS, kind_name, "comment")
        self.kind.setObjectName("captureKind")
        self.question = text_box("", "captureQuestion", 4)
        self.quoted = text_box("", "captureQuoted", 2)
        self.quoted.setReadOnly(True)
        self.due = OptionalDateEdit()
        self.due.setObjectName("captureDue")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Journalist:"), self.person)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Outlet:"), self.outlet)
        row = QHBoxLayout()
        row.addWidget(self.channel)
        row.addWidget(QLabel(self.tr("Kind:")))
        row.addWidget(self.kind, 1)
        form.addRow(self.tr("Channel:"), row)
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Earlier messages:"), self.quoted)
        form.addRow(self.tr("Journalist's deadline:"), self.due)
        proposal = QWidget()
        proposal.setLayout(form)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.pasted, 1)
        read_row = QHBoxLayout()
        read_row.addWidget(self.read_button)
        read_row.addWidget(self.found, 1)
        top_layout.addLayout(read_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(proposal)
        split.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Register the inquiry"))
        self.save_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    @Slot()
    def read(self) -> None:
        """Read the pasted text and show what it proposes (nothing is saved)."""
        try:
            capture = capture_message(self.db, self.pasted.toPlainText())
        except UserError as exc:
            dialogs.warning(self, self.windowTitle(), error_text(exc))
            return
        self.show_capture(capture)

    def show_capture(self, capture: Capture) -> None:
        """Fill the fields with what ``capture`` proposes."""
        self.capture = capture
        data = capture_input(capture)
        self.person.set_person(capture.person_id, capture.sender)
        self.address.setText(capture.address or capture.phone)
        self.outlet.setText(capture.outlet_name or self._outlet_name(capture))
        self.channel.setCurrentIndex(max(self.channel.findData(capture.channel), 0))
        self.question.setPlainText(data.question)
        self.quoted.setPlainText(capture.quoted)
        self.due.set_date(capture.journalist_due)
        if capture.person_id is not None:
            found = self.tr("Found in the contact base: {name}.").format(name=capture.sender)
        elif capture.new_contact:
            found = self.tr("The sender is not in the contact base; saving offers to add them.")
        else:
            found = self.tr("No sender found: choose the journalist or type a name.")
        self.found.setText(found)
        self.save_button.setEnabled(True)

    def _outlet_name(self, capture: Capture) -> str:
        if capture.outlet_id is None:
            return ""
        try:
            return get_outlet(self.db, capture.outlet_id).name
        except (UserError, LookupError):
            return ""

    def value(self) -> InquiryInput:
        """Return the inquiry as corrected in the form."""
        assert self.capture is not None
        person_id, name = self.person.person()
        outlet = self.outlet.text().strip()
        return replace(
            capture_input(self.capture, kind=str(self.kind.currentData())),
            question=self.question.toPlainText(),
            channel=str(self.channel.currentData()),
            person_id=person_id,
            sender=name,
            sender_address=self.address.text(),
            outlet_id=outlet_id_of(self.db, outlet) if outlet else self.capture.outlet_id,
            outlet_name=outlet,
            journalist_due=self.due.date(),
        )

    def accept(self) -> None:
        """Register the inquiry; stay open with the reason when it cannot be."""
        if self.capture is None:
            return
        data = self.value()
        try:
            problems = validate_inquiry(data)
            if problems:
                raise InquiryError(LINES, lines=problems)
            if data.person_id is None and data.sender.strip():
                added = offer_person(
                    self, self.db, data.sender, data.sender_address, data.outlet_name
                )
                if added is False:
                    return
                if isinstance(added, int):
                    data = replace(data, person_id=added, sender="")
            if not offer_outlet(self, self.db, data.outlet_name):
                return
            if data.outlet_name and data.outlet_id is None:
                data = replace(data, outlet_id=outlet_id_of(self.db, data.outlet_name))
            self.saved_id = add_inquiry(self.db, data, term=self.term)
        except UserError as exc:
            dialogs.warning(self, self.windowTitle(), error_text(exc))
            return
        super().accept()
