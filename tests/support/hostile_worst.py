"""Make the benchmark's big files: the largest file each importer accepts, and files just past
a limit with real content (not the sparse files of the test corpus).

    python -m tests.support.hostile_worst DIR
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pressdesk.exchange.limits import (
    ASSET_ROWS,
    CONTACT_ROWS,
    ICS_EVENTS,
    MB,
    VCARD_CARDS,
    VCARD_FILE_BYTES,
    VCARD_TEXT_BYTES,
)
from pressdesk.exchange.vcard import fold_line
from tests.support.hostile import (
    HEADERS,
    Section,
    calendar,
    csv_text,
    event,
    good_row,
    later,
    photo_card,
    table,
    vcard,
)
from tests.support.xlsx_build import MAIN, workbook, xlsx_parts, zip_bytes


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
        workbook(
            table("inventory", [good_row("inventory", 1)]),
            strings=b'<sst xmlns="'
            + MAIN.encode()
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
        later(
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
        later(
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
    """Make the big files in a folder and list them."""
    folder = Path((argv or sys.argv[1:])[0])
    for item in worst(folder):
        print(f"{item.name}\t{item.section}\t{item.what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
