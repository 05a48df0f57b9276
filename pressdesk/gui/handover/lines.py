"""Edit one section of the act: its opening clause and its lines (tick, change, annotate)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.widgets.record_page import button_row
from pressdesk.services.handover.draft import DraftLine, DraftSection

_CLOSING_SEPARATOR = "\n"


class SectionEditor(QWidget):
    """The lines of one draft section in a table; the first column's tick keeps a line in."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section: DraftSection | None = None
        self._loading = False
        self.title = QLabel()
        self.title.setObjectName("handoverSectionTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLineEdit()
        self.intro.setObjectName("handoverIntro")
        self.intro.setToolTip(self.tr("The clause that opens the section"))
        self.intro.textEdited.connect(self._intro_edited)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("handoverLines")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.closing = QPlainTextEdit()
        self.closing.setObjectName("handoverClosing")
        self.closing.setToolTip(self.tr("Clauses that close the section, one per line"))
        self.closing.setMaximumHeight(70)
        self.closing.textChanged.connect(self._closing_edited)
        buttons = button_row(
            (self.tr("Add a line"), "handoverAddLine", self.add_line),
            (self.tr("Remove the line"), "handoverRemoveLine", self.remove_line),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Opening clause:")))
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.closing_label = QLabel(self.tr("Closing clauses, one per line:"))
        layout.addWidget(self.closing_label)
        layout.addWidget(self.closing)

    def load(self, section: DraftSection) -> None:
        """Show ``section``; edits go straight into it."""
        self._loading = True
        try:
            self.section = section
            self.title.setText(section.title)
            self.intro.setText(section.intro)
            self.closing.setPlainText(_CLOSING_SEPARATOR.join(section.closing))
            columns = section.columns or [""]
            self.table.clear()
            self.table.setColumnCount(len(columns) + 1)
            self.table.setHorizontalHeaderLabels([*columns, self.tr("Note")])
            self.table.setRowCount(len(section.lines))
            for row, line in enumerate(section.lines):
                self._fill_row(row, line)
            self.table.resizeColumnsToContents()
            for column in range(self.table.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        finally:
            self._loading = False

    def _fill_row(self, row: int, line: DraftLine) -> None:
        width = self.table.columnCount() - 1
        cells = [*line.cells, *([""] * width)][:width]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if line.included else Qt.CheckState.Unchecked
                )
            self.table.setItem(row, column, item)
        self.table.setItem(row, width, QTableWidgetItem(line.note))

    @Slot(str)
    def _intro_edited(self, text: str) -> None:
        if self.section is not None:
            self.section.intro = text
            self.changed.emit()

    @Slot()
    def _closing_edited(self) -> None:
        if self._loading or self.section is None:
            return
        text = self.closing.toPlainText()
        self.section.closing = [part for part in text.split(_CLOSING_SEPARATOR) if part.strip()]
        self.changed.emit()

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.section is None:
            return
        row, column = item.row(), item.column()
        if row >= len(self.section.lines):
            return
        line = self.section.lines[row]
        note_column = self.table.columnCount() - 1
        if column == note_column:
            line.note = item.text()
        else:
            while len(line.cells) <= column:
                line.cells.append("")
            line.cells[column] = item.text()
            if column == 0:
                line.included = item.checkState() == Qt.CheckState.Checked
        self.changed.emit()

    @Slot()
    def add_line(self) -> None:
        """Append an empty line and start editing its first cell."""
        if self.section is None:
            return
        line = DraftLine([""] * max(len(self.section.columns), 1))
        self.section.lines.append(line)
        row = self.table.rowCount()
        self._loading = True
        try:
            self.table.setRowCount(row + 1)
            self._fill_row(row, line)
        finally:
            self._loading = False
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    @Slot()
    def remove_line(self) -> None:
        """Remove the selected line from the section."""
        row = self.table.currentRow()
        if self.section is None or not 0 <= row < len(self.section.lines):
            return
        del self.section.lines[row]
        self.table.removeRow(row)
        self.changed.emit()
