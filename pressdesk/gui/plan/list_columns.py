"""Column widths of the plan list: every header and value whole, the title taking the rest."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pressdesk.gui.plan import agenda_model as agenda

# Average characters the channels column may take before it shows the first names and "+N";
# the title, the one free text column, keeps the rest of a 1366 px window.
CHANNELS_CHARS = 26


def channels_text(names: list[str], metrics: QFontMetrics, width: int) -> str:
    """Return as many whole ``names`` as fit in ``width`` pixels, then "+N" for the rest."""
    for count in range(len(names), 0, -1):
        rest = len(names) - count
        text = ", ".join(names[:count]) + (f" +{rest}" if rest else "")
        if metrics.horizontalAdvance(text) <= width:
            return text
    return ", ".join(names)


def text_room(option: QStyleOptionViewItem, widget: QWidget | None) -> int:
    """Return the width the style draws a cell's text in, without eliding it."""
    style = widget.style() if widget is not None else QApplication.style()
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    # The style keeps this margin on both sides of the text inside its text area.
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return area.width() - 2 * margin


class ChannelsDelegate(QStyledItemDelegate):
    """Shows a row's channels as whole names, ending with "+N" when the column is too narrow.

    The tooltip keeps the whole list.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Put the names that fit in the cell into ``option.text``."""
        super().initStyleOption(option, index)
        names = index.data(agenda.NAMES_ROLE)
        if names and option.rect.width() > 0:
            option.text = channels_text(
                list(names), option.fontMetrics, text_room(option, option.widget)
            )

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Ask for the width of every name."""
        probe = QStyleOptionViewItem(option)
        probe.rect.setWidth(0)
        return super().sizeHint(probe, index)


def cell_option(table: QTableView, row: int, column: int) -> QStyleOptionViewItem:
    """Return the style option a cell is drawn with (the grid line takes a pixel of its width)."""
    index = table.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.widget = table
    option.rect = table.visualRect(index)
    grid = 1 if table.showGrid() else 0
    option.rect.setWidth(table.columnWidth(column) - grid)
    option.rect.setHeight(table.rowHeight(row) - grid)
    QStyledItemDelegate().initStyleOption(option, index)
    return option


def shown_text(table: QTableView, row: int, column: int) -> str:
    """Return the text the list draws in a cell (the channels as the delegate fits them)."""
    index = table.model().index(row, column)
    delegate = table.itemDelegateForColumn(column)
    if isinstance(delegate, ChannelsDelegate):
        delegate.initStyleOption(option := cell_option(table, row, column), index)
        return option.text
    return str(index.data() or "")


def fit_columns(table: QTableView) -> None:
    """Size every column but the title to its header and its widest value in the current font.

    The channels column stops at :data:`CHANNELS_CHARS` average characters (never narrower than
    its longest single name with "+N") unless the title leaves it room; the title column
    stretches into what is left and elides its text, whose whole is in the tooltip.
    """
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    model = table.model()
    full: dict[int, int] = {}
    for column in range(model.columnCount()):
        if column == agenda.TITLE:
            continue
        width = max(header.sectionSizeFromContents(column).width(), table.sizeHintForColumn(column))
        if column == agenda.CHANNELS:
            single = [
                metrics.horizontalAdvance(f"{names[0]} +{len(names) - 1}")
                for row in range(model.rowCount())
                if (names := model.index(row, column).data(agenda.NAMES_ROLE))
            ]
            # The style's text margin on both sides of a cell.
            padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
            cap = max(metrics.averageCharWidth() * CHANNELS_CHARS, max(single, default=0) + padding)
            width = min(width, max(cap, header.sectionSizeFromContents(column).width()))
        header.resizeSection(column, width)
        if column == agenda.CHANNELS:
            full[column] = max(width, table.sizeHintForColumn(column))
    # Room the title does not need widens the channels column up to its whole names.
    others = sum(header.sectionSize(c) for c in range(model.columnCount()) if c != agenda.TITLE)
    spare = table.viewport().width() - others - table.sizeHintForColumn(agenda.TITLE)
    for column, whole in full.items():
        if spare > 0 and whole > header.sectionSize(column):
            header.resizeSection(column, min(whole, header.sectionSize(column) + spare))


class PlanListTable(QTableView):
    """The plan list, sharing its width between the columns again whenever it changes size."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the columns to the new width."""
        super().resizeEvent(event)
        fit_columns(self)
