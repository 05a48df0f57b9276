"""The campaigns dialog: list, create and edit campaign media plans, with their progress."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.plan import labels
from pressdesk.gui.widgets.ask_dialog import closing_column
from pressdesk.gui.widgets.bilingual import BiLineEdit, BiTextEdit, first_language
from pressdesk.gui.widgets.dates import set_format
from pressdesk.services.plan.campaigns import (
    CampaignRow,
    campaign_progress,
    delete_campaign,
    list_campaigns,
    save_campaign,
)
from pressdesk.services.plan.rows import PlanError, PlanNotFound
from pressdesk.storage.engine import Database


class CampaignsDialog(QDialog):
    """Keep the campaigns: name, dates, goal, audiences and key messages."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsDialog")
        self.setWindowTitle(self.tr("Campaigns"))
        self.db = db
        self.changed = False
        self.current: CampaignRow | None = None
        # Room for the two languages of goal and key messages on a 1366×768 screen.
        self.resize(940, 680)

        self.list = QListWidget()
        self.list.setObjectName("campaignList")
        self.list.currentItemChanged.connect(self._picked)
        new = QPushButton(self.tr("New campaign"))
        new.clicked.connect(self.new_campaign)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Name, goal, audiences and key messages go into documents: in Kyrgyz and in Russian.
        self.name = BiLineEdit(max_length=300)
        self.name.setObjectName("campaignName")
        form.addRow(self.tr("Name:"), self.name)
        dates = QHBoxLayout()
        self.start = set_format(QDateEdit())
        self.start.setCalendarPopup(True)
        self.end = set_format(QDateEdit())
        self.end.setCalendarPopup(True)
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("Dates:"), dates)
        self.goal = BiTextEdit(lines=2)
        self.goal.setObjectName("campaignGoal")
        form.addRow(self.tr("Goal:"), self.goal)
        self.audiences = BiLineEdit(max_length=1000)
        self.audiences.setObjectName("campaignAudiences")
        form.addRow(self.tr("Target audiences:"), self.audiences)
        self.messages = BiTextEdit(lines=3)
        self.messages.setObjectName("campaignMessages")
        self.messages.setPlaceholderText(self.tr("One key message per line"))
        form.addRow(self.tr("Key messages:"), self.messages)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        form.addRow(self.tr("Notes:"), self.notes)
        self.progress = QProgressBar()
        self.progress.setObjectName("campaignProgress")
        self.progress.setRange(0, 100)
        self.progress.setFormat(self.tr("%p% published"))
        form.addRow(self.tr("Progress:"), self.progress)
        self.counts = QLabel()
        self.counts.setObjectName("campaignCounts")
        self.counts.setWordWrap(True)
        form.addRow("", self.counts)
        self.save_button = QPushButton(self.tr("Save campaign"))
        self.save_button.setObjectName("saveCampaign")
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        right.addLayout(save_row)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(12)
        body.addLayout(right, 5)
        closing_column(self, self.tr("Close"), (body, 1))
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the campaigns again and select ``select`` (or the first)."""
        self.list.blockSignals(True)
        self.list.clear()
        for campaign in list_campaigns(self.db):
            span = (
                f"{labels.date_text(campaign.start_date)} – {labels.date_text(campaign.end_date)}"
            )
            item = QListWidgetItem(f"{labels.shown(campaign.name)}\n{span}")
            item.setData(Qt.ItemDataRole.UserRole, campaign.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next(
            (
                i
                for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == select
            ),
            0,
        )
        if self.list.count():
            self.list.setCurrentRow(row)
            self._picked(self.list.currentItem())
        else:
            self.new_campaign()

    @Slot(QListWidgetItem)
    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        found = next((c for c in list_campaigns(self.db) if c.id == wanted), None)
        if found is not None:
            self._show(found)

    def _show(self, campaign: CampaignRow) -> None:
        self.current = campaign
        labels.put(self.name, campaign.name)
        self.start.setDate(labels.qdate(campaign.start_date))
        self.end.setDate(labels.qdate(campaign.end_date))
        labels.put(self.goal, campaign.goal)
        labels.put(self.audiences, campaign.audiences)
        labels.put(self.messages, campaign.key_messages)
        self.notes.setPlainText(campaign.notes)
        self.delete_button.setEnabled(campaign.id is not None)
        if campaign.id is None:
            self.progress.setValue(0)
            self.counts.setText(self.tr("No items yet."))
            return
        progress = campaign_progress(self.db, campaign.id)
        self.progress.setValue(round(progress.percent_published))
        parts = [
            f"{labels.status_name(status)}: {count}" for status, count in progress.by_status.items()
        ]
        self.counts.setText(
            self.tr("Items: {count}").format(count=progress.total)
            + ("  ·  " + "  ·  ".join(parts) if parts else "")
        )

    @Slot()
    def new_campaign(self) -> None:
        """Start a new campaign over the next month."""
        today = clock.today()
        self.list.clearSelection()
        self._show(CampaignRow(name=Bi(), start_date=today, end_date=today + dt.timedelta(days=30)))
        self.name.editor(first_language()).setFocus()

    def value(self) -> CampaignRow:
        """Return the campaign as filled in."""
        return CampaignRow(
            id=self.current.id if self.current is not None else None,
            name=self.name.value(),
            start_date=labels.pydate(self.start.date()),
            end_date=labels.pydate(self.end.date()),
            goal=self.goal.value(),
            audiences=self.audiences.value(),
            key_messages=self.messages.value(),
            notes=self.notes.toPlainText(),
        )

    @Slot()
    def save(self) -> bool:
        """Save the campaign shown; on refusal say why and keep the fields."""
        try:
            saved = save_campaign(self.db, self.value())
        except (PlanError, PlanNotFound) as exc:
            dialogs.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        self.changed = True
        self.reload(saved.id)
        return True

    @Slot()
    def delete_current(self) -> None:
        """Delete the campaign shown; its items stay in the plan."""
        campaign = self.current
        if campaign is None or campaign.id is None:
            return
        if not dialogs.question(
            self,
            self.tr("Delete the campaign"),
            self.tr("Delete the campaign “{name}”? Its items stay in the plan.").format(
                name=labels.shown(campaign.name)
            ),
            self.tr("Delete"),
            self.tr("Keep it"),
        ):
            return
        with contextlib.suppress(PlanNotFound):
            delete_campaign(self.db, campaign.id)
        self.changed = True
        self.current = None
        self.reload()
