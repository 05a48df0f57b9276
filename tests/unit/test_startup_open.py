"""The whole-file check runs for ``check``, a restore and after an unclean shutdown, not on a
routine open."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pressdesk import cli
from pressdesk.paths import sqlite_url
from pressdesk.storage.backup import backup_to, restore_database
from pressdesk.storage.engine import left_open
from pressdesk.storage.errors import BackupError, CorruptDatabaseError, NotADatabaseError
from pressdesk.storage.opening import open_database

WHOLE_FILE_CHECKS = ("quick_check", "integrity_check")


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record every SQL statement any SQLite connection of this process runs."""
    seen: list[str] = []
    original = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = original(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    yield seen


def _checks(seen: list[str]) -> list[str]:
    return [s for s in seen if any(word in s.lower() for word in WHOLE_FILE_CHECKS)]


def _closed_database(tmp_path: Path) -> Path:
    path = tmp_path / "base.db"
    open_database(sqlite_url(path), None).close()
    return path


def _crash_while_open(path: Path) -> None:
    """Open ``path`` in another process that dies without closing it."""
    code = (
        "import os, sys\n"
        "from pressdesk.paths import sqlite_url\n"
        "from pressdesk.storage.opening import open_database\n"
        "open_database(sqlite_url(sys.argv[1]), None)\n"
        "os._exit(9)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], check=False)
    assert result.returncode == 9


def test_routine_open_reads_no_whole_file(tmp_path, statements):
    path = _closed_database(tmp_path)
    statements.clear()
    open_database(sqlite_url(path), None).close()
    assert statements, "the trace saw no statement at all"
    assert _checks(statements) == []
    assert not left_open(path)


def test_open_after_an_unclean_shutdown_checks_the_whole_file(tmp_path, statements):
    path = _closed_database(tmp_path)
    _crash_while_open(path)
    assert left_open(path)
    statements.clear()
    open_database(sqlite_url(path), None).close()
    assert any("quick_check" in s for s in _checks(statements))
    # The clean close removed the marker, so the next open is a routine one again.
    assert not left_open(path)
    statements.clear()
    open_database(sqlite_url(path), None).close()
    assert _checks(statements) == []


def test_damage_after_an_unclean_shutdown_is_refused_untouched(tmp_path):
    path = _closed_database(tmp_path)
    _crash_while_open(path)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 3] = b"\x00\x01" * (page // 2)
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        open_database(sqlite_url(path), None)
    assert path.read_bytes() == before


@pytest.mark.sqlite_only("a database file cut short")
def test_a_cut_off_file_is_refused_on_a_routine_open(tmp_path, demo_db):
    copy = tmp_path / "copy.db"
    backup_to(demo_db, copy)
    data = copy.read_bytes()
    cut = tmp_path / "cut.db"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptDatabaseError, match="shorter"):
        open_database(sqlite_url(cut), None)


def test_check_command_checks_the_whole_file(tmp_path, statements, capsys):
    path = _closed_database(tmp_path)
    statements.clear()
    assert cli.main(["--db", str(path), "check"]) == 0
    assert any("integrity_check" in s for s in _checks(statements))
    assert "OK" in capsys.readouterr().out


@pytest.mark.sqlite_only("restores a database file")
def test_restore_checks_the_backup_and_the_restored_file(tmp_path, demo_db, statements):
    backup = tmp_path / "good.db"
    backup_to(demo_db, backup)
    target = _closed_database(tmp_path)
    statements.clear()
    restore_database(backup, target)
    assert any("integrity_check" in s for s in _checks(statements))
    statements.clear()
    assert cli.main(["--db", str(target), "restore", str(backup), "--yes"]) == 0
    # The backup is checked before it replaces anything, the restored file when it is opened.
    assert any("integrity_check" in s for s in _checks(statements))
    assert any("quick_check" in s for s in _checks(statements))


def test_restore_refuses_a_damaged_backup(tmp_path, demo_db):
    backup = tmp_path / "bad.db"
    backup_to(demo_db, backup)
    data = bytearray(backup.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xde\xad" * 2048
    backup.write_bytes(bytes(data))
    target = _closed_database(tmp_path)
    before = target.read_bytes()
    with pytest.raises((BackupError, CorruptDatabaseError, NotADatabaseError)):
        restore_database(backup, target)
    assert target.read_bytes() == before
