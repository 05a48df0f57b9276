"""The inquiry editor: when and how it came, from whom, the question, both deadlines, who
prepares the answer and the draft; the approval trail of an inquiry already kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.coverage.editor import offer_outlet, outlet_completer
from pressdesk.gui.inquiries.labels import (
    CHANNELS,
    KINDS,
    channel_name,
    event_name,
    kind_name,
    outcome_name,
    status_name,
)
from pressdesk.gui.inventory.common import OptionalDateEdit, bi_field, code_combo
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.dates import (
    date_text,
    datetime_edit,
    datetime_text,
    pydatetime,
    qdatetime,
)
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.messages import LINES, UserError
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.contacts.query import list_people
from pressdesk.services.contacts.records import save_person
from pressdesk.services.contacts.values import EmailValue, PersonRecord, PhoneValue
from pressdesk.services.coverage.records import outlet_id_of
from pressdesk.services.inquiries.deadlines import LegalTerm, legal_due_for
from pressdesk.services.inquiries.queries import InquiryRow, get_inquiry
from pressdesk.services.inquiries.records import (
    InquiryError,
    InquiryInput,
    add_inquiry,
    update_inquiry,
    validate_inquiry,
)
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database
from pressdesk.storage.inquiries_models import NAME_LIMIT, NUMBER_LIMIT

translate = QCoreApplication.translate

#: How many people of the contact base the journalist list offers.
PEOPLE_LIMIT = 1000


def blank_inquiry(received: dt.datetime | None = None) -> InquiryRow:
    """Return the inquiry Add starts from: a phone call received now."""
    return InquiryRow(
        id=0,
        received_at=(received or clock.now()).replace(second=0, microsecond=0, tzinfo=None),
        channel="phone",
        incoming_number="",
        kind="comment",
        person_id=None,
        outlet_id=None,
        sender="",
        sender_address="",
        outlet_name="",
        question="",
        question_files=(),
        quoted="",
        journalist_due=None,
        legal_due=None,
        due_on=None,
        unit=Bi("", ""),
        staff_id=None,
        draft="",
        status="new",
        status_at=None,
        return_comment="",
        answered_at=None,
        answer_channel="",
        answer_text="",
        answer_files=(),
        outcome=None,
        ground=Bi("", ""),
        redirected_to="",
    )


def text_box(text: str, name: str, lines: int) -> QPlainTextEdit:
    """Return a plain text field of about ``lines`` lines, Tab moving on."""
    edit = QPlainTextEdit(text)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def offer_person(
    parent: QWidget, db: Database, name: str, address: str, outlet: str
) -> int | bool | None:
    """Offer to add a journalist missing from the contact base: return the new person's id,
    None to keep the name only, or False if the user cancelled."""
    answer = dialogs.choice(
        parent,
        translate("InquiryEditor", "Journalist not in the contact base"),
        translate(
            "InquiryEditor",
            "«{name}» is not in the contact base. Add the journalist, so that the next "
            "inquiry from the same address finds them?",
        ).format(name=name),
        [
            ("add", translate("InquiryEditor", "Add to the base")),
            ("keep", translate("InquiryEditor", "Keep the name only")),
            ("cancel", translate("InquiryEditor", "Cancel")),
        ],
        default="add",
        escape="cancel",
    )
    if answer == "cancel":
        return False
    if answer != "add":
        return None
    address = address.strip()
    email = "@" in address
    saved = save_person(
        db,
        PersonRecord(
            full_name=name,
            outlet_id=outlet_id_of(db, outlet) if outlet.strip() else None,
            emails=(EmailValue(address),) if address and email else (),
            phones=(PhoneValue(address),) if address and not email else (),
            source="inquiry",
        ),
    )
    return saved.record.id


class PersonCombo(QComboBox):
    """A journalist of the contact base, or a name typed in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for person in list_people(db, sort="name", limit=PEOPLE_LIMIT).rows:
            text = f"{person.full_name} ({person.outlet_name})" if person.outlet_name else None
            self.addItem(text or person.full_name, person.id)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("InquiryEditor", "A contact, or a name"))
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMinimumContentsLength(24)

    def set_person(self, person_id: int | None, name: str) -> None:
        """Show the contact ``person_id``, else the name as received."""
        index = self.findData(person_id) if person_id is not None else -1
        if index > 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0)
            self.setEditText(name)

    def person(self) -> tuple[int | None, str]:
        """Return the chosen contact's id (None for a typed name) and the name typed."""
        text = " ".join(self.currentText().split())
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        data = self.itemData(index) if index > 0 else None
        return (int(data) if data is not None else None), ("" if data is not None else text)


class InquiryEditor(RecordEditor):
    """Register or change one inquiry; ``saved`` is the stored inquiry after a Save."""

    saved: InquiryRow | None

    def __init__(
        self,
        db: Database,
        row: InquiryRow,
        parent: QWidget | None = None,
        term: LegalTerm | None = None,
    ) -> None:
        super().__init__(
            self.tr("Inquiry {number}").format(number=row.id) if row.id else self.tr("New inquiry"),
            "inquiryEditor",
            parent,
        )
        self.db, self.row, self.term = db, row, term or LegalTerm()
        self.received = datetime_edit()
        self.received.setObjectName("inquiryReceived")
        self.channel = code_combo(CHANNELS, channel_name)
        self.channel.setObjectName("inquiryChannel")
        self.written = QCheckBox(self.tr("Written request (law on access to information)"))
        self.written.setObjectName("inquiryWritten")
        self.number = QLineEdit()
        self.number.setObjectName("inquiryNumber")
        self.number.setMaxLength(NUMBER_LIMIT)
        self.number.setPlaceholderText(self.tr("Incoming number"))
        self.person = PersonCombo(db, self)
        self.person.setObjectName("inquiryPerson")
        self.address = QLineEdit()
        self.address.setObjectName("inquiryAddress")
        self.address.setMaxLength(NAME_LIMIT)
        self.address.setPlaceholderText(self.tr("E-mail or phone as received"))
        self.outlet = QLineEdit()
        self.outlet.setObjectName("inquiryOutlet")
        self.outlet.setMaxLength(NAME_LIMIT)
        self.outlet.setCompleter(outlet_completer(db, self))
        self.kind = code_combo(KINDS, kind_name)
        self.kind.setObjectName("inquiryKind")
        self.question = text_box("", "inquiryQuestion", 5)
        self.quoted = text_box("", "inquiryQuoted", 2)
        self.journalist_due = OptionalDateEdit()
        self.journalist_due.setObjectName("inquiryJournalistDue")
        self.legal_due = QLabel()
        self.legal_due.setObjectName("inquiryLegalDue")
        self.legal_due.setWordWrap(True)
        self.unit = bi_field("inquiryUnit", Bi(), NAME_LIMIT)
        self.staff = QComboBox()
        self.staff.setObjectName("inquiryStaff")
        self.staff.addItem("", None)
        for staff in list_staff(db, active_only=True):
            self.staff.addItem(staff.full_name, staff.id)
        self.draft = text_box("", "inquiryDraft", 5)
        self.status = QLabel()
        self.status.setObjectName("inquiryStatus")
        self.sent = QLabel()
        self.sent.setWordWrap(True)
        self.trail = QListWidget()
        self.trail.setObjectName("inquiryTrail")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inquiryTabs")
        self.tabs.addTab(self._inquiry_tab(), self.tr("Inquiry"))
        self.tabs.addTab(self._answer_tab(), self.tr("Preparation"))
        if row.id:
            self.tabs.addTab(self.trail, self.tr("Trail"))
            self._show_trail(get_inquiry(db, row.id))
        self.written.toggled.connect(self._written_changed)
        self.received.dateTimeChanged.connect(self._show_legal_due)
        self.channel.currentIndexChanged.connect(self._show_legal_due)
        self.kind.currentIndexChanged.connect(self._show_legal_due)
        self.show_inquiry(row)
        self.finish(self.tabs, min_width=640)

    def show_inquiry(self, row: InquiryRow) -> None:
        """Show ``row`` in the form and take it as the inquiry read."""
        self.row = row
        self.received.setDateTime(qdatetime(row.received_at))
        self.written.setChecked(row.channel == "written" or row.kind == "written_request")
        self.channel.setCurrentIndex(max(self.channel.findData(row.channel), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.number.setText(row.incoming_number)
        self.person.set_person(row.person_id, row.sender)
        self.address.setText(row.sender_address)
        self.outlet.setText(row.outlet_name)
        self.question.setPlainText(row.question)
        self.quoted.setPlainText(row.quoted)
        self.journalist_due.set_date(row.journalist_due)
        self.unit.setValue(row.unit)
        self.staff.setCurrentIndex(max(self.staff.findData(row.staff_id), 0))
        self.draft.setPlainText(row.draft)
        self.status.setText(status_name(row.status))
        if row.answered_at is not None:
            self.sent.setText(
                self.tr("{when}, {channel}: {outcome}").format(
                    when=datetime_text(row.answered_at),
                    channel=channel_name(row.answer_channel),
                    outcome=outcome_name(row.outcome or ""),
                )
            )
        self.answer_form.setRowVisible(self.sent, row.answered_at is not None)
        self._written_changed(self.written.isChecked())

    # --- the form -----------------------------------------------------------------------------

    def _inquiry_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.add_field("received_at", self.received, self.tr("Received"), form)
        self.add_field("channel", self.channel, self.tr("Channel"), form)
        written = QHBoxLayout()
        written.addWidget(self.written)
        written.addWidget(self.number, 1)
        form.addRow(written)
        self.fields["incoming_number"] = self.number
        self.add_field("person", self.person, self.tr("Journalist"), form)
        self.add_field("sender_address", self.address, self.tr("Address"), form)
        self.add_field("outlet", self.outlet, self.tr("Outlet"), form)
        self.add_field("kind", self.kind, self.tr("Kind"), form)
        self.add_field("question", self.question, self.tr("Question"), form)
        self.add_field("quoted", self.quoted, self.tr("Earlier messages"), form)
        due = self.tr("Journalist's deadline")
        self.add_field("journalist_due", self.journalist_due, due, form)
        self.add_field("legal_due", self.legal_due, self.tr("Legal term"), form)
        return page

    def _answer_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.add_field("unit", self.unit, self.tr("Unit that prepares"), form)
        self.add_field("staff", self.staff, self.tr("Staff member"), form)
        self.add_field("draft", self.draft, self.tr("Draft answer"), form)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Answer sent:"), self.sent)
        self.answer_form = form
        return page

    def _show_trail(self, row: InquiryRow) -> None:
        self.trail.clear()
        for step in row.history:
            text = f"{datetime_text(step.at)} — {event_name(step.kind, step.new_value)}"
            if step.by_name:
                text += f" — {step.by_name}"
            if step.comment:
                text += f": {step.comment}"
            self.trail.addItem(text)

    @Slot(bool)
    def _written_changed(self, written: bool) -> None:
        self.number.setEnabled(written)
        if written and self.kind.currentData() != "written_request":
            self.kind.setCurrentIndex(self.kind.findData("written_request"))
        if not written:
            if self.kind.currentData() == "written_request":
                self.kind.setCurrentIndex(self.kind.findData("comment"))
            if self.channel.currentData() == "written":
                self.channel.setCurrentIndex(self.channel.findData("letter"))
        self._show_legal_due()

    @Slot()
    def _show_legal_due(self) -> None:
        written = self.written.isChecked() or self.channel.currentData() == "written"
        if not written:
            self.legal_due.setText(self.tr("None: only a written request has a legal term"))
            return
        received = pydatetime(self.received.dateTime()).date()
        due = legal_due_for(self.db, received, self.term)
        self.legal_due.setText(
            self.tr("{date} (counted from the day received)").format(date=date_text(due))
        )

    # --- saving -------------------------------------------------------------------------------

    def value(self) -> InquiryInput:
        person_id, name = self.person.person()
        staff = self.staff.currentData()
        kind = str(self.kind.currentData())
        if self.written.isChecked() and self.channel.currentData() != "written":
            kind = "written_request"
        return InquiryInput(
            question=self.question.toPlainText(),
            kind=kind,
            channel=str(self.channel.currentData()),
            received_at=pydatetime(self.received.dateTime()),
            incoming_number=self.number.text() if self.written.isChecked() else "",
            person_id=person_id,
            outlet_id=outlet_id_of(self.db, self.outlet.text()) if self.outlet.text() else None,
            sender=name,
            sender_address=self.address.text(),
            outlet_name=self.outlet.text(),
            question_files=self.row.question_files,
            quoted=self.quoted.toPlainText(),
            journalist_due=self.journalist_due.date(),
            unit=self.unit.value(),
            staff_id=int(staff) if staff is not None else None,
            draft=self.draft.toPlainText(),
        )

    def store(self) -> InquiryRow:
        return self.store_input(self.value())

    def store_input(self, data: InquiryInput) -> InquiryRow:
        """Save ``data`` through the services; return the stored inquiry."""
        if self.row.id:
            update_inquiry(
                self.db, self.row.id, data, term=self.term, seen_version=self.row.row_version
            )
            return get_inquiry(self.db, self.row.id)
        return get_inquiry(self.db, add_inquiry(self.db, data, term=self.term))

    def save(self) -> bool:
        """Store the inquiry; on a refusal say why, keep the dialog open and save nothing.

        A journalist or an outlet typed in that the contact base lacks is offered for adding,
        but only once the inquiry itself is known to be acceptable.
        """
        self.clear_problems()
        data = self.value()
        try:
            problems = validate_inquiry(data)
            if problems:
                raise InquiryError(LINES, lines=problems)
            changed = not self.row.id or data.sender != self.row.sender
            if data.person_id is None and data.sender.strip() and changed:
                added = offer_person(
                    self, self.db, data.sender, data.sender_address, data.outlet_name
                )
                if added is False:
                    return False
                if isinstance(added, int):
                    data = replace(data, person_id=added, sender="")
            if not offer_outlet(self, self.db, data.outlet_name):
                return False
            if data.outlet_name.strip() and data.outlet_id is None:
                data = replace(data, outlet_id=outlet_id_of(self.db, data.outlet_name))
            self.saved = self.row = self.store_input(data)
        except ChangedMeanwhile as exc:
            return self.on_changed_meanwhile(exc)
        except UserError as exc:
            dialogs.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        return True

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def stored_now(self) -> InquiryRow | None:
        """Return the inquiry as stored now (None for a new one)."""
        return get_inquiry(self.db, self.row.id) if self.row.id else None

    def show_stored(self, stored: InquiryRow) -> None:
        """Show the stored inquiry and its trail."""
        self.show_inquiry(stored)
        self._show_trail(stored)

    def changed_labels(self) -> dict[str, str]:
        """Return the inquiry's fields with the labels of the form."""
        return {
            "received_at": self.tr("Received"),
            "channel": self.tr("Channel"),
            "incoming_number": self.tr("Incoming number"),
            "person_id": self.tr("Journalist"),
            "sender": self.tr("Journalist"),
            "sender_address": self.tr("Address"),
            "outlet_name": self.tr("Outlet"),
            "kind": self.tr("Kind"),
            "question": self.tr("Question"),
            "quoted": self.tr("Earlier messages"),
            "journalist_due": self.tr("Journalist's deadline"),
            "unit": self.tr("Unit that prepares"),
            "staff_id": self.tr("Staff member"),
            "draft": self.tr("Draft answer"),
            "status": self.tr("Status:").rstrip(":"),
            "answered_at": self.tr("Answer sent:").rstrip(":"),
        }
