"""The tables of the crisis kit: scenarios, holding statements, the working group, the notice
list, and the inquiries and publications of the crisis view."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt

from pressdesk.bilingual import Bi
from pressdesk.gui import tones
from pressdesk.gui.coverage.labels import tone_name
from pressdesk.gui.crisis.labels import inquiry_status_name, role_name
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.releases.labels import status_name
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.dates import date_text, datetime_text
from pressdesk.gui.widgets.record_model import ListTableModel, bold_font
from pressdesk.services.coverage.records import RecordRow
from pressdesk.services.crisis.records import ContactRow, MemberRow, ScenarioRow, StatementRow
from pressdesk.services.inquiries.queries import InquiryRow


class _BiModel(ListTableModel):
    """A list whose texts are shown in the interface language, or else in the other one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = first_language()

    def bi(self, value: Bi) -> str:
        """Return ``value`` in the interface language, or in the other one if it lacks it."""
        return value.get(self.lang) or value.get("ru" if self.lang == "ky" else "ky")


class ScenariosModel(_BiModel):
    """The scenarios in their order, with who decides, who speaks and the statements ready."""

    NAME, DECIDES, SPEAKS, READY = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("ScenariosModel", "Scenario"),
        QT_TRANSLATE_NOOP("ScenariosModel", "Decides"),
        QT_TRANSLATE_NOOP("ScenariosModel", "Speaks"),
        QT_TRANSLATE_NOOP("ScenariosModel", "Ready"),
    )
    TIPS: ClassVar[dict[int, str]] = {
        READY: QT_TRANSLATE_NOOP("ScenariosModel", "Approved statements of all written")
    }
    RIGHT_ALIGNED = frozenset({READY})

    def row_texts(self, row: ScenarioRow) -> dict[int, str]:
        approved = sum(1 for s in row.statements if s.status == "approved")
        return {
            self.NAME: self.bi(row.name),
            self.DECIDES: row.decides_name,
            self.SPEAKS: row.speaker_name,
            self.READY: f"{approved} / {len(row.statements)}",
        }

    def row_tip(self, row: ScenarioRow, column: int) -> str | None:
        if column == self.NAME:
            return "\n".join(t for t in (row.name.ky, row.name.ru) if t)
        return None


class StatementsModel(_BiModel):
    """The holding statements of one scenario with their status and who approved them."""

    TITLE, STATUS, APPROVED = range(3)
    TITLES = (
        QT_TRANSLATE_NOOP("StatementsModel", "Statement"),
        QT_TRANSLATE_NOOP("StatementsModel", "Status"),
        QT_TRANSLATE_NOOP("StatementsModel", "Approved"),
    )

    def row_texts(self, row: StatementRow) -> dict[int, str]:
        title = self.bi(row.title) or self.bi(row.text).split("\n", 1)[0][:80]
        approved = ""
        if row.approved_at is not None:
            approved = f"{row.approved_by}, {datetime_text(row.approved_at)}"
        return {
            self.TITLE: title,
            self.STATUS: status_name(row.status),
            self.APPROVED: approved,
        }

    def row_style(self, row: StatementRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and row.status == "returned":
            return bold_font()
        return None


class CrisisGroupModel(_BiModel):
    """The working group: role, name, position, phone and duty."""

    ROLE, NAME, POSITION, PHONE, DUTY = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("CrisisGroupModel", "Role"),
        QT_TRANSLATE_NOOP("CrisisGroupModel", "Full name"),
        QT_TRANSLATE_NOOP("CrisisGroupModel", "Position"),
        QT_TRANSLATE_NOOP("CrisisGroupModel", "Phone"),
        QT_TRANSLATE_NOOP("CrisisGroupModel", "Duty in the group"),
    )

    def row_texts(self, row: MemberRow) -> dict[int, str]:
        return {
            self.ROLE: role_name(row.role),
            self.NAME: row.full_name,
            self.POSITION: self.bi(row.position),
            self.PHONE: row.phone,
            self.DUTY: self.bi(row.duty),
        }

    def row_of(self, record_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.staff_id == record_id), -1)


class CrisisContactsModel(_BiModel):
    """The people to tell at once: name, who they are, phone and e-mail."""

    NAME, ROLE, PHONE, EMAIL = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("CrisisContactsModel", "Full name"),
        QT_TRANSLATE_NOOP("CrisisContactsModel", "Who"),
        QT_TRANSLATE_NOOP("CrisisContactsModel", "Phone"),
        QT_TRANSLATE_NOOP("CrisisContactsModel", "E-mail"),
    )

    def row_texts(self, row: ContactRow) -> dict[int, str]:
        return {
            self.NAME: row.full_name,
            self.ROLE: self.bi(row.role),
            self.PHONE: row.phone,
            self.EMAIL: row.email,
        }


class CrisisInquiriesModel(ListTableModel):
    """The media inquiries received in the crisis's period."""

    RECEIVED, SENDER, QUESTION, DUE, STATUS = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("CrisisInquiriesModel", "Received"),
        QT_TRANSLATE_NOOP("CrisisInquiriesModel", "Journalist and outlet"),
        QT_TRANSLATE_NOOP("CrisisInquiriesModel", "Question"),
        QT_TRANSLATE_NOOP("CrisisInquiriesModel", "Due"),
        QT_TRANSLATE_NOOP("CrisisInquiriesModel", "Status"),
    )

    def row_texts(self, row: InquiryRow) -> dict[int, str]:
        who = ", ".join(t for t in (row.sender, row.outlet_name) if t)
        return {
            self.RECEIVED: datetime_text(row.received_at),
            self.SENDER: who,
            self.QUESTION: " ".join(row.question.split())[:200],
            self.DUE: date_text(row.due_on) if row.due_on else "",
            self.STATUS: inquiry_status_name(row.status),
        }

    def row_tip(self, row: InquiryRow, column: int) -> str | None:
        return row.question if column == self.QUESTION else None


class CrisisPublicationsModel(ListTableModel):
    """The publications of the crisis's period with their tone; negative ones in red."""

    DATE, OUTLET, TITLE, TONE = range(4)
    TITLES = (
        QT_TRANSLATE_NOOP("CrisisPublicationsModel", "Date"),
        QT_TRANSLATE_NOOP("CrisisPublicationsModel", "Outlet"),
        QT_TRANSLATE_NOOP("CrisisPublicationsModel", "Title"),
        QT_TRANSLATE_NOOP("CrisisPublicationsModel", "Tone"),
    )

    def row_texts(self, row: RecordRow) -> dict[int, str]:
        return {
            self.DATE: date_text(row.published_at.date()),
            self.OUTLET: row.outlet,
            self.TITLE: row.title,
            self.TONE: tone_name(row.tone or ""),
        }

    def row_style(self, row: RecordRow, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.TONE
            and row.tone == "negative"
        ):
            return tones.text("bad")
        return None
