"""Tables that never cut a word, a date or a number; columns that follow their content."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from pypdf import PdfReader

from pressdesk.documents import textbreak as tb
from pressdesk.documents.docx_render import render_docx
from pressdesk.documents.fonts import find_font, register_fonts
from pressdesk.documents.model import Column, Document, Table
from pressdesk.documents.pdf_render import render_pdf
from pressdesk.documents.tablefit import TextFitter, plan_table

GENERATED_AT = datetime.datetime(2026, 11, 20, 10, 0, tzinfo=datetime.UTC)
# Tokens that must come out whole whatever the column width.
WHOLE = ("03.12.2026", "29.12.2023", "ИН-0004", "+996 700 123 456", "№ 45-к", "12 500")
ROWS = [
    [
        "ИН-0004",
        "Видеокамера Sony HXR-NX100, штатив жана микрофон",
        "03.12.2026",
        "Асанов Б.Т., министрдин орун басары, 07.12.2026 чейин",
        "a.jumabaeva.press-service@24kg.example.kg",
        "+996 700 123 456",
    ],
    [
        "ИН-0012",
        "Персональный компьютер пресс-секретаря (системный блок, монитор)",
        "29.12.2023",
        "Официальный представитель; администрирование страницы",
        "https://agro.example.kg/press-centre/news/2026/12",
        "№ 45-к, 12 500 сом",
    ],
]
COLUMNS = [
    Column("Инв. №", 0.6),
    Column("Аталышы", 2.0),
    Column("Күнү", 0.6),
    Column("Кимде", 1.6),
    Column("Электрондук дарек", 1.0),
    Column("Телефон", 0.7),
]


def _doc(table: Table, lang: str = "ky") -> Document:
    return Document(lang=lang, title="Текшерүү", generated_at=GENERATED_AT, blocks=[table])  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def fitter() -> TextFitter:
    return TextFitter(register_fonts(find_font()).regular, 10, "ru")


def test_protected_spans_are_tied_together():
    text = tb.protect("Тел.: +996 700 123 456; № 45-к; 12 500 сом; 03.12.2026 10:00")
    for token in ("+996\xa0700\xa0123\xa0456", "№\xa045-к", "12\xa0500"):
        assert token in text
    for word in ("ИН-0004", "03.12.2026", "10:00", "45-к", "2026-W53"):
        assert tb.is_protected(word), word
    for word in ("пресс-релиз", "Министрлик", "a.b@c.kg"):
        assert not tb.is_protected(word), word


@pytest.mark.parametrize(
    ("word", "lang", "parts"),
    [
        ("Министрликтин", "ky", ["Ми", "нистр", "лик", "тин"]),
        ("кызматкерлеринин", "ky", ["кыз", "мат", "кер", "ле", "ри", "нин"]),
        ("бөлүмдөрүнүн", "ky", ["бө", "лүм", "дө", "рү", "нүн"]),
        ("администрирование", "ru", ["ад", "ми", "ни", "стри", "ро", "ва", "ние"]),
        ("кабыл", "ky", ["кабыл"]),  # too short to hyphenate
    ],
)
def test_hyphenation_points(word, lang, parts):
    assert tb.hyphenate(word, lang) == parts


NARROW_TEXT = (
    "Администрирование официальной страницы a.jumabaeva@24kg.example.kg "
    "ИН-0004 03.12.2026 +996 700 123 456"
)


def _rejoin(lines: list[str]) -> str:
    """Undo the line breaks: a hyphenation hyphen goes, a link joins, other lines get a space."""
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower():
            text = text[:-1] + line
        elif text.endswith(("/", ".", "@")):
            text += line
        else:
            text += " " + line
    return text


@pytest.mark.parametrize("share", [0.0, 0.5, 1.0, 1.5])
def test_a_narrow_cell_never_cuts_a_word_at_a_random_letter(fitter, share):
    # From the narrowest column the table planner ever gives (hyphenation allowed) upwards.
    low = fitter.min_width(NARROW_TEXT, hyphens=True)
    high = fitter.min_width(NARROW_TEXT)
    width = low + (high - low) * share
    lines = fitter.fit(NARROW_TEXT, width).split("\n")
    assert all(fitter.width(line) <= width + 0.01 for line in lines)
    assert _flat(_rejoin(lines)) == _flat(NARROW_TEXT), lines
    for token in ("ИН-0004", "03.12.2026", "+996 700 123 456"):
        assert any(token in line.replace("\xa0", " ") for line in lines), (token, lines)
    for line in lines[:-1]:
        if line.endswith("-") and line[-2:-1].isalpha():
            stem = line.split()[-1][:-1]
            parts = tb.hyphenate("Администрирование", "ru")
            assert stem in {"".join(parts[:n]) for n in range(1, len(parts))}, line


def test_columns_follow_their_content(fitter):
    table = Table(COLUMNS, ROWS, numbered=True)
    header = TextFitter(register_fonts(find_font()).bold, 10, "ky")
    plan = plan_table(
        table, body=fitter, header=header, number_width=20, portrait=467.7, landscape=None
    )
    assert sum(plan.widths) == pytest.approx(467.7)
    for index, column in enumerate(COLUMNS, start=1):
        cells = [row[index - 1] for row in ROWS]
        widest = max(fitter.min_width(cell) for cell in cells)
        assert plan.widths[index] >= widest + 6 - 0.01, column.title


def test_no_date_code_or_number_is_cut_in_the_pdf(tmp_path: Path):
    target = tmp_path / "table.pdf"
    render_pdf(_doc(Table(COLUMNS, ROWS, numbered=True)), target)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    text = "\n".join(pages).replace("\xa0", " ")
    for token in WHOLE:
        assert token in text, token
    # No line of the page ends in the middle of a date ("29.12.202" / "3").
    assert not re.search(r"\d{2}\.\d{2}\.\d{1,3}\n", text)


def test_a_table_too_wide_for_portrait_gets_landscape_pages(tmp_path: Path):
    columns = [Column(f"Графа {n}") for n in range(1, 13)]
    rows = [[f"Маалымат{n}{k}-узун-сөз 03.12.2026" for n in range(12)] for k in range(3)]
    wide = Document(
        lang="ky",
        title="Текшерүү",
        generated_at=GENERATED_AT,
        blocks=[Table([Column("Аты")], [["Алдыңкы таблица"]]), Table(columns, rows)],
    )
    pdf = tmp_path / "wide.pdf"
    render_pdf(wide, pdf)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(pdf).pages]
    assert sizes[0][0] < sizes[0][1]  # the text before stays portrait
    assert any(width > height for width, height in sizes)
    assert "03.12.2026" in "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    target = tmp_path / "wide.docx"
    render_docx(wide, target)
    orientations = [section.orientation for section in docx.Document(str(target)).sections]
    assert orientations[0] == WD_ORIENT.PORTRAIT and WD_ORIENT.LANDSCAPE in orientations


def test_a_sign_in_sheet_keeps_rows_tall_enough_to_sign(tmp_path: Path):
    rows = [[f"Катышуучу {n}", "", ""] for n in range(1, 31)]
    sheet = Table(
        [Column("Аты-жөнү", 3), Column("ЖМК", 2), Column("Колу", 1)], rows, min_row_height_mm=10
    )
    pdf = tmp_path / "sheet.pdf"
    render_pdf(_doc(sheet), pdf)
    plain = tmp_path / "plain.pdf"
    render_pdf(_doc(Table(sheet.columns, rows)), plain)
    # 30 rows of 10 mm do not fit the 257 mm of one page; plain rows do.
    assert len(PdfReader(pdf).pages) == 2 and len(PdfReader(plain).pages) == 1
    target = tmp_path / "sheet.docx"
    render_docx(_doc(sheet), target)
    (table,) = [t for t in docx.Document(str(target)).tables if len(t.rows) == 31]
    for row in table.rows[1:]:
        height = row._tr.trPr.find(qn("w:trHeight"))
        assert height is not None and height.get(qn("w:hRule")) == "atLeast"
        assert int(height.get(qn("w:val"))) == round(10 * 1440 / 25.4)


def test_docx_offers_breaks_only_where_they_are_allowed(tmp_path: Path):
    narrow = Table(
        [Column("Дарек", 0.2), Column("Сөз", 0.2), Column("Эскертүү", 6)],
        [["a.jumabaeva.press-service@24kg.example.kg", "Администрирование", "x" * 150]],
    )
    target = tmp_path / "narrow.docx"
    render_docx(_doc(narrow, "ru"), target)
    (table,) = [t for t in docx.Document(str(target)).tables if len(t.rows) == 2]
    address, word = (cell.text for cell in table.rows[1].cells[:2])
    assert address.replace("\u200b", "") == "a.jumabaeva.press-service@24kg.example.kg"
    assert all(ch in "./@-" for ch in re.findall(r"(.)\u200b", address))
    assert word.replace("\xad", "") == "Администрирование"


def test_pdf_and_docx_use_the_same_typeface(tmp_path: Path):
    found = find_font()
    assert found.family in ("Times New Roman", "Liberation Serif")
    target = tmp_path / "act.docx"
    render_docx(_doc(Table(COLUMNS, ROWS)), target)
    fonts = docx.Document(str(target)).styles.element.find(qn("w:docDefaults"))
    names = {el.get(qn("w:ascii")) for el in fonts.iter(qn("w:rFonts"))}
    assert names == {"Times New Roman"}
