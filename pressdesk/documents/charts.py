"""Lay a :class:`~pressdesk.documents.model.Chart` out once and draw it as vector or as PNG.

The layout is a list of simple shapes in points (origin bottom left, as in PDF), measured with
the document's own font; the PDF draws them with reportlab's graphics (vector), the DOCX gets a
PNG drawn from the very same shapes with Pillow, which reportlab already brings along. So both
formats show the same chart, to the letter.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from pressdesk.chart_palette import AXIS_COLOUR, EMPTY_COLOUR, GRID_COLOUR, SERIES, TEXT_COLOUR
from pressdesk.documents import model as m

TITLE_SIZE: Final = 10.0
LABEL_SIZE: Final = 8.0
ROW: Final = 14.0
BAR: Final = 9.0
TITLE_ROOM: Final = 20.0
COLUMN_HEIGHT: Final = 170.0
PIE_HEIGHT: Final = 150.0
# A pie with its legend under it (a narrow chart) is smaller, so it stays about as tall.
STACKED_RADIUS: Final = 40.0
# The DOCX picture is drawn at this resolution; Word shows it sharp when printed.
PNG_DPI: Final = 220
# A chart is never wider than a portrait page's text, so it looks the same on any page.
CHART_WIDTH_MM: Final = 165.0
NBSP: Final = "\u00a0"

Anchor = Literal["start", "middle", "end"]
# Measures ``text`` at ``size`` points, bold or not, in points.
Measure = Callable[[str, float, bool], float]


@dataclass(frozen=True)
class Box:
    """A filled rectangle."""

    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class Label:
    """A line of text; ``y`` is its baseline."""

    x: float
    y: float
    text: str
    size: float = LABEL_SIZE
    anchor: Anchor = "start"
    bold: bool = False


@dataclass(frozen=True)
class Rule:
    """A straight line."""

    x1: float
    y1: float
    x2: float
    y2: float
    color: str = AXIS_COLOUR
    width: float = 0.5


@dataclass(frozen=True)
class Slice:
    """A pie slice from ``start`` to ``end`` degrees, counter-clockwise from three o'clock."""

    cx: float
    cy: float
    r: float
    start: float
    end: float
    fill: str


Shape = Box | Label | Rule | Slice


@dataclass(frozen=True)
class ChartLayout:
    """The chart's size in points and its shapes."""

    width: float
    height: float
    shapes: list[Shape]


def format_count(value: float) -> str:
    """Return a count as printed: "20 000" with a no-break space between thousands."""
    return f"{round(value):,}".replace(",", NBSP)


def colour_of(chart: m.Chart, index: int) -> str:
    """Return the fill of value ``index``: its own colour, or the palette's."""
    if chart.colors:
        return chart.colors[index]
    return SERIES[index % len(SERIES)]


def _fit(text: str, room: float, measure: Measure, size: float = LABEL_SIZE) -> str:
    """Return ``text`` shortened with "…" to fit ``room`` points."""
    if measure(text, size, False) <= room:
        return text
    while text and measure(text + "…", size, False) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def layout_chart(chart: m.Chart, width: float, measure: Measure) -> ChartLayout:
    """Return the shapes of ``chart`` drawn ``width`` points wide.

    A title too long for the width (a narrow chart in the window) takes two lines: the chart
    grows by a line and keeps every other shape where it was.
    """
    if chart.kind == "bar":
        layout = _bars(chart, width, measure)
    elif chart.kind == "column":
        layout = _columns(chart, width, measure)
    else:
        layout = _pie(chart, width, measure)
    lines = _title_lines(chart.title, width, measure)
    if len(lines) < 2:
        return layout
    step = TITLE_SIZE + 2
    height = layout.height + step * (len(lines) - 1)
    shapes = [s for s in layout.shapes if not (isinstance(s, Label) and s.bold)]
    for index, line in enumerate(lines):
        y = height - TITLE_SIZE - 2 - index * step
        shapes.append(Label(width / 2, y, line, TITLE_SIZE, "middle", bold=True))
    return ChartLayout(width, height, shapes)


def _title_lines(title: str, width: float, measure: Measure) -> list[str]:
    """Return the title on one line, or on two when one is too narrow (the second shortened
    with "…" if it still does not fit)."""

    def bold(text: str, size: float, _bold: bool) -> float:
        return measure(text, size, True)

    if bold(title, TITLE_SIZE, True) <= width:
        return [title]
    words = title.split()
    first: list[str] = []
    while words and bold(" ".join([*first, words[0]]), TITLE_SIZE, True) <= width:
        first.append(words.pop(0))
    if not first or not words:
        return [_fit(title, width, bold, TITLE_SIZE)]
    return [" ".join(first), _fit(" ".join(words), width, bold, TITLE_SIZE)]


def _title(chart: m.Chart, width: float, height: float, measure: Measure) -> Label:
    text = _fit(chart.title, width, lambda t, s, _b: measure(t, s, True), TITLE_SIZE)
    return Label(width / 2, height - TITLE_SIZE - 2, text, TITLE_SIZE, "middle", bold=True)


def _bars(chart: m.Chart, width: float, measure: Measure) -> ChartLayout:
    count = len(chart.values)
    height = TITLE_ROOM + max(count, 1) * ROW + 4
    shapes: list[Shape] = [_title(chart, width, height, measure)]
    top = max(chart.values, default=0) or 1
    value_room = max((measure(format_count(v), LABEL_SIZE, False) for v in chart.values), default=0)
    label_room = min(
        max((measure(t, LABEL_SIZE, False) for t in chart.labels), default=0), width * 0.42
    )
    x0 = label_room + 6
    span = max(width - x0 - value_room - 6, 10)
    shapes.append(Rule(x0, 2, x0, height - TITLE_ROOM + 2))
    for index, (text, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        y = height - TITLE_ROOM - (index + 1) * ROW + (ROW - BAR) / 2
        length = span * value / top
        if length > 0:
            shapes.append(Box(x0, y, length, BAR, colour_of(chart, index)))
        baseline = y + BAR / 2 - LABEL_SIZE * 0.35
        shapes.append(Label(x0 - 4, baseline, _fit(text, label_room, measure), anchor="end"))
        shapes.append(Label(x0 + length + 3, baseline, format_count(value)))
    return ChartLayout(width, height, shapes)


def _nice_step(top: float, ticks: int = 4) -> int:
    """Return a round step (1, 2, 5, 10, 20, 50…) that divides ``top`` into about ``ticks``."""
    raw = max(top / ticks, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover - the loop always returns


def _columns(chart: m.Chart, width: float, measure: Measure) -> ChartLayout:
    height = COLUMN_HEIGHT
    shapes: list[Shape] = [_title(chart, width, height, measure)]
    count = max(len(chart.values), 1)
    step = _nice_step(max(chart.values, default=0))
    top = max(step * math.ceil(max(chart.values, default=0) / step), step)
    tick_room = measure(format_count(top), LABEL_SIZE, False)
    x0, y0 = tick_room + 6, 2 * LABEL_SIZE + 6
    plot_w, plot_h = width - x0 - 4, height - TITLE_ROOM - y0 - LABEL_SIZE
    for tick in range(0, top + 1, step):
        y = y0 + plot_h * tick / top
        shapes.append(Rule(x0, y, x0 + plot_w, y, GRID_COLOUR if tick else AXIS_COLOUR))
        shapes.append(Label(x0 - 3, y - LABEL_SIZE * 0.35, format_count(tick), anchor="end"))
    slot = plot_w / count
    widest = max((measure(t, LABEL_SIZE, False) for t in chart.labels), default=0)
    every = max(1, math.ceil((widest + 4) / slot))
    show_values = slot >= measure(format_count(top), LABEL_SIZE, False) + 2
    for index, (text, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        x = x0 + slot * index + slot * 0.15
        bar_h = plot_h * value / top
        if bar_h > 0:
            # One series in time: one colour, unless the chart gives its own.
            fill = chart.colors[index] if chart.colors else SERIES[0]
            shapes.append(Box(x, y0, slot * 0.7, bar_h, fill))
        middle = x + slot * 0.35
        if show_values and value > 0:
            shapes.append(Label(middle, y0 + bar_h + 2, format_count(value), anchor="middle"))
        if index % every == 0:
            shapes.append(Label(middle, y0 - LABEL_SIZE - 3, text, anchor="middle"))
    return ChartLayout(width, height, shapes)


def _pie_legend(chart: m.Chart, total: float) -> list[str]:
    lines = []
    for text, value in zip(chart.labels, chart.values, strict=True):
        share = f"{round(100 * value / total)}{NBSP}%" if total else f"0{NBSP}%"
        lines.append(f"{text}: {format_count(value)} ({share})")
    return lines


def _pie(chart: m.Chart, width: float, measure: Measure) -> ChartLayout:
    """Lay the pie out with its legend beside it, or under it when the width is too narrow."""
    count = len(chart.values)
    total = sum(chart.values)
    legend = _pie_legend(chart, total)
    radius = (PIE_HEIGHT - TITLE_ROOM - 10) / 2
    widest = max((measure(line, LABEL_SIZE, False) for line in legend), default=0)
    # Beside the pie when the legend fits there (or has a fair room, shortened), else under it.
    beside = width - (2 * radius + 12 + 24 + 14) >= min(widest, 140)
    if beside:
        height = max(PIE_HEIGHT, TITLE_ROOM + count * ROW + 8)
        cx, cy = radius + 12, (height - TITLE_ROOM) / 2 + 2
        x = cx + radius + 24
        legend_top = height - TITLE_ROOM
    else:
        radius = min(STACKED_RADIUS, max((width - 24) / 2, 10))
        height = TITLE_ROOM + 2 * radius + 10 + count * ROW + 4
        cx, cy = width / 2, height - TITLE_ROOM - radius - 2
        x = 4.0
        legend_top = height - TITLE_ROOM - 2 * radius - 8
    shapes: list[Shape] = [_title(chart, width, height, measure)]
    angle = 90.0
    if total > 0:
        for index, value in enumerate(chart.values):
            sweep = 360.0 * value / total
            if sweep > 0:
                shapes.append(Slice(cx, cy, radius, angle - sweep, angle, colour_of(chart, index)))
            angle -= sweep
    else:
        shapes.append(Slice(cx, cy, radius, 0, 360, EMPTY_COLOUR))
    room = width - x - 14
    for index, line in enumerate(legend):
        y = legend_top - (index + 1) * ROW
        shapes.append(Box(x, y, 9, 9, colour_of(chart, index)))
        shapes.append(Label(x + 14, y + 1.5, _fit(line, room, measure)))
    return ChartLayout(width, height, shapes)


# --- drawing ---------------------------------------------------------------------------------


def reportlab_measure(regular: str, bold: str) -> Measure:
    """Return a measure by the registered reportlab fonts ``regular`` and ``bold``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(text: str, size: float, is_bold: bool) -> float:
        return float(stringWidth(text, bold if is_bold else regular, size))

    return measure


def chart_drawing(chart: m.Chart, width: float, regular: str, bold: str) -> Any:
    """Return ``chart`` as a reportlab Drawing (a vector flowable) in the registered fonts."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String, Wedge
    from reportlab.lib.colors import HexColor

    layout = layout_chart(chart, width, reportlab_measure(regular, bold))
    drawing = Drawing(layout.width, layout.height)
    for shape in layout.shapes:
        if isinstance(shape, Box):
            drawing.add(
                Rect(
                    shape.x,
                    shape.y,
                    shape.w,
                    shape.h,
                    fillColor=HexColor(shape.fill),
                    strokeColor=None,
                )
            )
        elif isinstance(shape, Label):
            drawing.add(
                String(
                    shape.x,
                    shape.y,
                    shape.text,
                    fontName=bold if shape.bold else regular,
                    fontSize=shape.size,
                    textAnchor=shape.anchor,
                    fillColor=HexColor(TEXT_COLOUR),
                )
            )
        elif isinstance(shape, Rule):
            drawing.add(
                Line(
                    shape.x1,
                    shape.y1,
                    shape.x2,
                    shape.y2,
                    strokeColor=HexColor(shape.color),
                    strokeWidth=shape.width,
                )
            )
        elif shape.end - shape.start >= 359.99:
            drawing.add(
                Circle(
                    shape.cx,
                    shape.cy,
                    shape.r,
                    fillColor=HexColor(shape.fill),
                    strokeColor=HexColor("#ffffff"),
                    strokeWidth=0.8,
                )
            )
        else:
            drawing.add(
                Wedge(
                    shape.cx,
                    shape.cy,
                    shape.r,
                    shape.start,
                    shape.end,
                    fillColor=HexColor(shape.fill),
                    strokeColor=HexColor("#ffffff"),
                    strokeWidth=0.8,
                )
            )
    return drawing


def chart_png(
    chart: m.Chart,
    width: float,
    regular: str,
    bold: str,
    font_files: tuple[str, str],
    *,
    dpi: int = PNG_DPI,
) -> bytes:
    """Return ``chart`` as a PNG drawn at ``dpi`` from the same layout as the PDF.

    ``regular`` and ``bold`` are the registered reportlab names (for measuring), ``font_files``
    the TrueType files behind them (for drawing).
    """
    from PIL import Image, ImageDraw, ImageFont

    layout = layout_chart(chart, width, reportlab_measure(regular, bold))
    scale = dpi / 72
    size = (round(layout.width * scale), round(layout.height * scale))
    image = Image.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(image)
    fonts: dict[tuple[float, bool], Any] = {}

    def font(points: float, is_bold: bool) -> Any:
        key = (points, is_bold)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(font_files[is_bold], round(points * scale))
        return fonts[key]

    def px(x: float, y: float) -> tuple[float, float]:
        return x * scale, (layout.height - y) * scale

    anchors = {"start": "ls", "middle": "ms", "end": "rs"}
    for shape in layout.shapes:
        if isinstance(shape, Box):
            left, top = px(shape.x, shape.y + shape.h)
            right, bottom = px(shape.x + shape.w, shape.y)
            draw.rectangle((left, top, right, bottom), fill=shape.fill)
        elif isinstance(shape, Label):
            draw.text(
                px(shape.x, shape.y),
                shape.text,
                fill=TEXT_COLOUR,
                font=font(shape.size, shape.bold),
                anchor=anchors[shape.anchor],
            )
        elif isinstance(shape, Rule):
            draw.line(
                (*px(shape.x1, shape.y1), *px(shape.x2, shape.y2)),
                fill=shape.color,
                width=max(1, round(shape.width * scale)),
            )
        else:
            left, top = px(shape.cx - shape.r, shape.cy + shape.r)
            right, bottom = px(shape.cx + shape.r, shape.cy - shape.r)
            box = (left, top, right, bottom)
            outline = max(1, round(0.8 * scale))
            if shape.end - shape.start >= 359.99:
                draw.ellipse(box, fill=shape.fill, outline="#ffffff", width=outline)
            else:
                # Pillow turns clockwise on screen: the same slice is (-end, -start).
                draw.pieslice(
                    box,
                    -shape.end,
                    -shape.start,
                    fill=shape.fill,
                    outline="#ffffff",
                    width=outline,
                )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi), optimize=False)
    return buffer.getvalue()


def chart_rows(chart: m.Chart) -> list[tuple[str, float]]:
    """Return the chart's data as (label, value) pairs, for a text rendering."""
    return list(zip(chart.labels, chart.values, strict=True))


def chart_texts(chart: m.Chart) -> Sequence[str]:
    """Return every text the chart prints, for the glyph check."""
    return [chart.title, *chart.labels]
