"""Back up and restore the SQLite database with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pressdesk import clock
from pressdesk.fileio import atomic_path
from pressdesk.messages import Message
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
        if db.is_sqlite:
            raise BackupError("A database kept in memory has no file to back up.")
        from pressdesk.storage.server_backup import dump_server

        return dump_server(db.url, Path(target))
    target = Path(target)
    if target.resolve() == db.file.resolve():
        raise BackupError("Choose a backup file other than the database itself.", target)
    try:
        with atomic_path(target) as tmp:
            copy_sqlite(db.file, tmp)
            # A backup that cannot be restored is worse than none: check the copy itself.
            verify_copy(tmp)
    except sqlite3.Error as exc:
        raise BackupError(f"The backup to {target} failed: {exc}", target) from exc
    except OSError as exc:
        raise BackupError(f"The backup to {target} could not be written: {exc}", target) from exc
    return target


def verify_copy(path: Path) -> None:
    """Raise BackupError unless SQLite finds the copy at ``path`` intact."""
    conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        row = conn.execute("PRAGMA integrity_check(1)").fetchone()
    finally:
        conn.close()
    if row is None or row[0] != "ok":
        raise BackupError(f"The copy written to {path} is not intact; try again.", path)


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
    # A server's backup is a dump in PostgreSQL's custom format, not a database file.
    suffix = ".db" if db.file is not None else ".dump"
    target = folder / f"pressdesk-{stamp}-{reason}{suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"pressdesk-{stamp}-{reason}-{counter}{suffix}"
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
    # A backup from a newer PressDesk could replace the database but never be opened.
    from pressdesk.storage.migrate import refuse_newer_file

    refuse_newer_file(path)


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


AUTO_PREFIX = "pressdesk-auto-"
_AUTO_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class ScheduledBackup:
    """What the start-up backup did: the new copy (if one was due) and any problem."""

    written: Path | None
    last_good: dt.datetime | None
    problems: tuple[str, ...] = ()


_STAMP_PATTERN = re.compile(r"(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})", re.ASCII)


def _stamp_time(stamp: str) -> dt.datetime | None:
    """Return the time written in an automatic backup's name (``_AUTO_STAMP``), or None.

    Read by hand rather than with strptime, whose first use costs the start several
    milliseconds.
    """
    found = _STAMP_PATTERN.fullmatch(stamp)
    if found is None:
        return None
    try:
        year, month, day, hour, minute, second = map(int, found.groups())
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def auto_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """Return the automatic backups in ``folder``, newest first, with the time in their name."""
    found = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{AUTO_PREFIX}*.db"):
            taken = _stamp_time(path.stem[len(AUTO_PREFIX) :][: len("20261204-101500")])
            if taken is not None:
                found.append((taken, path))
    return sorted(found, reverse=True)


def scheduled_backup(
    db: Database,
    folder: Path,
    *,
    interval_days: int,
    keep: int,
    second_folder: Path | None = None,
) -> ScheduledBackup:
    """Back up ``db`` into ``folder`` if the newest automatic backup is older than the interval.

    Each copy is verified before it counts; the ``keep`` newest are kept in each folder, and a
    copy goes to ``second_folder`` too (a problem there is reported, never fatal).
    """
    existing = auto_backups(folder)
    last = existing[0][0] if existing else None
    now = clock.now().replace(microsecond=0)
    if interval_days <= 0 or db.file is None:
        return ScheduledBackup(None, last)
    if last is not None and now - last < dt.timedelta(days=interval_days):
        return ScheduledBackup(None, last)
    problems: list[str] = []
    target = folder / f"{AUTO_PREFIX}{now:{_AUTO_STAMP}}.db"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written: Path | None = backup_to(db, target)
    except (BackupError, OSError) as exc:
        failed = Message("backup.auto_failed", folder=folder, reason=str(exc))
        return ScheduledBackup(None, last, (failed,))
    _rotate(folder, keep)
    if second_folder is not None and str(second_folder).strip():
        try:
            second_folder.mkdir(parents=True, exist_ok=True)
            with atomic_path(second_folder / target.name) as tmp:
                shutil.copyfile(target, tmp)
                verify_copy(tmp)
            _rotate(second_folder, keep)
        except (OSError, sqlite3.Error, BackupError) as exc:
            problems.append(
                Message("backup.second_copy_failed", folder=second_folder, reason=str(exc))
            )
    return ScheduledBackup(written, now, tuple(problems))


def _rotate(folder: Path, keep: int) -> None:
    for _stamp, path in auto_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()


@contextlib.contextmanager
def undo_on_failure(db: Database) -> Iterator[Database]:
    """Run the ``with`` block all or nothing, on the Database it yields: a failure puts the
    SQLite file back as it was; on a server the block's sessions are one transaction.

    For work that spans many transactions (filling demo data).
    """
    if db.file is None:
        from pressdesk.storage.dry_run import all_or_nothing

        with all_or_nothing(db) as target:
            yield target
        return
    with tempfile.TemporaryDirectory(prefix="pressdesk-demo-") as folder:
        before = Path(folder) / "before.db"
        with (
            contextlib.closing(sqlite3.connect(db.file)) as live,
            contextlib.closing(sqlite3.connect(before)) as copy,
        ):
            live.backup(copy)
        try:
            yield db
        except BaseException:
            db.engine.dispose()  # no pooled connection may hold a read of the half-filled file
            with (
                contextlib.closing(sqlite3.connect(before)) as copy,
                contextlib.closing(sqlite3.connect(db.file)) as live,
            ):
                copy.backup(live)
            raise
