"""The Accounts section: the register, with passwords shown and copied only on demand."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from pressdesk import secrets
from pressdesk.gui import dialogs, tones
from pressdesk.gui.accounts import model as cols
from pressdesk.gui.accounts.editor import (
    AccountEditDialog,
    SecretDialog,
    no_store_text,
    secret_store_text,
)
from pressdesk.gui.accounts.model import AccountModel
from pressdesk.gui.details import technical_details
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP, current_language
from pressdesk.gui.inventory.common import ShrinkingComboBox
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.gui.widgets.record_page import RecordPage, add_action
from pressdesk.gui.widgets.transfers import run_modal
from pressdesk.services.accounts.records import (
    AccountFilter,
    AccountRow,
    clear_password,
    delete_account,
    list_accounts,
    read_password,
    read_recovery_codes,
    secret_store_ready,
)
from pressdesk.services.accounts.register import (
    DOCUMENT_FORMATS,
    EXPORT_FORMATS,
    export_accounts_register,
)
from pressdesk.services.assets.files import accounts_refs
from pressdesk.services.validation import NotFound
from pressdesk.settings import OFFICIAL_USE_MARK

log = logging.getLogger(__name__)

#: How long a copied secret may stay on the clipboard, in milliseconds.
CLIPBOARD_CLEAR_MS = 30_000
# Asks Windows not to keep the copied text in the clipboard history or sync it to the cloud.
_NO_HISTORY = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class AccountsSectionPage(RecordPage):
    """List and edit accounts; show, copy and clear secrets kept in the protected store."""

    SECTION = "accounts"
    NAME = "account"
    RECORD = "Account"
    STRETCH = cols.NAME
    EXPORT_FORMATS = EXPORT_FORMATS
    DOCUMENT_FORMATS = DOCUMENT_FORMATS
    EDITOR = AccountEditDialog
    SEARCH_HINT = QT_TRANSLATE_NOOP(
        "AccountsSectionPage", "Search by service, name, login, person…"
    )
    EMPTY = (
        "accounts",
        QT_TRANSLATE_NOOP("AccountsSectionPage", "No accounts registered yet"),
        QT_TRANSLATE_NOOP(
            "AccountsSectionPage",
            "List the official website, social network pages, messengers, mail boxes "
            "and domains, and who can sign in to each. Passwords and recovery codes "
            "go to the system's password store, never into the database.",
        ),
    )
    EMPTY_ACTIONS = ((QT_TRANSLATE_NOOP("AccountsSectionPage", "&Add an account…"), "add"),)
    DELETE_TITLE = QT_TRANSLATE_NOOP("AccountsSectionPage", "Delete the account")
    EXPORT_TITLE = QT_TRANSLATE_NOOP("AccountsSectionPage", "Export the accounts register")
    EXPORT_TIP = QT_TRANSLATE_NOOP("AccountsSectionPage", "The register without passwords or codes")
    model: AccountModel

    # Only a digest of the copied secret is kept, to recognise it on the clipboard later.
    _copied: bytes | None = None
    _summary = ""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(self.clear_clipboard)
        # On Windows the clipboard outlives the program: a secret must not stay behind.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_clipboard)

    # --- the list -----------------------------------------------------------------------------

    def make_model(self) -> AccountModel:
        return AccountModel(self)

    def add_filters(self, row: FlowLayout) -> None:
        self.owner = ShrinkingComboBox()
        self.owner.setObjectName("ownerFilter")
        self.owner.addItem(self.tr("Official and personal"), None)
        self.owner.addItem(self.tr("Official only"), "official")
        self.owner.addItem(self.tr("Personal only"), "personal")
        self.owner.currentIndexChanged.connect(self.reload)
        row.addWidget(self.owner)

    def current_filter(self) -> AccountFilter:
        return AccountFilter(search=self.search.text(), owner_type=self.owner.currentData())

    def load_rows(self) -> None:
        self.model.set_rows(list_accounts(self.db, self.current_filter(), lang=self.model.lang))

    def column_widths(self) -> dict[int, int]:
        return {
            cols.SERVICE: 16,
            cols.NAME: 18,
            cols.URL: 18,
            cols.LOGIN: 14,
            cols.OWNER: 20,
            cols.ACCESS: 16,
            cols.TWO_FACTOR: 14,
            cols.PASSWORD: 5,
            cols.CODES: 5,
        }

    def banners(self) -> list[QWidget]:
        self.banner = QLabel()
        self.banner.setObjectName("noKeyringBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(tones.banner_style("QLabel#noKeyringBanner"))
        return [self.banner]

    def add_record_actions(self, bar: QToolBar) -> None:
        bar.addSeparator()
        self.show_action = add_action(
            bar, self.tr("Show password…"), "showPassword", self.show_password
        )
        self.copy_action = add_action(
            bar,
            self.tr("Copy password"),
            "copyPassword",
            self.copy_password,
            self.tr("The password is removed from the clipboard after {seconds} seconds").format(
                seconds=CLIPBOARD_CLEAR_MS // 1000
            ),
        )
        self.codes_action = add_action(
            bar, self.tr("Recovery codes…"), "showCodes", self.show_recovery_codes
        )
        self.clear_action = add_action(
            bar, self.tr("Remove password"), "clearPassword", self.clear_password
        )

    def update_actions(self, row: AccountRow | None) -> None:
        ready = self.store_ready
        has_password = row is not None and row.has_password and ready
        for action in (self.show_action, self.copy_action, self.clear_action):
            action.setEnabled(has_password)
        self.codes_action.setEnabled(row is not None and row.has_recovery_codes and ready)

    def status_text(self) -> str:
        rows = self.model.rows
        personal = sum(1 for r in rows if r.owner_type == "personal")
        text = self.tr("Accounts: {count}").format(count=len(rows))
        if personal:
            text += " · " + self.tr(
                "personal accounts: {count} — hand them over or replace them with official ones"
            ).format(count=personal)
        self._summary = text
        # The countdown of a copied secret stays until it ends.
        return text if self._copied is None else self.status.text()

    @property
    def store_ready(self) -> bool:
        """Return True if secrets can be kept on this computer."""
        return secret_store_ready()

    def refresh(self) -> None:
        """Check the password store again and reload the list."""
        ready = self.store_ready
        # The text is set only when needed: it names the backend, which is not translatable.
        self.banner.setText("" if ready else no_store_text())
        self.banner.setVisible(not ready)
        self.reload()

    # --- editing ------------------------------------------------------------------------------

    def blank_record(self) -> AccountRow:
        return AccountRow(service="website_cms", login="")

    def delete_question(self, row: AccountRow) -> str:
        return self.tr(
            "Delete «{name}» from the register? Its password and codes are removed from "
            "the protected store too. The account itself on the service is not affected."
        ).format(name=row.name.text(self.model.lang) or row.login)

    def delete_record(self, record_id: int) -> None:
        try:
            delete_account(self.db, record_id)
        except (secrets.SecretStoreUnavailable, secrets.SecretStoreError) as exc:
            dialogs.error(
                self, self.tr("Not deleted"), secret_store_text(exc), technical_details(exc)
            )

    # --- secrets ------------------------------------------------------------------------------

    def _read(self, codes: bool = False) -> str | None:
        account = self.selected()
        if account is None or account.id is None:
            return None
        try:
            if codes:
                secret = read_recovery_codes(self.db, account.id)
            else:
                secret = read_password(self.db, account.id)
        except (secrets.SecretStoreUnavailable, secrets.SecretStoreError) as exc:
            dialogs.error(
                self, self.tr("Password store"), secret_store_text(exc), technical_details(exc)
            )
            return None
        except NotFound:
            self.reload()
            return None
        if secret is None:
            dialogs.warning(
                self,
                self.tr("Password store"),
                self.tr(
                    "The protected store on this computer holds nothing for this account. "
                    "It may have been saved on another computer; enter it again."
                ),
            )
        return secret

    def _show(self, title: str, codes: bool) -> None:
        secret = self._read(codes)
        if secret is None:
            return
        dialog = SecretDialog(title, secret, self)
        dialog.copy_requested.connect(lambda: self.copy_text(dialog.secret))
        run_modal(dialog)

    @Slot()
    def show_password(self) -> None:
        """Show the selected account's password in a dialog."""
        self._show(self.tr("Password"), codes=False)

    @Slot()
    def show_recovery_codes(self) -> None:
        """Show the selected account's recovery codes in a dialog."""
        self._show(self.tr("Recovery codes"), codes=True)

    @Slot()
    def copy_password(self) -> None:
        """Copy the selected account's password; it leaves the clipboard after a while."""
        secret = self._read()
        if secret is not None:
            self.copy_text(secret)
            del secret

    def copy_text(self, secret: str) -> None:
        """Put ``secret`` on the clipboard and plan its removal."""
        mime = QMimeData()
        mime.setText(secret)
        mime.setData(_NO_HISTORY, b"\x00\x00\x00\x00")
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied = _digest(secret)
        self._clear_timer.start(CLIPBOARD_CLEAR_MS)
        self.status.setText(
            self.tr("Copied. It will be removed from the clipboard in {seconds} seconds.").format(
                seconds=max(CLIPBOARD_CLEAR_MS // 1000, 1)
            )
        )

    @Slot()
    def clear_clipboard(self) -> None:
        """Remove the copied secret, unless something else was copied since."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and _digest(clipboard.text()) == self._copied:
            clipboard.clear()
            self.status.setText(self.tr("The copied secret was removed from the clipboard."))
        else:
            self.status.setText(self._summary)
        self._copied = None
        self._clear_timer.stop()

    @Slot()
    def clear_password(self) -> None:
        """Remove the selected account's password from the protected store, after asking."""
        account = self.selected()
        if account is None or account.id is None:
            return
        if not dialogs.question(
            self,
            self.tr("Remove the password"),
            self.tr(
                "Remove the stored password of «{name}»? Make sure it is written down where "
                "your organisation keeps passwords, or that it has been changed."
            ).format(name=account.name.text(self.model.lang) or account.login),
            yes=self.tr("Remove"),
            no=self.tr("Cancel"),
        ):
            return
        try:
            clear_password(self.db, account.id)
        except (secrets.SecretStoreUnavailable, secrets.SecretStoreError) as exc:
            dialogs.error(
                self, self.tr("Password store"), secret_store_text(exc), technical_details(exc)
            )
        except NotFound:
            log.info("Account %s was already deleted", account.id)
        self.reload()

    # --- export -------------------------------------------------------------------------------

    def export_option(self) -> str:
        # The restricted-use mark is asked for with a tick box, unless the setting puts it on
        # every such export anyway.
        if self.context.runtime.settings.get(OFFICIAL_USE_MARK):
            return ""
        return self.tr("Mark «For official use» (XLSX, DOCX and PDF)")

    def export_lang(self) -> str:
        return "ky" if current_language() == "ky" else "ru"

    def write_export(self, path: Path, lang: str, option: bool) -> int:
        """Write the register; secrets are never part of it."""
        always = bool(self.context.runtime.settings.get(OFFICIAL_USE_MARK))
        return export_accounts_register(
            self.db, path, lang=lang, official_use=always or option, font_path=self.pdf_font or None
        )

    def export_refs(self, option: bool) -> Iterable[Any]:
        return accounts_refs(self.db)
