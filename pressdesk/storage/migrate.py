"""Bring the schema up to date with Alembic, taking a backup first; refuse newer databases."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from pressdesk.storage.backup import timestamped_backup
from pressdesk.storage.engine import Database, read_revision
from pressdesk.storage.errors import DatabaseTooNewError, NotADatabaseError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    """What ``upgrade`` did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    """Return an Alembic config pointing at PressDesk's migration scripts."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """Return the newest schema revision this PressDesk knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """Return the schema revision stored in the database (None if it has no schema yet)."""
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    """Return every schema revision this PressDesk knows."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def refuse_newer_file(path: Path) -> None:
    """Raise DatabaseTooNewError if the SQLite file at ``path`` has an unknown revision."""
    revision = read_revision(path)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(
            f"The database {path} was written by a newer version of PressDesk "
            f"(schema {revision}). Install the newer PressDesk, or open another database.",
            path,
        )


def check_revision(db: Database) -> str | None:
    """Raise if the database is not PressDesk's or is newer than this app; return its revision."""
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    where = db.file or db.url
    if current is None:
        if tables - {"alembic_version"}:
            raise NotADatabaseError(
                f"{where} holds tables of another program, not a PressDesk database.", db.file
            )
        return None
    if current not in known_revisions():
        raise DatabaseTooNewError(
            f"The database {where} was written by a newer version of PressDesk "
            f"(schema {current}). Install the newer PressDesk, or open another database.",
            db.file,
        )
    return current


def upgrade(db: Database, backup_dir: Path | None) -> MigrationResult:
    """Apply pending migrations; an existing SQLite file is backed up first."""
    current = check_revision(db)
    head = head_revision()
    if current == head:
        return MigrationResult(current, head, None)
    backup: Path | None = None
    if current is not None and db.file is not None and backup_dir is not None:
        backup = timestamped_backup(db, backup_dir, f"before-{head}")
        log.info("Backed up %s to %s before migrating %s -> %s", db.file, backup, current, head)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("Schema migrated from %s to %s", current, head)
    return MigrationResult(current, head, backup)
