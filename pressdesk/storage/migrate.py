"""Bring the schema up to date with Alembic, taking a backup first; refuse newer databases."""

from __future__ import annotations

import ast
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from pressdesk.storage.backup import timestamped_backup
from pressdesk.storage.engine import BUSY_TIMEOUT_MS, Database, advisory_key, read_revision
from pressdesk.storage.errors import DatabaseTooNewError, NotADatabaseError, UpgradeError

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


# A script's own one-line assignments, e.g. ``down_revision = "0001"``.
_ASSIGNMENT = re.compile(r"^(revision|down_revision) = (.+)$", re.MULTILINE)


def script_revisions(source: str) -> dict[str, object]:
    """Return the ``revision`` and ``down_revision`` a migration script assigns.

    Read from the one-line assignments Alembic writes; a script that assigns them otherwise
    is parsed whole (parsing every script made each open of a database ~20 ms slower).
    """
    values: dict[str, object] = {}
    try:
        for name, value in _ASSIGNMENT.findall(source):
            values[name] = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        values = {}
    if {"revision", "down_revision"} <= values.keys():
        return values
    values = {}
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in {"revision", "down_revision"}
        ):
            values[node.targets[0].id] = ast.literal_eval(node.value)
    return values


@cache
def _revision_graph(folder: Path) -> dict[str, str | None]:
    """Map each revision to its parent by reading the scripts' assignments.

    Alembic itself is imported only when a migration has to run, which keeps start-up fast.
    """
    graph: dict[str, str | None] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        values = script_revisions(script.read_text(encoding="utf-8"))
        revision = values.get("revision")
        if isinstance(revision, str):
            parent = values.get("down_revision")
            graph[revision] = parent if isinstance(parent, str) else None
    return graph


def known_revisions() -> set[str]:
    """Return every schema revision this PressDesk knows."""
    return set(_revision_graph(MIGRATIONS_DIR))


def head_revision() -> str:
    """Return the newest schema revision this PressDesk knows."""
    graph = _revision_graph(MIGRATIONS_DIR)
    parents = {parent for parent in graph.values() if parent is not None}
    heads = [rev for rev in graph if rev not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"The migration scripts must have exactly one head, found {heads}")
    return heads[0]


def current_revision(db: Database) -> str | None:
    """Return the schema revision stored in the database (None if it has no schema yet)."""
    with db.engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
        tables = set(inspect(conn).get_table_names())
    current = current_revision(db)
    where = db.where
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
    if current is not None and backup_dir is not None:
        backup = _backup_before(db, backup_dir, f"before-{head}")
        if backup is not None:
            log.info(
                "Backed up %s to %s before migrating %s -> %s", db.where, backup, current, head
            )
    from alembic import command

    cfg = alembic_config()
    engine = _transactional_engine(db) if db.is_sqlite else db.engine
    try:
        with engine.begin() as conn:
            if not db.is_sqlite:
                # Clients starting together on a shared server take turns; whoever comes
                # second finds the schema already at head, and alembic does nothing.
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({advisory_key('schema')})")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (DBAPIError, OSError) as exc:
        log.exception("Schema upgrade of %s failed", db.where)
        where = db.where
        kept = f" A copy taken before the upgrade is at {backup}." if backup else ""
        raise UpgradeError(
            f"The database {where} could not be upgraded to this version of PressDesk and was "
            f"left as it was: {exc}.{kept}",
            db.file,
            backup,
        ) from exc
    finally:
        if engine is not db.engine:
            engine.dispose()
    log.info("Schema migrated from %s to %s", current, head)
    return MigrationResult(current, head, backup)


def _backup_before(db: Database, folder: Path, reason: str) -> Path | None:
    """Back up the database before its schema changes; a server needs pg_dump for it."""
    if db.file is None:
        from pressdesk.storage.server_backup import tools_present

        if db.is_sqlite:
            return None
        if not tools_present():
            log.warning(
                "No backup of %s before the schema upgrade: pg_dump and pg_restore not found",
                db.where,
            )
            return None
    return timestamped_backup(db, folder, reason)


def _transactional_engine(db: Database) -> Engine:
    """Return an engine on the same SQLite file whose transactions hold DDL too.

    Python's sqlite3 commits before every CREATE or ALTER on its own, so a crash half-way
    through an upgrade would leave new tables without the revision that says they are there.
    Here the driver is put in autocommit mode and PressDesk opens the transaction itself, so the
    whole upgrade is committed at once or not at all.
    """
    engine = create_engine(
        db.url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        poolclass=NullPool,
    )

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
