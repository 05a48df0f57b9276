"""Small charts of the dashboard, drawn with Qt's painter: the tone split and weekly bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class ToneBar(QWidget):
    """One horizontal bar split by tone, with a legend of names, counts and shares below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toneChart")
        self.parts: list[tuple[str, int, QColor]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(220)

    def set_parts(self, parts: Sequence[tuple[str, int, str]]) -> None:
        """Show ``parts``: a name, a count and a colour each, in the order given."""
        self.parts = [(name, count, QColor(colour)) for name, count, colour in parts]
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        return QSize(300, 22 + 8 + self._line() * max(2, (len(self.parts) + 1) // 2))

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        total = sum(count for _name, count, _colour in self.parts)
        bar = QRectF(0, 0, width, 22)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        if total == 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawRoundedRect(bar, 3, 3)
        else:
            x = 0.0
            for _name, count, colour in self.parts:
                if not count:
                    continue
                part = width * count / total
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, 0, part, 22))
                x += part
        # The legend: two columns of swatch, name, count and share.
        line = self._line()
        column = width / 2
        for index, (name, count, colour) in enumerate(self.parts):
            left = (index % 2) * column
            top = 30 + (index // 2) * line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(left, top + 3, 10, 10))
            share = f" · {round(100 * count / total)}%" if total else ""
            painter.setPen(text_colour)
            text = painter.fontMetrics().elidedText(
                f"{name}: {count}{share}", Qt.TextElideMode.ElideRight, int(column - 18)
            )
            painter.drawText(
                QRectF(left + 16, top, column - 18, line), Qt.AlignmentFlag.AlignLeft, text
            )
        painter.end()


class WeekBars(QWidget):
    """Vertical bars of a count per week, each labelled with its week's first day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekChart")
        self.bars: list[tuple[str, int]] = []
        self.colour = QColor("#1565c0")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)

    def set_bars(self, bars: Sequence[tuple[str, int]]) -> None:
        """Show ``bars``: a label and a count each, left to right."""
        self.bars = list(bars)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 110)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 110)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        chart = QRectF(0, line + 2, self.width(), self.height() - 2 * line - 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(chart.bottomLeft(), chart.bottomRight())
        if not self.bars:
            painter.end()
            return
        most = max(count for _label, count in self.bars) or 1
        slot = chart.width() / len(self.bars)
        bar_width = max(6.0, min(slot * 0.6, 48.0))
        for index, (label, count) in enumerate(self.bars):
            centre = chart.left() + slot * (index + 0.5)
            height = chart.height() * count / most
            rect = QRectF(centre - bar_width / 2, chart.bottom() - height, bar_width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawRect(rect)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(centre - slot / 2, rect.top() - line - 1, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                str(count),
            )
            painter.drawText(
                QRectF(centre - slot / 2, chart.bottom() + 3, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
            )
        painter.end()
