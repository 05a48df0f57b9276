"""Write XLSX workbooks part by part, so that each part can be damaged on purpose."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
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
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
        + "".join(rows)
        + "</sheetData></worksheet>"
    )
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}">'
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
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{_R}">'
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


def workbook(
    records: Sequence[Sequence[str]], **changes: bytes | Callable[[bytes], bytes] | None
) -> Callable[[Path], None]:
    """Return a maker of a workbook of ``records`` with parts replaced (None: left out).

    A change is the new part, or a function from the part to the new one.
    """

    def make(path: Path) -> None:
        parts = xlsx_parts(records)
        for key, value in changes.items():
            name = PART_NAMES[key]
            if value is None:
                parts.pop(name)
            elif callable(value):
                parts[name] = value(parts[name])
            else:
                parts[name] = value
        zip_bytes(parts, path)

    return make


PART_NAMES = {
    "content_types": "[Content_Types].xml",
    "workbook": "xl/workbook.xml",
    "sheet": "xl/worksheets/sheet1.xml",
    "strings": "xl/sharedStrings.xml",
    "workbook_rels": "xl/_rels/workbook.xml.rels",
}


def patched_zip(
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


def data_start(data: bytearray, info: zipfile.ZipInfo) -> int:
    """Return where the compressed bytes of ``info`` start in the zip."""
    offset = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[offset + 26 : offset + 30])
    return offset + 30 + name_length + extra_length


def corrupt_deflate(data: bytearray, info: zipfile.ZipInfo) -> None:
    """Scramble the start of the compressed bytes of ``info``."""
    start = data_start(data, info)
    for index in range(start + 2, start + min(info.compress_size, 200)):
        data[index] ^= 0x5A


def central_entry(data: bytearray, info: zipfile.ZipInfo) -> int:
    """Return the offset of ``info``'s entry in the zip's central directory."""
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + name_length] == info.filename.encode():
            return central
        central = data.find(b"PK\x01\x02", central + 4)
    raise ValueError(f"{info.filename} is not in the central directory")


def unsupported_method(data: bytearray, info: zipfile.ZipInfo) -> None:
    """Mark ``info`` as compressed by a method Python cannot unpack."""
    # Method 99 (AES) in the local header and in the central directory.
    data[info.header_offset + 8 : info.header_offset + 10] = struct.pack("<H", 99)
    central = central_entry(data, info)
    data[central + 10 : central + 12] = struct.pack("<H", 99)


def encrypted_flag(data: bytearray, info: zipfile.ZipInfo) -> None:
    """Mark ``info`` as encrypted."""
    for offset in (info.header_offset + 6, central_entry(data, info) + 8):
        flags = struct.unpack("<H", data[offset : offset + 2])[0]
        data[offset : offset + 2] = struct.pack("<H", flags | 1)


def cut(make: Callable[[Path], None], fraction: float) -> Callable[[Path], None]:
    """Return a maker of the file ``make`` makes, cut to ``fraction`` of its length."""

    def cut(path: Path) -> None:
        make(path)
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])

    return cut


#: Shared strings whose one entity would expand to 100 million characters ("billion laughs").
ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
    + "".join(
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefg", "bcdefgh", strict=True)
    )
    + f']><sst xmlns="{MAIN}"><si><t>&h;</t></si></sst>'
).encode()
