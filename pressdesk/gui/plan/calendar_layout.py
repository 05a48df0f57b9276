"""Where the calendar's days go (week, ten-day, month grids) and how chip text is fitted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


@dataclass(frozen=True)
class GridShape:
    """How days are laid out: rows of dates (None pads a cell) and the chip size."""

    rows: tuple[tuple[dt.date | None, ...], ...]
    chip_lines: int
    compact: bool
    weekday_header: bool = False


def week_shape(dates: Sequence[dt.date]) -> GridShape:
    """Return one row of seven tall days."""
    return GridShape((tuple(dates),), chip_lines=4, compact=False)


def decade_shape(dates: Sequence[dt.date]) -> GridShape:
    """Return the ten (or eight to eleven) days in two rows."""
    half = (len(dates) + 1) // 2
    first: tuple[dt.date | None, ...] = tuple(dates[:half])
    second: tuple[dt.date | None, ...] = tuple(dates[half:])
    second += (None,) * (half - len(second))
    return GridShape((first, second), chip_lines=2, compact=False)


def month_shape(dates: Sequence[dt.date]) -> GridShape:
    """Return the month as weeks Monday to Sunday, days of other months left empty."""
    first = dates[0]
    cells: list[dt.date | None] = [None] * first.weekday() + list(dates)
    cells += [None] * (-len(cells) % 7)
    rows = tuple(tuple(cells[i : i + 7]) for i in range(0, len(cells), 7))
    return GridShape(rows, chip_lines=1, compact=True, weekday_header=True)


def short_name(full_name: str) -> str:
    """Return "Surname I. O." for a full name written surname first."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return " ".join([parts[0], *(f"{p[0]}." for p in parts[1:3])])


def wrap_lines(metrics: QFontMetrics, text: str, width: int, lines: int) -> list[str]:
    """Break ``text`` into at most ``lines`` lines of ``width``, eliding the last one."""
    words = text.split()
    result: list[str] = []
    current = ""
    while words and len(result) < lines - 1:
        candidate = f"{current} {words[0]}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            words.pop(0)
            if metrics.horizontalAdvance(current) > width:
                result.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
                current = ""
        else:
            result.append(current)
            current = ""
    rest = " ".join([current, *words]).strip() if (current or words) else ""
    if rest:
        result.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return result
