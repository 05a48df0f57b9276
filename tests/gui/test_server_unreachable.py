"""A start with the shared server out of reach offers to retry or to work on this computer."""

from __future__ import annotations

from pressdesk.gui import database_ops
from pressdesk.runtime import Runtime
from pressdesk.services.server import ServerConnection, load_connection, save_connection

DOWN = ServerConnection(host="127.0.0.1", port=1, database="pressdesk", user="pressdesk")


def test_the_user_works_on_this_computer_when_the_server_is_down(answers, data_dir, runtime):
    save_connection(runtime.settings, DOWN, "secret")
    started = Runtime.create(str(data_dir))
    assert started.db_url.startswith("postgresql")
    answers.messages.extend(["retry", "local"])
    db = database_ops.open_with_recovery(None, started)
    assert db is not None
    try:
        assert db.file == started.paths.database_file
        assert started.db_url.startswith("sqlite")
        assert load_connection(started.settings) is None
        asked = answers.asked[0].text
        assert "127.0.0.1:1/pressdesk" in asked and "secret" not in asked
        assert len(answers.asked) == 2
    finally:
        db.close()


def test_quitting_leaves_the_server_chosen(answers, data_dir, runtime):
    save_connection(runtime.settings, DOWN, "secret")
    started = Runtime.create(str(data_dir))
    answers.messages.append("quit")
    assert database_ops.open_with_recovery(None, started) is None
    assert load_connection(started.settings) == DOWN


def test_checking_a_server_out_of_reach_leaves_the_window_free(qtbot):
    import time

    from pressdesk.gui.server_dialog import ServerDialog

    dialog = ServerDialog(DOWN)
    qtbot.addWidget(dialog)
    started = time.perf_counter()
    dialog.accept()
    assert time.perf_counter() - started < 0.5
    assert not dialog.ok_button.isEnabled()  # one check at a time
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=15_000)
    assert "127.0.0.1:1/pressdesk" in dialog.result_label.text()
    assert dialog.result() == 0 and dialog.ok_button.isEnabled()
