"""The shared export dialog and file writer: atomic writes, failures, cancel, the mark."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from pressdesk.documents.fonts import FontNotFoundError
from pressdesk.gui.widgets.export import ExportDialog, FileWriter


def _writer(qtbot) -> FileWriter:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    return FileWriter(parent, "Export")


def _write_text(text: str):  # type: ignore[no-untyped-def]
    def write(path: Path) -> int:
        path.write_text(text, encoding="utf-8")
        return len(text)

    return write


def test_files_appear_only_when_all_are_written(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    writer = _writer(qtbot)
    first, second = tmp_path / "адрес.txt", tmp_path / "list.csv"
    with qtbot.waitSignal(writer.done, timeout=10000) as signal:
        writer.start([(_write_text("ң ө ү"), first), (_write_text("a;b"), second)])
    assert signal.args == [True]
    assert writer.placed == [first, second] and writer.results == [5, 3]
    assert first.read_text(encoding="utf-8") == "ң ө ү"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])


def test_a_failure_leaves_no_file_and_is_explained(qtbot, answers, tmp_path):  # type: ignore[no-untyped-def]
    writer = _writer(qtbot)
    target = tmp_path / "out.pdf"
    target.write_text("the old file")

    def half_then_fail(path: Path) -> None:
        path.write_text("half a document")
        raise FontNotFoundError("no font")

    answers.messages.append("ok")
    with qtbot.waitSignal(writer.done, timeout=10000) as signal:
        writer.start([(_write_text("fine"), tmp_path / "first.txt"), (half_then_fail, target)])
    assert signal.args == [False]
    assert answers.asked[-1].kind == "error" and "DejaVu Sans" in answers.asked[-1].text
    # Neither the finished first file nor the half-written second one is left behind.
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    assert target.read_text() == "the old file"


def test_a_cancelled_write_leaves_no_file(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    writer = _writer(qtbot)
    started, release = threading.Event(), threading.Event()

    def slow(path: Path) -> None:
        started.set()
        path.write_text("partial")
        release.wait(10)

    writer.start([(slow, tmp_path / "a.docx"), (_write_text("b"), tmp_path / "b.docx")])
    assert started.wait(10)
    with qtbot.waitSignal(writer.done, timeout=10000) as signal:
        writer.runner.cancel()
        release.set()
    assert signal.args == [False]
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_explained(qtbot, answers, tmp_path):  # type: ignore[no-untyped-def]
    writer = _writer(qtbot)
    blocker = tmp_path / "file"
    blocker.write_text("")
    answers.messages.append("ok")
    with qtbot.waitSignal(writer.done, timeout=10000) as signal:
        assert not writer.start([(_write_text("x"), blocker / "inside" / "out.csv")])
    assert signal.args == [False]
    assert "could not be written" in answers.asked[-1].text


@pytest.fixture
def dialog(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    def write(path: Path, lang: str) -> int:
        path.write_text(f"document in {lang}", encoding="utf-8")
        return 1

    export = ExportDialog(
        "Export", (".xlsx", ".csv", ".pdf"), "ru", stem="report", write=write, markable=True
    )
    qtbot.addWidget(export)
    return export


def test_the_dialog_saves_through_the_file_chooser(qtbot, dialog, answers, tmp_path):  # type: ignore[no-untyped-def]
    assert dialog.lang == "ru" and dialog.default_name() == "report-ru.xlsx"
    dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
    answers.files.append(tmp_path / "chosen")  # the extension is added
    answers.messages.append("folder")
    dialog.choose_and_save()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.saved_path is not None, timeout=10000)
    assert dialog.saved_path == tmp_path / "chosen.csv"
    assert dialog.saved_path.read_text(encoding="utf-8") == "document in ru"
    assert answers.folders_opened == [tmp_path]
    assert answers.file_requests[0].start.endswith("report-ru.csv")
    assert dialog.save_button.isEnabled()


def test_the_mark_follows_the_format_and_the_setting(qtbot, dialog):  # type: ignore[no-untyped-def]
    dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
    assert not dialog.official_use.isEnabled() and not dialog.marked
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    assert dialog.official_use.isEnabled() and not dialog.marked
    dialog.official_use.setChecked(True)
    assert dialog.marked
    always = ExportDialog("Export", (".csv", ".docx"), "ky", markable=True, always_marked=True)
    qtbot.addWidget(always)
    always.format.setCurrentIndex(always.format.findData(".docx"))
    assert always.marked and not always.official_use.isEnabled()
    always.format.setCurrentIndex(always.format.findData(".csv"))
    assert not always.marked


def test_a_check_that_goes_back_asks_for_no_file(qtbot, dialog, answers, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialog, "check", lambda: False)
    dialog.choose_and_save()
    assert answers.file_requests == [] and dialog.job is None
