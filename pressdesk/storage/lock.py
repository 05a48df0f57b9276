"""Keep a second PressDesk from opening a database that is already in use."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from pressdesk.storage.errors import DatabaseLockedError, ReadOnlyDatabaseError


class DatabaseLock:
    """An exclusive OS-level lock on ``<database>.lock``, released when the process ends."""

    def __init__(self, db_file: Path) -> None:
        self.path = db_file.with_name(db_file.name + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError naming the holder."""
        try:
            fh = self.path.open("a+", encoding="utf-8")
        except PermissionError as exc:
            raise ReadOnlyDatabaseError(
                f"The folder of the database cannot be written: {self.path.parent}", self.path
            ) from exc
        try:
            _lock_file(fh)
        except OSError as exc:
            fh.seek(0)
            holder = _describe_holder(fh.read())
            fh.close()
            raise DatabaseLockedError(
                f"The database {self.path.with_suffix('')} is already open in another "
                f"PressDesk{holder}. Close it there first, or open another database.",
                self.path,
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        """Release the lock if held."""
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            _unlock_file(self._fh)
        self._fh.close()
        self._fh = None
        with contextlib.suppress(OSError):
            self.path.unlink()

    @property
    def held(self) -> bool:
        return self._fh is not None


def _describe_holder(raw: str) -> str:
    try:
        info = json.loads(raw)
    except ValueError:
        return ""
    if not isinstance(info, dict):
        return ""
    return f" (process {info.get('pid')} on {info.get('host')})"


if sys.platform == "win32":
    import msvcrt

    def _lock_file(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
