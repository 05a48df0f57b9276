"""The main window's database: opening, switching, backing up and restoring it, the first
run's welcome page and the demo."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu, QStackedWidget, QWidget

from pressdesk.gui import database_ops, dialogs
from pressdesk.gui.sections import SECTIONS, Section, section_by_key
from pressdesk.settings import LAST_SECTION
from pressdesk.storage.engine import Database

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from pressdesk.gui.coverage.startup import StartupWatch
    from pressdesk.gui.server_actions import ServerActions
    from pressdesk.gui.status_labels import BackupLabel, DatabaseLabel, OverdueLabel
    from pressdesk.gui.widgets.undo import UndoStack
    from pressdesk.runtime import Runtime

    _Window = QMainWindow
else:
    _Window = object

log = logging.getLogger(__name__)


class WindowDatabase(_Window):
    """The database side of :class:`~pressdesk.gui.main_window.MainWindow`, mixed into it;
    its texts are the window's."""

    if TYPE_CHECKING:
        runtime: Runtime
        db: Database | None
        demo_of: str | None
        welcome: QWidget | None
        startup_watch: StartupWatch
        _pending_row: int | None
        sidebar: QListWidget
        stack: QStackedWidget
        recent_menu: QMenu
        db_label: DatabaseLabel
        backup_label: BackupLabel
        overdue_label: OverdueLabel
        undo_stack: UndoStack
        server_actions: ServerActions
        action_backup: QAction
        action_restore: QAction
        action_leave_demo: QAction
        action_demo: QAction

        @property
        def current_section(self) -> Section: ...
        def show_section(self, key: str) -> None: ...
        def refresh_page(self, key: str) -> None: ...
        def _set_title(self, title: str) -> None: ...
        def _drop_pages(self) -> None: ...
        def _refresh_pages(self) -> None: ...

    # --- database -----------------------------------------------------------------------------

    def _show_database(self) -> None:
        self.db_label.show_database(self.runtime, self.db, demo=self.demo_of is not None)
        self.overdue_label.show_count(self.db)
        backs_up = self.db is not None and (self.db.file is not None or not self.db.is_sqlite)
        self.action_backup.setEnabled(backs_up)
        self.action_restore.setEnabled(backs_up and self.demo_of is None)
        self.action_leave_demo.setEnabled(self.demo_of is not None)
        self.action_demo.setEnabled(self.demo_of is None)
        self.server_actions.update()

    def _switch_database(self, db: Database | None) -> None:
        if self.db is not None and self.db is not db:
            self.backup_label.wait()  # the copy under way reads the file about to close
            self.db.close()
        self.db = db
        self.undo_stack.clear()  # the history belongs to the database it was made on
        self._show_database()
        # The welcome page belongs to the database it was opened on.
        self._close_welcome()
        if self.sidebar.currentRow() < 0:
            last = section_by_key(self.runtime.settings.get(LAST_SECTION)) or SECTIONS[0]
            self.show_section(last.key)
        self._drop_pages()

    @Slot()
    def open_database(self) -> None:
        """Let the user choose another database file and open it through the usual checks."""
        current = self.db.file if self.db is not None else None
        start = current.parent if current is not None else self.runtime.paths.data_dir
        path = database_ops.choose_database(self, start)
        if path is not None:
            self.open_database_file(path)

    @Slot()
    def run_scheduled_backup(self) -> None:
        """Start the automatic backup if one is due; the status bar shows how it went."""
        self.backup_label.run_scheduled(self.runtime, self.db, self)

    @Slot()
    def run_startup_watch(self) -> None:
        """Check the watched feeds in the background if asked; refresh Coverage when done."""
        from pressdesk.gui.coverage.startup import StartupWatch

        if self.db is not None:
            self.startup_watch = StartupWatch(self.db, self)
            self.startup_watch.finished.connect(lambda: self.refresh_page("coverage"))
            self.startup_watch.start(self.runtime.settings)

    @Slot(str)
    def activate_from_outside(self, path: str) -> None:
        """Come to the front for a second start of PressDesk; open the file it was given."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if path:
            self.open_database_file(Path(path))

    def open_database_file(self, path: Path) -> None:
        """Open ``path`` instead of the current database; keep the current one on failure."""
        if self.demo_of is not None:
            self.leave_demo()
        if self.db is not None and self.db.file is not None and path.resolve() == self.db.file:
            dialogs.info(
                self,
                QCoreApplication.translate("MainWindow", "Open a database"),
                QCoreApplication.translate(
                    "MainWindow", "This database is already open:\n{path}"
                ).format(path=path),
            )
            return
        chosen = database_ops.file_to_open(
            self, self.runtime, path, close=lambda: self._switch_database(None)
        )
        self._reopen_if_closed()
        if chosen is None:
            return
        db = database_ops.open_other(self, self.runtime, chosen)
        if db is None:
            return
        log.info("Switched to database %s", chosen)
        self.switch_to(db)

    def switch_to(self, db: Database) -> None:
        """Work on ``db`` (another file, or a server) from now on."""
        self._switch_database(db)
        self.offer_welcome()

    @Slot()
    def _fill_recent_menu(self) -> None:
        current = self.db.file if self.db is not None else None
        database_ops.fill_recent_menu(
            self.recent_menu, self.runtime, current, self.open_database_file
        )

    @Slot()
    def backup(self) -> None:
        """Write a backup of the open database to a file the user chooses."""
        if self.db is not None:
            database_ops.backup_interactively(self, self.runtime, self.db)

    @Slot()
    def restore(self) -> None:
        """Replace the open database with a backup, keeping the current data beside it."""
        if self.db is None:
            return
        if self.db.file is None:  # a shared server
            return self.server_actions.restore()
        database_ops.restore_interactively(
            self, self.runtime, self.db.file, close=lambda: self._switch_database(None)
        )
        self._reopen_if_closed()

    def _reopen_if_closed(self) -> None:
        """Open the database again after a restore; reopening migrates an older backup."""
        if self.db is not None:
            return
        db = database_ops.open_with_recovery(self, self.runtime)
        if db is None:
            self.close()
            return
        self._switch_database(db)

    # --- first run and the demo ---------------------------------------------------------------

    def offer_welcome(self) -> bool:
        """Open on the welcome page if the database is empty and it was not dismissed."""
        from pressdesk.gui.welcome.demo import should_welcome

        if self.db is None or self.demo_of is not None or not should_welcome(self.runtime, self.db):
            return False
        self.show_welcome()
        return True

    @Slot()
    def show_welcome(self) -> None:
        """Show the welcome page in place of the sections."""
        if self.db is None:
            return
        if self.welcome is None:
            from pressdesk.gui.welcome.page import WelcomePage

            page = WelcomePage(self.runtime, self.db)
            page.finished.connect(self._welcome_finished)
            page.demo_requested.connect(self.open_demo)
            page.changed.connect(self._refresh_pages)
            self.welcome = page
            self.stack.addWidget(page)
        self._pending_row = None
        self.sidebar.setCurrentRow(-1)
        self.stack.setCurrentWidget(self.welcome)
        # The sidebar takes the focus when the window appears, and an item view given the
        # focus without a current row selects its first: the welcome page keeps the focus.
        self.welcome.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_title(QCoreApplication.translate("MainWindow", "Welcome"))

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None

    @Slot()
    def _welcome_finished(self) -> None:
        from pressdesk.gui.welcome.demo import WELCOME_DONE

        try:
            self.runtime.settings.set(WELCOME_DONE, True)
        except OSError as exc:
            log.warning("Welcome state not saved: %s", exc)
        self._close_welcome()
        self._refresh_pages()
        last = section_by_key(self.runtime.settings.get(LAST_SECTION)) or SECTIONS[0]
        self.show_section(last.key)

    @Slot()
    def open_demo(self) -> None:
        """Open the demo in its own database; the user's database stays as it is."""
        from pressdesk.gui.welcome.demo import open_demo

        if self.demo_of is not None:
            return
        own = self.runtime.db_url
        db = open_demo(self, self.runtime)
        if db is None:
            return
        log.info("Demo opened in place of %s", own)
        self._close_welcome()
        self.demo_of = own
        self._switch_database(db)
        self.show_section(SECTIONS[0].key)
        self._set_title(self.current_section.title)

    @Slot()
    def leave_demo(self) -> None:
        """Close the demo and open the user's own database again."""
        if self.demo_of is None:
            return
        self.runtime.db_url = self.demo_of
        self.demo_of = None
        self._switch_database(None)
        self._reopen_if_closed()
        if self.db is not None:
            self._set_title(self.current_section.title)
            self.offer_welcome()
