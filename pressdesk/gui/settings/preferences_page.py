"""Preferences: interface language, the PDF font, the reminder periods, backups and the term
of an answer to a written request."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.i18n import SUPPORTED, current_language, native_name
from pressdesk.settings import (
    APPROVAL_WAIT_DAYS,
    BACKUP_INTERVAL_DAYS,
    BACKUP_KEEP,
    BACKUP_SECOND_FOLDER,
    INQUIRY_TERM_DAYS,
    INQUIRY_TERM_WORKING,
    PDF_FONT,
    STALE_MONTHS,
    UI_LANGUAGE,
    Settings,
)

log = logging.getLogger(__name__)


def _stacked(field: QWidget | QHBoxLayout, note: QLabel) -> QWidget:
    """Return ``field`` with an explanatory ``note`` under it, as one form field."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    if isinstance(field, QWidget):
        column.addWidget(field)
    else:
        column.addLayout(field)
    column.addWidget(note)
    return box


class PreferencesPage(QWidget):
    """Edit the user preferences; :meth:`save` writes them to the settings file."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("PreferencesPage")

        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        self.language.addItem(self.tr("The system's language"), "")
        for lang in SUPPORTED:
            self.language.addItem(native_name(lang), lang)
        self.language_note = QLabel(
            self.tr("A new interface language is used after PressDesk is restarted.")
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)

        self.font_path = QLineEdit()
        self.font_path.setObjectName("pdfFont")
        self.font_path.setPlaceholderText(self.tr("Found automatically"))
        self.font_path.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_font)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("checkFont")
        self.check_button.clicked.connect(self.check_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_path, 1)
        font_row.addWidget(browse)
        font_row.addWidget(self.check_button)
        self.font_result = QLabel(
            self.tr(
                "PDF files need a font with the Kyrgyz letters ң, ө, ү. Leave the field empty "
                "to let PressDesk find one."
            )
        )
        self.font_result.setObjectName("fontResult")
        self.font_result.setWordWrap(True)
        self.font_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stale_months = QSpinBox()
        self.stale_months.setObjectName("staleMonths")
        self.stale_months.setRange(1, 120)
        self.stale_months.setSuffix(self.tr(" months"))
        self.approval_days = QSpinBox()
        self.approval_days.setObjectName("approvalDays")
        self.approval_days.setRange(1, 90)
        self.approval_days.setSuffix(self.tr(" days"))
        self.backup_days = QSpinBox()
        self.backup_days.setObjectName("backupDays")
        self.backup_days.setRange(0, 90)
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.setSpecialValueText(self.tr("never"))
        self.backup_keep = QSpinBox()
        self.backup_keep.setObjectName("backupKeep")
        self.backup_keep.setRange(1, 365)
        self.backup_folder = QLineEdit()
        self.backup_folder.setObjectName("backupFolder")
        self.backup_folder.setPlaceholderText(self.tr("None: only the data folder's backups"))
        self.backup_folder.setClearButtonEnabled(True)
        choose_folder = QPushButton(self.tr("Choose…"))
        choose_folder.clicked.connect(self.choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(choose_folder)
        backup_note = QLabel(
            self.tr(
                "At start, PressDesk copies the database when the last automatic copy is older "
                "than this, checks the copy and keeps the newest ones. A second folder on a USB "
                "stick or a network share keeps the base safe if this computer fails."
            )
        )
        backup_note.setWordWrap(True)
        self.term_days = QSpinBox()
        self.term_days.setObjectName("inquiryTermDays")
        self.term_days.setRange(1, 90)
        self.term_kind = QComboBox()
        self.term_kind.setObjectName("inquiryTermKind")
        self.term_kind.addItem(self.tr("calendar days"), False)
        self.term_kind.addItem(self.tr("working days"), True)
        term_row = QHBoxLayout()
        term_row.addWidget(self.term_days)
        term_row.addWidget(self.term_kind)
        term_row.addStretch(1)
        term_note = QLabel(
            self.tr(
                "The term set by law for answering a journalist's written request. It is "
                "counted from the day after the request arrived; a term in calendar days that "
                "ends on a day off moves to the next working day. Holidays come from the "
                "content plan's calendar."
            )
        )
        term_note.setObjectName("inquiryTermNote")
        term_note.setWordWrap(True)
        for spin in (
            self.stale_months,
            self.approval_days,
            self.backup_days,
            self.backup_keep,
            self.term_days,
        ):
            spin.setMinimumWidth(120)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Interface language:"), _stacked(self.language, self.language_note))
        form.addRow(self.tr("PDF font file:"), _stacked(font_row, self.font_result))
        form.addRow(self.tr("Remind to check a contact after:"), self.stale_months)
        form.addRow(self.tr("Remind about an approval after:"), self.approval_days)
        form.addRow(self.tr("Back up automatically every:"), self.backup_days)
        form.addRow(self.tr("Automatic backups to keep:"), self.backup_keep)
        form.addRow(self.tr("Second backup folder:"), _stacked(folder_row, backup_note))
        form.addRow(self.tr("Answer to a written request within:"), _stacked(term_row, term_note))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(form)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        """Show the stored preferences."""
        index = self.language.findData(self.settings.get(UI_LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))
        self.font_path.setText(self.settings.get(PDF_FONT))
        self.stale_months.setValue(self.settings.get(STALE_MONTHS))
        self.approval_days.setValue(self.settings.get(APPROVAL_WAIT_DAYS))
        self.backup_days.setValue(self.settings.get(BACKUP_INTERVAL_DAYS))
        self.backup_keep.setValue(self.settings.get(BACKUP_KEEP))
        self.backup_folder.setText(self.settings.get(BACKUP_SECOND_FOLDER))
        self.term_days.setValue(self.settings.get(INQUIRY_TERM_DAYS))
        self.term_kind.setCurrentIndex(1 if self.settings.get(INQUIRY_TERM_WORKING) else 0)

    def is_modified(self) -> bool:
        """Return True if the form differs from the stored preferences."""
        return (
            self.language.currentData() != self.settings.get(UI_LANGUAGE)
            or self.font_path.text().strip() != self.settings.get(PDF_FONT)
            or self.stale_months.value() != self.settings.get(STALE_MONTHS)
            or self.approval_days.value() != self.settings.get(APPROVAL_WAIT_DAYS)
            or self.backup_days.value() != self.settings.get(BACKUP_INTERVAL_DAYS)
            or self.backup_keep.value() != self.settings.get(BACKUP_KEEP)
            or self.backup_folder.text().strip() != self.settings.get(BACKUP_SECOND_FOLDER)
            or self.term_days.value() != self.settings.get(INQUIRY_TERM_DAYS)
            or bool(self.term_kind.currentData()) != self.settings.get(INQUIRY_TERM_WORKING)
        )

    def language_changed(self) -> bool:
        """Return True if the chosen language differs from the one in use."""
        chosen = str(self.language.currentData())
        return bool(chosen) and chosen != current_language()

    def save(self) -> None:
        """Write the preferences to the settings file."""
        self.settings.set(UI_LANGUAGE, str(self.language.currentData()))
        self.settings.set(PDF_FONT, self.font_path.text().strip())
        self.settings.set(STALE_MONTHS, self.stale_months.value())
        self.settings.set(APPROVAL_WAIT_DAYS, self.approval_days.value())
        self.settings.set(BACKUP_INTERVAL_DAYS, self.backup_days.value())
        self.settings.set(BACKUP_KEEP, self.backup_keep.value())
        self.settings.set(BACKUP_SECOND_FOLDER, self.backup_folder.text().strip())
        self.settings.set(INQUIRY_TERM_DAYS, self.term_days.value())
        self.settings.set(INQUIRY_TERM_WORKING, bool(self.term_kind.currentData()))

    @Slot()
    def choose_backup_folder(self) -> None:
        """Let the user pick a second folder for automatic backups."""
        current = self.backup_folder.text().strip()
        folder = dialogs.choose_folder(
            self, self.tr("Choose a second folder for backups"), current or str(Path.home())
        )
        if folder is not None:
            self.backup_folder.setText(str(folder))

    @Slot()
    def choose_font(self) -> None:
        """Let the user pick a TrueType font file."""
        current = self.font_path.text().strip()
        path = dialogs.open_file(
            self,
            self.tr("Choose a font for PDF files"),
            self.tr("TrueType fonts (*.ttf *.otf *.ttc);;All files (*)"),
            Path(current).parent if current else Path.home(),
        )
        if path is not None:
            self.font_path.setText(str(path))
            self.check_font()

    @Slot()
    def check_font(self) -> None:
        """Say which font PDF files will use with the file chosen (or found automatically)."""
        try:
            from pressdesk.documents.fonts import FontNotFoundError, find_font
        except ImportError as exc:
            log.info("PDF font check unavailable: %s", exc)
            self.font_result.setText(self.tr("The font check is not available in this version."))
            return
        chosen = self.font_path.text().strip()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fonts = find_font(chosen or None)
        except FontNotFoundError as exc:
            log.info("No PDF font found: %s", exc)
            self.font_result.setText(
                self.tr(
                    "No suitable font was found: neither the chosen file nor a font in the "
                    "system font folders has the Kyrgyz letters ң, ө and ү. Install DejaVu Sans "
                    "or choose another TrueType font file."
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if chosen and Path(fonts.regular).resolve() != Path(chosen).expanduser().resolve():
            text = self.tr(
                "This file cannot be used (it lacks letters or is not a TrueType font); "
                "PDF files will use {family} instead:\n{path}"
            )
        else:
            text = self.tr("PDF files will use {family}:\n{path}")
        self.font_result.setText(text.format(family=fonts.family, path=fonts.regular))
