"""The outlet editor: the outlet's details, its people and its contact log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from pressdesk.gui.contacts.labels import choices
from pressdesk.gui.contacts.log_panel import LogPanel
from pressdesk.gui.contacts.models import PEOPLE_WIDTHS, PeopleModel
from pressdesk.gui.contacts.person_editor import ContactEditor
from pressdesk.gui.widgets.table_panel import configure_table, size_columns
from pressdesk.services.contacts.records import get_outlet, save_outlet
from pressdesk.services.contacts.values import OutletRecord, PersonFilter, Saved
from pressdesk.storage.engine import Database

_MAX_NUMBER = 2_000_000_000


def _checks(group: str, prefix: str) -> tuple[QWidget, dict[str, QCheckBox]]:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    found: dict[str, QCheckBox] = {}
    for i, (code, text) in enumerate(choices(group)):
        check = QCheckBox(text)
        check.setObjectName(f"{prefix}_{code}")
        found[code] = check
        grid.addWidget(check, i // 4, i % 4)
    return box, found


def _number(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(-1, _MAX_NUMBER)
    spin.setGroupSeparatorShown(True)
    spin.setMinimumWidth(140)
    return spin


class OutletEditor(ContactEditor):
    """Edit one outlet; its people and log are shown once it is saved."""

    def __init__(
        self, db: Database, outlet_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            db, QCoreApplication.translate("OutletEditor", "Outlet"), "outletEditor", parent
        )
        self.record = get_outlet(db, outlet_id) if outlet_id is not None else OutletRecord("")
        self.resize(860, 640)
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.people_model = PeopleModel(db, self)
        people = QTableView()
        configure_table(people, "outletPeople")
        people.setModel(self.people_model)
        size_columns(people, PEOPLE_WIDTHS)
        self.tabs.addTab(people, self.tr("People"))
        self.log = LogPanel(db)
        self.tabs.addTab(self.log, self.tr("Contact log"))
        self.show_record(self.record)
        self.finish(self.tabs)

    def _details_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name.setObjectName("outletName")
        self.kind = QComboBox()
        self.kind.setObjectName("outletKind")
        for code, text in choices("outlet_kind"):
            self.kind.addItem(text, code)
        platforms, self.platforms = _checks("platform", "outletPlatform")
        self.scale = QComboBox()
        self.scale.setObjectName("outletScale")
        for code, text in choices("scale"):
            self.scale.addItem(text, code)
        self.region = QComboBox()
        self.region.setObjectName("outletRegion")
        for code, text in choices("region"):
            self.region.addItem(text, code)
        place = QHBoxLayout()
        place.addWidget(self.scale)
        place.addWidget(self.region, 1)
        languages, self.languages = _checks("language", "outletLanguage")
        self.ownership = QComboBox()
        self.ownership.setObjectName("outletOwnership")
        for code, text in choices("ownership"):
            self.ownership.addItem(text, code)
        formats, self.formats = _checks("format", "outletFormat")
        self.circulation = _number("outletCirculation")
        self.circulation.setSpecialValueText(self.tr("not known"))
        self.periodicity = QLineEdit()
        self.periodicity.setPlaceholderText(self.tr("For example: weekly, on Fridays"))
        print_row = QHBoxLayout()
        print_row.addWidget(self.circulation)
        print_row.addWidget(self.periodicity, 1)
        self.audience = _number("outletAudience")
        self.audience.setSpecialValueText(self.tr("not known"))
        self.audience_note = QLineEdit()
        self.audience_note.setPlaceholderText(self.tr("Rating, prime time, unique visitors…"))
        audience_row = QHBoxLayout()
        audience_row.addWidget(self.audience)
        audience_row.addWidget(self.audience_note, 1)
        self.website = QLineEdit()
        self.social = QPlainTextEdit()
        self.social.setFixedHeight(52)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.phone)
        contact_row.addWidget(self.email)
        self.first_wave = QCheckBox(self.tr("First-wave recipient"))
        self.first_wave.setObjectName("outletFirstWave")
        self.exclusive = QCheckBox(self.tr("Exclusive partner"))
        self.exclusive.setObjectName("outletExclusive")
        flags = QHBoxLayout()
        flags.addWidget(self.first_wave)
        flags.addWidget(self.exclusive)
        flags.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Platforms:"), platforms)
        form.addRow(self.tr("Scale and region:"), place)
        form.addRow(self.tr("Languages:"), languages)
        form.addRow(self.tr("Ownership:"), self.ownership)
        form.addRow(self.tr("Coverage formats:"), formats)
        form.addRow(self.tr("Circulation and periodicity:"), print_row)
        form.addRow(self.tr("Audience:"), audience_row)
        form.addRow(self.tr("Website:"), self.website)
        form.addRow(self.tr("Social networks:"), self.social)
        form.addRow(self.tr("Phone and e-mail:"), contact_row)
        form.addRow("", flags)
        form.addRow(self.tr("Notes:"), self.notes)
        return page

    def show_record(self, record: OutletRecord) -> None:
        self.record = record
        title = record.name or self.tr("New outlet")
        self.setWindowTitle(self.tr("Outlet: {name}").format(name=title))
        self.name.setText(record.name)
        for combo, code in (
            (self.kind, record.kind),
            (self.scale, record.scale),
            (self.region, record.region),
            (self.ownership, record.ownership),
        ):
            combo.setCurrentIndex(max(combo.findData(code), 0))
        for boxes, codes in (
            (self.platforms, record.platforms),
            (self.languages, record.languages),
            (self.formats, record.formats),
        ):
            for code, box in boxes.items():
                box.setChecked(code in codes)
        self.circulation.setValue(-1 if record.circulation is None else record.circulation)
        self.periodicity.setText(record.periodicity)
        self.audience.setValue(-1 if record.audience is None else record.audience)
        self.audience_note.setText(record.audience_note)
        self.website.setText(record.website)
        self.social.setPlainText(record.social_links)
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        self.first_wave.setChecked(record.first_wave)
        self.exclusive.setChecked(record.exclusive_partner)
        self.notes.setPlainText(record.notes)
        if record.id is not None:
            self.people_model.set_filter(PersonFilter(outlet_ids=frozenset({record.id})))
        self.log.show_outlet(record.id)
        for tab in (1, 2):
            self.tabs.setTabEnabled(tab, record.id is not None)

    def value(self) -> OutletRecord:
        """Return the outlet as entered."""

        def chosen(boxes: dict[str, QCheckBox]) -> frozenset[str]:
            return frozenset(code for code, box in boxes.items() if box.isChecked())

        circulation, audience = self.circulation.value(), self.audience.value()
        return OutletRecord(
            id=self.record.id,
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            platforms=chosen(self.platforms),
            scale=str(self.scale.currentData()),
            region=str(self.region.currentData() or ""),
            languages=chosen(self.languages),
            ownership=str(self.ownership.currentData()),
            formats=chosen(self.formats),
            circulation=None if circulation < 0 else circulation,
            periodicity=self.periodicity.text(),
            audience=None if audience < 0 else audience,
            audience_note=self.audience_note.text(),
            website=self.website.text(),
            social_links=self.social.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            first_wave=self.first_wave.isChecked(),
            exclusive_partner=self.exclusive.isChecked(),
            notes=self.notes.toPlainText(),
            row_version=self.record.row_version,
        )

    def texts(self) -> tuple[str, str, str, str]:
        """Return the wording of the outlet's save messages."""
        return (
            self.tr("Outlet"),
            self.tr("Enter the outlet's name."),
            self.tr("The outlet is not saved."),
            self.tr("Saved. The phone number or e-mail address is not valid: please check it."),
        )

    def store_contact(self) -> Saved[OutletRecord]:
        """Save the outlet."""
        return save_outlet(self.db, self.value())

    def load_current(self) -> OutletRecord:
        """Read the outlet as stored now."""
        assert self.record.id is not None
        return get_outlet(self.db, self.record.id)

    def field_labels(self) -> dict[str, str]:
        """Name the outlet's fields as the form does."""
        labels = {
            "name": self.tr("Name:"),
            "kind": self.tr("Kind:"),
            "platforms": self.tr("Platforms:"),
            "scale": self.tr("Scale and region:"),
            "region": self.tr("Scale and region:"),
            "languages": self.tr("Languages:"),
            "ownership": self.tr("Ownership:"),
            "formats": self.tr("Coverage formats:"),
            "circulation": self.tr("Circulation and periodicity:"),
            "periodicity": self.tr("Circulation and periodicity:"),
            "audience": self.tr("Audience:"),
            "audience_note": self.tr("Audience:"),
            "website": self.tr("Website:"),
            "social_links": self.tr("Social networks:"),
            "phone": self.tr("Phone and e-mail:"),
            "email": self.tr("Phone and e-mail:"),
            "notes": self.tr("Notes:"),
        }
        return {field: label.rstrip(":") for field, label in labels.items()}
