"""How much an imported file may hold, and the one error that says which limit a file passed.

A small file can unpack to a great deal: an XLSX workbook is a zip of XML, a vCard line may be
folded over a million physical lines. Each importer checks its limits before and while it
reads, so a file over one is refused in a moment, and the biggest file accepted still reads
in seconds and a few hundred megabytes. The limits sit far above what a press service's own
files hold: a ministry's contact base has some thousands of people, its inventory hundreds of
items, its plan a few events a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pressdesk.exchange.errors import ContactFileError, IcsError, TableFormatError, VCardError

MB = 1024 * 1024
Unit = Literal["bytes", "count", "characters"]


@dataclass(frozen=True)
class Limit:
    """One limit: a key the interface words in its language, the value, and the English text.

    ``text`` has the placeholders ``{value}`` (the limit, formatted by its unit) and, for a
    limit met at one place of the file, ``{line}``.
    """

    key: str
    value: int
    unit: Unit
    text: str

    def shown(self) -> str:
        """Return the value as the English message shows it: "12 MB", "50,000"."""
        if self.unit == "bytes":
            return f"{self.value // MB} MB" if self.value >= MB else f"{self.value:,} bytes"
        return f"{self.value:,}"


# --- tables (CSV, XLSX) -------------------------------------------------------------------------

CONTACT_TABLE_BYTES = Limit(
    "contact_table_bytes",
    12 * MB,
    "bytes",
    "the file is larger than {value}, the most a contact table (CSV or XLSX) may be",
)
CONTACT_ROWS = Limit(
    "contact_rows",
    50_000,
    "count",
    "the file has more than {value} rows, the most a contact table may have",
)
ASSET_TABLE_BYTES = Limit(
    "asset_table_bytes",
    12 * MB,
    "bytes",
    "the file is larger than {value}, the most an inventory or archive table may be",
)
ASSET_ROWS = Limit(
    "asset_rows",
    30_000,
    "count",
    "the file has more than {value} rows, the most an inventory or archive table may have",
)
CELL_CHARS = Limit(
    "cell_chars",
    131_072,
    "characters",
    "row {line} has a cell of more than {value} characters, the most a cell may hold",
)
XLSX_UNPACKED_BYTES = Limit(
    "xlsx_unpacked_bytes",
    100 * MB,
    "bytes",
    "the workbook unpacks to more than {value}, the most an XLSX file may unpack to",
)
XLSX_SHARED_STRINGS_BYTES = Limit(
    "xlsx_shared_strings_bytes",
    12 * MB,
    "bytes",
    "the text of the workbook (its shared strings) unpacks to more than {value}, the most it may",
)
XLSX_TEXT_CHARS = Limit(
    "xlsx_text_chars",
    12_000_000,
    "characters",
    "the cells of the workbook hold more than {value} characters of text, the most a table "
    "may hold",
)
XLSX_PART_BYTES = Limit(
    "xlsx_part_bytes",
    12 * MB,
    "bytes",
    "a part of the workbook other than its sheets (styles, names, links) unpacks to more "
    "than {value}, the most it may",
)

# --- vCard --------------------------------------------------------------------------------------

VCARD_FILE_BYTES = Limit(
    "vcard_file_bytes",
    100 * MB,
    "bytes",
    "the file is larger than {value}, the most a vCard file may be",
)
VCARD_CARDS = Limit(
    "vcard_cards",
    50_000,
    "count",
    "the file holds more than {value} contacts, the most a vCard file may hold",
)
VCARD_TEXT_BYTES = Limit(
    "vcard_text_bytes",
    12 * MB,
    "bytes",
    "the contacts hold more than {value} of text besides their photos, the most a vCard file may",
)
VCARD_PROPERTY_BYTES = Limit(
    "vcard_property_bytes",
    1 * MB,
    "bytes",
    "the value on line {line} is longer than {value}, the most one value other than a photo may be",
)

# --- iCalendar ----------------------------------------------------------------------------------

ICS_FILE_BYTES = Limit(
    "ics_file_bytes",
    20 * MB,
    "bytes",
    "the file is larger than {value}, the most a calendar file may be",
)
ICS_EVENTS = Limit(
    "ics_events",
    10_000,
    "count",
    "the file holds more than {value} events, the most a calendar file may hold",
)
#: The years a plan date may fall in; an event outside them is left out with a message.
FIRST_YEAR = 1900
LAST_YEAR = 2199

ALL_LIMITS = (
    CONTACT_TABLE_BYTES,
    CONTACT_ROWS,
    ASSET_TABLE_BYTES,
    ASSET_ROWS,
    CELL_CHARS,
    XLSX_UNPACKED_BYTES,
    XLSX_SHARED_STRINGS_BYTES,
    XLSX_TEXT_CHARS,
    XLSX_PART_BYTES,
    VCARD_FILE_BYTES,
    VCARD_CARDS,
    VCARD_TEXT_BYTES,
    VCARD_PROPERTY_BYTES,
    ICS_FILE_BYTES,
    ICS_EVENTS,
)


@dataclass(frozen=True)
class TableLimits:
    """The limits of one kind of table: its file size and its number of rows."""

    file_bytes: Limit
    rows: Limit


CONTACT_TABLE = TableLimits(CONTACT_TABLE_BYTES, CONTACT_ROWS)
ASSET_TABLE = TableLimits(ASSET_TABLE_BYTES, ASSET_ROWS)


class LimitExceeded(TableFormatError, VCardError, IcsError, ContactFileError):
    """A file passed one of the limits above; nothing was imported.

    It is each importer's own file error too, so every caller that reports a file it cannot
    read reports this one, with the file and the limit named.
    """

    code = "limit"

    def __init__(self, limit: Limit, file: str, line: int | None = None) -> None:
        sentence = limit.text.format(value=limit.shown(), line=line)
        super().__init__(
            f"{file}: {sentence}. Nothing was imported.",
            code="limit",
            file=file,
            limit=limit.key,
            value=limit.value,
            line=line,
        )
        self.limit = limit
        self.line = line


def check_size(limit: Limit, size: int, file: str) -> None:
    """Refuse a file of ``size`` bytes when it is over ``limit``."""
    if size > limit.value:
        raise LimitExceeded(limit, file)
