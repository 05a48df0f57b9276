"""The act wizard: parties → sections → remarks → issue, with the act previewed as it is edited."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk.documents import render_html
from pressdesk.gui import dialogs
from pressdesk.gui.handover.issue_options import IssueOptions
from pressdesk.gui.handover.jobs import Job
from pressdesk.gui.handover.lines import SectionEditor
from pressdesk.gui.handover.parties import PartiesForm
from pressdesk.gui.handover.preview import ActPreview
from pressdesk.gui.messages import service_text
from pressdesk.gui.pages import noted_column
from pressdesk.gui.widgets.preflight import confirm_texts
from pressdesk.runtime import Runtime
from pressdesk.services.handover.acts import IssuedAct, issue_act, next_number
from pressdesk.services.handover.build import (
    act_refs,
    build_draft,
    complete_posts,
    refresh_plan,
    refresh_texts,
    regroup_equipment,
    relabel,
)
from pressdesk.services.handover.document import act_document
from pressdesk.services.handover.draft import (
    DraftLine,
    HandoverDraft,
    draft_from_dict,
    draft_to_dict,
)
from pressdesk.services.preflight import find_missing
from pressdesk.services.profile import get_profile
from pressdesk.services.staff import list_staff
from pressdesk.settings import HANDOVER_PLAN_DAYS, OFFICIAL_USE_MARK, PDF_FONT
from pressdesk.storage.engine import Database
from pressdesk.textfold import fold

log = logging.getLogger(__name__)

# Sections edited line by line on the second step; 1 (general) and the closing section have
# their own steps.
EDITED_SECTIONS = (
    "documents",
    "equipment",
    "equipment_out",
    "equipment_other",
    "accounts",
    "recovery",
    "secrets",
    "personal",
    "archive",
    "contacts",
    "plan",
    "duties",
)
PREVIEW_DELAY_MS = 300


class HandoverWizard(QWidget):
    """Build the act step by step from live data; every line can be changed before issue."""

    act_issued = Signal(object)

    def __init__(self, runtime: Runtime, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverWizard")
        self.runtime, self.db = runtime, db
        self.draft: HandoverDraft | None = None
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.issued: IssuedAct | None = None
        self.targets: list[Path] = []
        self._loading = False
        # The outgoing person and the plan horizon the draft's data sections were read for.
        self._custody_for = ""
        self._plan_days_for = 0
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)

        self.parties = PartiesForm()
        self.parties.edited.connect(self._parties_edited)
        self.parties.language_or_direction_changed.connect(self._language_or_direction_changed)
        # The fields the other steps and the tests reach directly.
        self.lang, self.direction = self.parties.lang, self.parties.direction
        self.number, self.date = self.parties.number, self.parties.date
        self.outgoing, self.incoming = self.parties.outgoing, self.parties.incoming
        self.replaces = self.parties.replaces
        self.options = IssueOptions()
        self.options.changed.connect(self._options_changed)
        self.options.issue_button.clicked.connect(self.choose_and_issue)
        self.issue_button = self.options.issue_button
        self.want_docx, self.want_pdf = self.options.want_docx, self.options.want_pdf
        self.export_format = self.options.export_format

        self.steps = QStackedWidget()
        self.steps.addWidget(self.parties)
        self.steps.addWidget(self._sections_step())
        self.steps.addWidget(self._remarks_step())
        self.steps.addWidget(self.options)
        self.step_names = [
            self.tr("1. Parties and direction"),
            self.tr("2. What is handed over"),
            self.tr("3. Duties and remarks"),
            self.tr("4. Issue"),
        ]
        self.step_label = QLabel()
        self.step_label.setObjectName("handoverStep")
        font = self.step_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.step_label.setFont(font)
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.setObjectName("handoverBack")
        self.back_button.clicked.connect(lambda: self.go_to(self.steps.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setObjectName("handoverNext")
        self.next_button.clicked.connect(lambda: self.go_to(self.steps.currentIndex() + 1))
        rebuild = QPushButton(self.tr("Start again from the data"))
        rebuild.setObjectName("handoverRebuild")
        rebuild.setToolTip(self.tr("Read equipment, accounts, archives and contacts again"))
        rebuild.clicked.connect(self.rebuild)
        nav = QHBoxLayout()
        nav.addWidget(rebuild)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.step_label)
        left_layout.addWidget(self.steps, 1)
        left_layout.addLayout(nav)
        self.act_preview = ActPreview()
        # The running text of the act, as the preview shows it in its text view.
        self.preview = self.act_preview.text
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("handoverSplitter")
        self.splitter.setHandleWidth(8)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(360)
        self.act_preview.setMinimumWidth(280)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.act_preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 620])
        splitter = self.splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.go_to(0)

    # --- steps ----------------------------------------------------------------------------------

    def _sections_step(self) -> QWidget:
        page = QWidget()
        self.section_list = QListWidget()
        self.section_list.setObjectName("handoverSections")
        self.section_list.setMinimumWidth(200)
        self.section_list.setMaximumWidth(280)
        self.section_list.setWordWrap(True)
        self.section_list.currentRowChanged.connect(self._section_chosen)
        self.editor = SectionEditor()
        self.editor.changed.connect(self.schedule_preview)
        self.secrets_annex = QCheckBox(self.tr("List the stored passwords to hand over in person"))
        self.secrets_annex.setToolTip(
            self.tr(
                "The act names the accounts whose password or recovery codes are stored on this "
                "computer, never the secrets themselves"
            )
        )
        self.secrets_annex.setObjectName("handoverSecretsAnnex")
        self.secrets_annex.toggled.connect(self._annex_toggled)
        self.secrets_status = QLabel()
        self.secrets_status.setObjectName("handoverSecretsStatus")
        self.secrets_status.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addWidget(self.secrets_annex)
        right.addWidget(self.secrets_status)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.section_list)
        layout.addLayout(right, 1)
        return page

    def _remarks_step(self) -> QWidget:
        page = QWidget()
        layout = noted_column(
            page,
            self.tr(
                "Whatever is left empty here is printed as lines to fill in by hand when the "
                "act is signed; nothing is stated that nobody has checked."
            ),
        )
        layout.addWidget(
            QLabel(self.tr("Duties actually performed and ongoing affairs, one per line:"))
        )
        self.duties = QPlainTextEdit()
        self.duties.setObjectName("handoverDuties")
        self.duties.textChanged.connect(self._free_lists_edited)
        layout.addWidget(self.duties, 1)
        layout.addWidget(QLabel(self.tr("Remarks of the receiving party, one per line:")))
        self.remarks = QPlainTextEdit()
        self.remarks.setObjectName("handoverRemarks")
        self.remarks.textChanged.connect(self._free_lists_edited)
        layout.addWidget(self.remarks, 1)
        layout.addWidget(QLabel(self.tr("Service ID card:")))
        self.id_card = QLineEdit()
        self.id_card.setObjectName("handoverIdCard")
        self.id_card.setPlaceholderText(
            self.tr("Empty: the act leaves “handed in / not handed in” to mark by hand")
        )
        self.id_card.textEdited.connect(self._free_lists_edited)
        layout.addWidget(self.id_card)
        return page

    # --- navigation and state -------------------------------------------------------------------

    def ensure_draft(self) -> None:
        """Build the first draft from the database when the wizard is first needed."""
        if self.draft is None:
            profile = get_profile(self.db)
            lang = profile.default_doc_lang if profile.default_doc_lang in {"ky", "ru"} else "ky"
            draft = build_draft(
                self.db,
                lang=lang,
                outgoing=profile.secretary_name,
                number=next_number(self.db),
                plan_days=self.runtime.settings.get(HANDOVER_PLAN_DAYS),
                official_use=self.runtime.settings.get(OFFICIAL_USE_MARK),
            )
            self.load_draft(draft)

    def load_draft(self, draft: HandoverDraft) -> None:
        """Show ``draft`` in every step (a new act, or a correction of an issued one)."""
        self.draft = draft
        self._custody_for = fold(draft.outgoing.name)
        self._plan_days_for = draft.plan_days
        self._loading = True
        try:
            names = [s.full_name for s in list_staff(self.db, active_only=True)]
            self.parties.show_draft(draft, names)
            self._show_sections(draft)
            self.options.set_media_export(draft.media_export)
            self.options.set_files(draft.attachments)
        finally:
            self._loading = False
        self.go_to(0)
        self.refresh_preview()

    def _show_sections(self, draft: HandoverDraft) -> None:
        self.section_list.blockSignals(True)
        self.section_list.clear()
        for key in EDITED_SECTIONS:
            self.section_list.addItem(draft.section(key).title)
        self.section_list.blockSignals(False)
        self.section_list.setCurrentRow(0)
        self._section_chosen(0)
        self.secrets_annex.setChecked(draft.secrets_annex)
        self._show_secrets_status()
        self.duties.setPlainText("\n".join(line.cells[0] for line in draft.section("duties").lines))
        self.remarks.setPlainText(
            "\n".join(line.cells[0] for line in draft.section("remarks").lines)
        )
        self.id_card.setText(draft.id_card)

    def _show_secrets_status(self) -> None:
        if self.draft is None:
            return
        lines = self.draft.section("secrets").included()
        if not self.draft.secrets_annex:
            text = ""
        elif lines:
            text = self.tr("The act lists {count} account(s): {names}.").format(
                count=len(lines), names="; ".join(line.cells[0] for line in lines)
            )
        else:
            text = self.tr(
                "No password or recovery code is stored for any account; the act says so."
            )
        self.secrets_status.setText(text)

    @Slot(int)
    def go_to(self, index: int) -> None:
        """Show step ``index`` (0–3)."""
        if not 0 <= index < self.steps.count():
            return
        if index == 2 and self.draft is not None:
            # Duties can also be edited as lines on step 2; the text box shows the current list.
            self._loading = True
            self.duties.setPlainText(
                "\n".join(line.cells[0] for line in self.draft.section("duties").lines)
            )
            self._loading = False
        self.steps.setCurrentIndex(index)
        self.step_label.setText(self.step_names[index])
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.steps.count() - 1)

    @Slot(int)
    def _section_chosen(self, row: int) -> None:
        if self.draft is None or not 0 <= row < len(EDITED_SECTIONS):
            return
        self._sync_with_data()
        key = EDITED_SECTIONS[row]
        self.editor.load(self.draft.section(key))
        self.secrets_annex.setVisible(key in {"accounts", "secrets"})
        self.secrets_status.setVisible(key in {"accounts", "secrets"})

    @Slot()
    def _language_or_direction_changed(self) -> None:
        if self._loading or self.draft is None:
            return
        self._collect_parties()
        self.draft.lang = self.lang.currentData()
        self.draft.direction = self.direction.currentData()
        self.load_draft(relabel(self.draft, self.db))

    @Slot()
    def rebuild(self) -> None:
        """Read the data again into a fresh draft, keeping the parties."""
        if self.draft is None:
            self.ensure_draft()
            return
        self._collect_parties()
        self.load_draft(relabel(self.draft, self.db))

    @Slot()
    def _parties_edited(self) -> None:
        if self._loading or self.draft is None:
            return
        self._collect_parties()
        self.schedule_preview()

    def _collect_parties(self) -> None:
        if self.draft is None:
            return
        self.parties.collect(self.draft)
        complete_posts(self.draft, self.db)

    def _sync_with_data(self) -> None:
        """Read again what depends on the parties: whose equipment is handed over, and the
        plan for the chosen number of days."""
        draft = self.draft
        if draft is None:
            return
        changed = False
        if fold(draft.outgoing.name) != self._custody_for:
            regroup_equipment(draft, self.db)
            self._custody_for = fold(draft.outgoing.name)
            changed = True
        if draft.plan_days != self._plan_days_for:
            refresh_plan(draft, self.db)
            self._plan_days_for = draft.plan_days
            changed = True
        shown = self.editor.section
        if changed and shown is not None and draft.section(shown.key) is not shown:
            self.editor.load(draft.section(shown.key))

    @Slot()
    def _free_lists_edited(self) -> None:
        if self._loading or self.draft is None:
            return
        for key, edit in (("duties", self.duties), ("remarks", self.remarks)):
            section = self.draft.section(key)
            old = {line.cells[0]: line for line in section.lines}
            section.lines = [
                old.get(text.strip(), DraftLine([text.strip()]))
                for text in edit.toPlainText().splitlines()
                if text.strip()
            ]
        self.draft.id_card = self.id_card.text().strip()
        self.schedule_preview()

    @Slot(bool)
    def _annex_toggled(self, checked: bool) -> None:
        if self._loading or self.draft is None:
            return
        self.draft.secrets_annex = checked
        self._show_secrets_status()
        self.schedule_preview()

    @Slot()
    def _options_changed(self) -> None:
        if self._loading or self.draft is None:
            return
        self.draft.media_export = self.options.media_export()
        self.draft.attachments = self.options.files()
        self.schedule_preview()

    @Slot()
    def schedule_preview(self) -> None:
        """Refresh the preview shortly, once typing pauses."""
        self.preview_timer.start()

    @Slot()
    def refresh_preview(self) -> None:
        """Show the act as it would be printed now."""
        if self.draft is None:
            return
        self._sync_with_data()
        self.act_preview.set_html(render_html(act_document(self.draft)))

    # --- issue ----------------------------------------------------------------------------------

    @Slot()
    def choose_and_issue(self) -> None:
        """Ask where to save, then issue the act in a worker thread."""
        if self.draft is None or self.job is not None:
            return
        self._collect_parties()
        self._sync_with_data()
        formats = [
            s for s, box in ((".docx", self.want_docx), (".pdf", self.want_pdf)) if box.isChecked()
        ]
        if not formats:
            dialogs.warning(self, self.tr("Nothing to issue"), self.tr("Choose DOCX, PDF or both."))
            return
        if not (self.draft.outgoing.name.strip() and self.draft.incoming.name.strip()):
            dialogs.warning(
                self,
                self.tr("Parties missing"),
                self.tr("Name the outgoing and the incoming person on the first step."),
            )
            return
        if not self.confirm_texts():
            return
        name = self.tr("handover-act-{number}").format(number=self.draft.number or "new")
        start = Path.home() / f"{name}{formats[0]}"
        chosen = dialogs.save_file(
            self, self.tr("Save the act"), self.tr("Documents (*.docx *.pdf)"), start
        )
        if chosen is None:
            return
        self.start_issue([chosen.with_suffix(suffix) for suffix in formats])

    def confirm_texts(self) -> bool:
        """List the texts the act lacks in its language (names of equipment, accounts, archive
        sets, staff posts and units) and let the user type them; False means go back.

        The lines naming a record whose texts were typed are read again; the other lines
        stay as the user edited them."""
        draft = self.draft
        if draft is None:
            return False
        refs = act_refs(self.db, draft)
        before = {item.key for item in find_missing(self.db, refs, draft.lang)}
        if not confirm_texts(self, self.db, refs, draft.lang):
            return False
        if before:
            after = {item.key for item in find_missing(self.db, refs, draft.lang)}
            refresh_texts(draft, self.db, {(key, record) for key, record, _ in before - after})
            shown = self.editor.section
            if shown is not None:
                self.editor.load(draft.section(shown.key))
            self.refresh_preview()
        return True

    def start_issue(self, targets: list[Path]) -> None:
        """Issue the act to ``targets`` in a worker thread, showing progress."""
        if self.draft is None or self.job is not None:
            return
        self.draft.media_export = self.options.media_export()
        self.draft.attachments = self.options.files()
        # The worker gets its own copy, so edits made while it runs cannot reach it.
        draft = draft_from_dict(draft_to_dict(self.draft))
        export = self.draft.media_export or None
        font = self.runtime.settings.get(PDF_FONT) or None
        self.job = Job(
            lambda step: issue_act(
                self.db, draft, targets, export_format=export, font_path=font, progress=step
            )
        )
        self.job.signals.step.connect(self._step)
        self.job.signals.finished.connect(self._issued)
        self.job.signals.failed.connect(self._failed)
        # An act half-issued cannot be taken back, so the progress dialog has no cancel button.
        self.progress = QProgressDialog(self.tr("Issuing the act…"), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("Issue the act"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.issue_button.setEnabled(False)
        self.targets = targets
        QThreadPool.globalInstance().start(self.job)

    @Slot(str)
    def _step(self, step: str) -> None:
        if self.progress is None:
            return
        texts = {
            "export": self.tr("Exporting the media contact base…"),
            ".docx": self.tr("Writing the DOCX file…"),
            ".pdf": self.tr("Writing the PDF file…"),
        }
        self.progress.setLabelText(texts.get(step, self.tr("Issuing the act…")))

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        self.issue_button.setEnabled(True)

    @Slot(object)
    def _issued(self, act: object) -> None:
        self._done()
        if not isinstance(act, IssuedAct):
            return
        self.issued = act
        self.act_issued.emit(act)
        files = [str(p) for p in self.targets]
        if act.export_name:
            files.append(str(self.targets[0].with_name(act.export_name)))
        answer = dialogs.choice(
            self,
            self.tr("Act issued"),
            self.tr("Act № {number} is issued and recorded:\n{files}").format(
                number=act.number, files="\n".join(files)
            ),
            [("folder", self.tr("Open the folder")), ("ok", self.tr("OK"))],
            kind="info",
            default="ok",
            escape="ok",
        )
        if answer == "folder":
            dialogs.open_folder(self.targets[0].parent)
        self.draft = None
        self.ensure_draft()

    @Slot(str, str)
    def _failed(self, kind: str, details: str) -> None:
        self._done()
        dialogs.error(
            self,
            self.tr("Act not issued"),
            failure_text(kind, details),
            shown_details(kind, details),
        )


def shown_details(kind: str, details: str) -> str:
    """Return what goes under "Show Details": the system's words, not the refusal said above."""
    return "" if kind == "handover" else details


def failure_text(kind: str, details: str) -> str:
    """Return what to tell the user about a failed handover job of ``kind``."""
    if kind == "font":
        return QCoreApplication.translate(
            "Handover",
            "No font with the Kyrgyz letters ң, ө and ү was found for the PDF. Install DejaVu "
            "Sans or choose a TrueType font under Settings → Preferences, or use DOCX only.",
        )
    if kind == "disk":
        return QCoreApplication.translate(
            "Handover",
            "The file could not be written. Check that the folder exists, that you may write "
            "there, that the disk has free space and that the file is not open in another "
            "program.",
        )
    if kind == "handover":
        return service_text(details)
    return QCoreApplication.translate("Handover", "The document could not be made.")
