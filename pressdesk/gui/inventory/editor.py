"""Dialogs that change an item: the editor, handing out and taking back, the condition."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory import labels
from pressdesk.gui.inventory.common import (
    AssetEditor,
    OptionalDateEdit,
    PersonField,
    bi_field,
    code_combo,
    date_edit,
    format_date,
    format_money,
    parse_money,
    problems_text,
    to_date,
)
from pressdesk.gui.widgets.bilingual import BiTextEdit, first_language
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.messages import Message
from pressdesk.services.inventory.history import check_in, check_out, set_condition
from pressdesk.services.inventory.items import ItemRow, get_item, save_item
from pressdesk.services.validation import FieldProblem, ValidationError
from pressdesk.storage.assets_models import CONDITIONS, EQUIPMENT_CATEGORIES
from pressdesk.storage.engine import Database


def _notes(text: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def condition_combo(current: str) -> QComboBox:
    """Return a list of the conditions with ``current`` chosen."""
    return code_combo(CONDITIONS, labels.condition, current)


class ItemEditDialog(AssetEditor):
    """Edit every field of an item; Save stores it through the services or explains why not."""

    read_attribute = "item"

    TITLES = (
        QT_TRANSLATE_NOOP("ItemEditDialog", "New item"),
        QT_TRANSLATE_NOOP("ItemEditDialog", "Equipment item"),
    )
    LABELS = labels.field_labels

    saved: ItemRow | None

    def __init__(self, db: Database, item: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(db, item.id is None, parent)
        self.item = item

        self.name = bi_field("itemName", Bi(), 300)
        self.category = code_combo(EQUIPMENT_CATEGORIES, labels.category)
        self.number = QLineEdit()
        self.serial = QLineEdit()
        self.model = QLineEdit()
        self.condition = condition_combo("")
        self.purchased = OptionalDateEdit()
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0,00")
        self.funding = QLineEdit()
        self.funding.setPlaceholderText(self.tr("Budget, grant, gift…"))
        self.location = bi_field("itemLocation", Bi(), 300)
        self.location.setPlaceholderText(self.tr("Room, building…"))
        self.custodian = PersonField(db)
        self.photo = QLineEdit()
        self.photo.setPlaceholderText(self.tr("A photo file on this computer"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo, 1)
        photo_row.addWidget(choose)
        self.notes = BiTextEdit(lines=2)
        self.notes.setObjectName("itemNotes")
        self.show_item(item)

        left, right, notes = QFormLayout(), QFormLayout(), QFormLayout()
        for form, rows in (
            (
                left,
                (
                    ("name", self.name),
                    ("category", self.category),
                    ("inventory_number", self.number),
                    ("serial_number", self.serial),
                    ("model", self.model),
                    ("condition", self.condition),
                ),
            ),
            (
                right,
                (
                    ("purchase_date", self.purchased),
                    ("cost", self.cost),
                    ("funding_source", self.funding),
                    ("location", self.location),
                    ("custodian_name", self.custodian),
                    ("photo_path", photo_row),
                ),
            ),
            (notes, (("notes", self.notes),)),
        ):
            for field, editor in rows:
                self.add_field(field, editor, form=form)
        self.fields["photo_path"] = self.photo
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.finish(columns, notes, min_width=860)

    def show_item(self, item: ItemRow) -> None:
        """Show ``item`` in the form and take it as the item read."""
        self.item = item
        self.name.setValue(item.name)
        self.category.setCurrentIndex(max(self.category.findData(item.category), 0))
        self.number.setText(item.inventory_number)
        self.serial.setText(item.serial_number)
        self.model.setText(item.model)
        self.condition.setCurrentIndex(max(self.condition.findData(item.condition), 0))
        self.purchased.set_date(item.purchase_date)
        self.cost.setText(format_money(item.cost))
        self.funding.setText(item.funding_source)
        self.location.setValue(item.location)
        self.custodian.set_person(item.custodian_id, item.custodian_name)
        self.photo.setText(item.photo_path)
        self.notes.setValue(item.notes)

    @staticmethod
    def _label(name: str) -> str:
        return labels.field(name) + ":"

    @Slot()
    def choose_photo(self) -> None:
        """Let the user pick the photo file; only its path is kept."""
        current = self.photo.text().strip()
        path = dialogs.open_file(
            self,
            self.tr("Photo of the item"),
            self.tr("Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)"),
            str(Path(current).parent) if current else "",
        )
        if path is not None:
            self.photo.setText(str(path))

    def value(self) -> ItemRow:
        """Return the item as the form holds it; raise ValidationError for an unreadable cost."""
        try:
            cost = parse_money(self.cost.text())
        except ValueError:
            raise ValidationError([FieldProblem("cost", Message("problem.not_a_number"))]) from None
        staff_id, name = self.custodian.person()
        return replace(
            self.item,
            name=self.name.value(),
            category=str(self.category.currentData()),
            inventory_number=self.number.text(),
            serial_number=self.serial.text(),
            model=self.model.text(),
            purchase_date=self.purchased.date(),
            cost=cost,
            funding_source=self.funding.text(),
            condition=str(self.condition.currentData()),
            location=self.location.value(),
            custodian_id=staff_id,
            custodian_name=name,
            photo_path=self.photo.text(),
            notes=self.notes.value(),
        )

    def store(self) -> ItemRow:
        """Save the item through the services; the saved item is the one read from now on."""
        self.item = save_item(self.db, self.value())
        return self.item

    def gone_text(self) -> str:
        """Say the item is gone."""
        return self.tr("The item has been deleted.")

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def stored_now(self) -> ItemRow | None:
        """Return the item as stored now (None for a new one)."""
        return get_item(self.db, self.item.id) if self.item.id is not None else None

    def show_stored(self, stored: ItemRow) -> None:
        """Show the stored item."""
        self.show_item(stored)


class MovementDialog(RecordEditor):
    """Hand an item out to a person until a date, or take it back."""

    def __init__(
        self, db: Database, item: ItemRow, *, out: bool, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("MovementDialog", "Hand out")
            if out
            else QCoreApplication.translate("MovementDialog", "Take back")
        )
        super().__init__(
            title,
            "CheckOutDialog" if out else "CheckInDialog",
            parent,
            labels=labels.field_labels(),
            describe=problems_text,
            save_text=title,
        )
        self.db, self.item, self.out = db, item, out
        self.done_ok = False
        what = QLabel(f"<b>{item.inventory_number}</b> — {item.name.text(first_language())}")
        what.setWordWrap(True)
        form = self.form
        form.addRow(self.tr("Item:"), what)
        self.person = PersonField(db)
        self.on = date_edit()
        self.due = OptionalDateEdit()
        if out:
            form.addRow(self.tr("To whom:"), self.person)
            form.addRow(self.tr("Date:"), self.on)
            form.addRow(self.tr("Return by:"), self.due)
        else:
            form.addRow(
                self.tr("Held by:"),
                QLabel(
                    self.tr("{name}, since {date}").format(
                        name=item.holder_name, date=format_date(item.out_since)
                    )
                ),
            )
            form.addRow(self.tr("Returned on:"), self.on)
        self.note = _notes("", 2)
        form.addRow(self.tr("Note:"), self.note)
        self.finish(min_width=520)

    def value(self) -> object:
        """Return what the form holds."""
        return self.person.person(), self.on.date(), self.due.date(), self.note.toPlainText()

    def gone_text(self) -> str:
        """Say the item is gone."""
        return self.tr("The item has been deleted.")

    def store(self) -> bool:
        """Record the movement."""
        assert self.item.id is not None
        if self.out:
            staff_id, name = self.person.person()
            check_out(
                self.db,
                self.item.id,
                name,
                staff_id=staff_id,
                on=to_date(self.on.date()),
                due=self.due.date(),
                note=self.note.toPlainText(),
            )
        else:
            check_in(
                self.db, self.item.id, on=to_date(self.on.date()), note=self.note.toPlainText()
            )
        self.done_ok = True
        return True


class ConditionDialog(RecordEditor):
    """Change an item's condition (repaired, broken, written off) with a note in its history."""

    def __init__(self, db: Database, item: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ConditionDialog", "Condition of the item"),
            "ConditionDialog",
            parent,
            labels=labels.field_labels(),
            describe=problems_text,
        )
        self.db, self.item = db, item
        name = item.name.text(first_language())
        self.form.addRow(self.tr("Item:"), QLabel(f"<b>{item.inventory_number}</b> — {name}"))
        self.condition = condition_combo(item.condition)
        self.note = _notes("", 2)
        self.note.setPlaceholderText(self.tr("For example: repaired under warranty"))
        self.add_field("condition", self.condition, self.tr("Condition:"))
        self.add_field("note", self.note, self.tr("Note:"))
        self.finish(min_width=480)

    def value(self) -> object:
        """Return what the form holds."""
        return self.condition.currentData(), self.note.toPlainText()

    def gone_text(self) -> str:
        """Say the item is gone."""
        return self.tr("The item has been deleted.")

    def store(self) -> bool:
        """Store the condition."""
        assert self.item.id is not None
        set_condition(
            self.db, self.item.id, str(self.condition.currentData()), note=self.note.toPlainText()
        )
        return True
