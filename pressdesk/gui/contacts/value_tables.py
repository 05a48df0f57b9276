"""Editable tables of a person's phones, e-mails and messenger handles, with rows to add."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.exchange.phones import check_email, check_phone, clean_value
from pressdesk.gui import tones
from pressdesk.gui.contacts.labels import choices
from pressdesk.services.contacts.values import EmailValue, MessengerValue, PhoneValue


class ValueTable(QWidget):
    """A titled table with "Add" and "Remove" buttons; a kind column is a combo box."""

    changed = Signal()

    def __init__(
        self, name: str, kinds: list[tuple[str, str]] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.kinds = kinds
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel()
        top.addWidget(self.heading)
        top.addStretch(1)
        self.add_button = QPushButton(QCoreApplication.translate("ValueTable", "Add"))
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(QCoreApplication.translate("ValueTable", "Remove"))
        self.remove_button.setObjectName(f"{name}Remove")
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._item_changed)

    def _configure(self, title: str, headers: Sequence[str]) -> None:
        self.heading.setText(f"<b>{title}</b>")
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if self.kinds is not None:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    @Slot()
    def _add_clicked(self) -> None:
        self.add_row("")
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def add_row(self, text: str, kind: str = "", problem: str | None = None) -> None:
        """Append a row with ``text`` (and ``kind`` in the combo column), checked if not told."""
        if problem is None:
            problem = self.problem_of(text) if text else ""
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(text))
        if self.kinds is not None:
            combo = QComboBox()
            for code, name in self.kinds:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(combo.findData(kind), 0))
            combo.currentIndexChanged.connect(self.changed)
            self.table.setCellWidget(row, 1, combo)
        if self.table.columnCount() > (2 if self.kinds is not None else 1):
            note = QTableWidgetItem("")
            note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, self.table.columnCount() - 1, note)
        self.table.blockSignals(False)
        self.show_problem(row, problem)
        self.changed.emit()

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def texts(self) -> list[tuple[str, str]]:
        """Return (text, kind) of every non-empty row."""
        result: list[tuple[str, str]] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            text = clean_value(item.text()) if item is not None else ""
            combo = self.table.cellWidget(row, 1)
            kind = combo.currentData() if isinstance(combo, QComboBox) else ""
            if text:
                result.append((text, str(kind or "")))
        return result

    def clear(self) -> None:
        """Remove every row."""
        self.table.setRowCount(0)

    def problem_of(self, text: str) -> str:
        """Return why ``text`` is not valid ("" if it is)."""
        return ""

    def show_problem(self, row: int, problem: str) -> None:
        """Highlight ``row`` with the reason, or clear the highlight."""
        self.table.blockSignals(True)
        last = self.table.columnCount() - 1
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is None:
                continue
            item.setBackground(QBrush(tones.background("bad")) if problem else QBrush())
            item.setToolTip(problem)
            if column == last and column > 0 and self.table.cellWidget(row, column) is None:
                item.setText(problem)
                item.setForeground(QBrush(tones.text("bad")))
        self.table.blockSignals(False)

    def problem_rows(self) -> list[int]:
        """Return the rows shown as invalid."""
        rows = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.toolTip():
                rows.append(row)
        return rows

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            text = clean_value(item.text())
            self.show_problem(item.row(), self.problem_of(text) if text else "")
        self.changed.emit()


class PhoneTable(ValueTable):
    """Phone numbers with their kind; numbers that do not parse are highlighted and kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("phoneTable", choices("phone_kind"), parent)
        self._configure(self.tr("Phones"), (self.tr("Number"), self.tr("Kind"), self.tr("Problem")))

    def problem_of(self, text: str) -> str:
        """Return why the number is not valid ("" if it is)."""
        return "" if check_phone(text).valid else self.tr("Not a valid phone number; kept to fix")

    def set_values(self, phones: Sequence[PhoneValue]) -> None:
        """Show ``phones``."""
        self.clear()
        for phone in phones:
            problem = "" if phone.valid else self.problem_of(phone.raw)
            self.add_row(phone.display if phone.valid else phone.raw, phone.kind, problem)

    def values(self) -> tuple[PhoneValue, ...]:
        """Return the phones entered."""
        return tuple(PhoneValue(raw=text, kind=kind or "mobile") for text, kind in self.texts())


class EmailTable(ValueTable):
    """E-mail addresses; malformed ones are highlighted and kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("emailTable", None, parent)
        self._configure(self.tr("E-mail"), (self.tr("Address"), self.tr("Problem")))

    def problem_of(self, text: str) -> str:
        """Return why the address is not valid ("" if it is)."""
        if check_email(text).valid:
            return ""
        return self.tr("Not a valid e-mail address; kept to fix")

    def set_values(self, emails: Sequence[EmailValue]) -> None:
        """Show ``emails``."""
        self.clear()
        for email in emails:
            self.add_row(email.address, "", "" if email.valid else self.problem_of(email.address))

    def values(self) -> tuple[EmailValue, ...]:
        """Return the addresses entered."""
        return tuple(EmailValue(address=text) for text, _kind in self.texts())


class MessengerTable(ValueTable):
    """Messenger handles with their service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("messengerTable", choices("messenger"), parent)
        self._configure(self.tr("Messengers"), (self.tr("Handle or number"), self.tr("Service")))

    def set_values(self, messengers: Sequence[MessengerValue]) -> None:
        """Show ``messengers``."""
        self.clear()
        for messenger in messengers:
            self.add_row(messenger.handle, messenger.service)

    def values(self) -> tuple[MessengerValue, ...]:
        """Return the handles entered."""
        return tuple(
            MessengerValue(service=kind or "telegram", handle=text) for text, kind in self.texts()
        )
