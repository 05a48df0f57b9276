"""Write CSV and XLSX tables that a spreadsheet opens safely: formula-like text stays text.

CSV cells get a leading apostrophe; XLSX cells are stored as text with Excel's quote-prefix
flag, which is exactly what Excel records when a user types the apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from pressdesk.exchange.errors import TableFormatError
from pressdesk.fileio import atomic_path

CellValue = str | int | float | Decimal | dt.date | None

WRITE_FORMATS = (".csv", ".xlsx")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_PHONE_LIKE = re.compile(r"^\+[0-9][0-9 ()\-]{5,}[0-9]$")
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


def neutralise(text: str) -> str:
    """Return ``text`` safe for a CSV cell: formula-like text gets a leading apostrophe."""
    if text.startswith(FORMULA_TRIGGERS) and not _PHONE_LIKE.match(text):
        return "'" + text
    return text


def is_formula_like(text: str) -> bool:
    """Return True if a spreadsheet could read ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def _csv_text(value: CellValue, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = f"{value:.0f}" if value == value.to_integral_value() else f"{value:.2f}"
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, float):
        text = repr(value)
        return text.replace(".", ",") if decimal_comma else text
    return str(value)


def write_csv(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[CellValue]],
    *,
    delimiter: str = ";",
) -> int:
    """Write a CSV file in UTF-8 with BOM atomically; return the number of data rows."""
    # The semicolon and the decimal comma are what Excel expects on Kyrgyz and Russian Windows,
    # where it then opens the file straight into columns.
    decimal_comma = delimiter == ";"
    count = 0
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_text(value, decimal_comma) for value in row])
            count += 1
    return count


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[CellValue]],
    *,
    widths: Sequence[float] | None = None,
    sheet_title: str = "",
) -> int:
    """Write an XLSX sheet atomically: bold frozen header, autofilter, widths in characters."""
    from openpyxl import Workbook  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped,unused-ignore]

    data = [list(row) for row in rows]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(sheet_title))
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths or _measure(headers, data), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E6E6E6")
    wrap = Alignment(vertical="top", wrap_text=True)
    header_cells = []
    for title in headers:
        cell = WriteOnlyCell(sheet, value=_xlsx_clean(title))
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in data:
        sheet.append([_xlsx_cell(sheet, WriteOnlyCell, value) for value in row])
    last = get_column_letter(max(len(headers), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(data) + 1}"
    with atomic_path(path) as tmp:
        workbook.save(tmp)
    return len(data)


def _xlsx_cell(sheet: Any, factory: Callable[..., Any], value: CellValue) -> Any:
    # Plain values where no style is needed: a cell object per value triples the writing time.
    if isinstance(value, str):
        text = _xlsx_clean(value)
        if not is_formula_like(text):
            return text
        cell = factory(sheet, value=text)
        # Text, never a formula: the same as a user typing an apostrophe in Excel.
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    if isinstance(value, dt.date):
        cell = factory(sheet, value=value)
        cell.number_format = "DD.MM.YYYY"
        return cell
    if isinstance(value, Decimal):
        cell = factory(sheet, value=value)
        cell.number_format = "#,##0.00"
        return cell
    return value


def _xlsx_clean(text: str) -> str:
    return _XLSX_ILLEGAL.sub("", text)


def _sheet_title(title: str) -> str:
    cleaned = _SHEET_TITLE_BAD.sub(" ", title).strip().strip("'")
    return cleaned[:31] or "Sheet1"


def _measure(headers: Sequence[str], rows: Sequence[Sequence[CellValue]]) -> list[float]:
    widths = [float(min(max(len(h), 8), 40)) for h in headers]
    for row in rows[:500]:
        for index, value in enumerate(row[: len(widths)]):
            length = 11 if isinstance(value, dt.date) else len(str(value or ""))
            widths[index] = max(widths[index], float(min(length + 2, 60)))
    return widths


def write_table(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[CellValue]],
    *,
    widths: Sequence[float] | None = None,
    sheet_title: str = "",
) -> int:
    """Write CSV or XLSX, chosen by the extension of ``path``; return the number of rows."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return write_csv(path, headers, rows)
    if suffix == ".xlsx":
        return write_xlsx(path, headers, rows, widths=widths, sheet_title=sheet_title)
    raise TableFormatError(f"Cannot write a table as {suffix or 'a file without extension'!r}.")
