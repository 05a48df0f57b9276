"""The plan calendar as the person uses it: selecting chips, dragging them, keys and menus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QRubberBand, QWidget

from pressdesk.gui.plan.calendar_paint import CalendarCanvas
from pressdesk.services.plan.rows import PlanItemRow

MIME_TYPE = "application/x-pressdesk-plan-item"
# How far the cards under a dragged chip peek out when several items are dragged, in pixels.
DRAG_STACK = 10


class PlanCalendar(CalendarCanvas):
    """Days as cells holding one chip per item; chips can be dragged to another day.

    Several chips can be selected: Ctrl-click adds or removes one, Shift-click takes the run
    from the last one clicked, a rubber band drawn from an empty part of a day takes those it
    touches, Ctrl+A takes all. Typing on a day (or Insert, N) asks for a quick add there.
    """

    open_requested = Signal(object)  # PlanItemRow
    new_requested = Signal(object)  # date
    quick_add_requested = Signal(object, str)  # date, text typed so far
    delete_requested = Signal()
    selection_changed = Signal()
    day_requested = Signal(object)  # date whose hidden items the user wants to see
    context_requested = Signal(object, object, QPoint)  # PlanItemRow | None, date, global pos
    item_dropped = Signal(str, object)  # item key, new date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press: tuple[QPoint, PlanItemRow] | None = None
        self._band: QRubberBand | None = None
        self._band_origin: QPoint | None = None
        self._band_base: set[str] = set()

    # --- selection ---------------------------------------------------------------------------

    def selected_rows(self) -> list[PlanItemRow]:
        """Return the selected items in calendar order."""
        return [row for row in self.ordered_rows() if row.key in self.selected_keys]

    def select(self, keys: Sequence[str] | set[str], *, anchor: str = "") -> None:
        """Select exactly ``keys``."""
        self.selected_keys = set(keys)
        self.selected_key = anchor or (next(iter(keys)) if len(keys) == 1 else self.selected_key)
        self.update()
        self.selection_changed.emit()

    def select_all(self) -> None:
        """Select every item shown (Ctrl+A)."""
        self.select({row.key for row in self.ordered_rows()}, anchor=self.selected_key)

    def click_chip(self, row: PlanItemRow, modifiers: Qt.KeyboardModifier) -> None:
        """Select as a click with ``modifiers`` does: alone, Ctrl toggles, Shift extends."""
        if modifiers & Qt.KeyboardModifier.ShiftModifier and self.selected_key:
            keys = [r.key for r in self.ordered_rows()]
            if self.selected_key in keys:
                a, b = sorted((keys.index(self.selected_key), keys.index(row.key)))
                chosen = set(keys[a : b + 1])
                if modifiers & Qt.KeyboardModifier.ControlModifier:
                    chosen |= self.selected_keys
                self.select(chosen, anchor=self.selected_key)
                return
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.select(self.selected_keys ^ {row.key}, anchor=row.key)
            return
        self.select({row.key}, anchor=row.key)

    # --- mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the chip under the mouse (Ctrl, Shift: several) and remember it for a drag;
        on an empty part of a day start a rubber band."""
        pos = event.position().toPoint()
        row = self.chip_at(pos)
        self.current_day = row.date if row is not None else self.day_at(pos)
        modifiers = event.modifiers()
        if event.button() == Qt.MouseButton.LeftButton:
            for rect, day, _count in self._more:
                if rect.contains(pos):
                    self.day_requested.emit(day)
                    return
            self._press = (pos, row) if row is not None else None
            if row is None:
                self._band_origin = pos
                keep = modifiers & Qt.KeyboardModifier.ControlModifier
                self._band_base = set(self.selected_keys) if keep else set()
                if not keep:
                    self.select(set())
            elif row.key in self.selected_keys and not (
                modifiers
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            ):
                # A press on a selected chip keeps the selection: it may start a drag of all.
                self.selected_key = row.key
            else:
                self.click_chip(row, modifiers)
        elif row is not None and row.key not in self.selected_keys:
            self.select({row.key}, anchor=row.key)
        self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Start dragging a chip once the mouse has moved far enough."""
        pos = event.position().toPoint()
        if self._band_origin is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._rubber_band_to(pos)
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, row = self._press
            if (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                self._start_drag(row)
                return
        hovered = self.chip_at(pos)
        key = hovered.key if hovered is not None else ""
        if key != self._hover_key:
            self._hover_key = key
            self.update()
        self.setCursor(
            Qt.CursorShape.PointingHandCursor
            if hovered is not None or any(r.contains(pos) for r, _d, _c in self._more)
            else Qt.CursorShape.ArrowCursor
        )

    def _rubber_band_to(self, pos: QPoint) -> None:
        assert self._band_origin is not None
        area = QRect(self._band_origin, pos).normalized()
        if self._band is None:
            if area.width() + area.height() < QApplication.startDragDistance():
                return
            self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._band.setGeometry(area)
        self._band.show()
        touched = {row.key for rect, row in self._chips if rect.intersects(area)}
        self.select(self._band_base | touched, anchor=self.selected_key)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish a rubber band; forget a press that did not become a drag."""
        press, self._press = self._press, None
        if self._band is not None:
            self._band.hide()
            self._band.deleteLater()
            self._band = None
        elif press is not None and press[1].key in self.selected_keys:
            modifiers = event.modifiers()
            plain = not modifiers & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )
            if plain and len(self.selected_keys) > 1:
                # A plain click (not a drag) on one of several selected chips picks it alone.
                self.select({press[1].key}, anchor=press[1].key)
        self._band_origin = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+A selects all, Escape none, Enter opens, Delete deletes; Insert, N or typing
        a title on a day asks for a quick add there."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        day = self.current_day
        if key == Qt.Key.Key_A and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.select_all()
        elif key == Qt.Key.Key_Escape and self.selected_keys:
            self.select(set())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_key:
            row = next((r for r in self.ordered_rows() if r.key == self.selected_key), None)
            if row is not None:
                self.open_requested.emit(row)
        elif key == Qt.Key.Key_Delete and self.selected_keys:
            self.delete_requested.emit()
        elif day is not None and key == Qt.Key.Key_Insert:
            self.quick_add_requested.emit(day, "")
        elif (
            day is not None
            and not modifiers & ~Qt.KeyboardModifier.ShiftModifier
            and event.text()
            and event.text().isprintable()
            and not event.text().isspace()
        ):
            # N (Latin) opens an empty field, as documented; any other letter starts the title.
            typed = "" if event.text() in ("n", "N") else event.text()
            self.quick_add_requested.emit(day, typed)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        """Drop the hover highlight."""
        self._hover_key = ""
        self.update()
        super().leaveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Open the item under the mouse, or start a new one on an empty part of a day."""
        pos = event.position().toPoint()
        row = self.chip_at(pos)
        if row is not None:
            self.open_requested.emit(row)
            return
        day = self.day_at(pos)
        if day is not None:
            self.new_requested.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Ask for the menu of the item (or the day) under the mouse."""
        row = self.chip_at(event.pos())
        day = row.date if row is not None else self.day_at(event.pos())
        if day is None:
            return
        if row is not None and row.key not in self.selected_keys:
            self.select({row.key}, anchor=row.key)
        self.current_day = day
        self.update()
        self.context_requested.emit(row, day, event.globalPos())

    # --- drag and drop ------------------------------------------------------------------------

    def dragged_rows(self, row: PlanItemRow) -> list[PlanItemRow]:
        """Return the items a drag of ``row`` moves: the selection holding it, or it alone."""
        if row.key in self.selected_keys and len(self.selected_keys) > 1:
            return self.selected_rows()
        return [row]

    def drag_image(self, row: PlanItemRow, count: int = 1) -> QPixmap | None:
        """Draw the chip of ``row`` as the mouse carries it; for several items, a stack of
        cards with a badge saying how many ("3")."""
        rect = self.chip_rect(row.key)
        if rect is None:
            return None
        ratio = self.devicePixelRatioF()
        pad = DRAG_STACK if count > 1 else 0
        image = QPixmap((rect.size() + QSize(pad, pad)) * ratio)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if count > 1:
            # The cards under the one grabbed peek out above and to the right.
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            for shift in (pad, pad // 2):
                card = QRectF(shift, pad - shift, rect.width(), rect.height())
                painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.save()
        painter.translate(-rect.left(), pad - rect.top())
        self._paint_chip(painter, rect, row)
        painter.restore()
        if count > 1:
            self._paint_count_badge(painter, QRect(0, 0, rect.width() + pad, rect.height()), count)
        painter.end()
        return image

    def _paint_count_badge(self, painter: QPainter, area: QRect, count: int) -> None:
        """Draw ``count`` in a round badge at the top right corner of ``area``."""
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        text = str(count)
        height = metrics.height() + 4
        width = max(height, metrics.horizontalAdvance(text) + 10)
        badge = QRectF(area.right() + 1 - width, area.top(), width, height)
        palette = self.palette()
        painter.setPen(self._no_pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _start_drag(self, row: PlanItemRow) -> None:
        count = len(self.dragged_rows(row))
        mime = QMimeData()
        # The chip grabbed first; the page moves the rest of a selection by as many days.
        mime.setData(MIME_TYPE, row.key.encode("utf-8"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        image = self.drag_image(row, count)
        if image is not None:
            drag.setPixmap(image)
            drag.setHotSpot(QPoint(12, 8 + (DRAG_STACK if count > 1 else 0)))
        drag.exec(Qt.DropAction.MoveAction)
        self._drop_day = None
        self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept plan items dragged from this calendar."""
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Highlight the day the item would move to."""
        day = self.day_at(event.position().toPoint())
        if day != self._drop_day:
            self._drop_day = day
            self.update()
        if day is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QEvent) -> None:
        """Remove the drop highlight."""
        self._drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask to move the dropped item to the day under the mouse."""
        day = self.day_at(event.position().toPoint())
        self._drop_day = None
        self.update()
        if day is None or not event.mimeData().hasFormat(MIME_TYPE):
            event.ignore()
            return
        key = bytes(event.mimeData().data(MIME_TYPE).data()).decode("utf-8")
        event.acceptProposedAction()
        self.drop(key, day)

    @Slot(str, object)
    def drop(self, key: str, day: dt.date) -> None:
        """Ask to move item ``key`` to ``day`` (what a drop does), unless it is already there."""
        current = next(
            (row for rows in self._by_day.values() for row in rows if row.key == key), None
        )
        if current is not None and current.date == day:
            return
        self.item_dropped.emit(key, day)
