"""The interaction log of a person or an outlet: the entries and a dialog to add one."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.contacts.labels import choices, date_text, pydate, qdate
from pressdesk.gui.contacts.models import InteractionModel
from pressdesk.gui.messages import with_reason
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.ask_dialog import AskDialog, ask
from pressdesk.gui.widgets.table_panel import TablePanel
from pressdesk.services.contacts.log import (
    InteractionRecord,
    delete_interaction,
    log_interaction,
    outlet_last_contacted,
)
from pressdesk.services.contacts.records import get_person
from pressdesk.services.contacts.values import ContactError, ContactNotFound
from pressdesk.storage.engine import Database


class LogEntryDialog(AskDialog):
    """Date, channel, subject and note of one contact with the media."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("logEntryDialog", parent)
        self.date = dates.set_format(QDateEdit(qdate(clock.today())))
        self.date.setObjectName("logDate")
        self.date.setCalendarPopup(True)
        self.channel = QComboBox()
        self.channel.setObjectName("logChannel")
        for code, name in choices("channel"):
            if code:
                self.channel.addItem(name, code)
        self.subject = QLineEdit()
        self.subject.setObjectName("logSubject")
        self.subject.setPlaceholderText(self.tr("For example: invitation to the briefing"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("logNote")
        self.note.setFixedHeight(80)
        assert self.form is not None
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow(self.tr("Channel:"), self.channel)
        self.form.addRow(self.tr("Subject:"), self.subject)
        self.form.addRow(self.tr("Note:"), self.note)
        self.finish(self.tr("Log a contact"), self.tr("Add to the log"), 460)

    def record(self, person_id: int | None, outlet_id: int | None) -> InteractionRecord:
        """Return the entry as entered, about ``person_id`` or ``outlet_id``."""
        return InteractionRecord(
            happened_on=pydate(self.date.date()),
            channel=str(self.channel.currentData()),
            subject=self.subject.text(),
            note=self.note.toPlainText(),
            person_id=person_id,
            outlet_id=outlet_id,
        )


class LogPanel(TablePanel):
    """The log of one person or outlet with "add" and "delete" and the last contact date."""

    logged = Signal()
    model: InteractionModel

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        model = InteractionModel(db)
        super().__init__(model, "logTable", parent, heading="lastContacted", single=True)
        self.setObjectName("logPanel")
        self.db = db
        self.person_id: int | None = None
        self.outlet_id: int | None = None
        self.last_label = self.heading
        self.add_button = self.button(
            self.tr("Add entry…"), "addLogEntry", self.add_entry, in_menu=False
        )
        self.delete_button = self.button(
            self.tr("Delete entry"), "deleteLogEntry", self.delete_entry, role="delete"
        )
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 120, 260, 180)):
            header.resizeSection(column, width)
        self.model.total_changed.connect(self._update_buttons)
        self._update_buttons()

    def show_person(self, person_id: int | None) -> None:
        """Show the log of a person (nothing for a person not saved yet)."""
        self.person_id, self.outlet_id = person_id, None
        self.reload()

    def show_outlet(self, outlet_id: int | None) -> None:
        """Show the log of an outlet and its people."""
        self.person_id, self.outlet_id = None, outlet_id
        self.reload()

    def reload(self) -> None:
        """Read the log and the last contact date again."""
        self.model.show_log(person_id=self.person_id, outlet_id=self.outlet_id)
        last: dt.date | None = None
        if self.person_id is not None:
            last = get_person(self.db, self.person_id).last_contacted
        elif self.outlet_id is not None:
            last = outlet_last_contacted(self.db, self.outlet_id)
        text = date_text(last) if last else self.tr("never")
        self.last_label.setText(self.tr("Last contact: {date}").format(date=text))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        saved = self.person_id is not None or self.outlet_id is not None
        self.add_button.setEnabled(saved)
        self.delete_button.setEnabled(saved and self.model.rowCount() > 0)

    @Slot()
    def add_entry(self) -> None:
        """Ask for an entry and add it to the log."""
        if self.person_id is None and self.outlet_id is None:
            return
        person_id, outlet_id = self.person_id, self.outlet_id
        record = ask(LogEntryDialog(self), lambda dialog: dialog.record(person_id, outlet_id))
        if record is None:
            return
        try:
            log_interaction(self.db, record)
        except (ContactError, ContactNotFound) as exc:
            dialogs.warning(self, self.tr("Log a contact"), with_reason(self.tr("Not saved."), exc))
            return
        self.reload()
        self.logged.emit()

    @Slot()
    def delete_entry(self) -> None:
        """Delete the selected entry after asking."""
        entry: InteractionRecord | None = self.current_row()
        if (
            entry is None
            or entry.id is None
            or not dialogs.question(
                self,
                self.tr("Delete entry"),
                self.tr("Delete the log entry of {date}?").format(
                    date=date_text(entry.happened_on)
                ),
                self.tr("Delete"),
                self.tr("Keep"),
            )
        ):
            return
        with contextlib.suppress(ContactNotFound):
            delete_interaction(self.db, entry.id)
        self.reload()
        self.logged.emit()
