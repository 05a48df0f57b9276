"""Database files made once per test process and copied for every test that needs one.

A new SQLite file goes through every schema revision when it is opened, and the demo data takes
seconds more to write. A test gets the same database, its own file as before, from a copy of a
file made once: a migrated empty one, or one with the demo data written at the test's "now".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import keyring

from pressdesk import clock
from tests.support.memkeyring import MemoryKeyring

if TYPE_CHECKING:
    from pressdesk.storage.engine import Database


class DatabaseTemplates:
    """Made-once database files of one test process, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._migrated: Path | None = None
        self._migrated_counts: dict[str, int] | None = None
        self._demo: dict[tuple[dt.datetime, dt.datetime], Path] = {}

    def migrated(self) -> Path:
        """Return a file migrated to the newest schema, with no data."""
        if self._migrated is None:
            self._migrated = self._build("migrated", demo=False)
        return self._migrated

    def demo(self) -> Path:
        """Return a file holding the demo data as ``fill_demo`` writes it at the clock's "now".

        Raise LookupError if the clock is not stopped (then the demo data differs every time).
        """
        moment = (clock.now(), clock.utcnow())
        if moment != (clock.now(), clock.utcnow()):
            raise LookupError("the clock runs; demo data written now cannot be copied")
        if moment not in self._demo:
            self._demo[moment] = self._build(f"demo-{len(self._demo)}", demo=True)
        return self._demo[moment]

    def copy_migrated(self, target: Path) -> None:
        """Put a migrated empty database at ``target`` (which does not exist yet)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.migrated(), target)

    def copy_demo(self, target: Path) -> None:
        """Put the demo database at ``target`` (which does not exist yet), as ``pressdesk demo``
        leaves it in a new data folder."""
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.demo(), target)

    def fill_demo(self, db: Database) -> None:
        """Fill the open, empty database ``db`` with the demo data, as ``fill_demo(db)`` does.

        The demo file's pages are copied into ``db`` through SQLite's backup interface, so every
        connection of ``db`` sees them. A database that is not the empty SQLite file of
        ``copy_migrated`` is filled by ``fill_demo`` itself.
        """
        from pressdesk.services.demo import fill_demo

        try:
            source = self.demo()
        except LookupError:
            source = None
        if source is None or db.file is None or not self._is_empty(db):
            fill_demo(db)
            return
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            db.engine.connect() as conn,
        ):
            target = conn.connection.driver_connection
            assert isinstance(target, sqlite3.Connection)
            src.backup(target)

    def _is_empty(self, db: Database) -> bool:
        """Return True if ``db`` holds the rows of a migrated empty database and nothing else."""
        if self._migrated_counts is None:
            with contextlib.closing(sqlite3.connect(self.migrated())) as conn:
                self._migrated_counts = _row_counts(conn)
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            counts = _row_counts(raw)
            conn.rollback()
        return counts == self._migrated_counts

    def _build(self, name: str, *, demo: bool) -> Path:
        from pressdesk.paths import DB_FILENAME
        from pressdesk.runtime import Runtime
        from pressdesk.services.demo import fill_demo

        previous = keyring.get_keyring()
        secrets = MemoryKeyring()
        keyring.set_keyring(secrets)
        try:
            folder = self._folder / name
            # A file in its own folder, whatever $PRESSDESK_DB says (--backend postgresql).
            runtime = Runtime.create(str(folder), str(folder / DB_FILENAME))
            db = runtime.open_db()
            try:
                if demo:
                    fill_demo(db)
            finally:
                db.close()
        finally:
            keyring.set_keyring(previous)
        # A secret lives in the keyring, not in the file: a copy of the file would miss it.
        assert not secrets.store, "the demo data keeps secrets; its file cannot be copied"
        return runtime.paths.database_file


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'"
        )
    ]
    return {
        table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
    }
