"""Read the cell values of an XLSX workbook sheet by sheet, row by row, within limits.

A workbook is a zip of XML parts. The sizes the zip declares are checked before anything is
unpacked (Python's zip reader never unpacks more than a part declares), the bytes are counted
again while they are read, and so is the text of the cells (one short shared string may stand
in every cell); the rows are read one at a time and forgotten once passed on, and a
workbook that is damaged in any way (not a zip, cut short, bad compressed data, XML that does
not parse, a text index out of range, a number that is not a number) is refused with a
message naming the file and, where it is known, the row.

Only what an import needs is read: sheet names and order, shared strings, which cell styles
are dates, and the cached values of cells (never formulas). Values come out as text the way
a user sees them: whole numbers without ".0", dates as 2024-03-15, TRUE as 1.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, iterparse

from openpyxl.styles.numbers import (  # type: ignore[import-untyped,unused-ignore]
    builtin_format_code,
    is_date_format,
)
from openpyxl.utils.datetime import (  # type: ignore[import-untyped,unused-ignore]
    MAC_EPOCH,
    WINDOWS_EPOCH,
    from_excel,
)

from pressdesk.exchange.errors import TableFormatError
from pressdesk.exchange.limits import (
    CELL_CHARS,
    XLSX_PART_BYTES,
    XLSX_SHARED_STRINGS_BYTES,
    XLSX_TEXT_CHARS,
    XLSX_UNPACKED_BYTES,
    LimitExceeded,
)

log = logging.getLogger(__name__)

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
#: More parts than a workbook of a few sheets ever has; a zip of thousands is not a workbook.
MAX_PARTS = 10_000
#: Columns read from a row; cells further right are beyond any table an import reads.
MAX_COLUMNS = 1_000

# Errors the zip and XML readers raise on a damaged file; each means "cannot be read".
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ParseError,
    KeyError,
    IndexError,
    ValueError,
    OverflowError,
    NotImplementedError,
    RuntimeError,  # an encrypted part
)
_ROW, _CELL, _VALUE, _INLINE = MAIN + "row", MAIN + "c", MAIN + "v", MAIN + "is"
_TEXT, _RUN = MAIN + "t", MAIN + "r"
#: Rows of Excel's grid; a sheet of more row elements is not one a spreadsheet wrote.
MAX_ROWS = 1_048_576


@dataclass(frozen=True)
class SheetRef:
    """A sheet of the workbook: its name and the zip part holding its cells."""

    title: str
    part: str


def damaged(
    name: str, exc: BaseException, row: int | None = None, *, at: bool = False
) -> TableFormatError:
    """Return the error for a workbook that cannot be read at ``row`` (or after it)."""
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    log.info("XLSX %s cannot be read (row %s): %s", name, row, detail)
    where = f" {'at' if at else 'after'} row {row}" if row else ""
    return TableFormatError(
        f"{name} is not a readable .xlsx workbook: it is damaged or cut short and cannot be "
        f"read{where} ({detail}). Open it in Excel or LibreOffice and save it again as .xlsx, "
        "or save it as CSV.",
        code="damaged_xlsx",
        file=name,
        # The first row that cannot be read.
        row=(row if at else row + 1) if row else None,
    )


class _Counted:
    """A part being unpacked, with every byte counted against the workbook's limit."""

    def __init__(self, stream: IO[bytes], book: XlsxBook) -> None:
        self.stream, self.book = stream, book

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.book.unpacked += len(data)
        if self.book.unpacked > XLSX_UNPACKED_BYTES.value:
            raise LimitExceeded(XLSX_UNPACKED_BYTES, self.book.name)
        return data


class XlsxBook:
    """An open workbook: its sheets, shared strings and date styles; cells are read on demand."""

    def __init__(self, path: Path, name: str = "") -> None:
        self.name = name or path.name
        self.unpacked = 0
        # Text of the cells read so far: a short shared string referenced from every cell, or
        # inline text, is far more text than the parts' sizes say.
        self.text_chars = 0
        try:
            self.zip = zipfile.ZipFile(path)
        except _DAMAGED as exc:
            raise damaged(self.name, exc) from exc
        try:
            self._check_sizes()
            self._read_structure()
        except BaseException:
            self.zip.close()
            raise

    def close(self) -> None:
        """Close the zip file."""
        self.zip.close()

    def __enter__(self) -> XlsxBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- structure ----------------------------------------------------------------------------

    def _check_sizes(self) -> None:
        parts = self.zip.infolist()
        if len(parts) > MAX_PARTS:
            raise damaged(self.name, ValueError(f"it holds {len(parts)} parts"))
        if sum(info.file_size for info in parts) > XLSX_UNPACKED_BYTES.value:
            raise LimitExceeded(XLSX_UNPACKED_BYTES, self.name)

    def _part_limit(self, part: str) -> None:
        info = self.zip.getinfo(part)
        limit = XLSX_SHARED_STRINGS_BYTES if part == self.strings_part else XLSX_PART_BYTES
        if info.file_size > limit.value:
            raise LimitExceeded(limit, self.name)

    def _open(self, part: str) -> _Counted:
        return _Counted(self.zip.open(part), self)

    def _elements(self, part: str, tags: set[str]) -> Iterator[Element]:
        """Yield the elements named ``tags`` of a small part, in document order."""
        self._part_limit(part)
        with self.zip.open(part) as raw:
            for _event, element in iterparse(_Counted(raw, self), events=("end",)):
                if element.tag in tags:
                    yield element

    def _read_structure(self) -> None:
        try:
            names = set(self.zip.namelist())
            self.strings_part = ""
            self.zip.getinfo("[Content_Types].xml")
            for _ in self._elements("[Content_Types].xml", set()):
                pass  # only checked: a workbook whose manifest does not parse is damaged
            workbook = self._office_document(names)
            rels = self._relations(workbook)
            self.strings_part = next(
                (t for t, kind in rels.values() if kind.endswith("/sharedStrings")), ""
            )
            styles = next((t for t, kind in rels.values() if kind.endswith("/styles")), "")
            self.sheets: list[SheetRef] = []
            self.epoch = WINDOWS_EPOCH
            for element in self._elements(workbook, {MAIN + "sheet", MAIN + "workbookPr"}):
                if element.tag == MAIN + "workbookPr":
                    if element.get("date1904", "").lower() in {"1", "true"}:
                        self.epoch = MAC_EPOCH
                    continue
                target = rels.get(element.get(DOC_REL + "id", ""))
                if target is not None and target[0] in names:
                    self.sheets.append(SheetRef(element.get("name", ""), target[0]))
            self.strings = self._shared_strings() if self.strings_part in names else []
            self.date_styles = self._date_styles(styles) if styles in names else frozenset()
        except (LimitExceeded, TableFormatError):
            raise
        except _DAMAGED as exc:
            raise damaged(self.name, exc) from exc

    def _office_document(self, names: set[str]) -> str:
        if "_rels/.rels" in names:
            for element in self._elements("_rels/.rels", {REL + "Relationship"}):
                if element.get("Type", "").endswith("/officeDocument"):
                    return _resolve("", element.get("Target", ""))
        return "xl/workbook.xml"

    def _relations(self, part: str) -> dict[str, tuple[str, str]]:
        """Return the relationships of ``part``: id → (target part, type)."""
        folder, base = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        if rels_part not in self.zip.namelist():
            return {}
        return {
            element.get("Id", ""): (
                _resolve(folder, element.get("Target", "")),
                element.get("Type", ""),
            )
            for element in self._elements(rels_part, {REL + "Relationship"})
            if element.get("TargetMode", "") != "External"
        }

    def _shared_strings(self) -> list[str]:
        strings: list[str] = []
        for element in self._elements(self.strings_part, {MAIN + "si"}):
            strings.append(_text_of(element))
            element.clear()
        return strings

    def _date_styles(self, part: str) -> frozenset[int]:
        formats: dict[int, str] = {}
        dates: set[int] = set()
        index = 0
        in_cell_xfs = False
        self._part_limit(part)
        with self.zip.open(part) as raw:
            for event, element in iterparse(_Counted(raw, self), events=("start", "end")):
                tag = element.tag
                if tag == MAIN + "cellXfs":
                    in_cell_xfs = event == "start"
                elif event != "end":
                    continue
                elif tag == MAIN + "numFmt":
                    formats[_int(element.get("numFmtId"))] = element.get("formatCode", "")
                elif tag == MAIN + "xf" and in_cell_xfs:
                    number = _int(element.get("numFmtId"))
                    if is_date_format(formats.get(number) or builtin_format_code(number)):
                        dates.add(index)
                    index += 1
        return frozenset(dates)

    # --- cells --------------------------------------------------------------------------------

    def rows(self, sheet: SheetRef) -> Iterator[tuple[int, list[str]]]:
        """Yield (row number, cell texts) of ``sheet``, leaving out empty rows."""
        number = physical = 0
        reading = False  # inside a row's cells, rather than between rows
        try:
            with self.zip.open(sheet.part) as raw:
                for _event, element in iterparse(_Counted(raw, self)):
                    if element.tag != _ROW:
                        continue
                    given = element.get("r")
                    number = int(given) if given else number + 1
                    physical += 1
                    if number > MAX_ROWS or physical > MAX_ROWS:
                        raise ValueError(f"more than the {MAX_ROWS} rows a sheet has")
                    reading = True
                    cells = self._row(element, number)
                    reading = False
                    # Its cells are forgotten; the empty row element stays (72 bytes), and
                    # there are no more of those than a sheet has rows.
                    element.clear()
                    if cells:
                        yield number, cells
        except (LimitExceeded, TableFormatError):
            raise
        except _DAMAGED as exc:
            raise damaged(self.name, exc, number or None, at=reading) from exc

    def _row(self, row: Element, number: int) -> list[str]:
        cells: list[str] = []
        column = 0
        for cell in row:
            if cell.tag != _CELL:
                continue
            ref = cell.get("r")
            if ref:
                column = _column_of(ref)
            else:
                column += 1
            text = self._value(cell)
            if not text or column > MAX_COLUMNS:
                continue
            if len(text) > CELL_CHARS.value:
                raise LimitExceeded(CELL_CHARS, self.name, number)
            self.text_chars += len(text)
            if self.text_chars > XLSX_TEXT_CHARS.value:
                raise LimitExceeded(XLSX_TEXT_CHARS, self.name)
            if column > len(cells):
                cells.extend([""] * (column - len(cells)))
            cells[column - 1] = text
        return cells

    def _value(self, cell: Element) -> str:
        kind = cell.get("t", "n")
        raw: str | None = None
        # Children are looked at one by one: find() with a namespace in the path takes the
        # slow road through ElementPath, and this runs for every cell.
        for child in cell:
            if child.tag == _VALUE:
                raw = child.text
            elif child.tag == _INLINE and kind == "inlineStr":
                return _text_of(child).strip()
        if not raw:
            return ""
        if kind == "s":
            return self.strings[int(raw)].strip()
        if kind == "b":
            return "1" if int(raw) else "0"
        if kind in {"str", "e"}:
            return raw.strip()
        if kind == "d":
            try:
                return _moment_text(dt.datetime.fromisoformat(raw.strip().rstrip("Z")))
            except ValueError:
                return raw.strip()
        if kind == "inlineStr":
            return ""
        return self._number(raw.strip(), _int(cell.get("s")))

    def _number(self, raw: str, style: int) -> str:
        number: int | float = float(raw) if any(c in raw for c in ".eE") else int(raw)
        if style in self.date_styles:
            try:
                return _moment_text(from_excel(number, self.epoch))
            except (OverflowError, ValueError):
                return raw  # a "date" no calendar has: shown as the number it is
        if isinstance(number, float):
            return str(int(number)) if number.is_integer() else repr(number)
        return str(number)


def _moment_text(moment: dt.datetime | dt.time) -> str:
    if isinstance(moment, dt.time):
        return moment.isoformat()
    if moment.time() == dt.time():
        return moment.date().isoformat()
    return moment.isoformat(" ")


def _text_of(element: Element) -> str:
    """Return the text of a string item: plain, or its runs joined; phonetic hints left out."""
    runs: list[str] = []
    for child in element:
        if child.tag == _TEXT:
            return _unescape(child.text or "")
        if child.tag == _RUN:
            runs.extend(_unescape(t.text or "") for t in child if t.tag == _TEXT)
    return "".join(runs)


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    # Excel writes characters XML cannot hold (a tab, a carriage return) as _x0009_.
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


def _column_of(ref: str) -> int:
    """Return the column number of a cell reference such as "AB12"."""
    letters = ref.rstrip("0123456789")
    if len(letters) == len(ref):
        raise ValueError(f"cell reference {ref!r}")
    return _column_number(letters)


@functools.lru_cache(maxsize=1024)
def _column_number(letters: str) -> int:
    # Cached: the same few columns come back in every row.
    if not 0 < len(letters) <= 3 or not letters.isascii() or not letters.isalpha():
        raise ValueError(f"cell reference column {letters!r}")
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _int(text: Any) -> int:
    return int(text) if text not in (None, "") else 0
