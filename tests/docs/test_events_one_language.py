"""Every event document made from the demo data, in Kyrgyz and in Russian, is in that language
alone: the card with its checklist, the calendar entry, the sign-in sheet, the media advisory
and the mail-merge table of an invitation, each written through the command line."""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass
from pathlib import Path

import icalendar
import keyring
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pressdesk import cli, clock
from pressdesk.runtime import Runtime
from pressdesk.services.contacts.lists import list_lists
from pressdesk.services.events.records import list_events
from tests.support.memkeyring import MemoryKeyring
from tests.support.one_language import docx_text, flat, foreign_words
from tests.support.templates import DatabaseTemplates

LANGS = ("ky", "ru")
# Proper names whose words are in the lists: the letter of the house number «96а» of the
# ministry's address, and the outlet «Жаңы Ордо» on the sign-in sheets and recipient tables.
ALLOWED = {"ky": frozenset({"а"}), "ru": frozenset({"жаңы"})}
# The sections whose texts these documents print.
OWN_SECTIONS = ("Events #", "Checklist #", "Staff #")


@dataclass(frozen=True)
class Written:
    """One document written by the command line, with what it said on stderr."""

    name: str
    lang: str
    path: Path
    code: int
    err: str


def _text(path: Path) -> str:
    suffix = path.suffix
    if suffix == ".docx":
        return docx_text(path)
    if suffix == ".pdf":
        return flat("\n".join(page.extract_text() for page in PdfReader(path).pages))
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return "\n".join(";".join(row) for row in csv.reader(handle, delimiter=";"))
    if suffix == ".xlsx":
        book = load_workbook(path, read_only=True)
        cells = [
            str(value)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        ]
        book.close()
        return "\n".join(cells)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    parts = [str(calendar.get("X-WR-CALNAME", ""))]
    for vevent in calendar.walk("VEVENT"):
        parts += [str(vevent.get(key, "")) for key in ("SUMMARY", "LOCATION", "DESCRIPTION")]
        parts += [str(c) for c in vevent["CATEGORIES"].cats]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def written(
    tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates
) -> list[Written]:
    """Fill one demo database and write every event document from it in both languages."""
    folder = tmp_path_factory.mktemp("events-one-language")
    out = folder / "documents"
    out.mkdir()
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        runtime = Runtime.create(str(folder / "data"))
        database_templates.copy_demo(runtime.paths.database_file)
        db = runtime.open_db()
        events = list_events(db)
        contact_list = next(row.id for row in list_lists(db) if row.person_count)
        db.close()
        today = clock.today()
        past = [e for e in events if e.ends_at.date() < today and not e.protocol]
        coming = [e for e in events if e.starts_at.date() >= today and not e.protocol]
        accredited = next(e for e in past if e.accreditation_total)
        jobs: list[tuple[str, list[str]]] = []
        for lang in LANGS:
            for event in events:
                jobs.append((f"card-{event.id}-{lang}.docx", ["export", str(event.id)]))
                jobs.append((f"event-{event.id}-{lang}.ics", ["export", str(event.id)]))
            for event in (accredited, coming[0]):
                jobs.append((f"card-{event.id}-{lang}.pdf", ["export", str(event.id)]))
                for suffix in (".docx", ".pdf"):
                    jobs.append(
                        (f"sheet-{event.id}-{lang}{suffix}", ["accreditation", str(event.id)])
                    )
            for event in coming:
                jobs.append((f"advisory-{event.id}-{lang}.docx", ["advisory", str(event.id)]))
            jobs.append((f"advisory-{coming[0].id}-{lang}.pdf", ["advisory", str(coming[0].id)]))
        results: list[Written] = []
        for name, action in jobs:
            lang = name.rsplit("-", 1)[1].split(".")[0]
            path = out / name
            results.append(_run(folder, [*action, str(path)], name, lang, path))
        for lang in LANGS:
            for suffix in (".csv", ".xlsx"):
                path = out / f"recipients-{coming[0].id}-{lang}{suffix}"
                argv = ["invite", str(coming[0].id), "--list", str(contact_list), "--no-log"]
                argv += ["--table", str(path)]
                results.append(_run(folder, argv, path.name, lang, path))
    finally:
        keyring.set_keyring(previous)
    return results


def _run(folder: Path, action: list[str], name: str, lang: str, path: Path) -> Written:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["--data-dir", str(folder / "data"), "events", *action, "--lang", lang])
    return Written(name, lang, path, code, err.getvalue())


def test_every_kind_of_document_was_written(written):
    kinds = {item.name.split("-", 1)[0] + item.path.suffix for item in written}
    assert kinds == {
        "card.docx",
        "card.pdf",
        "event.ics",
        "sheet.docx",
        "sheet.pdf",
        "advisory.docx",
        "advisory.pdf",
        "recipients.csv",
        "recipients.xlsx",
    }
    assert len(written) > 40


@pytest.mark.parametrize("lang", LANGS)
def test_demo_documents_are_in_one_language(written, lang):
    found: dict[str, list[str]] = {}
    for item in written:
        if item.lang != lang:
            continue
        assert item.code == 0, (item.name, item.err)
        # The demo holds every text of events, checklists and staff in both languages.
        assert not [line for line in item.err.splitlines() if line.startswith(OWN_SECTIONS)], (
            item.name,
            item.err,
        )
        text = _text(item.path)
        assert text.strip(), item.name
        words = foreign_words(text, lang, ALLOWED[lang])
        if words:
            found[item.name] = sorted(set(words))
    assert found == {}


def test_the_two_languages_carry_the_same_events(written):
    by_name = {item.name: item for item in written}
    card_ky = next(n for n in by_name if n.startswith("card-") and n.endswith("-ky.pdf"))
    text_ky = _text(by_name[card_ky].path)
    text_ru = _text(by_name[card_ky.replace("-ky.", "-ru.")].path)
    assert "Иш-чаранын карточкасы" in text_ky and "Карточка мероприятия" in text_ru
    assert "Министрликтин пресс-борбору, Бишкек ш., Киев көчөсү, 96а" in text_ky
    assert "Пресс-центр министерства, г. Бишкек, ул. Киевская, 96а" in text_ru
