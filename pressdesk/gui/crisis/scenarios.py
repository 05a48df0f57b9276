"""The scenarios tab: the scenario list, the holding statements of the chosen one with their
approval, the texts ready to copy in both languages, and each statement's history."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.crisis.editors import LANGS, ScenarioEditor, StatementEditor, StatementStepDialog
from pressdesk.gui.crisis.models import ScenariosModel, StatementsModel
from pressdesk.gui.messages import error_text
from pressdesk.gui.releases.labels import event_name
from pressdesk.gui.widgets.ask_dialog import ask
from pressdesk.gui.widgets.bilingual import language_name
from pressdesk.gui.widgets.dates import datetime_text
from pressdesk.gui.widgets.table_panel import TablePanel, push_button, size_columns
from pressdesk.messages import UserError
from pressdesk.services.crisis.records import (
    ScenarioRow,
    StatementRow,
    delete_scenario,
    list_scenarios,
)
from pressdesk.services.crisis.statements import STEPS, delete_statement, set_statement_status
from pressdesk.storage.engine import Database

translate = QCoreApplication.translate

#: The approval steps offered as buttons, in the order the head meets them.
STEP_BUTTONS = ("sent", "approved", "returned", "draft")


class StatementText(QWidget):
    """A statement's title and text in one language, read-only, with a Copy button."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        name = language_name(lang)
        self.heading = QLabel(f"<b>{name[:1].upper()}{name[1:]}</b>")
        self.text = QPlainTextEdit()
        self.text.setObjectName(f"statementReady_{lang}")
        self.text.setReadOnly(True)
        self.copy = push_button(
            translate("CrisisScenarios", "Copy"),
            f"copyStatement_{lang}",
            self.copy_text,
            translate("CrisisScenarios", "Copy the title and the text to paste them elsewhere"),
        )
        top = QGridLayout()
        top.addWidget(self.heading, 0, 0)
        top.addWidget(self.copy, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)

    def show_statement(self, row: StatementRow | None) -> None:
        """Show the title and text of ``row`` in this language (nothing for None)."""
        if row is None:
            self.text.setPlainText("")
        else:
            title, body = row.title.get(self.lang), row.text.get(self.lang)
            self.text.setPlainText(f"{title}\n\n{body}" if title else body)
        self.copy.setEnabled(bool(self.text.toPlainText().strip()))

    @Slot()
    def copy_text(self) -> None:
        """Put the statement's text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())


class ScenariosTab(QWidget):
    """Scenarios at the left; the chosen one's statements, texts and history at the right."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.scenarios = ScenariosModel(self)
        self.statements = StatementsModel(self)
        self.list = TablePanel(self.scenarios, "scenariosTable", single=True, overflow=True)
        self.list.button(translate("CrisisScenarios", "Add…"), "addScenario", self.add_scenario)
        self.list.button(
            translate("CrisisScenarios", "Edit…"), "editScenario", self.edit_scenario, role="open"
        )
        self.list.button(
            translate("CrisisScenarios", "Delete"),
            "deleteScenario",
            self.delete_scenario,
            role="delete",
        )
        # Who decides and who speaks are shown under the list for the chosen scenario.
        for column in (ScenariosModel.DECIDES, ScenariosModel.SPEAKS):
            self.list.table.setColumnHidden(column, True)
        self.list.table.horizontalHeader().setSectionResizeMode(
            ScenariosModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.list.table.horizontalHeader().setStretchLastSection(False)
        size_columns(self.list.table, {ScenariosModel.READY: 6})
        self.roles = QLabel()
        self.roles.setObjectName("scenarioRoles")
        self.roles.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.roles)
        self.panel = TablePanel(self.statements, "statementsTable", single=True, overflow=True)
        heading = QLabel(translate("CrisisScenarios", "Holding statements"))
        heading.setObjectName("statementsTitle")
        statements = QWidget()
        statements_layout = QVBoxLayout(statements)
        statements_layout.setContentsMargins(0, 0, 0, 0)
        statements_layout.addWidget(heading)
        statements_layout.addWidget(self.panel, 1)
        self.panel.button(translate("CrisisScenarios", "New…"), "addStatement", self.add_statement)
        self.panel.button(
            translate("CrisisScenarios", "Edit…"), "editStatement", self.edit_statement, role="open"
        )
        self.panel.button(
            translate("CrisisScenarios", "Delete"),
            "deleteStatement",
            self.delete_statement,
            role="delete",
        )
        step_texts = {
            "sent": translate("CrisisScenarios", "Send for approval…"),
            "approved": translate("CrisisScenarios", "Approve…"),
            "returned": translate("CrisisScenarios", "Return…"),
            "draft": translate("CrisisScenarios", "Back to draft…"),
        }
        self.step_buttons: dict[str, QPushButton] = {}
        for status in STEP_BUTTONS:
            self.step_buttons[status] = self.panel.button(
                step_texts[status],
                f"statementStep_{status}",
                partial(self.take_step, status),
            )
        size_columns(self.panel.table, {0: 26, 1: 22})
        self.ready = {lang: StatementText(lang) for lang in LANGS}
        texts = QWidget()
        row = QGridLayout(texts)
        row.setContentsMargins(0, 0, 0, 0)
        for column, lang in enumerate(LANGS):
            row.addWidget(self.ready[lang], 0, column)
        self.history = QListWidget()
        self.history.setObjectName("statementHistory")
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(translate("CrisisScenarios", "History:")))
        history_layout.addWidget(self.history, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("statementsSplitter")
        for part in (statements, texts, history):
            right.addWidget(part)
        right.setSizes([200, 250, 100])
        right.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("scenariosSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 790])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        self.list.table.selectionModel().selectionChanged.connect(self._scenario_chosen)
        self.panel.table.selectionModel().selectionChanged.connect(self._statement_chosen)
        self.reload()

    # --- reading ------------------------------------------------------------------------------

    def reload(self, scenario_id: int | None = None, statement_id: int | None = None) -> None:
        """Read the scenarios again, keeping (or choosing) the scenario and statement shown."""
        current = self.scenario()
        statement = self.statement()
        scenario_id = scenario_id or (current.id if current else None)
        statement_id = statement_id or (statement.id if statement else None)
        self.scenarios.set_rows(list_scenarios(self.db))
        number = self.scenarios.row_of(scenario_id)
        if number < 0 and self.scenarios.rows:
            number = 0
        if number >= 0:
            self.list.table.selectRow(number)
        self._scenario_chosen()
        if statement_id is not None:
            place = self.statements.row_of(statement_id)
            if place >= 0:
                self.panel.table.selectRow(place)

    def scenario(self) -> ScenarioRow | None:
        """Return the chosen scenario, or None."""
        rows = self.list.table.selectionModel().selectedRows()
        return self.scenarios.row_at(rows[0].row()) if rows else None

    def statement(self) -> StatementRow | None:
        """Return the chosen statement, or None."""
        rows = self.panel.table.selectionModel().selectedRows()
        return self.statements.row_at(rows[0].row()) if rows else None

    @Slot()
    def _scenario_chosen(self) -> None:
        scenario = self.scenario()
        self.statements.set_rows(list(scenario.statements) if scenario else [])
        if self.statements.rows:
            self.panel.table.selectRow(0)
        for name in ("editScenario", "deleteScenario"):
            self.list.button_of(name).setEnabled(scenario is not None)
        self.panel.button_of("addStatement").setEnabled(scenario is not None)
        self.roles.setText(self._roles_text(scenario))
        self._statement_chosen()

    @staticmethod
    def _roles_text(scenario: ScenarioRow | None) -> str:
        if scenario is None:
            return translate(
                "CrisisScenarios",
                "No scenario yet. Add the crises the body may face — an accident, an outbreak, "
                "a leak of documents — and write for each a holding statement the head approves "
                "in advance.",
            )
        missing = translate("CrisisScenarios", "not chosen")
        return translate(
            "CrisisScenarios", "Decides: {decides}\nSpeaks to the media: {speaker}"
        ).format(decides=scenario.decides_name or missing, speaker=scenario.speaker_name or missing)

    @Slot()
    def _statement_chosen(self) -> None:
        statement = self.statement()
        for name in ("editStatement", "deleteStatement"):
            self.panel.button_of(name).setEnabled(statement is not None)
        for status, button in self.step_buttons.items():
            button.setEnabled(statement is not None and status in STEPS[statement.status])
        for text in self.ready.values():
            text.show_statement(statement)
        self.history.clear()
        for step in statement.trail if statement else ():
            what = event_name("created" if not step.old_value else step.new_value)
            line = f"{datetime_text(step.at)} — {what}"
            if step.by_name:
                line += f" — {step.by_name}"
            if step.comment:
                line += f": {step.comment}"
            self.history.addItem(line)

    # --- scenarios ----------------------------------------------------------------------------

    @Slot()
    def add_scenario(self) -> None:
        """Write a new scenario."""
        self._edit(ScenarioEditor(self.db, None, self))

    @Slot()
    def edit_scenario(self) -> None:
        """Edit the chosen scenario."""
        scenario = self.scenario()
        if scenario is not None:
            self._edit(ScenarioEditor(self.db, scenario, self))

    def _edit(self, editor: ScenarioEditor) -> None:
        if dialogs.run_dialog(editor) and isinstance(editor.saved, ScenarioRow):
            self.reload(editor.saved.id)
            self.changed.emit()
        editor.deleteLater()

    @Slot()
    def delete_scenario(self) -> None:
        """Delete the chosen scenario with its statements, after asking."""
        scenario = self.scenario()
        if scenario is None:
            return
        self._delete(
            translate("CrisisScenarios", "Delete the scenario"),
            translate(
                "CrisisScenarios", "Delete the scenario «{name}» and its {count} statements?"
            ).format(name=self.scenarios.bi(scenario.name), count=len(scenario.statements)),
            lambda: delete_scenario(self.db, scenario.id),
        )

    def _delete(self, title: str, question: str, delete: Callable[[], object]) -> None:
        """Ask ``question``; on yes call ``delete`` and show the tab again."""
        if not dialogs.question(
            self,
            title,
            question,
            yes=translate("CrisisScenarios", "Delete"),
            no=translate("CrisisScenarios", "Cancel"),
            default_yes=False,
        ):
            return
        try:
            delete()
        except UserError as exc:
            dialogs.warning(self, title, error_text(exc))
        self.reload()
        self.changed.emit()

    # --- statements ---------------------------------------------------------------------------

    @Slot()
    def add_statement(self) -> None:
        """Write a new statement for the chosen scenario."""
        scenario = self.scenario()
        if scenario is not None:
            self._write(StatementEditor(self.db, scenario.id, None, self))

    @Slot()
    def edit_statement(self) -> None:
        """Change the chosen statement's texts."""
        scenario, statement = self.scenario(), self.statement()
        if scenario is not None and statement is not None:
            self._write(StatementEditor(self.db, scenario.id, statement, self))

    @Slot()
    def delete_statement(self) -> None:
        """Delete the chosen statement with its history, after asking."""
        statement = self.statement()
        if statement is None:
            return
        question = translate("CrisisScenarios", "Delete the statement «{name}» and its history?")
        if statement.status == "approved":
            question += "\n" + translate(
                "CrisisScenarios",
                "The head has approved it: a new text will need approval again.",
            )
        name = self.statements.bi(statement.title)
        self._delete(
            translate("CrisisScenarios", "Delete the statement"),
            question.format(name=name or self.statements.bi(statement.text).split("\n")[0][:80]),
            lambda: delete_statement(self.db, statement.id),
        )

    def _write(self, editor: StatementEditor) -> None:
        if dialogs.run_dialog(editor) and isinstance(editor.saved, int):
            self.reload(statement_id=editor.saved)
            self.changed.emit()
        editor.deleteLater()

    def take_step(self, status: str) -> None:
        """Move the chosen statement to ``status`` after asking who and why."""
        statement = self.statement()
        if statement is None:
            return
        answer = ask(
            StatementStepDialog(self.db, statement, status, self), StatementStepDialog.values
        )
        if answer is None:
            return
        staff_id, comment = answer
        try:
            set_statement_status(self.db, statement.id, status, by_id=staff_id, comment=comment)
        except UserError as exc:
            dialogs.warning(self, translate("CrisisScenarios", "Approval step"), error_text(exc))
            return
        self.reload(statement_id=statement.id)
        self.changed.emit()
