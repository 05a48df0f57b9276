"""Every contact export made from the demo data, in Kyrgyz and in Russian, is in that language
alone: the directory of the whole base and of a list (DOCX, PDF), the tables (CSV, XLSX) and the
cards (vCard), each written through the command line with ``--strict``."""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass
from pathlib import Path

import keyring
import openpyxl
import pytest
from pypdf import PdfReader

from pressdesk import cli
from pressdesk.exchange.contacts_io import BILINGUAL_HEADERS
from pressdesk.exchange.vcard import parse_vcards
from pressdesk.runtime import Runtime
from pressdesk.services.contacts.export import HEADERS
from tests.support.memkeyring import MemoryKeyring
from tests.support.one_language import docx_text, flat, foreign_words
from tests.support.templates import DatabaseTemplates

LANGS = ("ky", "ru")
# Proper names whose words are in the lists: the outlets «Маданият жана тарых» and «Жаңы Ордо»,
# and the letter of the house number «96а» in the ministry's address.
ALLOWED = {"ky": frozenset({"а"}), "ru": frozenset({"жана", "жаңы"})}
# Columns a table carries as they were typed, in one language: a person's own notes and where
# the contact came from are not texts the base keeps in two languages.
AS_TYPED = {"ky": ("Эскертүү", "Булак"), "ru": ("Примечание", "Источник")}
LIST_NAME = "Журналисттердин пулу"


@dataclass(frozen=True)
class Written:
    """One file written by the command line, with what it said on stderr."""

    name: str
    lang: str
    path: Path
    code: int
    err: str


def _table(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def _table_text(path: Path, lang: str) -> str:
    """The cells of the file's language: a bilingual field has a column in each language."""
    rows = _table(path)
    header = rows[0]
    assert header == list(HEADERS[lang])
    other = {pair[1 if lang == "ky" else 0] for pair in BILINGUAL_HEADERS.values()}
    skipped = other | set(AS_TYPED[lang])
    keep = [i for i, title in enumerate(header) if title not in skipped]
    return "\n".join(row[i] for row in rows for i in keep if i < len(row))


def _text(path: Path, lang: str) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return flat("\n".join(page.extract_text() for page in PdfReader(path).pages))
    if path.suffix in (".csv", ".xlsx"):
        return _table_text(path, lang)
    cards = parse_vcards(path.read_bytes())
    return "\n".join(f"{card.title}\n{' '.join(card.categories)}" for card in cards)


@pytest.fixture(scope="module")
def demo_folder(
    tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates
) -> Path:
    """One data folder with the demo data in it."""
    folder = tmp_path_factory.mktemp("contacts-one-language")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        runtime = Runtime.create(str(folder / "data"))
        database_templates.copy_demo(runtime.paths.database_file)
    finally:
        keyring.set_keyring(previous)
    return folder


@pytest.fixture(scope="module")
def written(demo_folder: Path) -> list[Written]:
    """Write every contact export from the demo in both languages."""
    out = demo_folder / "exports"
    out.mkdir()
    jobs: list[tuple[str, list[str]]] = []
    for lang in LANGS:
        for suffix in (".docx", ".pdf", ".csv", ".xlsx", ".vcf"):
            jobs.append((f"base-{lang}{suffix}", []))
        jobs.append((f"list-{lang}.docx", ["--list", LIST_NAME]))
    results = []
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        for name, option in jobs:
            lang = name.rsplit("-", 1)[1].split(".")[0]
            path = out / name
            err = io.StringIO()
            argv = ["--data-dir", str(demo_folder / "data"), "contacts", "export", str(path)]
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = cli.main([*argv, *option, "--lang", lang, "--strict"])
            results.append(Written(name, lang, path, code, err.getvalue()))
    finally:
        keyring.set_keyring(previous)
    return results


def test_every_export_was_written(written):
    # --strict: no position or topic of the demo is missing in either language.
    assert [(item.name, item.err) for item in written if item.code != 0] == []
    assert {item.path.suffix for item in written} == {".docx", ".pdf", ".csv", ".xlsx", ".vcf"}
    assert all(item.path.exists() for item in written)


@pytest.mark.parametrize("lang", LANGS)
def test_demo_exports_are_in_one_language(written, lang):
    found: dict[str, list[str]] = {}
    for item in written:
        if item.lang != lang:
            continue
        text = _text(item.path, lang)
        assert text.strip(), item.name
        words = foreign_words(text, lang, ALLOWED[lang])
        if words:
            found[item.name] = sorted(set(words))
    assert found == {}


def test_the_two_directories_carry_the_same_people_with_their_own_texts(written):
    texts = {item.name: _text(item.path, item.lang) for item in written}
    assert "Айыл чарба" in texts["base-ky.docx"] and "Сельское хозяйство" in texts["base-ru.docx"]
    assert "Кабарчы" in texts["base-ky.pdf"] and "Корреспондент" in texts["base-ru.pdf"]
    assert "Сельское хозяйство" not in texts["base-ky.docx"]
    assert "Айыл чарба" not in texts["base-ru.docx"]
    paths = {item.name: item.path for item in written}
    ky_cards = parse_vcards(paths["base-ky.vcf"].read_bytes())
    ru_cards = parse_vcards(paths["base-ru.vcf"].read_bytes())
    assert [c.name for c in ky_cards] == [c.name for c in ru_cards]
    assert {c.title for c in ky_cards} & {"Кабарчы", "Башкы редактор"}
    assert {c.title for c in ru_cards} & {"Корреспондент", "Главный редактор"}
