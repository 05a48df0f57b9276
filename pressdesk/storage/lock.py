"""Keep a second PressDesk from opening a database that is already in use."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from pressdesk.storage.errors import DatabaseLockedError, ReadOnlyDatabaseError, StorageError

# On Windows a locked region can be neither read nor written by anyone else, so the byte that is
# locked lies far beyond the note naming the holder: a second PressDesk can still read the note.
LOCK_OFFSET = 1 << 30
HOLDER_BYTES = 4096


class DatabaseLock:
    """An exclusive OS-level lock on ``<database>.lock``, released when the process ends."""

    def __init__(self, db_file: Path) -> None:
        self.path = db_file.with_name(db_file.name + ".lock")
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError naming the holder."""
        try:
            fh = self.path.open("a+b")
        except PermissionError as exc:
            raise ReadOnlyDatabaseError(
                f"The folder of the database cannot be written: {self.path.parent}", self.path
            ) from exc
        except OSError as exc:
            raise StorageError(
                f"The lock file {self.path} cannot be opened: {exc}", self.path
            ) from exc
        try:
            _lock_file(fh)
        except OSError as exc:
            try:
                holder = _describe_holder(_read_holder(fh))
            except OSError:
                holder = ""  # the note cannot be read either; the lock itself is what counts
            fh.close()
            raise DatabaseLockedError(
                f"The database {self.path.with_suffix('')} is already open in another "
                f"PressDesk{holder}. Close it there first, or open another database.",
                self.path,
            ) from exc
        note = json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode("utf-8")
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(note[:HOLDER_BYTES])
            fh.flush()
        except OSError:
            pass  # the note is a courtesy to a second PressDesk; the lock is held regardless
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


def _read_holder(fh: IO[bytes]) -> bytes:
    fh.seek(0)
    return fh.read(HOLDER_BYTES)


def _describe_holder(raw: bytes) -> str:
    try:
        info = json.loads(raw.decode("utf-8"))
    except ValueError:
        return ""
    if not isinstance(info, dict):
        return ""
    return f" (process {info.get('pid')} on {info.get('host')})"


def _lock_file(fh: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock_file(fh: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
