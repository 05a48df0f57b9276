"""Load the line icons from resources/icons, drawn in the palette's text colour."""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QIcon, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from pressdesk.paths import resources_dir

log = logging.getLogger(__name__)

APP_ICON = "pressdesk"
_SIZES = (16, 20, 24, 32, 48, 64, 96)


def _palette_colour(group: QPalette.ColorGroup) -> str:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(group, QPalette.ColorRole.WindowText).name()


def icon(name: str, *, disabled: bool = False) -> QIcon:
    """Return the icon ``name``; line icons follow the palette (greyed when ``disabled``)."""
    group = QPalette.ColorGroup.Disabled if disabled else QPalette.ColorGroup.Active
    return _render(name, _palette_colour(group))


def pixmap(name: str, size: int, *, disabled: bool = False) -> QPixmap:
    """Return the icon ``name`` as a pixmap of ``size`` pixels."""
    return icon(name, disabled=disabled).pixmap(QSize(size, size))


@functools.cache
def _render(name: str, colour: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        svg = path.read_bytes()
    except OSError as exc:
        log.warning("Icon %s missing: %s", path, exc)
        return QIcon()
    # Qt's SVG renderer does not follow currentColor, so the colour is written in before rendering.
    data = QByteArray(svg.replace(b"currentColor", QColor(colour).name().encode("ascii")))
    result = QIcon()
    for size in _SIZES:
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, QByteArray(b"svg"))
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        buffer.close()
        if image.isNull():
            log.warning("Icon %s could not be drawn: %s", path, reader.errorString())
            return QIcon()
        result.addPixmap(QPixmap.fromImage(image))
    return result
