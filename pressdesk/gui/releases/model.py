"""The table of press releases: number, date, kind, title in the interface language, status,
embargo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.releases.labels import kind_name, status_name
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.dates import date_text, datetime_text
from pressdesk.gui.widgets.record_model import ListTableModel, bold_font
from pressdesk.services.releases.records import ReleaseRow

NUMBER, DATE, KIND, TITLE, STATUS, EMBARGO = range(6)


class ReleasesModel(ListTableModel):
    """The releases a filter picks, newest number first."""

    TITLES = (
        QT_TRANSLATE_NOOP("ReleasesModel", "No."),
        QT_TRANSLATE_NOOP("ReleasesModel", "Date"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Kind"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Title"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Status"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Embargo until"),
    )
    RIGHT_ALIGNED = frozenset({NUMBER})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = first_language()

    def row_texts(self, row: ReleaseRow) -> dict[int, str]:
        # A release written only in the other language still shows its title.
        title = row.title.get(self.lang) or row.title.get("ru" if self.lang == "ky" else "ky")
        status = status_name(row.status)
        if row.version > 1:
            status = f"{status} (v{row.version})"
        return {
            NUMBER: row.label,
            DATE: date_text(row.date),
            KIND: kind_name(row.kind),
            TITLE: title,
            STATUS: status,
            EMBARGO: datetime_text(row.embargo_at) if row.embargo_at else "",
        }

    def row_tip(self, row: ReleaseRow, column: int) -> str | None:
        if column == STATUS and row.return_comment:
            return row.return_comment
        if column == TITLE:
            return "\n".join(t for t in (row.title.ky, row.title.ru) if t)
        return None

    def row_style(self, row: ReleaseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == STATUS and row.status == "returned":
            return bold_font()
        return None
