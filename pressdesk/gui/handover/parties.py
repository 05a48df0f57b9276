"""The act wizard's first step: language, direction, number, place, parties and commission."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from pressdesk.gui.widgets import dates
from pressdesk.services.handover.build import parse_member
from pressdesk.services.handover.draft import HandoverDraft, Party


def qdate(value: dt.date) -> QDate:
    """Return ``value`` as a QDate."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    """Return ``value`` as a date."""
    return dt.date(value.year(), value.month(), value.day())


def _member_text(party: Party) -> str:
    return ", ".join(part for part in (party.name.strip(), party.title.strip()) if part)


class PartiesForm(QWidget):
    """Who takes part in the act and on what basis; edits go back with :meth:`collect`."""

    edited = Signal()
    language_or_direction_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.lang = QComboBox()
        self.lang.setObjectName("handoverLang")
        self.lang.addItem(self.tr("Kyrgyz"), "ky")
        self.lang.addItem(self.tr("Russian"), "ru")
        self.direction = QComboBox()
        self.direction.setObjectName("handoverDirection")
        self.direction.addItem(self.tr("Dismissal: the outgoing person hands over"), "dismissal")
        self.direction.addItem(self.tr("Hiring: the incoming person confirms receipt"), "hiring")
        self.direction.addItem(self.tr("Temporary replacement: an acting person"), "temporary")
        self.number = QLineEdit()
        self.number.setObjectName("handoverNumber")
        self.date = dates.set_format(QDateEdit())
        self.date.setObjectName("handoverDate")
        self.date.setCalendarPopup(True)
        dates.set_format(self.date)
        self.place = QLineEdit()
        self.place.setObjectName("handoverPlace")
        self.place.setToolTip(self.tr("Taken from the organisation profile; can be changed here"))
        self.outgoing = QLineEdit()
        self.outgoing.setObjectName("handoverOutgoing")
        self.outgoing_title = QLineEdit()
        self.outgoing_title.setObjectName("handoverOutgoingTitle")
        self.incoming = QLineEdit()
        self.incoming.setObjectName("handoverIncoming")
        self.incoming_title = QLineEdit()
        self.incoming_title.setObjectName("handoverIncomingTitle")
        self.chair = QLineEdit()
        self.chair.setObjectName("handoverChair")
        self.chair.setPlaceholderText(self.tr("Name, post"))
        self.commission = QPlainTextEdit()
        self.commission.setObjectName("handoverCommission")
        self.commission.setMaximumHeight(70)
        self.commission.setPlaceholderText(self.tr("Name, post — one member per line"))
        self.head_title = QLineEdit()
        self.head_title.setObjectName("handoverHeadTitle")
        self.head_name = QLineEdit()
        self.head_name.setObjectName("handoverHeadName")
        self.basis_number = QLineEdit()
        self.basis_number.setObjectName("handoverBasis")
        self.basis_date = dates.set_format(QDateEdit())
        self.basis_date.setCalendarPopup(True)
        dates.set_format(self.basis_date)
        self.plan_days = QSpinBox()
        self.plan_days.setObjectName("handoverPlanDays")
        self.plan_days.setRange(1, 366)
        self.plan_days.setSuffix(self.tr(" days"))
        self.plan_days.setToolTip(
            self.tr("Plan items sent or approved and events of this many days go into the act")
        )
        self.official_use = QCheckBox(self.tr("Mark the act “For official use”"))
        self.official_use.setObjectName("handoverOfficialUse")
        self.replaces = QLabel()
        self.replaces.setObjectName("handoverReplaces")
        self.replaces.setWordWrap(True)
        form.addRow(self.tr("Language of the act:"), self.lang)
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("Act number:"), self.number)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Outgoing person:"), self.outgoing)
        form.addRow(self.tr("Post:"), self.outgoing_title)
        form.addRow(self.tr("Incoming or acting person:"), self.incoming)
        form.addRow(self.tr("Post:"), self.incoming_title)
        form.addRow(self.tr("Commission chair:"), self.chair)
        form.addRow(self.tr("Commission members:"), self.commission)
        form.addRow(self.tr("Approved by (post):"), self.head_title)
        form.addRow(self.tr("Approved by (name):"), self.head_name)
        form.addRow(self.tr("Order number:"), self.basis_number)
        form.addRow(self.tr("Order date:"), self.basis_date)
        form.addRow(self.tr("Plans and events ahead:"), self.plan_days)
        form.addRow(self.official_use)
        form.addRow(self.replaces)
        self.lang.currentIndexChanged.connect(self.language_or_direction_changed)
        self.direction.currentIndexChanged.connect(self.language_or_direction_changed)
        for edit in (
            self.number,
            self.place,
            self.outgoing,
            self.outgoing_title,
            self.incoming,
            self.incoming_title,
            self.chair,
            self.head_title,
            self.head_name,
            self.basis_number,
        ):
            edit.textEdited.connect(self._edited)
        self.commission.textChanged.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        self.basis_date.dateChanged.connect(self._edited)
        self.plan_days.valueChanged.connect(self._edited)
        self.official_use.toggled.connect(self._edited)

    @Slot()
    def _edited(self) -> None:
        self.edited.emit()

    def show_draft(self, draft: HandoverDraft, names: list[str]) -> None:
        """Show the parties of ``draft``; ``names`` complete the name fields."""
        self.lang.setCurrentIndex(max(self.lang.findData(draft.lang), 0))
        self.direction.setCurrentIndex(max(self.direction.findData(draft.direction), 0))
        self.number.setText(draft.number)
        self.date.setDate(qdate(draft.date))
        self.place.setText(draft.place)
        self.outgoing.setText(draft.outgoing.name)
        self.outgoing_title.setText(draft.outgoing.title)
        self.incoming.setText(draft.incoming.name)
        self.incoming_title.setText(draft.incoming.title)
        self.chair.setText(_member_text(draft.chair))
        self.commission.setPlainText("\n".join(_member_text(p) for p in draft.commission))
        self.head_title.setText(draft.head.title)
        self.head_name.setText(draft.head.name)
        self.basis_number.setText(draft.basis_number)
        self.basis_date.setDate(qdate(draft.basis_date or draft.date))
        self.plan_days.setValue(draft.plan_days)
        self.official_use.setChecked(draft.official_use)
        for edit in (self.outgoing, self.incoming, self.head_name, self.chair):
            edit.setCompleter(QCompleter(names, edit))
        self.replaces.setText(
            self.tr("This act replaces act № {number} of {date}.").format(
                number=draft.replaces_number,
                date=dates.date_text(draft.replaces_date),
            )
            if draft.replaces_number
            else ""
        )

    def collect(self, draft: HandoverDraft) -> None:
        """Put what the form holds into ``draft`` (language and direction excepted)."""
        draft.number = self.number.text().strip()
        draft.date = pydate(self.date.date())
        draft.place = self.place.text()
        draft.outgoing = Party(self.outgoing.text(), self.outgoing_title.text())
        draft.incoming = Party(self.incoming.text(), self.incoming_title.text())
        draft.chair = parse_member(self.chair.text())
        draft.commission = [
            parse_member(line)
            for line in self.commission.toPlainText().splitlines()
            if line.strip()
        ]
        draft.head = Party(self.head_name.text(), self.head_title.text())
        draft.basis_number = self.basis_number.text()
        draft.basis_date = pydate(self.basis_date.date()) if draft.basis_number.strip() else None
        draft.plan_days = self.plan_days.value()
        draft.official_use = self.official_use.isChecked()
