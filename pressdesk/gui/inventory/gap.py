"""The gap view: the recommended kit against what the press service has, for a budget request."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.inventory import labels
from pressdesk.gui.inventory.common import ROW_ROLE, code_combo, problems_text
from pressdesk.gui.inventory.models import GAP_CATEGORY, GAP_NOTE, GapModel
from pressdesk.gui.widgets.ask_dialog import closing_column, form_dialog_layout
from pressdesk.gui.widgets.record_page import list_table
from pressdesk.gui.widgets.transfers import Transfers
from pressdesk.services.assets.files import EXPORT_FORMATS, export_gap
from pressdesk.services.inventory.gap import (
    MAX_RECOMMENDED_QUANTITY,
    GapRow,
    RecommendedRow,
    gap_view,
    remove_recommended,
    reset_recommended,
    set_recommended,
)
from pressdesk.services.validation import ValidationError
from pressdesk.storage.assets_models import EQUIPMENT_CATEGORIES
from pressdesk.storage.engine import Database


class RecommendedDialog(QDialog):
    """Add a category to the recommended kit or change how many it asks for."""

    def __init__(
        self, db: Database, row: RecommendedRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("RecommendedDialog")
        self.setWindowTitle(self.tr("Recommended kit"))
        self.category = code_combo(EQUIPMENT_CATEGORIES, labels.category)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_RECOMMENDED_QUANTITY)
        self.note = QLineEdit()
        if row is not None:
            self.category.setCurrentIndex(max(self.category.findData(row.category), 0))
            self.category.setEnabled(False)
            self.quantity.setValue(row.quantity)
            self.note.setText(row.note)
        form = QFormLayout()
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("How many are needed:"), self.quantity)
        form.addRow(self.tr("Note:"), self.note)
        form_dialog_layout(self, form, self.tr("Save"), self.tr("Cancel"), 440)

    def accept(self) -> None:
        """Store the line of the kit."""
        row = RecommendedRow(
            str(self.category.currentData()), self.quantity.value(), self.note.text()
        )
        try:
            set_recommended(self.db, row)
        except ValidationError as exc:
            dialogs.warning(self, self.tr("Not saved"), problems_text(exc, labels.field_labels()))
            return
        super().accept()


class GapDialog(QDialog):
    """Show what the service lacks against the recommended kit; edit the kit; export the list."""

    def __init__(
        self, db: Database, lang: str, font: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.lang, self.pdf_font = db, lang, font
        self.changed = False
        self.setObjectName("GapDialog")
        self.setWindowTitle(self.tr("Equipment against the recommended kit"))
        self.transfers = Transfers(self)
        intro = QLabel(
            self.tr(
                "The recommended kit of a press service compared with the equipment on record. "
                "“Missing” is what a budget request should ask for: items in new or good "
                "condition count as usable; faulty ones do not."
            )
        )
        intro.setWordWrap(True)
        self.model = GapModel(self)
        self.table = list_table("gapTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GAP_CATEGORY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GAP_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit_index)
        self.summary = QLabel()
        self.summary.setObjectName("gapSummary")

        self.add_button = QPushButton(self.tr("Add a category…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.reset_button = QPushButton(self.tr("Restore the standard kit"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button.clicked.connect(self.reset)
        self.export_button.clicked.connect(self.export)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        closing_column(self, self.tr("Close"), intro, (self.table, 1), self.summary, row)
        self.resize(860, 460)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Compare the kit with the equipment again."""
        rows = gap_view(self.db)
        self.model.set_rows(rows)
        missing = sum(r.missing for r in rows)
        short = [labels.category(r.category) for r in rows if r.missing > 0]
        if missing:
            self.summary.setText(
                self.tr("Missing in total: {count} ({what}).").format(
                    count=missing, what=", ".join(short)
                )
            )
        else:
            self.summary.setText(self.tr("Nothing is missing from the recommended kit."))
        self._update_buttons()

    def selected(self) -> GapRow | None:
        """Return the selected line, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _run(self, row: RecommendedRow | None) -> None:
        editor = RecommendedDialog(self.db, row, self)
        if dialogs.run_dialog(editor):
            self.changed = True
            self.reload()
        editor.deleteLater()

    @Slot()
    def add(self) -> None:
        """Add a category to the kit."""
        self._run(None)

    @Slot()
    def edit_selected(self) -> None:
        """Change the quantity or note of the selected line."""
        gap = self.selected()
        if gap is not None:
            self._run(RecommendedRow(gap.category, gap.needed, gap.note))

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        gap: GapRow = self.model.data(index, ROW_ROLE)
        self._run(RecommendedRow(gap.category, gap.needed, gap.note))

    @Slot()
    def remove_selected(self) -> None:
        """Take the selected category out of the kit."""
        gap = self.selected()
        if gap is None:
            return
        if dialogs.question(
            self,
            self.tr("Remove from the kit"),
            self.tr("Remove «{category}» from the recommended kit?").format(
                category=labels.category(gap.category)
            ),
            yes=self.tr("Remove"),
            no=self.tr("Cancel"),
        ):
            remove_recommended(self.db, gap.category)
            self.changed = True
            self.reload()

    @Slot()
    def reset(self) -> None:
        """Go back to the handbook's five items."""
        if dialogs.question(
            self,
            self.tr("Restore the standard kit"),
            self.tr(
                "Replace the list with the recommended minimum: a video camera, a microphone, "
                "a lapel microphone, a photo camera and a printer, one of each?"
            ),
            yes=self.tr("Restore"),
            no=self.tr("Cancel"),
        ):
            reset_recommended(self.db)
            self.changed = True
            self.reload()

    @Slot()
    def export(self) -> None:
        """Save the gap list as a table or a document for a budget request."""

        def work(path: object, lang: str, _only_shown: bool) -> int:
            return export_gap(self.db, str(path), lang=lang, font_path=self.pdf_font or None)

        self.transfers.export(
            self.tr("Export the gap list"), "equipment-gap", EXPORT_FORMATS, self.lang, work
        )


def open_gap_view(db: Database, lang: str, font: str, parent: QWidget) -> bool:
    """Show the gap view; return True if the recommended kit was changed."""
    dialog = GapDialog(db, lang, font, parent)
    dialogs.run_dialog(dialog)
    changed = dialog.changed
    dialog.deleteLater()
    return changed
