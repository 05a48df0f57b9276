"""Make the hostile import corpus: damaged, mixed-up, malicious and oversized files.

Nothing here is committed as a file: every file is made on the spot in a folder, most of them
in milliseconds. ``corpus(folder)`` makes the set the tests run (one file per fault per
importer); ``worst(folder)`` makes the big files the benchmark measures: the largest each
importer accepts and files just over each limit with real content.

    python -m tests.support.hostile DIR            # the test corpus
    python -m tests.support.hostile DIR --worst    # the benchmark's big files
"""

from __future__ import annotations

import argparse
import base64
import codecs
import random
import struct
import sys
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from pressdesk.exchange.limits import (
    ASSET_ROWS,
    CELL_CHARS,
    CONTACT_ROWS,
    ICS_EVENTS,
    ICS_FILE_BYTES,
    MB,
    VCARD_CARDS,
    VCARD_FILE_BYTES,
    VCARD_PROPERTY_BYTES,
    VCARD_TEXT_BYTES,
    XLSX_SHARED_STRINGS_BYTES,
    XLSX_UNPACKED_BYTES,
)
from pressdesk.exchange.vcard import fold_line

Section = Literal["contacts", "inventory", "archive", "plan"]
#: refused: exit 1, a message on stderr, nothing imported.
#: rows: the file is read but rows are invalid: exit 1, the rows named, nothing imported.
#: skipped: (calendars) every event left out with a message: exit 1, nothing imported.
#: read: the fault is read past as documented: exit 0, ``added`` rows imported.
Outcome = Literal["refused", "rows", "skipped", "read"]


@dataclass(frozen=True)
class Hostile:
    """One file of the corpus: where it goes, what is wrong with it, what must happen."""

    name: str
    section: Section
    fault: str
    outcome: Outcome
    #: Words the message must hold besides the file's name (a line, a row, a limit).
    expect: tuple[str, ...] = ()
    #: Rows the import adds (outcome "read").
    added: int = 0

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix


Content = bytes | Callable[[Path], None]


@dataclass
class _Maker:
    folder: Path
    #: False: only list the files (the tests' names are known before any file is made).
    make: bool = True
    #: Make only the files of these names (None: all).
    only: set[str] | None = None
    made: list[Hostile] = field(default_factory=list)

    def add(self, hostile: Hostile, content: Content) -> None:
        if self.make and (self.only is None or hostile.name in self.only):
            path = self.folder / hostile.name
            if callable(content):
                content(path)
            else:
                path.write_bytes(content)
        self.made.append(hostile)


def _later(make: Callable[[], bytes]) -> Callable[[Path], None]:
    """Return a maker that computes a big file's bytes only when the file is made."""
    return lambda path: path.write_bytes(make())


# --- good content ---------------------------------------------------------------------------

HEADERS: dict[str, list[str]] = {
    "contacts": ["ФИО", "Должность", "СМИ", "Телефон", "E-mail"],
    "inventory": ["Инвентарный номер", "Наименование", "Категория", "Стоимость"],
    "archive": ["Название", "Вид", "Дата", "Папка", "Количество"],
}


def good_row(section: str, index: int) -> list[str]:
    """Return a valid data row ``index`` of a section's table."""
    if section == "contacts":
        return [
            f"Асанова Айгуль {index}",
            "корреспондент",
            "Кабар",
            f"+996 555 {index // 1000 % 1000:03d} {index % 1000:03d}",
            f"aigul{index}@example.kg",
        ]
    if section == "inventory":
        return [f"ИН-{index:06d}", f"Ноутбук {index}", "Ноутбук", "45 000"]
    return [f"Брифинг {index}", "фото", "12.04.2025", f"D:\\Архив\\{index}", "12"]


def table(section: str, rows: Iterable[Sequence[str]]) -> list[list[str]]:
    """Return the header and ``rows`` of a section's table."""
    return [HEADERS[section], *[list(r) for r in rows]]


def csv_text(records: Iterable[Sequence[str]]) -> str:
    """Return records as semicolon CSV text with CRLF line ends (cells hold no separators)."""
    return "".join(";".join(record) + "\r\n" for record in records)


# --- XLSX, written part by part so each part can be damaged ---------------------------------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def xlsx_parts(records: Sequence[Sequence[str]], *, inline: bool = False) -> dict[str, bytes]:
    """Return the parts of a one-sheet workbook holding ``records`` as text cells."""
    strings: dict[str, int] = {}
    rows = []
    for number, record in enumerate(records, start=1):
        cells = []
        for column, text in enumerate(record):
            ref = f"{_column(column)}{number}"
            if inline:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>')
            else:
                index = strings.setdefault(text, len(strings))
                cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
        rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData>'
        + "".join(rows)
        + "</sheetData></worksheet>"
    )
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}" count="{len(strings)}">'
        + "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
        + "</sst>"
    )
    return {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_CT}">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"
        ).encode(),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">'
            '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>"
        ).encode(),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_R}">'
            '<sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
            '<Relationship Id="rId2" Target="sharedStrings.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
            "</Relationships>"
        ).encode(),
        "xl/worksheets/sheet1.xml": sheet.encode(),
        "xl/sharedStrings.xml": shared.encode(),
    }


def zip_bytes(parts: dict[str, bytes], path: Path) -> None:
    """Write ``parts`` as a deflated zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _xlsx(
    records: Sequence[Sequence[str]], **changes: bytes | Callable[[bytes], bytes] | None
) -> Callable[[Path], None]:
    """Return a maker of a workbook of ``records`` with parts replaced (None: left out).

    A change is the new part, or a function from the part to the new one.
    """

    def make(path: Path) -> None:
        parts = xlsx_parts(records)
        for key, value in changes.items():
            name = _PART_NAMES[key]
            if value is None:
                parts.pop(name)
            elif callable(value):
                parts[name] = value(parts[name])
            else:
                parts[name] = value
        zip_bytes(parts, path)

    return make


_PART_NAMES = {
    "content_types": "[Content_Types].xml",
    "workbook": "xl/workbook.xml",
    "sheet": "xl/worksheets/sheet1.xml",
    "strings": "xl/sharedStrings.xml",
    "workbook_rels": "xl/_rels/workbook.xml.rels",
}


def _patched_zip(
    records: Sequence[Sequence[str]], patch: Callable[[bytearray, zipfile.ZipInfo], None]
) -> Callable[[Path], None]:
    """Return a maker of a workbook whose bytes ``patch`` changes for the sheet's entry."""

    def make(path: Path) -> None:
        zip_bytes(xlsx_parts(records), path)
        data = bytearray(path.read_bytes())
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/worksheets/sheet1.xml")
        patch(data, info)
        path.write_bytes(bytes(data))

    return make


def _data_start(data: bytearray, info: zipfile.ZipInfo) -> int:
    offset = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[offset + 26 : offset + 30])
    return offset + 30 + name_length + extra_length


def _corrupt_deflate(data: bytearray, info: zipfile.ZipInfo) -> None:
    start = _data_start(data, info)
    for index in range(start + 2, start + min(info.compress_size, 200)):
        data[index] ^= 0x5A


def _central_entry(data: bytearray, info: zipfile.ZipInfo) -> int:
    """Return the offset of ``info``'s entry in the zip's central directory."""
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + name_length] == info.filename.encode():
            return central
        central = data.find(b"PK\x01\x02", central + 4)
    raise ValueError(f"{info.filename} is not in the central directory")


def _unsupported_method(data: bytearray, info: zipfile.ZipInfo) -> None:
    # Method 99 (AES) in the local header and in the central directory.
    data[info.header_offset + 8 : info.header_offset + 10] = struct.pack("<H", 99)
    central = _central_entry(data, info)
    data[central + 10 : central + 12] = struct.pack("<H", 99)


def _encrypted_flag(data: bytearray, info: zipfile.ZipInfo) -> None:
    for offset in (info.header_offset + 6, _central_entry(data, info) + 8):
        flags = struct.unpack("<H", data[offset : offset + 2])[0]
        data[offset : offset + 2] = struct.pack("<H", flags | 1)


def _cut(make: Callable[[Path], None], fraction: float) -> Callable[[Path], None]:
    def cut(path: Path) -> None:
        make(path)
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])

    return cut


def _sparse(size: int) -> Callable[[Path], None]:
    """Return a maker of a file of ``size`` zero bytes that takes no room on disk."""

    def make(path: Path) -> None:
        with path.open("wb") as fh:
            fh.truncate(size)

    return make


_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
    + "".join(
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefg", "bcdefgh", strict=True)
    )
    + f']><sst xmlns="{_MAIN}"><si><t>&h;</t></si></sst>'
).encode()


def _text_bomb_index(records: Sequence[Sequence[str]]) -> int:
    """Return the index of the string added after those of ``records``."""
    return len({text for record in records for text in record})


def _xlsx_faults(maker: _Maker, section: Section, prefix: str) -> None:
    """One damaged workbook per way openpyxl used to fail, and the XLSX limits."""
    records = table(section, (good_row(section, i) for i in range(1, 4)))
    damaged = ("is not a readable .xlsx workbook",)

    def add(fault: str, name: str, content: bytes | Callable[[Path], None], *expect: str) -> None:
        maker.add(
            Hostile(f"{prefix}-{name}.xlsx", section, fault, "refused", expect or damaged),
            content,
        )

    add("not a zip at all", "not-zip", random.Random(1).randbytes(4096))
    add("a workbook cut short", "truncated", _cut(_xlsx(records), 0.6))
    add(
        "a manifest ([Content_Types].xml) that is not XML",
        "content-types-broken",
        _xlsx(records, content_types=b"<Types><Default Extension="),
    )
    add(
        "no manifest ([Content_Types].xml)",
        "content-types-missing",
        _xlsx(records, content_types=None),
    )
    add(
        "a shared-string index out of range",
        "string-index",
        _xlsx(records, sheet=lambda sheet: sheet.replace(b"<v>1</v>", b"<v>9999</v>")),
        "row 1",
    )
    add("bad deflate data in the sheet", "bad-deflate", _patched_zip(records, _corrupt_deflate))
    add(
        "a compression method Python cannot unpack",
        "unsupported-compression",
        _patched_zip(records, _unsupported_method),
    )
    add("a sheet marked as encrypted", "encrypted", _patched_zip(records, _encrypted_flag))
    add(
        "a sheet whose XML is broken",
        "sheet-xml-broken",
        _xlsx(records, sheet=lambda sheet: sheet[:-40]),
    )
    add(
        "a workbook.xml that is not XML",
        "workbook-broken",
        _xlsx(records, workbook=b"<workbook><sheets><sheet name="),
    )
    add(
        "a number cell that holds text",
        "number-not-number",
        _xlsx(
            records,
            sheet=lambda sheet: sheet.replace(
                b'</row><row r="3">', b'<c r="Z2"><v>abc</v></c></row><row r="3">'
            ),
        ),
        "row 2",
    )
    add(
        "a cell reference that is no reference",
        "bad-reference",
        _xlsx(records, sheet=lambda sheet: sheet.replace(b'<c r="A2"', b'<c r="2A!"')),
        "row 2",
    )
    add("entity expansion in the shared strings", "entity-bomb", _xlsx(records, strings=_LAUGHS))
    add(
        "shared strings that unpack past their limit",
        "shared-strings-bomb",
        _xlsx(
            records,
            strings=lambda strings: strings.replace(
                b"</sst>",
                b"<si><t>" + b"x" * (XLSX_SHARED_STRINGS_BYTES.value + 1) + b"</t></si></sst>",
            ),
        ),
        "12 MB",
    )
    add(
        "a sheet that unpacks past 100 MB",
        "unpacked-bomb",
        _xlsx(
            records,
            sheet=lambda sheet: sheet.replace(
                b"<sheetData>", b"<sheetData>" + b" " * (XLSX_UNPACKED_BYTES.value + 1)
            ),
        ),
        "100 MB",
    )
    add(
        "one 100,000-character shared string in 200 cells: 20 million characters",
        "text-bomb",
        _xlsx(
            records,
            strings=lambda strings: strings.replace(
                b"</sst>", b"<si><t>" + b"z" * 100_000 + b"</t></si></sst>"
            ),
            sheet=lambda sheet: sheet.replace(
                b"</sheetData>",
                b'<row r="9">'
                + b"".join(
                    b'<c t="s"><v>%d</v></c>' % _text_bomb_index(records) for _ in range(200)
                )
                + b"</row></sheetData>",
            ),
        ),
        "12,000,000",
    )
    long_cell = [[*r] for r in records]
    long_cell[2][1] = "ы" * (CELL_CHARS.value + 1)
    add(
        "a cell of more than 131,072 characters",
        "long-cell",
        lambda path: zip_bytes(xlsx_parts(long_cell, inline=True), path),
        "row 3",
        "131,072",
    )


def _csv_faults(maker: _Maker, section: Section, prefix: str) -> None:
    records = table(section, (good_row(section, i) for i in range(1, 4)))
    text = csv_text(records)

    def add(fault: str, name: str, content: bytes, *expect: str) -> None:
        maker.add(Hostile(f"{prefix}-{name}.csv", section, fault, "refused", expect), content)

    add(
        "a UTF-8 BOM followed by Windows-1251 text",
        "bom-cp1251",
        codecs.BOM_UTF8 + text.encode("cp1251"),
        "line 1",
    )
    add(
        "UTF-16 with BOM, an odd number of bytes",
        "utf16-odd",
        codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00",
        "UTF-16",
    )
    add(
        "UTF-16 without BOM, an odd number of bytes",
        "utf16-odd-nobom",
        text.encode("utf-16-le")[:-1],
        "UTF-16",
    )
    long_field = [*records[:2], [records[2][0], "ы" * (CELL_CHARS.value + 1), *records[2][2:]]]
    add(
        "a field of more than 131,072 characters",
        "long-field",
        csv_text(long_field).encode(),
        "row 3",
        "131,072",
    )
    add(
        "a quoted field of more than 131,072 characters",
        "long-quoted-field",
        (csv_text(records[:2]) + '"' + "x;\r\n" * 40_000 + '"\r\n').encode(),
        "131,072",
    )
    add("random bytes", "binary", random.Random(2).randbytes(8192), "header")


def _row_faults(maker: _Maker) -> None:
    inventory = [good_row("inventory", 1), good_row("inventory", 2)]
    inventory[1][3] = "9" * 40
    maker.add(
        Hostile(
            "inventory-cost-forty-digits.csv",
            "inventory",
            "a cost of forty digits (Decimal's rounding gave up)",
            "rows",
            ("row 3", "too large"),
        ),
        csv_text(table("inventory", inventory)).encode(),
    )
    inventory[1][3] = "сорок тысяч"
    maker.add(
        Hostile(
            "inventory-cost-words.csv",
            "inventory",
            "a cost in words",
            "rows",
            ("row 3", "not an amount"),
        ),
        csv_text(table("inventory", inventory)).encode(),
    )
    archive = [good_row("archive", 1), good_row("archive", 2)]
    archive[1][4] = str(2**63)
    maker.add(
        Hostile(
            "archive-count-over-2-63.csv",
            "archive",
            "a file count above 2^63 (SQLite's integers stop there)",
            "rows",
            ("row 3", "too large"),
        ),
        csv_text(table("archive", archive)).encode(),
    )
    maker.add(
        Hostile(
            "archive-count-over-2-63.xlsx",
            "archive",
            "a file count above 2^63 in a workbook",
            "rows",
            ("row 3", "too large"),
        ),
        lambda path: zip_bytes(xlsx_parts(table("archive", archive)), path),
    )


def _table_limits(maker: _Maker, section: Section, prefix: str) -> None:
    rows = CONTACT_ROWS if section == "contacts" else ASSET_ROWS

    def many() -> list[list[str]]:
        return table(section, (good_row(section, i) for i in range(1, rows.value + 2)))

    shown = f"{rows.value:,}"
    maker.add(
        Hostile(
            f"{prefix}-too-many-rows.csv", section, f"{shown} rows and one", "refused", (shown,)
        ),
        _later(lambda: csv_text(many()).encode()),
    )
    maker.add(
        Hostile(
            f"{prefix}-too-many-rows.xlsx", section, f"{shown} rows and one", "refused", (shown,)
        ),
        lambda path: zip_bytes(xlsx_parts(many()), path),
    )
    for suffix in ("csv", "xlsx"):
        maker.add(
            Hostile(
                f"{prefix}-too-big.{suffix}", section, "12 MB and a byte", "refused", ("12 MB",)
            ),
            _sparse(12 * MB + 1),
        )


# --- vCard ------------------------------------------------------------------------------------


def vcard(name: str, *lines: str) -> str:
    """Return one vCard 3.0 card of ``name`` with more ``lines``."""
    body = [f"FN:{name}", f"N:{name};;;;", *lines]
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{ln}\r\n" for ln in body) + "END:VCARD\r\n"


def fold_ascii(line: str) -> str:
    """Fold an ASCII content line at 75 octets (as fold_line does, without its slowness)."""
    return "\r\n ".join([line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))])


def photo_card(name: str, photo_bytes: int, seed: int = 3) -> str:
    """Return a card with a folded base64 photo of ``photo_bytes`` random bytes."""
    photo = base64.b64encode(random.Random(seed).randbytes(photo_bytes)).decode()
    return vcard(name, fold_ascii("PHOTO;ENCODING=b;TYPE=JPEG:" + photo), "TEL:+996555123456")


def _vcard_faults(maker: _Maker) -> None:
    def add(hostile: Hostile, content: bytes | Callable[[Path], None]) -> None:
        maker.add(hostile, content)

    for charset in ("rot13", "x-klingon", "zlib", "idna", "utf-16"):
        add(
            Hostile(
                f"contacts-charset-{charset}.vcf",
                "contacts",
                f"CHARSET={charset}: not a text encoding, unknown, or failing on the value",
                "read",
                added=1,
            ),
            vcard(
                "Осмонов Бакыт",
                f"TITLE;CHARSET={charset}:{'a' * 70}-редактор",
                "EMAIL:bakyt@example.kg",
            ).encode(),
        )
    card = vcard("Осмонов Бакыт", "EMAIL:bakyt@example.kg")
    add(
        Hostile("contacts-utf16-odd.vcf", "contacts", "UTF-16, odd bytes", "refused", ("UTF-16",)),
        codecs.BOM_UTF16_LE + card.encode("utf-16-le") + b"\x00",
    )
    add(
        Hostile(
            "contacts-utf16-odd-nobom.vcf",
            "contacts",
            "UTF-16 without BOM, odd bytes",
            "refused",
            ("UTF-16",),
        ),
        card.encode("utf-16-le")[:-1],
    )
    add(
        Hostile("contacts-cut.vcf", "contacts", "a card cut short", "refused", ("line 1",)),
        card.encode()[:-12],
    )
    add(
        Hostile("contacts-not-vcard.vcf", "contacts", "random bytes", "refused", ("no vCard",)),
        random.Random(4).randbytes(4096),
    )
    add(
        Hostile(
            "contacts-too-many-cards.vcf",
            "contacts",
            f"{VCARD_CARDS.value:,} cards and one",
            "refused",
            (f"{VCARD_CARDS.value:,}",),
        ),
        _later(
            lambda: "".join(
                vcard(f"Person {i}", f"EMAIL:p{i}@example.kg") for i in range(VCARD_CARDS.value + 1)
            ).encode()
        ),
    )
    add(
        Hostile(
            "contacts-long-note.vcf",
            "contacts",
            "a folded NOTE of more than 1 MB",
            "refused",
            ("line 5", "1 MB"),
        ),
        _later(
            lambda: vcard(
                "Осмонов Бакыт", fold_ascii("NOTE:" + "y" * (VCARD_PROPERTY_BYTES.value + 1))
            ).encode()
        ),
    )
    note = "NOTE:" + "x" * (VCARD_PROPERTY_BYTES.value - 100)
    cards = VCARD_TEXT_BYTES.value // VCARD_PROPERTY_BYTES.value + 2
    add(
        Hostile(
            "contacts-much-text.vcf",
            "contacts",
            "more than 12 MB of text, each value under 1 MB",
            "refused",
            ("12 MB",),
        ),
        _later(lambda: "".join(vcard(f"Person {i}", note) for i in range(cards)).encode()),
    )
    add(
        Hostile("contacts-too-big.vcf", "contacts", "100 MB and a byte", "refused", ("100 MB",)),
        _sparse(VCARD_FILE_BYTES.value + 1),
    )
    add(
        Hostile(
            "contacts-folded-photo-5mb.vcf",
            "contacts",
            "a 5 MB card with a folded photo (quadratic unfolding took 25–54 s)",
            "read",
            added=1,
        ),
        _later(lambda: photo_card("Фото Адам", 3_750_000).encode()),
    )


# --- iCalendar --------------------------------------------------------------------------------


def calendar(*events: str) -> bytes:
    """Return a calendar of ``events`` (each the lines inside one VEVENT)."""
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def event(uid: str, summary: str = "Брифинг", *more: str, start: str = "20261126T100000") -> str:
    """Return the lines of one event."""
    lines = [f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART;TZID=Asia/Bishkek:{start}", *more]
    return "".join(f"{ln}\r\n" for ln in lines)


def _ics_faults(maker: _Maker) -> None:
    def add(hostile: Hostile, content: bytes | Callable[[Path], None]) -> None:
        maker.add(hostile, content)

    add(
        Hostile(
            "plan-last-modified-garbage.ics",
            "plan",
            "LAST-MODIFIED:garbage (an internal error before)",
            "read",
            ("line 4", "LAST-MODIFIED"),
            added=1,
        ),
        calendar(event("lm@example.kg", "Брифинг", "LAST-MODIFIED:garbage")),
    )
    add(
        Hostile(
            "plan-duration-garbage.ics",
            "plan",
            "DURATION:PTXYZ",
            "read",
            ("line 4", "DURATION"),
            added=1,
        ),
        calendar(event("dur@example.kg", "Брифинг", "DURATION:PTXYZ")),
    )
    add(
        Hostile(
            "plan-uid-over-2-63.ics",
            "plan",
            "a PressDesk UID naming item 2^64 (SQLite OverflowError)",
            "skipped",
            ("line 4",),
        ),
        calendar(event(f"plan-{2**64}@pressdesk")),
    )
    add(
        Hostile(
            "plan-occurrence-uid-over-2-63.ics",
            "plan",
            "a PressDesk occurrence UID naming series 2^64",
            "skipped",
            ("line 4",),
        ),
        calendar(event(f"plan-{2**64}-20261126@pressdesk")),
    )
    add(
        Hostile(
            "plan-occurrence-uid-no-date.ics",
            "plan",
            "a PressDesk occurrence UID with the date 2026-13-99",
            "skipped",
            ("line 4", "20261399"),
        ),
        calendar(event("plan-1-20261399@pressdesk")),
    )
    add(
        Hostile(
            "plan-year-9999.ics",
            "plan",
            "DTSTART in the year 9999 (OverflowError moving it to Bishkek)",
            "skipped",
            ("line 4", "9999", "1900–2199"),
        ),
        calendar(event("y@example.kg", start="99991231T230000")),
    )
    add(
        Hostile(
            "plan-recurrence-id-garbage.ics",
            "plan",
            "RECURRENCE-ID:garbage",
            "skipped",
            ("line 4", "RECURRENCE-ID"),
        ),
        calendar(event("rid@example.kg", "Брифинг", "RECURRENCE-ID:garbage")),
    )
    text = calendar(event("u@example.kg"))
    add(
        Hostile("plan-utf16-odd.ics", "plan", "UTF-16, odd bytes", "refused", ("UTF-16",)),
        codecs.BOM_UTF16_LE + text.decode().encode("utf-16-le") + b"\x00",
    )
    add(
        Hostile(
            "plan-too-many-events.ics",
            "plan",
            f"{ICS_EVENTS.value:,} events and one",
            "refused",
            (f"{ICS_EVENTS.value:,}",),
        ),
        _later(lambda: calendar(*(event(f"e{i}@example.kg") for i in range(ICS_EVENTS.value + 1)))),
    )
    add(
        Hostile("plan-too-big.ics", "plan", "20 MB and a byte", "refused", ("20 MB",)),
        _sparse(ICS_FILE_BYTES.value + 1),
    )
    add(
        Hostile("plan-not-calendar.ics", "plan", "random text", "refused", ("iCalendar",)),
        b"Hello, this is no calendar.\r\n" * 20,
    )


def corpus(folder: Path, *, make: bool = True, only: set[str] | None = None) -> list[Hostile]:
    """Make the test corpus in ``folder`` and return what each file is.

    With ``make`` False the files are only listed; ``only`` makes just the files named.
    """
    if make:
        folder.mkdir(parents=True, exist_ok=True)
    maker = _Maker(folder, make, only)
    for section in ("contacts", "inventory", "archive"):
        _csv_faults(maker, section, section)  # type: ignore[arg-type]
        _xlsx_faults(maker, section, section)  # type: ignore[arg-type]
        _table_limits(maker, section, section)  # type: ignore[arg-type]
    _row_faults(maker)
    _vcard_faults(maker)
    _ics_faults(maker)
    return maker.made


def good_files(folder: Path) -> list[Hostile]:
    """Make one good file per importer and format, for the dry-run comparison."""
    folder.mkdir(parents=True, exist_ok=True)
    maker = _Maker(folder)
    for section in ("contacts", "inventory", "archive"):
        records = table(section, (good_row(section, i) for i in range(1, 6)))
        maker.add(
            Hostile(f"{section}-good.csv", section, "five good rows", "read", added=5),
            csv_text(records).encode("cp1251"),
        )
        maker.add(
            Hostile(f"{section}-good.xlsx", section, "five good rows", "read", added=5),
            lambda path, r=records: zip_bytes(xlsx_parts(r), path),  # type: ignore[misc]
        )
    maker.add(
        Hostile("contacts-good.vcf", "contacts", "two cards", "read", added=2),
        (
            vcard("Осмонов Бакыт", "EMAIL:b@example.kg") + vcard("Ли Анна", "TEL:+996555000111")
        ).encode(),
    )
    return maker.made


# --- the benchmark's big files ----------------------------------------------------------------


@dataclass(frozen=True)
class Worst:
    """A big file for the benchmark: the importer, and whether it should be accepted."""

    name: str
    section: Section
    what: str
    accepted: bool


def worst(folder: Path) -> list[Worst]:
    """Make the largest file each importer accepts and, with real content, files past a limit."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Worst] = []

    def add(worst_file: Worst, content: bytes | Callable[[Path], None]) -> None:
        path = folder / worst_file.name
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
        made.append(worst_file)

    for section, rows in (("contacts", CONTACT_ROWS), ("inventory", ASSET_ROWS)):
        records = table(section, (good_row(section, i) for i in range(1, rows.value + 1)))
        add(
            Worst(f"{section}-max-rows.csv", section, f"{rows.value:,} rows", True),
            csv_text(records).encode(),
        )
        add(
            Worst(f"{section}-max-rows.xlsx", section, f"{rows.value:,} rows", True),
            lambda path, r=records: zip_bytes(xlsx_parts(r), path),  # type: ignore[misc]
        )
    wide = [[*good_row("archive", i), "x" * 380] for i in range(1, ASSET_ROWS.value + 1)]
    add(
        Worst("archive-12mb.csv", "archive", "30,000 rows of 400 characters, 12 MB", True),
        csv_text(table("archive", wide)).encode()[: 12 * MB].rsplit(b"\r\n", 1)[0] + b"\r\n",
    )
    add(
        Worst("archive-13mb.csv", "archive", "13 MB of rows", False),
        (csv_text(table("archive", wide)).encode() * 2)[: 13 * MB],
    )
    add(
        Worst(
            "inventory-12m-characters.xlsx",
            "inventory",
            "30,000 rows with a note each: 11.8 million characters",
            True,
        ),
        lambda path: _workbook_with_notes(path, 32),
    )
    add(
        Worst(
            "inventory-100mb-unpacked.xlsx",
            "inventory",
            "30,000 rows of inline text unpacking to 99 MB",
            False,
        ),
        lambda path: _workbook_with_notes(path, 150),
    )
    add(
        Worst(
            "inventory-shared-strings-bomb.xlsx",
            "inventory",
            "0.1 MB whose shared strings unpack to 13 MB",
            False,
        ),
        _xlsx(
            table("inventory", [good_row("inventory", 1)]),
            strings=b'<sst xmlns="'
            + _MAIN.encode()
            + b'">'
            + b"<si><t>x</t></si>" * (13 * MB // 17)
            + b"</sst>",
        ),
    )
    add(
        Worst("contacts-folded-photo-5mb.vcf", "contacts", "a 5 MB card, folded photo", True),
        photo_card("Фото Адам", 3_750_000).encode(),
    )
    per_card = 1_000_000
    # Base64 makes 4 bytes of 3, folding 77 of 74; the file stays just under 100 MB.
    cards = int((VCARD_FILE_BYTES.value - 2 * MB) / (per_card * 4 / 3 * 77 / 74 + 300))
    add(
        Worst(
            "contacts-99mb-photos.vcf",
            "contacts",
            f"{cards} cards with 1 MB photos, 98 MB",
            True,
        ),
        "".join(photo_card(f"Person {i}", per_card, seed=i) for i in range(cards)).encode(),
    )
    add(
        Worst(
            "contacts-50000-cards.vcf",
            "contacts",
            "50,000 cards",
            True,
        ),
        "".join(
            vcard(f"Person {i}", f"EMAIL:p{i}@example.kg", f"TEL:+99655{i:07d}")
            for i in range(VCARD_CARDS.value)
        ).encode(),
    )
    add(
        Worst("contacts-12mb-text.vcf", "contacts", "more than 12 MB of notes", False),
        "".join(
            vcard(f"Person {i}", "NOTE:" + "x" * 900_000)
            for i in range(VCARD_TEXT_BYTES.value // 900_000 + 1)
        ).encode(),
    )
    # Folded once: fold_line goes letter by letter, and every event has the same description.
    description = fold_line("DESCRIPTION:" + "Пресс-релиз " * 70)
    add(
        Worst("plan-10000-events.ics", "plan", "10,000 events, 18 MB", True),
        _later(
            lambda: calendar(
                *(
                    event(f"e{i}@example.kg", f"Событие {i}", description)
                    for i in range(ICS_EVENTS.value)
                )
            )
        ),
    )
    add(
        Worst("plan-21mb.ics", "plan", "21 MB of events", False),
        _later(
            lambda: calendar(
                *(
                    event(f"e{i}@example.kg", f"Событие {i}", description, description)
                    for i in range(7000)
                )
            )
        ),
    )
    return made


def _workbook_with_notes(path: Path, words: int) -> None:
    """Write 30,000 inventory rows whose notes repeat a word ``words`` times, as inline text."""
    rows = [good_row("inventory", i) for i in range(1, ASSET_ROWS.value + 1)]
    note = "Примечание " * words
    records = [[*HEADERS["inventory"], "Примечание"], *[[*r, note] for r in rows]]
    zip_bytes(xlsx_parts(records, inline=True), path)


def main(argv: Sequence[str] | None = None) -> int:
    """Make the corpus (or the benchmark's big files) in a folder and list them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--worst", action="store_true", help="the benchmark's big files")
    args = parser.parse_args(argv)
    if args.worst:
        for item in worst(args.folder):
            print(f"{item.name}\t{item.section}\t{item.what}")
        return 0
    for hostile in corpus(args.folder):
        print(f"{hostile.name}\t{hostile.outcome}\t{hostile.fault}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
