"""Shared page building blocks: page headers and the page of a section not built yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from pressdesk.gui.icons import pixmap
from pressdesk.gui.sections import Section

# Lines longer than this are hard to read on a wide screen.
CONTENT_MAX_WIDTH = 960


def noted_column(parent: QWidget, note: str) -> QVBoxLayout:
    """Return a column without margins in ``parent`` that opens with ``note``, wrapped."""
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(note)
    label.setWordWrap(True)
    layout.addWidget(label)
    return layout


def bold_label(text: str, scale: float) -> QLabel:
    """Return a bold label, its font ``scale`` times the usual size."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def arrow_button(arrow: Qt.ArrowType, tip: str, slot: Callable[[], object]) -> QToolButton:
    """Return a small button with an arrow, its tooltip ``tip``, that calls ``slot``."""
    button = QToolButton()
    button.setArrowType(arrow)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def heading_label(text: str, scale: float = 1.45) -> QLabel:
    """Return a bold label in a larger size, for page titles."""
    label = bold_label(text, scale)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def icon_label(
    name: str, size: int, alignment: Qt.AlignmentFlag, *, disabled: bool = False
) -> QLabel:
    """Return a label showing the icon ``name`` at ``size`` pixels, placed by ``alignment``."""
    label = QLabel()
    label.setPixmap(pixmap(name, size, disabled=disabled))
    label.setAlignment(alignment)
    return label


def page_header(icon_name: str, title: str, subtitle: str, *, greyed: bool = False) -> QWidget:
    """Return a header row: a large icon, the title and a one-line subtitle."""
    header = QWidget()
    row = QHBoxLayout(header)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(14)
    row.addWidget(icon_label(icon_name, 40, Qt.AlignmentFlag.AlignTop, disabled=greyed))
    texts = QVBoxLayout()
    texts.setSpacing(2)
    title_label = heading_label(title)
    title_label.setObjectName("pageTitle")
    texts.addWidget(title_label)
    sub = QLabel(subtitle)
    sub.setObjectName("pageSubtitle")
    sub.setProperty("hint", True)
    sub.setWordWrap(True)
    texts.addWidget(sub)
    row.addLayout(texts, 1)
    return header


class PlannedSectionPage(QWidget):
    """Say what a section not built yet will hold; it shows no data of any kind."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"page_{section.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        layout.addWidget(page_header(section.icon, section.title, section.description, greyed=True))

        box = QFrame()
        box.setObjectName("plannedBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(18, 14, 18, 16)
        inner.setSpacing(8)
        status = QLabel(self.tr("This section is not built yet. It will hold:"))
        status.setObjectName("plannedStatus")
        status.setWordWrap(True)
        bold = QFont(status.font())
        bold.setBold(True)
        status.setFont(bold)
        inner.addWidget(status)
        for text in section.planned:
            item = QLabel(f"•  {text}")
            item.setWordWrap(True)
            item.setObjectName("plannedItem")
            inner.addWidget(item)
        box.setMaximumWidth(CONTENT_MAX_WIDTH)
        layout.addWidget(box)

        hint = QLabel(
            self.tr(
                "Until then, the organisation profile and staff can be filled in under "
                "Settings; they are used by every section."
            )
        )
        hint.setObjectName("plannedHint")
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        hint.setMaximumWidth(CONTENT_MAX_WIDTH)
        layout.addWidget(hint)
        layout.addStretch(1)
