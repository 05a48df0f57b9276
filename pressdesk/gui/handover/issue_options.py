"""The act wizard's last step: file formats, the attached media base, other attached files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.pages import noted_column
from pressdesk.gui.widgets.record_page import button_row


class IssueOptions(QWidget):
    """What is written when the act is issued; ``changed`` when an annex is added or dropped."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = noted_column(
            self,
            self.tr(
                "An issued act cannot be changed: it is recorded with its content and the "
                "fingerprints of its files. To fix a mistake, issue a correction that replaces it."
            ),
        )
        self.want_docx = QCheckBox(self.tr("Text document (.docx)"))
        self.want_docx.setObjectName("handoverDocx")
        self.want_docx.setChecked(True)
        self.want_pdf = QCheckBox(self.tr("PDF document"))
        self.want_pdf.setObjectName("handoverPdf")
        self.want_pdf.setChecked(True)
        self.export_format = QComboBox()
        self.export_format.setObjectName("handoverExport")
        self.export_format.addItem(self.tr("Table as text (.csv)"), ".csv")
        self.export_format.addItem(self.tr("Spreadsheet (.xlsx)"), ".xlsx")
        self.export_format.addItem(self.tr("Do not attach"), "")
        self.export_format.currentIndexChanged.connect(self._changed)
        form = QFormLayout()
        form.addRow(self.want_docx)
        form.addRow(self.want_pdf)
        form.addRow(self.tr("Attached media contact base:"), self.export_format)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Other files attached to the act (each becomes a numbered annex):"))
        )
        self.attachments = QListWidget()
        self.attachments.setObjectName("handoverAttachments")
        self.attachments.setMaximumHeight(90)
        layout.addWidget(self.attachments)
        layout.addLayout(
            button_row(
                (self.tr("Attach a file…"), "handoverAttach", self.choose_attachment),
                (self.tr("Remove the file"), "handoverDetach", self.remove_attachment),
            )
        )
        self.issue_button = QPushButton(self.tr("Issue the act…"))
        self.issue_button.setObjectName("handoverIssue")
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.issue_button)
        issue_row.addStretch(1)
        layout.addLayout(issue_row)
        layout.addStretch(1)

    @Slot()
    def _changed(self) -> None:
        self.changed.emit()

    def media_export(self) -> str:
        """Return the chosen format of the attached media base ("" for none)."""
        return str(self.export_format.currentData() or "")

    def set_media_export(self, suffix: str) -> None:
        """Choose the media base format ``suffix`` ("" for none) without announcing it."""
        self.export_format.blockSignals(True)
        self.export_format.setCurrentIndex(max(self.export_format.findData(suffix), 0))
        self.export_format.blockSignals(False)

    def files(self) -> list[str]:
        """Return the files to attach, in order."""
        return [self.attachments.item(i).text() for i in range(self.attachments.count())]

    def set_files(self, files: list[str]) -> None:
        """Show ``files`` as the files to attach."""
        self.attachments.clear()
        self.attachments.addItems(files)

    def add_file(self, path: Path) -> None:
        """Attach ``path`` (once)."""
        if str(path) not in self.files():
            self.attachments.addItem(str(path))
            self.changed.emit()

    @Slot()
    def choose_attachment(self) -> None:
        """Ask for a file to attach to the act."""
        chosen = dialogs.open_file(
            self, self.tr("Attach a file to the act"), self.tr("All files (*)"), Path.home()
        )
        if chosen is not None:
            self.add_file(chosen)

    @Slot()
    def remove_attachment(self) -> None:
        """Drop the selected file from the annexes."""
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.takeItem(row)
            self.changed.emit()
