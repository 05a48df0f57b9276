"""Widgets and helpers the equipment, accounts and archive sections share."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui.messages import problem_text
from pressdesk.gui.widgets import dates, paged
from pressdesk.gui.widgets.bilingual import BiLineEdit
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.services.staff import list_staff
from pressdesk.services.validation import FieldProblem, ValidationError
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

# The sections of this package take these from here.
ModelIndex = paged.ModelIndex
ROW_ROLE = paged.ROW_ROLE

_CONTEXT = "AssetsCommon"


def tr(text: str) -> str:
    """Translate ``text`` in the shared context of these sections."""
    return QCoreApplication.translate(_CONTEXT, text)


def namer(context: str, names: Mapping[str, str]) -> Callable[[str], str]:
    """Return a function that names a code from ``names`` (marked under ``context``) in the
    interface language; an unknown code is shown as it is."""

    def name(code: str) -> str:
        return QCoreApplication.translate(context, names.get(code, code))

    return name


def labels_of(context: str, fields: Mapping[str, str]) -> Callable[[], dict[str, str]]:
    """Return a function that gives every field's label, for naming fields in a refusal."""

    def labels() -> dict[str, str]:
        return {name: QCoreApplication.translate(context, text) for name, text in fields.items()}

    return labels


def format_date(value: dt.date | None) -> str:
    """Return a date as 31.12.2025, or an empty string."""
    return dates.date_text(value)


def format_money(value: Decimal | None) -> str:
    """Return a sum in som with thin groups and a decimal comma: 12 500,00."""
    if value is None:
        return ""
    whole, _, cents = f"{value:,.2f}".partition(".")
    return whole.replace(",", "\u00a0") + "," + cents


def parse_money(text: str) -> Decimal | None:
    """Return the sum typed as "12 500,50" or "12500.5"; None when empty; raise ValueError."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    for unit in ("сом", "som", "с."):
        cleaned = cleaned.removesuffix(unit)
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


# --- field problems -------------------------------------------------------------------------


def problem_message(message: str) -> str:
    """Word one service message about a field in the interface's language."""
    return problem_text(message)


def problems_text(exc: ValidationError, labels: dict[str, str]) -> str:
    """Return every problem of ``exc`` as a translated line naming the field by its label."""
    lines = []
    for problem in exc.problems:
        lines.append(_problem_line(problem, labels))
    return "\n".join(lines)


def _problem_line(problem: FieldProblem, labels: dict[str, str]) -> str:
    label = labels.get(problem.field, "")
    text = problem_message(problem.message)
    return f"«{label.rstrip(':')}»: {text}" if label else text


# --- small widgets --------------------------------------------------------------------------


class OptionalDateEdit(QWidget):
    """A date that may be left out: a tick box switches the date field on."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(QCoreApplication.translate("AssetsCommon", "Tick to enter a date"))
        self.edit = dates.set_format(QDateEdit())
        today = clock.today()
        self.edit.setDate(QDate(today.year, today.month, today.day))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value``; None leaves the date out."""
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def date(self) -> dt.date | None:
        """Return the date, or None if it is left out."""
        if not self.check.isChecked():
            return None
        return to_date(self.edit.date())


def to_date(value: QDate) -> dt.date:
    """Return a QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


def date_edit(value: dt.date | None = None) -> QDateEdit:
    """Return a date field with a calendar, set to ``value`` or today."""
    return dates.date_edit(value)


class PersonField(QComboBox):
    """A staff member chosen from the list, or any name typed in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for staff in list_staff(db, active_only=True):
            self.addItem(staff.full_name, staff.id)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(
            QCoreApplication.translate("AssetsCommon", "A staff member or any name")
        )
        self.setMinimumContentsLength(24)

    def set_person(self, staff_id: int | None, name: str) -> None:
        """Show the staff member ``staff_id``, else the name as typed."""
        index = self.findData(staff_id) if staff_id is not None else -1
        if index > 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)

    def person(self) -> tuple[int | None, str]:
        """Return the chosen staff member's id (or None) and the name."""
        name = " ".join(self.currentText().split())
        index = self.findText(name)
        staff_id = self.itemData(index) if index > 0 else None
        return (int(staff_id) if staff_id is not None else None), name


def code_combo(codes: Iterable[str], name: Callable[[str], str], current: str = "") -> QComboBox:
    """Return a list of ``codes`` shown by their ``name``, with ``current`` chosen."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(name(code), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def bi_field(name: str, value: Bi, max_length: int) -> BiLineEdit:
    """Return a field for a text in both languages, named ``name`` and showing ``value``."""
    edit = BiLineEdit(max_length=max_length)
    edit.setObjectName(name)
    edit.setValue(value)
    return edit


class AssetEditor(RecordEditor):
    """The editor of an equipment item, an account or an archive set: titled for a new or a
    stored record (``TITLES``, marked under the editor's class name), its fields named by
    ``LABELS`` and the services' refusals worded in the interface language."""

    #: The window title for a new record and for a stored one.
    TITLES: ClassVar[tuple[str, str]] = ("", "")
    #: Every field's label, for naming fields in a refusal.
    LABELS: ClassVar[Callable[[], dict[str, str]]]

    def __init__(self, db: Database, new: bool, parent: QWidget | None = None) -> None:
        name = type(self).__name__
        super().__init__(
            QCoreApplication.translate(name, self.TITLES[0 if new else 1]),
            name,
            parent,
            labels=type(self).LABELS(),
            describe=problems_text,
        )
        self.db = db


class ShrinkingComboBox(QComboBox):
    """A list that takes the room its texts need but may shrink in a narrow window."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 96), hint.height())
