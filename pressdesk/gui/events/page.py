"""The Events section: the calendar strip, the events list, the selected event and the week."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.events import labels
from pressdesk.gui.events.detail import EventDetail
from pressdesk.gui.events.editor import EventEditor
from pressdesk.gui.events.export import EventExportDialog
from pressdesk.gui.events.invite import InvitationDialog
from pressdesk.gui.events.models import ROW_ROLE, EventListModel, days_between
from pressdesk.gui.events.strip import CalendarStrip
from pressdesk.gui.events.templates import TemplatesDialog
from pressdesk.gui.events.week import WeekOverview
from pressdesk.gui.messages import error_text
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.empty_state import EmptyState, EmptySwitch, focus_field
from pressdesk.gui.widgets.keys import list_keys
from pressdesk.gui.widgets.lazy_tab import LazyTab
from pressdesk.gui.widgets.record_page import list_table
from pressdesk.gui.widgets.record_undo import RecordUndo
from pressdesk.gui.widgets.transfers import run_modal
from pressdesk.services.events.records import (
    EventNotFound,
    EventRow,
    delete_event,
    get_event,
    list_events,
)
from pressdesk.services.overview import is_section_empty
from pressdesk.services.snapshots import Snapshot
from pressdesk.storage.events_models import Event


class EventsSectionPage(QWidget):
    """Events with their checklists and accreditation, and the week's tasks across all events."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_events")
        self.context = context
        self.db = context.db
        self.today: Callable[[], dt.date] = clock.today
        self.day: dt.date | None = None

        toolbar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New event…"))
        self.new_button.setObjectName("eventNew")
        self.new_button.setToolTip(self.tr("New event") + "  (Ctrl+N)")
        self.new_button.clicked.connect(self.new_event)
        self.templates_button = QPushButton(self.tr("Checklist templates…"))
        self.templates_button.setObjectName("eventTemplates")
        self.templates_button.clicked.connect(self.edit_templates)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.templates_button)
        toolbar.addStretch(1)

        self.strip = CalendarStrip(self.today())
        self.strip.day_chosen.connect(self._day_chosen)
        self.strip.range_changed.connect(self._strip_moved)

        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("eventKindFilter")
        self.kind.addItem(self.tr("All types"), "")
        for code, name in labels.kinds():
            self.kind.addItem(name, code)
        self.when = QComboBox()
        self.when.setObjectName("eventWhenFilter")
        self.when.addItem(self.tr("Upcoming"), "upcoming")
        self.when.addItem(self.tr("Past"), "past")
        self.when.addItem(self.tr("All dates"), "all")
        self.search = QLineEdit()
        self.search.setObjectName("eventSearch")
        self.search.setPlaceholderText(
            self.tr("Search title, place, speakers in Kyrgyz or Russian")
        )
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.kind, 3)
        filters.addWidget(self.when, 2)
        self.kind.currentIndexChanged.connect(self.reload)
        self.when.currentIndexChanged.connect(self._when_changed)
        self.search.textChanged.connect(self.reload)
        self.day_label = QLabel()
        self.day_label.setObjectName("eventDayFilter")
        self.day_label.setProperty("hint", True)

        self.model = EventListModel(self)
        self.table = list_table("eventsTable", self.model)
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(EventListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (EventListModel.DATE, EventListModel.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            EventListModel.DATE, metrics.horizontalAdvance("00.00.0000 00:00") + 16
        )
        header.resizeSection(EventListModel.KIND, metrics.averageCharWidth() * 14 + 16)
        for column in (EventListModel.TASKS, EventListModel.PROTOCOL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_event)
        list_keys(self.table, self.edit_event, self.delete_event)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.strip)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.day_label)
        left_layout.addWidget(self.table, 1)
        left.setMinimumWidth(200)

        self.undo = RecordUndo(self.db, context.undo, "events", Event, self)
        self.detail = EventDetail(self.db, self._today)
        self.detail.undo = self.undo if self.undo.enabled else None
        self.detail.setMinimumWidth(200)
        self.detail.changed.connect(self._detail_changed)
        self.detail.edit_requested.connect(self.edit_event)
        self.detail.delete_requested.connect(self.delete_event)
        self.detail.invite_requested.connect(self.invite)
        self.detail.export_requested.connect(self.export)

        self.splitter = QSplitter()
        self.splitter.setObjectName("eventsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 630])
        self.splitter.setChildrenCollapsible(False)

        # The week's overview is built when its tab is first shown or needed.
        self._week = LazyTab(self._build_week)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventsTabs")
        self.tabs.addTab(self.splitter, self.tr("Events"))
        self.tabs.addTab(self._week, self.tr("This week"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(toolbar)
        layout.addWidget(self.tabs, 1)
        self.empty = EmptySwitch(
            layout,
            EmptyState(
                "events",
                self.tr("No events yet"),
                self.tr(
                    "Add a press conference, briefing, press tour or round table: its "
                    "checklist for before, during and after is made from a template, and "
                    "the accreditation list and the media advisory are printed from it."
                ),
                [(self.tr("&Add an event…"), self.new_event)],
            ),
        )
        self.refresh()

    def focus_search(self) -> bool:
        """Put the keyboard focus in the search field (Ctrl+F); False if none is shown."""
        return focus_field(self.search)

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""
        self.new_event()

    def _today(self) -> dt.date:
        # Looked up on each call, so tests can set ``today`` after the page is built.
        return self.today()

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again (after the database or the settings changed)."""
        self.reload_strip()
        self.reload()
        self._reload_week()

    def reload_strip(self) -> None:
        """Count the events on each day of the strip."""
        counts: dict[dt.date, int] = {}
        for row in list_events(self.db, start=self.strip.first, end=self.strip.last):
            for day in days_between(row.starts_at.date(), row.ends_at.date()):
                counts[day] = counts.get(day, 0) + 1
        self.strip.set_counts(counts)

    @Slot()
    def reload(self) -> None:
        """List the events matching the strip day and the filters, keeping the selection."""
        selected = self.selected_event()
        kind = str(self.kind.currentData())
        kinds = (kind,) if kind else ()
        today = self.today()
        start: dt.date | None = None
        end: dt.date | None = None
        if self.day is not None:
            start = end = self.day
            self.day_label.setText(
                self.tr("Events of {day}; click the day again to see all.").format(
                    day=labels.date_text(self.day, weekday=True)
                )
            )
        elif self.when.currentData() == "upcoming":
            start = today
        elif self.when.currentData() == "past":
            end = today - dt.timedelta(days=1)
        self.day_label.setVisible(self.day is not None)
        rows = list_events(
            self.db, start=start, end=end, kinds=kinds, text=self.search.text(), today=today
        )
        if self.day is None and self.when.currentData() == "past":
            rows.reverse()
        self.model.set_rows(rows)
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.show_event(None)
        self.empty.set_empty(not rows and is_section_empty(self.db, "events"))

    def selected_event(self) -> EventRow | None:
        """Return the event selected in the list."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.siblingAtColumn(0).data(ROW_ROLE)
        return row if isinstance(row, EventRow) else None

    def show_event(self, event_id: int) -> None:
        """Show the event ``event_id`` in the Events tab, widening the filters if needed."""
        self.tabs.setCurrentIndex(0)
        if self.model.row_of(event_id) < 0:
            self.day = None
            self.strip.clear_day()
            self.kind.setCurrentIndex(0)
            self.search.clear()
            self.when.setCurrentIndex(self.when.findData("all"))
            self.reload()
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.show_event(self.selected_event())

    @Slot(object)
    def _day_chosen(self, day: dt.date | None) -> None:
        self.day = day
        self.reload()

    @Slot(object, object)
    def _strip_moved(self, _first: dt.date, _last: dt.date) -> None:
        self.reload_strip()

    @Slot(int)
    def _when_changed(self, _index: int) -> None:
        self.day = None
        self.strip.clear_day()
        self.reload()

    @Slot()
    def _detail_changed(self) -> None:
        self._update_selected_row()
        self._reload_week()

    @Slot()
    def _week_changed(self) -> None:
        self._update_selected_row()
        self.detail.reload_lists()

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index == 1:
            if self._week.built is None:
                self._week.view()  # read as it is built
            else:
                self.week.reload()

    def _build_week(self) -> WeekOverview:
        week = WeekOverview(self.db, self._today)
        week.undo = self.detail.undo
        week.changed.connect(self._week_changed)
        week.event_requested.connect(self.show_event)
        return week

    @property
    def week(self) -> WeekOverview:
        """The week's overview (built on first use)."""
        return cast(WeekOverview, self._week.view())

    def _reload_week(self) -> None:
        # An overview not built yet reads the week when it is.
        if self._week.built is not None:
            self.week.reload()

    def _update_selected_row(self) -> None:
        # Counts in the list follow the checklist without losing the scroll position.
        self.reload()

    # --- actions ------------------------------------------------------------------------------

    @Slot()
    def new_event(self) -> None:
        """Create an event on the chosen day (or today) with its default checklist."""
        self._run_editor(EventEditor(self.db, day=self.day or self.today(), parent=self))

    @Slot()
    def edit_event(self) -> None:
        """Change the selected event."""
        event = self.selected_event()
        if event is None:
            return
        try:
            current = get_event(self.db, event.id)
        except EventNotFound as exc:
            dialogs.warning(self, self.tr("Event"), error_text(exc))
            self.reload()
            return
        before = self.undo.capture([event.id])
        self._run_editor(EventEditor(self.db, current, parent=self), before)

    def _run_editor(self, editor: EventEditor, before: Snapshot | None = None) -> None:
        if run_modal(editor) and editor.saved is not None:
            saved = editor.saved
            title = saved.title.text(labels.text_language())
            if before is None:
                self.undo.created(self.tr("Add “{title}”").format(title=title), [saved.id])
            else:
                self.undo.settle(self.tr("Edit “{title}”").format(title=title), before)
            self.reload_strip()
            self.show_event(saved.id)
            self._reload_week()

    @Slot()
    def delete_event(self) -> None:
        """Delete the selected event after asking."""
        event = self.selected_event()
        if event is None:
            return
        title = event.title.text(labels.text_language())
        if self.undo.enabled:
            text = self.tr(
                "Delete “{title}” with its checklist and accreditation list? The deletion "
                "can be undone (Ctrl+Z)."
            ).format(title=title)
        else:
            text = self.tr("Delete “{title}” with its checklist and accreditation list?").format(
                title=title
            )
        if not dialogs.question(
            self, self.tr("Delete the event"), text, self.tr("Delete"), self.tr("Keep")
        ):
            return
        with contextlib.suppress(EventNotFound):
            self.undo.track(
                self.tr("Delete “{title}”").format(title=title),
                [event.id],
                lambda: delete_event(self.db, event.id),
            )
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.refresh()

    @Slot()
    def invite(self) -> None:
        """Open the invitation tools, or say why a protocol event has none."""
        event = self.selected_event()
        if event is None:
            return
        if event.protocol:
            dialogs.info(
                self,
                self.tr("Invite the media"),
                self.tr(
                    "“{title}” is a protocol event, closed to the media, so no advisory is "
                    "sent and nobody is accredited. Clear the protocol mark in the event if "
                    "journalists are admitted."
                ).format(title=event.title.text(labels.text_language())),
            )
            return
        run_modal(InvitationDialog(self.context.runtime, self.db, event, self))

    @Slot(str)
    def export(self, document: str) -> None:
        """Preview and save the card, the sign-in sheet or the advisory of the event."""
        event = self.selected_event()
        if event is None:
            return
        run_modal(EventExportDialog(self.context.runtime, self.db, event.id, document, self))

    @Slot()
    def edit_templates(self) -> None:
        """Edit the checklist templates, starting with the type of the selected event."""
        event = self.selected_event()
        run_modal(TemplatesDialog(self.db, event.kind if event is not None else "", self))
