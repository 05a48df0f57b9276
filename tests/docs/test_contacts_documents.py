"""The contact directory as DOCX and PDF, read back in Kyrgyz and Russian."""

from __future__ import annotations

import datetime as dt
import random

import docx
import pytest
from pypdf import PdfReader

from pressdesk.documents.builders_contacts import (
    DirectoryOutlet,
    DirectoryPerson,
    build_contact_directory,
)
from pressdesk.services.contacts.demo import fill_contacts
from pressdesk.services.contacts.export import export_contacts
from pressdesk.services.contacts.lists import ListRecord, add_to_list, save_list
from pressdesk.services.contacts.query import count_people, list_people

DAY = dt.date(2026, 11, 21)


@pytest.fixture
def base(db, database_templates):
    database_templates.fill_demo(db)
    if count_people(db) == 0:  # the demo may already include the contact base
        fill_contacts(db, random.Random(3))
    return db


def _pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _docx_text(path):
    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("lang", "title", "date_text", "org"),
    [
        ("ky", "ЖМК базасы", "Түзүлгөн күнү: 2026-жылдын 21-ноябры", "Айыл чарба министрлиги"),
        (
            "ru",
            "База СМИ",
            "Дата составления: 21 ноября 2026 г.",
            "Министерство сельского хозяйства",
        ),
    ],
)
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_directory_grouped_by_outlet_with_header_date_and_counts(
    base, tmp_path, lang, title, date_text, org, suffix
):
    path = tmp_path / f"dir{suffix}"
    result = export_contacts(base, path, lang=lang, on=DAY)
    text = _docx_text(path) if suffix == ".docx" else _pdf_text(path)
    flat = " ".join(text.split())
    assert title in flat
    assert date_text in flat
    assert org in flat
    assert f"{result.people}" in flat and "40" in flat
    assert "КТРК" in flat and "Кыргыз Туусу" in flat
    someone = list_people(base, limit=1, sort="name").rows[0]
    assert someone.full_name in flat
    assert flat.index("КТРК") < flat.index("Кыргыз Туусу")  # outlets in dictionary order
    if lang == "ky":
        assert "Мамлекеттик / жеке ЖМК" in flat
        assert "ң" in flat or "ү" in flat or "ө" in flat
    # Not marked unless asked for.
    assert "Кызматтык пайдалануу үчүн" not in flat and "Для служебного пользования" not in flat


def test_list_directory_names_the_list(base, tmp_path):
    lst = save_list(base, ListRecord("Регионалдык ТВ (тест)"))
    add_to_list(base, lst.id, person_ids=[r.id for r in list_people(base, limit=4).rows])
    path = tmp_path / "list.docx"
    result = export_contacts(
        base, path, list_id=lst.id, list_name="Регионалдык ТВ (тест)", lang="ky"
    )
    assert result.people == 4
    assert "Таратуу тизмеси: Регионалдык ТВ (тест)" in _docx_text(path)


def test_builder_without_people_and_without_outlet(tmp_path):
    empty = build_contact_directory([], lang="ru", org_name="Орган", on=DAY)
    assert any("нет контактов" in getattr(b, "text", "") for b in empty.blocks)
    doc = build_contact_directory(
        [DirectoryOutlet("", people=[DirectoryPerson("Блогер Ңөү", phones=["+996 555 123 456"])])],
        lang="ky",
        on=DAY,
    )
    headings = [b.text for b in doc.blocks if type(b).__name__ == "Heading"]
    assert headings == ["ЖМКга тиешелүү эмес байланыштар"]


@pytest.mark.parametrize(
    ("lang", "suffix", "mark"),
    [
        ("ky", ".pdf", "Кызматтык пайдалануу үчүн"),
        ("ru", ".docx", "Для служебного пользования"),
    ],
)
def test_directory_for_official_use_carries_the_mark(base, tmp_path, lang, suffix, mark):
    path = tmp_path / f"dir{suffix}"
    export_contacts(base, path, lang=lang, on=DAY, official_use=True)
    text = _docx_text(path) if suffix == ".docx" else _pdf_text(path)
    assert mark in " ".join(text.split())
    if suffix == ".pdf":
        pages = PdfReader(path).pages
        assert all(mark in page.extract_text() for page in pages)  # on every page


def test_workbook_for_official_use_carries_the_mark_above_the_table(base, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "base.xlsx"
    result = export_contacts(base, path, lang="ky", official_use=True)
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Кызматтык пайдалануу үчүн"
    assert sheet.oddHeader.right.text == "Кызматтык пайдалануу үчүн"
    assert sheet["A2"].value == "Аты-жөнү"
    assert sheet.max_row == result.people + 2
    # The table can still be read back: the header is found below the mark.
    from pressdesk.services.contacts.exchange import import_contacts

    report = import_contacts(base, path, dry_run=True)
    assert report.total == result.people and not report.rejected


def test_cli_marks_the_export_when_asked_or_when_the_setting_is_on(base, tmp_path, capsys):
    from pressdesk import cli
    from pressdesk.runtime import Runtime
    from pressdesk.settings import OFFICIAL_USE_MARK

    base.close()  # the command opens the database itself
    plain = tmp_path / "plain.pdf"
    assert cli.main(["contacts", "export", str(plain), "--lang", "ru"]) == 0
    assert "Для служебного пользования" not in _pdf_text(plain)
    asked = tmp_path / "asked.pdf"
    assert cli.main(["contacts", "export", str(asked), "--lang", "ru", "--official-use"]) == 0
    assert "Для служебного пользования" in _pdf_text(asked)
    csv = tmp_path / "base.csv"
    assert cli.main(["contacts", "export", str(csv), "--official-use"]) == 0
    assert "cannot carry one" in capsys.readouterr().out
    assert "Кызматтык" not in csv.read_text(encoding="utf-8-sig").splitlines()[0]
    runtime = Runtime.create(None)
    runtime.settings.set(OFFICIAL_USE_MARK, True)
    runtime.settings.save()
    by_setting = tmp_path / "setting.docx"
    assert cli.main(["contacts", "export", str(by_setting), "--lang", "ky"]) == 0
    assert "Кызматтык пайдалануу үчүн" in _docx_text(by_setting)
