"""Opening, migrating, checking, backing up and restoring the database."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from pressdesk.paths import sqlite_url
from pressdesk.services.staff import StaffRow, list_staff, save_staff
from pressdesk.storage import migrate
from pressdesk.storage.backup import (
    backup_to,
    restore_database,
    restore_file,
    validate_backup_file,
)
from pressdesk.storage.check import check_database
from pressdesk.storage.engine import connect
from pressdesk.storage.errors import (
    BackupError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from pressdesk.storage.lock import DatabaseLock
from pressdesk.storage.opening import open_database

OLD_DATABASES = Path(__file__).resolve().parent.parent / "data" / "databases"


@pytest.mark.sqlite_only("SQLite's journal mode and pragmas")
def test_new_database_is_migrated_with_wal_and_foreign_keys(db):
    assert migrate.current_revision(db) == migrate.head_revision()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_models_and_migrations_agree(db):
    report = check_database(db)
    assert report.ok, report.problems


def test_not_a_sqlite_file_is_refused_and_left_untouched(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"these are my notes, not a database\n" * 10)
    before = bogus.read_bytes()
    with pytest.raises(NotADatabaseError, match="not a PressDesk database"):
        open_database(sqlite_url(bogus), tmp_path / "backups")
    assert bogus.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(NotADatabaseError, match="another program"):
        open_database(sqlite_url(other), tmp_path / "backups")
    assert other.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file modes")
def test_read_only_file_is_refused(tmp_path, db):
    path = db.file
    db.close()
    path.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
            open_database(sqlite_url(path), tmp_path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.sqlite_only("file permissions of the database file")
def test_read_only_check_does_not_depend_on_uid(tmp_path, monkeypatch, db):
    """Root ignores file modes, so the access check itself is exercised here."""
    path = db.file
    db.close()
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: False if Path(p) == path and mode == os.W_OK else real_access(p, mode),
    )
    with pytest.raises(ReadOnlyDatabaseError):
        open_database(sqlite_url(path), tmp_path)


@pytest.mark.sqlite_only("the lock file beside the database file")
def test_second_open_is_refused_while_locked(db):
    with pytest.raises(DatabaseLockedError, match="already open in another PressDesk"):
        connect(db.url)
    db.close()
    again = connect(db.url)
    again.close()


def test_lock_held_by_other_holder_names_it(tmp_path):
    target = tmp_path / "x.db"
    holder = DatabaseLock(target)
    holder.acquire()
    try:
        with pytest.raises(DatabaseLockedError, match="process"):
            DatabaseLock(target).acquire()
    finally:
        holder.release()


def _corrupt_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    data = bytearray(target.read_bytes())
    # Overwrite the second page (the first table's b-tree page) with garbage.
    page = 4096
    data[page : page * 2] = b"\xde\xad\xbe\xef" * (page // 4)
    target.write_bytes(bytes(data))


def test_corrupt_database_is_refused_and_untouched(tmp_path, demo_db):
    clean = tmp_path / "clean.db"
    backup_to(demo_db, clean)
    broken = tmp_path / "broken.db"
    _corrupt_copy(clean, broken)
    before = broken.read_bytes()
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        open_database(sqlite_url(broken), tmp_path / "backups")
    assert broken.read_bytes() == before
    assert not (tmp_path / "broken.db-wal").exists()


@pytest.mark.sqlite_only("a database file from a newer version")
def test_newer_database_is_refused(tmp_path, db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    path = db.file
    db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of PressDesk"):
        open_database(sqlite_url(path), tmp_path / "backups")
    assert path.read_bytes() == before


def _scripts_with_extra_revision(tmp_path: Path) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9000_test_extra.py").write_text(
        f'''"""Test revision."""
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("test_extra")
''',
        encoding="utf-8",
    )
    return scripts


@pytest.mark.sqlite_only("restores a database file")
def test_restore_over_a_file_that_is_not_sqlite_keeps_its_bytes(tmp_path, demo_db):
    backup = tmp_path / "good.db"
    backup_to(demo_db, backup)
    target = tmp_path / "broken.db"
    target.write_bytes(b"garbage that used to be a database" * 50)
    kept = restore_database(backup, target)
    assert kept is not None
    assert kept.read_bytes() == b"garbage that used to be a database" * 50
    restored = connect(sqlite_url(target))
    try:
        assert list_staff(restored)
    finally:
        restored.close()


@pytest.mark.sqlite_only("restores a database file")
def test_restore_refuses_a_database_in_use(tmp_path, demo_db):
    backup = tmp_path / "good.db"
    backup_to(demo_db, backup)
    with pytest.raises(DatabaseLockedError):
        restore_database(backup, demo_db.file)


@pytest.mark.sqlite_only("file backups (a server is backed up with pg_dump, tests/pg)")
def test_migration_takes_a_backup_first(tmp_path, monkeypatch, db):
    save_staff(db, StaffRow("Абдыкадырова Сүйүү"))
    path = db.file
    db.close()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _scripts_with_extra_revision(tmp_path))
    assert migrate.head_revision() == "9000"
    backups = tmp_path / "backups"
    reopened = open_database(sqlite_url(path), backups)
    try:
        assert migrate.current_revision(reopened) == "9000"
    finally:
        reopened.close()
    taken = list(backups.glob("pressdesk-*-before-9000.db"))
    assert len(taken) == 1
    conn = sqlite3.connect(taken[0])
    try:
        assert conn.execute("SELECT full_name FROM staff_member").fetchall() == [
            ("Абдыкадырова Сүйүү",)
        ]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "9000"
    finally:
        conn.close()


@pytest.mark.parametrize("old", sorted(OLD_DATABASES.glob("*.db")), ids=lambda p: p.name)
def test_old_database_files_upgrade(tmp_path, old):
    copy = tmp_path / old.name
    shutil.copyfile(old, copy)
    database = open_database(sqlite_url(copy), tmp_path / "backups")
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
        assert check_database(database).ok
        assert list_staff(database), "the old file's staff survive the upgrade"
    finally:
        database.close()


@pytest.mark.sqlite_only("file backups (a server is backed up with pg_dump, tests/pg)")
def test_backup_and_restore_round_trip(tmp_path, demo_db):
    backup = tmp_path / "copy.db"
    backup_to(demo_db, backup)
    validate_backup_file(backup)
    names_before = [r.full_name for r in list_staff(demo_db)]
    save_staff(demo_db, StaffRow("Жаңы Кызматкер"))
    path = demo_db.file
    demo_db.close()
    kept = restore_file(backup, path)
    assert kept is not None and kept.exists()
    restored = connect(sqlite_url(path))
    try:
        assert [r.full_name for r in list_staff(restored)] == names_before
    finally:
        restored.close()
    kept_conn = sqlite3.connect(kept)
    try:
        names = [r[0] for r in kept_conn.execute("SELECT full_name FROM staff_member")]
    finally:
        kept_conn.close()
    assert "Жаңы Кызматкер" in names


@pytest.mark.sqlite_only("file backups (a server is backed up with pg_dump, tests/pg)")
def test_backup_refuses_own_file(db):
    with pytest.raises(BackupError):
        backup_to(db, db.file)


def test_restore_refuses_non_backup(tmp_path, db):
    junk = tmp_path / "junk.db"
    junk.write_text("not a backup", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        validate_backup_file(junk)


@pytest.mark.sqlite_only("file backups (a server is backed up with pg_dump, tests/pg)")
def test_failed_backup_leaves_no_file(tmp_path, db, monkeypatch):
    import pressdesk.storage.backup as backup_module

    def boom(source: Path, target: Path) -> None:
        target.write_bytes(b"partial")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup_module, "copy_sqlite", boom)
    target = tmp_path / "out" / "b.db"
    with pytest.raises(BackupError):
        backup_to(db, target)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


@pytest.mark.sqlite_only("SQLite's integrity and foreign-key pragmas")
def test_check_reports_foreign_key_problems(db):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql(
            "CREATE TABLE child (id INTEGER PRIMARY KEY,"
            " staff_id INTEGER REFERENCES staff_member(id))"
        )
        conn.exec_driver_sql("INSERT INTO child VALUES (1, 999)")
    report = check_database(db)
    assert any("foreign key" in p for p in report.problems)
    assert any("schema" in p for p in report.problems)


@pytest.mark.sqlite_only("reads SQLite's table layout")
def test_place_and_document_columns_come_and_go_with_their_migration(demo_db):
    from alembic import command

    from pressdesk.services.archive.records import ArchiveFilter, list_archive
    from pressdesk.services.profile import get_profile

    config = migrate.alembic_config()
    with demo_db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
    with demo_db.engine.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(archive_set)"))}
    assert "sheets" not in columns and "doc_number" not in columns
    with demo_db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert check_database(demo_db).ok
    # Rows kept through the round trip get empty values; nothing else is lost.
    assert get_profile(demo_db).place_ky == "" and get_profile(demo_db).name_ky
    documents = list_archive(demo_db, ArchiveFilter(kind="document")).rows
    assert documents and all(d.doc_number == "" and d.sheets is None for d in documents)


def test_a_dry_run_writes_for_real_and_keeps_nothing(db):
    from pressdesk.storage.dry_run import rolled_back

    save_staff(db, StaffRow("Асанова Айгүл"))
    with rolled_back(db) as scratch:
        # Each use case's own transaction is a savepoint: released, still not committed.
        save_staff(scratch, StaffRow("Токтогулов Бакыт"))
        save_staff(scratch, StaffRow("Петрова Елена"))
        assert len(list_staff(scratch)) == 3
        with pytest.raises(ValueError), scratch.session() as session:
            session.execute(text("DELETE FROM staff_member"))
            raise ValueError("a use case that fails rolls back its own part only")
        assert len(list_staff(scratch)) == 3
    assert [s.full_name for s in list_staff(db)] == ["Асанова Айгүл"]
    # The connection is back and the database writable as before.
    save_staff(db, StaffRow("Жумабаев Нурлан"))
    assert len(list_staff(db)) == 2
