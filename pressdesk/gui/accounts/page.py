"""The Accounts section: the register, with passwords shown and copied only on demand."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
from pressdesk.gui.i18n import current_language
from pressdesk.gui.inventory.common import (
    ShrinkingComboBox,
    action_bar,
    add_action,
    row_widget,
    set_column_widths,
    setup_table,
    spacer,
)
from pressdesk.gui.inventory.transfer import Transfers
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.empty_state import EmptyState, EmptySwitch, focus_field
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.gui.widgets.keys import list_keys, tab_reachable
from pressdesk.gui.widgets.preflight import confirm_texts
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
from pressdesk.services.overview import is_section_empty
from pressdesk.services.validation import NotFound
from pressdesk.settings import OFFICIAL_USE_MARK, PDF_FONT
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

#: How long a copied secret may stay on the clipboard, in milliseconds.
CLIPBOARD_CLEAR_MS = 30_000
# Asks Windows not to keep the copied text in the clipboard history or sync it to the cloud.
_NO_HISTORY = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class AccountsSectionPage(QWidget):
    """List and edit accounts; show, copy and clear secrets kept in the protected store."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db: Database = context.db
        self.setObjectName("page_accounts")
        self.model = AccountModel(self)
        self.transfers = Transfers(self)
        # Only a digest of the copied secret is kept, to recognise it on the clipboard later.
        self._copied: bytes | None = None
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(self.clear_clipboard)
        # On Windows the clipboard outlives the program: a secret must not stay behind.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_clipboard)

        self.banner = QLabel()
        self.banner.setObjectName("noKeyringBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(tones.banner_style("QLabel#noKeyringBanner"))

        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setPlaceholderText(self.tr("Search by service, name, login, person…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.owner = ShrinkingComboBox()
        self.owner.setObjectName("ownerFilter")
        self.owner.addItem(self.tr("Official and personal"), None)
        self.owner.addItem(self.tr("Official only"), "official")
        self.owner.addItem(self.tr("Personal only"), "personal")
        self.owner.currentIndexChanged.connect(self.reload)
        filters = FlowLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.owner)

        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        setup_table(self.table)
        header = self.table.horizontalHeader()
        widths = {
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
        set_column_widths(self.table, widths)
        header.setSectionResizeMode(cols.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit_index)
        list_keys(self.table, self.edit_selected, self.delete_selected)

        bar = action_bar("accountActions")
        self.add_action = add_action(bar, self.tr("Add…"), "addAccount", self.add)
        self.edit_action = add_action(bar, self.tr("Edit…"), "editAccount", self.edit_selected)
        self.delete_action = add_action(
            bar, self.tr("Delete"), "deleteAccount", self.delete_selected
        )
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
        bar.addWidget(spacer())
        self.export_action = add_action(
            bar,
            self.tr("Export…"),
            "exportAccounts",
            self.export,
            self.tr("The register without passwords or codes"),
        )

        tab_reachable(bar)
        self.status = QLabel()
        self.status.setObjectName("accountsStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(row_widget(filters))
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.empty = EmptySwitch(
            layout,
            EmptyState(
                "accounts",
                self.tr("No accounts registered yet"),
                self.tr(
                    "List the official website, social network pages, messengers, mail boxes "
                    "and domains, and who can sign in to each. Passwords and recovery codes "
                    "go to the system's password store, never into the database."
                ),
                [(self.tr("&Add an account…"), self.add)],
            ),
            keep=(self.banner,),
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def focus_search(self) -> bool:
        """Put the keyboard focus in the search field (Ctrl+F); False if none is shown."""
        return focus_field(self.search)

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""
        self.add()

    # --- list ---------------------------------------------------------------------------------

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

    @Slot()
    def reload(self) -> None:
        """Read the accounts again with the current search, keeping the selection."""
        selected = self.selected()
        flt = AccountFilter(search=self.search.text(), owner_type=self.owner.currentData())
        rows = list_accounts(self.db, flt, lang=self.model.lang)
        self.model.set_rows(rows)
        if selected is not None:
            self._select(selected.id)
        personal = sum(1 for r in rows if r.owner_type == "personal")
        text = self.tr("Accounts: {count}").format(count=len(rows))
        if personal:
            text += " · " + self.tr(
                "personal accounts: {count} — hand them over or replace them with official ones"
            ).format(count=personal)
        if not self._clear_timer.isActive():
            self.status.setText(text)
        self._summary = text
        self._update_buttons()
        # Rows shown: not empty, without asking the database again.
        self.empty.set_empty(self.model.rowCount() == 0 and is_section_empty(self.db, "accounts"))

    def selected(self) -> AccountRow | None:
        """Return the selected account, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select(self, account_id: int | None) -> None:
        row = self.model.row_of(account_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _update_buttons(self) -> None:
        account = self.selected()
        ready = self.store_ready
        self.edit_action.setEnabled(account is not None)
        self.delete_action.setEnabled(account is not None)
        has_password = account is not None and account.has_password and ready
        for action in (self.show_action, self.copy_action, self.clear_action):
            action.setEnabled(has_password)
        self.codes_action.setEnabled(account is not None and account.has_recovery_codes and ready)

    # --- editing ------------------------------------------------------------------------------

    def _run_editor(self, account: AccountRow) -> None:
        editor = AccountEditDialog(self.db, account, self)
        if dialogs.run_dialog(editor) and editor.saved is not None:
            saved = editor.saved
            self.reload()
            self._select(saved.id)
        editor.deleteLater()

    @Slot()
    def add(self) -> None:
        """Register a new account."""
        self._run_editor(AccountRow(service="website_cms", login=""))

    @Slot()
    def edit_selected(self) -> None:
        """Edit the selected account."""
        account = self.selected()
        if account is not None:
            self._run_editor(account)

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        self._run_editor(self.model.row_at(index.row()))

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected account and its stored secrets, after asking."""
        account = self.selected()
        if account is None or account.id is None:
            return
        if not dialogs.question(
            self,
            self.tr("Delete the account"),
            self.tr(
                "Delete «{name}» from the register? Its password and codes are removed from "
                "the protected store too. The account itself on the service is not affected."
            ).format(name=account.name.text(self.model.lang) or account.login),
            yes=self.tr("Delete"),
            no=self.tr("Cancel"),
        ):
            return
        try:
            delete_account(self.db, account.id)
        except NotFound:
            log.info("Account %s was already deleted", account.id)
        except (secrets.SecretStoreUnavailable, secrets.SecretStoreError) as exc:
            dialogs.error(self, self.tr("Not deleted"), secret_store_text(exc), str(exc))
        self.reload()

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
            dialogs.error(self, self.tr("Password store"), secret_store_text(exc), str(exc))
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
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

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
            dialogs.error(self, self.tr("Password store"), secret_store_text(exc), str(exc))
        except NotFound:
            log.info("Account %s was already deleted", account.id)
        self.reload()

    @Slot()
    def export(self) -> None:
        """Export the register as a table or a document; secrets are never part of it.

        The restricted-use mark is asked for with a tick box, unless the setting puts it on
        every such export anyway.
        """
        settings = self.context.runtime.settings
        always = bool(settings.get(OFFICIAL_USE_MARK))
        font = settings.get(PDF_FONT) or None

        def work(path: Path, lang: str, marked: bool) -> int:
            return export_accounts_register(
                self.db, path, lang=lang, official_use=always or marked, font_path=font
            )

        def check(suffix: str, lang: str, _marked: bool) -> bool:
            # A table carries both languages; a document prints one and needs its texts.
            if suffix not in DOCUMENT_FORMATS:
                return True
            return confirm_texts(self, self.db, accounts_refs(self.db), lang)

        lang = "ky" if current_language() == "ky" else "ru"
        option = "" if always else self.tr("Mark «For official use» (XLSX, DOCX and PDF)")
        self.transfers.export(
            self.tr("Export the accounts register"),
            "accounts",
            EXPORT_FORMATS,
            lang,
            work,
            filter_option=option,
            check=check,
        )
