"""Team mode from the File menu: connect to the shared server, work there, and come back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from sqlalchemy import make_url

from pressdesk import secrets
from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.server_dialog import ServerDialog
from pressdesk.runtime import Runtime
from pressdesk.services.server import SECRET_NAMESPACE, load_connection
from tests.support.pgserver import PASSWORD, SUPERUSER


def _fill(qtbot, url: str, password: str):  # type: ignore[no-untyped-def]
    target = make_url(url)

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ServerDialog)
        dialog.host.setText(str(target.host))
        dialog.port.setValue(int(target.port or 5432))
        dialog.database.setText(str(target.database))
        dialog.user.setText(SUPERUSER)
        dialog.password.setText(password)
        dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
        dialog.accept()  # the check runs in the background; the dialog closes if it works
        qtbot.waitUntil(lambda: not dialog.runner.running, timeout=15_000)
        return int(dialog.result())

    return fill


def test_the_window_moves_to_the_server_keeps_it_and_comes_back(
    qtbot,
    data_dir,
    pg_url,
    answers,
):
    runtime = Runtime.create(str(data_dir))
    window = MainWindow(runtime, runtime.open_db())
    qtbot.addWidget(window)
    assert not window.server_actions.local_action.isEnabled()

    # A wrong password: the dialog says why and stays open; nothing is kept.
    def wrong(dialog: QDialog) -> int:
        _fill(qtbot, pg_url, "not the password")(dialog)
        assert dialog.result() == 0
        assert isinstance(dialog, ServerDialog)
        assert "cannot be reached" in dialog.result_label.text()
        return 0

    answers.dialogs.append(wrong)
    window.server_actions.connect_action.trigger()
    assert window.db is not None and window.db.file is not None
    assert load_connection(runtime.settings) is None

    answers.dialogs.append(_fill(qtbot, pg_url, PASSWORD))
    window.server_actions.connect_action.trigger()
    assert window.db is not None and window.db.engine.dialect.name == "postgresql"
    assert window.server_actions.local_action.isEnabled()
    assert make_url(pg_url).database in window.db_label.text()
    kept = load_connection(runtime.settings)
    assert kept is not None and kept.database == make_url(pg_url).database
    assert secrets.read_secret(SECRET_NAMESPACE, kept.secret_key) == PASSWORD
    assert PASSWORD not in runtime.settings.path.read_text(encoding="utf-8")

    # The next start opens the server by itself.
    again = Runtime.create(str(data_dir))
    assert make_url(again.db_url).database == kept.database
    reopened = again.open_db()
    assert reopened.engine.dialect.name == "postgresql"
    reopened.close()

    window.server_actions.local_action.trigger()
    assert window.db is not None and window.db.file == runtime.paths.database_file
    assert load_connection(runtime.settings) is None
    assert not window.server_actions.local_action.isEnabled()
    answers.assert_all_used()
    window.close()


def test_the_window_backs_up_the_shared_database_as_a_dump(
    qtbot,
    data_dir,
    pg_url,
    answers,
    tmp_path,
):
    runtime = Runtime.create(str(data_dir), pg_url)
    window = MainWindow(runtime, runtime.open_db())
    qtbot.addWidget(window)
    assert window.action_backup.isEnabled()
    assert window.action_restore.isEnabled()  # restored from a dump too (test_team_restore.py)
    answers.files.append(tmp_path / "shared")
    answers.messages.append("ok")
    window.action_backup.trigger()
    written = tmp_path / "shared.dump"
    assert written.read_bytes().startswith(b"PGDMP")
    assert answers.file_requests[0].filters.startswith("Server backups")
    assert "shared.dump" in answers.asked[-1].text
    answers.assert_all_used()
    window.close()
