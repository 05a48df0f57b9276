"""The handover act as DOCX and PDF in Kyrgyz and Russian, read back to check what it says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pressdesk.services.handover import issue_act
from pressdesk.services.handover_build import build_draft
from pressdesk.services.inventory import ItemFilter, list_items

ON = dt.date(2026, 11, 23)
STAMP = dt.datetime(2026, 11, 23, 9, 0)
OUTGOING = "Жумабаева Айгүл Бекеновна"
INCOMING = "Өмүрбеков Ңурлан Үсөнович"

EXPECTED = {
    "ky": {
        "title": "Иштерди кабыл алуу-өткөрүп берүү актысы",
        "approve": "БЕКИТЕМ",
        "sections": ["1. Жалпы жоболор", "3. Техника жана жабдуулар", "9. Кабыл алуучу тараптын"],
        "outgoing": "Өткөрүп берүүчү тарап:",
        "incoming": "Кабыл алуучу тарап:",
        "commission": "Комиссиянын мүчөсү:",
        "basis": "Негиз:",
        "no_passwords": "Сыр сөздөр актыга жазылбайт",
        "sheet_header": "Аты-жөнү",
    },
    "ru": {
        "title": "Акт приёма-передачи дел",
        "approve": "УТВЕРЖДАЮ",
        "sections": ["1. Общие положения", "3. Техника и оборудование", "9. Замечания"],
        "outgoing": "Передающая сторона:",
        "incoming": "Принимающая сторона:",
        "commission": "Член комиссии:",
        "basis": "Основание:",
        "no_passwords": "Пароли в акт не вносятся",
        "sheet_header": "ФИО",
    },
}


def flat(text: str) -> str:
    return " ".join(text.split())


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return flat("\n".join(parts))


def pdf_text(path: Path) -> str:
    return flat("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _issue(db, folder: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    draft = build_draft(
        db,
        lang=lang,
        outgoing=OUTGOING,
        incoming=INCOMING,
        commission=["Токтосунов Бакыт"],
        on=ON,
        place="Бишкек",
        today=ON,
    )
    draft.basis_number, draft.basis_date = "112-к", dt.date(2026, 11, 20)
    targets = [folder / f"act-{lang}.docx", folder / f"act-{lang}.pdf"]
    issue_act(db, draft, targets, export_format=".xlsx", now=STAMP)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_act_reads_back_from_docx_and_pdf(demo_db, tmp_path, lang):
    from pressdesk.services.contacts_query import count_people

    _issue(demo_db, tmp_path, lang)
    words = EXPECTED[lang]
    items = list_items(demo_db, ItemFilter()).rows
    for text in (docx_text(tmp_path / f"act-{lang}.docx"), pdf_text(tmp_path / f"act-{lang}.pdf")):
        assert words["title"] in text and words["approve"] in text
        for heading in words["sections"]:
            assert heading in text
        # Names stay whole, in "Label: value" form, so no case ending is glued onto them.
        assert f"{words['outgoing']} {OUTGOING}" in text
        assert f"{words['incoming']} {INCOMING}" in text
        assert f"{words['commission']} Токтосунов Бакыт" in text
        assert words["basis"] in text and "112-к" in text
        assert words["no_passwords"] in text
        assert items[0].inventory_number in text
        assert f"act-{lang}-media-base.xlsx" in text
        assert "– " in text

    document = docx.Document(str(tmp_path / f"act-{lang}.docx"))
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    numbers = [int(p.split(".")[0]) for p in paragraphs if p.split(".")[0].isdigit()]
    # Sections 1–9 and clauses share the "N." form; clauses keep counting past 9.
    assert max(numbers) > 9
    assert len(document.tables) >= 4

    book = load_workbook(tmp_path / f"act-{lang}-media-base.xlsx", read_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    assert rows[0][0] == words["sheet_header"]
    assert len(rows) - 1 == count_people(demo_db)
