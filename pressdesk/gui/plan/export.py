"""The print / export dialog: a preview of the printed plan, saved off the GUI thread."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from pressdesk.documents import render_html
from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.pages import arrow_button
from pressdesk.gui.plan import labels
from pressdesk.gui.widgets.export import ExportDialog, Writer
from pressdesk.gui.widgets.preflight import confirm_texts
from pressdesk.runtime import Runtime
from pressdesk.services.plan.campaigns import list_campaigns
from pressdesk.services.plan.periods import Period, PeriodKind, period_containing
from pressdesk.services.plan.printing import (
    campaign_document,
    export_plan,
    export_refs,
    plan_document,
)
from pressdesk.services.plan.rows import PlanError, PlanNotFound
from pressdesk.services.profile import get_profile
from pressdesk.settings import PDF_FONT
from pressdesk.storage.engine import Database

_KINDS: tuple[PeriodKind, ...] = ("week", "decade", "month")


class PlanExportDialog(ExportDialog):
    """Choose a period or campaign, a language and a format; preview and save."""

    def __init__(
        self, runtime: Runtime, db: Database, period: Period, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PlanExportDialog", "Print or export the plan"),
            (".docx", ".pdf", ".ics"),
            get_profile(db).default_doc_lang,
            parent,
            preview=True,
        )
        self.setObjectName("planExportDialog")
        self.runtime, self.db = runtime, db
        self.period = period if period.kind in _KINDS else period_containing("week", period.start)
        self.resize(1040, 680)

        self.by_period = QRadioButton(self.tr("Period:"))
        self.by_period.setChecked(True)
        self.by_campaign = QRadioButton(self.tr("Campaign:"))
        group = QButtonGroup(self)
        group.addButton(self.by_period)
        group.addButton(self.by_campaign)
        period_row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("exportKind")
        for kind, name in zip(
            _KINDS, (self.tr("Week"), self.tr("Ten days"), self.tr("Month")), strict=True
        ):
            self.kind.addItem(name, kind)
        self.kind.setCurrentIndex(_KINDS.index(self.period.kind))
        previous = arrow_button(
            Qt.ArrowType.LeftArrow, self.tr("Previous period"), lambda: self._shift(-1)
        )
        following = arrow_button(
            Qt.ArrowType.RightArrow, self.tr("Next period"), lambda: self._shift(1)
        )
        self.period_label = QLabel()
        self.period_label.setObjectName("exportPeriod")
        for widget in (self.kind, previous, following):
            period_row.addWidget(widget)
        period_row.addWidget(self.period_label, 1)
        self.form.insertRow(0, self.by_period, period_row)
        self.campaign = QComboBox()
        self.campaign.setObjectName("exportCampaign")
        for row in list_campaigns(db):
            self.campaign.addItem(labels.shown(row.name), row.id)
        self.by_campaign.setEnabled(self.campaign.count() > 0)
        self.form.insertRow(1, self.by_campaign, self.campaign)
        self.include_all = QCheckBox(self.tr("Also print ideas and items returned for rework"))
        self.include_all.setObjectName("exportIncludeAll")
        self.include_all.setToolTip(
            self.tr(
                "The plan for approval shows drafts, items sent for approval, approved and "
                "published ones, and the period's events. Tick to add ideas and returned items."
            )
        )
        self.form.addRow("", self.include_all)
        self.approved_only = QCheckBox(self.tr("Only approved items"))
        self.approved_only.setObjectName("exportApprovedOnly")
        self.approved_only.setToolTip(
            self.tr(
                "Print only what the head approved (and what is already published); each "
                "row states its approval, by whom and on which day."
            )
        )
        self.approved_only.toggled.connect(lambda on: self.include_all.setEnabled(not on))
        self.form.addRow("", self.approved_only)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.by_period.toggled,
            self.campaign.currentIndexChanged,
            self.include_all.toggled,
            self.approved_only.toggled,
        ):
            signal.connect(self.update_preview)
        self.format.setCurrentIndex(self.format.findData(".pdf"))
        self.update_preview()

    # --- choices ------------------------------------------------------------------------------

    def campaign_id(self) -> int | None:
        """Return the campaign chosen, or None when a period is printed."""
        return None if self.by_period.isChecked() else self.campaign.currentData()

    @Slot(int)
    def _kind_changed(self, _index: int) -> None:
        self.period = period_containing(self.kind.currentData(), self.period.start)
        self.update_preview()

    def _shift(self, steps: int) -> None:
        self.period = self.period.shifted(steps)
        self.by_period.setChecked(True)
        self.update_preview()

    def preview_html(self) -> str:
        """Return the chosen plan as it will print."""
        self.period_label.setText(self.period.label(self.lang))  # type: ignore[arg-type]
        try:
            campaign = self.campaign_id()
            everything = self.include_all.isChecked()
            approved = self.approved_only.isChecked()
            if campaign is None:
                doc = plan_document(
                    self.db,
                    self.period,
                    lang=self.lang,
                    include_all=everything,
                    approved_only=approved,
                )
            else:
                doc = campaign_document(
                    self.db,
                    campaign,
                    lang=self.lang,
                    include_all=everything,
                    approved_only=approved,
                )
        except (PlanError, PlanNotFound) as exc:
            return html.escape(error_text(exc))
        return render_html(doc)

    def default_name(self) -> str:
        """Return a file name for the chosen plan and format."""
        campaign = self.campaign_id()
        stem = f"plan-{self.period.key}" if campaign is None else f"plan-campaign-{campaign}"
        if self.approved_only.isChecked():
            stem += "-approved"
        return f"{stem}-{self.lang}{self.suffix}"

    # --- saving -------------------------------------------------------------------------------

    def check(self) -> bool:
        """List the texts the file lacks in its language and let them be filled; False when
        the user goes back."""
        try:
            refs = export_refs(
                self.db,
                Path(f"plan{self.suffix}"),
                period=self.period if self.campaign_id() is None else None,
                campaign_id=self.campaign_id(),
                include_all=self.include_all.isChecked(),
                approved_only=self.approved_only.isChecked(),
            )
        except (PlanError, PlanNotFound) as exc:
            dialogs.warning(self, self.tr("Plan not saved"), error_text(exc))
            return False
        return confirm_texts(self, self.db, refs, self.lang)

    def files(self, path: Path) -> list[tuple[Writer, Path]]:
        """Return the plan file to write."""
        db, lang, campaign = self.db, self.lang, self.campaign_id()
        period = self.period if campaign is None else None
        everything = self.include_all.isChecked()
        approved = self.approved_only.isChecked()
        font = self.runtime.settings.get(PDF_FONT) or None

        def write(temporary: Path) -> int:
            return export_plan(
                db,
                temporary,
                lang=lang,
                period=period,
                campaign_id=campaign,
                include_all=everything,
                approved_only=approved,
                font_path=font,
            )

        return [(write, path)]

    def after_save(self) -> None:
        """Tell where the plan is saved, then close: the job is done."""
        super().after_save()
        self.accept()

    def saved_text(self) -> str:
        """Say how many items the saved plan holds."""
        return self.tr("The plan is saved ({count} items):\n{path}").format(
            count=self.writer.result, path=self.saved_path
        )
