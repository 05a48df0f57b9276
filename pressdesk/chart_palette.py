"""The one set of chart colours, shared by the window and the documents.

Plain hex strings, so both the window (Qt) and the PDF and DOCX writers read them without
loading each other. The colours are muted and stay apart when printed in black and white
(they become clearly different greys).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

#: The colours of a chart's values in turn; a series in time (publications per week) uses the
#: first.
SERIES: Final = (
    "#2f5597",
    "#c55a11",
    "#548235",
    "#bf9000",
    "#7030a0",
    "#5b9bd5",
    "#a5a5a5",
    "#843c0c",
    "#70ad47",
    "#264478",
)
#: The tones of the publications; "" is a tone still to set.
TONE_COLOURS: Final[Mapping[str, str]] = {
    "positive": "#548235",
    "neutral": "#a5a5a5",
    "negative": "#c00000",
    "": "#d9d9d9",
}
#: State and private outlets; "" is an outlet not in the contact base.
OWNERSHIP_COLOURS: Final[Mapping[str, str]] = {
    "state": "#2f5597",
    "private": "#bf9000",
    "": "#d9d9d9",
}
#: A code with no colour of its own.
OTHER_COLOUR: Final = "#7f7f7f"
#: An empty pie (nothing counted).
EMPTY_COLOUR: Final = "#e7e6e6"
#: Text, grid lines and axes of a chart.
TEXT_COLOUR: Final = "#000000"
GRID_COLOUR: Final = "#bfbfbf"
AXIS_COLOUR: Final = "#595959"
#: The two text colours a coloured cell may carry.
DARK_TEXT: Final = "#000000"
LIGHT_TEXT: Final = "#ffffff"


def _luminance(colour: str) -> float:
    """Return the relative luminance of ``#rrggbb`` (WCAG 2)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


#: The contrast text needs to read well (WCAG AA for normal text).
READABLE: Final = 4.5


def text_on(fill: str) -> str:
    """Return the text colour for ``fill``: white when it reads well there, else the better of
    black and white."""
    if contrast(fill, LIGHT_TEXT) >= READABLE:
        return LIGHT_TEXT
    return DARK_TEXT if contrast(fill, DARK_TEXT) >= contrast(fill, LIGHT_TEXT) else LIGHT_TEXT


def tone_colour(tone: str) -> str:
    """Return the colour of ``tone`` ("" for a tone still to set)."""
    return TONE_COLOURS.get(tone, OTHER_COLOUR)


def ownership_colour(ownership: str) -> str:
    """Return the colour of state, private or unknown ("") outlets."""
    return OWNERSHIP_COLOURS.get(ownership, OTHER_COLOUR)
