"""Warning and highlight colours that stay readable on a light and on a dark palette.

Widgets ask for a tone by what it means ("bad", "warn", "holiday", "personal", "muted"); the
colour follows the application palette, so Windows' dark mode or a high-contrast theme does not
leave dark-red text on a dark background or pale tints behind white text.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor, QGuiApplication, QPalette

Tone = Literal["bad", "warn", "holiday", "personal", "muted"]

# (text, background) for a light palette and for a dark one.
_LIGHT: dict[Tone, tuple[str, str]] = {
    "bad": ("#b3261e", "#fde7e4"),
    "warn": ("#9a5b00", "#fff4d6"),
    "holiday": ("#b3261e", "#fbe9e7"),
    "personal": ("#8a5300", "#fff4d6"),
    "muted": ("#5f6368", "#f1f3f4"),
}
_DARK: dict[Tone, tuple[str, str]] = {
    "bad": ("#ff8a80", "#5c2b29"),
    "warn": ("#ffcc80", "#4d3a12"),
    "holiday": ("#ff8a80", "#3e2723"),
    "personal": ("#ffcc80", "#4d3a12"),
    "muted": ("#9aa0a6", "#303134"),
}


def palette() -> QPalette:
    """Return the application's palette (the default one before an application exists)."""
    app = QGuiApplication.instance()
    return app.palette() if isinstance(app, QGuiApplication) else QPalette()


def is_dark(pal: QPalette | None = None) -> bool:
    """Return True when the window background is dark (dark mode, dark high-contrast themes)."""
    return (pal or palette()).color(QPalette.ColorRole.Window).lightness() < 128


def text(tone: Tone, pal: QPalette | None = None) -> QColor:
    """Return the text colour of ``tone`` for the palette."""
    return QColor((_DARK if is_dark(pal) else _LIGHT)[tone][0])


def background(tone: Tone, pal: QPalette | None = None) -> QColor:
    """Return the background tint of ``tone`` for the palette."""
    return QColor((_DARK if is_dark(pal) else _LIGHT)[tone][1])


def plain_text(pal: QPalette | None = None) -> QColor:
    """Return the palette's ordinary text colour (for text on a tinted background)."""
    return (pal or palette()).color(QPalette.ColorRole.Text)


def banner_style(selector: str, tone: Tone = "bad") -> str:
    """Return a style sheet for a warning banner ``selector`` in ``tone``."""
    fg, bg = text(tone), background(tone)
    return (
        f"{selector} {{ background: {bg.name()}; color: {fg.name()}; "
        f"border: 1px solid {fg.name()}; border-radius: 4px; padding: 8px; }}"
    )
