"""The plan item editor: every field of an item, its repeat rule, and the approval panel."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.plan import labels
from pressdesk.gui.plan.actions import PlanActions
from pressdesk.gui.plan.approval import ApprovalPanel
from pressdesk.gui.plan.repeat import RepeatEditor
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.bilingual import BiLineEdit, BiTextEdit
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.plan.campaigns import list_campaigns
from pressdesk.services.plan.holidays import list_channels
from pressdesk.services.plan.items import (
    create_item,
    get_item,
    plain_inputs,
    resets_approval,
    update_item,
)
from pressdesk.services.plan.rows import PlanError, PlanItemInput, PlanItemRow, PlanNotFound
from pressdesk.services.plan.series import detach_occurrence
from pressdesk.services.plan.workflow import item_history
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database


def _lines_edit(name: str, placeholder: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _tab_page() -> tuple[QWidget, QFormLayout]:
    """Return a tab's page and the form at its top (the rest of the page stays empty)."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form


class PlanItemEditor(RecordEditor):
    """Create or edit one plan item; status changes apply at once and are logged."""

    def __init__(
        self,
        db: Database,
        row: PlanItemRow | None = None,
        *,
        day: dt.date | None = None,
        wait_days: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PlanItemEditor", "Plan item")
            if row is not None
            else QCoreApplication.translate("PlanItemEditor", "New plan item"),
            "planItemEditor",
            parent,
            cancel_text=QCoreApplication.translate("PlanItemEditor", "Close"),
        )
        self.db = db
        self.row = row
        self.saved: PlanItemRow | None = None
        self.changed = False
        self.plan_actions = PlanActions(db, self)
        self.resize(1000, 640)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._main_tab(), self.tr("Item"))
        self.tabs.addTab(self._details_tab(), self.tr("Links and notes"))
        self.repeat = RepeatEditor()
        self.tabs.addTab(self.repeat, self.tr("Repeat"))

        self.approval = ApprovalPanel(wait_days)
        self.approval.setMinimumWidth(300)
        self.approval.status_requested.connect(self.change_status)

        body = QHBoxLayout()
        body.addWidget(self.tabs, 3)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(line)
        body.addWidget(self.approval, 2)

        self._fill_choices(row)
        self._load(row, day or clock.today())
        self.finish(body)

    # --- building -----------------------------------------------------------------------------

    def _main_tab(self) -> QWidget:
        page, form = _tab_page()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        when = QHBoxLayout()
        self.date = dates.set_format(QDateEdit())
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.time = dates.set_format(QTimeEdit(), popup=False)
        self.time.setObjectName("time")
        dates.set_format(self.time)
        self.all_day = QCheckBox(self.tr("All day"))
        self.all_day.setObjectName("allDay")
        self.all_day.toggled.connect(lambda on: self.time.setEnabled(not on))
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.all_day)
        when.addStretch(1)
        form.addRow(self.tr("Date and time:"), when)
        # Title, news hook and audience go into documents: each in Kyrgyz and in Russian.
        self.title = BiLineEdit(max_length=500)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("What goes out, in a few words"))
        form.addRow(self.tr("Title:"), self.title)
        self.topic = BiTextEdit(lines=2)
        self.topic.setObjectName("topic")
        self.topic.setPlaceholderText(self.tr("The news hook: why this is worth telling"))
        form.addRow(self.tr("News hook:"), self.topic)
        self.audience = BiLineEdit(max_length=500)
        self.audience.setObjectName("audience")
        form.addRow(self.tr("Target audience:"), self.audience)
        kinds = QHBoxLayout()
        self.format = QComboBox()
        self.format.setObjectName("format")
        for code, name in labels.formats():
            self.format.addItem(name, code)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in labels.languages():
            self.language.addItem(name, code)
        kinds.addWidget(self.format, 1)
        kinds.addWidget(QLabel(self.tr("Language:")))
        kinds.addWidget(self.language, 1)
        form.addRow(self.tr("Format:"), kinds)
        self.responsible = QComboBox()
        self.responsible.setObjectName("responsible")
        form.addRow(self.tr("Responsible:"), self.responsible)
        self.campaign = QComboBox()
        self.campaign.setObjectName("campaign")
        form.addRow(self.tr("Campaign:"), self.campaign)
        self.channels = QListWidget()
        self.channels.setObjectName("channels")
        self.channels.setFlow(QListView.Flow.LeftToRight)
        self.channels.setWrapping(True)
        self.channels.setResizeMode(QListView.ResizeMode.Adjust)
        self.channels.setSpacing(2)
        self.channels.setMinimumHeight(60)
        self.channels.setMaximumHeight(110)
        form.addRow(self.tr("Channels:"), self.channels)
        return page

    def _details_tab(self) -> QWidget:
        page, form = _tab_page()
        self.outlets = _lines_edit("outlets", self.tr("One outlet per line"))
        form.addRow(self.tr("Outlets:"), self.outlets)
        self.notes = _lines_edit("notes", "", 90)
        form.addRow(self.tr("Notes:"), self.notes)
        self.file_links = _lines_edit("fileLinks", self.tr("One file or folder per line"))
        form.addRow(self.tr("Files:"), self.file_links)
        self.published_links = _lines_edit(
            "publishedLinks", self.tr("One link per line, once it is out")
        )
        form.addRow(self.tr("Published at:"), self.published_links)
        return page

    def _fill_choices(self, row: PlanItemRow | None) -> None:
        lang = labels.doc_language()
        current = set(row.channels) if row is not None else set()
        for channel in list_channels(self.db):
            if not channel.active and channel.code not in current:
                continue
            item = QListWidgetItem(channel.name(lang))  # type: ignore[arg-type]
            item.setData(Qt.ItemDataRole.UserRole, channel.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.channels.addItem(item)
        self.responsible.addItem(self.tr("— nobody yet —"), None)
        keep = row.responsible_id if row is not None else None
        for person in list_staff(self.db):
            if person.active or person.id == keep:
                self.responsible.addItem(person.full_name, person.id)
        self.campaign.addItem(self.tr("— no campaign —"), None)
        for campaign in list_campaigns(self.db):
            self.campaign.addItem(labels.shown(campaign.name), campaign.id)

    # --- values -------------------------------------------------------------------------------

    def _load(self, row: PlanItemRow | None, day: dt.date) -> None:
        data = row.as_input() if row is not None else PlanItemInput(date=day, title=Bi())
        self.date.setDate(labels.qdate(data.date))
        self.all_day.setChecked(data.time is None)
        self.time.setTime(QTime(data.time.hour, data.time.minute) if data.time else QTime(10, 0))
        self.time.setEnabled(data.time is not None)
        labels.put(self.title, data.title)
        labels.put(self.topic, data.topic)
        labels.put(self.audience, data.audience)
        self.format.setCurrentIndex(max(self.format.findData(data.format), 0))
        self.language.setCurrentIndex(max(self.language.findData(data.language), 0))
        self.responsible.setCurrentIndex(max(self.responsible.findData(data.responsible_id), 0))
        self.campaign.setCurrentIndex(max(self.campaign.findData(data.campaign_id), 0))
        for index in range(self.channels.count()):
            item = self.channels.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.channels
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.outlets.setPlainText("\n".join(data.outlets))
        self.notes.setPlainText(data.notes)
        self.file_links.setPlainText("\n".join(data.file_links))
        self.published_links.setPlainText("\n".join(data.published_links))
        self.repeat.set_rule(data.rrule, data.date, data.exdates)
        occurrence = row is not None and (row.virtual or row.series_id is not None)
        self.repeat.setEnabled(not occurrence)
        if occurrence:
            self.repeat.setToolTip(self.tr("One occurrence of a series does not repeat by itself."))
        self._show_approval()

    def _show_approval(self) -> None:
        row = self.row
        if row is None:
            self.approval.set_row(None, [])
            return
        history = [] if row.virtual else item_history(self.db, row.id)
        self.approval.set_row(row, history)

    def value(self) -> PlanItemInput:
        """Return the item as filled in."""
        base = self.row.as_input() if self.row is not None else None
        channels = tuple(
            self.channels.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.channels.count())
            if self.channels.item(i).checkState() == Qt.CheckState.Checked
        )
        occurrence = self.row is not None and (self.row.virtual or self.row.series_id is not None)
        return PlanItemInput(
            date=labels.pydate(self.date.date()),
            title=self.title.value(),
            time=None if self.all_day.isChecked() else labels.pytime(self.time.time()),
            duration_minutes=base.duration_minutes if base is not None else 60,
            topic=self.topic.value(),
            audience=self.audience.value(),
            format=self.format.currentData(),
            channels=channels,
            outlets=_lines(self.outlets),
            language=self.language.currentData(),
            responsible_id=self.responsible.currentData(),
            campaign_id=self.campaign.currentData(),
            notes=self.notes.toPlainText(),
            file_links=_lines(self.file_links),
            published_links=_lines(self.published_links),
            rrule="" if occurrence else self.repeat.rule(),
            exdates=() if occurrence else self.repeat.left_out(),
        )

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the fields; on refusal say why and keep everything as typed."""
        data = self.value()
        by_name = self.plan_actions.by_name()
        if self.row is not None and not self.plan_actions.keeps_approval(
            self.row, resets_approval(self.row, plain_inputs(self.db, data))
        ):
            return False
        try:
            if self.row is None:
                status = self.approval.start_as.currentData()
                self.saved = create_item(self.db, data, status=status, by_name=by_name)
            elif self.row.virtual and self.row.original_date is not None:
                detached = detach_occurrence(
                    self.db, self.row.id, self.row.original_date, by_name=by_name
                )
                self.saved = update_item(self.db, detached.id, data, by_name=by_name)
            else:
                self.saved = update_item(
                    self.db, self.row.id, data, by_name=by_name, seen_sequence=self.row.sequence
                )
        except ChangedMeanwhile as exc:
            return self.on_changed_meanwhile(exc)
        except (PlanError, PlanNotFound) as exc:
            dialogs.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        self.row = self.saved
        self.changed = True
        return True

    # --- a colleague's change meanwhile (the editor base asks what to do) ----------------------

    def stored_now(self) -> PlanItemRow | None:
        """Return the item as stored now (None for a new one)."""
        return get_item(self.db, self.row.id) if self.row is not None else None

    def show_stored(self, stored: PlanItemRow) -> None:
        """Show the stored item and take it as the one read."""
        self.row = stored
        self._load(stored, stored.date)

    def take_version(self, stored: PlanItemRow) -> None:
        """Save over the stored item next: an item's version is its iCalendar sequence."""
        if self.row is not None:
            self.row = replace(self.row, sequence=stored.sequence)

    def changed_labels(self) -> dict[str, str]:
        """Name the item's fields as the form does."""
        labels = {
            "date": self.tr("Date and time:"),
            "time": self.tr("Date and time:"),
            "title": self.tr("Title:"),
            "topic": self.tr("News hook:"),
            "audience": self.tr("Target audience:"),
            "format": self.tr("Format:"),
            "language": self.tr("Format:"),
            "responsible_id": self.tr("Responsible:"),
            "campaign_id": self.tr("Campaign:"),
            "channels": self.tr("Channels:"),
            "outlets": self.tr("Outlets:"),
            "notes": self.tr("Notes:"),
            "file_links": self.tr("Files:"),
            "published_links": self.tr("Published at:"),
            "status": self.tr("Status:"),
        }
        return {field: label.rstrip(":") for field, label in labels.items()}

    @Slot(str)
    def change_status(self, target: str) -> None:
        """Move the item to ``target`` now, asking what the step needs."""
        if self.row is None:
            return
        changed = self.plan_actions.set_status(self.row, target)
        if changed is None:
            return
        before, self.row = self.row, changed
        self.changed = True
        if before.virtual or before.id != changed.id:
            # The step went to another stored item (an occurrence detached, or its series).
            self._load(changed, changed.date)
            self.mark_clean()
            return
        was_clean = not self.is_dirty()
        self.published_links.setPlainText("\n".join(changed.published_links))
        self._show_approval()
        if was_clean:  # links the step brought are not the user's unsaved changes
            self.mark_clean()
