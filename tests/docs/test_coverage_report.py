"""The coverage report on the demo data, written through the command line: DOCX, PDF and XLSX
in Kyrgyz and Russian, its figures read back and compared with the counts of the service, its
charts vector in the PDF and sharp in the DOCX, its tables without a cut word."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import keyring
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from sqlalchemy import select

from pressdesk import cli
from pressdesk.documents import model as dm
from pressdesk.documents import textbreak as tb
from pressdesk.documents.coverage_words import word
from pressdesk.documents.fonts import find_font, register_fonts
from pressdesk.documents.pdf_render import MARGIN_LEFT, MARGIN_RIGHT, TABLE_SIZE
from pressdesk.documents.tablefit import CELL_PAD_X, TextFitter, plan_table
from pressdesk.runtime import Runtime
from pressdesk.services.coverage.report import (
    ReportScope,
    half_year,
    period_scope,
    report_document,
    scope_label,
)
from pressdesk.services.coverage.stats import period_summary
from pressdesk.storage.contacts_models import Outlet
from pressdesk.storage.coverage_models import CoverageRecord
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import Event
from pressdesk.storage.plan_models import PlanCampaign
from tests.support.memkeyring import MemoryKeyring
from tests.support.one_language import docx_text, flat, foreign_words
from tests.support.templates import DatabaseTemplates

LANGS = ("ky", "ru")
FORMATS = (".docx", ".pdf", ".xlsx")
MONTH = "2026-10"
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
SEPTEMBER = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
# Names of the monitoring vocabulary that are brands or proper names in both languages.
LATIN_ALLOWED = frozenset()


class Demo:
    """A demo database and the folder the reports are written to."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.out = folder / "out"
        self.out.mkdir()

    def run(self, *argv: str) -> tuple[int, str, str]:
        """Run ``pressdesk coverage …`` and return its exit code, stdout and stderr."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["--data-dir", str(self.data), "coverage", *argv])
        return code, out.getvalue(), err.getvalue()

    @contextlib.contextmanager
    def db(self) -> Iterator[Database]:
        """Open the demo database."""
        database = Runtime.create(str(self.data)).open_db()
        try:
            yield database
        finally:
            database.close()


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates
) -> Iterator[Demo]:
    """Fill one demo database and write the October report in both languages and formats."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        found = Demo(tmp_path_factory.mktemp("coverage-report"))
        database_templates.copy_demo(Runtime.create(str(found.data)).paths.database_file)
        for lang in LANGS:
            for suffix in FORMATS:
                path = found.out / f"month-{lang}{suffix}"
                code, _out, err = found.run("report", str(path), "--month", MONTH, "--lang", lang)
                assert code == 0, err
        yield found
    finally:
        keyring.set_keyring(previous)


def _pdf_text(path: Path) -> str:
    return flat("\n".join(page.extract_text() for page in PdfReader(path).pages))


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return _pdf_text(path)
    if path.suffix == ".docx":
        return docx_text(path)
    book = load_workbook(path, read_only=True)
    cells = [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    book.close()
    return flat("\n".join([*book.sheetnames, *cells]))


def _data_words(db: Database) -> set[str]:
    """Words of what the user entered: publication titles, outlets, links, channel names."""
    from pressdesk.services.plan.holidays import channel_names
    from pressdesk.services.profile import get_profile

    with db.session() as session:
        texts = list(session.scalars(select(CoverageRecord.title)))
        texts += list(session.scalars(select(CoverageRecord.outlet_name)))
        texts += list(session.scalars(select(CoverageRecord.url)))
        texts += list(session.scalars(select(Outlet.name)))
    profile = get_profile(db)
    for lang in LANGS:
        texts += list(channel_names(db, lang).values())
        texts += [profile.name(lang), profile.head_name, profile.secretary_name]
    return {w.casefold() for text in texts for w in re.findall(r"\w+", text)}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("suffix", FORMATS)
def test_each_format_is_written_in_its_language(demo, lang, suffix):
    path = demo.out / f"month-{lang}{suffix}"
    text = _text(path)
    other = "ru" if lang == "ky" else "ky"
    heading = word("s.indicators", lang) if suffix != ".xlsx" else word("x.indicators", lang)
    assert heading in text
    assert word("i.total", lang) in text and word("i.total", other) not in text
    with demo.db() as db:
        data = _data_words(db)
    # No word in Latin letters that is ours: only names, titles and links of the data.
    latin = {w.casefold() for w in re.findall(r"[A-Za-z]{2,}", text)}
    assert latin - data - LATIN_ALLOWED == set()
    # Words of the other language come only from publication titles quoted as published.
    foreign = {w.casefold() for w in foreign_words(text, lang)}
    assert foreign <= data, foreign - data


def _docx_table(path: Path, first_header: str) -> list[list[str]]:
    document = docx.Document(str(path))
    for table in document.tables:
        cells = [
            [cell.text.replace("\u200b", "").replace("\xad", "") for cell in row.cells]
            for row in table.rows
        ]
        if len(cells[0]) > 1 and cells[0][1] == first_header:
            return cells
    raise AssertionError(f"no table headed {first_header!r}")


def _count(text: str) -> int:
    return int(text.replace("\xa0", "").replace(" ", ""))


@pytest.mark.parametrize("lang", LANGS)
def test_the_indicators_are_the_counts_of_the_service(demo, lang):
    with demo.db() as db:
        now = period_summary(db, *OCTOBER)
        before = period_summary(db, *SEPTEMBER)
    assert now.total > 20 and before.total > 0
    rows = _docx_table(demo.out / f"month-{lang}.docx", word("i.indicator", lang))
    by_name = {row[1]: row[2:] for row in rows[1:]}
    expected = {
        "i.total": (now.total, before.total),
        "i.outlets": (now.outlets, before.outlets),
        "i.platforms": (now.platforms, before.platforms),
        "i.mentions": (now.mentions, before.mentions),
        "i.positive": (now.by_tone.get("positive", 0), before.by_tone.get("positive", 0)),
        "i.negative": (now.by_tone.get("negative", 0), before.by_tone.get("negative", 0)),
        "i.quoted": (now.head_quoted, before.head_quoted),
        "i.reach": (now.reach, before.reach),
        "i.feedback": (sum(now.feedback.values()), sum(before.feedback.values())),
    }
    for key, (current, previous) in expected.items():
        cells = by_name[word(key, lang)]
        assert (_count(cells[0]), _count(cells[1])) == (current, previous), key
    change = by_name[word("i.total", lang)][2]
    delta = now.total - before.total
    assert change.startswith(("+" if delta > 0 else "−") + str(abs(delta)))
    # The same figures in the workbook, with every publication on a sheet of its own.
    book = load_workbook(demo.out / f"month-{lang}.xlsx", read_only=True)
    sheet = [list(r) for r in book[word("x.indicators", lang)].iter_rows(values_only=True)]
    assert sheet[1] == [word("i.total", lang), now.total, before.total]
    records = list(book[word("x.records", lang)].iter_rows(values_only=True))
    assert len(records) - 1 == now.total
    tone = dict(list(book[word("x.tone", lang)].iter_rows(values_only=True))[1:])
    assert tone[word("tone.positive", lang)] == now.by_tone.get("positive", 0)
    book.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_holds_the_same_figures(demo, lang):
    with demo.db() as db:
        now = period_summary(db, *OCTOBER)
    lines = [x.strip() for x in _pdf_text(demo.out / f"month-{lang}.pdf").splitlines()]
    # Each cell of the indicators is a line of its own: the name, then this period's value.
    at = lines.index(word("i.total", lang))
    assert lines[at - 1 : at + 2] == ["1", word("i.total", lang), str(now.total)]


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_charts_are_vector(demo, lang):
    reader = PdfReader(demo.out / f"month-{lang}.pdf")
    images = 0
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for ref in xobjects.values():
            if ref.get_object().get("/Subtype") == "/Image":
                images += 1
    assert images == 0
    # The charts' titles and labels are text on the page, drawn with the embedded font.
    text = _pdf_text(demo.out / f"month-{lang}.pdf")
    for key in ("ch.tone", "ch.weeks", "ch.kinds", "ch.ownership"):
        assert word(key, lang) in text, key
    assert word("tone.positive", lang) + ":" in text


@pytest.mark.parametrize("lang", LANGS)
def test_docx_charts_are_pictures_of_at_least_200_dpi(demo, lang):
    from PIL import Image

    document = docx.Document(str(demo.out / f"month-{lang}.docx"))
    shapes = list(document.inline_shapes)
    assert len(shapes) == 4  # tone, weeks, outlet kinds, state and private
    for shape in shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        part = document.part.related_parts[blip.embed]
        image = Image.open(io.BytesIO(part.blob))
        inches = shape.width / 914400
        assert image.width / inches >= 200
        assert image.info["dpi"][0] >= 200


def _rejoin(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower():
            text = text[:-1] + line
        elif text.endswith(("/", ".", "@")):
            text += line
        else:
            text += " " + line
    return text


@pytest.mark.parametrize("lang", LANGS)
def test_report_tables_never_cut_a_word(demo, lang):
    with demo.db() as db:
        doc = report_document(db, period_scope("month", MONTH), lang=lang)
    fonts = register_fonts(find_font())
    body = TextFitter(fonts.regular, TABLE_SIZE, lang)
    header = TextFitter(fonts.bold, TABLE_SIZE, lang)
    tables = [n.block for n in dm.number_document(doc) if isinstance(n.block, dm.Table)]
    assert len(tables) >= 8
    for table in tables:
        plan = plan_table(
            table,
            body=body,
            header=header,
            number_width=30,
            portrait=A4[0] - MARGIN_LEFT - MARGIN_RIGHT,
            landscape=None,
        )
        assert not plan.landscape
        rows = [dm.table_header(table, lang), *dm.table_body(table)]
        for row in rows:
            for text, width in zip(row, plan.widths, strict=True):
                fitter = header if row is rows[0] else body
                lines = fitter.fit(text, width - 2 * CELL_PAD_X).replace("\u200b", "")
                parts = lines.replace("\xad", "").split("\n")
                assert " ".join(_rejoin(parts).split()) == " ".join(text.split()), parts
                for line in parts[:-1]:
                    if line.endswith("-") and line[-2:-1].isalpha():
                        stem = line.split()[-1][:-1]
                        whole = next(w for w in text.split() if w.startswith(stem))
                        pieces = tb.hyphenate(whole, lang)
                        prefixes = {"".join(pieces[:n]) for n in range(1, len(pieces))}
                        assert stem in prefixes, (line, whole)
                # Numbers and percentages stay on one line.
                for number in re.findall(r"\d[\d\xa0]*\d(?:\xa0%)?", text):
                    assert any(number in line for line in parts), (number, parts)


@pytest.mark.parametrize(
    ("option", "value", "fragment"),
    [
        ("--decade", "2026-10", "2026-12-1"),
        ("--month", "2026-13", "13"),
        ("--quarter", "2026-Q5", "2026-Q5"),
        ("--half", "2026-H3", "2026-H1 or 2026-H2"),
        ("--year", "26", "26"),
    ],
)
def test_a_bad_period_is_refused_clearly_and_nothing_is_written(demo, option, value, fragment):
    path = demo.out / "bad.pdf"
    code, _out, err = demo.run("report", str(path), option, value)
    assert code == 2
    assert err.startswith(f"pressdesk: {option}: ") and fragment in err
    assert not path.exists()


def test_an_unknown_event_or_campaign_is_named(demo):
    code, _out, err = demo.run("report", str(demo.out / "x.pdf"), "--event", "9999")
    assert code == 1 and "9999" in err
    code, _out, err = demo.run("report", str(demo.out / "x.pdf"), "--campaign", "Жок")
    assert code == 1 and "Жок" in err
    code, _out, err = demo.run("report", str(demo.out / "x.odt"), "--year", "2026")
    assert code == 1 and ".odt" in err
    assert not list(demo.out.glob("x.*"))


def test_a_failed_export_leaves_no_half_written_file(demo, monkeypatch):
    import pressdesk.documents.docx_render as docx_render

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_render, "_write_package", broken)
    before = set(demo.out.iterdir())
    code, _out, err = demo.run("report", str(demo.out / "full.docx"), "--month", MONTH)
    assert code == 1 and "No space left" in err
    assert set(demo.out.iterdir()) == before


def test_event_and_campaign_reports(demo):
    with demo.db() as db, db.session() as session:
        event_id = session.scalar(
            select(CoverageRecord.event_id).where(CoverageRecord.event_id.is_not(None)).limit(1)
        )
        event = session.get(Event, event_id)
        assert event is not None
        title = event.title_ru
        campaign = session.scalars(select(PlanCampaign).limit(1)).one()
        campaign_name = campaign.name_ru
        covering = session.scalar(
            select(CoverageRecord.id).where(CoverageRecord.event_id == event_id).limit(1)
        )
    assert covering is not None
    path = demo.out / "event-ru.docx"
    code, _out, err = demo.run("report", str(path), "--event", str(event_id), "--lang", "ru")
    assert code == 0, err
    text = docx_text(path)
    assert f"{word('scope.event', 'ru')}: {title}" in text
    # The event report has no previous period to compare with.
    assert word("i.previous", "ru") not in text
    path = demo.out / "campaign-ky.pdf"
    code, _out, err = demo.run("report", str(path), "--campaign", campaign_name, "--lang", "ky")
    assert code == 0, err
    assert word("scope.campaign", "ky") in _pdf_text(path)


def test_half_years_and_their_previous_periods():
    from pressdesk.services.coverage.report import previous_scope

    first = half_year("2026-H1")
    assert (first.start, first.end) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    before = previous_scope(first)
    assert before is not None and (before.start, before.end) == (
        dt.date(2025, 7, 1),
        dt.date(2025, 12, 31),
    )
    second = half_year("2026h2")
    assert previous_scope(second) == first
    assert scope_label(second, "ky") == "2026-жылдын 2-жарым жылдыгы"
    assert scope_label(second, "ru") == "II полугодие 2026 г."
    decade = period_scope("decade", "2026-12-1")
    previous = previous_scope(decade)
    assert previous is not None and previous.start == dt.date(2026, 11, 21)
    assert previous_scope(ReportScope("event", dt.date(2026, 1, 1), dt.date(2026, 1, 1))) is None


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_charts_are_the_pdfs_charts_over_the_sheets_cells(demo, lang):
    """The workbook carries the report's four charts as native charts: same kind, title and
    colours as the PDF's, reading the counts of their own sheet."""
    from pressdesk.chart_palette import SERIES
    from pressdesk.documents.builders_coverage import (
        outlet_kind_chart,
        ownership_chart,
        tone_chart,
        week_chart,
    )
    from pressdesk.services.coverage.report import period_scope, report_data

    with demo.db() as db:
        data = report_data(db, period_scope("month", MONTH), lang)
    expected = {
        word("x.tone", lang): tone_chart(data.current.by_tone, lang),
        word("x.weeks", lang): week_chart(data.by_week, lang),
        word("x.outlet_kinds", lang): outlet_kind_chart(data.by_outlet_kind, lang),
        word("x.ownership", lang): ownership_chart(data.by_ownership, lang),
    }
    book = load_workbook(demo.out / f"month-{lang}.xlsx")
    charted = {sheet.title for sheet in book.worksheets if sheet._charts}
    assert charted == set(expected)
    for title, printed in expected.items():
        sheet = book[title]
        (chart,) = sheet._charts
        series = chart.series[0]
        if type(chart).__name__ == "PieChart":
            assert printed.kind == "pie"
        else:
            assert {"bar": "bar", "col": "column"}[chart.type] == printed.kind
        assert chart.title.tx.rich.p[0].r[0].t == printed.title
        rows = sheet.max_row
        assert series.val.numRef.f == f"'{title}'!$B$2:$B${rows}"
        assert series.cat.strRef.f == f"'{title}'!$A$2:$A${rows}"
        values = [sheet.cell(r, 2).value for r in range(2, rows + 1)]
        assert [float(v) for v in values] == list(printed.values)
        if printed.kind == "column":
            colours = [series.spPr.solidFill.srgbClr]
        else:
            colours = [point.spPr.solidFill.srgbClr for point in series.dPt]
        # The PDF's own colours: the chart's, else one for a series in time, else in turn.
        wanted = printed.colors or (
            (SERIES[0],) if printed.kind == "column" else SERIES[: len(values)]
        )
        assert ["#" + c.lower() for c in colours] == [c.lower() for c in wanted]
    book.close()
