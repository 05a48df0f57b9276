"""The selected event: key facts, the checklist with tick boxes and the accreditation list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.events import labels
from pressdesk.gui.events.forms import JournalistDialog, PeoplePicker, TaskDialog
from pressdesk.gui.events.models import AccreditationModel, TaskModel
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.record_page import button_row, list_table
from pressdesk.gui.widgets.record_undo import RecordUndo
from pressdesk.gui.widgets.transfers import run_modal
from pressdesk.services.events.accreditation import (
    AccreditationInput,
    AccreditationRow,
    accreditation_list,
    add_entry,
    add_people,
    remove_entry,
    set_status,
    update_entry,
)
from pressdesk.services.events.records import EventError, EventNotFound, EventRow
from pressdesk.services.events.tasks import (
    TaskInput,
    TaskRow,
    add_task,
    delete_task,
    list_tasks,
    set_done,
    update_task,
)
from pressdesk.storage.engine import Database


class EventDetail(QWidget):
    """Everything about one event; its buttons ask the page for dialogs that need more context."""

    changed = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    invite_requested = Signal()
    export_requested = Signal(str)  # "card", "sheet" or "advisory"

    def __init__(
        self, db: Database, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDetail")
        self.db = db
        self.today = today
        self.current: EventRow | None = None
        #: The page's undo of event changes (None: the changes are not recorded).
        self.undo: RecordUndo | None = None

        self.heading = QLabel()
        self.heading.setObjectName("eventHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("eventSubtitle")
        self.subtitle.setWordWrap(True)
        self.facts = QFormLayout()
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.facts.setVerticalSpacing(2)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.edit_button = self._button(
            top, self.tr("Edit…"), "eventEdit", self.edit_requested.emit
        )
        self.delete_button = self._button(
            top, self.tr("Delete…"), "eventDelete", self.delete_requested.emit
        )
        top.setAlignment(self.edit_button, Qt.AlignmentFlag.AlignTop)
        top.setAlignment(self.delete_button, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        self.invite_button = self._button(
            actions, self.tr("Invite media…"), "eventInvite", self.invite_requested.emit
        )
        self.card_button = self._button(
            actions,
            self.tr("Export card…"),
            "eventCard",
            lambda: self.export_requested.emit("card"),
        )
        self.sheet_button = self._button(
            actions,
            self.tr("Sign-in sheet…"),
            "eventSheet",
            lambda: self.export_requested.emit("sheet"),
        )
        self.advisory_button = self._button(
            actions,
            self.tr("Advisory…"),
            "eventAdvisory",
            lambda: self.export_requested.emit("advisory"),
        )
        actions.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventTabs")
        self.tabs.addTab(self._checklist_tab(), "")
        self.tabs.addTab(self._accreditation_tab(), "")

        self.empty = QLabel(self.tr("Choose an event in the list, or create a new one."))
        self.empty.setObjectName("eventEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addLayout(self.facts)
        body.addLayout(actions)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.show_event(None)

    def _button(
        self, row: QHBoxLayout, text: str, name: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _checklist_tab(self) -> QWidget:
        page = QWidget()
        self.tasks = TaskModel(grouped=True, parent=self)
        self.tasks.done_toggled.connect(self.tick)
        self.task_table = list_table("checklistTable", self.tasks)
        header = self.task_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 36)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 130)
        self.task_table.doubleClicked.connect(self._task_double_clicked)
        buttons = button_row(
            (self.tr("Add task…"), "taskAdd", self.add_task),
            (self.tr("Change task…"), "taskEdit", self.edit_task),
            (self.tr("Delete task"), "taskDelete", self.delete_task),
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.task_table, 1)
        layout.addLayout(buttons)
        return page

    def _accreditation_tab(self) -> QWidget:
        page = QWidget()
        self.accreditation = AccreditationModel(self)
        self.accreditation_table = list_table("accreditationTable", self.accreditation)
        header = self.accreditation_table.horizontalHeader()
        header.setSectionResizeMode(AccreditationModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 120), (3, 120), (4, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.accreditation_table.doubleClicked.connect(self.edit_entry)
        self.protocol_note = QLabel(
            self.tr(
                "This is a protocol event, closed to the media: it has no accreditation list "
                "and no invitations. Clear the protocol mark in the event if journalists are "
                "admitted."
            )
        )
        self.protocol_note.setObjectName("protocolNote")
        self.protocol_note.setWordWrap(True)
        first = button_row(
            (self.tr("Add from contacts…"), "accreditationPeople", self.add_people),
            (self.tr("Add a journalist…"), "accreditationTyped", self.add_journalist),
        )
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Status:")))
        self.status = QComboBox()
        self.status.setObjectName("accreditationStatus")
        for code, name in labels.statuses():
            self.status.addItem(name, code)
        second.addWidget(self.status)
        self._button(second, self.tr("Set"), "accreditationSetStatus", self.apply_status)
        second.addStretch(1)
        self._button(second, self.tr("Remove"), "accreditationRemove", self.remove_entry)
        self.accreditation_controls = QWidget()
        controls = QVBoxLayout(self.accreditation_controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.accreditation_table, 1)
        controls.addLayout(first)
        controls.addLayout(second)
        layout = QVBoxLayout(page)
        layout.addWidget(self.protocol_note)
        layout.addWidget(self.accreditation_controls, 1)
        return page

    # --- showing ------------------------------------------------------------------------------

    def show_event(self, event: EventRow | None) -> None:
        """Show ``event`` (or the hint to choose one)."""
        self.current = event
        self.empty.setVisible(event is None)
        self.body.setVisible(event is not None)
        if event is None:
            self.tasks.set_tasks([], labels.text_language())
            self.accreditation.set_rows([])
            return
        lang = labels.text_language()
        self.heading.setText(event.title.text(lang))
        self.subtitle.setText(
            f"{labels.kind_name(event.kind)} · {labels.when_text(event.starts_at, event.ends_at)}"
        )
        self._show_facts(event)
        self.invite_button.setEnabled(not event.protocol)
        self.sheet_button.setEnabled(not event.protocol)
        self.advisory_button.setEnabled(not event.protocol)
        self.protocol_note.setVisible(event.protocol)
        self.accreditation_controls.setVisible(not event.protocol)
        self.reload_lists()

    def _show_facts(self, event: EventRow) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        lang = labels.text_language()
        rows = [
            (self.tr("Place"), event.place.text(lang)),
            (self.tr("Speakers"), event.speakers.text(lang)),
            (self.tr("Organisers"), event.organisers.text(lang)),
            (self.tr("Topic"), event.topic.text(lang)),
            (
                self.tr("Key messages"),
                "\n".join(f"– {m}" for m in event.key_messages.text(lang).splitlines()),
            ),
            (
                self.tr("Content plan"),
                "\n".join(
                    f"{labels.date_text(i.date)} — {i.title.text(lang)}" for i in event.plan_items
                ),
            ),
        ]
        if event.protocol:
            rows.append((self.tr("Protocol"), self.tr("closed to the media")))
        for name, value in rows:
            if not value:
                continue
            label = QLabel(self.tr("{name}:").format(name=name))
            label.setProperty("hint", True)
            field = QLabel(value)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, field)

    def reload_lists(self) -> None:
        """Read the checklist and the accreditation list of the event again."""
        event = self.current
        if event is None:
            return
        try:
            tasks = list_tasks(self.db, event.id, today=self.today())
            entries = accreditation_list(self.db, event.id)
        except EventNotFound:
            self.show_event(None)
            return
        self.tasks.set_tasks(tasks, labels.text_language())
        self.task_table.clearSpans()
        for row in self.tasks.heading_rows():
            self.task_table.setSpan(row, 0, 1, self.tasks.columnCount())
        self.accreditation.set_rows(entries)
        done = sum(task.done for task in tasks)
        overdue = sum(task.overdue for task in tasks)
        text = self.tr("Checklist {done}/{total}").format(done=done, total=len(tasks))
        if overdue:
            text += " · " + self.tr("overdue: {count}").format(count=overdue)
        self.tabs.setTabText(0, text)
        self.tabs.setTabText(1, self.tr("Accreditation ({count})").format(count=len(entries)))

    def _after_change(self) -> None:
        self.reload_lists()
        self.changed.emit()

    def _change(self, failed: str, change: Callable[[], object], step: str = "") -> None:
        """Make ``change``; say why with the title ``failed`` if the services refuse it.

        With a ``step`` text and an undo history, the change of the event's lists can be
        undone under that name.
        """
        event = self.current
        try:
            if self.undo is not None and event is not None and step:
                self.undo.track(step, [event.id], change)
            else:
                change()
        except (EventError, EventNotFound) as exc:
            dialogs.warning(self, failed, error_text(exc))
        self._after_change()

    def _from_dialog(
        self, dialog: QDialog, failed: str, change: Callable[[], object], step: str = ""
    ) -> None:
        """Run ``dialog``; if it is accepted, make the ``change`` it describes."""
        if run_modal(dialog):
            self._change(failed, change, step)

    def _after_asking(
        self,
        title: str,
        text: str,
        yes: str,
        failed: str,
        change: Callable[[], object],
        *,
        step: str = "",
    ) -> None:
        """Ask ``text``; on ``yes`` make the ``change``."""
        if dialogs.question(self, title, text, yes, self.tr("Keep")):
            self._change(failed, change, step)

    def _title(self) -> str:
        return self.current.title.text(labels.text_language()) if self.current else ""

    # --- checklist ----------------------------------------------------------------------------

    @Slot(int, bool)
    def tick(self, task_id: int, done: bool) -> None:
        """Tick a task off or open it again."""
        task = next((t for t in self.tasks.tasks() if t.id == task_id), None)
        name = task.text(labels.text_language()) if task is not None else ""
        step = (self.tr("Tick off “{task}”") if done else self.tr("Open “{task}” again")).format(
            task=name
        )
        self._change(self.tr("Task not changed"), lambda: set_done(self.db, task_id, done), step)

    def selected_task(self) -> TaskRow | None:
        """Return the task selected in the checklist."""
        return self.tasks.task(self.task_table.currentIndex().row())

    @Slot()
    def add_task(self) -> None:
        """Add a line to the checklist."""
        if self.current is None:
            return
        start = TaskInput(
            "before", max(self.today(), self.current.starts_at.date() - dt.timedelta(days=1))
        )
        event_id = self.current.id
        dialog = TaskDialog(self.db, start, title=self.tr("New task"), parent=self)
        self._from_dialog(
            dialog,
            self.tr("Task not saved"),
            lambda: add_task(self.db, event_id, dialog.value()),
            self.tr("Add a task to “{title}”").format(title=self._title()),
        )

    @Slot(QModelIndex)
    def _task_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != 0:
            self.edit_task()

    @Slot()
    def edit_task(self) -> None:
        """Change the selected checklist line."""
        task = self.selected_task()
        if task is None:
            return
        dialog = TaskDialog(self.db, task.as_input(), title=self.tr("Task"), parent=self)
        self._from_dialog(
            dialog,
            self.tr("Task not saved"),
            lambda: update_task(self.db, task.id, dialog.value()),
            self.tr("Edit the task “{task}”").format(task=task.text(labels.text_language())),
        )

    @Slot()
    def delete_task(self) -> None:
        """Remove the selected line after asking."""
        task = self.selected_task()
        if task is None:
            return
        self._after_asking(
            self.tr("Delete task"),
            self.tr("Delete the task “{text}” from the checklist?").format(
                text=task.text(labels.text_language())
            ),
            self.tr("Delete"),
            self.tr("Task not deleted"),
            lambda: delete_task(self.db, task.id),
            step=self.tr("Delete the task “{task}”").format(task=task.text(labels.text_language())),
        )

    # --- accreditation ------------------------------------------------------------------------

    def selected_entry(self) -> AccreditationRow | None:
        """Return the accreditation line selected."""
        row = self.accreditation_table.currentIndex().row()
        return self.accreditation.rows[row] if 0 <= row < len(self.accreditation.rows) else None

    @Slot()
    def add_people(self) -> None:
        """Put people from the contact base on the list."""
        if self.current is None:
            return
        event_id = self.current.id
        picker = PeoplePicker(self.db, self.tr("Add journalists from the contacts"), self)
        self._from_dialog(
            picker,
            self.tr("Not added"),
            lambda: add_people(self.db, event_id, picker.person_ids()),
            self.tr("Add to the accreditation list of “{title}”").format(title=self._title()),
        )

    @Slot()
    def add_journalist(self) -> None:
        """Type in a journalist who is not in the contact base."""
        if self.current is None:
            return
        event_id = self.current.id
        dialog = JournalistDialog(AccreditationInput(""), self)
        self._from_dialog(
            dialog,
            self.tr("Not added"),
            lambda: add_entry(self.db, event_id, dialog.value()),
            self.tr("Add to the accreditation list of “{title}”").format(title=self._title()),
        )

    @Slot()
    def edit_entry(self) -> None:
        """Change the selected line."""
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = JournalistDialog(entry.as_input(), self)
        self._from_dialog(
            dialog,
            self.tr("Not saved"),
            lambda: update_entry(self.db, entry.id, dialog.value()),
            self.tr("Edit the accreditation of {name}").format(name=entry.full_name),
        )

    @Slot()
    def apply_status(self) -> None:
        """Give the selected line the status chosen."""
        entry = self.selected_entry()
        if entry is None:
            return
        status = str(self.status.currentData())
        self._change(
            self.tr("Status not changed"),
            lambda: set_status(self.db, entry.id, status),
            self.tr("Accreditation status of {name}").format(name=entry.full_name),
        )
        row = next((i for i, r in enumerate(self.accreditation.rows) if r.id == entry.id), -1)
        if row >= 0:
            self.accreditation_table.selectRow(row)

    @Slot()
    def remove_entry(self) -> None:
        """Take the selected line off the list after asking."""
        entry = self.selected_entry()
        if entry is None:
            return
        self._after_asking(
            self.tr("Remove from the list"),
            self.tr("Remove {name} from the accreditation list?").format(name=entry.full_name),
            self.tr("Remove"),
            self.tr("Not removed"),
            lambda: remove_entry(self.db, entry.id),
            step=self.tr("Remove {name} from the accreditation list").format(name=entry.full_name),
        )
