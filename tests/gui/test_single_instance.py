"""A second start of PressDesk brings the open window forward instead of failing on the lock."""

from __future__ import annotations

import ctypes
import sys
import types

import pytest

from pressdesk.gui import single_instance
from pressdesk.gui.application import run_gui
from pressdesk.gui.main_window import MainWindow
from pressdesk.paths import sqlite_url
from pressdesk.runtime import Runtime
from pressdesk.storage.opening import open_database


def test_names_differ_by_data_folder(tmp_path):
    one = single_instance.server_name(tmp_path / "a")
    assert one == single_instance.server_name(tmp_path / "a")
    assert one != single_instance.server_name(tmp_path / "b")
    assert (
        one.startswith("pressdesk-") and len(one) < 40
    )  # short: Windows pipe and Unix path limits


def test_nothing_listening_means_this_start_is_the_first(qapp, tmp_path):
    assert single_instance.hand_over(single_instance.server_name(tmp_path), None) is False


def test_a_second_start_hands_its_file_to_the_first(qtbot, tmp_path):
    name = single_instance.server_name(tmp_path)
    server = single_instance.InstanceServer(name)
    assert server.listen()
    try:
        target = tmp_path / "ministry files" / "база.db"
        with qtbot.waitSignal(server.activation_requested, timeout=3000) as blocker:
            assert single_instance.hand_over(name, str(target))
        assert blocker.args == [str(target.resolve())]
        with qtbot.waitSignal(server.activation_requested, timeout=3000) as blocker:
            assert single_instance.hand_over(name, None)
        assert blocker.args == [""]
    finally:
        server.close()


def test_a_name_left_by_a_crashed_start_is_taken_over(qapp, tmp_path):
    name = single_instance.server_name(tmp_path)
    first = single_instance.InstanceServer(name)
    assert first.listen()
    second = single_instance.InstanceServer(name)
    try:
        assert second.listen()  # the stale name is removed and taken
    finally:
        first.close()
        second.close()


def test_run_gui_hands_over_and_exits_when_already_open(qtbot, answers, data_dir, tmp_path):
    runtime = Runtime.create(str(data_dir))
    server = single_instance.InstanceServer(single_instance.server_name(runtime.paths.data_dir))
    assert server.listen()
    target = tmp_path / "other.db"
    try:
        with qtbot.waitSignal(server.activation_requested, timeout=3000) as blocker:
            assert run_gui(str(data_dir), None, argv=["pressdesk"], open_file=str(target)) == 0
    finally:
        server.close()
    assert blocker.args == [str(target.resolve())]
    assert not (data_dir / "pressdesk.db").exists()  # the second start opened no database
    assert answers.asked == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_the_window_comes_forward_and_opens_the_file(qtbot, answers, runtime, db, tmp_path):
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.showMinimized()
    other = tmp_path / "other.db"
    open_database(sqlite_url(other), None).close()
    window.activate_from_outside(str(other))
    assert not window.isMinimized()
    assert window.db is not None and window.db.file == other.resolve()
    assert answers.asked == []
    window.close()


def test_on_windows_the_running_program_may_take_the_foreground(monkeypatch):
    calls: list[int] = []
    fake = types.SimpleNamespace(
        user32=types.SimpleNamespace(AllowSetForegroundWindow=calls.append)
    )
    monkeypatch.setattr(ctypes, "windll", fake, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    single_instance.allow_foreground_switch()
    assert calls == [-1]  # ASFW_ANY
    monkeypatch.setattr(sys, "platform", "linux")
    single_instance.allow_foreground_switch()
    assert calls == [-1]
