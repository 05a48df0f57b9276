"""Locate PressDesk's data, log, backup and resource folders."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from pressdesk import APP_NAME

ENV_DATA_DIR = "PRESSDESK_DATA_DIR"
ENV_DB = "PRESSDESK_DB"
ENV_RESOURCES = "PRESSDESK_RESOURCES"
DB_FILENAME = "pressdesk.db"


@dataclass(frozen=True)
class AppPaths:
    """The folders one running PressDesk uses; everything lives below ``data_dir``."""

    data_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "pressdesk.log"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> None:
        """Create the folders if they are missing, readable by this user only."""
        for folder in (self.data_dir, self.log_dir, self.backup_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            make_private(folder)


def keep_files_private() -> None:
    """Make every file and folder this process creates readable by its user only (POSIX).

    The database, its journal, the logs and the exports hold personal data of journalists and
    colleagues; on a shared Linux machine other accounts must not read them. Windows keeps
    them private through the per-user profile folder.
    """
    if os.name == "posix":
        os.umask(0o077)


def make_private(path: Path) -> None:
    """Take group and other permissions off ``path`` if this user owns it (POSIX)."""
    if os.name != "posix":
        return
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            path.chmod(info.st_mode & 0o700)
    except OSError:
        pass  # a folder this user cannot change stays as it is; the files in it are private


def absolute(path: str | os.PathLike[str]) -> Path:
    """Return ``path`` made absolute without turning a mapped drive into its UNC name.

    ``Path.resolve()`` on Windows follows ``P:\\`` to ``\\\\server\\share``, which SQLite then
    rejects in a URI; ``abspath`` keeps the drive letter the user chose.
    """
    expanded = Path(path).expanduser()
    if sys.platform == "win32":
        return Path(os.path.abspath(expanded))  # noqa: PTH100 - resolve() is what must not run
    return expanded.resolve()


def default_data_dir() -> Path:
    """Return the per-user data folder of the platform (e.g. %LOCALAPPDATA%\\PressDesk)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Pick the data folder: the argument, then $PRESSDESK_DATA_DIR, then the platform default."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return AppPaths(absolute(chosen))


def resolve_db_url(paths: AppPaths, db_url: str | None = None) -> str:
    """Pick the database URL: the argument, then $PRESSDESK_DB, then SQLite in the data folder."""
    url = db_url or os.environ.get(ENV_DB)
    if url:
        if "://" not in url:
            # A bare file name is accepted as a SQLite database path.
            return sqlite_url(Path(url))
        return url
    return sqlite_url(paths.database_file)


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{absolute(path).as_posix()}"


def resources_dir() -> Path:
    """Return the folder with icons, translations, fonts and shipped data."""
    override = os.environ.get(ENV_RESOURCES)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "_resources"
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"
