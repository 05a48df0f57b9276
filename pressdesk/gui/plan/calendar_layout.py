"""Where the calendar's days go (week, ten-day, month grids) and how chip text is fitted."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics

from pressdesk.gui.plan import labels
from pressdesk.services.plan.rows import PlanItemRow


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


translate = QCoreApplication.translate


def describe_item(row: PlanItemRow, wait_days: int) -> str:
    """Return a plan item's details as rich text for the calendar's tooltip."""

    when = labels.date_text(row.date, weekday=True)
    when += " " + (row.time.strftime("%H:%M") if row.time else translate("PlanCalendar", "all day"))
    parts = [
        f"<b>{html.escape(labels.shown(row.title))}</b>",
        html.escape(f"{when} · {labels.format_name(row.format)}"),
        html.escape(
            translate("PlanCalendar", "Status: {status}").format(
                status=labels.status_name(row.status)
            )
        ),
    ]
    if row.responsible_name:
        parts.append(
            html.escape(
                translate("PlanCalendar", "Responsible: {name}").format(name=row.responsible_name)
            )
        )
    if row.approved_by and row.status in ("approved", "published"):
        parts.append(
            html.escape(
                translate("PlanCalendar", "Approved by: {name}").format(name=row.approved_by)
            )
        )
    if row.virtual or row.series_id is not None:
        parts.append(html.escape(translate("PlanCalendar", "Part of a repeating series")))
    for flag in sorted(row.flags):
        colour = labels.FLAG_COLOURS[flag]
        text = html.escape(labels.flag_text(flag, wait_days))
        parts.append(f'<span style="color:{colour}">{text}</span>')
    return "<br>".join(parts)
