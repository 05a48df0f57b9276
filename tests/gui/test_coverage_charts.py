"""The dashboard draws the report's four charts, in the documents' colours and layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from pressdesk.chart_palette import SERIES, contrast, text_on, tone_colour
from pressdesk.documents.builders_coverage import (
    outlet_kind_chart,
    ownership_chart,
    tone_chart,
    week_chart,
)
from pressdesk.documents.charts import Box, Slice
from pressdesk.documents.locale import check_lang
from pressdesk.gui.coverage.model import TONE
from pressdesk.services.coverage.stats import period_summary
from tests.gui import test_coverage_page as coverage_page
from tests.gui.test_i18n import _english_leftovers, _visible_texts

demo_file = coverage_page.demo_file
cdb = coverage_page.cdb
make_page = coverage_page.make_page


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_window_shows_the_charts_of_the_report(qtbot, ui_language, runtime, cdb, lang):
    ui_language(lang)
    page = make_page(qtbot, runtime, cdb)
    page.resize(1146, 708)
    board = page.dashboard
    scope = board.shown_scope()
    summary = period_summary(cdb, scope.start, scope.end)
    doc_lang = check_lang(lang)
    # The same kinds, names, values and colours as the document's charts.
    for view, printed in (
        (board.tone, tone_chart(summary.by_tone, doc_lang)),
        (board.kinds, outlet_kind_chart(summary.by_outlet_kind, doc_lang)),
        (board.owners, ownership_chart(summary.by_ownership, doc_lang)),
    ):
        assert view.chart.kind == printed.kind
        assert view.chart.title == printed.title
        assert view.chart.values == printed.values
        assert view.chart.colors == printed.colors
        assert view.chart.labels == printed.labels
    assert board.weeks.chart == week_chart(summary.by_week, doc_lang)
    assert sum(board.weeks.chart.values) == summary.total
    # Drawn from the documents' layout: slices, legend swatches and value labels.
    tone_layout = board.tone.layout_
    assert tone_layout is not None
    assert {s.fill for s in tone_layout.shapes if isinstance(s, Slice)} <= set(
        board.tone.chart.colors
    )
    week_layout = board.weeks.layout_
    assert week_layout is not None
    assert {s.fill for s in week_layout.shapes if isinstance(s, Box)} == {SERIES[0]}
    for view in (board.tone, board.weeks, board.kinds, board.owners):
        assert view.isVisible() and view.height() > 100
        # Painted pixels carry the chart's first colour somewhere.
        image = view.grab().toImage()
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }
        first = view.chart.colors[0] if view.chart.colors else SERIES[0]
        assert QColor(first).name() in colours, view.objectName()
    page.grab().save(f"/tmp/coverage-dashboard-{lang}.png")
    assert _english_leftovers(_visible_texts(board)) == []


def test_tone_cells_are_filled_with_the_tone_colour_and_readable(qtbot, runtime, cdb):
    page = make_page(qtbot, runtime, cdb)
    model = page.model
    seen = set()
    for row in range(model.rowCount()):
        index = model.index(row, TONE)
        tone = model.row_at(row).tone
        fill = model.data(index, Qt.ItemDataRole.BackgroundRole)
        if fill is None:
            continue
        text = model.data(index, Qt.ItemDataRole.ForegroundRole).color().name()
        assert contrast(fill.color().name(), text) >= 4.5
        seen.add(fill.color().name())
        if tone:
            assert fill.color().name() == tone_colour(tone)
            assert text == text_on(tone_colour(tone))
    assert seen == {tone_colour(t) for t in ("positive", "neutral", "negative")}
