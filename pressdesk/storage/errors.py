"""Storage failures the user can act on, each with a message in plain words."""

from __future__ import annotations

from pathlib import Path

from pressdesk.messages import UserError


class StorageError(UserError):
    """A database problem caused by the environment, not by a bug.

    ``kind`` is its code; the window words it with a headline and advice of its own
    (``gui/messages.describe``), the command line prints the English sentence given.
    """

    #: A short machine-readable kind, used by the GUI to choose its buttons and words.
    kind = "storage"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message, path=path)
        self.code = self.kind
        self.path = path

    @property
    def message(self) -> str:
        return str(self.args[0])


class NotADatabaseError(StorageError):
    """The file exists but is not a SQLite database."""

    kind = "not_a_database"


class ReadOnlyDatabaseError(StorageError):
    """The file or its folder cannot be written."""

    kind = "read_only"


class DatabaseLockedError(StorageError):
    """Another running PressDesk holds the database."""

    kind = "locked"


class CorruptDatabaseError(StorageError):
    """SQLite reports the file as damaged."""

    kind = "corrupt"


class DatabaseTooNewError(StorageError):
    """The database was written by a newer PressDesk."""

    kind = "too_new"


class DatabaseUnavailableError(StorageError):
    """The database server or file cannot be reached."""

    kind = "unavailable"


class BackupError(StorageError):
    """A backup or restore could not be completed."""

    kind = "backup"


class UpgradeError(StorageError):
    """The schema upgrade failed; the database is as it was, and a backup was taken first."""

    kind = "upgrade"

    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None) -> None:
        super().__init__(message, path)
        self.backup = backup
