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
from pressdesk.services.contacts_demo import fill_contacts
from pressdesk.services.contacts_export import export_contacts
from pressdesk.services.contacts_lists import ListRecord, add_to_list, save_list
from pressdesk.services.contacts_query import count_people, list_people
from pressdesk.services.demo import fill_demo

DAY = dt.date(2026, 11, 21)


@pytest.fixture
def base(db):
    fill_demo(db)
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
        ("ky", "ЖМК базасы", "21-ноябрь 2026-ж.", "Айыл чарба министрлиги"),
        ("ru", "База СМИ", "21 ноября 2026 г.", "Министерство сельского хозяйства"),
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
