"""Open the PressDesk database: checks before touching the file, then engine and sessions."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from pressdesk.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)
from pressdesk.storage.location import is_network_location, sqlite_uri
from pressdesk.storage.lock import DatabaseLock

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


#: The key of ``Session.info`` holding who works on the database at this computer.
ACTING = "pressdesk.acting_name"


@dataclass
class Database:
    """An open PressDesk database: the engine, a session factory and the file lock."""

    #: Kept out of the repr: a server's URL holds its password (``where`` is the shown form).
    url: str = field(repr=False)
    engine: Engine
    sessions: sessionmaker[Session]
    file: Path | None = None
    lock: DatabaseLock | None = field(default=None, repr=False)
    #: The file lies on a network share: opened with a rollback journal, one user at a time.
    on_network: bool = False
    #: Who works on this database here (a staff member's full name), recorded in histories;
    #: empty means the press secretary named in the profile.
    acting_name: str = ""
    #: This handle's id in the change announcements of a shared server (see ``changes``).
    client_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def where(self) -> str:
        """The file, or the server's URL with the password masked: what logs and messages name."""
        return str(self.file) if self.file is not None else shown_url(self.url)

    @contextlib.contextmanager
    def serialized(self, name: str) -> Iterator[None]:
        """Hold a lock named ``name`` that every client of a shared database waits for.

        On PostgreSQL this is a session-level advisory lock, so two people numbering an act
        or running the same import at once take turns. A SQLite file has one user at a time
        (the file lock), so there is nothing to wait for.
        """
        if self.is_sqlite:
            yield
            return
        key = advisory_key(name)
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({key})")
            conn.commit()
            try:
                yield
            finally:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({key})")
                conn.commit()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session inside one transaction; commit on success, roll back on error."""
        with self.sessions() as session, session.begin():
            session.info[ACTING] = self.acting_name
            yield session

    def close(self) -> None:
        """Dispose of the engine and release the file lock."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def by_name_in(session: Session, given: str) -> str:
    """Return ``given``, or when it is empty the staff member chosen on this computer for the
    session's database: a history written without a name (a command, a bulk step) still
    says who made the change."""
    return (given or session.info.get(ACTING, "")).strip()


def advisory_key(name: str) -> int:
    """Return a stable signed 64-bit key for the PostgreSQL advisory lock called ``name``."""
    import hashlib

    digest = hashlib.sha256(f"pressdesk:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def shown_url(url: str) -> str:
    """Return ``url`` as it may be shown or logged: the password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL: show nothing of it that could be a secret
        return "(database)"


def sqlite_file_of(url: str) -> Path | None:
    """Return the file path of a SQLite URL, or None for other databases and memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database)


def preflight_sqlite(path: Path, *, need_write: bool = True, verify: bool = False) -> None:
    """Check a SQLite file without modifying it; raise a StorageError the user can act on.

    The cheap checks (header, permissions, size, tables) run on every open; ``verify`` adds
    SQLite's ``quick_check``, which reads the whole file (hundreds of milliseconds on a large
    base), so it is kept for an open after an unclean shutdown.
    """
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a database file.", path)
    if not path.exists():
        folder = path.parent
        if need_write and folder.exists() and not os.access(folder, os.W_OK):
            raise ReadOnlyDatabaseError(
                f"A new database cannot be created because the folder {folder} is read-only.",
                path,
            )
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise ReadOnlyDatabaseError(f"The database file {path} cannot be read.", path) from exc
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a PressDesk database (it is not a SQLite file).", path
        )
    if need_write and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
        raise ReadOnlyDatabaseError(
            f"The database file {path} or its folder is read-only. PressDesk needs to write "
            "to it: copy it to a writable folder, or change its permissions.",
            path,
        )
    if not header:
        return  # an empty file is a new database
    _check_size(path)
    _probe_readonly(path, verify=verify)


PAGE_SIZE_OFFSET = 16
PAGE_COUNT_OFFSET = 28
HEADER_BYTES = 100


def _check_size(path: Path) -> None:
    """Refuse a file shorter than its header says (cut off by a copy or a full disk)."""
    with path.open("rb") as fh:
        head = fh.read(HEADER_BYTES)
    if len(head) < HEADER_BYTES:
        raise CorruptDatabaseError(
            f"The database {path} is damaged (its header is cut off). Restore it from a backup.",
            path,
        )
    page_size = int.from_bytes(head[PAGE_SIZE_OFFSET : PAGE_SIZE_OFFSET + 2], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[PAGE_COUNT_OFFSET : PAGE_COUNT_OFFSET + 4], "big")
    # The page count is valid only when "version-valid-for" equals the change counter.
    valid = head[92:96] == head[24:28]
    if valid and pages and path.stat().st_size < pages * page_size:
        raise CorruptDatabaseError(
            f"The database {path} is damaged (the file is shorter than its header says). "
            "Restore it from a backup.",
            path,
        )


def left_open(path: Path) -> bool:
    """Return True when the last session on ``path`` did not close cleanly.

    The marker is the lock file: every session that takes the lock removes it on a clean
    close, so one found before the lock is taken was left by a crash, a kill or a power cut
    (or belongs to a PressDesk that has the file open now, which the lock then refuses).
    """
    return DatabaseLock(path).path.exists()


def _probe_readonly(path: Path, *, verify: bool) -> None:
    """Open the file read-only and check what can be checked before anything writes to it."""
    uri = sqlite_uri(path, mode="ro")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseUnavailableError(
            f"The database {path} cannot be opened: {exc}", path
        ) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        row = conn.execute("PRAGMA quick_check(1)").fetchone() if verify else ("ok",)
    except sqlite3.DatabaseError as exc:
        raise classify_sqlite_error(exc, path) from exc
    finally:
        conn.close()
    if row is None or row[0] != "ok":
        raise CorruptDatabaseError(
            f"The database {path} is damaged ({row[0] if row else 'no answer'}). "
            "Restore it from a backup.",
            path,
        )
    if tables and "alembic_version" not in tables:
        raise NotADatabaseError(
            f"{path} holds tables of another program, not a PressDesk database.", path
        )


def read_revision(path: Path) -> str | None:
    """Return the schema revision stored in a SQLite file, reading it without any change."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise classify_sqlite_error(exc, path) from exc
    finally:
        conn.close()
    return str(row[0]) if row else None


def classify_sqlite_error(exc: BaseException, path: Path | None) -> StorageError:
    """Turn a sqlite3 error into the StorageError the user sees."""
    text = str(exc).lower()
    where = f" {path}" if path else ""
    if "file is not a database" in text or "file is encrypted" in text:
        return NotADatabaseError(f"The file{where} is not a PressDesk database.", path)
    if "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            f"The database{where} is damaged ({exc}). Restore it from a backup.", path
        )
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"The database{where} is locked by another program. Close it and try again.", path
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabaseError(f"The database{where} is read-only.", path)
    if "disk is full" in text or "disk i/o" in text:
        return DatabaseUnavailableError(
            f"The database{where} cannot be written: {exc}. Free some disk space.", path
        )
    return DatabaseUnavailableError(f"The database{where} cannot be used: {exc}", path)


def driver_reason(exc: BaseException, url: str) -> str:
    """The first line of a database driver's error, with the password of ``url`` masked."""
    reason = (str(exc).strip().splitlines() or ["?"])[0]
    password = make_url(url).password
    return reason.replace(str(password), "***") if password else reason


def server_error(exc: BaseException, url: str) -> StorageError:
    """Turn a database server's connection error into the StorageError the user sees.

    The server is named by host, port and database; the driver's reason is kept to its first
    line, and anything in it that looks like the password is masked.
    """
    parsed = make_url(url)
    reason = driver_reason(exc, url)
    place = f"{parsed.host or 'localhost'}:{parsed.port or ''}".rstrip(":")
    return DatabaseUnavailableError(
        f"The database {parsed.database or ''} on the server {place} cannot be used: {reason}",
        None,
    )


def database_problem(exc: BaseException) -> StorageError | None:
    """Return the storage problem behind a driver error from a full, read-only or locked
    database (None when the error is something else)."""
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.OperationalError):
        text = str(exc.orig).lower()
        if any(word in text for word in ("disk", "full", "readonly", "read-only", "locked")):
            return classify_sqlite_error(exc.orig, None)
    return None


def _sqlite_pragmas(journal: str) -> Callable[[Any, Any], None]:
    def apply(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode={journal}")
        # WAL is safe with NORMAL; a rollback journal on a share keeps every commit on disk.
        cursor.execute(f"PRAGMA synchronous={'NORMAL' if journal == 'WAL' else 'FULL'}")
        # Deleted rows are overwritten, so text removed by the user does not linger in free pages.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    return apply


def create_db_engine(url: str, *, network: bool = False) -> Engine:
    """Create an engine; SQLite gets WAL (a rollback journal on a ``network`` share), foreign
    keys and a busy timeout on every connection."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas("DELETE" if network else "WAL"))
        return engine
    return create_engine(url, pool_pre_ping=True)


def connect_read_only(url: str) -> Database:
    """Open ``url`` only to read it: no journal switch, no lock file, nothing written to the file.

    For a SQLite file this is what ``check`` and the backup verification use, so that checking a
    database (or a backup) leaves its bytes exactly as they were.
    """
    path = sqlite_file_of(url)
    if path is None:
        return connect(url, lock=False)
    preflight_sqlite(path, need_write=False)
    if not path.exists():
        raise DatabaseUnavailableError(f"There is no database at {path}.", path)
    uri = sqlite_uri(path, mode="ro")

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise classify_sqlite_error(exc.orig or exc, path) from exc
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessions=factory, file=path)


def connect(
    url: str,
    *,
    lock: bool = True,
    validate: Callable[[Path], None] | None = None,
    verify: bool = False,
) -> Database:
    """Check and open the database at ``url`` (no schema changes); raise StorageError on trouble.

    ``validate`` is called with the SQLite file after the read-only checks and before anything
    could write to it. The whole file is checked (``quick_check``) when ``verify`` is set or
    the last session did not close cleanly; a routine open reads only what it needs.
    """
    path = sqlite_file_of(url)
    db_lock: DatabaseLock | None = None
    network = path is not None and is_network_location(path)
    if network:
        log.warning("Database %s is on a network share: rollback journal, one user at a time", path)
    if path is not None:
        if not verify and path.exists() and left_open(path):
            log.warning("The last session on %s did not close cleanly: checking the file", path)
            verify = True
        preflight_sqlite(path, verify=verify)
        if validate is not None:
            validate(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if lock:
            db_lock = DatabaseLock(path)
            db_lock.acquire()
    try:
        engine = create_db_engine(url, network=network)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except (OperationalError, DBAPIError) as exc:
        if db_lock is not None:
            db_lock.release()
        if path is None and not url.startswith("sqlite"):
            raise server_error(exc.orig or exc, url) from exc
        raise classify_sqlite_error(exc.orig or exc, path) from exc
    except BaseException:
        if db_lock is not None:
            db_lock.release()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    db = Database(
        url=url, engine=engine, sessions=factory, file=path, lock=db_lock, on_network=network
    )
    if engine.dialect.name == "postgresql":
        from pressdesk.storage.changes import announce_changes

        announce_changes(engine, factory, db.client_id)
    return db
