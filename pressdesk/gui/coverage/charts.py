"""The dashboard's charts, drawn with Qt's painter from the very layout the documents print.

:func:`pressdesk.documents.charts.layout_chart` places the title, bars, slices, legend and
value labels in points; this widget measures the text with the window's font, scales the
points to pixels and paints the same shapes in the same colours, so a chart looks the same in
the window, the PDF and the DOCX.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from pressdesk.documents import model as m
from pressdesk.documents.charts import (
    LABEL_SIZE,
    Box,
    ChartLayout,
    Label,
    Rule,
    chart_rows,
    format_count,
    layout_chart,
)

#: A label is drawn this share of the window's font size (the documents print labels at 8 pt
#: beside 12 pt text; on screen that would be too small to read).
LABEL_SHARE = 0.9


class ChartView(QWidget):
    """One chart of the coverage report, as wide as the room it gets, as tall as it needs."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart = m.Chart("column", "", [], [])
        self.layout_: ChartLayout | None = None
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(150)

    # --- the chart ----------------------------------------------------------------------------

    def set_chart(self, chart: m.Chart) -> None:
        """Show ``chart``; its values are also the tooltip, for a label cut short."""
        self.chart = chart
        self.setToolTip(
            "\n".join(
                [chart.title, *(f"{text}: {format_count(n)}" for text, n in chart_rows(chart))]
            )
        )
        self.setAccessibleName(chart.title)
        self._relayout()

    @property
    def scale(self) -> float:
        """Return the pixels per point of the chart's layout."""
        pixels = QFontInfo(self.font()).pixelSize() or 12
        return pixels * LABEL_SHARE / LABEL_SIZE

    def _font(self, size: float, bold: bool) -> QFont:
        key = (size, bold)
        if key not in self._fonts:
            font = QFont(self.font())
            font.setPixelSize(max(1, round(size * self.scale)))
            font.setBold(bold)
            self._fonts[key] = font
        return self._fonts[key]

    def _measure(self, text: str, size: float, bold: bool) -> float:
        return QFontMetricsF(self._font(size, bold)).horizontalAdvance(text) / self.scale

    def _relayout(self) -> None:
        self._fonts.clear()
        width = max(self.width(), self.minimumWidth()) / self.scale
        self.layout_ = layout_chart(self.chart, width, self._measure)
        height = math.ceil(self.layout_.height * self.scale)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.oldSize().width() != event.size().width():
            self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Measure again with a new font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._relayout()

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.layout_ is None:
            return
        scale, height = self.scale, self.layout_.height
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)

        def px(x: float, y: float) -> QPointF:
            return QPointF(x * scale, (height - y) * scale)

        for shape in self.layout_.shapes:
            if isinstance(shape, Box):
                corner = px(shape.x, shape.y + shape.h)
                painter.fillRect(
                    QRectF(corner.x(), corner.y(), shape.w * scale, shape.h * scale),
                    QColor(shape.fill),
                )
            elif isinstance(shape, Label):
                font = self._font(shape.size, shape.bold)
                painter.setFont(font)
                painter.setPen(text_colour)
                advance = QFontMetricsF(font).horizontalAdvance(shape.text)
                shift = {"start": 0.0, "middle": advance / 2, "end": advance}[shape.anchor]
                point = px(shape.x, shape.y)
                painter.drawText(QPointF(point.x() - shift, point.y()), shape.text)
            elif isinstance(shape, Rule):
                painter.setPen(QPen(QColor(shape.color), max(1.0, shape.width * scale)))
                painter.drawLine(px(shape.x1, shape.y1), px(shape.x2, shape.y2))
            else:
                corner = px(shape.cx - shape.r, shape.cy + shape.r)
                box = QRectF(corner.x(), corner.y(), 2 * shape.r * scale, 2 * shape.r * scale)
                painter.setPen(QPen(QColor("#ffffff"), 0.8 * scale))
                painter.setBrush(QColor(shape.fill))
                if shape.end - shape.start >= 359.99:
                    painter.drawEllipse(box)
                else:
                    painter.drawPie(
                        box, round(shape.start * 16), round((shape.end - shape.start) * 16)
                    )
        painter.end()
