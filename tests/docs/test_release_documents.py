"""The press release and its approval sheet: one language per document, the letterhead, the
frozen versions of the demo, tables without a cut word, and the time each takes to write."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from pressdesk.documents import model as dm
from pressdesk.documents import render
from pressdesk.documents.builders_releases import kind_label, word
from pressdesk.documents.fonts import find_font, register_fonts
from pressdesk.documents.pdf_render import MARGIN_LEFT, MARGIN_RIGHT, TABLE_SIZE
from pressdesk.documents.tablefit import CELL_PAD_X, TextFitter, plan_table
from pressdesk.runtime import Runtime
from pressdesk.services.releases.printing import approval_sheet_document, release_document
from pressdesk.services.releases.reading import list_releases
from pressdesk.services.releases.records import ReleaseFilter
from pressdesk.storage.engine import Database
from tests.support.one_language import docx_text, flat, foreign_words
from tests.support.templates import DatabaseTemplates

LANGS = ("ky", "ru")
# Latin words a release may carry: the demo's web and e-mail addresses.
LATIN_ALLOWED = frozenset({"https", "agro", "example", "kg", "news", "press"})


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates
) -> Iterator[Database]:
    """One demo database for the module."""
    folder = tmp_path_factory.mktemp("releases")
    runtime = Runtime.create(str(folder / "data"))
    database_templates.copy_demo(runtime.paths.database_file)
    db = runtime.open_db()
    # The first document loads the renderers and fonts; the timings below are of a warm process.
    warm = release_document(db, _distributed(db), lang="ky")
    for suffix in (".docx", ".pdf"):
        render(warm, folder / f"warm{suffix}")
    try:
        yield db
    finally:
        db.close()


def _distributed(db: Database) -> int:
    return list_releases(db, ReleaseFilter(status="distributed"))[0].id


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return flat("\n".join(page.extract_text() for page in PdfReader(path).pages))
    return flat(docx_text(path))


def test_the_demo_holds_releases_in_every_state_and_a_second_version(demo):
    rows = list_releases(demo)
    assert {r.status for r in rows} == {"draft", "sent", "returned", "approved", "distributed"}
    from pressdesk.services.releases.reading import get_release

    row = get_release(demo, _distributed(demo))
    assert [v.number for v in row.versions] == [1, 2]
    assert "120 тысяч" in row.versions[0].body.ru and "125 тысяч" in row.versions[1].body.ru


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_release_is_in_one_language_on_the_letterhead_in_half_a_second(
    demo, tmp_path, lang, suffix
):
    rid = _distributed(demo)
    path = tmp_path / f"release{suffix}"
    started = time.perf_counter()
    render(release_document(demo, rid, lang=lang), path)
    elapsed = time.perf_counter() - started
    assert elapsed <= 0.5, elapsed
    text = _text(path)
    other = "ru" if lang == "ky" else "ky"
    heading = {"ky": "министрлиги", "ru": "министерство"}[lang]
    assert heading in text.casefold()
    assert word("media_contact", lang) in text
    assert kind_label("press_release", lang) in text
    body = {"ky": "125 миң гектар", "ru": "125 тысяч гектаров"}[lang]
    assert body in " ".join(text.split())
    assert {"ky": "Быйыл", "ru": "В этом году"}[other] not in text
    assert foreign_words(text, lang) == []
    latin = {w.casefold() for w in re.findall(r"[A-Za-z]{2,}", text)}
    assert latin <= LATIN_ALLOWED, latin - LATIN_ALLOWED


@pytest.mark.parametrize("lang", LANGS)
def test_the_embargo_is_printed_above_the_text(demo, lang):
    rid = list_releases(demo, ReleaseFilter(kind="information"))[0].id
    doc = release_document(demo, rid, lang=lang)
    first = [b for b in doc.blocks if isinstance(b, dm.Paragraph) and "ЭМБАРГО" in b.text]
    assert first and first[0].bold and "10:00" in first[0].text


@pytest.mark.parametrize("lang", LANGS)
def test_the_approval_sheet_names_who_and_when_and_never_cuts_a_word(demo, tmp_path, lang):
    rid = _distributed(demo)
    started = time.perf_counter()
    doc = approval_sheet_document(demo, rid, lang=lang)
    for suffix in (".docx", ".pdf"):
        render(doc, tmp_path / f"sheet{suffix}")
    assert time.perf_counter() - started <= 1.0
    text = _text(tmp_path / "sheet.pdf")
    assert word("sheet_title", lang) in text
    assert foreign_words(text, lang) == []
    tables = [n.block for n in dm.number_document(doc) if isinstance(n.block, dm.Table)]
    assert len(tables) == 1
    table = tables[0]
    assert [row[0] for row in table.rows] == [word("prepared", lang), word("agreed", lang)]
    assert table.rows[1][3]  # the approval date of the current version
    assert (table.rows[0][2], table.rows[1][2]) == (
        "Жумабаева Айгүл Бекеновна",
        "Асанов Бакыт Токтогулович",
    )
    assert "Токтогулович" in text and "Бекеновна" in text
    fonts = register_fonts(find_font())
    body = TextFitter(fonts.regular, TABLE_SIZE, lang)
    header = TextFitter(fonts.bold, TABLE_SIZE, lang)
    plan = plan_table(
        table,
        body=body,
        header=header,
        number_width=30,
        portrait=A4[0] - MARGIN_LEFT - MARGIN_RIGHT,
        landscape=None,
    )
    rows = [dm.table_header(table, lang), *dm.table_body(table)]
    for row in rows:
        for cell, width in zip(row, plan.widths, strict=True):
            fitter = header if row is rows[0] else body
            lines = fitter.fit(cell, width - 2 * CELL_PAD_X).replace("\u200b", "")
            words = cell.split()
            for line in lines.replace("\xad", "").split("\n")[:-1]:
                last = line.split()[-1] if line.split() else ""
                # The sheet's columns hold every word whole: a line ends with a whole word or
                # at a word's own hyphen ("Сын-" of "Сын-пикирлер"), never inside a word.
                assert not last or last in words or any(w.startswith(last) for w in words), (
                    cell,
                    lines,
                )
                assert (
                    not last.endswith("-")
                    or last in words
                    or "-" in last[:-1]
                    or any(w.startswith(last) for w in words)
                ), (cell, lines)


def test_a_returned_release_shows_the_heads_comment_on_its_sheet(demo):
    rid = list_releases(demo, ReleaseFilter(status="returned"))[0].id
    doc = approval_sheet_document(demo, rid, lang="ky")
    table = next(b for b in doc.blocks if isinstance(b, dm.Table))
    assert "Сандарды текшерип" in table.rows[1][5]
    assert table.rows[1][3] == ""
