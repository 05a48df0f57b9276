"""PDF export, checked by reading the file back with pypdf."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.platypus import Paragraph as RLParagraph

from pressdesk.documents import (
    Column,
    Document,
    FontNotFoundError,
    Heading,
    Paragraph,
    Table,
    find_font,
    pdf_render,
    render,
)
from pressdesk.documents import fonts as fonts_module
from pressdesk.documents.fonts import FontSearch, missing_chars, register_fonts
from pressdesk.documents.locale import page_of
from pressdesk.documents.pdf_render import render_pdf
from pressdesk.documents.tablefit import TextFitter
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


def _flat(text: str) -> str:
    """Collapse whitespace so that line wrapping does not matter."""
    return " ".join(text.split())


def _pages(path: Path) -> list[str]:
    return [_flat(page.extract_text()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def act_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "акт.pdf"
    render_pdf(kyrgyz_act(), path)
    return path


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    render_pdf(long_table(2000), path)
    return path


@pytest.fixture(scope="module")
def long_pages(long_pdf: Path) -> list[str]:
    return _pages(long_pdf)


def test_kyrgyz_text_survives(act_pdf: Path) -> None:
    text = " ".join(_pages(act_pdf))
    for expected in (
        f"{TITLE} № 7",
        "Басма сөз катчысы",
        "БЕКИТЕМ",
        "Министрдин орун басары",
        "________________ Асанов Бакыт",
        "«___» ____________ 20__-ж.",
        "Бишкек ш.",
        "2026-жылдын 21-ноябры",
        "1. Жалпы жоболор",
        "1. Бул акт иштерди өткөрүп берүүнү тариздейт.",
        f"2. Тамгалар: {LETTERS}",
        "2. Өткөрүлүп берилүүчү документтер",
        "3. Төмөнкүлөр өткөрүлүп берилет:",
        "– медиа байланыштардын тизмеси; – контент-план; – журналдар.",
        "Өткөрүп берген: Токтогулова Айгүл",
        "Кабыл алган: Үсөнов Өмүр",
        "Эскертүү: баары толук.",
        "3. Жабдуулар",
        "Жабдуулардын тизмеси",
        "Аталышы",
        "Инв. №",
        "Ноутбук Lenovo",
        MARKUP,
        "4. Жабдуулар толук абалда.",
        "Өткөрүп берди",
        "Токтогулова А.",
        "Кабыл алды",
        "Персоналды башкаруу кызматы",
        "Жумабаева Г.",
        "(колу)",
        "Кызматтык пайдалануу үчүн",
        ORG,
    ):
        assert expected in text, expected
    assert "ңөүәіғқұһ" in text and "ҢӨҮӘІҒҚҰҺ" in text


def test_approval_block_is_top_right(act_pdf: Path) -> None:
    page = PdfReader(act_pdf).pages[0]
    positions: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: Any, tm: Any, *_: Any) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        for key in ("БЕКИТЕМ", TITLE):
            if text.startswith(key):
                positions[key] = (x, y)

    page.extract_text(visitor_text=visit)
    width = float(page.mediabox.width)
    approve_x, approve_y = positions["БЕКИТЕМ"]
    assert approve_x > width / 2
    assert approve_y > positions[TITLE][1]


def test_fonts_are_embedded_truetype_subsets_of_the_found_font(act_pdf: Path) -> None:
    found = find_font()
    expected = {
        TTFontFile(str(path), charInfo=0).name.decode()
        for path in (found.regular, found.bold, found.italic)
        if path is not None
    }
    seen = set()
    for page in PdfReader(act_pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert font["/Subtype"] == "/TrueType"
            match = re.fullmatch(r"/[A-Z]{6}\+(.+)", font["/BaseFont"])
            assert match, font["/BaseFont"]
            seen.add(match.group(1))
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            assert "/ToUnicode" in font
    assert seen <= expected
    assert TTFontFile(str(found.regular), charInfo=0).name.decode() in seen
    assert missing_chars(found.regular) == ""


def test_metadata(act_pdf: Path) -> None:
    reader = PdfReader(act_pdf)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == TITLE
    assert meta.author == "Басма сөз кызматы"
    assert meta.subject == "Иштерди өткөрүп берүү"
    assert meta.creator == "PressDesk"
    assert meta["/CreationDate"] == "D:20261121093000+00'00'"
    assert reader.trailer["/Root"]["/Lang"] == "ky-KG"


def test_page_n_of_m_on_every_page(long_pages: list[str]) -> None:
    pages = long_pages
    total = len(pages)
    assert total > 30
    for number, text in enumerate(pages, start=1):
        assert page_of(number, total, "ky") in text


def test_long_table_repeats_its_header_on_every_page(long_pages: list[str]) -> None:
    pages = long_pages
    for number, text in enumerate(pages, start=1):
        for title in ("№", *COLUMNS_2000):
            assert title in text, (number, title)
        assert ORG in text
    assert "Журналист Өмүрбеков 1 «Кабар» агенттиги 1" in pages[0]
    assert "2000 Журналист Өмүрбеков 2000 «Кабар» агенттиги 2000 +996 555 002000" in pages[-1]
    numbers = [int(n) for page in pages for n in re.findall(r"Өмүрбеков (\d+) «Кабар»", page)]
    assert numbers == list(range(1, 2001))


def test_landscape_page_size(tmp_path: Path) -> None:
    target = tmp_path / "wide.pdf"
    render_pdf(long_table(60, landscape=True, lang="ru"), target)
    pages = PdfReader(target).pages
    assert len(pages) > 1
    for page in pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    assert "Страница 1 из" in _pages(target)[0]


def test_portrait_page_size(act_pdf: Path) -> None:
    box = PdfReader(act_pdf).pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842


def test_same_input_gives_same_bytes(tmp_path: Path, act_pdf: Path) -> None:
    again = tmp_path / "again.pdf"
    render(kyrgyz_act(), again)
    assert again.read_bytes() == act_pdf.read_bytes()


def test_generated_at_sets_the_creation_date(tmp_path: Path) -> None:
    when = datetime.datetime(2027, 3, 1, 12, 0, 5)
    target = tmp_path / "dated.pdf"
    render_pdf(kyrgyz_act(generated_at=when), target)
    meta = PdfReader(target).metadata
    assert meta is not None
    assert meta["/CreationDate"] == "D:20270301120005"


def test_failed_render_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = pdf_render._draw_furniture

    def broken(furniture: Any, canvas: Any, page: int, total: int) -> None:
        if page == 3:
            raise RuntimeError("injected failure")
        original(furniture, canvas, page, total)

    monkeypatch.setattr(pdf_render, "_draw_furniture", broken)
    target = tmp_path / "list.pdf"
    with pytest.raises(RuntimeError, match="injected"):
        render_pdf(long_table(200), target)
    assert list(tmp_path.iterdir()) == []

    target.write_bytes(b"previous export")
    with pytest.raises(RuntimeError, match="injected"):
        render_pdf(long_table(200), target)
    assert target.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [target]


def test_no_usable_font_raises_with_a_font_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        fonts_module, "default_search", lambda: FontSearch(dirs=(), use_fontconfig=False)
    )
    target = tmp_path / "act.pdf"
    with pytest.raises(FontNotFoundError, match="DejaVu Sans") as caught:
        render_pdf(kyrgyz_act(), target)
    assert "ң ө ү ә і ғ қ ұ һ" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_font_without_kyrgyz_letters_is_not_used(tmp_path: Path) -> None:
    fonts_dir = tmp_path / "fonts"
    fonts_dir.mkdir()
    (fonts_dir / "DejaVuSans.ttf").write_bytes(b"not a font")
    search = FontSearch(dirs=(fonts_dir,), use_fontconfig=False)
    with pytest.raises(FontNotFoundError, match="Install DejaVu Sans"):
        find_font(search=search)


def test_explicit_font_path_is_used(tmp_path: Path) -> None:
    found = find_font()
    target = tmp_path / "explicit.pdf"
    render_pdf(kyrgyz_act(), target, font_path=str(found.bold or found.regular))
    names = {
        font.get_object()["/BaseFont"].split("+", 1)[1]
        for page in PdfReader(target).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert TTFontFile(str(found.bold or found.regular), charInfo=0).name.decode() in names


def test_unusable_explicit_font_falls_back_to_a_system_font(tmp_path: Path) -> None:
    bogus = tmp_path / "broken.ttf"
    bogus.write_bytes(b"\0" * 64)
    assert find_font(bogus) == find_font()
    target = tmp_path / "fallback.pdf"
    render_pdf(kyrgyz_act(), target, font_path=str(bogus))
    assert LETTERS in " ".join(_pages(target))


def test_control_characters_and_line_breaks_in_user_text(tmp_path: Path) -> None:
    target = tmp_path / "ctl.pdf"
    render_pdf(kyrgyz_act(title="Акт\x0b№\x01 1", subtitle="бир\nэки"), target)
    lines = PdfReader(target).pages[0].extract_text().splitlines()
    assert "Акт№ 1 № 7" in [line.strip() for line in lines]
    assert "бир" in [line.strip() for line in lines]


def test_signatures_stay_together_with_the_last_text(act_pdf: Path) -> None:
    (page,) = [text for text in _pages(act_pdf) if "Жумабаева Г." in text]
    assert "Өткөрүп берди" in page and "Кабыл алды" in page
    assert "4. Жабдуулар толук абалда." in page


def test_explicit_regular_font_brings_its_bold_and_italic() -> None:
    found = find_font()
    assert find_font(found.regular) == found
    assert found.bold is not None and found.bold.parent == found.regular.parent


def test_font_folder_search_finds_a_family_and_its_bold(tmp_path: Path) -> None:
    found = find_font()
    assert found.bold is not None
    (tmp_path / "nested").mkdir()
    for source in (found.regular, found.bold):
        (tmp_path / "nested" / source.name).write_bytes(source.read_bytes())
    local = find_font(search=FontSearch(dirs=(tmp_path,), use_fontconfig=False))
    assert local.family == found.family
    assert local.regular == tmp_path / "nested" / found.regular.name
    assert local.bold == tmp_path / "nested" / found.bold.name
    assert local.italic is None


CELL_TEXTS = (
    "Заместитель главного редактора по информационной политике",
    "өмүрбеков.айгүл.0@redaktsiya-0.media-kyrgyzstan.kg https://www.facebook.com/id=1000000007",
    "1\xa0250\xa0000 сом  жана   <b>Сүрөт & видео</b>",
    f"{LETTERS} " * 4,
    "узуноболбогонсөзбошсуздукпайжанабашкатамгаларменен жана дагы сөз",
    "+996 555 000001\n+996 700 000001\n\nкеч\n",
)


@pytest.mark.parametrize("width", [97.5, 150, 300])
def test_cells_break_into_the_lines_a_paragraph_would_have(width: float) -> None:
    """Where every word fits the column, the fast fitter breaks lines as reportlab would."""
    fonts = register_fonts(find_font())
    style = ParagraphStyle("cell", fontName=fonts.regular, fontSize=10, leading=12)
    fitter = TextFitter(fonts.regular, 10)
    compared = 0
    for text in CELL_TEXTS:
        if max(fitter.width(word) for word in text.split()) > width:
            continue  # a word wider than the column breaks by PressDesk's rules, not by chars
        compared += 1
        paragraph = RLParagraph(escape(text).replace("\n", "<br/>"), style)
        paragraph.wrap(width, 10_000)
        expected = [
            " ".join(line[1])
            if isinstance(line, tuple)
            else "".join(getattr(frag, "text", "") for frag in line.words)
            for line in paragraph.blPara.lines
        ]
        got = fitter.fit(text, width).split("\n")
        assert [_flat(line) for line in got] == [_flat(line) for line in expected], text
    assert compared


def _heading_near_the_foot(lines: int, caption: str | None) -> Document:
    filler = [Paragraph(f"Толтургуч сап {index}") for index in range(lines)]
    rows = [[f"Катар {index:02d}", "«Кабар»"] for index in range(1, 41)]
    table = Table([Column("Аты-жөнү"), Column("Басылма")], rows, caption=caption)
    return Document(
        lang="ky",
        title="Текшерүү",
        generated_at=GENERATED_AT,
        blocks=[*filler, Heading("ЖМК тобу", level=2), Paragraph("Кириш сөз."), table],
    )


@pytest.mark.parametrize("caption", [None, "Тизме"])
def test_heading_is_never_left_alone_at_the_foot_of_a_page(
    tmp_path: Path, caption: str | None
) -> None:
    # One more line of filler at a time walks the heading down and over the page end.
    for lines in range(28, 42):
        target = tmp_path / f"{lines}.pdf"
        render_pdf(_heading_near_the_foot(lines, caption), target)
        pages = _pages(target)
        (page,) = [text for text in pages if "ЖМК тобу" in text]
        assert "Кириш сөз." in page and "Катар 01" in page and "Катар 02" in page, lines
        if caption:
            assert caption in page, lines
        numbers = [int(n) for text in pages for n in re.findall(r"Катар (\d+)", text)]
        assert numbers == list(range(1, 41)), lines


def test_long_words_break_inside_their_column(tmp_path: Path) -> None:
    email = "өмүрбеков.айгүл.нурлановна@redaktsiya.media-kyrgyzstan.kg"
    wide = Document(
        lang="ky",
        title="Текшерүү",
        generated_at=GENERATED_AT,
        blocks=[Table([Column("Почта"), Column("Аты", 4)], [[email, "Айгүл & <Ко>"]])],
    )
    target = tmp_path / "narrow.pdf"
    render_pdf(wide, target)
    lines = PdfReader(target).pages[0].extract_text().splitlines()
    pieces = [line.strip() for line in lines if line.strip() and line.strip() in email]
    assert "".join(pieces) == email
    # An address breaks only after . @ - or /, never in the middle of a name.
    assert all(piece[-1] in "./@-" for piece in pieces[:-1])
    assert "Айгүл & <Ко>" in _pages(target)[0]
