"""Reliability: upgrades killed half-way, read-only checks, backups beside the window, privacy."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pressdesk.paths import sqlite_url
from pressdesk.services.staff import list_staff
from pressdesk.storage import migrate
from pressdesk.storage.opening import open_database

OLD = Path(__file__).resolve().parents[1] / "data" / "databases" / "schema-0001-demo.db"

# Runs the upgrade in a process of its own and kills it (no clean-up, like a power cut) at the
# N-th statement that changes the file.
KILLER = textwrap.dedent(
    """
    import os, sys
    from sqlalchemy import Engine, event
    from pressdesk.paths import sqlite_url
    from pressdesk.storage.opening import open_database

    limit = int(sys.argv[2])
    seen = [0]

    @event.listens_for(Engine, "before_cursor_execute")
    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().split(" ", 1)[0].upper() in {
            "CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE"
        }:
            seen[0] += 1
            if seen[0] == limit:
                os._exit(9)

    open_database(sqlite_url(sys.argv[1]), None).close()
    print(seen[0])
    """
)


def _run(db_file: Path, limit: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", KILLER, str(db_file), str(limit)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture(scope="module")
def statements(tmp_path_factory: pytest.TempPathFactory) -> int:
    """How many changing statements a full upgrade of the old file runs."""
    target = tmp_path_factory.mktemp("count") / "old.db"
    shutil.copyfile(OLD, target)
    done = _run(target, 10**9)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


@pytest.mark.parametrize("share", [0.0, 0.15, 0.35, 0.5, 0.7, 0.9, 1.0])
def test_an_upgrade_killed_at_any_step_leaves_a_database_that_opens(
    statements: int, share: float, tmp_path: Path
) -> None:
    limit = max(1, round(statements * share))
    target = tmp_path / "old.db"
    shutil.copyfile(OLD, target)
    killed = _run(target, limit)
    assert killed.returncode == 9, (limit, killed.stdout, killed.stderr)
    # Killed inside the upgrade's one transaction: the file is still at its old revision.
    db = open_database(sqlite_url(target), None, lock=False)
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
        assert list_staff(db), "the old file's data survive"
    finally:
        db.close()


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_check_changes_not_a_byte_of_the_file_it_checks(tmp_path: Path, capsys) -> None:
    from pressdesk import cli
    from pressdesk.storage.backup import copy_sqlite

    db = open_database(sqlite_url(tmp_path / "work.db"), None)
    copy = tmp_path / "copy.db"
    copy_sqlite(db.file, copy)  # a rollback-journal file, as backups are
    db.close()
    before = _fingerprint(copy)
    assert cli.main(["--db", str(copy), "check"]) == cli.EXIT_OK
    assert "OK" in capsys.readouterr().out
    assert _fingerprint(copy) == before
    assert not copy.with_name("copy.db.lock").exists()
    assert not copy.with_name("copy.db-wal").exists()


def test_a_failed_upgrade_says_where_the_copy_taken_before_is(tmp_path, monkeypatch, capsys):
    from alembic import command

    from pressdesk import cli
    from pressdesk.storage.engine import read_revision

    target = tmp_path / "old.db"
    shutil.copyfile(OLD, target)
    revision = read_revision(target)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(command, "upgrade", broken)
    code = cli.main(["--data-dir", str(tmp_path / "data"), "--db", str(target), "staff", "list"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_STORAGE
    assert "could not be upgraded" in err and "left as it was" in err and "before-" in err
    assert "Traceback" not in err
    assert read_revision(target) == revision  # the schema and its data are as they were


def test_a_backup_from_a_newer_pressdesk_is_refused_before_anything_is_replaced(
    tmp_path: Path, capsys
) -> None:
    import sqlite3

    from pressdesk import cli

    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "staff", "add", "Асанова Айгүл"]) == 0
    newer = tmp_path / "newer.db"
    shutil.copyfile(data / "pressdesk.db", newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = (data / "pressdesk.db").read_bytes()
    code = cli.main(["--data-dir", str(data), "restore", str(newer), "--yes"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_STORAGE and "newer version of PressDesk" in err
    assert (data / "pressdesk.db").read_bytes() == before
    assert not list(data.glob("*.before-restore-*"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_data_folder_and_its_files_are_private(tmp_path: Path) -> None:
    import os
    import stat

    data = tmp_path / "data"
    data.mkdir(mode=0o755)  # as an earlier version left it
    export = tmp_path / "base.csv"
    env = {**os.environ, "PRESSDESK_DATA_DIR": str(data)}
    for argv in (["demo"], ["contacts", "export", str(export)], ["backup", str(tmp_path / "b.db")]):
        done = subprocess.run(
            [sys.executable, "-m", "pressdesk", *argv], env=env, capture_output=True, check=False
        )
        assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    created = [data / "pressdesk.db", data / "logs" / "pressdesk.log", export, tmp_path / "b.db"]
    for path in created:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_backup_while_the_window_has_the_database_open_and_verify(tmp_path: Path, capsys):
    from pressdesk import cli
    from pressdesk.storage.lock import DatabaseLock

    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "staff", "add", "Асанова Айгүл"]) == 0
    lock = DatabaseLock(data / "pressdesk.db")
    lock.acquire()  # as the open window holds it
    try:
        target = tmp_path / "copy.db"
        assert cli.main(["--data-dir", str(data), "backup", str(target)]) == cli.EXIT_OK
    finally:
        lock.release()
    assert "verified" in capsys.readouterr().out
    assert cli.main(["backup", "--verify", str(target)]) == cli.EXIT_OK
    assert "intact PressDesk backup" in capsys.readouterr().out
    damaged = tmp_path / "damaged.db"
    data_bytes = bytearray(target.read_bytes())
    data_bytes[4096 : 4096 * 2] = b"\xde\xad\xbe\xef" * 1024
    damaged.write_bytes(bytes(data_bytes))
    assert cli.main(["backup", "--verify", str(damaged)]) == cli.EXIT_STORAGE
    assert "damaged" in capsys.readouterr().err


def test_a_data_folder_that_cannot_be_written_gives_one_clear_message(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    from pressdesk import cli

    real_mkdir = Path.mkdir

    def refuse(self, *args, **kwargs):
        if str(self).startswith(str(tmp_path / "ro")):
            raise PermissionError(13, "Permission denied", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refuse)
    code = cli.main(["--data-dir", str(tmp_path / "ro" / "data"), "staff", "list"])
    captured = capsys.readouterr()
    assert code == cli.EXIT_STORAGE
    assert "cannot be created or written" in captured.err and "--data-dir" in captured.err
    assert "Traceback" not in captured.err and "Logging error" not in captured.err


def test_a_log_that_cannot_be_written_is_left_out_quietly(tmp_path: Path, capsys) -> None:
    import logging

    from pressdesk.logs import setup_logging, shutdown_logging

    blocker = tmp_path / "logs"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    setup_logging(blocker / "pressdesk.log")
    logging.getLogger("pressdesk.test").warning("nowhere to write this")
    shutdown_logging()
    assert "Logging error" not in capsys.readouterr().err


def test_a_full_disk_is_a_sentence_and_an_exit_code(tmp_path: Path, monkeypatch, capsys) -> None:
    import errno

    from sqlalchemy.exc import OperationalError

    from pressdesk import cli
    from pressdesk.services import staff

    data = str(tmp_path / "data")
    assert cli.main(["--data-dir", data, "staff", "list"]) == cli.EXIT_OK

    def full(*args, **kwargs):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(staff, "save_staff", full)
    code = cli.main(["--data-dir", data, "staff", "add", "Асанова Айгүл"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_STORAGE and "Free some disk space" in err and "Traceback" not in err

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.csv"))

    monkeypatch.setattr(staff, "save_staff", no_space)
    code = cli.main(["--data-dir", data, "staff", "add", "Асанова Айгүл"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_STORAGE and "No space left on device" in err and "x.csv" in err


def test_scheduled_backups_once_per_interval_verified_rotated_and_copied(tmp_path: Path) -> None:
    from pressdesk import clock
    from pressdesk.storage.backup import auto_backups, scheduled_backup

    db = open_database(sqlite_url(tmp_path / "work.db"), None)
    folder, second = tmp_path / "backups", tmp_path / "usb"
    try:
        for day in range(1, 6):
            with clock.frozen(f"2026-12-{day:02d}T09:00"):
                made = scheduled_backup(db, folder, interval_days=1, keep=3, second_folder=second)
                assert made.written is not None and made.problems == ()
            with clock.frozen(f"2026-12-{day:02d}T17:00"):  # the same day: nothing new
                again = scheduled_backup(db, folder, interval_days=1, keep=3, second_folder=second)
                assert again.written is None and again.last_good == made.last_good
        kept = auto_backups(folder)
        assert [when.day for when, _ in kept] == [5, 4, 3]
        assert [p.name for _, p in auto_backups(second)] == [p.name for _, p in kept]
        with clock.frozen("2026-12-06T09:00"):
            off = scheduled_backup(db, folder, interval_days=0, keep=3)
        assert off.written is None
        blocked = tmp_path / "not-a-folder"
        blocked.write_text("x", encoding="utf-8")
        with clock.frozen("2026-12-07T09:00"):
            partly = scheduled_backup(db, folder, interval_days=1, keep=3, second_folder=blocked)
        assert partly.written is not None and "not-a-folder" in partly.problems[0]
    finally:
        db.close()


def test_a_demo_that_fails_half_way_leaves_the_database_empty(db, monkeypatch) -> None:
    from pressdesk.services import demo

    parts = demo.demo_parts()

    def broken(_db, _rng):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo, "demo_parts", lambda: [*parts[:2], demo.DemoPart("x", broken)])
    before = {name: _count(db, name) for name in ("staff_member", "person", "outlet")}
    with pytest.raises(OSError):
        demo.fill_demo(db)
    assert not list_staff(db)
    assert {name: _count(db, name) for name in before} == before
    monkeypatch.undo()
    demo.fill_demo(db)  # and the demo can be filled afterwards
    assert list_staff(db)


def _count(db, table: str) -> int:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def test_automatic_backups_are_known_by_the_time_in_their_name(tmp_path):
    from pressdesk.storage.backup import AUTO_PREFIX, auto_backups

    for stamp in ("20261204-101500", "20270101-000001", "20261304-101500", "2026124-10150", "x"):
        (tmp_path / f"{AUTO_PREFIX}{stamp}.db").write_bytes(b"")
    (tmp_path / f"{AUTO_PREFIX}20261231-235959-2.db").write_bytes(b"")  # a second copy that second
    found = [(taken.isoformat(), path.name) for taken, path in auto_backups(tmp_path)]
    assert found == [
        ("2027-01-01T00:00:01", f"{AUTO_PREFIX}20270101-000001.db"),
        ("2026-12-31T23:59:59", f"{AUTO_PREFIX}20261231-235959-2.db"),
        ("2026-12-04T10:15:00", f"{AUTO_PREFIX}20261204-101500.db"),
    ]
