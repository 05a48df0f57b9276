"""The accounts table and the interface's names of services and owner types."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from pressdesk.gui import tones
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import ROW_ROLE, ModelIndex
from pressdesk.gui.widgets.bilingual import first_language
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


def service(code: str) -> str:
    """Return the service's name in the interface language (brand names stay as they are)."""
    return QCoreApplication.translate(_CONTEXT, SERVICES.get(code, code))


def owner(code: str) -> str:
    """Return the owner type's name in the interface language."""
    return QCoreApplication.translate(_CONTEXT, OWNERS.get(code, code))


def field_labels() -> dict[str, str]:
    """Return every field's label, for naming fields in a refusal."""
    return {name: QCoreApplication.translate(_CONTEXT, text) for name, text in FIELDS.items()}


SERVICE, NAME, URL, LOGIN, OWNER, ACCESS, TWO_FACTOR, PASSWORD, CODES = range(9)


class AccountModel(QAbstractTableModel):
    """Accounts, one per row; personal accounts are tinted, as a risk at handover."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AccountRow] = []
        # Names and two-factor methods are shown in the interface language where they have it.
        self.lang = first_language()

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AccountRow:
        """Return the account shown at ``row``."""
        return self.rows[row]

    def row_of(self, account_id: int | None) -> int:
        """Return where the account is shown, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == account_id), -1)

    def replace_row(self, account: AccountRow) -> None:
        """Show the stored version of an account already listed."""
        row = self.row_of(account.id)
        if row >= 0:
            self.rows[row] = account
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                SERVICE: self.tr("Service"),
                NAME: self.tr("Name"),
                URL: self.tr("Address"),
                LOGIN: self.tr("Login"),
                OWNER: self.tr("Owner"),
                ACCESS: self.tr("Who has access"),
                TWO_FACTOR: self.tr("Two-step sign-in"),
                PASSWORD: self.tr("Password"),
                CODES: self.tr("Codes"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                PASSWORD: self.tr("Whether the password is kept in the protected store"),
                CODES: self.tr("Whether recovery codes are kept in the protected store"),
            }.get(section)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        account = self.rows[index.row()]
        column = index.column()
        personal = account.owner_type == "personal"
        if role == ROW_ROLE:
            return account
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
            font = QFont()
            font.setBold(True)
            return font
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

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
