"""Chart blocks: checked data, one layout for both formats, bars and slices in proportion."""

from __future__ import annotations

import io

import pytest

from pressdesk.documents import render_html
from pressdesk.documents.charts import (
    Box,
    Label,
    Slice,
    chart_drawing,
    chart_png,
    format_count,
    layout_chart,
)
from pressdesk.documents.fonts import find_font, register_fonts
from pressdesk.documents.model import Chart, Document, DocumentError


def _measure(text: str, size: float, bold: bool) -> float:
    return len(text) * size * (0.6 if bold else 0.5)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"kind": "line", "labels": ["a"], "values": [1]}, "unknown kind"),
        ({"kind": "bar", "labels": ["a", "b"], "values": [1]}, "2 labels for 1 values"),
        ({"kind": "pie", "labels": ["a"], "values": [-1]}, "negative"),
        (
            {"kind": "pie", "labels": ["a"], "values": [1], "colors": ["#000000", "#ffffff"]},
            "one colour",
        ),
    ],
)
def test_a_chart_refuses_data_it_cannot_draw(kwargs, fragment):
    with pytest.raises(DocumentError, match=fragment):
        Chart(title="Т", **kwargs)


def test_bars_are_in_proportion_and_carry_their_values():
    chart = Chart("bar", "ЖМКнын түрлөрү", ["Телеканал", "Радио", "Блогер"], [40, 10, 0])
    layout = layout_chart(chart, 400, _measure)
    boxes = [shape for shape in layout.shapes if isinstance(shape, Box)]
    assert len(boxes) == 2  # nothing is drawn for zero
    assert boxes[0].w == pytest.approx(4 * boxes[1].w)
    texts = {shape.text for shape in layout.shapes if isinstance(shape, Label)}
    assert {"ЖМКнын түрлөрү", "Телеканал", "Блогер", "40", "10", "0"} <= texts
    assert all(box.x + box.w <= 400 for box in boxes)


def test_pie_slices_cover_the_circle_from_twelve_o_clock():
    chart = Chart("pie", "Тон", ["Оң", "Бейтарап", "Терс"], [25, 50, 25])
    slices = [s for s in layout_chart(chart, 460, _measure).shapes if isinstance(s, Slice)]
    assert slices[0].end == pytest.approx(90)
    assert sum(s.end - s.start for s in slices) == pytest.approx(360)
    assert slices[1].end - slices[1].start == pytest.approx(180)
    legend = [s.text for s in layout_chart(chart, 460, _measure).shapes if isinstance(s, Label)]
    assert "Бейтарап: 50 (50\xa0%)" in legend


def test_columns_label_only_as_many_weeks_as_fit():
    chart = Chart(
        "column", "Апталар", [f"{n:02d}.01" for n in range(52)], [n % 7 for n in range(52)]
    )
    labels = [s.text for s in layout_chart(chart, 300, _measure).shapes if isinstance(s, Label)]
    weeks = [text for text in labels if text.endswith(".01")]
    assert 2 < len(weeks) < 52 and weeks[0] == "00.01"


def test_pdf_and_png_are_drawn_from_the_same_layout():
    from PIL import Image

    fonts = register_fonts(find_font())
    files = find_font()
    chart = Chart("pie", "Тон", ["Оң", "Терс"], [3, 1], ["#548235", "#c00000"])
    drawing = chart_drawing(chart, 400, fonts.regular, fonts.bold)
    data = chart_png(
        chart,
        400,
        fonts.regular,
        fonts.bold,
        (str(files.regular), str(files.bold or files.regular)),
    )
    image = Image.open(io.BytesIO(data))
    assert image.size == (round(drawing.width * 220 / 72), round(drawing.height * 220 / 72))
    # The positive slice is green in the picture, where the layout puts it (right of centre).
    layout = layout_chart(chart, 400, lambda t, s, b: 0.0)
    first = next(s for s in layout.shapes if isinstance(s, Slice))
    x = (first.cx + first.r / 2) * 220 / 72
    y = (layout.height - first.cy) * 220 / 72
    assert image.getpixel((round(x), round(y)))[:3] == (0x54, 0x82, 0x35)


def test_the_preview_lists_the_figures():
    html = render_html(
        Document(lang="ru", title="Т", blocks=[Chart("bar", "Площадки", ["Сайт"], [12])])
    )
    assert "Площадки" in html and "Сайт" in html and ">12<" in html


def test_counts_are_printed_with_no_break_spaces():
    assert format_count(20000) == "20\xa0000"
    assert format_count(7.0) == "7"
