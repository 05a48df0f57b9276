"""The print / export dialog: a preview of the printed plan, saved off the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.documents import render_html
from pressdesk.documents.fonts import FontNotFoundError
from pressdesk.documents.model import DocumentError
from pressdesk.fileio import temporary_sibling
from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text, service_text
from pressdesk.gui.plan import labels
from pressdesk.gui.saving import place_file
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

log = logging.getLogger(__name__)

FORMATS = (".docx", ".pdf", ".ics")
_KINDS: tuple[PeriodKind, ...] = ("week", "decade", "month")


class _Signals(QObject):
    finished = Signal(int)
    failed = Signal(str, str)


class ExportJob(QRunnable):
    """Write the plan to a file in a worker thread; report the item count or the failure."""

    def __init__(
        self,
        db: Database,
        path: Path,
        *,
        lang: str,
        period: Period | None,
        campaign_id: int | None,
        font_path: str | None,
        include_all: bool = False,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.db, self.path, self.lang = db, path, lang
        self.period, self.campaign_id, self.font_path = period, campaign_id, font_path
        self.include_all = include_all

    def run(self) -> None:
        """Export, turning every failure into a (kind, details) report."""
        try:
            count = export_plan(
                self.db,
                self.path,
                lang=self.lang,
                period=self.period,
                campaign_id=self.campaign_id,
                include_all=self.include_all,
                font_path=self.font_path,
            )
        except FontNotFoundError as exc:
            self.signals.failed.emit("font", str(exc))
        except (PlanError, PlanNotFound) as exc:
            self.signals.failed.emit("plan", error_text(exc))
        except OSError as exc:
            self.signals.failed.emit("disk", str(exc))
        except DocumentError as exc:
            self.signals.failed.emit("document", str(exc))
        except Exception as exc:  # a bug must not leave the progress dialog hanging
            log.exception("Plan export failed")
            self.signals.failed.emit("unexpected", repr(exc))
        else:
            self.signals.finished.emit(count)


class PlanExportDialog(QDialog):
    """Choose a period or campaign, a language and a format; preview and save."""

    def __init__(
        self, runtime: Runtime, db: Database, period: Period, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planExportDialog")
        self.setWindowTitle(self.tr("Print or export the plan"))
        self.runtime, self.db = runtime, db
        self.period = period if period.kind in _KINDS else period_containing("week", period.start)
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = False
        self.saved_path: Path | None = None
        self.resize(1040, 680)

        form = QFormLayout()
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
        previous = QToolButton()
        previous.setArrowType(Qt.ArrowType.LeftArrow)
        previous.setToolTip(self.tr("Previous period"))
        previous.clicked.connect(lambda: self._shift(-1))
        following = QToolButton()
        following.setArrowType(Qt.ArrowType.RightArrow)
        following.setToolTip(self.tr("Next period"))
        following.clicked.connect(lambda: self._shift(1))
        self.period_label = QLabel()
        self.period_label.setObjectName("exportPeriod")
        for widget in (self.kind, previous, following):
            period_row.addWidget(widget)
        period_row.addWidget(self.period_label, 1)
        form.addRow(self.by_period, period_row)
        self.campaign = QComboBox()
        self.campaign.setObjectName("exportCampaign")
        for row in list_campaigns(db):
            self.campaign.addItem(labels.shown(row.name), row.id)
        self.by_campaign.setEnabled(self.campaign.count() > 0)
        form.addRow(self.by_campaign, self.campaign)
        options = QHBoxLayout()
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem(self.tr("Kyrgyz"), "ky")
        self.language.addItem(self.tr("Russian"), "ru")
        default = get_profile(db).default_doc_lang
        self.language.setCurrentIndex(max(self.language.findData(default), 0))
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("Word document (DOCX)"), ".docx")
        self.format.addItem(self.tr("PDF document"), ".pdf")
        self.format.addItem(self.tr("Calendar file (iCalendar, ICS)"), ".ics")
        self.format.setCurrentIndex(1)
        options.addWidget(self.language)
        options.addWidget(QLabel(self.tr("Format:")))
        options.addWidget(self.format)
        options.addStretch(1)
        form.addRow(self.tr("Document language:"), options)
        self.include_all = QCheckBox(self.tr("Also print ideas and items returned for rework"))
        self.include_all.setObjectName("exportIncludeAll")
        self.include_all.setToolTip(
            self.tr(
                "The plan for approval shows drafts, items sent for approval, approved and "
                "published ones, and the period's events. Tick to add ideas and returned items."
            )
        )
        form.addRow("", self.include_all)

        self.preview = QTextBrowser()
        self.preview.setObjectName("exportPreview")
        self.preview.setOpenLinks(False)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_and_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.by_period.toggled,
            self.campaign.currentIndexChanged,
            self.language.currentIndexChanged,
            self.include_all.toggled,
        ):
            signal.connect(self.update_preview)
        self.update_preview()

    # --- choices ------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        """Return the document language chosen."""
        return str(self.language.currentData())

    @property
    def suffix(self) -> str:
        """Return the file extension of the format chosen."""
        return str(self.format.currentData())

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

    @Slot()
    def update_preview(self) -> None:
        """Show the document as it will print."""
        self.period_label.setText(self.period.label(self.lang))  # type: ignore[arg-type]
        try:
            campaign = self.campaign_id()
            everything = self.include_all.isChecked()
            if campaign is None:
                doc = plan_document(self.db, self.period, lang=self.lang, include_all=everything)
            else:
                doc = campaign_document(self.db, campaign, lang=self.lang, include_all=everything)
        except (PlanError, PlanNotFound) as exc:
            self.preview.setPlainText(error_text(exc))
            return
        self.preview.setHtml(render_html(doc))

    def default_name(self) -> str:
        """Return a file name for the chosen plan and format."""
        campaign = self.campaign_id()
        stem = f"plan-{self.period.key}" if campaign is None else f"plan-campaign-{campaign}"
        return f"{stem}-{self.lang}{self.suffix}"

    # --- saving -------------------------------------------------------------------------------

    def confirm_texts(self) -> bool:
        """List the texts the file lacks in its language and let them be filled; False when
        the user goes back."""
        try:
            refs = export_refs(
                self.db,
                Path(f"plan{self.suffix}"),
                period=self.period if self.campaign_id() is None else None,
                campaign_id=self.campaign_id(),
                include_all=self.include_all.isChecked(),
            )
        except (PlanError, PlanNotFound) as exc:
            dialogs.warning(self, self.tr("Plan not saved"), error_text(exc))
            return False
        if not confirm_texts(self, self.db, refs, self.lang):
            return False
        self.update_preview()
        return True

    @Slot()
    def choose_and_save(self) -> None:
        """Check the texts in the chosen language, ask where to save, then write the file in
        the background."""
        if not self.confirm_texts():
            return
        filters = {
            ".docx": self.tr("Word documents (*.docx)"),
            ".pdf": self.tr("PDF documents (*.pdf)"),
            ".ics": self.tr("Calendar files (*.ics)"),
        }
        start = Path(platformdirs.user_documents_dir()) / self.default_name()
        path = dialogs.save_file(self, self.tr("Save the plan"), filters[self.suffix], start)
        if path is None:
            return
        if path.suffix.lower() not in FORMATS:
            path = path.with_name(path.name + self.suffix)
        self.start_save(path)

    def start_save(self, path: Path) -> None:
        """Write the plan to ``path`` in a worker thread, showing a progress dialog."""
        if self.job is not None:
            return
        self.saved_path = None
        self.cancelled = False
        self.target = path
        # The worker writes beside the target; the file is put in place only if not cancelled.
        self.partial = temporary_sibling(path)
        font = self.runtime.settings.get(PDF_FONT) or None
        self.job = ExportJob(
            self.db,
            self.partial,
            lang=self.lang,
            period=self.period if self.campaign_id() is None else None,
            campaign_id=self.campaign_id(),
            font_path=font,
            include_all=self.include_all.isChecked(),
        )
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.progress = QProgressDialog(self.tr("Saving the plan…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("Save the plan"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self._cancel)
        self.save_button.setEnabled(False)
        QThreadPool.globalInstance().start(self.job)

    @Slot()
    def _cancel(self) -> None:
        self.cancelled = True

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        self.save_button.setEnabled(True)

    def _discard_partial(self) -> None:
        try:
            self.partial.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Could not remove %s: %s", self.partial, exc)

    @Slot(int)
    def _finished(self, count: int) -> None:
        cancelled = self.cancelled or (self.progress is not None and self.progress.wasCanceled())
        self._done()
        if cancelled:
            self._discard_partial()
            return
        try:
            placed = place_file(self, self.partial, self.target, self.tr("Plan saved"))
        except OSError as exc:
            self._failed("disk", str(exc))
            return
        if placed is None:
            return
        self.target = placed
        self.saved_path = placed
        answer = dialogs.choice(
            self,
            self.tr("Plan saved"),
            self.tr("The plan is saved ({count} items):\n{path}").format(
                count=count, path=self.target
            ),
            [("folder", self.tr("Open the folder")), ("ok", self.tr("OK"))],
            kind="info",
            default="ok",
            escape="ok",
        )
        if answer == "folder":
            dialogs.open_folder(self.target.parent)

    @Slot(str, str)
    def _failed(self, kind: str, details: str) -> None:
        self._done()
        self._discard_partial()
        if kind == "font":
            text = self.tr(
                "No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install "
                "DejaVu Sans or choose a TrueType font under Settings → Preferences, or save "
                "as DOCX instead."
            )
        elif kind == "disk":
            text = self.tr(
                "The file could not be written. Check that the folder exists, that you may "
                "write there, that the disk has free space and that the file is not open in "
                "another program."
            )
        elif kind == "plan":
            text = service_text(details)
        else:
            text = self.tr("The document could not be made.")
        dialogs.error(self, self.tr("Plan not saved"), text, details)
