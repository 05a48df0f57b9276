"""Restoring a shared server's database from a backup, from the File menu.

Everyone working on the server sees the backup's data afterwards, so the question says so, and
the data as it is now is dumped first into the backup folder: a restore chosen by mistake can be
undone with that file. The dump and the restore run in the background.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.database_ops import show_storage_error
from pressdesk.gui.widgets.jobs import JobRunner
from pressdesk.runtime import Runtime
from pressdesk.storage.errors import BackupError, StorageError

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def _choose(parent: QWidget, runtime: Runtime) -> Path | None:
    return dialogs.open_file(
        parent,
        translate("ServerRestore", "Choose a server backup to restore"),
        translate("DatabaseActions", "Server backups (*.dump);;All files (*)"),
        runtime.paths.backup_dir,
    )


def _confirm(parent: QWidget, runtime: Runtime, backup: Path, before: Path) -> bool:
    return dialogs.question(
        parent,
        translate("DatabaseActions", "Restore from backup"),
        translate(
            "ServerRestore",
            "Replace everything in the shared database\n{database}\n\nwith the backup\n"
            "{backup}?\n\nEveryone who works on this database will see the data of the backup. "
            "The data as it is now is backed up first to\n{before}",
        ).format(database=runtime.db_label, backup=backup, before=before),
        yes=translate("DatabaseActions", "Restore"),
        no=translate("DatabaseActions", "Cancel"),
        default_yes=False,
    )


class ServerRestore:
    """Choose, confirm and restore a server backup; the window's database is closed meanwhile
    (``close``) and opened again when it is over, either way (``reopen``)."""

    def __init__(
        self,
        parent: QWidget,
        runtime: Runtime,
        close: Callable[[], None],
        reopen: Callable[[], None],
    ) -> None:
        self.parent = parent
        self.runtime = runtime
        self.close = close
        self.reopen = reopen
        self.runner = JobRunner(parent)
        self.backup: Path | None = None
        self.before: Path | None = None

    def start(self) -> bool:
        """Ask and start the restore; False if the user stopped or the file was refused."""
        from pressdesk.storage.server_backup import validate_dump

        backup = _choose(self.parent, self.runtime)
        if backup is None:
            return False
        try:
            validate_dump(backup)
        except StorageError as exc:
            log.warning("Server restore from %s refused: %s", backup, exc)
            show_storage_error(self.parent, translate("DatabaseActions", "Restore failed"), exc)
            return False
        stamp = clock.now().strftime("%Y-%m-%d-%H%M%S")
        before = self.runtime.paths.backup_dir / f"pressdesk-before-restore-{stamp}.dump"
        if not _confirm(self.parent, self.runtime, backup, before):
            return False
        self.backup, self.before = backup, before
        url = self.runtime.db_url
        self.close()

        def work(_progress: object) -> None:
            from pressdesk.storage.server_backup import dump_server, restore_server

            before.parent.mkdir(parents=True, exist_ok=True)
            dump_server(url, before)
            restore_server(backup, url)

        return self.runner.start(
            work,
            translate("ServerRestore", "Restoring the shared database"),
            text=translate("ServerRestore", "Backing up the data as it is now, then restoring…"),
            cancellable=False,
            on_done=self._done,
            on_failed=self._failed,
        )

    def _done(self, _result: object) -> None:
        log.info(
            "Server database restored from %s; the data before kept in %s", self.backup, self.before
        )
        self.reopen()
        dialogs.info(
            self.parent,
            translate("DatabaseActions", "Restore complete"),
            translate(
                "ServerRestore",
                "The shared database was restored from\n{backup}\n\n"
                "The data as it was before is kept in\n{before}",
            ).format(backup=self.backup, before=self.before),
        )

    def _failed(self, details: str) -> None:
        log.warning("Server restore from %s failed: %s", self.backup, details)
        self.reopen()
        exc = self.runner.error
        error = exc if isinstance(exc, StorageError) else BackupError(details, self.backup)
        show_storage_error(self.parent, translate("DatabaseActions", "Restore failed"), error)
