"""The account editor and the dialog that shows a secret on demand."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk import secrets
from pressdesk.gui import dialogs
from pressdesk.gui.accounts import model as labels
from pressdesk.gui.details import technical_details
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import AssetEditor, bi_field, code_combo
from pressdesk.services.accounts.records import (
    AccountRow,
    get_account,
    save_account,
    secret_store_ready,
)
from pressdesk.storage.assets_models import ACCOUNT_SERVICES, OWNER_TYPES
from pressdesk.storage.engine import Database


class AccountEditDialog(AssetEditor):
    """Edit an account; a password or codes typed here go straight to the protected store."""

    read_attribute = "account"

    TITLES = (
        QT_TRANSLATE_NOOP("AccountEditDialog", "New account"),
        QT_TRANSLATE_NOOP("AccountEditDialog", "Account"),
    )
    LABELS = labels.field_labels

    saved: AccountRow | None

    def __init__(self, db: Database, account: AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(db, account.id is None, parent)
        self.account = account

        self.service = code_combo(ACCOUNT_SERVICES, labels.service, account.service)
        self.name = bi_field("accountName", account.name, 300)
        self.name.setPlaceholderText(self.tr("For example: the ministry's page"))
        self.url = QLineEdit(account.url)
        self.url.setPlaceholderText("https://")
        self.login = QLineEdit(account.login)
        self.owner_type = code_combo(OWNER_TYPES, labels.owner, account.owner_type)
        self.owner_name = QLineEdit(account.owner_name)
        self.owner_name.setPlaceholderText(self.tr("The employee who owns the account"))
        self.access = QLineEdit(account.access_holders)
        self.two_factor = bi_field("accountTwoFactor", account.two_factor_method, 200)
        self.two_factor.setPlaceholderText(self.tr("For example: code by SMS to the work phone"))
        self.recovery_location = bi_field(
            "accountRecoveryLocation", account.recovery_location, 1000
        )
        self.recovery_location.setPlaceholderText(self.tr("For example: the safe, envelope 1"))
        self.notes = QPlainTextEdit(account.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)

        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.codes = QLineEdit()
        self.codes.setObjectName("recoveryCodes")
        self.codes.setEchoMode(QLineEdit.EchoMode.Password)
        self.store_ready = secret_store_ready()
        if not self.store_ready:
            for edit in (self.password, self.codes):
                edit.setEnabled(False)
                edit.setPlaceholderText(self.tr("No protected password store"))
        else:
            self._secret_hints(account)

        for name, widget in (
            ("service", self.service),
            ("name", self.name),
            ("url", self.url),
            ("login", self.login),
            ("owner_type", self.owner_type),
            ("owner_name", self.owner_name),
            ("access_holders", self.access),
            ("two_factor_method", self.two_factor),
            ("recovery_location", self.recovery_location),
            ("notes", self.notes),
            ("password", self.password),
            ("recovery_codes", self.codes),
        ):
            self.add_field(name, widget)
        hint = QLabel(
            self.tr(
                "The password and the codes are kept only in the system's protected store "
                "({store}), never in the database, a backup or an export."
            ).format(store=secrets.backend_name())
            if self.store_ready
            else no_store_text()
        )
        hint.setWordWrap(True)
        hint.setObjectName("secretHint")
        self.owner_type.currentIndexChanged.connect(self._owner_changed)
        self._owner_changed()
        self.finish(hint, min_width=680)

    def _secret_hints(self, account: AccountRow) -> None:
        self.password.setPlaceholderText(
            self.tr("Stored; type a new one to replace it")
            if account.has_password
            else self.tr("Not stored")
        )
        self.codes.setPlaceholderText(
            self.tr("Stored; type new ones to replace them")
            if account.has_recovery_codes
            else self.tr("Codes separated by spaces")
        )

    def show_account(self, account: AccountRow) -> None:
        """Show ``account`` in the form, with no secret typed, and take it as the one read."""
        self.account = account
        self.service.setCurrentIndex(max(self.service.findData(account.service), 0))
        self.name.setValue(account.name)
        self.url.setText(account.url)
        self.login.setText(account.login)
        self.owner_type.setCurrentIndex(max(self.owner_type.findData(account.owner_type), 0))
        self.owner_name.setText(account.owner_name)
        self.access.setText(account.access_holders)
        self.two_factor.setValue(account.two_factor_method)
        self.recovery_location.setValue(account.recovery_location)
        self.notes.setPlainText(account.notes)
        self.password.clear()
        self.codes.clear()
        if self.store_ready:
            self._secret_hints(account)

    @Slot()
    def _owner_changed(self) -> None:
        self.owner_name.setEnabled(self.owner_type.currentData() == "personal")

    def value(self) -> AccountRow:
        """Return the account as the form holds it, without the secrets."""
        personal = self.owner_type.currentData() == "personal"
        return replace(
            self.account,
            service=str(self.service.currentData()),
            name=self.name.value(),
            url=self.url.text(),
            login=self.login.text(),
            owner_type=str(self.owner_type.currentData()),
            owner_name=self.owner_name.text() if personal else "",
            access_holders=self.access.text(),
            two_factor_method=self.two_factor.value(),
            recovery_location=self.recovery_location.value(),
            notes=self.notes.toPlainText(),
        )

    def snapshot(self) -> object:
        """Count a typed password or codes as a change too."""
        return super().snapshot(), bool(self.password.text()), bool(self.codes.text())

    def store(self) -> AccountRow:
        """Save the account and any secret typed."""
        password = self.password.text() or None
        codes = self.codes.text() or None
        try:
            self.account = save_account(
                self.db, self.value(), password=password, recovery_codes=codes
            )
            return self.account
        finally:
            del password, codes

    def gone_text(self) -> str:
        """Say the account is gone."""
        return self.tr("The account has been deleted.")

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def stored_now(self) -> AccountRow | None:
        """Return the account as stored now (None for a new one)."""
        return get_account(self.db, self.account.id) if self.account.id is not None else None

    def show_stored(self, stored: AccountRow) -> None:
        """Show the stored account."""
        self.show_account(stored)

    def accept(self) -> None:
        """Save the account and any secret typed; never keep a secret when the store is missing."""
        if (self.password.text() or self.codes.text()) and not secret_store_ready():
            dialogs.error(self, self.tr("Not saved"), no_store_text())
            return
        try:
            super().accept()
        except (secrets.SecretStoreUnavailable, secrets.SecretStoreError) as exc:
            dialogs.error(
                self, self.tr("Not saved"), secret_store_text(exc), technical_details(exc)
            )
            return
        if self.saved is not None:
            self.password.clear()
            self.codes.clear()


def secret_store_text(exc: Exception) -> str:
    """Explain a failure of the password store: missing altogether, or refusing this request."""
    if isinstance(exc, secrets.SecretStoreUnavailable):
        return no_store_text()
    return QCoreApplication.translate(
        "AccountEditDialog",
        "The system password store ({store}) did not carry out the request, so nothing was "
        "changed. Try again; if it keeps failing, the details below help the administrator.",
    ).format(store=secrets.backend_name())


def no_store_text() -> str:
    """Explain that secrets cannot be kept on this computer and what to do."""
    return QCoreApplication.translate(
        "AccountEditDialog",
        "No protected password store is available on this computer ({store}). PressDesk does "
        "not keep passwords in plain files. On Windows the system's Credential Manager is "
        "used; on Linux install and unlock GNOME Keyring or KWallet, then start PressDesk again.",
    ).format(store=secrets.backend_name())


class SecretDialog(QDialog):
    """Show a password or recovery codes until the dialog is closed; copying is offered."""

    copy_requested = Signal()

    def __init__(self, title: str, secret: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SecretDialog")
        self.secret = secret
        self.setWindowTitle(title)
        multiline = "\n" in secret or len(secret.split()) > 1
        self.field: QLineEdit | QPlainTextEdit
        if multiline:
            self.field = QPlainTextEdit("\n".join(secret.split()))
            self.field.setReadOnly(True)
        else:
            self.field = QLineEdit(secret)
            self.field.setReadOnly(True)
        self.field.setObjectName("secretText")
        warning = QLabel(self.tr("Make sure nobody else can see the screen."))
        warning.setWordWrap(True)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("copySecret")
        copy.clicked.connect(self.copy_requested)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.field)
        layout.addLayout(row)
        self.setMinimumWidth(440)

    def done(self, result: int) -> None:
        """Wipe the secret from the field when the dialog closes."""
        self.field.clear()
        self.secret = ""
        super().done(result)
