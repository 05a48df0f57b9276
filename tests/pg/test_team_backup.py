"""Team mode: a shared database is backed up with pg_dump and restored with pg_restore."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, func, select

from pressdesk.services.demo import fill_demo
from pressdesk.storage.backup import backup_to
from pressdesk.storage.contacts_models import Person
from pressdesk.storage.engine import Database
from pressdesk.storage.errors import BackupError
from pressdesk.storage.migrate import alembic_config, head_revision
from pressdesk.storage.opening import open_database
from pressdesk.storage.server_backup import is_dump, restore_server, validate_dump
from tests.support.pgserver import PASSWORD


def _people(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def _cli(url: str, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRESSDESK_DB": url}
    return subprocess.run(
        [sys.executable, "-m", "pressdesk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


def test_backup_and_restore_bring_the_shared_base_back(pg_url, tmp_path):
    db = open_database(pg_url, tmp_path / "backups")
    try:
        fill_demo(db)
        people = _people(db)
        target = backup_to(db, tmp_path / "shared.dump")
        assert is_dump(target)
        validate_dump(target)
        with db.session() as session:
            session.execute(delete(Person))
        assert _people(db) == 0
        restore_server(target, pg_url)
        assert _people(db) == people
    finally:
        db.close()


def test_the_command_line_backs_up_verifies_and_restores_a_server(pg_url, tmp_path):
    data = tmp_path / "data"
    assert _cli(pg_url, data, "demo").returncode == 0
    dump = tmp_path / "b.dump"
    made = _cli(pg_url, data, "backup", str(dump))
    assert made.returncode == 0, made.stderr
    assert PASSWORD not in made.stdout + made.stderr
    verified = _cli(pg_url, data, "backup", "--verify", str(dump))
    assert verified.returncode == 0 and "readable backup" in verified.stdout
    restored = _cli(pg_url, data, "restore", "--yes", str(dump))
    assert restored.returncode == 0, restored.stderr
    assert PASSWORD not in restored.stdout + restored.stderr


def test_a_schema_upgrade_of_a_server_is_backed_up_first(pg_url, tmp_path):
    db = open_database(pg_url, tmp_path / "first")
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0017")
    db.close()
    backups = tmp_path / "backups"
    db = open_database(pg_url, backups)
    try:
        made = sorted(backups.glob(f"pressdesk-*-before-{head_revision()}.dump"))
        assert len(made) == 1
        validate_dump(made[0])
    finally:
        db.close()


def test_a_file_that_is_not_a_dump_is_refused(tmp_path):
    fake = tmp_path / "x.dump"
    fake.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(BackupError, match="not a backup of a database server"):
        validate_dump(fake)
