"""The streamed XLSX writer: read back by openpyxl, formula-like text kept as text, atomic."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pressdesk.exchange.xlsx_stream import Sheet, write_xlsx_stream


def test_sheets_are_read_back_with_their_values(tmp_path: Path):
    path = tmp_path / "book.xlsx"
    rows = [
        ["=SUM(A1:A9)", dt.date(2026, 12, 1), 42, Decimal("12.50"), None, "Өмүр & «Ңөү» <b>"],
        ["+996 700 123 456", dt.date(2026, 2, 28), 0, Decimal("0"), "x\x01y", "–"],
    ]
    write_xlsx_stream(
        path,
        [
            Sheet("Жарыялануулар", ["А", "Күнү", "Саны", "Сумма", "Бош", "Текст"], rows),
            Sheet("жарыялануулар", ["Б"], [["бир"]]),
            Sheet("a/b:c*d?[e]", ["В"], []),
        ],
    )
    book = load_workbook(path)
    assert book.sheetnames == ["Жарыялануулар", "жарыялануулар 2", "a b c d  e"]
    sheet = book["Жарыялануулар"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ["А", "Күнү", "Саны", "Сумма", "Бош", "Текст"]
    assert values[1][0] == "=SUM(A1:A9)"  # text, not a formula
    assert sheet["A2"].data_type == "s"
    assert values[1][1] == dt.datetime(2026, 12, 1)
    assert sheet["B2"].number_format == "DD.MM.YYYY"
    assert values[1][2:5] == [42, 12.5, None]
    assert values[1][5] == "Өмүр & «Ңөү» <b>"
    assert values[2][4] == "xy"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F3"
    assert sheet["A1"].font.b
    assert book["a b c d  e"].max_row == 1


def test_a_failed_write_leaves_nothing(tmp_path: Path):
    class Broken:
        def __len__(self) -> int:
            return 1

        def __iter__(self):  # type: ignore[no-untyped-def]
            raise OSError("disk full")

    path = tmp_path / "book.xlsx"
    with pytest.raises(OSError, match="disk full"):
        write_xlsx_stream(path, [Sheet("A", ["x"], Broken(), [10])])  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_sheet_chart_is_written_as_a_native_chart_of_its_cells(tmp_path):
    import zipfile

    from openpyxl import load_workbook

    from pressdesk.exchange.xlsx_charts import SheetChart

    path = tmp_path / "charts.xlsx"
    write_xlsx_stream(
        path,
        [
            Sheet(
                "Тон O'Brien",
                ["Тону", "Саны"],
                [["Оң", 5], ["Терс", 2]],
                chart=SheetChart("pie", "Тону", ("#548235", "#c00000")),
            ),
            Sheet("Апталар", ["Жума", "Саны"], [["02.11", 3]], chart=SheetChart("column", "А")),
            Sheet("Бош", ["A", "B"], [], chart=SheetChart("bar", "Бош")),
        ],
    )
    with zipfile.ZipFile(path) as book:
        names = set(book.namelist())
    assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml"} <= names
    assert not any("chart3" in name or "drawing3" in name for name in names)  # no rows, no chart
    book = load_workbook(path)
    pie = book.worksheets[0]._charts[0]
    assert type(pie).__name__ == "PieChart"
    assert pie.series[0].val.numRef.f == "'Тон O''Brien'!$B$2:$B$3"
    assert [p.spPr.solidFill.srgbClr for p in pie.series[0].dPt] == ["548235", "C00000"]
    column = book.worksheets[1]._charts[0]
    assert (type(column).__name__, column.type) == ("BarChart", "col")
    assert book.worksheets[2]._charts == []
    assert book.worksheets[0]["B3"].value == 2
