"""An exception in a slot is logged and explained, and the window stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from pressdesk.gui.crash import CrashHandler
from pressdesk.logs import setup_logging


class _Faulty(QObject):
    poked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.poked.connect(self.fail)

    @Slot()
    def fail(self) -> None:
        raise RuntimeError("the slot broke on purpose")


@pytest.fixture
def crash_handler(runtime):
    log_file = setup_logging(runtime.paths.log_file)
    handler = CrashHandler(log_file)
    handler.install()
    yield handler
    handler.uninstall()


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("answer", ["close", "open_logs"])
def test_exception_in_a_slot_reaches_the_crash_dialog(qtbot, answers, crash_handler, answer):
    answers.messages.append(answer)
    faulty = _Faulty()
    QTimer.singleShot(0, faulty.poked.emit)
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=2000)

    (message,) = answers.asked
    assert message.kind == "error"
    assert message.keys == ("open_logs", "close")
    assert str(crash_handler.log_file) in message.text
    assert "RuntimeError: the slot broke on purpose" in message.details
    logged = crash_handler.log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in logged
    assert "RuntimeError: the slot broke on purpose" in logged
    expected = [crash_handler.log_file.parent] if answer == "open_logs" else []
    assert answers.folders_opened == expected


@pytest.mark.qt_no_exception_capture
def test_a_failing_crash_dialog_is_logged_not_raised(qtbot, answers, crash_handler):
    def broken(_message):
        raise OSError("no display")

    answers.messages.append(broken)
    faulty = _Faulty()
    QTimer.singleShot(0, faulty.poked.emit)
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=2000)
    qtbot.wait(10)
    assert "The crash dialog failed" in crash_handler.log_file.read_text(encoding="utf-8")
