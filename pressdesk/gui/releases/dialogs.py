"""The section's dialogs: an approval step (who, comment), the differences between versions,
the channel texts with their limits, and the release's documents through the export block."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pressdesk.documents import Document, render_html
from pressdesk.gui.messages import error_text
from pressdesk.gui.releases.labels import channel_name, status_name
from pressdesk.gui.widgets.ask_dialog import AskDialog
from pressdesk.gui.widgets.bilingual import language_name
from pressdesk.gui.widgets.export import ExportDialog, Writer
from pressdesk.messages import UserError
from pressdesk.services.profile import acting_name, get_profile
from pressdesk.services.releases.channels import channel_texts
from pressdesk.services.releases.printing import (
    approval_sheet_document,
    export_approval_sheet,
    export_release,
    release_document,
)
from pressdesk.services.releases.reading import version_diff
from pressdesk.services.releases.records import ReleaseRow
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database

translate = QCoreApplication.translate


def _language_combo(name: str, lang: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for code in ("ky", "ru"):
        combo.addItem(language_name(code), code)
    combo.setCurrentIndex(max(combo.findData(lang), 0))
    return combo


class StepDialog(AskDialog):
    """Ask who takes an approval step and, to return a release, what to change."""

    def __init__(self, db: Database, row: ReleaseRow, status: str, parent: QWidget | None) -> None:
        super().__init__("releaseStepDialog", parent)
        assert self.form is not None
        self.status = status
        profile = get_profile(db)
        head_side = status in ("approved", "returned")
        self.who = QComboBox()
        self.who.setObjectName("stepWho")
        self.who.setEditable(True)
        default = profile.head_name if head_side else acting_name(db)
        for member in list_staff(db, active_only=True):
            self.who.addItem(member.full_name, member.id)
            if head_side and member.is_signatory:
                default = member.full_name
        self.who.setEditText(default)
        self.form.addRow(
            QLabel(
                translate("ReleaseStepDialog", "Release {number}: {old} → {new}").format(
                    number=row.label, old=status_name(row.status), new=status_name(status)
                )
            )
        )
        self.form.addRow(translate("ReleaseStepDialog", "Who:"), self.who)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("stepComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 4 + 12)
        if status == "returned":
            self.comment.setPlaceholderText(
                translate("ReleaseStepDialog", "What the head asks to change (required)")
            )
        self.form.addRow(translate("ReleaseStepDialog", "Comment:"), self.comment)
        if status == "approved":
            note = QLabel(
                translate(
                    "ReleaseStepDialog",
                    "The text is kept as version {version}; a later change makes a new version "
                    "that needs approval again.",
                ).format(version=row.version)
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        texts = {
            "sent": translate("ReleaseStepDialog", "Send for approval"),
            "returned": translate("ReleaseStepDialog", "Return"),
            "approved": translate("ReleaseStepDialog", "Approve"),
            "draft": translate("ReleaseStepDialog", "Back to draft"),
            "distributed": translate("ReleaseStepDialog", "Mark as sent out"),
        }
        self.finish(translate("ReleaseStepDialog", "Approval step"), texts[status], 480)

    def values(self) -> tuple[int | None, str, str]:
        """Return the staff id (None for a name typed in), the name and the comment."""
        name = self.who.currentText().strip()
        index = self.who.findText(name)
        staff_id = self.who.itemData(index) if index >= 0 else None
        return staff_id, ("" if staff_id is not None else name), self.comment.toPlainText()


class DiffDialog(QDialog):
    """Show what changed between two approved versions, or a version and the current text."""

    def __init__(self, db: Database, row: ReleaseRow, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseDiffDialog")
        self.setWindowTitle(
            translate("ReleaseDiffDialog", "Release {number}: changes between versions").format(
                number=row.label
            )
        )
        self.db, self.row = db, row
        self.old = QComboBox()
        self.old.setObjectName("diffOld")
        self.new = QComboBox()
        self.new.setObjectName("diffNew")
        for version in row.versions:
            self.old.addItem(f"v{version.number}", version.number)
            self.new.addItem(f"v{version.number}", version.number)
        if not any(v.number == row.version for v in row.versions):
            self.new.addItem(
                translate("ReleaseDiffDialog", "v{number} (being written)").format(
                    number=row.version
                ),
                None,
            )
        # By default the latest change: the last approved version against the text after it,
        # or the version before it.
        drafting = self.new.count() > self.old.count()
        self.old.setCurrentIndex(max(self.old.count() - (1 if drafting else 2), 0))
        self.new.setCurrentIndex(self.new.count() - 1)
        self.language = _language_combo("diffLanguage", lang)
        choose = QHBoxLayout()
        for label, widget in (
            (translate("ReleaseDiffDialog", "From:"), self.old),
            (translate("ReleaseDiffDialog", "To:"), self.new),
            (translate("ReleaseDiffDialog", "Language:"), self.language),
        ):
            choose.addWidget(QLabel(label))
            choose.addWidget(widget)
        choose.addStretch(1)
        self.view = QTextBrowser()
        self.view.setObjectName("diffView")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("ReleaseDiffDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        for combo in (self.old, self.new, self.language):
            combo.currentIndexChanged.connect(self.refresh)
        self.resize(820, 560)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show the differences: removed lines struck and red, added lines green."""
        try:
            diff = version_diff(
                self.db,
                self.row.id,
                int(self.old.currentData()),
                self.new.currentData(),
                lang=str(self.language.currentData()),
            )
        except UserError as exc:
            self.view.setPlainText(error_text(exc))
            return
        lines = diff.splitlines()[2:]  # the file names of a unified diff say nothing here
        if not any(line[:1] in "+-" for line in lines):
            self.view.setPlainText(translate("ReleaseDiffDialog", "The texts are the same."))
            return
        parts: list[str] = []
        for line in lines:
            text = html.escape(line[1:]) or "&nbsp;"
            if line.startswith("@@"):
                parts.append("<hr>")
            elif line.startswith("-"):
                parts.append(f'<p style="background:#fdecea;color:#8a1c1c"><s>{text}</s></p>')
            elif line.startswith("+"):
                parts.append(f'<p style="background:#e6f4ea;color:#14532d">{text}</p>')
            else:
                parts.append(f'<p style="color:#555">{text}</p>')
        self.view.setHtml("".join(parts))


class ChannelsDialog(QDialog):
    """The release's texts for the website and social networks, with length, limit and Copy."""

    def __init__(self, db: Database, row: ReleaseRow, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseChannelsDialog")
        self.setWindowTitle(
            translate("ReleaseChannelsDialog", "Release {number}: texts for channels").format(
                number=row.label
            )
        )
        self.db, self.row = db, row
        self.language = _language_combo("channelsLanguage", lang)
        self.language.currentIndexChanged.connect(self.refresh)
        top = QFormLayout()
        top.addRow(translate("ReleaseChannelsDialog", "Language:"), self.language)
        self.note = QLabel()
        self.note.setObjectName("channelsNote")
        self.note.setWordWrap(True)
        if row.status not in ("approved", "distributed"):
            self.note.setText(
                translate(
                    "ReleaseChannelsDialog",
                    "The release is not approved yet: publish these texts only after approval.",
                )
            )
        self.note.setVisible(bool(self.note.text()))
        self.grid = QGridLayout()
        self.texts: dict[str, QPlainTextEdit] = {}
        self.lengths: dict[str, QLabel] = {}
        self.copies: dict[str, QPushButton] = {}
        for number, channel in enumerate(("website", "facebook", "instagram", "telegram")):
            name = QLabel(f"<b>{channel_name(channel)}</b>")
            length = QLabel()
            length.setObjectName(f"channelLength_{channel}")
            copy = QPushButton(translate("ReleaseChannelsDialog", "Copy"))
            copy.setObjectName(f"channelCopy_{channel}")
            copy.clicked.connect(lambda _checked=False, c=channel: self.copy(c))
            text = QPlainTextEdit()
            text.setObjectName(f"channelText_{channel}")
            text.setReadOnly(True)
            head = QHBoxLayout()
            head.addWidget(name)
            head.addWidget(length, 1)
            head.addWidget(copy)
            cell = QVBoxLayout()
            cell.addLayout(head)
            cell.addWidget(text, 1)
            self.grid.addLayout(cell, number // 2, number % 2)
            self.texts[channel], self.lengths[channel], self.copies[channel] = text, length, copy
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("ReleaseChannelsDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(self.grid, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show the texts in the chosen language, each with its length against the limit."""
        try:
            items = channel_texts(self.db, self.row.id, str(self.language.currentData()))
        except UserError as exc:
            for channel in self.texts:
                self.texts[channel].setPlainText(error_text(exc))
                self.lengths[channel].setText("")
                self.copies[channel].setEnabled(False)
            return
        for item in items:
            self.texts[item.channel].setPlainText(item.text)
            self.copies[item.channel].setEnabled(True)
            if item.limit is None:
                shown = translate("ReleaseChannelsDialog", "{length} characters, no limit")
            else:
                shown = translate("ReleaseChannelsDialog", "{length} of {limit} characters")
            label = self.lengths[item.channel]
            label.setText(shown.format(length=item.length, limit=item.limit))
            label.setStyleSheet("" if item.fits else "QLabel { color: #b3261e; }")

    def copy(self, channel: str) -> None:
        """Put the channel's text on the clipboard."""
        QGuiApplication.clipboard().setText(self.texts[channel].toPlainText())


class ReleaseExportDialog(ExportDialog):
    """Preview the release or its approval sheet in a language, and save it as PDF or Word."""

    def __init__(
        self,
        db: Database,
        row: ReleaseRow,
        document: str,
        font: str | None,
        parent: QWidget | None = None,
    ) -> None:
        titles = {
            "release": translate("ReleaseExportDialog", "Export the press release"),
            "sheet": translate("ReleaseExportDialog", "Export the approval sheet"),
        }
        super().__init__(
            titles[document],
            [".pdf", ".docx"],
            get_profile(db).default_doc_lang,
            parent,
            preview=True,
        )
        self.setObjectName("releaseExportDialog")
        self.db, self.release_id, self.document, self.font_path = db, row.id, document, font
        stem = "release" if document == "release" else "approval-sheet"
        self.stem = f"{stem}-{row.number}-{row.year}"
        self.resize(900, 640)
        self.update_preview()

    def _document(self) -> Document:
        if self.document == "release":
            return release_document(self.db, self.release_id, lang=self.lang)
        return approval_sheet_document(self.db, self.release_id, lang=self.lang)

    def preview_html(self) -> str:
        """Return the chosen document as it will print."""
        try:
            html_text = render_html(self._document())
        except UserError as exc:
            self.save_button.setEnabled(False)
            return html.escape(error_text(exc))
        self.save_button.setEnabled(True)
        return html_text

    def files(self, path: Path) -> list[tuple[Writer, Path]]:
        """Return the one document to write."""
        db, release_id, lang, font = self.db, self.release_id, self.lang, self.font_path
        if self.document == "release":
            return [(lambda p: export_release(db, release_id, p, lang=lang, font_path=font), path)]
        return [
            (lambda p: export_approval_sheet(db, release_id, p, lang=lang, font_path=font), path)
        ]
