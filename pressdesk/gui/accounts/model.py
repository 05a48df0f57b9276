"""The accounts table and the interface's names of services and owner types."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from pressdesk.gui import tones
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import labels_of, namer
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.record_model import ListTableModel, bold_font
from pressdesk.services.accounts.records import AccountRow

_CONTEXT = "AccountLabels"

SERVICES: dict[str, str] = {
    "website_cms": QT_TRANSLATE_NOOP("AccountLabels", "Website (content management)"),
    "facebook": "Facebook",
    "instagram": "Instagram",
    "telegram": "Telegram",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "x": "X (Twitter)",
    "email": QT_TRANSLATE_NOOP("AccountLabels", "E-mail"),
    "domain_hosting": QT_TRANSLATE_NOOP("AccountLabels", "Domain, hosting"),
    "other": QT_TRANSLATE_NOOP("AccountLabels", "Other"),
}
OWNERS: dict[str, str] = {
    "official": QT_TRANSLATE_NOOP("AccountLabels", "Official"),
    "personal": QT_TRANSLATE_NOOP("AccountLabels", "Personal"),
}
FIELDS: dict[str, str] = {
    "service": QT_TRANSLATE_NOOP("AccountLabels", "Service"),
    "name": QT_TRANSLATE_NOOP("AccountLabels", "Name"),
    "url": QT_TRANSLATE_NOOP("AccountLabels", "Address"),
    "login": QT_TRANSLATE_NOOP("AccountLabels", "Login"),
    "owner_type": QT_TRANSLATE_NOOP("AccountLabels", "Owner"),
    "owner_name": QT_TRANSLATE_NOOP("AccountLabels", "Whose account"),
    "access_holders": QT_TRANSLATE_NOOP("AccountLabels", "Who has access"),
    "two_factor_method": QT_TRANSLATE_NOOP("AccountLabels", "Two-step sign-in"),
    "recovery_location": QT_TRANSLATE_NOOP("AccountLabels", "Where recovery codes are kept"),
    "notes": QT_TRANSLATE_NOOP("AccountLabels", "Notes"),
    "password": QT_TRANSLATE_NOOP("AccountLabels", "Password"),
    "recovery_codes": QT_TRANSLATE_NOOP("AccountLabels", "Recovery codes"),
}


#: The service's name in the interface language (brand names stay as they are).
service = namer(_CONTEXT, SERVICES)
#: The owner type's name in the interface language.
owner = namer(_CONTEXT, OWNERS)
#: Every field's label, for naming fields in a refusal.
field_labels = labels_of(_CONTEXT, FIELDS)


SERVICE, NAME, URL, LOGIN, OWNER, ACCESS, TWO_FACTOR, PASSWORD, CODES = range(9)


class AccountModel(ListTableModel):
    """Accounts, one per row; personal accounts are tinted, as a risk at handover."""

    TITLES = (
        QT_TRANSLATE_NOOP("AccountModel", "Service"),
        QT_TRANSLATE_NOOP("AccountModel", "Name"),
        QT_TRANSLATE_NOOP("AccountModel", "Address"),
        QT_TRANSLATE_NOOP("AccountModel", "Login"),
        QT_TRANSLATE_NOOP("AccountModel", "Owner"),
        QT_TRANSLATE_NOOP("AccountModel", "Who has access"),
        QT_TRANSLATE_NOOP("AccountModel", "Two-step sign-in"),
        QT_TRANSLATE_NOOP("AccountModel", "Password"),
        QT_TRANSLATE_NOOP("AccountModel", "Codes"),
    )
    TIPS: ClassVar[dict[int, str]] = {
        PASSWORD: QT_TRANSLATE_NOOP(
            "AccountModel", "Whether the password is kept in the protected store"
        ),
        CODES: QT_TRANSLATE_NOOP(
            "AccountModel", "Whether recovery codes are kept in the protected store"
        ),
    }
    rows: list[AccountRow]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Names and two-factor methods are shown in the interface language where they have it.
        self.lang = first_language()

    def row_data(self, account: AccountRow, column: int, role: int) -> Any:
        personal = account.owner_type == "personal"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(account, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if personal:
                return self.tr(
                    "A personal account of {name}: it leaves with the person unless it is "
                    "handed over or replaced by an official one."
                ).format(name=account.owner_name)
            return self._text(account, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PASSWORD, CODES):
            return int(Qt.AlignmentFlag.AlignCenter)
        if personal and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(tones.background("personal"))
        if personal and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(tones.text("personal") if column == OWNER else tones.plain_text())
        if personal and role == Qt.ItemDataRole.FontRole and column == OWNER:
            return bold_font()
        return None

    def _text(self, account: AccountRow, column: int) -> str:
        if column == SERVICE:
            return service(account.service)
        if column == NAME:
            return account.name.text(self.lang)
        if column == URL:
            return account.url
        if column == LOGIN:
            return account.login
        if column == OWNER:
            if account.owner_type == "personal":
                return f"⚠ {owner('personal')}: {account.owner_name}"
            return owner(account.owner_type)
        if column == ACCESS:
            return account.access_holders
        if column == TWO_FACTOR:
            return account.two_factor_method.text(self.lang)
        if column == PASSWORD:
            return "✓" if account.has_password else "—"
        if column == CODES:
            return "✓" if account.has_recovery_codes else "—"
        return ""
