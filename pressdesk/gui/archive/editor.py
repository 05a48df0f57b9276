"""The archive set editor: what the set is, when it was made and where it is kept."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.archive import model as labels
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import (
    AssetEditor,
    OptionalDateEdit,
    PersonField,
    bi_field,
    code_combo,
)
from pressdesk.services.archive.records import (
    MAX_SHEETS,
    ArchiveRow,
    get_archive_set,
    save_archive_set,
)
from pressdesk.storage.assets_models import ARCHIVE_KINDS
from pressdesk.storage.engine import Database

_GB = 1024**3


def choose_folder(parent: QWidget, title: str, start: str) -> str | None:
    """Let the user choose a folder; return its path, or None if cancelled."""
    chooser = QFileDialog(parent, title, start)
    chooser.setObjectName("folderChooser")
    chooser.setFileMode(QFileDialog.FileMode.Directory)
    chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
    try:
        if not dialogs.run_dialog(chooser):
            return None
        chosen = chooser.selectedFiles()
        return chosen[0] if chosen else None
    finally:
        chooser.deleteLater()


class ArchiveEditDialog(AssetEditor):
    """Edit one archive set; Save stores it through the services or explains why not."""

    TITLES = (
        QT_TRANSLATE_NOOP("ArchiveEditDialog", "New archive set"),
        QT_TRANSLATE_NOOP("ArchiveEditDialog", "Archive set"),
    )
    LABELS = labels.field_labels

    saved: ArchiveRow | None

    def __init__(self, db: Database, row: ArchiveRow, parent: QWidget | None = None) -> None:
        super().__init__(db, row.id is None, parent)
        self.row = row

        self.title = bi_field("archiveTitle", Bi(), 500)
        self.kind = code_combo(ARCHIVE_KINDS, labels.kind)
        self.taken_on = OptionalDateEdit()
        self.event_edit = QLineEdit()
        self.event_edit.setPlaceholderText(self.tr("For example: press conference on the harvest"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("A folder on this computer or the network"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseFolder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.drive = bi_field("archiveDrive", Bi(), 200)
        self.drive.setPlaceholderText(
            self.tr("The label on an external drive, or where the paper original is kept")
        )
        self.cloud = QLineEdit()
        self.cloud.setPlaceholderText("https://")
        self.count = QSpinBox()
        self.count.setRange(0, 10_000_000)
        self.count.setSpecialValueText("—")
        self.size_edit = QDoubleSpinBox()
        self.size_edit.setRange(0, 1_000_000)
        self.size_edit.setDecimals(2)
        self.size_edit.setSpecialValueText("—")
        self.size_edit.setSuffix(self.tr(" GB"))
        # A registered document (a regulation, an order) has a number and a count of sheets.
        self.doc_number = QLineEdit()
        self.doc_number.setPlaceholderText(self.tr("For example: 04-КН/17"))
        self.sheets = QSpinBox()
        self.sheets.setRange(0, MAX_SHEETS)
        self.sheets.setSpecialValueText("—")
        self.responsible = PersonField(db)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.show_set(row)

        for name, widget in (
            ("title", self.title),
            ("kind", self.kind),
            ("taken_on", self.taken_on),
            ("event_title", self.event_edit),
            ("folder_path", folder_row),
            ("drive_label", self.drive),
            ("cloud_link", self.cloud),
            ("doc_number", self.doc_number),
            ("sheets", self.sheets),
            ("item_count", self.count),
            ("size_bytes", self.size_edit),
            ("responsible_name", self.responsible),
            ("notes", self.notes),
        ):
            self.add_field(name, widget)
        self.fields["folder_path"] = self.folder
        self._document_rows = (self.doc_number, self.sheets)
        self.kind.currentIndexChanged.connect(self._show_document_fields)
        self._show_document_fields()
        self.finish(min_width=620)

    def show_set(self, row: ArchiveRow) -> None:
        """Show ``row`` in the form and take it as the set read."""
        self.row = row
        self.title.setValue(row.title)
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.taken_on.set_date(row.taken_on)
        self.event_edit.setText(row.event_title)
        self.folder.setText(row.folder_path)
        self.drive.setValue(row.drive_label)
        self.cloud.setText(row.cloud_link)
        self.count.setValue(row.item_count or 0)
        self.size_edit.setValue((row.size_bytes or 0) / _GB)
        self._shown_size = self.size_edit.value()
        self.doc_number.setText(row.doc_number)
        self.sheets.setValue(row.sheets or 0)
        self.responsible.set_person(row.responsible_id, row.responsible_name)
        self.notes.setPlainText(row.notes)

    @Slot()
    def _show_document_fields(self) -> None:
        """Show the number and sheets only for a document."""
        document = self.kind.currentData() == "document"
        for widget in self._document_rows:
            self.form.setRowVisible(widget, document)

    @Slot()
    def choose_folder(self) -> None:
        """Pick the folder the set is kept in."""
        path = choose_folder(self, self.tr("Folder of the archive set"), self.folder.text())
        if path:
            self.folder.setText(path)

    def value(self) -> ArchiveRow:
        """Return the set as the form holds it."""
        staff_id, name = self.responsible.person()
        size = self.size_edit.value()
        # An untouched size keeps its exact byte count; the field shows it rounded.
        size_bytes = self.row.size_bytes if size == self._shown_size else round(size * _GB)
        return replace(
            self.row,
            title=self.title.value(),
            kind=str(self.kind.currentData()),
            taken_on=self.taken_on.date(),
            event_title=self.event_edit.text(),
            folder_path=self.folder.text(),
            drive_label=self.drive.value(),
            cloud_link=self.cloud.text(),
            doc_number=self.doc_number.text() if self.kind.currentData() == "document" else "",
            sheets=(self.sheets.value() or None) if self.kind.currentData() == "document" else None,
            item_count=self.count.value() or None,
            size_bytes=size_bytes or None,
            responsible_id=staff_id,
            responsible_name=name,
            notes=self.notes.toPlainText(),
        )

    def store(self) -> ArchiveRow:
        """Save the set through the services; the saved set is the one read from now on."""
        self.row = save_archive_set(self.db, self.value())
        return self.row

    def gone_text(self) -> str:
        """Say the set is gone."""
        return self.tr("The set has been deleted.")

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def stored_now(self) -> ArchiveRow | None:
        """Return the set as stored now (None for a new one)."""
        return get_archive_set(self.db, self.row.id) if self.row.id is not None else None

    def show_stored(self, stored: ArchiveRow) -> None:
        """Show the stored set."""
        self.show_set(stored)
