"""The anti-crisis plan and the local documents as printed: one language each, no English, the
tables' words whole, and the time each takes to write."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from pressdesk.documents import model as dm
from pressdesk.documents import render
from pressdesk.documents.fonts import find_font, register_fonts
from pressdesk.documents.local_docs import NAMES
from pressdesk.documents.pdf_render import MARGIN_LEFT, MARGIN_RIGHT, TABLE_SIZE
from pressdesk.documents.tablefit import CELL_PAD_X, TextFitter, plan_table
from pressdesk.runtime import Runtime
from pressdesk.services.crisis.printing import crisis_plan_document
from pressdesk.services.local_documents import local_document
from pressdesk.storage.engine import Database
from tests.support.one_language import docx_text, flat, foreign_words
from tests.support.templates import DatabaseTemplates

LANGS = ("ky", "ru")
# Latin words the documents may carry: the demo's web and e-mail addresses.
LATIN_ALLOWED = frozenset({"https", "agro", "example", "kg", "press", "minister", "deputy", "news"})
SHARED = frozenset({"юрист", "министр", "пресс-релиз"})


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates
) -> Iterator[Database]:
    """One demo database for the module, with the renderers warmed up."""
    folder = tmp_path_factory.mktemp("crisis")
    runtime = Runtime.create(str(folder / "data"))
    database_templates.copy_demo(runtime.paths.database_file)
    db = runtime.open_db()
    warm = crisis_plan_document(db, lang="ky")
    for suffix in (".docx", ".pdf"):
        render(warm, folder / f"warm{suffix}")
    try:
        yield db
    finally:
        db.close()


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return flat("\n".join(page.extract_text() for page in PdfReader(path).pages))
    return flat(docx_text(path))


def _documents(db: Database, lang: str) -> list[tuple[str, dm.Document]]:
    return [("crisis-plan", crisis_plan_document(db, lang=lang))] + [
        (name, local_document(db, name, lang=lang)) for name in NAMES
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_every_document_is_in_one_language_without_english(demo, tmp_path, lang):
    for name, doc in _documents(demo, lang):
        for suffix in (".docx", ".pdf"):
            path = tmp_path / f"{name}{suffix}"
            render(doc, path)
            text = _text(path)
            assert doc.title.split()[0] in text, name
            assert foreign_words(text, lang, SHARED) == [], (name, suffix)
            latin = {w.casefold() for w in re.findall(r"[A-Za-z]{2,}", text)}
            assert latin <= LATIN_ALLOWED, (name, latin - LATIN_ALLOWED)


def _cut_words(table: dm.Table, lang: str) -> list[tuple[str, str]]:
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
    cut = []
    for row in rows:
        for cell, width in zip(row, plan.widths, strict=True):
            if "@" in cell:
                continue  # an e-mail address breaks at its dots
            fitter = header if row is rows[0] else body
            lines = fitter.fit(cell, width - 2 * CELL_PAD_X).replace("\u200b", "")
            words = cell.split()
            for line in lines.replace("\xad", "").split("\n")[:-1]:
                last = line.split()[-1] if line.split() else ""
                if last and last not in words and not last.endswith("-"):
                    cut.append((cell, lines))
    return cut


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_s_tables_keep_every_word_whole(demo, lang):
    doc = crisis_plan_document(demo, lang=lang)
    tables = [n.block for n in dm.number_document(doc) if isinstance(n.block, dm.Table)]
    assert len(tables) == 2  # the working group and the notice list
    for table in tables:
        assert _cut_words(table, lang) == []
