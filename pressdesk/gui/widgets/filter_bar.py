"""The filter bar of every list: search as you type, combos and ticks that wrap, a count."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
    QWidgetItem,
)

SEARCH_DELAY_MS = 200


class FlowLayout(QLayout):
    """Lay widgets out left to right and start a new line where the width runs out.

    Widgets that may grow horizontally share what is left of their line, so a line is
    filled edge to edge; nothing is shortened below its size hint, so no text is clipped.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget`` at the end (a stretch is accepted for QHBoxLayout's sake)."""
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index``."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        owner = self.parentWidget()
        # A box layout above does not ask for the height at each width: tell it.
        if owner is not None and owner.layout() is self and owner.minimumHeight() != height:
            owner.setMinimumHeight(height)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def lines(self, width: int, hints: dict[int, QSize] | None = None) -> list[list[QLayoutItem]]:
        """Return the items of each line at ``width`` (``hints``: their size hints by id)."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            hint = hints[id(item)] if hints is not None else item.sizeHint()
            wide = min(hint.width(), width)
            if lines[-1] and used + self._gap + wide > width:
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + wide
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        # Each item's hint is asked once per arrangement: a combo's is measured from its text,
        # and the bar is arranged many times while a page is built.
        hints = {id(item): item.sizeHint() for item in self._visible()}
        y = area.y()
        for line in self.lines(area.width(), hints):
            widths = [min(hints[id(item)].width(), area.width()) for item in line]
            spare = area.width() - sum(widths) - self._gap * (len(line) - 1)
            growing = [
                i
                for i, item in enumerate(line)
                if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            for i in growing:
                widths[i] += spare // len(growing)
            height = max(hints[id(item)].height() for item in line)
            x = area.x()
            for item, wide in zip(line, widths, strict=True):
                if move:
                    tall = hints[id(item)].height()
                    top = y + (height - tall) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(wide, tall)))
                x += wide + self._gap
            y += height + self._gap
        return max(y - self._gap - area.y(), 0) + margins.top() + margins.bottom()


def fill_combo(combo: QComboBox, anything: str, items: Sequence[tuple[object, str]]) -> None:
    """Refill ``combo`` with "anything" first, keeping the chosen value if still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(anything, None)
    for data, text in items:
        combo.addItem(text, data)
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.setToolTip(combo.currentText())
    combo.blockSignals(False)


class FilterCombo(QComboBox):
    """A combo as wide as its current choice, so a bar of them wraps instead of clipping;
    the list that opens is as wide as its longest choice."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.currentTextChanged.connect(self._chosen)

    @Slot(str)
    def _chosen(self, text: str) -> None:
        self.setToolTip(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        text = QSize(metrics.horizontalAdvance(self.currentText()) + 4, metrics.height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(
            view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()
        )
        super().showPopup()


def filter_combo(name: str) -> QComboBox:
    """Return a combo for a filter bar."""
    return FilterCombo(name)


class FilterBar(QWidget):
    """A search box, the section's filters and a found-count, wrapping onto more lines.

    ``changed`` fires once per choice, and shortly after typing stops in the search box.
    """

    changed = Signal()

    def __init__(
        self, name: str, search_name: str, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.flow = FlowLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName(search_name)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder)
        self.search.setMinimumWidth(260)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typed)
        self.flow.addWidget(self.search)
        # The found-count stays last, whatever is added after it.
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}Count")
        self.flow.addWidget(self.count_label)

    def add(self, *widgets: QWidget) -> None:
        """Add filters; a combo's or a tick's change fires ``changed``."""
        for widget in widgets:
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._emit)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._emit)
            self.flow.insertWidget(self.flow.count() - 1, widget)

    def add_combo(
        self, name: str, anything: str, items: Sequence[tuple[object, str]] = ()
    ) -> QComboBox:
        """Add a combo offering "anything" and ``items``; return it."""
        combo = filter_combo(name)
        fill_combo(combo, anything, items)
        self.add(combo)
        return combo

    def add_button(self, button: QAbstractButton) -> None:
        """Add a button (such as "Clear filters") that does not filter by itself."""
        self.flow.insertWidget(self.flow.count() - 1, button)

    def show_count(self, text: str) -> None:
        """Show the found-count at the end of the bar."""
        self.count_label.setText(text)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 400)
        return QSize(width, self.flow.heightForWidth(width))

    @Slot()
    def clear(self) -> None:
        """Clear the search and every filter; ``changed`` fires once."""
        combos = [w for w in self.findChildren(QComboBox) if self.flow.indexOf(w) >= 0]
        checks = [w for w in self.findChildren(QCheckBox) if self.flow.indexOf(w) >= 0]
        widgets: list[QWidget] = [*combos, *checks, self.search]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for check in checks:
            check.setChecked(False)
        for combo in combos:
            combo.setCurrentIndex(0)
            combo.setToolTip(combo.currentText())
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self.timer.start()

    @Slot()
    def _emit(self) -> None:
        self.timer.stop()
        self.changed.emit()
