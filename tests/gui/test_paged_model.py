"""The shared paged table model, tested once over a plain list instead of per section."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from pressdesk.gui.widgets.paged import ROW_ROLE, PagedTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class ListModel(PagedTableModel):
    """A paged model over a Python list that records every read."""

    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.source = rows
        self.descending = False
        self.reads: list[tuple[int, int]] = []
        self.counts = 0

    def _ordered(self) -> list[Row]:
        return sorted(self.source, key=lambda r: r.name, reverse=self.descending)

    def count_rows(self) -> int:
        self.counts += 1
        return len(self.source)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[Row]:
        self.reads.append((offset, limit))
        return self._ordered()[offset : offset + limit]

    def row_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if column == 0 else str(row.id)
        return None

    def set_order(self, column: int, descending: bool) -> bool:
        if column != 0:
            return False
        self.descending = descending
        return True

    def columnCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else 2


def rows(count: int) -> list[Row]:
    return [Row(i, f"name {i:06d}") for i in range(1, count + 1)]


def make(count: int, page_size: int = 50) -> ListModel:
    model = ListModel(rows(count))
    model.page_size = page_size
    model.kept_pages = 4
    return model


def test_the_model_tester_passes(qtbot):
    model = make(230, page_size=20)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.refresh()
    model.show_nothing()
    assert model.rowCount() == 0


def test_rows_are_counted_once_and_no_page_is_read_before_it_is_shown(qtbot):
    model = make(10_000)
    totals: list[int] = []
    model.total_changed.connect(totals.append)
    model.reload()
    assert model.rowCount() == model.total == 10_000
    assert totals == [10_000] and model.counts == 1
    assert model.reads == [] and model.loaded == 0


def test_the_last_row_reads_only_the_last_page(qtbot):
    model = make(10_000)
    model.reload()
    assert model.index(9_999, 0).data() == "name 010000"
    assert model.reads == [(9_950, 50)]
    assert model.index(9_960, 1).data() == "9961"
    assert model.index(9_999, 0).data(ROW_ROLE) == Row(10_000, "name 010000")
    assert len(model.reads) == 1


def test_memory_stays_flat_however_far_the_list_is_read(qtbot):
    model = make(10_000, page_size=25)
    model.reload()
    for row in range(0, 10_000, 7):
        assert model.row_at(row).id == row + 1
    assert model.loaded <= model.kept_pages * model.page_size
    # A page read long ago was dropped and is read again when shown again.
    model.reads.clear()
    assert model.row_at(0).id == 1
    assert model.reads == [(0, 25)]


def test_a_view_jumping_to_the_end_reads_one_or_two_pages(qtbot):
    model = make(100_000, page_size=64)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.setModel(model)
    model.reload()
    view.show()
    qtbot.waitExposed(view)
    model.reads.clear()
    view.scrollToBottom()
    view.viewport().grab()
    assert model.reads and all(offset >= 100_000 - 128 for offset, _limit in model.reads)
    assert len(model.reads) <= 2


def test_sorting_reads_again_only_once_rows_were_asked_for(qtbot):
    model = make(300)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.counts == 0
    model.reload()
    assert model.row_at(0).id == 300
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.counts == 2 and model.loaded == 0
    assert model.row_at(0).id == 1
    # A column that does not sort changes nothing.
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.counts == 2 and model.row_at(0).id == 1


def test_refresh_after_an_edit_keeps_the_selection(qtbot):
    model = make(300)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.reload()
    view.selectionModel().select(
        model.index(120, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.source[120] = Row(121, "name 000121 edited")
    changed: list[int] = []
    model.dataChanged.connect(lambda first, last: changed.append(last.row()))
    model.refresh()
    assert changed == [299]
    assert [i.row() for i in view.selectionModel().selectedRows()] == [120]
    assert model.index(120, 0).data() == "name 000121 edited"
    # A new row changes the count: the list is read again from the start.
    model.source.append(Row(301, "name 000301"))
    model.refresh()
    assert model.rowCount() == 301 and not view.selectionModel().hasSelection()


def test_rows_deleted_elsewhere_are_counted_again(qtbot):
    model = make(120)
    model.reload()
    del model.source[100:]
    assert model.row_at(110) is None
    assert model.index(110, 0).data() is None
    qtbot.waitUntil(lambda: model.rowCount() == 100)
    assert model.total == 100


def test_row_of_finds_a_record_on_the_first_page(qtbot):
    model = make(300)
    assert model.row_of(5) == -1
    model.reload()
    assert model.row_of(5) == 4
    assert model.row_of(None) == -1
    assert model.row_of(10_000) == -1
    assert model.row_at(-1) is None and model.row_at(300) is None
