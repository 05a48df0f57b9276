"""DOCX export, checked by reading the file back with python-docx (and LibreOffice if present)."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from pressdesk.documents import Approval, Document, Heading, docx_render, render
from pressdesk.documents.docx_render import render_docx
from tests.docs.samples import (
    COLUMNS_2000,
    GENERATED_AT,
    LETTERS,
    MARKUP,
    ORG,
    TITLE,
    kyrgyz_act,
    long_table,
)


def _iter_text(container: Any) -> Iterator[str]:
    """Yield the text of every paragraph, including those inside (nested) table cells."""
    for paragraph in container.paragraphs:
        yield paragraph.text
    for table in container.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from _iter_text(cell)


def _texts(path: Path) -> list[str]:
    return list(_iter_text(docx.Document(str(path))))


def _grid_tables(document: Any) -> list[Any]:
    return [table for table in document.tables if table.style.name == "Table Grid"]


@pytest.fixture(scope="module")
def act_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "акт.docx"
    render_docx(kyrgyz_act(), path)
    return path


def test_kyrgyz_text_survives(act_docx: Path) -> None:
    texts = _texts(act_docx)
    for expected in (
        f"{TITLE} № 7",
        "Басма сөз катчысы",
        "Бишкек ш.\t2026-жылдын 21-ноябры",
        "1. Жалпы жоболор",
        "1. Бул акт иштерди өткөрүп берүүнү тариздейт.",
        f"2. Тамгалар: {LETTERS}",
        "2. Өткөрүлүп берилүүчү документтер",
        "3. Төмөнкүлөр өткөрүлүп берилет:",
        "– медиа байланыштардын тизмеси;",
        "– контент-план;",
        "– журналдар.",
        "Өткөрүп берген: Токтогулова Айгүл",
        "Кабыл алган: Үсөнов Өмүр",
        "Эскертүү: баары толук.",
        "3. Жабдуулар",
        "Жабдуулардын тизмеси",
        "Инв. №",
        MARKUP,
        "4. Жабдуулар толук абалда.",
        "Өткөрүп берди",
        "Токтогулова А.",
        "Персоналды башкаруу кызматы",
        "(колу)",
        "«___» ____________ 20__-ж.",
        "________________ Асанов Бакыт",
    ):
        assert expected in texts, expected


def test_header_and_footer(act_docx: Path) -> None:
    section = docx.Document(str(act_docx)).sections[0]
    header = section.header.paragraphs[0].text
    assert header == f"{ORG}\tКызматтык пайдалануу үчүн"
    footer = section.footer.paragraphs[0]
    fields = [node.text.strip() for node in footer._p.iter(qn("w:instrText"))]
    assert fields == ["NUMPAGES", "PAGE"]
    # "M беттин N-бети": the total comes first in Kyrgyz.
    assert footer.text == "1 беттин 1-бети"


def test_russian_footer_and_approval(tmp_path: Path) -> None:
    target = tmp_path / "ru.docx"
    render_docx(
        Document("ru", "Акт", approval=Approval("Министр", "Иванов И.", datetime.date(2026, 1, 5))),
        target,
    )
    document = docx.Document(str(target))
    footer = document.sections[0].footer.paragraphs[0]
    assert [node.text.strip() for node in footer._p.iter(qn("w:instrText"))] == [
        "PAGE",
        "NUMPAGES",
    ]
    assert footer.text == "Страница 1 из 1"
    approval = list(_iter_text(document.tables[0].cell(0, 1)))
    assert approval == ["УТВЕРЖДАЮ", "Министр", "________________ Иванов И.", "5 января 2026 г."]
    assert "БЕКИТЕМ" not in _texts(target)


def test_kyrgyz_approval_block(act_docx: Path) -> None:
    document = docx.Document(str(act_docx))
    first = document.tables[0]
    assert list(_iter_text(first.cell(0, 0))) == [""]
    assert list(_iter_text(first.cell(0, 1))) == [
        "БЕКИТЕМ",
        "Министрдин орун басары",
        "________________ Асанов Бакыт",
        "«___» ____________ 20__-ж.",
    ]
    assert "УТВЕРЖДАЮ" not in _texts(act_docx)


def test_page_setup(act_docx: Path) -> None:
    section = docx.Document(str(act_docx)).sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15
    assert round(section.top_margin.mm) == 20 and round(section.bottom_margin.mm) == 20


def test_landscape(tmp_path: Path) -> None:
    target = tmp_path / "wide.docx"
    render_docx(long_table(5, landscape=True), target)
    for section in docx.Document(str(target)).sections:
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert section.page_width > section.page_height
        assert abs(section.page_width - Mm(297)) < Mm(1)


def test_table_header_repeats_and_widths_apply(act_docx: Path) -> None:
    (table,) = _grid_tables(docx.Document(str(act_docx)))
    rows = table.rows
    assert [cell.text for cell in rows[0].cells] == ["№", "Аталышы", "Инв. №", "Саны"]
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    # Body rows never break across pages and never repeat as headers.
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in rows[1:])
    assert [cell.text for cell in rows[2].cells] == ["2", MARKUP, "INV-0002", "2"]
    widths = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iter(qn("w:gridCol"))]
    text_width = round((210 - 30 - 15) * 1440 / 25.4)
    assert abs(sum(widths) - text_width) <= 4
    # The text fits on one line everywhere, so the room left is shared by weight 3 : 1.2 : 0.8.
    assert widths[0] < widths[3] < widths[2] < widths[1]
    layout = table._tbl.tblPr.find(qn("w:tblLayout"))
    assert layout is not None and layout.get(qn("w:type")) == "fixed"


def test_headings_and_captions_keep_with_what_follows(tmp_path: Path) -> None:
    target = tmp_path / "headings.docx"
    blocks = [Heading("ЖМК тобу"), Heading("Бөлүм", 2), *kyrgyz_act().blocks]
    render_docx(kyrgyz_act(blocks=blocks), target)
    paragraphs = {p.text: p for p in docx.Document(str(target)).paragraphs}
    for text in ("ЖМК тобу", "Бөлүм", "1. Жалпы жоболор", "3. Жабдуулар", "Жабдуулардын тизмеси"):
        paragraph = paragraphs[text]
        keep = paragraph.paragraph_format.keep_with_next
        if keep is None:
            keep = paragraph.style.paragraph_format.keep_with_next
        assert keep is True, text
    assert not paragraphs["Эскертүү: баары толук."].style.paragraph_format.keep_with_next


def test_core_properties(act_docx: Path) -> None:
    props = docx.Document(str(act_docx)).core_properties
    assert props.title == TITLE
    assert props.author == "Басма сөз кызматы"
    assert props.subject == "Иштерди өткөрүп берүү"
    assert props.language == "ky-KG"
    assert props.created == GENERATED_AT and props.modified == GENERATED_AT


def test_long_table(tmp_path: Path) -> None:
    target = tmp_path / "long.docx"
    render_docx(long_table(2000), target)
    (table,) = _grid_tables(docx.Document(str(target)))
    rows = table.rows
    assert len(rows) == 2001
    assert [cell.text for cell in rows[0].cells] == ["№", *COLUMNS_2000]
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    # A phone number is tied together with no-break spaces, so it never breaks over lines.
    assert [cell.text for cell in rows[2000].cells] == [
        "2000",
        "Журналист Өмүрбеков 2000",
        "«Кабар» агенттиги 2000",
        "+996\xa0555\xa0002000",
    ]


def test_same_input_gives_same_bytes(
    tmp_path: Path, act_docx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Move the clock on: zip entries stamped with "now" would change the bytes.
    import time

    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 7200)
    again = tmp_path / "again.docx"
    render(kyrgyz_act(), again)
    monkeypatch.undo()
    assert again.read_bytes() == act_docx.read_bytes()
    with zipfile.ZipFile(again) as package:
        assert {info.date_time for info in package.infolist()} == {(2026, 11, 21, 9, 30, 0)}
        assert not any("thumbnail" in name for name in package.namelist())


def test_failed_render_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: bytes, dest: Path, stamp: datetime.datetime) -> None:
        dest.write_bytes(data[:100])
        raise OSError("disk full")

    monkeypatch.setattr(docx_render, "_write_package", broken)
    target = tmp_path / "act.docx"
    with pytest.raises(OSError, match="disk full"):
        render_docx(kyrgyz_act(), target)
    assert list(tmp_path.iterdir()) == []

    target.write_bytes(b"previous export")
    with pytest.raises(OSError, match="disk full"):
        render_docx(kyrgyz_act(), target)
    assert target.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [target]


def test_control_characters_do_not_break_the_file(tmp_path: Path) -> None:
    target = tmp_path / "ctl.docx"
    render_docx(kyrgyz_act(title="Акт\x0b№\x01 1", subtitle="бир\nэки"), target)
    texts = _texts(target)
    assert "Акт№ 1 № 7" in texts
    assert "бир\nэки" in texts


def test_libreoffice_reads_the_kyrgyz_text(tmp_path: Path, act_docx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice not installed: the DOCX is not converted to PDF for a visual check"
        )
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(act_docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = [
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "акт.pdf").pages
    ]
    text = " ".join(pages)
    assert f"{TITLE} № 7" in text
    assert "ңөүәіғқұһ ҢӨҮӘІҒҚҰҺ" in text
    assert "БЕКИТЕМ" in text and "Кызматтык пайдалануу үчүн" in text
    for number, page in enumerate(pages, start=1):
        assert f"{len(pages)} беттин {number}-бети" in page
