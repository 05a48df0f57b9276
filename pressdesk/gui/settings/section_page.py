"""The Settings section: what is configured now, with buttons to change it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.i18n import current_language, native_name
from pressdesk.gui.pages import CONTENT_MAX_WIDTH, bold_label, page_header
from pressdesk.gui.sections import SectionContext, section_by_key
from pressdesk.gui.settings.profile_page import scrolled_body
from pressdesk.services.profile import get_profile
from pressdesk.services.staff import list_staff
from pressdesk.settings import PDF_FONT, STALE_MONTHS, UI_LANGUAGE


class _Card(QFrame):
    """A titled panel with a few label/value rows and action buttons."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("settingsCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        heading = bold_label(title, 1.1)
        layout.addWidget(heading)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        layout.addLayout(self.button_row)
        self.values: dict[str, QLabel] = {}

    def add_row(self, key: str, label: str) -> None:
        value = QLabel()
        value.setObjectName(f"value_{key}")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values[key] = value
        self.form.addRow(label, value)

    def add_button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(signal)
        self.button_row.addWidget(button)
        return button

    def set(self, key: str, text: str, empty: str) -> None:
        self.values[key].setText(text or empty)


class SettingsSectionPage(QWidget):
    """Summarise the profile, staff, preferences and database; each card asks to change them."""

    profile_requested = Signal()
    staff_requested = Signal()
    preferences_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    open_database_requested = Signal()
    data_folder_requested = Signal()

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("page_settings")
        section = section_by_key("settings")
        assert section is not None

        layout = QVBoxLayout(scrolled_body(self))
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        layout.addWidget(page_header(section.icon, section.title, section.description))

        self.org = _Card(self.tr("Organisation"))
        self.org.add_row("name_ky", self.tr("Name in Kyrgyz:"))
        self.org.add_row("name_ru", self.tr("Name in Russian:"))
        self.org.add_row("head", self.tr("Head:"))
        self.org.add_row("secretary", self.tr("Press secretary:"))
        self.org.add_button(self.tr("Edit profile…"), self.profile_requested)

        self.staff = _Card(self.tr("Staff"))
        self.staff.add_row("count", self.tr("Staff members:"))
        self.staff.add_row("signatories", self.tr("Sign documents:"))
        self.staff.add_button(self.tr("Manage staff…"), self.staff_requested)

        self.prefs = _Card(self.tr("Preferences"))
        self.prefs.add_row("language", self.tr("Interface language:"))
        self.prefs.add_row("font", self.tr("PDF font:"))
        self.prefs.add_row("stale", self.tr("Check contacts every:"))
        self.prefs.add_button(self.tr("Change…"), self.preferences_requested)

        self.data = _Card(self.tr("Data"))
        self.data.add_row("database", self.tr("Database:"))
        self.data.add_row("backups", self.tr("Backups folder:"))
        self.data.add_button(self.tr("Open another…"), self.open_database_requested)
        self.data.add_button(self.tr("Back up…"), self.backup_requested)
        self.data.add_button(self.tr("Restore…"), self.restore_requested)

        cards = QWidget()
        cards.setMaximumWidth(CONTENT_MAX_WIDTH + 200)
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        grid.addWidget(self.org, 0, 0)
        grid.addWidget(self.staff, 0, 1)
        grid.addWidget(self.prefs, 1, 0)
        grid.addWidget(self.data, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(cards)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Read the profile, staff and preferences again."""
        runtime, db = self.context.runtime, self.context.db
        missing = self.tr("not filled in")
        profile = get_profile(db)
        self.org.set("name_ky", profile.name_ky, missing)
        self.org.set("name_ru", profile.name_ru, missing)
        self.org.set("head", profile.head_name, missing)
        self.org.set("secretary", profile.secretary_name, missing)

        staff = list_staff(db)
        active = [row for row in staff if row.active]
        self.staff.set(
            "count",
            self.tr("{active} working now, {total} in all").format(
                active=len(active), total=len(staff)
            ),
            "",
        )
        names = ", ".join(row.full_name for row in active if row.is_signatory)
        self.staff.set("signatories", names, self.tr("nobody yet"))

        settings = runtime.settings
        lang = settings.get(UI_LANGUAGE)
        self.prefs.set(
            "language",
            native_name(lang)
            if lang
            else self.tr("the system's ({language})").format(
                language=native_name(current_language())
            ),
            "",
        )
        self.prefs.set("font", settings.get(PDF_FONT), self.tr("found automatically"))
        self.prefs.set(
            "stale",
            self.tr("%n month(s)", "", settings.get(STALE_MONTHS)),
            "",
        )
        self.data.set("database", runtime.db_label, "")
        self.data.set("backups", str(runtime.paths.backup_dir), "")
