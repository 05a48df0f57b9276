"""The person editor: details, phones and e-mails, lists, the log and the work history."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.contacts.labels import choices, date_text, pydate, qdate
from pressdesk.gui.contacts.log_panel import LogPanel
from pressdesk.gui.contacts.topics_dialog import TopicPicker
from pressdesk.gui.contacts.value_tables import EmailTable, MessengerTable, PhoneTable
from pressdesk.gui.messages import error_text, problem_text, with_reason
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.bilingual import BiLineEdit, first_language
from pressdesk.gui.widgets.conflict import ask_changed_meanwhile
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.contacts.lists import (
    add_to_list,
    list_lists,
    lists_of_person,
    remove_from_list,
)
from pressdesk.services.contacts.query import outlet_choices
from pressdesk.services.contacts.records import (
    MAX_NAME,
    get_person,
    outlet_history,
    save_person,
)
from pressdesk.services.contacts.values import (
    ContactError,
    ContactNotFound,
    PersonRecord,
    Saved,
)
from pressdesk.storage.engine import Database


class ContactEditor(RecordEditor):
    """What the person and outlet editors share: tabs, and a save that keeps a phone or an
    e-mail the checks doubt, stored but pointed out; ``saved`` carries the record's id."""

    saved = Signal(int)
    #: The record as read or last saved (a PersonRecord or an OutletRecord).
    record: Any

    def __init__(self, db: Database, title: str, name: str, parent: QWidget | None) -> None:
        super().__init__(
            title,
            name,
            parent,
            cancel_text=QCoreApplication.translate("ContactEditor", "Close"),
        )
        self.db = db
        self.name = QLineEdit()
        self.tabs = QTabWidget()

    def texts(self) -> tuple[str, str, str, str]:
        """Return the heading of messages, "enter the name", "not saved", "saved, but"."""
        raise NotImplementedError

    def store_contact(self) -> Saved[Any]:
        """Save the record through the services."""
        raise NotImplementedError

    def show_record(self, record: Any) -> None:
        """Show ``record`` as saved."""
        raise NotImplementedError

    def load_current(self) -> Any:
        """Read the record as it is stored now."""
        raise NotImplementedError

    def field_labels(self) -> dict[str, str]:
        """Return the record's fields with the names the form gives them."""
        raise NotImplementedError

    def changed_meanwhile(self, heading: str) -> bool:
        """Someone saved the record after it was opened here: say what they changed and let the
        user see their version, save this one over it, or go back to editing."""
        try:
            current = self.load_current()
        except ContactNotFound as exc:
            dialogs.warning(self, heading, error_text(exc))
            return False
        answer = ask_changed_meanwhile(self, heading, self.record, current, self.field_labels())
        if answer == "theirs":
            self.show_record(current)
            self.mark_clean()
        elif answer == "mine":
            self.record = replace(self.record, row_version=current.row_version)
            return self.save()
        return False

    def save(self) -> bool:
        """Save; return True when stored with nothing left to correct."""
        heading, missing, refused, doubtful = self.texts()
        if not self.name.text().strip():
            dialogs.warning(self, heading, missing)
            self.tabs.setCurrentIndex(0)
            self.name.setFocus()
            return False
        try:
            result = self.store_contact()
        except ChangedMeanwhile:
            return self.changed_meanwhile(heading)
        except (ContactError, ContactNotFound) as exc:
            dialogs.warning(self, heading, with_reason(refused, exc))
            return False
        self.show_record(result.record)
        self.mark_clean()
        assert result.record.id is not None
        self.saved.emit(result.record.id)
        if result.warnings:
            self.tabs.setCurrentIndex(min(1, self.tabs.count() - 1) if self.flag_tab else 0)
            dialogs.warning(
                self, heading, doubtful, "\n".join(problem_text(w) for w in result.warnings)
            )
            return False
        return True

    #: Whether the tab of phones and e-mails (the second) is shown with a doubtful value.
    flag_tab = False


class PersonEditor(ContactEditor):
    """Edit one person; invalid phones and e-mails are kept, highlighted with the reason."""

    flag_tab = True

    def __init__(
        self, db: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            db, QCoreApplication.translate("PersonEditor", "Person"), "personEditor", parent
        )
        self.record = get_person(db, person_id) if person_id is not None else PersonRecord("")
        self.resize(860, 620)
        self.tabs.setObjectName("personTabs")
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Phones and e-mail"))
        self.tabs.addTab(self._lists_tab(), self.tr("Lists and log"))
        self.tabs.addTab(self._history_tab(), self.tr("Work history"))
        self.show_record(self.record)
        self.finish(self.tabs)

    # --- building --------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name.setObjectName("personName")
        self.kind = QComboBox()
        self.kind.setObjectName("personKind")
        for code, text in choices("person_kind"):
            self.kind.addItem(text, code)
        self.position = BiLineEdit(max_length=MAX_NAME)
        self.position.setObjectName("personPosition")
        self.outlet = QComboBox()
        self.outlet.setObjectName("personOutlet")
        self.outlet.addItem(self.tr("No outlet"), None)
        for outlet_id, name in outlet_choices(self.db):
            self.outlet.addItem(name, outlet_id)
        self.outlet_note = QLabel()
        self.outlet_note.setObjectName("outletSince")
        outlet_row = QHBoxLayout()
        outlet_row.addWidget(self.outlet, 1)
        outlet_row.addWidget(self.outlet_note)
        self.topics = TopicPicker(self.db)
        self.languages: dict[str, QCheckBox] = {}
        lang_row = QHBoxLayout()
        for code, text in choices("language"):
            box = QCheckBox(text)
            box.setObjectName(f"personLanguage_{code}")
            self.languages[code] = box
            lang_row.addWidget(box)
        lang_row.addStretch(1)
        self.channel = QComboBox()
        self.channel.setObjectName("personChannel")
        for code, text in choices("channel"):
            self.channel.addItem(text, code)
        self.has_birthday = QCheckBox(self.tr("Known:"))
        self.birthday = dates.date_edit()
        self.birthday.setObjectName("personBirthday")
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.has_birthday)
        birthday_row.addWidget(self.birthday)
        birthday_row.addStretch(1)
        self.source = QLineEdit()
        self.source.setObjectName("personSource")
        self.source.setPlaceholderText(self.tr("Where the contact came from"))
        self.verified_label = QLabel()
        self.verified_label.setObjectName("personVerified")
        self.verify_button = QPushButton(self.tr("Mark verified today"))
        self.verify_button.setObjectName("markVerified")
        self.verify_button.clicked.connect(self.mark_verified)
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified_label)
        verified_row.addWidget(self.verify_button)
        verified_row.addStretch(1)
        self.do_not_contact = QCheckBox(self.tr("Do not contact"))
        self.do_not_contact.setObjectName("personDoNotContact")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("personNotes")
        form.addRow(self.tr("Full name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Position:"), self.position)
        form.addRow(self.tr("Outlet:"), outlet_row)
        form.addRow(self.tr("Topics:"), self.topics)
        form.addRow(self.tr("Languages:"), lang_row)
        form.addRow(self.tr("Preferred channel:"), self.channel)
        form.addRow(self.tr("Birthday:"), birthday_row)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Last verified:"), verified_row)
        form.addRow("", self.do_not_contact)
        form.addRow(self.tr("Notes:"), self.notes)
        return page

    def _contacts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.phones = PhoneTable()
        self.emails = EmailTable()
        self.messengers = MessengerTable()
        for table in (self.phones, self.emails, self.messengers):
            layout.addWidget(table)
        return page

    def _lists_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("<b>" + self.tr("Distribution lists") + "</b>"))
        row = QHBoxLayout()
        self.person_lists = QListWidget()
        self.person_lists.setObjectName("personLists")
        self.person_lists.setMaximumHeight(110)
        row.addWidget(self.person_lists, 1)
        side = QVBoxLayout()
        self.list_choice = QComboBox()
        self.list_choice.setObjectName("personListChoice")
        self.add_list_button = QPushButton(self.tr("Add to list"))
        self.add_list_button.setObjectName("personAddToList")
        self.add_list_button.clicked.connect(self.add_to_chosen_list)
        self.remove_list_button = QPushButton(self.tr("Remove from list"))
        self.remove_list_button.setObjectName("personRemoveFromList")
        self.remove_list_button.clicked.connect(self.remove_from_selected_list)
        for widget in (self.list_choice, self.add_list_button, self.remove_list_button):
            side.addWidget(widget)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        layout.addWidget(QLabel("<b>" + self.tr("Contact log") + "</b>"))
        self.log = LogPanel(self.db)
        layout.addWidget(self.log, 1)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("personHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Outlet"), self.tr("Position"), self.tr("From"), self.tr("Until")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setColumnWidth(0, 260)
        self.history.setColumnWidth(1, 200)
        layout.addWidget(QLabel(self.tr("Moving a person to another outlet keeps a line here.")))
        layout.addWidget(self.history)
        return page

    # --- showing ---------------------------------------------------------------------------

    def show_record(self, record: PersonRecord) -> None:
        self.record = record
        self.name.setText(record.full_name)
        self.kind.setCurrentIndex(max(self.kind.findData(record.kind), 0))
        self.position.setValue(record.position)
        index = self.outlet.findData(record.outlet_id) if record.outlet_id is not None else 0
        self.outlet.setCurrentIndex(max(index, 0))
        since = date_text(record.outlet_since)
        self.outlet_note.setText(self.tr("since {date}").format(date=since) if since else "")
        self.topics.setValue(record.topics)
        for code, box in self.languages.items():
            box.setChecked(code in record.languages)
        self.channel.setCurrentIndex(max(self.channel.findData(record.preferred_channel), 0))
        self.has_birthday.setChecked(record.birthday is not None)
        self.birthday.setEnabled(record.birthday is not None)
        self.birthday.setDate(qdate(record.birthday) if record.birthday else QDate(1990, 1, 1))
        self.source.setText(record.source)
        self._show_verified(record.last_verified)
        self.do_not_contact.setChecked(record.do_not_contact)
        self.notes.setPlainText(record.notes)
        self.phones.set_values(record.phones)
        self.emails.set_values(record.emails)
        self.messengers.set_values(record.messengers)
        title = record.full_name or self.tr("New person")
        self.setWindowTitle(self.tr("Person: {name}").format(name=title))
        self._show_lists()
        self.log.show_person(record.id)
        self._show_history()

    def _show_verified(self, day: dt.date | None) -> None:
        self.verified_day = day
        self.verified_label.setText(date_text(day) if day else self.tr("never"))

    def _show_lists(self) -> None:
        saved = self.record.id is not None
        self.person_lists.clear()
        if saved and self.record.id is not None:
            for name in lists_of_person(self.db, self.record.id):
                self.person_lists.addItem(QListWidgetItem(name))
        self.list_choice.clear()
        for row in list_lists(self.db):
            if row.kind == "static":
                self.list_choice.addItem(row.name, row.id)
        for widget in (self.list_choice, self.add_list_button, self.remove_list_button):
            widget.setEnabled(saved)

    def _show_history(self) -> None:
        rows = outlet_history(self.db, self.record.id) if self.record.id is not None else []
        self.history.setRowCount(len(rows))
        for row, item in enumerate(rows):
            values = (
                item.outlet_name,
                item.position.text(first_language()),
                date_text(item.started_on),
                date_text(item.ended_on),
            )
            for column, text in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(text))

    # --- editing ---------------------------------------------------------------------------

    @Slot()
    def mark_verified(self) -> None:
        """Set "last verified" to today; it is stored with the next save."""
        self._show_verified(clock.today())

    def value(self) -> PersonRecord:
        """Return the person as entered."""
        outlet_id = self.outlet.currentData()
        return PersonRecord(
            id=self.record.id,
            full_name=self.name.text(),
            kind=str(self.kind.currentData()),
            position=self.position.value(),
            outlet_id=outlet_id if isinstance(outlet_id, int) else None,
            topics=self.topics.value(),
            phones=self.phones.values(),
            emails=self.emails.values(),
            messengers=self.messengers.values(),
            languages=frozenset(c for c, box in self.languages.items() if box.isChecked()),
            preferred_channel=str(self.channel.currentData() or ""),
            birthday=pydate(self.birthday.date()) if self.has_birthday.isChecked() else None,
            source=self.source.text(),
            last_verified=self.verified_day,
            do_not_contact=self.do_not_contact.isChecked(),
            notes=self.notes.toPlainText(),
            outlet_since=self.record.outlet_since,
            row_version=self.record.row_version,
        )

    def texts(self) -> tuple[str, str, str, str]:
        """Return the wording of the person's save messages."""
        return (
            self.tr("Person"),
            self.tr("Enter the person's full name."),
            self.tr("The person is not saved."),
            self.tr(
                "Saved. Some phone numbers or e-mail addresses are not valid: they are kept "
                "and highlighted so you can correct them."
            ),
        )

    def store_contact(self) -> Saved[PersonRecord]:
        """Save the person."""
        return save_person(self.db, self.value())

    def load_current(self) -> PersonRecord:
        """Read the person as stored now."""
        assert self.record.id is not None
        return get_person(self.db, self.record.id)

    def field_labels(self) -> dict[str, str]:
        """Name the person's fields as the form does."""
        labels = {
            "full_name": self.tr("Full name:"),
            "kind": self.tr("Kind:"),
            "position": self.tr("Position:"),
            "outlet_id": self.tr("Outlet:"),
            "topics": self.tr("Topics:"),
            "languages": self.tr("Languages:"),
            "preferred_channel": self.tr("Preferred channel:"),
            "birthday": self.tr("Birthday:"),
            "source": self.tr("Source:"),
            "last_verified": self.tr("Last verified:"),
            "notes": self.tr("Notes:"),
        }
        contacts = self.tr("Phones and e-mail")
        named = {field: label.rstrip(":") for field, label in labels.items()}
        return {**named, "phones": contacts, "emails": contacts, "messengers": contacts}

    @Slot()
    def add_to_chosen_list(self) -> None:
        """Add the person to the list chosen in the combo box."""
        list_id = self.list_choice.currentData()
        if self.record.id is None or not isinstance(list_id, int):
            return
        try:
            add_to_list(self.db, list_id, person_ids=[self.record.id])
        except (ContactError, ContactNotFound, ChangedMeanwhile) as exc:
            dialogs.warning(
                self, self.tr("Lists"), with_reason(self.tr("Not added to the list."), exc)
            )
        self._show_lists()
        self.saved.emit(self.record.id)

    @Slot()
    def remove_from_selected_list(self) -> None:
        """Take the person off the list selected on the left."""
        item = self.person_lists.currentItem()
        if self.record.id is None or item is None:
            return
        ids = {row.name: row.id for row in list_lists(self.db) if row.kind == "static"}
        list_id = ids.get(item.text())
        if list_id is not None:
            remove_from_list(self.db, list_id, person_ids=[self.record.id])
        self._show_lists()
        self.saved.emit(self.record.id)
