"""Team mode: File → Restore from backup on a shared server dumps the data as it is now, then
puts the backup's data back, and the window works on it again."""

from __future__ import annotations

import dataclasses

import pytest

from pressdesk.gui.main_window import MainWindow
from pressdesk.runtime import Runtime
from pressdesk.services.profile import get_profile, save_profile
from pressdesk.storage.server_backup import dump_server, tools_present

pytestmark = pytest.mark.skipif(not tools_present(), reason="pg_dump and pg_restore not found")


def _window(qtbot, runtime: Runtime) -> MainWindow:
    db = runtime.open_db()
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_server_backup_is_restored_from_the_window_after_a_dump_of_the_present(
    qtbot, data_dir, pg_url, answers, tmp_path
):
    runtime = Runtime.create(str(data_dir), pg_url)
    window = _window(qtbot, runtime)
    assert window.db is not None
    profile = get_profile(window.db)
    save_profile(window.db, dataclasses.replace(profile, name_ky="Маданият министрлиги"))
    backup = dump_server(pg_url, tmp_path / "monday.dump")
    save_profile(window.db, dataclasses.replace(profile, name_ky="Өзгөртүлдү"))
    assert window.action_restore.isEnabled()

    answers.files.append(backup)
    answers.messages.extend(["yes", "ok"])
    window.action_restore.trigger()
    question = answers.asked[0]
    assert str(backup) in question.text and "before-restore" in question.text
    qtbot.waitUntil(lambda: len(answers.asked) == 2, timeout=60_000)
    done = answers.asked[1]
    assert done.kind == "info", done.text
    assert window.db is not None
    assert get_profile(window.db).name_ky == "Маданият министрлиги"
    # The data as it was before the restore is kept, and can be restored in turn.
    before = list(runtime.paths.backup_dir.glob("pressdesk-before-restore-*.dump"))
    assert len(before) == 1 and str(before[0]) in done.text
    window.close()


def test_a_file_that_is_not_a_server_backup_changes_nothing(
    qtbot, data_dir, pg_url, answers, tmp_path
):
    runtime = Runtime.create(str(data_dir), pg_url)
    window = _window(qtbot, runtime)
    db = window.db
    bogus = tmp_path / "notes.dump"
    bogus.write_text("just some text", encoding="utf-8")
    answers.files.append(bogus)
    answers.messages.append("ok")
    window.action_restore.trigger()
    assert [a.kind for a in answers.asked] == ["error"]
    assert window.db is db
    assert not list(runtime.paths.backup_dir.glob("pressdesk-before-restore-*.dump"))
    window.close()


def test_declined_restore_changes_nothing(qtbot, data_dir, pg_url, answers, tmp_path):
    runtime = Runtime.create(str(data_dir), pg_url)
    window = _window(qtbot, runtime)
    db = window.db
    backup = dump_server(pg_url, tmp_path / "b.dump")
    answers.files.append(backup)
    answers.messages.append("no")
    window.action_restore.trigger()
    assert window.db is db
    assert not list(runtime.paths.backup_dir.glob("pressdesk-before-restore-*.dump"))
    window.close()
