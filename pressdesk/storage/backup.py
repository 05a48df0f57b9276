"""Back up and restore the SQLite database with SQLite's online backup API."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from pressdesk import clock
from pressdesk.fileio import atomic_path
from pressdesk.storage.engine import SQLITE_HEADER, Database, classify_sqlite_error
from pressdesk.storage.errors import BackupError, NotADatabaseError
from pressdesk.storage.location import sqlite_uri
from pressdesk.storage.lock import DatabaseLock

#: Written into SQLite's ``user_version`` of every backup copy, so that a backup opened by
#: double-click is recognised and restored after asking rather than worked in (and changed).
BACKUP_MARK = 0x5044_4B42  # "PDKB"
_BACKUP_NAME_HINTS = ("backup", "before-restore", "резерв", "копия")


def is_backup_file(path: Path) -> bool:
    """Return True if ``path`` is a PressDesk backup: marked as one, or kept where backups go."""
    path = Path(path)
    lowered = path.name.lower()
    if path.parent.name.lower() == "backups" or any(h in lowered for h in _BACKUP_NAME_HINTS):
        return True
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    # user_version is the big-endian integer at offset 60 of the SQLite header.
    return header[:16] == SQLITE_HEADER and int.from_bytes(header[60:64], "big") == BACKUP_MARK


def backup_to(db: Database, target: Path) -> Path:
    """Copy the live database to ``target`` consistently, even while it is in use."""
    if db.file is None:
        raise BackupError("Backups are made by the database server for this kind of database.")
    target = Path(target)
    if target.resolve() == db.file.resolve():
        raise BackupError("Choose a backup file other than the database itself.", target)
    try:
        with atomic_path(target, private=True) as tmp:
            copy_sqlite(db.file, tmp)
    except sqlite3.Error as exc:
        raise BackupError(f"The backup to {target} failed: {exc}", target) from exc
    except OSError as exc:
        raise BackupError(f"The backup to {target} could not be written: {exc}", target) from exc
    return target


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy one SQLite file to another through the backup API; the copy is self-contained."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # The copy must stand alone: no WAL file beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.execute(f"PRAGMA user_version={BACKUP_MARK}")
        finally:
            dst.close()
    finally:
        src.close()


def timestamped_backup(db: Database, folder: Path, reason: str) -> Path:
    """Write a backup named after the time and the reason into ``folder``."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"pressdesk-{stamp}-{reason}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"pressdesk-{stamp}-{reason}-{counter}.db"
    return backup_to(db, target)


def validate_backup_file(path: Path) -> None:
    """Check that ``path`` is a readable, intact SQLite file before it replaces anything."""
    if not path.is_file():
        raise BackupError(f"The backup file {path} does not exist.", path)
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(f"{path} is not a PressDesk backup (not a SQLite file).", path)
    conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        row = conn.execute("PRAGMA integrity_check(1)").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise classify_sqlite_error(exc, path) from exc
    finally:
        conn.close()
    if row is None or row[0] != "ok":
        raise BackupError(f"The backup file {path} is damaged and cannot be restored.", path)
    if "alembic_version" not in tables:
        raise NotADatabaseError(f"{path} is not a PressDesk backup.", path)


def restore_database(backup: Path, db_file: Path) -> Path | None:
    """Replace the closed database ``db_file`` with ``backup`` under the database lock.

    Returns where the previous file was kept (None if there was none).
    """
    validate_backup_file(backup)
    lock = DatabaseLock(db_file)
    lock.acquire()
    try:
        return restore_file(backup, db_file)
    finally:
        lock.release()


def _kept_name(db_file: Path) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    kept = db_file.with_name(f"{db_file.stem}.before-restore-{stamp}{db_file.suffix}")
    counter = 1
    while kept.exists():
        counter += 1
        kept = db_file.with_name(f"{db_file.stem}.before-restore-{stamp}-{counter}{db_file.suffix}")
    return kept


def _keep_current(db_file: Path) -> Path | None:
    """Keep the current file: a consistent copy if SQLite can read it, else its exact bytes."""
    if not db_file.exists():
        return None
    kept = _kept_name(db_file)
    try:
        copy_sqlite(db_file, kept)
        return kept
    except sqlite3.DatabaseError:
        kept.unlink(missing_ok=True)
    # Not readable as SQLite (damaged, or not a database at all): move it aside untouched.
    try:
        db_file.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = db_file.with_name(db_file.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
    except OSError as exc:
        raise BackupError(f"{db_file} could not be moved aside: {exc}", db_file) from exc
    return kept


def restore_file(backup: Path, db_file: Path) -> Path | None:
    """Replace ``db_file`` with ``backup``; the current file is kept beside it. Returns its copy.

    The database must be closed and locked by the caller (see ``restore_database``). The old
    file is kept as ``<name>.before-restore-<time>.db`` so nothing is lost.
    """
    validate_backup_file(backup)
    kept = _keep_current(db_file)
    try:
        with atomic_path(db_file) as tmp:
            shutil.copyfile(backup, tmp)
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode=DELETE")
                # A working database again, no longer a backup.
                conn.execute("PRAGMA user_version=0")
            finally:
                conn.close()
            # Stale WAL/SHM files of the old database must not be replayed onto the restored one.
            for suffix in ("-wal", "-shm"):
                side = db_file.with_name(db_file.name + suffix)
                if side.exists():
                    side.unlink()
    except OSError as exc:
        raise BackupError(f"The restore into {db_file} failed: {exc}", db_file) from exc
    return kept
