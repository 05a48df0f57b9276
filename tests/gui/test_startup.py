"""Starting the GUI: storage problems get a dialog with a way out and never touch the file."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pressdesk.gui import database_ops
from pressdesk.gui.application import EXIT_STORAGE, run_gui
from pressdesk.gui.messages import explain
from pressdesk.paths import sqlite_url
from pressdesk.runtime import Runtime
from pressdesk.services.profile import get_profile
from pressdesk.settings import UI_LANGUAGE
from pressdesk.storage.backup import backup_to
from pressdesk.storage.errors import (
    DatabaseLockedError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)
from pressdesk.storage.lock import DatabaseLock
from pressdesk.storage.opening import open_database
from tests.gui.conftest import ts_translation
from tests.gui.test_no_english_errors import ours_in_details

CHOICES = ("open", "restore", "quit")


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _make_database(path: Path) -> Path:
    open_database(sqlite_url(path), None).close()
    return path


def _start_and_quit(answers, data_dir: Path, db: Path, kind: type[StorageError]) -> int:
    """Start on ``db`` in Kyrgyz, check the error dialog and choose Quit."""
    Runtime.create(str(data_dir)).settings.set(UI_LANGUAGE, "ky")
    answers.messages.append("quit")
    code = run_gui(str(data_dir), str(db), argv=["pressdesk"])
    (message,) = answers.asked
    assert message.kind == "error"
    assert message.keys == CHOICES
    headline = ts_translation("ky", "StorageMessages", explain(kind("")).headline)
    assert message.text.startswith(headline)
    assert str(db) in message.text
    assert ts_translation("ky", "StorageMessages", "The file has not been changed.") in message.text
    # Only what SQLite or the system reported goes under the details, never an English sentence.
    assert not ours_in_details(message.details)
    return code


def test_a_file_that_is_not_a_database(qapp, answers, data_dir, tmp_path):
    bad = tmp_path / "letter.db"
    bad.write_bytes(b"Dear colleagues,\n" * 40)
    before = _fingerprint(bad)
    assert _start_and_quit(answers, data_dir, bad, NotADatabaseError) == EXIT_STORAGE
    assert _fingerprint(bad) == before
    assert list(tmp_path.glob("letter*")) == [bad]


def test_a_database_locked_by_another_pressdesk(qapp, answers, data_dir, tmp_path):
    db = _make_database(tmp_path / "shared.db")
    before = _fingerprint(db)
    lock = DatabaseLock(db)
    lock.acquire()
    try:
        assert _start_and_quit(answers, data_dir, db, DatabaseLockedError) == EXIT_STORAGE
    finally:
        lock.release()
    assert _fingerprint(db) == before


@pytest.fixture
def honour_read_only(monkeypatch):
    """Make os.access follow the permission bits even for root, as for a normal user."""
    if os.name == "nt" or os.geteuid() != 0:
        return
    import pressdesk.storage.engine as engine

    real_access = os.access

    def access(path, mode, **kwargs):
        if mode & os.W_OK and not Path(path).stat().st_mode & stat.S_IWUSR:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(engine.os, "access", access)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_read_only_database(qapp, answers, data_dir, tmp_path, honour_read_only):
    db = _make_database(tmp_path / "readonly.db")
    db.chmod(0o444)
    try:
        before = _fingerprint(db)
        assert _start_and_quit(answers, data_dir, db, ReadOnlyDatabaseError) == EXIT_STORAGE
        assert _fingerprint(db) == before
    finally:
        db.chmod(0o644)


def test_open_another_database_from_the_error_dialog(qapp, answers, data_dir, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 100)
    good = _make_database(tmp_path / "good.db")
    runtime = Runtime.create(str(data_dir), str(bad))
    answers.messages.append("open")
    answers.files.append(good)
    db = database_ops.open_with_recovery(None, runtime)
    assert db is not None
    try:
        assert db.file == good.resolve()
        assert runtime.db_url == sqlite_url(good)
    finally:
        db.close()


def test_restore_from_the_error_dialog_keeps_the_damaged_file(
    qapp, answers, data_dir, tmp_path, demo_db
):
    backup = backup_to(demo_db, tmp_path / "backup.db")
    expected = get_profile(demo_db)
    bad = tmp_path / "work" / "pressdesk.db"
    bad.parent.mkdir()
    garbage = b"damaged beyond repair " * 64
    bad.write_bytes(garbage)
    runtime = Runtime.create(str(data_dir), str(bad))

    answers.messages.extend(["restore", "yes", "ok"])
    answers.files.append(backup)
    db = database_ops.open_with_recovery(None, runtime)
    assert db is not None
    try:
        assert get_profile(db) == expected
    finally:
        db.close()
    (kept,) = bad.parent.glob("pressdesk.before-restore-*.db")
    assert kept.read_bytes() == garbage
    assert str(kept) in answers.asked[-1].text


def test_restore_into_a_locked_database_is_refused(qapp, answers, data_dir, tmp_path, demo_db):
    backup = backup_to(demo_db, tmp_path / "backup.db")
    db_file = _make_database(tmp_path / "busy.db")
    before = _fingerprint(db_file)
    runtime = Runtime.create(str(data_dir), str(db_file))
    lock = DatabaseLock(db_file)
    lock.acquire()
    try:
        answers.messages.extend(["restore", "yes", "ok", "quit"])
        answers.files.append(backup)
        assert database_ops.open_with_recovery(None, runtime) is None
    finally:
        lock.release()
    assert [m.kind for m in answers.asked] == ["error", "question", "error", "error"]
    assert _fingerprint(db_file) == before


def test_run_gui_shows_the_window_and_returns_when_it_closes(qapp, answers, data_dir, demo_db):
    from pressdesk.gui.main_window import MainWindow

    demo_db.close()
    shown: list[MainWindow] = []

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget)
                widget.close()
                return
        QTimer.singleShot(10, close_window)

    QTimer.singleShot(0, close_window)
    before = sys.excepthook
    assert run_gui(str(data_dir), None, argv=["pressdesk"]) == 0
    assert shown and shown[0].windowTitle().endswith("PressDesk")
    assert sys.excepthook is before
    assert qapp.applicationName() == "PressDesk"


def test_a_held_start_turns_the_collector_on_after_the_first_page(
    qapp, answers, data_dir, demo_db, monkeypatch
):
    import gc

    from pressdesk import collector
    from pressdesk.gui.main_window import MainWindow

    demo_db.close()
    pages_at_freeze: list[list[str]] = []

    def freeze() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        pages_at_freeze.append([key for w in windows for key in w._pages])

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and gc.isenabled():
                widget.close()
                return
        QTimer.singleShot(10, close_window)

    monkeypatch.setattr(gc, "freeze", freeze)
    was = gc.isenabled()
    collector.hold_for_start()
    try:
        QTimer.singleShot(0, close_window)
        assert run_gui(str(data_dir), None, argv=["pressdesk"]) == 0
        assert gc.isenabled()
        assert pages_at_freeze == [["contacts"]]
    finally:
        collector.start_done()
        if was:
            gc.enable()
