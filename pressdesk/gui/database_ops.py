"""Open, back up and restore the database on the user's request, explaining every failure."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.details import technical_details
from pressdesk.gui.messages import describe
from pressdesk.paths import sqlite_url
from pressdesk.runtime import Runtime
from pressdesk.settings import RECENT_DATABASES
from pressdesk.storage.backup import (
    backup_to,
    is_backup_file,
    restore_database,
    validate_backup_file,
)
from pressdesk.storage.engine import Database, sqlite_file_of
from pressdesk.storage.errors import StorageError

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

RECENT_LIMIT = 8


def database_filters() -> str:
    """Return the file-chooser filter for database and backup files."""
    return translate(
        "DatabaseActions", "PressDesk databases (*.db *.sqlite *.sqlite3);;All files (*)"
    )


def show_storage_error(
    parent: QWidget | None, title: str, exc: StorageError, file: Path | None = None
) -> None:
    """Explain ``exc`` in the user's language; the system's own words go into the details."""
    dialogs.error(parent, title, describe(exc, file), details=technical_details(exc))


def choose_database(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for an existing database file."""
    return dialogs.open_file(
        parent, translate("DatabaseActions", "Open a database"), database_filters(), start
    )


def remember_recent(runtime: Runtime, db: Database) -> None:
    """Put the database file first in the list of recent databases."""
    if db.file is None:
        return
    path = str(db.file)
    recent = [p for p in runtime.settings.get(RECENT_DATABASES) if isinstance(p, str)]
    try:
        runtime.settings.set(
            RECENT_DATABASES, [path, *[p for p in recent if p != path]][:RECENT_LIMIT]
        )
    except OSError as exc:
        # The list is a convenience; a settings file that cannot be written must not stop work.
        log.warning("Recent databases not saved: %s", exc)


def recent_databases(runtime: Runtime) -> list[Path]:
    """Return the recent database files that still exist, most recent first."""
    recent = [Path(p) for p in runtime.settings.get(RECENT_DATABASES) if isinstance(p, str)]
    return [path for path in recent if path.is_file()]


def fill_recent_menu(
    menu: QMenu, runtime: Runtime, current: Path | None, open_file: Callable[[Path], None]
) -> None:
    """Fill ``menu`` with the recently used databases other than ``current``, numbered for the
    keyboard; choosing one calls ``open_file``."""
    menu.clear()
    recent = [p for p in recent_databases(runtime) if p != current]
    for number, path in enumerate(recent, start=1):
        prefix = f"&{number}  " if number < 10 else ""
        action = menu.addAction(prefix + str(path).replace("&", "&&"))
        action.triggered.connect(lambda _checked=False, p=path: open_file(p))
    if not recent:
        empty = menu.addAction(translate("DatabaseActions", "No other databases yet"))
        empty.setEnabled(False)


def open_with_recovery(parent: QWidget | None, runtime: Runtime) -> Database | None:
    """Open the configured database; on trouble offer another file, a restore or quitting.

    Nothing here writes to a file the user did not agree to change: the checks before opening
    only read, and a restore happens only after a confirmation naming the file.
    """
    url = runtime.db_url
    while True:
        try:
            db = runtime.open_db(url)
        except StorageError as exc:
            log.warning("Cannot open %s: %s", runtime.db_label, exc)
            file = sqlite_file_of(url)
            if file is None:
                # A server out of reach (the network is down): work on this computer meanwhile.
                answer = server_unreachable(parent, runtime, exc)
                if answer == "local":
                    from pressdesk.services.server import forget_connection

                    forget_connection(runtime.settings)
                    url = sqlite_url(runtime.paths.database_file)
                    continue
                if answer == "retry":
                    continue
                return None
            answer = dialogs.choice(
                parent,
                translate("DatabaseActions", "PressDesk cannot open the database"),
                describe(exc, file, unchanged=True),
                (
                    ("open", translate("DatabaseActions", "Open another database…")),
                    ("restore", translate("DatabaseActions", "Restore a backup…")),
                    ("quit", translate("DatabaseActions", "Quit")),
                ),
                kind="error",
                default="open",
                escape="quit",
                details=technical_details(exc),
            )
            if answer == "open":
                chosen = choose_database(parent, file.parent)
                if chosen is not None:
                    url = sqlite_url(chosen)
            elif answer == "restore":
                restore_interactively(parent, runtime, file)
            else:
                return None
            continue
        runtime.db_url = url
        remember_recent(runtime, db)
        return db


def server_unreachable(parent: QWidget | None, runtime: Runtime, exc: StorageError) -> str:
    """Ask what to do when the shared server cannot be opened: "retry", "local" or "quit"."""
    return dialogs.choice(
        parent,
        translate("DatabaseActions", "The server cannot be reached"),
        translate(
            "DatabaseActions",
            "PressDesk cannot open the shared database {server}. The network or the server may "
            "be down. Try again later, or work on this computer's own database; the server can "
            "be chosen again from the File menu.",
        ).format(server=runtime.db_label),
        (
            ("retry", translate("DatabaseActions", "Try again")),
            ("local", translate("DatabaseActions", "Use this computer's database")),
            ("quit", translate("DatabaseActions", "Quit")),
        ),
        kind="error",
        default="retry",
        escape="quit",
        details=technical_details(exc),
    )


def file_to_open(
    parent: QWidget | None,
    runtime: Runtime,
    path: Path,
    *,
    close: Callable[[], None] | None = None,
) -> Path | None:
    """Return the database file to open for a file the user gave (double-click, Open, argument).

    A missing file is reported; a backup is restored into the current database after asking
    (``close`` closes it first), or opened on its own only if the user says so. None: nothing
    new to open.
    """
    if not path.is_file():
        dialogs.error(
            parent,
            translate("DatabaseActions", "The file was not found"),
            translate("DatabaseActions", "There is no file\n{path}").format(path=path),
        )
        return None
    if not is_backup_file(path):
        return path
    current = sqlite_file_of(runtime.db_url)
    answer = dialogs.choice(
        parent,
        translate("DatabaseActions", "This file is a backup"),
        translate(
            "DatabaseActions",
            "The file\n{path}\nis a backup copy of a PressDesk database. Working in it would "
            "change the backup itself.\n\nRestore it into your database (the current file is "
            "kept beside it), or open it on its own?",
        ).format(path=path),
        (
            ("restore", translate("DatabaseActions", "Restore into my database…")),
            ("open", translate("DatabaseActions", "Open the backup on its own")),
            ("cancel", translate("DatabaseActions", "Cancel")),
        ),
        default="restore" if current is not None else "cancel",
        escape="cancel",
    )
    if answer == "open":
        return path
    if answer == "restore" and current is not None:
        restore_file_interactively(parent, current, path, close=close)
    return None


def restore_file_interactively(
    parent: QWidget | None,
    db_file: Path,
    backup: Path,
    *,
    close: Callable[[], None] | None = None,
) -> bool:
    """Check, confirm and restore ``backup`` into ``db_file``; return True if it was replaced."""
    try:
        validate_backup_file(backup)
    except StorageError as exc:
        show_storage_error(
            parent, translate("DatabaseActions", "This backup cannot be restored"), exc, backup
        )
        return False
    if not confirm_restore(parent, db_file, backup):
        return False
    if close is not None:
        close()
    try:
        kept = restore_database(backup, db_file)
    except StorageError as exc:
        log.warning("Restore of %s from %s failed: %s", db_file, backup, exc)
        show_storage_error(parent, translate("DatabaseActions", "Restore failed"), exc, db_file)
        return False
    log.info("Restored %s from %s (previous file kept as %s)", db_file, backup, kept)
    text = translate("DatabaseActions", "The database was restored from:\n{backup}").format(
        backup=backup
    )
    if kept is not None:
        text += "\n\n" + translate(
            "DatabaseActions", "The previous database was kept as:\n{kept}"
        ).format(kept=kept)
    dialogs.info(parent, translate("DatabaseActions", "Restore complete"), text)
    return True


def open_other(parent: QWidget | None, runtime: Runtime, path: Path) -> Database | None:
    """Open the database file ``path`` with the usual checks; explain and return None on trouble."""
    url = sqlite_url(path)
    try:
        db = runtime.open_db(url)
    except StorageError as exc:
        log.warning("Cannot open %s: %s", path, exc)
        show_storage_error(
            parent, translate("DatabaseActions", "The database was not opened"), exc, path
        )
        return None
    runtime.db_url = url
    remember_recent(runtime, db)
    return db


def backup_interactively(parent: QWidget | None, runtime: Runtime, db: Database) -> Path | None:
    """Ask where to save a backup, write it and report where it went."""
    stamp = clock.now().strftime("%Y-%m-%d")
    # A shared server is dumped by PostgreSQL's own program into its custom format.
    suffix, filters = (".db", database_filters()) if db.file is not None else (".dump", "")
    filters = filters or translate("DatabaseActions", "Server backups (*.dump);;All files (*)")
    suggested = runtime.paths.backup_dir / f"pressdesk-backup-{stamp}{suffix}"
    target = dialogs.save_file(
        parent, translate("DatabaseActions", "Back up the database"), filters, suggested
    )
    if target is None:
        return None
    if not target.suffix:
        target = target.with_suffix(suffix)
    try:
        written = backup_to(db, target)
    except StorageError as exc:
        log.warning("Backup to %s failed: %s", target, exc)
        show_storage_error(parent, translate("DatabaseActions", "Backup failed"), exc, target)
        return None
    log.info("Backup written to %s", written)
    dialogs.info(
        parent,
        translate("DatabaseActions", "Backup complete"),
        translate("DatabaseActions", "The database was backed up to:\n{path}").format(path=written),
    )
    return written


def choose_backup(parent: QWidget | None, runtime: Runtime) -> Path | None:
    """Ask for a backup file (restoring checks it)."""
    return dialogs.open_file(
        parent,
        translate("DatabaseActions", "Choose a backup to restore"),
        database_filters(),
        runtime.paths.backup_dir,
    )


def confirm_restore(parent: QWidget | None, db_file: Path, backup: Path) -> bool:
    """Ask before replacing ``db_file``; the question names both files and the kept copy."""
    return dialogs.question(
        parent,
        translate("DatabaseActions", "Restore from backup"),
        translate(
            "DatabaseActions",
            "Replace the current database\n{current}\n\nwith the backup\n{backup}?\n\n"
            "The current file is kept beside it as a copy, so it can be brought back.",
        ).format(current=db_file, backup=backup),
        yes=translate("DatabaseActions", "Restore"),
        no=translate("DatabaseActions", "Cancel"),
    )


def restore_interactively(
    parent: QWidget | None,
    runtime: Runtime,
    db_file: Path,
    *,
    close: Callable[[], None] | None = None,
) -> bool:
    """Choose, confirm and restore a backup into ``db_file``; return True if it was replaced.

    ``close`` is called after the confirmation to close the open database. A current file that
    SQLite cannot read is moved aside with its bytes unchanged.
    """
    backup = choose_backup(parent, runtime)
    if backup is None:
        return False
    return restore_file_interactively(parent, db_file, backup, close=close)
