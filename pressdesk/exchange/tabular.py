"""Read CSV/XLSX tables with header detection and check rows all-or-nothing.

Reading accepts what Excel and LibreOffice write on Kyrgyz and Russian Windows: UTF-8 with or
without BOM, UTF-16 ("Unicode text", with or without BOM) and 8-bit code pages (Windows-1251
above all, detected rather than assumed); comma, semicolon or tab separators; the header row
anywhere in the first lines, with column names in any of the languages a caller lists.

Cell values are parsed in table_values and tables written in table_write; both are re-exported
here, where the importers and exporters have always found them.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from pressdesk.exchange.encodings import decode_bytes, is_cut_utf16
from pressdesk.exchange.errors import TableFormatError
from pressdesk.exchange.limits import (
    ASSET_TABLE,
    CELL_CHARS,
    LimitExceeded,
    TableLimits,
    check_size,
)
from pressdesk.exchange.table_values import MAX_COUNT, parse_amount, parse_count, parse_date
from pressdesk.exchange.table_write import (
    FORMULA_TRIGGERS,
    WRITE_FORMATS,
    CellValue,
    is_formula_like,
    neutralise,
    write_csv,
    write_table,
    write_xlsx,
)
from pressdesk.textfold import fold

if TYPE_CHECKING:
    from pressdesk.exchange.xlsx_read import XlsxBook

__all__ = [
    "DELIMITERS",
    "FORMULA_TRIGGERS",
    "HEADER_SEARCH_ROWS",
    "MAX_COUNT",
    "READ_FORMATS",
    "WRITE_FORMATS",
    "CellValue",
    "FieldSpec",
    "ImportResult",
    "RowCheck",
    "RowInvalid",
    "RowProblem",
    "SourceRow",
    "TableData",
    "TableStream",
    "check_rows",
    "decode_text",
    "find_header",
    "header_key",
    "is_formula_like",
    "neutralise",
    "parse_amount",
    "parse_count",
    "parse_date",
    "read_csv_bytes",
    "read_table",
    "read_xlsx",
    "sniff_delimiter",
    "stream_table",
    "write_csv",
    "write_table",
    "write_xlsx",
]

T = TypeVar("T")

READ_FORMATS = (".csv", ".txt", ".xlsx")
#: How many leading records may come before the header row (titles, blank lines).
HEADER_SEARCH_ROWS = 15
DELIMITERS = (";", ",", "\t")
# A phone number is not a formula a spreadsheet could abuse, and an apostrophe would spoil it.
_HEADER_PUNCT = re.compile(r"[\s\"'«»“”„()\[\]{}_/\\,.;:!?*#+|–—-]+")


class RowInvalid(ValueError):
    """A row cannot be imported; ``reasons`` says why, one entry per problem."""

    def __init__(self, reasons: Sequence[str]) -> None:
        self.reasons = tuple(reasons) or ("invalid row",)
        super().__init__("; ".join(self.reasons))


@dataclass(frozen=True)
class FieldSpec:
    """A field a caller expects and the column titles that name it, in any language."""

    key: str
    aliases: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class SourceRow:
    """One data row: its line (CSV) or row number (XLSX), and cell text by field key."""

    line: int
    values: Mapping[str, str]

    def get(self, key: str) -> str:
        """Return the cell of field ``key``, or "" when the file has no such column."""
        return self.values.get(key, "")


@dataclass(frozen=True)
class TableData:
    """What was read from a file: data rows, which column feeds which field, how it was read."""

    rows: list[SourceRow]
    columns: dict[str, str]
    ignored_columns: list[str]
    header_line: int
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""


@dataclass(frozen=True)
class TableStream:
    """A file being read: how its columns were understood, and its data rows as they come.

    The rows are read from the file while they are iterated, so a large file is never held
    as rows; a file over the row limit raises LimitExceeded at the row past it.
    """

    rows: Iterator[SourceRow]
    columns: dict[str, str]
    ignored_columns: list[str]
    header_line: int
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    #: About how many data rows the file holds (0: unknown), for a progress bar.
    rows_hint: int = 0

    def collect(self) -> TableData:
        """Read every row now."""
        return TableData(
            list(self.rows),
            self.columns,
            self.ignored_columns,
            self.header_line,
            self.encoding,
            self.delimiter,
            self.sheet,
        )


@dataclass(frozen=True)
class RowProblem:
    """A rejected row: where it is, what it is, and every reason."""

    line: int
    reasons: tuple[str, ...]
    summary: str = ""

    def __str__(self) -> str:
        what = f" ({self.summary})" if self.summary else ""
        return f"row {self.line}{what}: {'; '.join(self.reasons)}"


@dataclass
class RowCheck(Generic[T]):
    """The outcome of checking every row: converted rows with their lines, and rejected rows."""

    accepted: list[tuple[int, T]] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True if no row was rejected."""
        return not self.rejected


@dataclass(frozen=True)
class ImportResult(Generic[T]):
    """What an import did.

    ``accepted`` are the rows that passed every check: written to the database (with ids)
    unless this was a dry run or invalid rows ``stopped`` the import, all or nothing.
    """

    accepted: list[T]
    rejected: list[RowProblem]
    table: TableData
    dry_run: bool = False
    stopped: bool = False

    @property
    def written(self) -> bool:
        """Return True if the database was changed."""
        return not self.dry_run and not self.stopped and bool(self.accepted)


def header_key(text: str) -> str:
    """Return a column title reduced for comparison: folded, ё as е, punctuation as spaces."""
    return _HEADER_PUNCT.sub(" ", fold(text).replace("ё", "е")).strip()


# --- reading ----------------------------------------------------------------------------------


#: Given the header row and the columns matched so far (field key → column index), return the
#: final choice; lets a caller recognise layouts that plain title matching cannot.
Refine = Callable[[Sequence[str], dict[str, int]], dict[str, int]]


def read_table(
    path: str | os.PathLike[str],
    fields: Sequence[FieldSpec],
    *,
    refine: Refine | None = None,
    limits: TableLimits = ASSET_TABLE,
) -> TableData:
    """Read a CSV or XLSX file (chosen by extension) and map its columns to ``fields``.

    A file over ``limits`` is refused with LimitExceeded, any other unreadable file with
    TableFormatError naming the file and, where known, the line or row.
    """
    return stream_table(path, fields, refine=refine, limits=limits).collect()


def stream_table(
    path: str | os.PathLike[str],
    fields: Sequence[FieldSpec],
    *,
    refine: Refine | None = None,
    limits: TableLimits = ASSET_TABLE,
) -> TableStream:
    """Find the header of a CSV or XLSX file now; read its rows as they are iterated."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".xls":
        raise TableFormatError(
            f"{target.name} is an old Excel 97–2003 file; save it as .xlsx or CSV and try again.",
            code="old_xls",
            file=target.name,
        )
    if suffix not in READ_FORMATS:
        raise TableFormatError(
            f"Cannot import {target.name}: use a {', '.join(READ_FORMATS)} file.",
            code="wrong_type",
            file=target.name,
            formats=", ".join(READ_FORMATS),
        )
    try:
        size = target.stat().st_size
        if target.is_dir():
            raise TableFormatError(
                f"{target} is a folder, not a file.", code="folder", file=target.name
            )
        if size == 0:
            raise TableFormatError(f"{target.name} is empty.", code="empty", file=target.name)
        check_size(limits.file_bytes, size, target.name)
        if suffix == ".xlsx":
            return _stream_xlsx(target, fields, refine=refine, limits=limits)
        return _stream_csv(
            target.read_bytes(), fields, refine=refine, limits=limits, name=target.name
        )
    except OSError as exc:
        raise TableFormatError(
            f"Cannot read {target}: {exc.strerror or exc}", code="cannot_open", file=target.name
        ) from exc


def decode_text(data: bytes, name: str = "The file") -> tuple[str, str]:
    """Return the text of CSV bytes and the encoding used.

    UTF-8 or UTF-16 by BOM, UTF-16 without BOM, UTF-8, else the detected 8-bit code page
    (Excel on Russian and Kyrgyz Windows saves "CSV (comma delimited)" in Windows-1251).
    A UTF-8 BOM before text that is not UTF-8, or UTF-16 text cut in the middle of a
    character, is refused: guessing would put wrong letters into the base.
    """
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8) :]
        try:
            return body.decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            line = body.count(b"\n", 0, exc.start) + 1
            raise TableFormatError(
                f"{name} starts with the mark of UTF-8 text (BOM), but line {line} is not "
                "UTF-8: the file mixes two encodings. Save it again as “CSV UTF-8”.",
                code="bom_not_utf8",
                file=name,
                line=line,
            ) from exc
    if is_cut_utf16(data):
        raise TableFormatError(
            f"{name} is UTF-16 text that ends in the middle of a character: it is cut short "
            "or damaged. Save it again from the program that made it.",
            code="utf16_cut",
            file=name,
        )
    return decode_bytes(data)


def sniff_delimiter(text: str) -> str:
    """Return the separator that splits the first lines into the most consistent columns."""
    sample = "\n".join(text[: 1024 * 1024].splitlines()[:50])
    best, best_score = DELIMITERS[0], -1
    for delimiter in DELIMITERS:
        try:
            widths = [
                len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)
            ]
        except csv.Error:
            continue  # reading the whole file says where and why
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = count * width if width > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_bytes(
    data: bytes,
    fields: Sequence[FieldSpec],
    *,
    refine: Refine | None = None,
    limits: TableLimits = ASSET_TABLE,
    name: str = "The file",
) -> TableData:
    """Read CSV bytes in any of the accepted encodings and separators."""
    return _stream_csv(data, fields, refine=refine, limits=limits, name=name).collect()


def _stream_csv(
    data: bytes,
    fields: Sequence[FieldSpec],
    *,
    refine: Refine | None,
    limits: TableLimits,
    name: str,
) -> TableStream:
    check_size(limits.file_bytes, len(data), name)
    text, encoding = decode_text(data, name)
    del data
    delimiter = sniff_delimiter(text)

    def records() -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(_lines(text), delimiter=delimiter)
        start = 1
        try:
            for record in reader:
                yield start, record
                start = reader.line_num + 1
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise LimitExceeded(CELL_CHARS, name, reader.line_num) from exc
            raise TableFormatError(
                f"{name}: the CSV text is malformed on line {reader.line_num} "
                f"(the record that starts on line {start}): {exc}.",
                code="csv_malformed",
                file=name,
                line=reader.line_num,
            ) from exc

    return _to_stream(
        records(),
        fields,
        limits=limits,
        name=name,
        encoding=encoding,
        delimiter=delimiter,
        refine=refine,
        lines=text.count("\n") + (not text.endswith("\n")),
    )


# A line with its ending, split as io.StringIO(newline="") splits: at \r\n, \r or \n.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """Yield the lines of ``text`` for the CSV reader without a copy of the whole text.

    A StringIO would hold the text again at four bytes a character.
    """
    for match in _LINE.finditer(text):
        yield match.group()


def read_xlsx(
    path: Path,
    fields: Sequence[FieldSpec],
    *,
    refine: Refine | None = None,
    limits: TableLimits = ASSET_TABLE,
) -> TableData:
    """Read the first sheet of an XLSX workbook that has a recognisable header row."""
    return _stream_xlsx(path, fields, refine=refine, limits=limits).collect()


def _stream_xlsx(
    path: Path,
    fields: Sequence[FieldSpec],
    *,
    refine: Refine | None,
    limits: TableLimits,
) -> TableStream:
    from pressdesk.exchange.xlsx_read import XlsxBook  # openpyxl, only when an XLSX is read

    book = XlsxBook(path)
    try:
        first_error: TableFormatError | None = None
        for sheet in book.sheets:
            try:
                found = _to_stream(
                    book.rows(sheet),
                    fields,
                    limits=limits,
                    name=path.name,
                    sheet=sheet.title,
                    refine=refine,
                )
            except LimitExceeded:
                raise
            except TableFormatError as exc:
                if exc.code != "no_header":
                    raise
                first_error = first_error or exc
                continue
            return replace(found, rows=_closing(found.rows, book))
        raise first_error or TableFormatError(
            f"{path.name} has no sheets.", code="no_sheets", file=path.name
        )
    except BaseException:
        book.close()
        raise


def _closing(rows: Iterator[SourceRow], book: XlsxBook) -> Iterator[SourceRow]:
    """Yield ``rows``, closing the workbook once they are read (or no longer wanted)."""
    try:
        yield from rows
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def _unquote(text: str) -> str:
    """Drop the apostrophe our own CSV export puts before formula-like text."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_TRIGGERS:
        return text[1:]
    return text


def find_header(
    records: Sequence[tuple[int, Sequence[str]]], fields: Sequence[FieldSpec]
) -> tuple[int, dict[str, int]]:
    """Return the index of the header record and the column of each recognised field."""
    best: tuple[int, dict[str, int]] | None = None
    for index, (_, record) in enumerate(records[:HEADER_SEARCH_ROWS]):
        mapping = _match_columns(record, fields)
        if best is None or len(mapping) > len(best[1]):
            best = (index, mapping)
    required = [f for f in fields if f.required]
    if best is None or not best[1]:
        raise TableFormatError(
            "No header row was found. The first row should name the columns, for example: "
            + "; ".join(f.aliases[0] for f in fields[:6] if f.aliases)
            + ".",
            code="no_header",
        )
    missing = [f for f in required if f.key not in best[1]]
    if missing:
        raise TableFormatError(
            "Required columns are missing: "
            + "; ".join(" / ".join(f.aliases[:3]) for f in missing)
            + ".",
            code="no_header",
            missing="; ".join(" / ".join(f.aliases[:3]) for f in missing),
        )
    return best


def _match_columns(record: Sequence[str], fields: Sequence[FieldSpec]) -> dict[str, int]:
    keyed = [
        (header_key(alias), spec.key) for spec in fields for alias in (spec.key, *spec.aliases)
    ]
    keyed = [(alias, key) for alias, key in keyed if alias]
    exact = dict(reversed(keyed))
    by_length = sorted(keyed, key=lambda pair: -len(pair[0]))
    mapping: dict[str, int] = {}
    for column, cell in enumerate(record):
        title = header_key(cell)
        if not title:
            continue
        key = exact.get(title)
        if key is None:
            # "Стоимость, сом" or "Баасы (сом)": a known title followed by a unit or remark.
            key = next((k for alias, k in by_length if title.startswith(alias + " ")), None)
        if key is not None and key not in mapping:
            mapping[key] = column
    return mapping


def _to_stream(
    records: Iterable[tuple[int, list[str]]],
    fields: Sequence[FieldSpec],
    *,
    limits: TableLimits,
    name: str,
    encoding: str = "",
    delimiter: str = "",
    sheet: str = "",
    refine: Refine | None = None,
    lines: int = 0,
) -> TableStream:
    """Find the header among the first records; the rows after it are read as iterated.

    Records are read one at a time: a file over the row limit is refused as soon as the row
    past it is read, and a row's unmapped cells are never kept. ``lines`` (0 if unknown) is
    how many lines or rows the file has, for the estimate of its data rows.
    """
    filled = ((line, cells) for line, cells in records if any(c.strip() for c in cells))
    head = list(itertools.islice(filled, HEADER_SEARCH_ROWS))
    try:
        index, mapping = find_header(head, fields)
    except TableFormatError as exc:
        raise TableFormatError(
            f"{name}: {exc}", code=exc.code, **{**exc.values, "file": name}
        ) from exc
    header_line, header = head[index]
    if refine is not None:
        mapping = refine(header, mapping)
    used = set(mapping.values())
    ignored = [cell.strip() for i, cell in enumerate(header) if cell.strip() and i not in used]
    columns = {key: header[column].strip() for key, column in mapping.items()}
    chosen = list(mapping.items())

    def rows() -> Iterator[SourceRow]:
        most = limits.rows.value
        for count, (line, cells) in enumerate(itertools.chain(head[index + 1 :], filled)):
            if count == most:
                raise LimitExceeded(limits.rows, name)
            width = len(cells)
            yield SourceRow(
                line,
                {
                    key: _unquote(cells[column].strip()) if column < width else ""
                    for key, column in chosen
                },
            )

    hint = max(0, lines - header_line)
    return TableStream(rows(), columns, ignored, header_line, encoding, delimiter, sheet, hint)


def check_rows(
    rows: Iterable[SourceRow],
    convert: Callable[[SourceRow], T],
    describe: Callable[[SourceRow], str] | None = None,
) -> RowCheck[T]:
    """Convert every row; a row whose conversion raises RowInvalid is listed with its reasons."""
    result: RowCheck[T] = RowCheck()
    for row in rows:
        try:
            result.accepted.append((row.line, convert(row)))
        except RowInvalid as exc:
            result.rejected.append(
                RowProblem(row.line, exc.reasons, describe(row) if describe else "")
            )
    return result
