"""Opening a file given to the program (double-click, "Open with", `pressdesk FILE`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pressdesk.gui import database_ops
from pressdesk.gui.application import run_gui
from pressdesk.gui.main_window import MainWindow
from pressdesk.paths import sqlite_url
from pressdesk.runtime import Runtime
from pressdesk.services.staff import StaffRow, list_staff, save_staff
from pressdesk.storage.backup import BACKUP_MARK, backup_to, is_backup_file
from pressdesk.storage.opening import open_database


def _database_with(path: Path, name: str) -> Path:
    db = open_database(sqlite_url(path), None)
    save_staff(db, StaffRow(name))
    db.close()
    return path


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _staff_names(path: Path) -> list[str]:
    db = open_database(sqlite_url(path), None)
    try:
        return [row.full_name for row in list_staff(db)]
    finally:
        db.close()


def _close_window_soon(shown: list[MainWindow]) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget)
                widget.close()
                return
        QTimer.singleShot(10, close)

    QTimer.singleShot(0, close)


def test_backups_carry_a_mark_and_a_restored_database_does_not(db, tmp_path):
    backup = backup_to(db, tmp_path / "copy.db")
    assert _user_version(backup) == BACKUP_MARK
    assert is_backup_file(backup)
    assert not is_backup_file(db.file)
    plain = tmp_path / "work.db"
    plain.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert not is_backup_file(plain)
    assert is_backup_file(tmp_path / "backups" / "pressdesk.db")  # where the app keeps them
    assert not is_backup_file(tmp_path / "missing.db")


def test_a_database_given_on_the_command_line_is_opened(qapp, answers, data_dir, tmp_path):
    other = _database_with(tmp_path / "ministry.db", "Асанова Айгүл")
    shown: list[MainWindow] = []
    _close_window_soon(shown)
    assert run_gui(str(data_dir), None, argv=["pressdesk"], open_file=str(other)) == 0
    assert shown and shown[0].runtime.db_url == sqlite_url(other)
    assert answers.asked == []


def test_a_missing_file_is_reported_and_the_usual_database_opens(qapp, answers, data_dir):
    answers.messages.append("ok")
    shown: list[MainWindow] = []
    _close_window_soon(shown)
    missing = data_dir / "nowhere" / "gone.db"
    assert run_gui(str(data_dir), None, argv=["pressdesk"], open_file=str(missing)) == 0
    (message,) = answers.asked
    assert message.kind == "error" and str(missing) in message.text
    assert not missing.exists()  # nothing was created in its place
    assert shown[0].runtime.db_url == Runtime.create(str(data_dir)).db_url


def test_a_backup_is_restored_into_the_database_after_asking(qapp, answers, data_dir, tmp_path):
    runtime = Runtime.create(str(data_dir))
    current = runtime.open_db()
    save_staff(current, StaffRow("Текущий Сотрудник"))
    current.close()
    source = open_database(sqlite_url(tmp_path / "old.db"), None)
    save_staff(source, StaffRow("Из Копии"))
    backup = backup_to(source, tmp_path / "saved.db")
    source.close()
    before = backup.read_bytes()
    answers.messages += ["restore", "yes", "ok"]  # restore? → confirm → done
    chosen = database_ops.file_to_open(None, runtime, backup)
    assert chosen is None
    assert [m.kind for m in answers.asked] == ["question", "question", "info"]
    assert backup.read_bytes() == before  # the backup itself is untouched
    db_file = data_dir / "pressdesk.db"
    assert _staff_names(db_file) == ["Из Копии"]
    assert _user_version(db_file) == 0  # a working database again
    kept = [p for p in data_dir.iterdir() if ".before-restore-" in p.name]
    assert kept and "Текущий Сотрудник" in _staff_names(kept[0])


def test_a_backup_opens_on_its_own_only_when_asked(qapp, answers, data_dir, tmp_path):
    runtime = Runtime.create(str(data_dir))
    db = runtime.open_db()
    backup = backup_to(db, tmp_path / "pressdesk-backup-2026-11-20.db")
    db.close()
    answers.messages.append("cancel")
    assert database_ops.file_to_open(None, runtime, backup) is None
    answers.messages.append("open")
    assert database_ops.file_to_open(None, runtime, backup) == backup
    plain = _database_with(tmp_path / "press.db", "Кимдир Бирөө")
    assert database_ops.file_to_open(None, runtime, plain) == plain
    assert len(answers.asked) == 2


def test_a_data_folder_that_cannot_be_written_is_explained(qapp, answers, tmp_path, monkeypatch):
    real_mkdir = Path.mkdir

    def refuse(self, *args, **kwargs):
        if str(self).startswith(str(tmp_path / "ro")):
            raise PermissionError(13, "Permission denied", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refuse)
    answers.messages.append("ok")
    assert run_gui(str(tmp_path / "ro" / "data"), None, argv=["pressdesk"]) == 3
    (message,) = answers.asked
    assert message.kind == "error" and str(tmp_path / "ro" / "data") in message.text


def _held_backup(monkeypatch) -> threading.Event:
    """Make the automatic backup wait for the returned event before it copies."""
    from pressdesk.gui import status_labels

    release = threading.Event()
    real = status_labels.scheduled_backup

    def held(*args, **kwargs):
        assert release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(status_labels, "scheduled_backup", held)
    return release


def test_the_automatic_backup_copies_while_the_window_stays_usable(
    qtbot, answers, runtime, db, monkeypatch
):
    release = _held_backup(monkeypatch)
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.run_scheduled_backup()  # returns at once: the copy waits in its own thread
    assert window.backup_label.running
    assert window.backup_label.text() == "Backing up…"
    window.show_section("inventory")  # the window answers meanwhile
    assert window.current_section.key == "inventory"
    window.run_scheduled_backup()  # a second start while one is under way does nothing
    release.set()
    qtbot.waitUntil(lambda: not window.backup_label.running)
    assert "20.11.2026 10:00" in window.backup_label.text()
    assert len(list(runtime.paths.backup_dir.glob("pressdesk-auto-*.db"))) == 1
    window.close()


def test_a_fault_in_the_automatic_backup_is_said_and_does_not_leave_it_running(
    qtbot, answers, runtime, db, monkeypatch, caplog
):
    from pressdesk.gui import status_labels

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk image went away")

    monkeypatch.setattr(status_labels, "scheduled_backup", broken)
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    answers.messages.append("ok")
    window.run_scheduled_backup()
    qtbot.waitUntil(lambda: not window.backup_label.running)
    (message,) = answers.asked
    assert message.kind == "warning"
    assert str(runtime.paths.backup_dir) in message.text and "Traceback" not in message.text
    assert window.backup_label.text() == "No backup yet"
    assert "Automatic backup failed" in caplog.text  # the fault is in the log for support
    window.close()


def test_closing_the_window_lets_the_automatic_backup_finish(
    qtbot, answers, runtime, db, monkeypatch
):
    release = _held_backup(monkeypatch)
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.run_scheduled_backup()
    # A sleeping thread, not threading.Timer: under libfaketime a timed wait never ends.
    threading.Thread(target=lambda: (time.sleep(0.2), release.set())).start()
    window.close()  # waits for the copy before the database is closed
    assert window.db is None and not window.backup_label.running
    (copy,) = runtime.paths.backup_dir.glob("pressdesk-auto-*.db")
    assert is_backup_file(copy)
    assert [p.name for p in runtime.paths.backup_dir.iterdir()] == [copy.name]  # no half copy


def test_the_window_backs_up_at_start_and_shows_the_last_good_copy(qtbot, answers, runtime, db):
    from pressdesk import clock
    from pressdesk.gui.settings.preferences_page import PreferencesPage
    from pressdesk.settings import BACKUP_INTERVAL_DAYS, BACKUP_KEEP

    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.run_scheduled_backup()
    window.backup_label.wait()
    assert "20.11.2026 10:00" in window.backup_label.text()
    assert len(list(runtime.paths.backup_dir.glob("pressdesk-auto-*.db"))) == 1
    with clock.frozen("2026-11-25T10:00"):
        page = PreferencesPage(runtime.settings)
        qtbot.addWidget(page)
        page.backup_days.setValue(0)  # automatic backups off: the last one is only shown
        page.backup_keep.setValue(5)
        assert page.is_modified()
        page.save()
        assert runtime.settings.get(BACKUP_INTERVAL_DAYS) == 0
        assert runtime.settings.get(BACKUP_KEEP) == 5
        window.run_scheduled_backup()
        window.backup_label.wait()
        assert "20.11.2026" in window.backup_label.text()
        assert window.backup_label.styleSheet() == ""
        runtime.settings.set(BACKUP_INTERVAL_DAYS, 3)
        window.backup_label.show_backup(
            clock.now() - dt.timedelta(days=5), 3, runtime.paths.backup_dir
        )
        assert "color" in window.backup_label.styleSheet()  # flagged: older than the interval
    window.close()
