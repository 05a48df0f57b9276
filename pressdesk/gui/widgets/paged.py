"""One table model for long lists: it counts the rows once and reads the shown page on demand."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

ModelIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
# About two screens of rows (the first page of a search is what is visible): a jump anywhere in
# the list reads one or two pages.
PAGE_SIZE = 50
# Pages kept in memory; the least recently shown goes first, so memory stays flat however far
# the list is scrolled.
KEPT_PAGES = 12


class PagedTableModel(QAbstractTableModel):
    """Rows from a service: the count is known at once, each page is read when it is shown.

    A section gives :meth:`count_rows`, :meth:`fetch_rows` and :meth:`row_data`, and
    :meth:`set_order` if its columns sort. The view sees every row from the start, so its
    scroll bar is true and a jump to the end reads only the last page.
    """

    total_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = PAGE_SIZE
        self.kept_pages = KEPT_PAGES
        self._total = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        # Nothing is read until rows are first asked for: a view that enables sorting calls
        # sort() while it is being built, which must not run a query for a hidden tab.
        self._loaded_once = False
        self._recount_pending = False

    # --- what a section provides ----------------------------------------------------------

    def count_rows(self) -> int:
        """Return how many rows match in all."""
        raise NotImplementedError

    def fetch_rows(self, offset: int, limit: int) -> Sequence[Any]:
        """Return up to ``limit`` rows from ``offset`` in the shown order."""
        raise NotImplementedError

    def row_data(self, row: Any, column: int, role: int) -> Any:
        """Return what ``role`` shows of ``row`` in ``column``."""
        raise NotImplementedError

    def set_order(self, column: int, descending: bool) -> bool:
        """Sort by ``column`` from the next read; return False if that column does not sort."""
        return False

    # --- reading --------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """Return how many rows match in all."""
        return self._total

    @property
    def loaded(self) -> int:
        """Return how many rows are held in memory."""
        return sum(len(rows) for rows in self._pages.values())

    def reload(self) -> None:
        """Count the rows again and forget every page read (after a new filter or order)."""
        self._loaded_once = True
        total = max(0, self.count_rows())
        self.beginResetModel()
        self._pages.clear()
        self._total = total
        self.endResetModel()
        self.total_changed.emit(total)

    def reload_if_loaded(self) -> None:
        """Read again only if rows were asked for already."""
        if self._loaded_once:
            self.reload()

    def refresh(self) -> None:
        """Show edits: with as many rows as before, keep the selection and scroll position."""
        if not self._loaded_once:
            return
        total = max(0, self.count_rows())
        if total != self._total:
            self.reload()
            return
        self._pages.clear()
        if total:
            last = self.index(total - 1, max(0, self.columnCount() - 1))
            self.dataChanged.emit(self.index(0, 0), last)

    def show_nothing(self) -> None:
        """Show no rows until the next reload."""
        self.beginResetModel()
        self._pages.clear()
        self._total = 0
        self.endResetModel()
        self.total_changed.emit(0)

    def row_at(self, row: int) -> Any:
        """Return the row object shown at ``row`` (reading its page if needed), or None."""
        if not 0 <= row < self._total:
            return None
        number, within = divmod(row, self.page_size)
        page = self._page(number)
        return page[within] if within < len(page) else None

    def row_of(self, record_id: int | None) -> int:
        """Return where the record ``record_id`` is shown among the pages read, or -1."""
        if record_id is None:
            return -1
        if self._total and 0 not in self._pages:
            self._page(0)
        for number, rows in self._pages.items():
            for within, row in enumerate(rows):
                if getattr(row, "id", None) == record_id:
                    return number * self.page_size + within
        return -1

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        offset = number * self.page_size
        page = list(self.fetch_rows(offset, self.page_size))
        self._pages[number] = page
        while len(self._pages) > self.kept_pages:
            self._pages.popitem(last=False)
        if len(page) < min(self.page_size, self._total - offset):
            # Rows went away since the count (deleted elsewhere): count again once the view
            # has finished painting, never from inside data().
            self._schedule_recount()
        return page

    def _schedule_recount(self) -> None:
        if not self._recount_pending:
            self._recount_pending = True
            QTimer.singleShot(0, self._recount)

    def _recount(self) -> None:
        self._recount_pending = False
        if self.count_rows() != self._total:
            self.reload()

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        return self.row_data(row, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_order(column, order == Qt.SortOrder.DescendingOrder):
            self.reload_if_loaded()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
