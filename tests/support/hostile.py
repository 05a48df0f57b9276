"""Make the hostile import corpus: damaged, mixed-up, malicious and oversized files.

Nothing here is committed as a file: every file is made on the spot in a folder, most of them
in milliseconds. ``corpus(folder)`` makes the set the tests run, one file per fault per
importer; tests/support/hostile_worst.py makes the big files the benchmark measures.

    python -m tests.support.hostile DIR
"""

from __future__ import annotations

import argparse
import base64
import codecs
import random
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

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
from tests.support.xlsx_build import (
    ENTITY_BOMB,
    corrupt_deflate,
    cut,
    encrypted_flag,
    patched_zip,
    unsupported_method,
    workbook,
    xlsx_parts,
    zip_bytes,
)

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


def later(make: Callable[[], bytes]) -> Callable[[Path], None]:
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


def _sparse(size: int) -> Callable[[Path], None]:
    """Return a maker of a file of ``size`` zero bytes that takes no room on disk."""

    def make(path: Path) -> None:
        with path.open("wb") as fh:
            fh.truncate(size)

    return make


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
    add("a workbook cut short", "truncated", cut(workbook(records), 0.6))
    add(
        "a manifest ([Content_Types].xml) that is not XML",
        "content-types-broken",
        workbook(records, content_types=b"<Types><Default Extension="),
    )
    add(
        "no manifest ([Content_Types].xml)",
        "content-types-missing",
        workbook(records, content_types=None),
    )
    add(
        "a shared-string index out of range",
        "string-index",
        workbook(records, sheet=lambda sheet: sheet.replace(b"<v>1</v>", b"<v>9999</v>")),
        "row 1",
    )
    add("bad deflate data in the sheet", "bad-deflate", patched_zip(records, corrupt_deflate))
    add(
        "a compression method Python cannot unpack",
        "unsupported-compression",
        patched_zip(records, unsupported_method),
    )
    add("a sheet marked as encrypted", "encrypted", patched_zip(records, encrypted_flag))
    add(
        "a sheet whose XML is broken",
        "sheet-xml-broken",
        workbook(records, sheet=lambda sheet: sheet[:-40]),
    )
    add(
        "a workbook.xml that is not XML",
        "workbook-broken",
        workbook(records, workbook=b"<workbook><sheets><sheet name="),
    )
    add(
        "a number cell that holds text",
        "number-not-number",
        workbook(
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
        workbook(records, sheet=lambda sheet: sheet.replace(b'<c r="A2"', b'<c r="2A!"')),
        "row 2",
    )
    add(
        "entity expansion in the shared strings",
        "entity-bomb",
        workbook(records, strings=ENTITY_BOMB),
    )
    add(
        "shared strings that unpack past their limit",
        "shared-strings-bomb",
        workbook(
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
        workbook(
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
        workbook(
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
        later(lambda: csv_text(many()).encode()),
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
        later(
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
        later(
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
        later(lambda: "".join(vcard(f"Person {i}", note) for i in range(cards)).encode()),
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
        later(lambda: photo_card("Фото Адам", 3_750_000).encode()),
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
        later(lambda: calendar(*(event(f"e{i}@example.kg") for i in range(ICS_EVENTS.value + 1)))),
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


def main(argv: Sequence[str] | None = None) -> int:
    """Make the corpus in a folder and list it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    for hostile in corpus(args.folder):
        print(f"{hostile.name}\t{hostile.outcome}\t{hostile.fault}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
