"""The painted grid of the plan calendar: where days and chips go, and how they look.

:class:`CalendarCanvas` lays week, ten-day and month grids out and draws them; what the mouse
and keys do with them is :class:`~pressdesk.gui.plan.calendar_view.PlanCalendar`'s.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pressdesk import clock
from pressdesk.gui import tones
from pressdesk.gui.plan import labels
from pressdesk.gui.plan.calendar_layout import GridShape, describe_item, short_name, wrap_lines
from pressdesk.services.plan.rows import PlanItemRow

_GAP = 3
_PAD = 4


class CalendarCanvas(QWidget):
    """Days as cells holding one chip per item, laid out for the widget's size and painted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planCalendar")
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._shape = GridShape(((),), 1, True)
        self._by_day: dict[dt.date, list[PlanItemRow]] = {}
        self._holidays: dict[dt.date, str] = {}
        self._today = clock.today()
        self._wait_days = 3
        self._cells: list[tuple[QRect, dt.date]] = []
        self._chips: list[tuple[QRect, PlanItemRow]] = []
        self._more: list[tuple[QRect, dt.date, int]] = []
        self._needed_height = 0
        self._hover_key = ""
        self._drop_day: dt.date | None = None
        # How many monitoring records cover each stored item (covered items only).
        self._covered: dict[int, int] = {}
        self._covered_note: Callable[[int], str] = str
        self.selected_key = ""  # the chip clicked last: the anchor of a Shift-click
        self.selected_keys: set[str] = set()
        self.current_day: dt.date | None = None
        # Painting objects made once: a paint of hundreds of chips must stay cheap.
        self._no_pen = QPen(Qt.PenStyle.NoPen)
        self._no_brush = QBrush(Qt.BrushStyle.NoBrush)
        self._fonts: dict[tuple[bool, bool], tuple[QFont, QFontMetrics]] = {}
        self._lines_cache: dict[tuple[str, int, int], list[str]] = {}

    # --- data ---------------------------------------------------------------------------------

    def set_content(
        self,
        shape: GridShape,
        rows: Sequence[PlanItemRow],
        holidays: dict[dt.date, str],
        *,
        today: dt.date,
        wait_days: int,
    ) -> None:
        """Show ``rows`` on the grid ``shape``."""
        self._shape = shape
        by_day: dict[dt.date, list[PlanItemRow]] = defaultdict(list)
        for row in rows:
            by_day[row.date].append(row)
        self._by_day = dict(by_day)
        shown = {row.key for row in rows}
        if self.selected_key and self.selected_key not in self.selected_keys:
            self.selected_keys.add(self.selected_key)
        self.selected_keys &= shown
        if self.selected_key not in shown:
            self.selected_key = ""
        self._holidays = dict(holidays)
        self._today = today
        self._wait_days = wait_days
        self._lines_cache.clear()
        self._relayout()
        self.updateGeometry()
        self.update()

    def chip_at(self, pos: QPoint) -> PlanItemRow | None:
        """Return the item whose chip is under ``pos``."""
        return next((row for rect, row in self._chips if rect.contains(pos)), None)

    def day_at(self, pos: QPoint) -> dt.date | None:
        """Return the day whose cell is under ``pos``."""
        return next((day for rect, day in self._cells if rect.contains(pos)), None)

    def chip_rect(self, key: str) -> QRect | None:
        """Return where the chip of item ``key`` is drawn, if shown."""
        return next((rect for rect, row in self._chips if row.key == key), None)

    def cell_rect(self, day: dt.date) -> QRect | None:
        """Return the cell of ``day``, if shown."""
        return next((rect for rect, d in self._cells if d == day), None)

    def free_area(self, day: dt.date) -> QRect | None:
        """Return the part of the cell of ``day`` below its header and chips."""
        cell = self.cell_rect(day)
        if cell is None:
            return None
        top = cell.top() + self._header_height()
        for rect, row in self._chips:
            if row.date == day:
                top = max(top, rect.bottom() + _GAP)
        return QRect(cell.left(), top, cell.width(), max(cell.bottom() - top, 0))

    def ordered_rows(self) -> list[PlanItemRow]:
        """Return the items shown, day by day in their order within each day."""
        return [row for day in sorted(self._by_day) for row in self._by_day[day]]

    # --- geometry -----------------------------------------------------------------------------

    def _line(self) -> int:
        return self.fontMetrics().height()

    def _chip_height(self) -> int:
        return self._shape.chip_lines * self._line() + 6

    def _header_height(self) -> int:
        return self._line() + 8

    def _column_header_height(self) -> int:
        return self._line() + 8 if self._shape.weekday_header else 0

    def _row_needs(self, dates: Sequence[dt.date | None]) -> int:
        most = max((len(self._by_day.get(d, ())) for d in dates if d is not None), default=0)
        return self._header_height() + _PAD + most * (self._chip_height() + _GAP) + 24

    def sizeHint(self) -> QSize:
        return QSize(700, max(self._needed_height, 400))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self._needed_height if not self._shape.compact else 200)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the chips out again for the new size."""
        super().resizeEvent(event)
        self._lines_cache.clear()
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        """Forget measured text when the font changes."""
        if event.type() == QEvent.Type.FontChange:
            self._fonts.clear()
            self._lines_cache.clear()
        super().changeEvent(event)

    def _font(self, *, bold: bool = False, struck: bool = False) -> tuple[QFont, QFontMetrics]:
        key = (bold, struck)
        if key not in self._fonts:
            font = QFont(self.font())
            font.setBold(bold)
            font.setStrikeOut(struck)
            self._fonts[key] = (font, QFontMetrics(font))
        return self._fonts[key]

    def _relayout(self) -> None:
        shape = self._shape
        columns = max((len(r) for r in shape.rows), default=1) or 1
        top = self._column_header_height()
        width = max(self.width() - 1, columns)
        if shape.compact:
            heights = [max((self.height() - top - 1) // len(shape.rows), 40)] * len(shape.rows)
            self._needed_height = 0
        else:
            needs = [self._row_needs(r) for r in shape.rows]
            self._needed_height = top + sum(needs) + 1
            spare = max(self.height() - self._needed_height, 0) // max(len(needs), 1)
            heights = [need + spare for need in needs]
            self.setMinimumHeight(self._needed_height)
        self._cells, self._chips, self._more = [], [], []
        y = top
        for row_dates, height in zip(shape.rows, heights, strict=True):
            for col, day in enumerate(row_dates):
                x0 = col * width // columns
                x1 = (col + 1) * width // columns
                if day is None:
                    continue
                cell = QRect(x0, y, x1 - x0, height)
                self._cells.append((cell, day))
                self._place_chips(cell, day)
            y += height

    def _place_chips(self, cell: QRect, day: dt.date) -> None:
        items = self._by_day.get(day, [])
        chip_h = self._chip_height()
        y = cell.top() + self._header_height() + _PAD // 2
        bottom = cell.bottom() - _PAD
        for index, row in enumerate(items):
            left = len(items) - index
            room = bottom - y
            fits_all = left * (chip_h + _GAP) <= room + _GAP
            if self._shape.compact and not fits_all and room < chip_h + _GAP + self._line():
                rect = QRect(cell.left() + _PAD, y, cell.width() - 2 * _PAD, self._line())
                self._more.append((rect, day, left))
                return
            rect = QRect(cell.left() + _PAD, y, cell.width() - 2 * _PAD - 1, chip_h)
            self._chips.append((rect, row))
            y += chip_h + _GAP

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the day cells, their headers and the chips."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_weekday_header(painter)
        clip = event.rect()
        for rect, day in self._cells:
            if rect.intersects(clip):
                self._paint_cell(painter, rect, day)
        for rect, row in self._chips:
            if rect.intersects(clip):
                self._paint_chip(painter, rect, row)
        link = palette.color(QPalette.ColorRole.Link)
        painter.setPen(link)
        for rect, _day, count in self._more:
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate("PlanCalendar", "+{count} more").format(count=count),
            )
        painter.end()

    def _paint_weekday_header(self, painter: QPainter) -> None:
        if not self._shape.weekday_header or not self._cells:
            return
        height = self._column_header_height()
        hint = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(hint)
        columns = len(self._shape.rows[0])
        width = self.width() - 1
        locale = self.locale()
        for col in range(columns):
            x0, x1 = col * width // columns, (col + 1) * width // columns
            name = locale.dayName(col + 1, locale.FormatType.LongFormat)
            rect = QRect(x0 + 6, 0, x1 - x0 - 12, height)
            text = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _paint_cell(self, painter: QPainter, rect: QRect, day: dt.date) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        holiday = self._holidays.get(day, "")
        if holiday:
            painter.fillRect(rect, tones.background("holiday", palette))
        elif day.weekday() >= 5:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        else:
            painter.fillRect(rect, base)
        if day == self._drop_day:
            drop = QColor(palette.color(QPalette.ColorRole.Highlight))
            drop.setAlpha(40)
            painter.fillRect(rect, drop)
        grid = palette.color(QPalette.ColorRole.Mid)
        grid.setAlpha(110)
        painter.setPen(QPen(grid, 1))
        painter.drawRect(rect)

        header = QRect(rect.left() + 6, rect.top() + 3, rect.width() - 12, self._line() + 2)
        metrics = self.fontMetrics()
        if self._shape.weekday_header:
            number = str(day.day)
        else:
            weekday = self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)
            number = f"{weekday} {day.day}"
            if day.day == 1 or self._shape.chip_lines == 2:
                month = self.locale().monthName(day.month, self.locale().FormatType.ShortFormat)
                number = f"{number} {month}"
        bold, bold_metrics = self._font(bold=True)
        number_width = bold_metrics.horizontalAdvance(number) + 10
        number_rect = QRect(header.left() - 4, header.top(), number_width, header.height())
        painter.setFont(bold)
        if day == self._today:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(self._no_pen)
            painter.setBrush(highlight)
            painter.drawRoundedRect(number_rect, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.setBrush(self._no_brush)
        elif holiday:
            painter.setPen(tones.text("holiday", palette))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number)
        painter.setFont(self.font())
        if holiday:
            painter.setPen(tones.text("holiday", palette))
            room = QRect(
                number_rect.right() + 6,
                header.top(),
                header.right() - number_rect.right() - 6,
                header.height(),
            )
            text = metrics.elidedText(holiday, Qt.TextElideMode.ElideRight, room.width())
            painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        if day == self._today:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_chip(self, painter: QPainter, rect: QRect, row: PlanItemRow) -> None:
        palette = self.palette()
        colour = labels.status_colour(row.status)
        fill = QColor(colour)
        fill.setAlpha(60 if row.key == self._hover_key else 38)
        painter.setPen(self._no_pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        if row.key in self.selected_keys:
            # A selected chip is tinted and framed, so several selected read at a glance.
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(70)
            painter.setBrush(tint)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 4, 4)
        elif row.key == self.selected_key:
            painter.setBrush(self._no_brush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.5))
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)

        inner = rect.adjusted(9, 3, -4, -3)
        marks = self._paint_marks(painter, inner, row)
        text_colour = palette.color(QPalette.ColorRole.Text)
        if row.status == "cancelled":
            text_colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        line = self._line()
        time_text = row.time.strftime("%H:%M") if row.time else ""
        struck = row.status == "cancelled"
        font, metrics = self._font(struck=struck)
        bold, bold_metrics = self._font(bold=True, struck=struck)
        painter.setPen(text_colour)
        if self._shape.chip_lines == 1:
            x = inner.left()
            if time_text:
                painter.setFont(bold)
                painter.drawText(
                    QRect(x, inner.top(), inner.width(), line),
                    Qt.AlignmentFlag.AlignLeft,
                    time_text,
                )
                x += bold_metrics.horizontalAdvance(time_text) + 5
            painter.setFont(font)
            width = inner.right() - marks - x
            title = metrics.elidedText(labels.shown(row.title), Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(x, inner.top(), width, line), Qt.AlignmentFlag.AlignLeft, title)
            return
        first = QRect(inner.left(), inner.top(), inner.width() - marks, line)
        painter.setFont(bold)
        head = time_text or QCoreApplication.translate("PlanCalendar", "all day")
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft, head)
        painter.setFont(font)
        hint = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(hint)
        x = first.left() + bold_metrics.horizontalAdvance(head) + 6
        fmt = metrics.elidedText(
            labels.format_name(row.format), Qt.TextElideMode.ElideRight, first.right() - x
        )
        painter.drawText(
            QRect(x, first.top(), first.right() - x, line), Qt.AlignmentFlag.AlignLeft, fmt
        )
        painter.setPen(text_colour)
        title_lines = min(self._shape.chip_lines - 1, 2)
        title = labels.shown(row.title)
        cache_key = (title, inner.width(), title_lines)
        lines = self._lines_cache.get(cache_key)
        if lines is None:
            lines = wrap_lines(metrics, title, inner.width(), title_lines)
            self._lines_cache[cache_key] = lines
        for i, text in enumerate(lines):
            box = QRect(inner.left(), inner.top() + (i + 1) * line, inner.width(), line)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, text)
        if self._shape.chip_lines > 3:
            who = " · ".join(
                part
                for part in (
                    short_name(row.responsible_name),
                    labels.language_name(row.language, short=True),
                )
                if part
            )
            painter.setPen(hint)
            box = QRect(inner.left(), inner.top() + 3 * line, inner.width(), line)
            text = metrics.elidedText(who, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, text)

    def set_covered(self, counts: dict[int, int], note: Callable[[int], str]) -> None:
        """Mark the items that publications cover: item id → number of publications.

        ``note`` words a count for the tooltip ("Covered: 2 publications"), in the list's
        words, so both views say the same.
        """
        self._covered = dict(counts)
        self._covered_note = note
        self.update()

    def covered_count(self, row: PlanItemRow) -> int:
        """Return how many publications cover ``row`` (0 for a series' occurrence)."""
        return 0 if row.virtual else self._covered.get(row.id, 0)

    def _paint_covered(self, painter: QPainter, box: QRect) -> None:
        """Draw the covered mark: a green disc with a tick."""
        painter.setPen(self._no_pen)
        painter.setBrush(QColor(labels.COVERED_COLOUR))
        painter.drawEllipse(box)
        pen = QPen(QColor("white"), 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        w, h = box.width(), box.height()
        left = QPointF(box.left() + w * 0.28, box.top() + h * 0.52)
        bottom = QPointF(box.left() + w * 0.44, box.top() + h * 0.68)
        right = QPointF(box.left() + w * 0.74, box.top() + h * 0.34)
        painter.drawLine(left, bottom)
        painter.drawLine(bottom, right)

    def _paint_marks(self, painter: QPainter, inner: QRect, row: PlanItemRow) -> int:
        """Draw flag, covered and repeat marks at the chip's top right; return their width."""
        size = min(self._line() - 2, 14)
        x = inner.right() - size
        used = 0
        if self.covered_count(row):
            self._paint_covered(painter, QRect(x, inner.top() + 1, size, size))
            x -= size + 3
            used += size + 3
        for flag in ("overdue", "waiting"):
            if flag not in row.flags:
                continue
            box = QRect(x, inner.top() + 1, size, size)
            painter.setPen(self._no_pen)
            painter.setBrush(QColor(labels.FLAG_COLOURS[flag]))
            painter.drawEllipse(box)
            painter.setPen(QPen(QColor("white"), 1.6))
            centre = box.center()
            if flag == "overdue":
                painter.drawLine(centre.x(), box.top() + 3, centre.x(), box.bottom() - 5)
                painter.drawPoint(centre.x(), box.bottom() - 2)
            else:
                painter.drawLine(centre, QPoint(centre.x(), box.top() + 3))
                painter.drawLine(centre, QPoint(box.right() - 3, centre.y()))
            x -= size + 3
            used += size + 3
        if row.virtual or row.series_id is not None:
            ring = QRectF(x + 1.5, inner.top() + 2.5, size - 3, size - 3)
            pen = QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1.4)
            painter.setPen(pen)
            painter.setBrush(self._no_brush)
            path = QPainterPath()
            path.arcMoveTo(ring, 90)
            path.arcTo(ring, 90, 280)
            painter.drawPath(path)
            tip = path.currentPosition()
            painter.drawLine(tip, tip + QPoint(3, -1).toPointF())
            painter.drawLine(tip, tip + QPoint(0, -3).toPointF())
            used += size + 3
        painter.setBrush(self._no_brush)
        return used

    # --- tooltips -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Show an item's details, a holiday's name or the hidden items' count on hover."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip(self, pos: QPoint) -> str:
        row = self.chip_at(pos)
        if row is not None:
            return self.describe(row)
        for rect, _day, _count in self._more:
            if rect.contains(pos):
                return QCoreApplication.translate(
                    "PlanCalendar", "Show all items of this day in the week view"
                )
        day = self.day_at(pos)
        if day is not None and day in self._holidays:
            return html.escape(self._holidays[day])
        return ""

    def describe(self, row: PlanItemRow) -> str:
        """Return the item's details as rich text for a tooltip."""
        text = describe_item(row, self._wait_days)
        covered = self.covered_count(row)
        if covered:
            note = self._covered_note(covered)
            text += f"<br><span style='color:{labels.COVERED_COLOUR}'>✔ {html.escape(note)}</span>"
        return text
