"""The organisation profile form: names and titles in Kyrgyz and Russian side by side."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.widgets.conflict import ask_changed_meanwhile
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.profile import (
    LOGO_MAX_BYTES,
    LOGO_MIME_BY_SUFFIX,
    LOGO_TYPES,
    OrgProfile,
    get_profile,
    save_profile,
)
from pressdesk.storage.engine import Database

_LOGO_FORMAT = {"image/png": "PNG", "image/jpeg": "JPG", "image/svg+xml": "SVG"}
_LOGO_PREVIEW = 96

# Form rows in order; those in _BILINGUAL get a Kyrgyz and a Russian field side by side.
_TEXT_FIELDS = (
    "name",
    "short_name",
    "address",
    "place",
    "phone",
    "email",
    "website",
    "head_name",
    "head_title",
    "secretary_name",
    "secretary_title",
)
_BILINGUAL = {"name", "short_name", "address", "place", "head_title", "secretary_title"}


def scrolled_body(page: QWidget) -> QWidget:
    """Fill ``page`` with a frameless scroll area and return the widget it scrolls."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    return body


class ProfilePage(QWidget):
    """Edit every field of :class:`OrgProfile`; :meth:`profile` returns what the form holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfilePage")
        self._logo: bytes | None = None
        self._logo_mime = ""
        self._loaded = OrgProfile()
        self.edits: dict[str, QLineEdit] = {}

        grid = QGridLayout(scrolled_body(self))
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(7)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        labels = {
            "name": self.tr("Full name:"),
            "short_name": self.tr("Short name:"),
            "address": self.tr("Address:"),
            "place": self.tr("Place of drafting documents:"),
            "phone": self.tr("Phone:"),
            "email": self.tr("E-mail:"),
            "website": self.tr("Website:"),
            "head_name": self.tr("Head (full name):"),
            "head_title": self.tr("Head's title:"),
            "secretary_name": self.tr("Press secretary (full name):"),
            "secretary_title": self.tr("Press secretary's title:"),
        }
        placeholders = {
            "place_ky": "Бишкек ш.",
            "place_ru": "г. Бишкек",
            "phone": "+996 312 00-00-00",
            "email": "press@example.kg",
            "website": "https://",
        }
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in ((1, self.tr("In Kyrgyz")), (2, self.tr("In Russian"))):
            header = QLabel(text)
            header.setFont(bold)
            grid.addWidget(header, 0, column)

        #: Each field of the profile with the form's name for it, for naming a colleague's change.
        self.labels: dict[str, str] = {}
        row = 1
        for name in _TEXT_FIELDS:
            grid.addWidget(QLabel(labels[name]), row, 0)
            if name in _BILINGUAL:
                for column, lang in ((1, "ky"), (2, "ru")):
                    self.labels[f"{name}_{lang}"] = labels[name].rstrip(":")
                    edit = self._edit(f"{name}_{lang}")
                    grid.addWidget(edit, row, column)
                    edit.setPlaceholderText(placeholders.get(f"{name}_{lang}", ""))
            else:
                self.labels[name] = labels[name].rstrip(":")
                edit = self._edit(name)
                edit.setPlaceholderText(placeholders.get(name, ""))
                grid.addWidget(edit, row, 1, 1, 2)
            row += 1
            if name in {"place", "website", "head_title"}:
                grid.setRowMinimumHeight(row, 10)
                row += 1

        self.labels["default_doc_lang"] = self.tr("Documents are made in:").rstrip(":")
        self.labels["logo"] = self.tr("Logo or emblem:").rstrip(":")
        grid.addWidget(QLabel(self.tr("Documents are made in:")), row, 0)
        self.doc_lang = QComboBox()
        self.doc_lang.setObjectName("default_doc_lang")
        self.doc_lang.addItem(self.tr("Kyrgyz"), "ky")
        self.doc_lang.addItem(self.tr("Russian"), "ru")
        grid.addWidget(self.doc_lang, row, 1)
        row += 1

        grid.addWidget(QLabel(self.tr("Logo or emblem:")), row, 0, Qt.AlignmentFlag.AlignTop)
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(_LOGO_PREVIEW + 8, _LOGO_PREVIEW + 8)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button = QPushButton(self.tr("Remove"))
        self.clear_logo_button.clicked.connect(self.clear_logo)
        logo_buttons.addWidget(self.choose_logo_button, 0, Qt.AlignmentFlag.AlignLeft)
        logo_buttons.addWidget(self.clear_logo_button, 0, Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(self.tr("PNG, JPEG or SVG, up to 2 MB."))
        hint.setProperty("hint", True)
        logo_buttons.addWidget(hint)
        logo_buttons.addStretch(1)
        logo_row.addSpacing(6)
        logo_row.addLayout(logo_buttons, 1)
        grid.addLayout(logo_row, row, 1, 1, 2)
        grid.setRowStretch(row + 1, 1)
        self._show_logo()

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        self.edits[name] = edit
        return edit

    def load(self, profile: OrgProfile) -> None:
        """Show ``profile`` in the form."""
        self._loaded = profile
        for name, edit in self.edits.items():
            edit.setText(getattr(profile, name))
            # Long names should show their beginning, not their end.
            edit.setCursorPosition(0)
        index = self.doc_lang.findData(profile.default_doc_lang)
        self.doc_lang.setCurrentIndex(max(index, 0))
        self._logo, self._logo_mime = profile.logo, profile.logo_mime
        self._show_logo()

    def profile(self) -> OrgProfile:
        """Return the profile as the form holds it now."""
        # Text fields only; typed loosely as the profile's other fields are not all texts.
        texts: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        return replace(
            self._loaded,
            **texts,
            default_doc_lang=str(self.doc_lang.currentData()),
            logo=self._logo,
            logo_mime=self._logo_mime if self._logo else "",
        )

    def is_modified(self) -> bool:
        """Return True if the form differs from the profile last loaded."""
        return self.profile() != self._loaded

    def save_to(self, db: Database, heading: str) -> OrgProfile | None:
        """Save the form and show what was saved; None if nothing was.

        A profile a colleague saved after it was loaded here is not overwritten unasked: the
        changed fields are named under ``heading`` and the user sees their version (None),
        saves over it, or goes back to editing (None). ProfileError passes to the caller.
        """
        try:
            saved = save_profile(db, self.profile())
        except ChangedMeanwhile:
            stored = get_profile(db)
            answer = ask_changed_meanwhile(self, heading, self._loaded, stored, self.labels)
            if answer == "theirs":
                self.load(stored)
            elif answer == "mine":
                self._loaded = replace(self._loaded, row_version=stored.row_version)
                return self.save_to(db, heading)
            return None
        self.load(saved)
        return saved

    @Slot()
    def choose_logo(self) -> None:
        """Let the user pick an image file for the logo."""
        path = dialogs.open_file(
            self,
            self.tr("Choose the logo"),
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
            Path.home(),
        )
        if path is not None:
            self.set_logo_file(path)

    def set_logo_file(self, path: Path) -> bool:
        """Use the image at ``path`` as the logo; explain and return False if it cannot be."""
        mime = LOGO_MIME_BY_SUFFIX.get(path.suffix.lower(), "")
        problem = ""
        data = b""
        if mime not in LOGO_TYPES:
            problem = self.tr("The logo must be a PNG, JPEG or SVG image.")
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:
                problem = self.tr("The file cannot be read: {error}").format(error=exc.strerror)
        if not problem and len(data) > LOGO_MAX_BYTES:
            problem = self.tr("The logo is larger than 2 MB; use a smaller image.")
        if not problem and self._logo_pixmap(data, mime).isNull():
            problem = self.tr("The file is not an image PressDesk can show.")
        if problem:
            dialogs.warning(self, self.tr("Logo not used"), problem)
            return False
        self._logo, self._logo_mime = data, mime
        self._show_logo()
        return True

    @Slot()
    def clear_logo(self) -> None:
        """Remove the logo."""
        self._logo, self._logo_mime = None, ""
        self._show_logo()

    @staticmethod
    def _logo_pixmap(data: bytes, mime: str) -> QPixmap:
        picture = QPixmap()
        picture.loadFromData(QByteArray(data), _LOGO_FORMAT.get(mime))
        return picture

    def _show_logo(self) -> None:
        picture = self._logo_pixmap(self._logo, self._logo_mime) if self._logo else QPixmap()
        if picture.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(
                picture.scaled(
                    _LOGO_PREVIEW,
                    _LOGO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.clear_logo_button.setEnabled(self._logo is not None)
