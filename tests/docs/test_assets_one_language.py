"""Every document of equipment, accounts, archive and the handover act made from the demo data,
in Kyrgyz and in Russian, is in that language alone: the inventory, the gap against the
recommended kit, the archive index and the accounts register (DOCX, PDF, CSV, XLSX) and the act
(DOCX, PDF), each written through the command line with ``--strict``."""

from __future__ import annotations

import contextlib
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import keyring
import openpyxl
import pytest
from pypdf import PdfReader

from pressdesk import cli
from pressdesk.runtime import Runtime
from tests.support.memkeyring import MemoryKeyring
from tests.support.one_language import docx_text, flat, foreign_words
from tests.support.templates import DatabaseTemplates

LANGS = ("ky", "ru")
# A bilingual field has a column in each language; a table in one language still carries the
# other language's column, headed «… (орус.)» in a Kyrgyz file and «… (кырг.)» in a Russian one.
OTHER_MARK = {"ky": "(орус.)", "ru": "(кырг.)"}
# Columns a table carries as they were typed, in one language: the funding source, an archive
# set's event, folder and notes, and an account's notes are not texts kept in two languages.
AS_TYPED = {
    "ky": ("Каржылоо булагы", "Иш-чара", "Папка", "Эскертүү"),
    "ru": ("Источник финансирования", "Мероприятие", "Папка", "Примечание"),
}
# Initials of a name as the act signs it («Н.С. Өмүрбеков»): «С» is also a Russian word.
_INITIALS = re.compile(r"\b(?:[^\W\d_]\.){1,3}\s?(?=[^\W\d_])")
ACT = [
    "--outgoing",
    "Жумабаева Айгүл Бекеновна",
    "--incoming",
    "Исаков Эрлан Дөөлөтович",
    "--chair",
    "Өмүрбеков Нурлан Сапарбекович",
    "--commission",
    "Токтосунова Гүлнара Маратовна",
    "--export",
    "none",
]


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
    """The header and the cells of the file's language."""
    rows = _table(path)
    header = rows[0]
    keep = [
        i
        for i, title in enumerate(header)
        if not title.endswith(OTHER_MARK[lang]) and title not in AS_TYPED[lang]
    ]
    body = "\n".join(row[i] for row in rows[1:] for i in keep if i < len(row))
    return "\n".join(header) + "\n" + body


def _text(path: Path, lang: str) -> str:
    if path.suffix == ".docx":
        text = docx_text(path)
    elif path.suffix == ".pdf":
        text = flat("\n".join(page.extract_text() for page in PdfReader(path).pages))
    else:
        text = _table_text(path, lang)
    return _INITIALS.sub(" ", text)


@pytest.fixture(scope="module")
def written(
    tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates
) -> list[Written]:
    """Write every document of the section from the demo, in both languages."""
    folder = tmp_path_factory.mktemp("assets-one-language")
    data = str(folder / "data")
    out = folder / "out"
    out.mkdir()
    jobs: list[tuple[str, list[str]]] = []
    for lang in LANGS:
        for suffix in (".docx", ".pdf", ".csv", ".xlsx"):
            jobs.append((f"inventory-{lang}{suffix}", ["inventory", "export"]))
            jobs.append((f"gap-{lang}{suffix}", ["inventory", "gap", "--export"]))
            jobs.append((f"archive-{lang}{suffix}", ["archive", "export"]))
            jobs.append((f"accounts-{lang}{suffix}", ["accounts", "export"]))
        for suffix in (".docx", ".pdf"):
            jobs.append((f"act-{lang}{suffix}", ["handover"]))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    results = []
    try:
        database_templates.copy_demo(Path(data) / "pressdesk.db")
        for name, command in jobs:
            lang = name.rsplit("-", 1)[1].split(".")[0]
            path = out / name
            extra = ACT if command == ["handover"] else []
            err = io.StringIO()
            argv = ["--data-dir", data, *command, str(path), "--lang", lang, "--strict", *extra]
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = cli.main(argv)
            results.append(Written(name, lang, path, code, err.getvalue()))
    finally:
        keyring.set_keyring(previous)
    return results


def test_every_document_was_written(written):
    # --strict: no text of the demo is missing in either language.
    assert [(item.name, item.err) for item in written if item.code != 0] == []
    assert all(item.path.exists() for item in written)
    assert len(written) == 2 * (4 * 4 + 2)


@pytest.mark.parametrize("lang", LANGS)
def test_demo_documents_are_in_one_language(written, lang):
    found: dict[str, list[str]] = {}
    for item in written:
        if item.lang != lang:
            continue
        text = _text(item.path, lang)
        assert text.strip(), item.name
        words = foreign_words(text, lang)
        if words:
            found[item.name] = sorted(set(words))
    assert found == {}


def test_the_two_acts_name_the_same_things_each_in_its_own_words(written):
    texts = {item.name: _text(item.path, item.lang) for item in written}
    ky, ru = texts["act-ky.docx"], texts["act-ru.docx"]
    for kyrgyz, russian in (
        ("Басма сөз катчысынын жумушчу компьютери", "Рабочий компьютер пресс-секретаря"),
        ("Котормочунун компьютери", "Компьютер переводчика"),
        ("Кызматтык смартфонго SMS", "SMS на служебный смартфон"),
        ("Маалыматтык технологиялар бөлүмү", "Отдел информационных технологий"),
        ("басма сөз кызматы жөнүндө жобо", "Положение о пресс-службе министерства"),
    ):
        assert kyrgyz in ky and russian not in ky, kyrgyz
        assert russian in ru and kyrgyz not in ru, russian
    # An account's notes, kept in one language, are printed only in an act of that language.
    assert "Баракчага мураскорду администратор кылып кошуу" in ky
    assert "Баракчага" not in ru and "передать организации или закрыть" in ru
    assert "Зарегистрирован на личный номер" in ru and "Зарегистрирован" not in ky
    inventory = texts["inventory-ru.csv"]
    assert "Рабочий компьютер пресс-секретаря" in inventory
    assert "Басма сөз катчысынын жумушчу компьютери" not in inventory  # the other column


def test_the_table_carries_both_languages(written):
    path = next(item.path for item in written if item.name == "inventory-ky.xlsx")
    header = _table(path)[0]
    assert header[1:3] == ["Аталышы (кыр.)", "Аталышы (орус.)"]
    rows = {row[0]: row for row in _table(path)[1:]}
    assert rows["ИН-0003"][1:3] == ["Котормочунун компьютери", "Компьютер переводчика"]


def test_the_act_can_be_re_printed_from_its_snapshot(written):
    from pressdesk.services.handover.acts import list_acts, reprint_act

    act = next(item for item in written if item.name == "act-ru.docx")
    folder = act.path.parent.parent / "data"
    db = Runtime.create(str(folder)).open_db()
    try:
        issued = next(a for a in list_acts(db) if a.lang == "ru")
        again = reprint_act(db, issued.id, act.path.with_name("again.docx"))
        assert again.matches
    finally:
        db.close()
