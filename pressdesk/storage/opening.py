"""Open a database for use: connect, check, back up and migrate in one call."""

from __future__ import annotations

import logging
from pathlib import Path

from pressdesk.storage.engine import Database, connect
from pressdesk.storage.migrate import MigrationResult, refuse_newer_file, upgrade

log = logging.getLogger(__name__)


def open_database(
    url: str, backup_dir: Path | None, *, lock: bool = True, verify: bool = False
) -> Database:
    """Open ``url`` ready for use, migrating it if needed; raise StorageError on trouble.

    ``verify`` checks the whole file first (after a restore); an unclean last session does too.
    """
    db = connect(url, lock=lock, validate=refuse_newer_file, verify=verify)
    try:
        result: MigrationResult = upgrade(db, backup_dir)
    except BaseException:
        db.close()
        raise
    if result.changed:
        log.info("Database %s now at schema %s", db.where, result.to_revision)
    return db
