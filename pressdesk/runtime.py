"""What every entry point needs: folders, settings and the database location."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressdesk.fileio import remove_stale_temporaries
from pressdesk.paths import ENV_DB, AppPaths, keep_files_private, resolve_db_url, resolve_paths
from pressdesk.settings import SERVER_HOST, Settings
from pressdesk.storage.errors import ReadOnlyDatabaseError

if TYPE_CHECKING:
    # The database layer (SQLAlchemy) is imported when a database is opened, not before:
    # `pressdesk --help` and the window's first paint do not wait for it.
    from pressdesk.storage.engine import Database


@dataclass
class Runtime:
    """The resolved folders, settings and database URL of this run."""

    paths: AppPaths
    settings: Settings
    db_url: str

    @classmethod
    def create(cls, data_dir: str | None = None, db_url: str | None = None) -> Runtime:
        """Resolve folders and the database URL from arguments, environment and defaults."""
        keep_files_private()
        paths = resolve_paths(data_dir)
        try:
            paths.ensure()
        except OSError as exc:
            raise ReadOnlyDatabaseError(
                f"The data folder {paths.data_dir} cannot be created or written "
                f"({exc.strerror or exc}). PressDesk keeps its database, settings and logs "
                "there: choose another folder with --data-dir, or ask for write access.",
                paths.data_dir,
            ) from exc
        for folder in (paths.data_dir, paths.backup_dir):
            remove_stale_temporaries(folder)
        store = Settings(paths.settings_file)
        url = resolve_db_url(paths, db_url)
        if not db_url and not os.environ.get(ENV_DB) and store.get(SERVER_HOST):
            # The shared server chosen in the window; the command line and environment win.
            from pressdesk.services.server import saved_server_url

            url = saved_server_url(store) or url
        return cls(paths, store, url)

    def open_db(self, url: str | None = None, *, verify: bool = False) -> Database:
        """Open (and migrate) the database at ``url`` or the configured one as the person who
        works at this computer; ``verify`` checks the whole file first."""
        from pressdesk.services.team import apply_identity
        from pressdesk.storage.opening import open_database

        db = open_database(url or self.db_url, self.paths.backup_dir, verify=verify)
        # Changes made here, from the window or a command, are recorded in the name of the
        # staff member chosen on this computer for this database.
        apply_identity(self.settings, db)
        return db

    @property
    def db_label(self) -> str:
        """Return the database file path, or the URL without a password."""
        from pressdesk.storage.engine import sqlite_file_of

        path = sqlite_file_of(self.db_url)
        if path is not None:
            return str(path)
        from sqlalchemy import make_url

        return make_url(self.db_url).render_as_string(hide_password=True)
