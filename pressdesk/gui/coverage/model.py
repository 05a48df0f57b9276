"""The monitoring list, fed page by page from the services, newest publication first."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from pressdesk.chart_palette import text_on, tone_colour
from pressdesk.gui.coverage.labels import kind_name, platform_name, tone_name
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.widgets.dates import datetime_text
from pressdesk.gui.widgets.record_model import QueryTableModel
from pressdesk.services.coverage.records import (
    CoverageFilter,
    CoveragePage,
    RecordRow,
    list_records,
)
from pressdesk.storage.engine import Database

DATE, OUTLET, TITLE, KIND, PLATFORM, TONE, MENTIONS = range(7)


def count_records(db: Database, flt: CoverageFilter) -> int:
    """Return how many records ``flt`` picks."""
    return list_records(db, flt, limit=1).total


def fetch_records(
    db: Database, flt: CoverageFilter, *, offset: int, limit: int, **_order: Any
) -> CoveragePage:
    """Return a page of the records ``flt`` picks; the services list them newest first."""
    return list_records(db, flt, offset=offset, limit=limit)


class CoverageModel(QueryTableModel):
    """Monitoring records matching a filter, the newest publication first."""

    TITLES = (
        QT_TRANSLATE_NOOP("CoverageModel", "Date"),
        QT_TRANSLATE_NOOP("CoverageModel", "Outlet"),
        QT_TRANSLATE_NOOP("CoverageModel", "Title"),
        QT_TRANSLATE_NOOP("CoverageModel", "Kind"),
        QT_TRANSLATE_NOOP("CoverageModel", "Platform"),
        QT_TRANSLATE_NOOP("CoverageModel", "Tone"),
        QT_TRANSLATE_NOOP("CoverageModel", "Mentions"),
    )
    TIPS: ClassVar[Mapping[int, str]] = {
        TONE: QT_TRANSLATE_NOOP("CoverageModel", "Keys 1, 2 and 3 set the tone")
    }
    filter: CoverageFilter

    COUNT = count_records
    FETCH = fetch_records

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, CoverageFilter(), parent)

    RIGHT_ALIGNED = frozenset({MENTIONS})

    def row_tip(self, row: RecordRow, column: int) -> str | None:
        return f"{row.title}\n\n{row.summary}" if column == TITLE and row.summary else None

    def row_style(self, row: RecordRow, column: int, role: int) -> Any:
        # The tone cell is filled with the tone's chart colour; its text black or white,
        # whichever reads better on that fill.
        if column != TONE or not row.tone:
            return None
        fill = tone_colour(row.tone)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(fill))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(text_on(fill)))
        return None

    def row_texts(self, row: RecordRow) -> dict[int, str]:
        return {
            DATE: datetime_text(row.published_at),
            OUTLET: row.outlet,
            TITLE: row.title,
            KIND: kind_name(row.kind),
            PLATFORM: platform_name(row.platform),
            TONE: tone_name(row.tone),
            MENTIONS: str(row.mentions),
        }
