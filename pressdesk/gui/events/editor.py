"""The event editor: every field of an event, its linked plan items and the default checklist."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.events import labels
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.bilingual import BiLineEdit, BiTextEdit
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.events.records import (
    MAX_EVENT_DAYS,
    EventError,
    EventInput,
    EventNotFound,
    EventRow,
    as_text,
    create_event,
    get_event,
    plan_item_choices,
    update_event,
)
from pressdesk.services.events.tasks import list_tasks
from pressdesk.services.events.templates import default_template
from pressdesk.storage.engine import Database


def _lines_edit(name: str, placeholder: str, lines: int) -> BiTextEdit:
    edit = BiTextEdit(lines=lines)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _line_edit(name: str, max_length: int) -> BiLineEdit:
    edit = BiLineEdit(max_length=max_length)
    edit.setObjectName(name)
    return edit


def moved_deadlines(db: Database, row: EventRow, data: EventInput) -> int:
    """Return how many open deadlines of ``row`` saving ``data`` would move."""
    start_shift = data.starts_at.date() - row.starts_at.date()
    end_shift = data.ends_at.date() - row.ends_at.date()
    return sum(
        1
        for task in list_tasks(db, row.id)
        if not task.done and (end_shift if task.phase == "after" else start_shift)
    )


class EventEditor(RecordEditor):
    """Create or change one event; on failure the input stays for correcting."""

    def __init__(
        self,
        db: Database,
        row: EventRow | None = None,
        *,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("EventEditor", "Event")
            if row is not None
            else QCoreApplication.translate("EventEditor", "New event"),
            "eventEditor",
            parent,
        )
        self.db = db
        self.row = row
        self.saved: EventRow | None = None
        self.moved = 0
        self.resize(780, 640)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventEditorTabs")
        self.tabs.addTab(self._main_tab(), self.tr("Event"))
        self.tabs.addTab(self._people_tab(), self.tr("Speakers and messages"))
        self.tabs.addTab(self._links_tab(), self.tr("Plan and notes"))
        self._load(row, day or clock.today())
        self.finish(self.tabs)

    # --- building -----------------------------------------------------------------------------

    def _main_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        self.kind.setObjectName("eventKind")
        for code, name in labels.kinds():
            self.kind.addItem(name, code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("Type:"), self.kind)
        self.title = _line_edit("eventTitle", 500)
        form.addRow(self.tr("Title:"), self.title)
        times = QHBoxLayout()
        self.starts = dates.set_format(QDateTimeEdit())
        self.starts.setObjectName("eventStarts")
        self.ends = dates.set_format(QDateTimeEdit())
        self.ends.setObjectName("eventEnds")
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.starts.dateTimeChanged.connect(self._start_changed)
        times.addWidget(self.starts)
        times.addWidget(QLabel("–"))
        times.addWidget(self.ends)
        times.addStretch(1)
        form.addRow(self.tr("Starts – ends:"), times)
        self.place = _line_edit("eventPlace", 500)
        form.addRow(self.tr("Place:"), self.place)
        self.topic = _line_edit("eventTopic", 1000)
        form.addRow(self.tr("Topic:"), self.topic)
        self.protocol = QCheckBox(self.tr("Protocol event, closed to the media"))
        self.protocol.setObjectName("eventProtocol")
        form.addRow("", self.protocol)
        self.checklist = QCheckBox()
        self.checklist.setObjectName("eventChecklist")
        self.checklist.setChecked(True)
        form.addRow("", self.checklist)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        hint = self.tr("One per line")
        self.organisers = _lines_edit("eventOrganisers", hint, 2)
        form.addRow(self.tr("Organisers:"), self.organisers)
        self.speakers = _lines_edit("eventSpeakers", hint, 3)
        form.addRow(self.tr("Speakers:"), self.speakers)
        self.messages = _lines_edit("eventMessages", hint, 4)
        form.addRow(self.tr("Key messages:"), self.messages)
        return page

    def _links_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Content-plan items two weeks around the event:")))
        self.plan_items = QListWidget()
        self.plan_items.setObjectName("eventPlanItems")
        layout.addWidget(self.plan_items, 1)
        layout.addWidget(QLabel(self.tr("Notes:")))
        self.notes = BiTextEdit(lines=3)
        self.notes.setObjectName("eventNotes")
        layout.addWidget(self.notes)
        return page

    def _load(self, row: EventRow | None, day: dt.date) -> None:
        if row is None:
            start = dt.datetime.combine(day, dt.time(10, 0))
            self.starts.setDateTime(labels.qdatetime(start))
            self.ends.setDateTime(labels.qdatetime(start + dt.timedelta(hours=1)))
            self._kind_changed(0)
            self._fill_plan_items(day, frozenset())
            return
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.title.setValue(row.title)
        self.starts.setDateTime(labels.qdatetime(row.starts_at))
        self.ends.setDateTime(labels.qdatetime(row.ends_at))
        self.place.setValue(row.place)
        self.topic.setValue(row.topic)
        self.protocol.setChecked(row.protocol)
        self.organisers.setValue(row.organisers)
        self.speakers.setValue(row.speakers)
        self.messages.setValue(row.key_messages)
        self.notes.setValue(row.notes)
        self.checklist.setVisible(False)
        self.checklist.setChecked(False)
        self._fill_plan_items(row.starts_at.date(), frozenset(i.id for i in row.plan_items))

    def _fill_plan_items(self, around: dt.date, chosen: frozenset[int]) -> None:
        self.plan_items.clear()
        for item in plan_item_choices(self.db, around):
            title = item.title.text(labels.text_language())
            entry = QListWidgetItem(f"{labels.date_text(item.date)} — {title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = item.id in chosen
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.plan_items.addItem(entry)
        if self.plan_items.count() == 0:
            self.plan_items.addItem(self.tr("No content-plan items in these weeks."))

    @Slot(int)
    def _kind_changed(self, _index: int) -> None:
        if self.row is not None:
            return
        template = default_template(self.db, str(self.kind.currentData()))
        if template is None:
            self.checklist.setText(self.tr("This type has no checklist template"))
            self.checklist.setChecked(False)
            self.checklist.setEnabled(False)
        else:
            self.checklist.setText(
                self.tr("Apply the default checklist ({count} tasks)").format(
                    count=len(template.items)
                )
            )
            self.checklist.setEnabled(True)
            self.checklist.setChecked(True)

    @Slot()
    def _start_changed(self) -> None:
        # A new event keeps its length when the start moves, as the end is usually the same day.
        if self.row is None and self.ends.dateTime() < self.starts.dateTime():
            self.ends.setDateTime(self.starts.dateTime().addSecs(3600))

    # --- saving -------------------------------------------------------------------------------

    def value(self) -> EventInput:
        """Return the event as filled in."""
        chosen = frozenset(
            int(item.data(Qt.ItemDataRole.UserRole))
            for i in range(self.plan_items.count())
            if (item := self.plan_items.item(i)).checkState() == Qt.CheckState.Checked
            and item.data(Qt.ItemDataRole.UserRole) is not None
        )
        return EventInput(
            kind=str(self.kind.currentData()),
            title=self.title.value(),
            starts_at=labels.pydatetime(self.starts.dateTime()),
            ends_at=labels.pydatetime(self.ends.dateTime()),
            place=self.place.value(),
            organisers=self.organisers.value(),
            speakers=self.speakers.value(),
            topic=self.topic.value(),
            key_messages=self.messages.value(),
            protocol=self.protocol.isChecked(),
            notes=self.notes.value(),
            plan_item_ids=chosen,
        )

    def problems(self, data: EventInput) -> list[str]:
        """Return the translated problems the editor can see itself."""
        found: list[str] = []
        if as_text(data.title).empty:
            found.append(self.tr("The event needs a title."))
        if data.ends_at < data.starts_at:
            found.append(
                self.tr("The event ends ({end}) before it starts ({start}); check the end.").format(
                    end=f"{data.ends_at:%d.%m.%Y %H:%M}", start=f"{data.starts_at:%d.%m.%Y %H:%M}"
                )
            )
        elif data.ends_at - data.starts_at > dt.timedelta(days=MAX_EVENT_DAYS):
            found.append(
                self.tr("The event lasts more than {days} days; check the dates.").format(
                    days=MAX_EVENT_DAYS
                )
            )
        return found

    # --- a colleague's change meanwhile (the editor base asks what to do) ----------------------

    def refused_heading(self) -> str:
        """Say the event was not saved."""
        return self.tr("Event not saved")

    def stored_now(self) -> EventRow | None:
        """Return the event as stored now (None for a new one)."""
        return get_event(self.db, self.row.id) if self.row is not None else None

    def show_stored(self, stored: EventRow) -> None:
        """Show the stored event and take it as the one read."""
        self.row = stored
        self._load(stored, stored.starts_at.date())

    def take_version(self, stored: EventRow) -> None:
        """Save over the stored event next: an event's version is its iCalendar sequence."""
        if self.row is not None:
            self.row = replace(self.row, sequence=stored.sequence)

    def changed_labels(self) -> dict[str, str]:
        """Name the event's fields as the form does."""
        labels = {
            "kind": self.tr("Type:"),
            "title": self.tr("Title:"),
            "starts_at": self.tr("Starts – ends:"),
            "ends_at": self.tr("Starts – ends:"),
            "place": self.tr("Place:"),
            "topic": self.tr("Topic:"),
            "organisers": self.tr("Organisers:"),
            "speakers": self.tr("Speakers:"),
            "key_messages": self.tr("Key messages:"),
            "notes": self.tr("Notes:"),
        }
        return {field: label.rstrip(":") for field, label in labels.items()}

    def save(self) -> bool:
        """Save the event; on a problem, say what is wrong and return False."""
        data = self.value()
        found = self.problems(data)
        if found:
            dialogs.warning(self, self.tr("Event not saved"), "\n".join(found))
            return False
        try:
            if self.row is None:
                self.saved = create_event(self.db, data, with_checklist=self.checklist.isChecked())
            else:
                self.moved = moved_deadlines(self.db, self.row, data)
                self.saved = update_event(
                    self.db, self.row.id, data, seen_sequence=self.row.sequence
                )
        except ChangedMeanwhile as exc:
            return self.on_changed_meanwhile(exc)
        except (EventError, EventNotFound) as exc:
            dialogs.warning(self, self.tr("Event not saved"), error_text(exc))
            return False
        if self.moved:
            dialogs.info(
                self,
                self.tr("Deadlines moved"),
                self.tr(
                    "%n open deadline(s) of the checklist moved with the event.", "", self.moved
                ),
            )
        return True
