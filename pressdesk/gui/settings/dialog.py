"""The settings dialog: organisation profile, staff and preferences on tabs."""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.settings.preferences_page import PreferencesPage
from pressdesk.gui.settings.profile_page import ProfilePage
from pressdesk.gui.settings.staff_page import StaffPage
from pressdesk.runtime import Runtime
from pressdesk.services.profile import ProfileError, get_profile
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

TABS = ("profile", "staff", "preferences")


class SettingsDialog(QDialog):
    """Edit the profile, staff and preferences; a refused save keeps the dialog and the input."""

    def __init__(
        self, runtime: Runtime, db: Database, tab: str = "profile", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.db = db
        #: True once anything was saved, so the window knows to refresh its pages.
        self.changed = False
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        self.profile_page = ProfilePage()
        self.profile_page.load(get_profile(db))
        self.staff_page = StaffPage(db)
        self.staff_page.changed.connect(self._mark_changed)
        self.preferences_page = PreferencesPage(runtime.settings)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile_page, self.tr("Organisation"))
        self.tabs.addTab(self.staff_page, self.tr("Staff"))
        self.tabs.addTab(self.preferences_page, self.tr("Preferences"))
        self.show_tab(tab)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 640)

    def show_tab(self, tab: str) -> None:
        """Bring the tab ``tab`` (profile, staff or preferences) to the front."""
        self.tabs.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)

    @Slot()
    def _mark_changed(self) -> None:
        self.changed = True

    @Slot()
    def apply(self) -> bool:
        """Save the profile and preferences; return False (dialog unchanged) if refused."""
        if self.profile_page.is_modified():
            heading = self.tr("The profile was not saved")
            try:
                saved = self.profile_page.save_to(self.db, heading)
            except ProfileError as exc:
                self.show_tab("profile")
                dialogs.warning(
                    self,
                    heading,
                    self.tr("Please correct the following and save again:")
                    + "\n\n"
                    + error_text(exc),
                )
                return False
            if saved is None:  # a colleague's change meanwhile, shown or still to be weighed
                self.show_tab("profile")
                return False
            self.changed = True
            log.info("Organisation profile saved")
        if self.preferences_page.is_modified():
            language_changed = self.preferences_page.language_changed()
            try:
                self.preferences_page.save()
            except OSError as exc:
                log.warning("Preferences not saved: %s", exc)
                self.show_tab("preferences")
                dialogs.error(
                    self,
                    self.tr("The preferences were not saved"),
                    self.tr("The settings file could not be written: {error}").format(
                        error=exc.strerror or exc
                    ),
                )
                return False
            self.changed = True
            if language_changed:
                dialogs.info(
                    self,
                    self.tr("Interface language"),
                    self.tr("The new language will be used the next time PressDesk starts."),
                )
        return True

    def accept(self) -> None:
        """Save and close; stay open if something was refused."""
        if self.apply():
            super().accept()

    def reject(self) -> None:
        """Close without saving, after asking if there are unsaved changes."""
        if (
            self.profile_page.is_modified() or self.preferences_page.is_modified()
        ) and not dialogs.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Close the settings without saving your changes?"),
            yes=self.tr("Discard changes"),
            no=self.tr("Keep editing"),
        ):
            return
        super().reject()
