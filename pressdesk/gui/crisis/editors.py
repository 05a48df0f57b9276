"""The crisis kit's editors: a scenario, a holding statement side by side in both languages, an
approval step, a member of the working group and a contact for instant notice."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.crisis.labels import ROLES, role_name
from pressdesk.gui.messages import error_text
from pressdesk.gui.releases.labels import status_name
from pressdesk.gui.widgets.ask_dialog import AskDialog
from pressdesk.gui.widgets.bilingual import BiLineEdit, BiTextEdit, language_name
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.messages import UserError
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.crisis.records import (
    ContactInput,
    CrisisError,
    ScenarioInput,
    ScenarioRow,
    StatementInput,
    StatementRow,
    add_contact,
    add_scenario,
    get_scenario,
    update_scenario,
)
from pressdesk.services.crisis.statements import add_statement, get_statement, update_statement
from pressdesk.services.profile import acting_name
from pressdesk.services.staff import list_staff
from pressdesk.storage.crisis_models import NAME_LIMIT, TITLE_LIMIT
from pressdesk.storage.engine import Database

translate = QCoreApplication.translate

#: The languages side by side, Kyrgyz at the left as in the official documents.
LANGS = ("ky", "ru")


def staff_combo(db: Database, name: str, chosen: int | None, *, blank: str = "") -> QComboBox:
    """Return a list of the active staff (and ``chosen``), with ``blank`` first if given."""
    combo = QComboBox()
    combo.setObjectName(name)
    if blank:
        combo.addItem(blank, None)
    for member in list_staff(db):
        if member.active or member.id == chosen:
            combo.addItem(member.full_name, member.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    return combo


class _Editor(RecordEditor):
    """An editor whose services refuse with a coded message: it is shown and the dialog stays;
    a colleague's change meanwhile is named, with their version offered."""

    def save(self) -> bool:
        try:
            self.saved = self.store()
        except ChangedMeanwhile as exc:
            return self.on_changed_meanwhile(exc)
        except UserError as exc:
            dialogs.warning(self, translate("RecordEditor", "Not saved"), error_text(exc))
            return False
        return True


class ScenarioEditor(_Editor):
    """Name and describe a scenario in Kyrgyz and Russian; choose who decides and who speaks."""

    def __init__(self, db: Database, row: ScenarioRow | None, parent: QWidget | None = None):
        title = (
            translate("ScenarioEditor", "Crisis scenario")
            if row is not None
            else translate("ScenarioEditor", "New crisis scenario")
        )
        super().__init__(title, "scenarioEditor", parent)
        self.db, self.row = db, row
        self.name = BiLineEdit(max_length=NAME_LIMIT)
        self.name.setObjectName("scenarioName")
        self.description = BiTextEdit(lines=4)
        self.description.setObjectName("scenarioDescription")
        none = translate("ScenarioEditor", "(not chosen)")
        self.decides = staff_combo(
            db, "scenarioDecides", row.decides_id if row else None, blank=none
        )
        self.speaker = staff_combo(
            db, "scenarioSpeaker", row.speaker_id if row else None, blank=none
        )
        if row is not None:
            self.name.setValue(row.name)
            self.description.setValue(row.description)
        self.add_field("name", self.name, translate("ScenarioEditor", "Name"))
        self.add_field("description", self.description, translate("ScenarioEditor", "What happens"))
        self.add_field("decides", self.decides, translate("ScenarioEditor", "Who decides"))
        self.add_field(
            "speaker", self.speaker, translate("ScenarioEditor", "Who speaks to the media")
        )
        note = QLabel(
            translate(
                "ScenarioEditor",
                "The actions of the first hour and the first day are the crisis checklist, "
                "the same for every scenario; the holding statements are written below the list.",
            )
        )
        note.setWordWrap(True)
        note.setProperty("hint", True)
        self.finish(note, min_width=640)

    def value(self) -> ScenarioInput:
        return ScenarioInput(
            name=self.name.value(),
            description=self.description.value(),
            decides_id=self.decides.currentData(),
            speaker_id=self.speaker.currentData(),
        )

    def store(self) -> ScenarioRow:
        data = self.value()
        if self.row is not None:
            update_scenario(self.db, self.row.id, data, seen_version=self.row.row_version)
            self.row = get_scenario(self.db, self.row.id)
        else:
            self.row = get_scenario(self.db, add_scenario(self.db, data))
        return self.row

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def stored_now(self) -> ScenarioRow | None:
        """Return the scenario as stored now (None for a new one)."""
        if self.row is None:
            return None
        try:
            return get_scenario(self.db, self.row.id)
        except CrisisError as exc:
            raise LookupError(self.row.id) from exc

    def show_stored(self, stored: ScenarioRow) -> None:
        """Show the stored scenario and take it as the one read."""
        self.row = stored
        self.name.setValue(stored.name)
        self.description.setValue(stored.description)
        for combo, chosen in ((self.decides, stored.decides_id), (self.speaker, stored.speaker_id)):
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)

    def changed_labels(self) -> Mapping[str, str]:
        """Name the scenario's fields as the form does."""
        return {
            "name": translate("ScenarioEditor", "Name"),
            "description": translate("ScenarioEditor", "What happens"),
            "decides_id": translate("ScenarioEditor", "Who decides"),
            "speaker_id": translate("ScenarioEditor", "Who speaks to the media"),
        }


class StatementEditor(_Editor):
    """Write a holding statement: title and text in Kyrgyz and Russian side by side."""

    def __init__(
        self,
        db: Database,
        scenario_id: int,
        row: StatementRow | None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("StatementEditor", "Holding statement")
            if row is not None
            else translate("StatementEditor", "New holding statement")
        )
        super().__init__(title, "statementEditor", parent)
        self.db, self.scenario_id, self.row = db, scenario_id, row
        texts = QWidget()
        grid = QGridLayout(texts)
        grid.setContentsMargins(0, 0, 0, 0)
        self.titles: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        for column, lang in enumerate(LANGS, start=1):
            name = language_name(lang)
            grid.addWidget(QLabel(f"<b>{name[:1].upper()}{name[1:]}</b>"), 0, column)
            line = QLineEdit(row.title.get(lang) if row else "")
            line.setObjectName(f"statementTitle_{lang}")
            line.setMaxLength(TITLE_LIMIT)
            text = QPlainTextEdit(row.text.get(lang) if row else "")
            text.setObjectName(f"statementText_{lang}")
            text.setTabChangesFocus(True)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 10)
            grid.addWidget(line, 1, column)
            grid.addWidget(text, 2, column)
            self.titles[lang], self.texts[lang] = line, text
        for place, label in enumerate(
            (translate("StatementEditor", "Title:"), translate("StatementEditor", "Text:")),
            start=1,
        ):
            heading = QLabel(label)
            heading.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(heading, place, 0)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        note = QLabel(
            translate(
                "StatementEditor",
                "A change to an approved or sent statement makes it a draft that the head "
                "approves again.",
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, 3, 1, 1, 2)
        self.finish(texts, min_width=820)
        self.resize(900, 520)

    def value(self) -> StatementInput:
        return StatementInput(
            title=Bi(self.titles["ky"].text(), self.titles["ru"].text()),
            text=Bi(self.texts["ky"].toPlainText(), self.texts["ru"].toPlainText()),
        )

    def store(self) -> int:
        data = self.value()
        by_name = acting_name(self.db)
        if self.row is not None:
            update_statement(
                self.db, self.row.id, data, by_name=by_name, seen_version=self.row.row_version
            )
            self.row = get_statement(self.db, self.row.id)
            return self.row.id
        return add_statement(self.db, self.scenario_id, data, by_name=by_name)

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def stored_now(self) -> StatementRow | None:
        """Return the statement as stored now (None for a new one)."""
        if self.row is None:
            return None
        try:
            return get_statement(self.db, self.row.id)
        except CrisisError as exc:
            raise LookupError(self.row.id) from exc

    def show_stored(self, stored: StatementRow) -> None:
        """Show the stored statement and take it as the one read."""
        self.row = stored
        for lang in LANGS:
            self.titles[lang].setText(stored.title.get(lang))
            self.texts[lang].setPlainText(stored.text.get(lang))

    def changed_labels(self) -> Mapping[str, str]:
        """Name the statement's title, text and approval status as the editor and list do."""
        return {
            "title": translate("StatementEditor", "Title:").rstrip(":"),
            "text": translate("StatementEditor", "Text:").rstrip(":"),
            "status": translate("StatementsModel", "Status"),
        }


class StatementStepDialog(AskDialog):
    """Ask who takes an approval step of a statement and, to return it, what to change."""

    def __init__(
        self, db: Database, row: StatementRow, status: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("statementStepDialog", parent)
        assert self.form is not None
        head_side = status in ("approved", "returned")
        chosen = None
        if head_side:
            chosen = next((m.id for m in list_staff(db, active_only=True) if m.is_signatory), None)
        self.who = staff_combo(
            db, "statementStepWho", chosen, blank=translate("StatementStepDialog", "(the head)")
        )
        self.form.addRow(
            QLabel(
                translate("StatementStepDialog", "{old} → {new}").format(
                    old=status_name(row.status), new=status_name(status)
                )
            )
        )
        self.form.addRow(translate("StatementStepDialog", "Who:"), self.who)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("statementStepComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 4 + 12)
        if status == "returned":
            self.comment.setPlaceholderText(
                translate("StatementStepDialog", "What the head asks to change (required)")
            )
        self.form.addRow(translate("StatementStepDialog", "Comment:"), self.comment)
        texts = {
            "sent": translate("StatementStepDialog", "Send for approval"),
            "returned": translate("StatementStepDialog", "Return"),
            "approved": translate("StatementStepDialog", "Approve"),
            "draft": translate("StatementStepDialog", "Back to draft"),
        }
        self.finish(translate("StatementStepDialog", "Approval step"), texts[status], 480)

    def values(self) -> tuple[int | None, str]:
        """Return the staff id (None: the head of the profile) and the comment."""
        return self.who.currentData(), self.comment.toPlainText()


class CrisisMemberDialog(AskDialog):
    """Choose a staff member for the working group, their role and their duty."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__("crisisMemberDialog", parent)
        assert self.form is not None
        self.staff = staff_combo(db, "memberStaff", None)
        self.role = QComboBox()
        self.role.setObjectName("memberRole")
        for code in ROLES:
            self.role.addItem(role_name(code), code)
        self.duty = BiLineEdit(max_length=TITLE_LIMIT)
        self.duty.setObjectName("memberDuty")
        self.form.addRow(translate("CrisisMemberDialog", "Staff member:"), self.staff)
        self.form.addRow(translate("CrisisMemberDialog", "Role:"), self.role)
        self.form.addRow(translate("CrisisMemberDialog", "Duty in the group:"), self.duty)
        self.finish(
            translate("CrisisMemberDialog", "Working group member"),
            translate("CrisisMemberDialog", "Add"),
            560,
        )

    def values(self) -> tuple[int | None, str, Bi]:
        """Return the staff id, the role and the duty."""
        return self.staff.currentData(), str(self.role.currentData()), self.duty.value()


class CrisisContactDialog(AskDialog):
    """Type in someone to tell at once: a name, a phone, who they are, an e-mail."""

    added: int | None = None

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__("crisisContactDialog", parent)
        assert self.form is not None
        self.db = db
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.phone = QLineEdit()
        self.phone.setObjectName("contactPhone")
        self.email = QLineEdit()
        self.email.setObjectName("contactEmail")
        self.role = BiLineEdit(max_length=NAME_LIMIT)
        self.role.setObjectName("contactRole")
        self.form.addRow(translate("CrisisContactDialog", "Full name:"), self.name)
        self.form.addRow(translate("CrisisContactDialog", "Phone:"), self.phone)
        self.form.addRow(translate("CrisisContactDialog", "Who:"), self.role)
        self.form.addRow(translate("CrisisContactDialog", "E-mail:"), self.email)
        self.finish(
            translate("CrisisContactDialog", "Contact for instant notice"),
            translate("CrisisContactDialog", "Add"),
            560,
        )

    def accept(self) -> None:
        """Add the contact; stay open with the reason when it cannot be added."""
        try:
            self.added = add_contact(self.db, self.value())
        except UserError as exc:
            dialogs.warning(self, translate("RecordEditor", "Not saved"), error_text(exc))
            return
        super().accept()

    def value(self) -> ContactInput:
        """Return the contact as typed."""
        return ContactInput(
            full_name=self.name.text(),
            phone=self.phone.text(),
            role=self.role.value(),
            email=self.email.text(),
        )
