"""The table of inquiries: where each stands against its deadline, both deadlines, from whom,
the question, status, who prepares it; an overdue row says so in words and in colour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt

from pressdesk import clock
from pressdesk.gui import tones
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inquiries.labels import kind_name, state_name, status_name
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.dates import date_text, datetime_text
from pressdesk.gui.widgets.record_model import ListTableModel, bold_font
from pressdesk.services.inquiries.deadlines import SOON_DAYS
from pressdesk.services.inquiries.queries import InquiryRow

STATE, JOURNALIST_DUE, LEGAL_DUE, SENDER, QUESTION, KIND, STATUS, UNIT, RECEIVED = range(9)


def due_state(row: InquiryRow, today: dt.date) -> str:
    """Return "overdue", "today", "soon" or "" for an inquiry on ``today``."""
    if row.status == "answered" or row.due_on is None:
        return ""
    if row.due_on < today:
        return "overdue"
    if row.due_on == today:
        return "today"
    return "soon" if (row.due_on - today).days <= SOON_DAYS else ""


class InquiriesModel(ListTableModel):
    """The inquiries a filter picks, the first deadline first."""

    TITLES = (
        QT_TRANSLATE_NOOP("InquiriesModel", "Deadline"),
        QT_TRANSLATE_NOOP("InquiriesModel", "Journalist's deadline"),
        QT_TRANSLATE_NOOP("InquiriesModel", "Legal term"),
        QT_TRANSLATE_NOOP("InquiriesModel", "From"),
        QT_TRANSLATE_NOOP("InquiriesModel", "Question"),
        QT_TRANSLATE_NOOP("InquiriesModel", "Kind"),
        QT_TRANSLATE_NOOP("InquiriesModel", "Status"),
        QT_TRANSLATE_NOOP("InquiriesModel", "Prepares"),
        QT_TRANSLATE_NOOP("InquiriesModel", "Received"),
    )
    TIPS: ClassVar[Mapping[int, str]] = {
        JOURNALIST_DUE: QT_TRANSLATE_NOOP(
            "InquiriesModel", "The date the journalist asked the answer by"
        ),
        LEGAL_DUE: QT_TRANSLATE_NOOP(
            "InquiriesModel", "The last day of the term the law sets for a written request"
        ),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = first_language()
        self.today = clock.today()

    def set_rows(self, rows: Any) -> None:
        self.today = clock.today()
        super().set_rows(rows)

    def row_texts(self, row: InquiryRow) -> dict[int, str]:
        sender = row.sender or row.sender_address
        if row.outlet_name:
            sender = f"{sender} ({row.outlet_name})" if sender else row.outlet_name
        state = due_state(row, self.today)
        unit = row.unit.get(self.lang) or row.unit.get("ru" if self.lang == "ky" else "ky")
        return {
            RECEIVED: datetime_text(row.received_at),
            SENDER: sender,
            QUESTION: " ".join(row.question.split())[:200],
            KIND: kind_name(row.kind),
            JOURNALIST_DUE: date_text(row.journalist_due),
            LEGAL_DUE: date_text(row.legal_due),
            STATE: state_name(state) if state else "",
            STATUS: status_name(row.status),
            UNIT: unit,
        }

    def row_tip(self, row: InquiryRow, column: int) -> str | None:
        if column == QUESTION:
            return row.question[:2000]
        if column == STATUS and row.return_comment:
            return row.return_comment
        return None

    def row_style(self, row: InquiryRow, column: int, role: int) -> Any:
        state = due_state(row, self.today)
        if role == Qt.ItemDataRole.ForegroundRole and state == "overdue":
            return tones.text("bad")
        if role == Qt.ItemDataRole.FontRole and column == STATE and state in ("overdue", "today"):
            return bold_font()
        return None
