"""Table columns are shared so that rows take as few lines as the page allows, and a DOCX
printed by a word processor has the PDF's cell box."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from pressdesk.documents import tablefit
from pressdesk.documents.docx_render import render_docx
from pressdesk.documents.fonts import find_font, register_fonts
from pressdesk.documents.model import Column, Document, Heading, Paragraph, Table
from pressdesk.documents.tablefit import TextFitter, plan_table

MM = 72 / 25.4
PORTRAIT = (210 - 30 - 15) * MM


@pytest.fixture(scope="module")
def fitters() -> tuple[TextFitter, TextFitter]:
    fonts = register_fonts(find_font())
    return (
        TextFitter(fonts.regular, tablefit.TABLE_SIZE, "ky"),
        TextFitter(fonts.bold, tablefit.TABLE_SIZE, "ky"),
    )


def _lines(table: Table, fitters: tuple[TextFitter, TextFitter], widths: list[float]) -> list[int]:
    body = fitters[0]
    room = [w - 2 * tablefit.CELL_PAD_X for w in widths[1:]]
    return [
        max(body.fit(text, space).count("\n") + 1 for text, space in zip(row, room, strict=True))
        for row in table.rows
    ]


def _archive_table() -> Table:
    """The archive section of a handover act: two columns kept empty to write in by hand."""
    columns = [
        Column("Аталышы, түрү", 2.6),
        Column("Күнү", 1.2),
        Column("Файлдар", 1.0, min_width_mm=28),
        Column("Көлөмү", 1.0, min_width_mm=28),
        Column("Маалымат сакталган (инв. №)", 1.6),
        Column("Папка, шилтеме", 1.6),
    ]
    rows = [
        [
            f"Иш-чара {i}: сүрөттөр\nаудио",
            "13.04.2016",
            "",
            "",
            "Тышкы диск №2",
            f"D:/Архив/{i:05d}",
        ]
        for i in range(300)
    ]
    return Table(columns, rows, numbered=True)


def test_rows_take_the_fewest_lines_the_page_allows(fitters):
    table = _archive_table()
    plan = plan_table(
        table,
        body=fitters[0],
        header=fitters[1],
        number_width=30,
        portrait=PORTRAIT,
        landscape=None,
    )
    assert sum(plan.widths) == pytest.approx(PORTRAIT)
    # The name has a line of its own for the kind, so two lines is the least a row can take;
    # before, every column wrapped once more to share the width out.
    assert set(_lines(table, fitters, plan.widths)) == {2}
    hand = plan.widths[3:5]
    assert min(hand) >= 28 * MM - 0.01


def test_a_few_long_cells_wrap_instead_of_every_row(fitters):
    columns = [Column("Аталышы", 2.0), Column("Сериялык номери", 1.0), Column("Эскертүү", 2.0)]
    rows = [[f"Ноутбук {i}, Model {i % 90}", f"SN{i:09d}", "Жакшы"] for i in range(95)]
    rows += [
        [
            "Видеокамера Sony HXR-NX100, штатив, микрофон жана эки запастагы батарея",
            "SN000000001",
            "Оңдоого талап кылынат: линзасы тырмалган, заряддоочу түзмөгү жок, кайтарылган",
        ]
        for _ in range(5)
    ]
    table = Table(columns, rows, numbered=True)
    plan = plan_table(
        table,
        body=fitters[0],
        header=fitters[1],
        number_width=30,
        portrait=PORTRAIT * 0.55,
        landscape=None,
    )
    lines = _lines(table, fitters, plan.widths)
    assert lines[:95] == [1] * 95
    assert max(lines[95:]) > 1


def test_docx_tables_have_the_pdf_cell_box(tmp_path):
    doc = Document(
        title="Акт",
        lang="ky",
        blocks=[Table([Column("Аталышы"), Column("Күнү")], [["Штатив", "13.04.2016"]])],
    )
    target = tmp_path / "act.docx"
    render_docx(doc, target)
    word = docx.Document(str(target))
    table = word.tables[-1]
    margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    assert margins is not None
    twips = {
        side: int(margins.find(qn(f"w:{side}")).get(qn("w:w")))
        for side in ("left", "right", "top", "bottom")
    }
    assert twips == {
        "left": round(tablefit.CELL_PAD_X * 20),
        "right": round(tablefit.CELL_PAD_X * 20),
        "top": round(tablefit.CELL_PAD_TOP * 20),
        "bottom": round(tablefit.CELL_PAD_BOTTOM * 20),
    }
    style = word.styles["PressDesk Table"].paragraph_format
    assert style.line_spacing.pt == pytest.approx(tablefit.CELL_LEADING)


def test_docx_keeps_headings_with_the_first_rows_like_the_pdf(tmp_path):
    rows = [[f"Штатив {i}", "13.04.2016"] for i in range(5)]
    doc = Document(
        title="ЖМК базасы",
        lang="ky",
        blocks=[
            Paragraph("Кириш сөз, таблицага тиешеси жок."),
            Heading("Кабар", level=2),
            Paragraph("мамлекеттик агенттик"),
            Table([Column("Аталышы"), Column("Күнү")], rows),
            Table([Column("Аталышы"), Column("Күнү")], rows),
        ],
    )
    target = tmp_path / "base.docx"
    render_docx(doc, target)
    word = docx.Document(str(target))
    kept = {p.text: p.paragraph_format.keep_with_next for p in word.paragraphs if p.text}
    assert kept["Кабар"] and kept["мамлекеттик агенттик"]
    assert not kept["Кириш сөз, таблицага тиешеси жок."]

    def keeps(row) -> bool:
        return all(
            cell.paragraphs[0]._p.pPr.find(qn("w:keepNext")) is not None for cell in row.cells
        )

    introduced, plain = word.tables[-2], word.tables[-1]
    assert [keeps(row) for row in introduced.rows] == [True, True, False, False, False, False]
    assert not any(keeps(row) for row in plain.rows)
