"""One set of chart colours for the window and the documents, and readable text on them."""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk import chart_palette
from pressdesk.chart_palette import (
    OWNERSHIP_COLOURS,
    SERIES,
    TONE_COLOURS,
    contrast,
    text_on,
    tone_colour,
)
from pressdesk.documents import charts
from pressdesk.documents.builders_coverage import (
    ownership_chart,
    tone_chart,
    week_chart,
)
from pressdesk.documents.charts import Box, Label, Slice, layout_chart


def _measure(text: str, size: float, bold: bool) -> float:
    return len(text) * size * 0.5


def test_the_documents_take_their_colours_from_the_shared_palette():
    tones = tone_chart({"positive": 3, "neutral": 2, "negative": 1, "": 1}, "ru")
    assert tones.colors == tuple(TONE_COLOURS[c] for c in ("positive", "neutral", "negative", ""))
    owners = ownership_chart({"state": 4, "private": 2, "": 1}, "ky")
    assert owners.colors == tuple(OWNERSHIP_COLOURS[c] for c in ("state", "private", ""))
    weeks = week_chart({dt.date(2026, 11, 2): 3, dt.date(2026, 11, 9): 5}, "ru")
    fills = {s.fill for s in layout_chart(weeks, 400, _measure).shapes if isinstance(s, Box)}
    assert fills == {SERIES[0]}
    assert charts.SERIES is SERIES


@pytest.mark.parametrize("tone", ["positive", "neutral", "negative", ""])
def test_text_on_a_tone_reads_well(tone):
    fill = tone_colour(tone)
    assert contrast(fill, text_on(fill)) >= chart_palette.READABLE


def test_the_palette_loads_neither_qt_nor_reportlab():
    source = chart_palette.__file__
    with open(source, encoding="utf-8") as handle:
        text = handle.read()
    assert "PySide6" not in text and "reportlab" not in text


def test_a_narrow_pie_puts_its_legend_under_it_and_a_wide_one_beside_it():
    chart = tone_chart({"positive": 3, "neutral": 2, "negative": 1}, "ru")
    wide = layout_chart(chart, 460, _measure)
    narrow = layout_chart(chart, 170, _measure)

    def legend_x(layout):
        return min(s.x for s in layout.shapes if isinstance(s, Box))

    pie = next(s for s in wide.shapes if isinstance(s, Slice))
    assert legend_x(wide) > pie.cx + pie.r
    pie = next(s for s in narrow.shapes if isinstance(s, Slice))
    assert legend_x(narrow) < pie.cx - pie.r
    tops = [s.y for s in narrow.shapes if isinstance(s, Label) and not s.bold]
    assert max(tops) < pie.cy - pie.r  # every legend line under the pie
    assert pie.cx + pie.r <= 170


def test_a_title_too_long_for_a_narrow_chart_takes_two_lines():
    chart = ownership_chart({"state": 4, "private": 2}, "ru")  # "Государственные и частные СМИ"
    wide = layout_chart(chart, 460, _measure)
    narrow = layout_chart(chart, 120, _measure)
    titles = [s for s in narrow.shapes if isinstance(s, Label) and s.bold]
    assert [s.text for s in titles] == ["Государственные и", "частные СМИ"]
    assert [s.text for s in wide.shapes if isinstance(s, Label) and s.bold] == [chart.title]
    # The chart grows by one line; its body stays where a one-line title would leave it.
    body = [s for s in narrow.shapes if not (isinstance(s, Label) and s.bold)]
    single = layout_chart(
        chart.__class__(chart.kind, "Х", chart.labels, chart.values, chart.colors), 120, _measure
    )
    assert body == [s for s in single.shapes if not (isinstance(s, Label) and s.bold)]
    assert narrow.height == single.height + charts.TITLE_SIZE + 2
    assert all(_measure(s.text, s.size, True) <= 120 for s in titles)
