"""The interaction log of a person or an outlet: the entries and a dialog to add one."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.contacts.labels import choices, date_text, pydate, qdate
from pressdesk.gui.contacts.models import ROW_ROLE, InteractionModel
from pressdesk.gui.messages import with_reason
from pressdesk.gui.widgets import dates
from pressdesk.services.contacts.log import (
    InteractionRecord,
    delete_interaction,
    log_interaction,
    outlet_last_contacted,
)
from pressdesk.services.contacts.records import get_person
from pressdesk.services.contacts.values import ContactError, ContactNotFound
from pressdesk.storage.engine import Database


class LogEntryDialog(QDialog):
    """Date, channel, subject and note of one contact with the media."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logEntryDialog")
        self.setWindowTitle(self.tr("Log a contact"))
        form = QFormLayout(self)
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
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the log"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

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


class LogPanel(QWidget):
    """The log of one person or outlet with "add" and "delete" and the last contact date."""

    logged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logPanel")
        self.db = db
        self.person_id: int | None = None
        self.outlet_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.last_label = QLabel()
        self.last_label.setObjectName("lastContacted")
        top.addWidget(self.last_label, 1)
        self.add_button = QPushButton(self.tr("Add entry…"))
        self.add_button.setObjectName("addLogEntry")
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button = QPushButton(self.tr("Delete entry"))
        self.delete_button.setObjectName("deleteLogEntry")
        self.delete_button.clicked.connect(self.delete_entry)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        self.model = InteractionModel(db, self)
        self.table = QTableView()
        self.table.setObjectName("logTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 120, 260, 180)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
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
        dialog = LogEntryDialog(self)
        try:
            if not dialogs.run_dialog(dialog):
                return
            record = dialog.record(self.person_id, self.outlet_id)
        finally:
            dialog.deleteLater()
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
        index = self.table.currentIndex()
        if not index.isValid():
            return
        entry: InteractionRecord = self.model.data(index, ROW_ROLE)
        if entry.id is None or not dialogs.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete the log entry of {date}?").format(date=date_text(entry.happened_on)),
            self.tr("Delete"),
            self.tr("Keep"),
        ):
            return
        with contextlib.suppress(ContactNotFound):
            delete_interaction(self.db, entry.id)
        self.reload()
        self.logged.emit()
