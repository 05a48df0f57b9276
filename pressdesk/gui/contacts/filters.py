"""Filter bars of the people and outlet views: search as you type and a combo per category."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from pressdesk.gui.contacts.labels import choices
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.filter_bar import FilterBar, FilterCombo, fill_combo, filter_combo
from pressdesk.services.contacts.lists import list_lists
from pressdesk.services.contacts.query import outlet_choices
from pressdesk.services.contacts.topics import list_topics
from pressdesk.services.contacts.values import OutletFilter, PersonFilter
from pressdesk.storage.engine import Database

_fill = fill_combo


def _combo(name: str) -> QComboBox:
    return filter_combo(name)


def _one(combo: QComboBox) -> frozenset[str]:
    data = combo.currentData()
    return frozenset({data}) if isinstance(data, str) else frozenset()


def _place(combo: QComboBox) -> tuple[frozenset[str], frozenset[str]]:
    data = combo.currentData()
    if isinstance(data, tuple) and data[0] == "scale":
        return frozenset({data[1]}), frozenset()
    if isinstance(data, tuple) and data[0] == "region":
        return frozenset(), frozenset({data[1]})
    return frozenset(), frozenset()


class LazyCombo(FilterCombo):
    """A combo box whose long choice list is read only when it is first opened."""

    def __init__(self, name: str, loader: Callable[[], list[tuple[object, str]]]) -> None:
        super().__init__(name)
        self.loader = loader
        self.anything = ""
        self.loaded = False

    def reset(self, anything: str) -> None:
        """Offer only "anything" (and the current choice) until the list is opened again."""
        self.anything = anything
        self.loaded = False
        data, text = self.currentData(), self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem(anything, None)
        if data is not None:
            self.addItem(text, data)
            self.setCurrentIndex(1)
        self.setToolTip(self.currentText())
        self.blockSignals(False)

    def load(self) -> None:
        """Read the choices now."""
        if not self.loaded:
            _fill(self, self.anything, self.loader())
            self.loaded = True

    def showPopup(self) -> None:
        self.load()
        super().showPopup()


class _SearchBar(FilterBar):
    """What both bars share: the search box and the place combo."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, "contactSearch", parent=parent)
        self.place = _combo("placeFilter")

    def _fill_places(self) -> None:
        items: list[tuple[object, str]] = [(("scale", c), t) for c, t in choices("scale")]
        items += [(("region", c), t) for c, t in choices("region") if c]
        anything = QCoreApplication.translate("ContactFilters", "Any scale or region")
        _fill(self.place, anything, items)


class PeopleFilterBar(_SearchBar):
    """Search and category filters of the people view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("peopleFilterBar", parent)
        self.stale_before: dt.date | None = None
        self.search.setPlaceholderText(
            self.tr("Search by name, outlet, position, topic, phone, e-mail, notes")
        )
        self.kind = _combo("kindFilter")
        self.db: Database | None = None
        self.outlet = LazyCombo("outletFilter", self._outlet_items)
        self.outlet_kind = _combo("outletKindFilter")
        self.language = _combo("languageFilter")
        self.ownership = _combo("ownershipFilter")
        self.topic = _combo("topicFilter")
        self.list = _combo("listFilter")
        self.contact = _combo("doNotContactFilter")
        self.stale = QCheckBox(self.tr("Not verified for long"))
        self.stale.setObjectName("staleFilter")
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        _fill(self.kind, self.tr("Any kind"), choices("person_kind"))
        _fill(self.outlet_kind, self.tr("Any outlet type"), choices("outlet_kind"))
        _fill(self.language, self.tr("Any language"), choices("language"))
        _fill(self.ownership, self.tr("Any ownership"), choices("ownership"))
        _fill(
            self.contact,
            self.tr("Do-not-contact: any"),
            [(False, self.tr("Can be contacted")), (True, self.tr("Do not contact only"))],
        )
        self._fill_places()
        self.add(
            self.kind,
            self.outlet,
            self.list,
            self.outlet_kind,
            self.place,
            self.language,
            self.ownership,
            self.topic,
            self.contact,
            self.stale,
        )
        self.add_button(self.clear_button)

    def reload(self, db: Database) -> None:
        """Refill the outlet, topic and list choices from the database."""
        self.db = db
        # Outlets are read when the list is opened: a large base has thousands of them.
        self.outlet.reset(self.tr("Any outlet"))
        # A topic is chosen by its name in the interface language; a saved filter keeps that
        # name, and a name in either language finds the topic.
        lang = first_language()
        names = [row.name.text(lang) for row in list_topics(db, lang)]
        _fill(self.topic, self.tr("Any topic"), [(n, n) for n in names])
        _fill(self.list, self.tr("Any list"), [(r.id, r.name) for r in list_lists(db)])

    def _outlet_items(self) -> list[tuple[object, str]]:
        outlets: list[tuple[object, str]] = []
        if self.db is not None:
            outlets = [(i, n) for i, n in outlet_choices(self.db)]
        return [(-1, self.tr("Without outlet")), *outlets]

    def value(self) -> PersonFilter:
        """Return the filter the bar shows."""
        outlet = self.outlet.currentData()
        scales, regions = _place(self.place)
        contact = self.contact.currentData()
        list_id = self.list.currentData()
        return PersonFilter(
            text=self.search.text().strip(),
            kinds=_one(self.kind),
            outlet_ids=frozenset({outlet})
            if isinstance(outlet, int) and outlet > 0
            else frozenset(),
            without_outlet=outlet == -1,
            outlet_kinds=_one(self.outlet_kind),
            scales=scales,
            regions=regions,
            ownerships=_one(self.ownership),
            languages=_one(self.language),
            topics=_one(self.topic),
            list_id=list_id if isinstance(list_id, int) else None,
            do_not_contact=contact if isinstance(contact, bool) else None,
            verified_before=self.stale_before if self.stale.isChecked() else None,
        )


class OutletFilterBar(_SearchBar):
    """Search and category filters of the outlet view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("outletFilterBar", parent)
        self.search.setPlaceholderText(self.tr("Search outlets by name"))
        self.kind = _combo("outletKindFilter")
        self.language = _combo("languageFilter")
        self.ownership = _combo("ownershipFilter")
        self.platform = _combo("platformFilter")
        self.list = _combo("listFilter")
        self.first_wave = QCheckBox(self.tr("First wave"))
        self.exclusive = QCheckBox(self.tr("Exclusive partners"))
        _fill(self.kind, self.tr("Any outlet type"), choices("outlet_kind"))
        _fill(self.language, self.tr("Any language"), choices("language"))
        _fill(self.ownership, self.tr("Any ownership"), choices("ownership"))
        _fill(self.platform, self.tr("Any platform"), choices("platform"))
        self._fill_places()
        self.add(
            self.kind,
            self.place,
            self.language,
            self.ownership,
            self.platform,
            self.list,
            self.first_wave,
            self.exclusive,
        )

    def reload(self, db: Database) -> None:
        """Refill the list choices from the database."""
        _fill(self.list, self.tr("Any list"), [(r.id, r.name) for r in list_lists(db)])

    def value(self) -> OutletFilter:
        """Return the filter the bar shows."""
        scales, regions = _place(self.place)
        list_id = self.list.currentData()
        return OutletFilter(
            text=self.search.text().strip(),
            kinds=_one(self.kind),
            scales=scales,
            regions=regions,
            ownerships=_one(self.ownership),
            languages=_one(self.language),
            platforms=_one(self.platform),
            first_wave=True if self.first_wave.isChecked() else None,
            exclusive_partner=True if self.exclusive.isChecked() else None,
            list_id=list_id if isinstance(list_id, int) else None,
        )
