"""Render the application icon from resources/icons/pressdesk.svg.

    python packaging/make_icons.py ico                 # rewrite resources/icons/pressdesk.ico
    python packaging/make_icons.py hicolor DIR         # DIR/NxN/apps/pressdesk.png for Linux menus

The .ico holds 16, 20, 24, 32, 40, 48, 64, 128 and 256 px images (PNG-compressed entries, which
Windows Vista and later read), so Explorer, the taskbar, the Start menu and "Apps & features" each
get a size drawn for them rather than a scaled one.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "pressdesk.svg"
ICO = ROOT / "resources" / "icons" / "pressdesk.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
_APP: list[object] = []  # keeps the application object alive between renders


def render_png(size: int, svg: Path = SVG) -> bytes:
    """Return the SVG drawn at ``size`` × ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _APP.append(QGuiApplication(["make_icons", "-platform", "offscreen"]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """Return an .ico file holding the given PNG images, keyed by their size in pixels."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        png = images[size]
        edge = 0 if size >= 256 else size  # 0 stands for 256 in the directory entry
        entries.append(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def read_ico_sizes(data: bytes) -> list[int]:
    """Return the sizes listed in an .ico file's directory."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an icon file")
    sizes = []
    for index in range(count):
        width = data[6 + 16 * index]
        sizes.append(width or 256)
    return sizes


def write_ico(target: Path = ICO) -> Path:
    """Write the multi-size .ico next to the SVG."""
    target.write_bytes(ico_bytes({size: render_png(size) for size in ICO_SIZES}))
    return target


def write_hicolor(folder: Path) -> list[Path]:
    """Write the freedesktop icon-theme PNGs and the scalable SVG below ``folder``."""
    written = []
    for size in HICOLOR_SIZES:
        target = folder / f"{size}x{size}" / "apps" / "pressdesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(size))
        written.append(target)
    scalable = folder / "scalable" / "apps" / "pressdesk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    written.append(scalable)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["ico"]:
        print(write_ico())
        return 0
    if argv[:1] == ["hicolor"] and len(argv) == 2:
        for path in write_hicolor(Path(argv[1])):
            print(path)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
