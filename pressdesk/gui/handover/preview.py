"""The act's preview: printed pages (or the running text) with zoom, readable at 1366 × 768."""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPaintEvent, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.widgets.text_preview import prepare_document_view

# An A4 sheet at 96 dots an inch, with the 2 cm margins of an official document.
PAGE_SIZE = QSizeF(794, 1123)
PAGE_MARGIN = 76
PAGE_GAP = 16
ZOOMS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)


_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def text_view_html(html: str, zoom: float) -> str:
    """Return ``html`` for reading on screen: sizes scaled by ``zoom``, lines not justified.

    Justified text in a pane narrower than a page stretches the spaces between words.
    """
    scaled = _FONT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * zoom:.1f}pt", html)
    return scaled.replace("text-align: justify", "text-align: left").replace(
        'align="justify"', 'align="left"'
    )


class PageCanvas(QWidget):
    """Draws a text document as a column of white sheets on grey, at a given scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPages")
        self.document = QTextDocument(self)
        prepare_document_view(self.document)
        self.document.setPageSize(PAGE_SIZE)
        self.document.setDocumentMargin(PAGE_MARGIN)
        self.scale = 1.0
        self.setAutoFillBackground(False)

    def set_html(self, html: str) -> None:
        """Lay out ``html`` on A4 pages."""
        self.document.setHtml(html)
        self.document.setPageSize(PAGE_SIZE)
        self._resize()

    def set_scale(self, scale: float) -> None:
        """Draw the pages at ``scale`` (1.0 is the printed size on a 96-dpi screen)."""
        self.scale = scale
        self._resize()

    @property
    def page_count(self) -> int:
        """Return the number of pages of the act as laid out here."""
        return self.document.pageCount()

    def _resize(self) -> None:
        self.setFixedSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        """Return the size of all pages at the current scale, with gaps."""
        width = int(PAGE_SIZE.width() * self.scale) + 2 * PAGE_GAP
        height = int((PAGE_SIZE.height() * self.scale + PAGE_GAP) * self.page_count) + PAGE_GAP
        return QSize(width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the pages that cross the exposed area."""
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().mid())
        page_h = PAGE_SIZE.height() * self.scale
        page_w = PAGE_SIZE.width() * self.scale
        for index in range(self.page_count):
            top = PAGE_GAP + index * (page_h + PAGE_GAP)
            sheet = QRectF(PAGE_GAP, top, page_w, page_h)
            if not sheet.intersects(QRectF(event.rect())):
                continue
            painter.fillRect(sheet.translated(3, 3), QColor(0, 0, 0, 60))
            painter.fillRect(sheet, Qt.GlobalColor.white)
            painter.save()
            painter.translate(sheet.topLeft())
            painter.scale(self.scale, self.scale)
            painter.translate(0, -index * PAGE_SIZE.height())
            clip = QRectF(0, index * PAGE_SIZE.height(), PAGE_SIZE.width(), PAGE_SIZE.height())
            painter.setClipRect(clip)
            self.document.drawContents(painter, clip)
            painter.restore()
        painter.end()


class ActPreview(QWidget):
    """The act as printed pages or as running text, zoomable from buttons and the keyboard."""

    #: The zoom changed; the percentage is shown beside the buttons.
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPreviewPane")
        self._html = ""
        self._pages_stale = False
        self.fit_width = True
        self.zoom = 1.0

        self.canvas = PageCanvas()
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("handoverPageScroll")
        self.page_scroll.setWidget(self.canvas)
        self.page_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Always there, so fitting the width does not make it appear and cut the page.
        self.page_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page_scroll.setBackgroundRole(self.palette().ColorRole.Mid)
        self.text = QTextBrowser()
        self.text.setObjectName("handoverPreview")
        self.text.setOpenLinks(False)
        prepare_document_view(self.text)
        self.views = QStackedWidget()
        self.views.addWidget(self.page_scroll)
        self.views.addWidget(self.text)

        self.pages_button = self._mode_button(
            self.tr("&Pages"), self.tr("The act as printed, page by page")
        )
        self.text_button = self._mode_button(
            self.tr("&Text"), self.tr("The act as running text, wrapped to the pane")
        )
        self.pages_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.pages_button)
        modes.addButton(self.text_button)
        modes.setExclusive(True)
        self.pages_button.toggled.connect(self._mode_changed)

        self.zoom_out_action = self._action(
            "−", self.tr("Zoom out"), QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
        )
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_in_action = self._action(
            "+",
            self.tr("Zoom in"),
            [
                *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                QKeySequence("Ctrl+="),
            ],
        )
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.fit_action = self._action(
            self.tr("&Fit width"),
            self.tr("Fit the page to the pane's width"),
            [QKeySequence("Ctrl+0")],
        )
        self.fit_action.setCheckable(True)
        self.fit_action.setChecked(True)
        self.fit_action.toggled.connect(self._fit_toggled)
        self.zoom_out_button = self._tool(self.zoom_out_action)
        self.zoom_in_button = self._tool(self.zoom_in_action)
        self.fit_button = self._tool(self.fit_action)
        self.fit_button.setObjectName("handoverFitWidth")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("handoverZoom")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("000 %"))
        self.pages_label = QLabel()
        self.pages_label.setObjectName("handoverPageCount")
        self.pages_label.setProperty("hint", True)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.setSpacing(4)
        bar.addWidget(self.pages_button)
        bar.addWidget(self.text_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)
        self._apply_zoom()

    def _mode_button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setToolTip(tip)
        return button

    def _action(self, text: str, tip: str, keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip}  ({shown})")
        self.addAction(action)
        return action

    def _tool(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setAccessibleName(action.toolTip())
        return button

    # --- content ------------------------------------------------------------------------------

    def set_html(self, html: str) -> None:
        """Show ``html``; the pages are laid out when shown, the text at once."""
        self._html = html
        self._pages_stale = True
        self._show_text()
        self._apply_zoom()

    def _show_text(self) -> None:
        position = self.text.verticalScrollBar().value()
        self.text.setHtml(text_view_html(self._html, self.zoom if not self.page_view else 1.0))
        self.text.verticalScrollBar().setValue(position)

    def _show_pages(self) -> None:
        if self._pages_stale:
            position = self.page_scroll.verticalScrollBar().value()
            self.canvas.set_html(self._html)
            self._pages_stale = False
            self.page_scroll.verticalScrollBar().setValue(position)

    # --- zoom ---------------------------------------------------------------------------------

    @property
    def page_view(self) -> bool:
        """Return True while the printed pages are shown."""
        return self.views.currentWidget() is self.page_scroll

    @Slot(bool)
    def _mode_changed(self, pages: bool) -> None:
        self.views.setCurrentWidget(self.page_scroll if pages else self.text)
        self.fit_action.setEnabled(pages)
        if not pages and self.fit_width:
            self.zoom = 1.0
        self._apply_zoom()

    @Slot(bool)
    def _fit_toggled(self, fit: bool) -> None:
        self.fit_width = fit
        self._apply_zoom()

    @Slot()
    def zoom_in(self) -> None:
        """Show larger, by one step."""
        self._step(+1)

    @Slot()
    def zoom_out(self) -> None:
        """Show smaller, by one step."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        current = self.zoom
        if direction > 0:
            bigger = [z for z in ZOOMS if z > current + 0.001]
            self.zoom = bigger[0] if bigger else ZOOMS[-1]
        else:
            smaller = [z for z in ZOOMS if z < current - 0.001]
            self.zoom = smaller[-1] if smaller else ZOOMS[0]
        self.fit_action.setChecked(False)
        self.fit_width = False
        self._apply_zoom()

    def _fit_scale(self) -> float:
        available = self.page_scroll.viewport().width() - 2 * PAGE_GAP - 4
        return max(0.3, min(2.0, available / PAGE_SIZE.width()))

    def _apply_zoom(self) -> None:
        if self.page_view:
            if self.fit_width:
                self.zoom = self._fit_scale()
            self._show_pages()
            self.canvas.set_scale(self.zoom)
        elif self._html:
            self._show_text()
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        count = self.canvas.page_count if self._html and not self._pages_stale else 0
        self.pages_label.setText(self.tr("Pages: {count}").format(count=count) if count else "")
        self.zoom_changed.emit(self.zoom)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Keep the page fitted to the width while the splitter moves."""
        super().resizeEvent(event)
        if self.fit_width and self.page_view:
            self._apply_zoom()
