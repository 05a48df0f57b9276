"""Small editors of the Events section: a checklist task, a typed-in journalist, people to add."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.events import labels
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.ask_dialog import ok_cancel_buttons
from pressdesk.gui.widgets.bilingual import BiLineEdit
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.services.contacts.query import list_people
from pressdesk.services.contacts.values import PersonFilter
from pressdesk.services.events.accreditation import AccreditationInput
from pressdesk.services.events.tasks import TaskInput
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    return ok_cancel_buttons(dialog, _ok(), QCoreApplication.translate("EventForms", "Cancel"))


def _ok() -> str:
    return QCoreApplication.translate("EventForms", "OK")


def staff_combo(db: Database, chosen: int | None) -> QComboBox:
    """Return a combo box of the staff with "nobody" first."""
    combo = QComboBox()
    combo.addItem("—", None)
    for member in list_staff(db):
        combo.addItem(member.full_name, member.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    return combo


class TaskDialog(RecordEditor):
    """Add or change one checklist line: phase, deadline, texts, responsible, note."""

    def __init__(
        self, db: Database, task: TaskInput, *, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, "taskDialog", parent, save_text=_ok())
        self.resize(720, 0)
        form = self.form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phase = QComboBox()
        for code, name in labels.phases():
            self.phase.addItem(name, code)
        self.phase.setCurrentIndex(max(self.phase.findData(task.phase), 0))
        form.addRow(self.tr("Phase:"), self.phase)
        self.due = QDateEdit(labels.qdate(task.due_date))
        self.due.setCalendarPopup(True)
        dates.set_format(self.due)
        form.addRow(self.tr("Due:"), self.due)
        self.text = BiLineEdit(max_length=500)
        self.text.setObjectName("taskText")
        self.text.setValue(Bi(task.text_ky, task.text_ru))
        form.addRow(self.tr("Task:"), self.text)
        self.responsible = staff_combo(db, task.responsible_id)
        form.addRow(self.tr("Responsible:"), self.responsible)
        self.note = QLineEdit(task.note)
        form.addRow(self.tr("Note:"), self.note)
        self.finish(min_width=720)

    def value(self) -> TaskInput:
        """Return the task as filled in."""
        return TaskInput(
            phase=str(self.phase.currentData()),
            due_date=labels.pydate(self.due.date()),
            text_ky=self.text.value().ky,
            text_ru=self.text.value().ru,
            responsible_id=self.responsible.currentData(),
            note=self.note.text(),
        )

    def save(self) -> bool:
        """Accept the task only when it has a text."""
        if self.text.value().empty:
            dialogs.warning(
                self, self.windowTitle(), self.tr("The task needs a text in Kyrgyz or Russian.")
            )
            return False
        return True


class JournalistDialog(RecordEditor):
    """Type in a journalist who is not in the contact base."""

    def __init__(self, entry: AccreditationInput, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("JournalistDialog", "Journalist on the accreditation list"),
            "journalistDialog",
            parent,
            save_text=_ok(),
        )
        form = self.form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(entry.full_name)
        self.name.setObjectName("journalistName")
        form.addRow(self.tr("Full name:"), self.name)
        self.outlet = QLineEdit(entry.outlet_name)
        self.outlet.setObjectName("journalistOutlet")
        form.addRow(self.tr("Outlet:"), self.outlet)
        self.position = QLineEdit(entry.position)
        form.addRow(self.tr("Position:"), self.position)
        self.phone = QLineEdit(entry.phone)
        self.phone.setObjectName("journalistPhone")
        form.addRow(self.tr("Phone:"), self.phone)
        self.email = QLineEdit(entry.email)
        form.addRow(self.tr("E-mail:"), self.email)
        self.status = QComboBox()
        for code, name in labels.statuses():
            self.status.addItem(name, code)
        self.status.setCurrentIndex(max(self.status.findData(entry.status), 0))
        form.addRow(self.tr("Status:"), self.status)
        self.note = QLineEdit(entry.note)
        form.addRow(self.tr("Note:"), self.note)
        self.finish(min_width=520)

    def value(self) -> AccreditationInput:
        """Return the line as filled in."""
        return AccreditationInput(
            full_name=self.name.text(),
            outlet_name=self.outlet.text(),
            position=self.position.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            status=str(self.status.currentData()),
            note=self.note.text(),
        )

    def save(self) -> bool:
        """Accept the line only when the journalist has a name."""
        if not self.name.text().strip():
            dialogs.warning(
                self,
                self.windowTitle(),
                self.tr("An accreditation line needs the journalist's name."),
            )
            return False
        return True


class PeoplePicker(QDialog):
    """Find people in the contact base by name or outlet and tick those to add."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePicker")
        self.setWindowTitle(title)
        self.db = db
        self.resize(560, 520)
        self.chosen: dict[int, str] = {}
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search by name, outlet or topic"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.people = QListWidget()
        self.people.setObjectName("peopleList")
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.people.itemChanged.connect(self._ticked)
        self.count = QLabel()
        self.count.setProperty("hint", True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.count)
        layout.addWidget(_buttons(self))
        self.reload()

    @Slot()
    def reload(self) -> None:
        """List the first people matching the search."""
        page = list_people(self.db, PersonFilter(text=self.search.text()), sort="name", limit=200)
        self.people.blockSignals(True)
        self.people.clear()
        for row in page.rows:
            text = f"{row.full_name} — {row.outlet_name}" if row.outlet_name else row.full_name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.id in self.chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.blockSignals(False)
        self._show_count()

    @Slot(QListWidgetItem)
    def _ticked(self, item: QListWidgetItem) -> None:
        person_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[person_id] = item.text()
        else:
            self.chosen.pop(person_id, None)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n chosen", "", len(self.chosen)))

    def person_ids(self) -> list[int]:
        """Return the people ticked, in the order ticked."""
        return list(self.chosen)
