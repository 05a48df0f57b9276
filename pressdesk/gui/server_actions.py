"""The File menu's way to a shared PostgreSQL server and back to this computer's database.

"Connect to a server…" tries the server, opens it in the window and keeps it for the next
starts (the password in the OS keyring); "Use this computer's database" goes back to the file in
the data folder. The dialog and the server's services load only when the user asks for them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.paths import sqlite_url
from pressdesk.settings import TEAM_MEMBERS
from pressdesk.storage.errors import StorageError

if TYPE_CHECKING:
    from pressdesk.gui.live_refresh import ChangeListener
    from pressdesk.gui.main_window import MainWindow
    from pressdesk.gui.server_restore import ServerRestore
    from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ServerActions:
    """The File menu's "Connect to a server…" and "Use this computer's database"."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        self.window = window
        self.connect_action = QAction(translate("ServerDialog", "Connect to a ser&ver…"), window)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.local_action = QAction(translate("ServerDialog", "Use this computer's &database"))
        self.local_action.setParent(window)
        self.local_action.triggered.connect(self.use_local)
        menu.addAction(self.connect_action)
        menu.addAction(self.local_action)
        #: Put into the Settings menu by the window.
        self.identity_action = QAction(
            translate("ServerDialog", "&Who works at this computer…"), window
        )
        self.identity_action.triggered.connect(self.choose_identity)
        #: Shows other people's changes on a shared server (made when one is first opened).
        self.listener: ChangeListener | None = None
        #: The restore of a server backup under way or last run.
        self.restoring: ServerRestore | None = None
        self.update()

    def update(self) -> None:
        """Offer the way back to the local database only while a server is in use, and let the
        database know who works on it here."""
        db = self.window.db
        self.local_action.setEnabled(db is not None and db.file is None)
        self.identity_action.setEnabled(db is not None)
        self._listen(db)
        if db is not None and self.window.runtime.settings.get(TEAM_MEMBERS):
            from pressdesk.services.team import apply_identity

            apply_identity(self.window.runtime.settings, db)

    def _listen(self, db: Database | None) -> None:
        if self.listener is None:
            if db is None or db.is_sqlite:
                return
            from pressdesk.gui.live_refresh import ChangeListener

            self.listener = ChangeListener(self.window)
            self.listener.changed.connect(self.others_changed)
            self.window.destroyed.connect(self.listener.stop)
        self.listener.watch(db)

    @Slot(frozenset)
    def others_changed(self, _tables: frozenset[str]) -> None:
        """Someone else changed the shared database: the page shown reads its records again."""
        if self.window.db is not None and self.window.isVisible():
            self.window.refresh_page(self.window.current_section.key)

    @Slot()
    def choose_identity(self) -> bool:
        """Ask which staff member works at this computer; return True if one was chosen."""
        from pressdesk.gui.server_dialog import IdentityDialog
        from pressdesk.services.team import remember_staff, remembered_staff

        db, store = self.window.db, self.window.runtime.settings
        if db is None:
            return False
        dialog = IdentityDialog(db, remembered_staff(store, db), self.window)
        chosen = dialogs.run_dialog(dialog)
        if chosen:
            remember_staff(store, db, dialog.staff_id())
        dialog.deleteLater()
        return chosen

    @Slot()
    def connect_to_server(self) -> None:
        """Ask for the server, try it, open it in the window and keep it for the next starts."""
        from pressdesk import secrets
        from pressdesk.gui.server_dialog import ServerDialog
        from pressdesk.services.server import load_connection, save_connection

        runtime = self.window.runtime
        dialog = ServerDialog(load_connection(runtime.settings), self.window)
        if not dialogs.run_dialog(dialog):
            dialog.deleteLater()
            return
        conn, password = dialog.connection(), dialog.typed_password()
        dialog.deleteLater()
        title = translate("ServerDialog", "Connect to a server")
        url = conn.url(password)
        try:
            db = runtime.open_db(url)
        except StorageError as exc:
            dialogs.warning(self.window, title, error_text(exc))
            return
        remembered = True
        try:
            save_connection(runtime.settings, conn, password if dialog.password.text() else None)
        except (secrets.SecretStoreUnavailable, secrets.SecretStoreError) as exc:
            log.warning("The server's password was not kept: %s", exc)
            remembered = False
        if self.window.demo_of is not None:
            self.window.leave_demo()
        runtime.db_url = url
        log.info("Switched to the server database %s", conn.shown)
        self.window.switch_to(db)
        self._ask_identity_once(db)
        if not remembered:
            dialogs.info(
                self.window,
                title,
                translate(
                    "ServerDialog",
                    "PressDesk works on the server now. This computer has no secure password "
                    "store, so the password is not kept: at the next start PressDesk opens "
                    "this computer's database, and the server is chosen here again.",
                ),
            )

    def _ask_identity_once(self, db: Database) -> None:
        """On a shared database with several staff members, ask once who works here."""
        from pressdesk.services.staff import list_staff
        from pressdesk.services.team import remembered_staff

        store = self.window.runtime.settings
        if remembered_staff(store, db) is None and len(list_staff(db, active_only=True)) > 1:
            self.choose_identity()

    @Slot()
    def use_local(self) -> None:
        """Go back to the database file in the data folder; the server is not used at start."""
        from pressdesk.services.server import forget_connection

        runtime = self.window.runtime
        url = sqlite_url(runtime.paths.database_file)
        try:
            db = runtime.open_db(url)
        except StorageError as exc:
            dialogs.warning(
                self.window,
                translate("ServerDialog", "Use this computer's database"),
                error_text(exc),
            )
            return
        forget_connection(runtime.settings)
        runtime.db_url = url
        self.window.switch_to(db)

    def restore(self) -> None:
        """Restore the shared database from a backup, the data as it is now dumped first."""
        from pressdesk.gui.server_restore import ServerRestore

        window = self.window
        self.restoring = ServerRestore(
            window,
            window.runtime,
            close=lambda: window._switch_database(None),
            reopen=window._reopen_if_closed,
        )
        self.restoring.start()
