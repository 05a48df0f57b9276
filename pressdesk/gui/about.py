"""The About dialog: version, Qt, folders, log file and the password store in use."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk import APP_NAME, __version__, secrets
from pressdesk.gui import dialogs
from pressdesk.gui.icons import pixmap
from pressdesk.gui.pages import heading_label
from pressdesk.runtime import Runtime


class AboutDialog(QDialog):
    """Show what a support request needs to know about this installation."""

    def __init__(self, runtime: Runtime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About PressDesk"))

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        top = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(pixmap("pressdesk", 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(logo)
        titles = QVBoxLayout()
        titles.addWidget(heading_label(f"{APP_NAME} {__version__}"))
        tagline = QLabel(self.tr("The desk of a government body's press secretary."))
        tagline.setWordWrap(True)
        titles.addWidget(tagline)
        titles.addStretch(1)
        top.addLayout(titles, 1)
        layout.addLayout(top)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, str] = {}
        for key, label, value in self._facts():
            self.rows[key] = value
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            text.setObjectName(f"about_{key}")
            form.addRow(label, text)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        folder = QPushButton(self.tr("Open data folder"))
        folder.clicked.connect(self.open_data_folder)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _facts(self) -> list[tuple[str, str, str]]:
        paths = self.runtime.paths
        if secrets.is_available():
            store = self.tr("{backend} (secure)").format(backend=secrets.backend_name())
        else:
            store = self.tr(
                "{backend}: not secure, so PressDesk will not save passwords on this computer"
            ).format(backend=secrets.backend_name())
        return [
            ("version", self.tr("Version:"), __version__),
            ("qt", self.tr("Qt / PySide6:"), f"{qVersion()} / {PySide6.__version__}"),
            ("python", self.tr("Python:"), f"{platform.python_version()} ({platform.system()})"),
            ("data_dir", self.tr("Data folder:"), str(paths.data_dir)),
            ("database", self.tr("Database:"), self.runtime.db_label),
            ("log_file", self.tr("Log file:"), str(paths.log_file)),
            ("keyring", self.tr("Password store:"), store),
        ]

    def details_text(self) -> str:
        """Return the facts as plain text, one per line."""
        return "\n".join(f"{key}: {value}" for key, value in self.rows.items())

    @Slot()
    def copy_details(self) -> None:
        """Put the facts on the clipboard, for a support request."""
        QGuiApplication.clipboard().setText(f"{APP_NAME} {__version__}\n{self.details_text()}")

    @Slot()
    def open_data_folder(self) -> None:
        """Show the data folder in the file manager."""
        dialogs.open_folder(self.runtime.paths.data_dir)
