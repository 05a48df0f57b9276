"""The import wizard: choose a file, map its columns, check it, then import off the GUI thread."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.exchange.contacts_io import (
    FIELD_KEYS,
    ImportMapping,
    detect_columns,
    preview_contacts,
)
from pressdesk.exchange.errors import ContactFileError, ImportFileError
from pressdesk.gui import dialogs, file_problems
from pressdesk.gui.details import technical_details
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.messages import error_text, problem_text
from pressdesk.gui.widgets.jobs import JobRunner, Progress
from pressdesk.messages import UserError
from pressdesk.services.contacts.exchange import ImportReport, import_contacts
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

MAPPING_FILE = "contacts-import-mapping.json"
PREVIEW_ROWS = 8

FIELD_NAMES = {
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Full name"),
    "family": QT_TRANSLATE_NOOP("ImportWizard", "Family name"),
    "given": QT_TRANSLATE_NOOP("ImportWizard", "Given name"),
    "position": QT_TRANSLATE_NOOP("ImportWizard", "Position"),
    "position_ky": QT_TRANSLATE_NOOP("ImportWizard", "Position in Kyrgyz"),
    "position_ru": QT_TRANSLATE_NOOP("ImportWizard", "Position in Russian"),
    "outlet": QT_TRANSLATE_NOOP("ImportWizard", "Outlet"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("ImportWizard", "Second phone"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "email2": QT_TRANSLATE_NOOP("ImportWizard", "Second e-mail"),
    "telegram": QT_TRANSLATE_NOOP("ImportWizard", "Telegram"),
    "whatsapp": QT_TRANSLATE_NOOP("ImportWizard", "WhatsApp"),
    "topics": QT_TRANSLATE_NOOP("ImportWizard", "Topics"),
    "topics_ky": QT_TRANSLATE_NOOP("ImportWizard", "Topics in Kyrgyz"),
    "topics_ru": QT_TRANSLATE_NOOP("ImportWizard", "Topics in Russian"),
    "kind": QT_TRANSLATE_NOOP("ImportWizard", "Kind"),
    "languages": QT_TRANSLATE_NOOP("ImportWizard", "Languages"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "source": QT_TRANSLATE_NOOP("ImportWizard", "Source"),
    "birthday": QT_TRANSLATE_NOOP("ImportWizard", "Birthday"),
    "last_verified": QT_TRANSLATE_NOOP("ImportWizard", "Last verified"),
    "do_not_contact": QT_TRANSLATE_NOOP("ImportWizard", "Do not contact"),
}


def load_mapping(folder: Path) -> ImportMapping | None:
    """Return the mapping saved last time in ``folder``, or None."""
    path = folder / MAPPING_FILE
    try:
        return ImportMapping.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ContactFileError) as exc:
        log.warning("Ignoring the saved import mapping %s: %s", path, exc)
        return None


def save_mapping(folder: Path, mapping: ImportMapping) -> None:
    """Keep ``mapping`` for the next import (replacing the file in one step)."""
    path = folder / MAPPING_FILE
    partial_path = path.with_suffix(".part")
    try:
        partial_path.write_text(mapping.to_json(), encoding="utf-8")
        partial_path.replace(path)
    except OSError as exc:
        log.warning("Could not save the import mapping %s: %s", path, exc)


class ImportWizard(QDialog):
    """Three steps: the file, the columns with a preview, the check and the import."""

    imported = Signal(object)

    def __init__(self, db: Database, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import contacts"))
        self.db, self.data_dir = db, data_dir
        self.path: Path | None = None
        self.columns: list[str] = []
        self.report: ImportReport | None = None
        self.outcome: ImportReport | None = None
        self.runner = JobRunner(self, self.tr("Reading the file…"), self.tr("Cancel"))
        self.runner.done.connect(self._job_done)
        self.runner.failed.connect(self._job_failed)
        self.pending = ""
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setObjectName("importStep")
        layout.addWidget(self.step_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_step())
        self.stack.addWidget(self._mapping_step())
        self.stack.addWidget(self._report_step())
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.setObjectName("importBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._go(0)

    # --- steps -----------------------------------------------------------------------------

    def _file_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QLabel(
            self.tr(
                "Choose a table (CSV or Excel XLSX) or a vCard file (.vcf) exported from a "
                "phone, Outlook or Google Contacts. Nothing is changed until the last step."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("importFile")
        self.file_edit.setReadOnly(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("importChoose")
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _mapping_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QLabel(
            self.tr(
                "Which column of the file goes into which field. Recognised columns are "
                "chosen already; your choice is remembered for the next import."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        grid = QGridLayout()
        self.combos: dict[str, QComboBox] = {}
        for i, key in enumerate(FIELD_KEYS):
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[key] = combo
            name = QCoreApplication.translate("ImportWizard", FIELD_NAMES.get(key, key))
            grid.addWidget(QLabel(name + ":"), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        layout.addWidget(QLabel("<b>" + self.tr("Preview") + "</b>"))
        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("importPreview")
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Full name"),
                self.tr("Position"),
                self.tr("Outlet"),
                self.tr("Phones"),
                self.tr("E-mail"),
            ]
        )
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.preview, 1)
        return page

    def _report_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rejected_table = QTableWidget(0, 3)
        self.rejected_table.setObjectName("importRejected")
        self.rejected_table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Contact"), self.tr("Why it cannot be imported")]
        )
        self.rejected_table.verticalHeader().setVisible(False)
        self.rejected_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.rejected_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 240)
        header.setStretchLastSection(True)
        layout.addWidget(self.rejected_table, 1)
        self.skip_invalid = QCheckBox(self.tr("Skip the rows that cannot be imported"))
        self.skip_invalid.setObjectName("importSkipInvalid")
        self.skip_invalid.toggled.connect(self._update_buttons)
        layout.addWidget(self.skip_invalid)
        return page

    # --- navigation ------------------------------------------------------------------------

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        titles = (
            self.tr("Step 1 of 3: the file"),
            self.tr("Step 2 of 3: the columns"),
            self.tr("Step 3 of 3: check and import"),
        )
        self.step_label.setText(f"<b>{titles[step]}</b>")
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        self.back_button.setEnabled(step > 0)
        self.next_button.setText(self.tr("Import") if step == 2 else self.tr("Next >"))
        if step == 0:
            self.next_button.setEnabled(self.path is not None)
        elif step == 2:
            self.next_button.setEnabled(self.report is not None and self.outcome is None)
        else:
            self.next_button.setEnabled(True)

    @Slot()
    def back(self) -> None:
        """Go one step back."""
        step = self.stack.currentIndex()
        if step == 2 and self.path is not None and self.path.suffix.lower() == ".vcf":
            self._go(0)
        elif step > 0:
            self._go(step - 1)

    @Slot()
    def next(self) -> None:
        """Go on: read the columns, check the file, or import it."""
        step = self.stack.currentIndex()
        if step == 0:
            self.read_columns()
        elif step == 1:
            save_mapping(self.data_dir, self.mapping())
            self.check()
        else:
            self.start_import()

    @Slot()
    def choose_file(self) -> None:
        """Ask for the file to import."""
        path = dialogs.open_file(
            self,
            self.tr("Import contacts"),
            self.tr("Contact files (*.csv *.txt *.xlsx *.vcf)"),
            str(self.path or ""),
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Use ``path`` as the file to import."""
        self.path = path
        self.file_edit.setText(str(path))
        self.report = self.outcome = None
        self._update_buttons()

    def read_columns(self) -> None:
        """Find the file's columns and offer them for mapping (vCard needs none)."""
        if self.path is None:
            return
        if self.path.suffix.lower() == ".vcf":
            self.columns = []
            self.check()
            return
        try:
            detected, ignored = detect_columns(self.path)
        except ContactFileError as exc:
            self._cannot_read(exc)
            return
        self.columns = [*dict.fromkeys([*detected.values(), *ignored])]
        saved = load_mapping(self.data_dir)
        chosen = dict(detected)
        if saved is not None and set(saved.columns.values()) <= set(self.columns):
            chosen = dict(saved.columns)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), "")
            for title in self.columns:
                combo.addItem(title, title)
            combo.setCurrentIndex(max(combo.findData(chosen.get(key, "")), 0))
            combo.blockSignals(False)
        self._go(1)
        self._mapping_changed()

    def mapping(self) -> ImportMapping:
        """Return the column mapping chosen."""
        return ImportMapping(
            {key: str(c.currentData()) for key, c in self.combos.items() if c.currentData()}
        )

    @Slot()
    def _mapping_changed(self) -> None:
        if self.path is None or self.stack.currentIndex() != 1:
            return
        self.preview.setRowCount(0)
        try:
            candidates = preview_contacts(self.path, self.mapping(), PREVIEW_ROWS)
        except ContactFileError:
            return
        self.preview.setRowCount(len(candidates))
        for row, item in enumerate(candidates):
            position = [item.position_ky, item.position_ru, item.position]
            values = (
                item.full_name,
                " / ".join(dict.fromkeys(p for p in position if p)),
                item.outlet,
                "; ".join(p for p, _kind in item.phones),
                "; ".join(item.emails),
            )
            for column, text in enumerate(values):
                self.preview.setItem(row, column, QTableWidgetItem(text))

    # --- running ---------------------------------------------------------------------------

    def _import_args(self) -> tuple[Path, ImportMapping | None]:
        assert self.path is not None
        mapping = None if self.path.suffix.lower() == ".vcf" else self.mapping()
        return self.path, mapping

    def check(self) -> None:
        """Try the import without keeping anything, off the GUI thread."""
        path, mapping = self._import_args()
        self.pending = "check"

        def work(progress: Progress) -> ImportReport:
            return import_contacts(
                self.db, path, mapping=mapping, skip_invalid=True, dry_run=True, progress=progress
            )

        self.runner.text = self.tr("Checking the file…")
        self.runner.start(work, self.tr("Import contacts"))

    @Slot()
    def start_import(self) -> None:
        """Import for real, off the GUI thread; a cancel rolls everything back."""
        path, mapping = self._import_args()
        skip = self.skip_invalid.isChecked()
        self.pending = "import"
        self.runner.text = self.tr("Importing contacts…")
        self.runner.start(
            partial(self._run_import, path, mapping, skip), self.tr("Import contacts")
        )

    def _run_import(
        self, path: Path, mapping: ImportMapping | None, skip: bool, progress: Progress
    ) -> ImportReport:
        return import_contacts(self.db, path, mapping=mapping, skip_invalid=skip, progress=progress)

    @Slot(object)
    def _job_done(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        if self.pending == "check":
            self.show_report(result)
            return
        if result.cancelled:
            dialogs.info(
                self, self.tr("Import contacts"), self.tr("Import cancelled. Nothing was changed.")
            )
            return
        if result.refused:
            dialogs.warning(
                self,
                self.tr("Import contacts"),
                self.tr(
                    "Nothing was imported: {count} rows cannot be imported. Correct them in the "
                    "file, or tick “Skip the rows that cannot be imported”."
                ).format(count=len(result.rejected)),
            )
            return
        self.outcome = result
        self._update_buttons()
        self.imported.emit(result)
        dialogs.info(
            self,
            self.tr("Import contacts"),
            self.tr(
                "Imported. New: {created}, updated: {updated}, unchanged: {unchanged}, "
                "new outlets: {outlets}, skipped rows: {skipped}."
            ).format(
                created=result.created,
                updated=result.updated,
                unchanged=result.unchanged,
                outlets=result.outlets_created,
                skipped=len(result.rejected),
            ),
            "\n".join(problem_text(warning) for warning in result.warnings),
        )
        self.accept()

    @Slot(str)
    def _job_failed(self, _details: str) -> None:
        self._cannot_read(self.runner.error)

    def _cannot_read(self, exc: Exception | None) -> None:
        """Say why the file cannot be imported: in words of its own where there are some."""
        if isinstance(exc, ImportFileError):
            worded = file_problems.describe(exc)
        else:
            worded = error_text(exc) if isinstance(exc, UserError) else None
        dialogs.warning(
            self,
            self.tr("Import contacts"),
            worded or self.tr("The file cannot be read."),
            technical_details(exc),
        )

    def show_report(self, report: ImportReport) -> None:
        """Show what the import would do and every row that cannot be imported."""
        self.report = report
        self.outcome = None
        text = self.tr(
            "Rows in the file: {total}. New people: {created}, updated: {updated}, "
            "unchanged: {unchanged}, new outlets: {outlets}."
        ).format(
            total=report.total,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            outlets=report.outlets_created,
        )
        if report.rejected:
            text += " " + self.tr(
                "{count} rows cannot be imported. As it is, the file imports nothing; correct "
                "the rows, or tick the box below to import the rest."
            ).format(count=len(report.rejected))
        else:
            text += " " + self.tr("Every row can be imported.")
        self.summary.setText(text)
        self.rejected_table.setRowCount(len(report.rejected))
        for row, problem in enumerate(report.rejected):
            values = (
                str(problem.line),
                problem.summary,
                "; ".join(problem_text(reason) for reason in problem.reasons),
            )
            for column, value in enumerate(values):
                self.rejected_table.setItem(row, column, QTableWidgetItem(value))
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setVisible(bool(report.rejected))
        self._go(2)
