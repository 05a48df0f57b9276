"""Table models of the contact base; the long ones fetch their rows a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette

from pressdesk.gui import tones
from pressdesk.gui.contacts.labels import date_text, label, labels
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP, current_language
from pressdesk.gui.widgets import paged
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.paged import ModelIndex, PagedTableModel
from pressdesk.services.contacts.duplicates import DuplicatePair
from pressdesk.services.contacts.lists import ListRow
from pressdesk.services.contacts.log import InteractionRecord, list_interactions
from pressdesk.services.contacts.query import (
    count_outlets,
    count_people,
    list_outlets,
    people_page,
)
from pressdesk.services.contacts.values import (
    OutletFilter,
    OutletRow,
    Page,
    PersonFilter,
    PersonRow,
)
from pressdesk.storage.engine import Database

ROW_ROLE = paged.ROW_ROLE
_DISPLAY = Qt.ItemDataRole.DisplayRole
_tr = QCoreApplication.translate


def _title(
    titles: Callable[[], Sequence[str]], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """Return the title of a column for the horizontal header's display role, else None.

    The header asks for many roles per column on every paint: the titles are translated
    only for the one role they answer.
    """
    if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
        return None
    names = titles()
    return names[section] if 0 <= section < len(names) else None


class SortedModel(PagedTableModel):
    """Records matching a filter, read a page at a time, sorted by the clicked column.

    A subclass names the service's sort key of each column in ``SORTS`` (``DEFAULT`` when
    no column is chosen) and gives :meth:`titles`, :meth:`count_rows` and :meth:`fetch_rows`.
    """

    SORTS: tuple[str, ...] = ()
    DEFAULT = ""
    filter: Any

    def __init__(self, db: Database, flt: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = flt
        self.sort_key = self.DEFAULT
        self.descending = False
        self._titles_read: tuple[str, tuple[str, ...]] | None = None

    def titles(self) -> tuple[str, ...]:
        """Return the column titles, translated."""
        raise NotImplementedError

    def _current_titles(self) -> tuple[str, ...]:
        """Return :meth:`titles`, translated once per interface language (the header asks
        for them on every paint)."""
        lang = current_language()
        if self._titles_read is None or self._titles_read[0] != lang:
            self._titles_read = (lang, self.titles())
        return self._titles_read[1]

    def set_order(self, column: int, descending: bool) -> bool:
        self.sort_key = self.SORTS[column] if 0 <= column < len(self.SORTS) else self.DEFAULT
        self.descending = descending
        return True

    def set_filter(self, flt: Any) -> None:
        """Show the records matching ``flt``."""
        self.filter = flt
        self.reload()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.SORTS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        return _title(self._current_titles, section, orientation, role)


def _muted() -> QBrush:
    return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


P_NAME, P_KIND, P_POSITION, P_OUTLET, P_PHONE, P_EMAIL, P_LANGS, P_VERIFIED, P_CONTACTED = range(9)
_PERSON_SORTS = (
    "name",
    "kind",
    "position",
    "outlet",
    "phone",
    "email",
    "languages",
    "last_verified",
    "last_contacted",
)

#: Column widths of a people table, in average characters, for their usual content.
PEOPLE_WIDTHS = {
    P_NAME: 26,
    P_KIND: 12,
    P_POSITION: 15,
    P_OUTLET: 19,
    P_PHONE: 19,
    P_EMAIL: 20,
    P_LANGS: 12,
    P_VERIFIED: 11,
    P_CONTACTED: 11,
}


class PeopleModel(SortedModel):
    """People matching a filter, read a page at a time; "relevance" order while searching."""

    SORTS = _PERSON_SORTS
    DEFAULT = "relevance"
    filter: PersonFilter

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, PersonFilter(), parent)

    def count_rows(self) -> int:
        return count_people(self.db, self.filter)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[PersonRow]:
        return people_page(
            self.db,
            self.filter,
            sort=self.sort_key,
            descending=self.descending,
            offset=offset,
            limit=limit,
            lang=first_language(),
            total=self.total,
        )

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Full name"),
            self.tr("Kind"),
            self.tr("Position"),
            self.tr("Outlet"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Languages"),
            self.tr("Verified"),
            self.tr("Last contact"),
        )

    def row_data(self, person: PersonRow, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._text(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if person.do_not_contact:
                return self.tr("Do not contact")
            if person.invalid_values and column in (P_PHONE, P_EMAIL):
                return self.tr("Has phone numbers or e-mail addresses to correct")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if person.invalid_values and column in (P_PHONE, P_EMAIL):
                return QBrush(tones.text("bad"))
            if person.do_not_contact:
                return _muted()
        return None

    def _text(self, person: PersonRow, column: int) -> str:
        values: dict[int, Callable[[], str]] = {
            P_NAME: lambda: person.full_name,
            P_KIND: lambda: label("person_kind", person.kind),
            P_POSITION: lambda: person.position.text(first_language()),
            P_OUTLET: lambda: person.outlet_name,
            P_PHONE: lambda: person.phone,
            P_EMAIL: lambda: person.email,
            P_LANGS: lambda: labels("language", person.languages, short=True),
            P_VERIFIED: lambda: date_text(person.last_verified),
            P_CONTACTED: lambda: date_text(person.last_contacted),
        }
        getter = values.get(column)
        return getter() if getter is not None else ""


O_NAME, O_KIND, O_SCALE, O_LANGS, O_OWNER, O_CIRC, O_AUDIENCE, O_FIRST, O_EXCL, O_PEOPLE = range(10)
_OUTLET_SORTS = (
    "name",
    "kind",
    "region",
    "languages",
    "ownership",
    "circulation",
    "audience",
    "first_wave",
    "exclusive_partner",
    "people",
)


class OutletModel(SortedModel):
    """Outlets matching a filter, read a page at a time."""

    SORTS = _OUTLET_SORTS
    DEFAULT = "name"
    filter: OutletFilter

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, OutletFilter(), parent)

    def count_rows(self) -> int:
        return count_outlets(self.db, self.filter)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[OutletRow]:
        return list_outlets(
            self.db,
            self.filter,
            sort=self.sort_key,
            descending=self.descending,
            offset=offset,
            limit=limit,
            counted=False,
        ).rows

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Outlet"),
            self.tr("Kind"),
            self.tr("Scale and region"),
            self.tr("Languages"),
            self.tr("Ownership"),
            self.tr("Circulation"),
            self.tr("Audience"),
            self.tr("First wave"),
            self.tr("Exclusive"),
            self.tr("People"),
        )

    def row_data(self, outlet: OutletRow, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._text(outlet, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (O_CIRC, O_AUDIENCE, O_PEOPLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, outlet: OutletRow, column: int) -> str:
        yes = self.tr("yes")
        if column == O_NAME:
            return outlet.name
        if column == O_KIND:
            return label("outlet_kind", outlet.kind)
        if column == O_SCALE:
            scale = label("scale", outlet.scale)
            return f"{scale}, {label('region', outlet.region)}" if outlet.region else scale
        if column == O_LANGS:
            return labels("language", outlet.languages, short=True)
        if column == O_OWNER:
            return label("ownership", outlet.ownership)
        if column == O_CIRC:
            return "" if outlet.circulation is None else f"{outlet.circulation:,}".replace(",", " ")
        if column == O_AUDIENCE:
            return "" if outlet.audience is None else f"{outlet.audience:,}".replace(",", " ")
        if column == O_FIRST:
            return yes if outlet.first_wave else ""
        if column == O_EXCL:
            return yes if outlet.exclusive_partner else ""
        if column == O_PEOPLE:
            return str(outlet.people_count)
        return ""


class InteractionModel(PagedTableModel):
    """The log of one person or outlet, latest first."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id: int | None = None
        self.outlet_id: int | None = None

    def _read(self, offset: int, limit: int) -> Page[InteractionRecord]:
        if self.person_id is None and self.outlet_id is None:
            return Page([], 0, offset, limit)
        return list_interactions(
            self.db, person_id=self.person_id, outlet_id=self.outlet_id, offset=offset, limit=limit
        )

    def count_rows(self) -> int:
        return self._read(0, 1).total

    def fetch_rows(self, offset: int, limit: int) -> Sequence[InteractionRecord]:
        return self._read(offset, limit).rows

    def show_log(self, *, person_id: int | None = None, outlet_id: int | None = None) -> None:
        """Show the log of a person or of an outlet (with its people's entries)."""
        self.person_id, self.outlet_id = person_id, outlet_id
        self.reload()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        def titles() -> tuple[str, ...]:
            return (
                self.tr("Date"),
                self.tr("Channel"),
                self.tr("Subject"),
                self.tr("Who"),
                self.tr("Note"),
            )

        return _title(titles, section, orientation, role)

    def row_data(self, entry: InteractionRecord, column: int, role: int) -> Any:
        if role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            date_text(entry.happened_on),
            label("channel", entry.channel),
            entry.subject,
            entry.person_name or entry.outlet_name,
            entry.note,
        )
        return values[column] if 0 <= column < len(values) else None


class RowsModel(QAbstractTableModel):
    """A short list of plain rows held whole (lists, duplicate pairs)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """Return the row object shown at ``row``."""
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles())

    def _titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _values(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        return _title(self._titles, section, orientation, role)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            values = self._values(row)
            column = index.column()
            return values[column] if 0 <= column < len(values) else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ListsModel(RowsModel):
    """Distribution lists with their counts."""

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("List"),
            self.tr("Kind"),
            self.tr("People"),
            self.tr("Whole outlets"),
            self.tr("Recipients"),
            self.tr("Description"),
        )

    def _values(self, row: ListRow) -> tuple[str, ...]:
        return (
            row.name,
            label("list_kind", row.kind),
            str(row.person_count),
            str(row.outlet_count),
            str(row.recipient_count),
            row.description,
        )


def reason_text(reason: str) -> str:
    """Return a duplicate reason from the service in the UI language."""
    for prefix, source in (
        ("same phone", QT_TRANSLATE_NOOP("ContactModels", "Same phone {value}")),
        ("same e-mail", QT_TRANSLATE_NOOP("ContactModels", "Same e-mail {value}")),
        (
            "similar name at the same outlet",
            QT_TRANSLATE_NOOP("ContactModels", "Similar name at the same outlet {value}"),
        ),
    ):
        if reason.startswith(prefix):
            value = reason[len(prefix) :].strip()
            return _tr("ContactModels", source).format(value=value)
    return reason


class DuplicatesModel(RowsModel):
    """Pairs of people who are probably the same, with the reasons."""

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("First record"), self.tr("Second record"), self.tr("Why"))

    def _values(self, pair: DuplicatePair) -> tuple[str, ...]:
        def who(row: PersonRow) -> str:
            return f"{row.full_name} ({row.outlet_name})" if row.outlet_name else row.full_name

        reasons = "; ".join(reason_text(r) for r in pair.reasons)
        return (who(pair.first), who(pair.second), reasons)
