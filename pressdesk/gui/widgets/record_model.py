"""The table models of record lists: columns named once, rows from a query or a list in memory.

Three levels, each adding one thing to :class:`~pressdesk.gui.widgets.paged.PagedTableModel`:

- :class:`RecordTableModel` names its columns in ``TITLES`` (and header tooltips in ``TIPS``),
  marked with ``QT_TRANSLATE_NOOP`` under the model's class name, so ``columnCount`` and
  ``headerData`` are written once;
- :class:`QueryTableModel` reads its rows from a service that counts, filters, sorts and
  pages (``count(db, filter)`` and ``fetch(db, filter, offset=, limit=, order=, descending=,
  lang=)``), the way the archive and inventory lists do;
- :class:`ListTableModel` shows a short list the service gives whole (``set_rows``), with the
  same ``row_at`` / ``row_of`` / ``replace_row`` a page uses for selection.

A section's model gives only ``TITLES`` and :meth:`~RecordTableModel.row_texts` (the texts of
a row's columns, with :meth:`~RecordTableModel.row_tip` and ``RIGHT_ALIGNED`` where needed), or
:meth:`row_data` itself (what each role shows of a row).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette

from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.paged import ROW_ROLE, ModelIndex, PagedTableModel
from pressdesk.storage.engine import Database

__all__ = [
    "ROW_ROLE",
    "ListTableModel",
    "ModelIndex",
    "QueryTableModel",
    "RecordTableModel",
    "bold_font",
    "greyed",
]


def bold_font() -> QFont:
    """Return the application font in bold, for a cell that must stand out."""
    font = QFont()
    font.setBold(True)
    return font


def greyed() -> QBrush:
    """Return the brush of disabled text, for a row that no longer counts."""
    return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


class RecordTableModel(PagedTableModel):
    """A paged model whose columns are named by ``TITLES`` and ``TIPS``.

    The texts are source texts marked with ``QT_TRANSLATE_NOOP("<ModelClass>", …)``; they are
    translated when the header is shown, in the context of the model's class.
    """

    #: One title per column.
    TITLES: ClassVar[Sequence[str]] = ()
    #: Header tooltips by column.
    TIPS: ClassVar[Mapping[int, str]] = {}

    #: Columns of numbers, aligned right.
    RIGHT_ALIGNED: ClassVar[frozenset[int]] = frozenset()

    def _translate(self, text: str) -> str:
        return QCoreApplication.translate(self.metaObject().className(), text)

    def row_texts(self, row: Any) -> Mapping[int, str]:
        """Return the text of each column of ``row``, shown and (by default) its tooltip."""
        raise NotImplementedError

    def row_tip(self, row: Any, column: int) -> str | None:
        """Return a tooltip that says more than the cell's text, or None for the text."""
        return None

    def row_style(self, row: Any, column: int, role: int) -> Any:
        """Return what roles other than text, tooltip and alignment show (None: nothing)."""
        return None

    def row_data(self, row: Any, column: int, role: int) -> Any:
        """Show :meth:`row_texts`, :meth:`row_tip` and :meth:`row_style`; numbers to the right."""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.row_tip(row, column)
            if tip is not None:
                return tip
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.row_texts(row).get(column, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.row_style(row, column, role)

    def titles(self) -> Sequence[str]:
        """Return the columns' titles (``TITLES`` unless the columns vary)."""
        return self.TITLES

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        titles = self.titles()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._translate(titles[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.TIPS:
            return self._translate(self.TIPS[section])
        return None


class QueryTableModel(RecordTableModel):
    """Rows a service filters, sorts and reads a page at a time.

    ``orders`` maps the columns that sort to the service's order names; the other columns
    refuse a sort. Texts are shown, and sorted, in the interface language where they have it.
    """

    #: The service's functions: ``COUNT(db, filter)`` and ``FETCH(db, filter, offset=, …)``.
    COUNT: ClassVar[Callable[[Database, Any], int]]
    FETCH: ClassVar[Callable[..., Any]]
    #: The columns that sort, with the service's order names; the order shown first.
    ORDERS: ClassVar[Mapping[int, str]] = {}
    ORDER: ClassVar[str] = ""
    DESCENDING: ClassVar[bool] = False

    def __init__(self, db: Database, flt: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = flt
        self.order = self.ORDER
        self.descending = self.DESCENDING
        self.orders = self.ORDERS
        self.lang = first_language()

    def count_rows(self) -> int:
        return type(self).COUNT(self.db, self.filter)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[Any]:
        found = type(self).FETCH(
            self.db,
            self.filter,
            offset=offset,
            limit=limit,
            order=self.order,
            descending=self.descending,
            lang=self.lang,
        )
        rows: Sequence[Any] = found.rows
        return rows

    def set_filter(self, flt: Any) -> None:
        """Show the rows ``flt`` selects."""
        self.filter = flt
        self.reload()

    def set_order(self, column: int, descending: bool) -> bool:
        if column not in self.orders:
            return False
        self.order = self.orders[column]
        self.descending = descending
        return True


class ListTableModel(RecordTableModel):
    """A short list held whole in memory, shown with the paged model's interface."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.rows = list(rows)
        self.reload()

    def count_rows(self) -> int:
        return len(self.rows)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[Any]:
        return self.rows[offset : offset + limit]

    def row_of(self, record_id: int | None) -> int:
        """Return where the record ``record_id`` is shown, or -1."""
        if record_id is None:
            return -1
        return next((i for i, r in enumerate(self.rows) if getattr(r, "id", None) == record_id), -1)

    def replace_row(self, row: Any) -> None:
        """Show the stored version of a row already listed (one with the same ``id``)."""
        number = self.row_of(getattr(row, "id", None))
        if number >= 0:
            self.set_row(number, row)

    def set_row(self, number: int, row: Any) -> None:
        """Show ``row`` at ``number`` in place of what was there."""
        self.rows[number] = row
        # The pages read hold the old row.
        self._pages.clear()
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
