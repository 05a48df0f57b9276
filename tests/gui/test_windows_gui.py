"""The window on an office Windows PC: held files, dark mode, the taskbar and a start without a
console (Windows behaviour imitated on Linux)."""

from __future__ import annotations

import ctypes
import io
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette

from pressdesk import app, fileio
from pressdesk.gui import application, saving, tones
from pressdesk.gui.main_window import MainWindow


def _hold(monkeypatch, target: Path, failures: int) -> None:
    real_replace = Path.replace
    count = {"n": 0}

    def replace(self, other):
        if Path(other) == target and count["n"] < failures:
            count["n"] += 1
            raise PermissionError(13, "Access is denied", str(other))
        return real_replace(self, other)

    monkeypatch.setattr(Path, "replace", replace)
    monkeypatch.setattr(fileio, "REPLACE_DELAY", 0.001)


def _finished(folder: Path) -> Path:
    partial = fileio.temporary_sibling(folder / "plan.pdf")
    partial.write_bytes(b"%PDF new")
    return partial


def test_a_held_target_can_be_retried(qapp, answers, tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    _hold(monkeypatch, target, failures=fileio.REPLACE_ATTEMPTS)  # held until the user retries
    answers.messages.append("retry")
    assert saving.place_file(None, _finished(tmp_path), target, "Plan") == target
    assert target.read_bytes() == b"%PDF new"
    (message,) = answers.asked
    assert message.kind == "warning" and "open in another program" in message.text
    assert str(target) in message.text


def test_a_held_target_can_be_saved_under_another_name(qapp, answers, tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    _hold(monkeypatch, target, failures=1000)
    answers.messages.append("other")
    answers.files.append(tmp_path / "plan-2")
    placed = saving.place_file(None, _finished(tmp_path), target, "Plan")
    assert placed == tmp_path / "plan-2.pdf"
    assert placed.read_bytes() == b"%PDF new" and target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan-2.pdf", "plan.pdf"]


def test_giving_up_on_a_held_target_leaves_nothing_behind(qapp, answers, tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    _hold(monkeypatch, target, failures=1000)
    answers.messages.append("cancel")
    assert saving.place_file(None, _finished(tmp_path), target, "Plan") is None
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def _dark_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    return palette


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("tone", ["bad", "warn", "holiday", "personal", "muted"])
def test_tones_stay_readable_in_light_and_dark_mode(qapp, tone):
    light, dark = QPalette(), _dark_palette()
    assert not tones.is_dark(light) and tones.is_dark(dark)
    for palette in (light, dark):
        base = palette.color(QPalette.ColorRole.Base)
        # WCAG AA for normal text: 4.5:1 against the table's background and against the tint.
        assert _contrast(tones.text(tone, palette), base) >= 4.5
        assert _contrast(tones.text(tone, palette), tones.background(tone, palette)) >= 4.5
        assert _contrast(tones.plain_text(palette), tones.background(tone, palette)) >= 4.5


def test_the_taskbar_identity_is_set_on_windows(monkeypatch):
    calls: list[str] = []
    shell32 = types.SimpleNamespace(SetCurrentProcessExplicitAppUserModelID=calls.append)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(shell32=shell32), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    application.set_app_user_model_id()
    assert calls == ["PressDesk.PressDesk"]
    iss = (Path(__file__).resolve().parents[2] / "packaging" / "pressdesk.iss").read_text("utf-8")
    assert '#define AppUserModelID "PressDesk.PressDesk"' in iss


def test_the_windowed_program_shows_a_usage_problem(qapp, answers, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)
    answers.messages.append("ok")
    assert app.main(["--no-such-option"]) == 2
    (message,) = answers.asked
    assert message.kind == "error" and "--no-such-option" in message.text
    answers.messages.append("ok")
    assert app.main(["--version"]) == 0
    assert answers.asked[1].kind == "info" and "PressDesk" in answers.asked[1].text


def test_a_reset_of_unreadable_settings_is_told(qapp, answers, data_dir, monkeypatch):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text("{broken", encoding="utf-8")

    def close_soon() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()
                return
        QTimer.singleShot(10, close_soon)

    answers.messages.append("ok")
    QTimer.singleShot(0, close_soon)
    assert application.run_gui(str(data_dir), None, argv=["pressdesk"]) == 0
    (message,) = answers.asked
    assert message.kind == "warning" and "settings.json.damaged" in message.text


def test_the_status_bar_says_a_network_database_is_for_one_person(qtbot, runtime, monkeypatch):
    from pressdesk.storage import engine as engine_module

    monkeypatch.setattr(engine_module, "is_network_location", lambda path: True)
    db = runtime.open_db()
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    assert "one person at a time" in window.db_label.text()
    assert "team mode" in window.db_label.toolTip()
    window.close()


def test_a_missing_console_stream_is_left_alone():
    from pressdesk.console import configure_stream

    text = io.StringIO()
    configure_stream(None)
    configure_stream(text)  # not a console stream: nothing to set up
    text.write("ң")
    assert text.getvalue() == "ң"
