"""The staff list: responsible persons and signatories, with add, edit, delete and search."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.i18n import current_language
from pressdesk.gui.messages import error_text
from pressdesk.gui.models.staff_model import EMAIL, POSITION, UNIT, StaffModel
from pressdesk.gui.widgets.bilingual import BiLineEdit
from pressdesk.gui.widgets.conflict import ask_changed_meanwhile
from pressdesk.gui.widgets.editor import discard_confirmed
from pressdesk.gui.widgets.record_page import list_table
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.staff import (
    StaffError,
    StaffNotFound,
    StaffRow,
    delete_staff,
    get_staff,
    list_staff,
    save_staff,
)
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)


class StaffEditDialog(QDialog):
    """Edit one staff member; OK saves through the services and stays open if it is refused.

    A member a colleague saved meanwhile is not overwritten unasked: the changed fields are
    named, and the user sees their version, saves over it, or goes back to editing.
    """

    def __init__(self, db: Database, staff: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.staff = staff
        self.saved: StaffRow | None = None
        self.setObjectName("StaffEditDialog")
        self.setWindowTitle(
            self.tr("New staff member") if staff.id is None else self.tr("Staff member")
        )
        form = QFormLayout()
        # The position and the unit are texts in Kyrgyz and in Russian, each in one field with
        # a row per language; ``edits`` reaches every line, by field and language.
        self.position = BiLineEdit(max_length=300)
        self.position.setObjectName("position")
        self.position.setValue(staff.positions)
        self.unit = BiLineEdit(max_length=300)
        self.unit.setObjectName("unit")
        self.unit.setValue(staff.unit)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {}
        for name, label in (
            ("full_name", self.tr("Full name:")),
            ("position", self.tr("Position:")),
            ("unit", self.tr("Unit:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("E-mail:")),
        ):
            self.labels[name] = label.rstrip(":")
            if name in ("position", "unit"):
                field = self.position if name == "position" else self.unit
                for lang in ("ky", "ru"):
                    line = field.editor(lang)
                    assert isinstance(line, QLineEdit)
                    self.edits[f"{name}_{lang}"] = line
                    if name == "position":
                        self.labels[f"{name}_{lang}"] = label.rstrip(":")
                form.addRow(label, field)
                continue
            edit = QLineEdit(getattr(staff, name))
            edit.setObjectName(name)
            self.edits[name] = edit
            form.addRow(label, edit)
        self.signatory = QCheckBox(self.tr("Signs documents (approves plans and acts)"))
        self.signatory.setChecked(staff.is_signatory)
        form.addRow("", self.signatory)
        self.active = QCheckBox(self.tr("Works here now"))
        self.active.setChecked(staff.active)
        form.addRow("", self.active)
        self.notes = QPlainTextEdit(staff.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Notes:"), self.notes)
        self.labels["is_signatory"] = self.signatory.text()
        self.labels["active"] = self.active.text()
        self.labels["notes"] = self.tr("Notes:").rstrip(":")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._clean = self.value()

    def show_staff(self, staff: StaffRow) -> None:
        """Show ``staff`` in the form and take it as the member read, unchanged."""
        self.staff = staff
        self.edits["full_name"].setText(staff.full_name)
        self.position.setValue(staff.positions)
        self.unit.setValue(staff.unit)
        self.edits["phone"].setText(staff.phone)
        self.edits["email"].setText(staff.email)
        self.signatory.setChecked(staff.is_signatory)
        self.active.setChecked(staff.active)
        self.notes.setPlainText(staff.notes)
        self._clean = self.value()

    def is_dirty(self) -> bool:
        """Return True if the form differs from the member read or saved."""
        return self.value() != self._clean

    def value(self) -> StaffRow:
        """Return the staff member as the form holds it."""
        text = {name: edit.text() for name, edit in self.edits.items()}
        position = self.position.value()
        return replace(
            self.staff,
            full_name=text["full_name"],
            position_ky=position.ky,
            position_ru=position.ru,
            unit=self.unit.value(),
            phone=text["phone"],
            email=text["email"],
            is_signatory=self.signatory.isChecked(),
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> bool:
        """Save; on a refusal explain it, keep the form as the user left it, return False."""
        heading = self.tr("Not saved")
        try:
            self.saved = save_staff(self.db, self.value())
        except StaffError as exc:
            dialogs.warning(self, heading, error_text(exc))
            self.edits["full_name"].setFocus()
            return False
        except ChangedMeanwhile:
            return self._changed_meanwhile(heading)
        except StaffNotFound as exc:
            dialogs.warning(self, heading, error_text(exc))
            return False
        self.staff = self.saved
        self._clean = self.value()
        return True

    def _changed_meanwhile(self, heading: str) -> bool:
        assert self.staff.id is not None
        try:
            stored = get_staff(self.db, self.staff.id)
        except StaffNotFound as exc:
            dialogs.warning(self, heading, error_text(exc))
            return False
        answer = ask_changed_meanwhile(self, heading, self.staff, stored, self.labels)
        if answer == "theirs":
            self.show_staff(stored)
        elif answer == "mine":
            self.staff = replace(self.staff, row_version=stored.row_version)
            return self.save()
        return False

    def accept(self) -> None:
        """Save and close; stay open when the member cannot be saved."""
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Close without saving; ask first if anything was changed."""
        if self.is_dirty() and not discard_confirmed(self):
            return
        super().reject()


class StaffPage(QWidget):
    """List, search, add, edit and delete staff; :attr:`changed` fires after every save."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("StaffPage")
        self.model = StaffModel(current_language(), self)
        self.model.row_edited.connect(self._save_ticked)

        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.active_only = QCheckBox(self.tr("Only those working now"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.active_only.toggled.connect(self.reload)

        self.table = list_table("staffTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (POSITION, UNIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Names matter most; e-mail addresses are in the edit form, which keeps the table narrow.
        self.table.setColumnHidden(EMAIL, True)
        self.table.doubleClicked.connect(self._edit_index)

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.active_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the staff list again with the current search and filter."""
        selected = self.selected()
        self.model.set_rows(
            list_staff(self.db, active_only=self.active_only.isChecked(), search=self.search.text())
        )
        if selected is not None:
            self._select(selected.id)
        self._update_buttons()

    def selected(self) -> StaffRow | None:
        """Return the selected staff member, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select(self, staff_id: int | None) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _run_editor(self, staff: StaffRow) -> None:
        editor = StaffEditDialog(self.db, staff, self)
        if dialogs.run_dialog(editor) and editor.saved is not None:
            saved = editor.saved
            self.reload()
            self._select(saved.id)
            self.changed.emit()
        editor.deleteLater()

    @Slot()
    def add(self) -> None:
        """Add a staff member."""
        self._run_editor(StaffRow(full_name=""))

    @Slot()
    def edit_selected(self) -> None:
        """Edit the selected staff member."""
        staff = self.selected()
        if staff is not None:
            self._run_editor(staff)

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        self._run_editor(self.model.row_at(index.row()))

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected staff member after asking."""
        staff = self.selected()
        if staff is None or staff.id is None:
            return
        if not dialogs.question(
            self,
            self.tr("Delete staff member"),
            self.tr(
                "Delete {name} from the staff list?\n\nIf the person has left, you can "
                "instead untick “Works here now” and keep the record."
            ).format(name=staff.full_name),
            yes=self.tr("Delete"),
            no=self.tr("Cancel"),
        ):
            return
        try:
            delete_staff(self.db, staff.id)
        except StaffNotFound:
            log.info("Staff member %s was already deleted", staff.id)
        self.reload()
        self.changed.emit()

    @Slot(object, object)
    def _save_ticked(self, old: StaffRow, new: StaffRow) -> None:
        try:
            saved = save_staff(self.db, new)
        except (StaffError, StaffNotFound, ChangedMeanwhile) as exc:
            self.model.replace_row(old)
            dialogs.warning(self, self.tr("Not saved"), error_text(exc))
            if isinstance(exc, ChangedMeanwhile):
                self.reload()  # show the colleague's change
            return
        self.model.replace_row(saved)
        self.changed.emit()
