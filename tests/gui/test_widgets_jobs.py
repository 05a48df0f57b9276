"""The shared job runner: result, progress, cancel and failure, tested once for every section."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from pressdesk.gui.widgets.jobs import JobRunner, Progress


def _runner(qtbot) -> JobRunner:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    return JobRunner(parent, "Working…")


def _idle(runner: JobRunner) -> bool:
    return runner.job is None and runner.dialog is None


def test_the_result_arrives_with_done(qtbot):  # type: ignore[no-untyped-def]
    runner = _runner(qtbot)

    def work(progress: Progress) -> str:
        for step in range(3):
            assert progress(step, 3)
        return "finished"

    with qtbot.waitSignal(runner.done, timeout=10000) as signal:
        assert runner.start(work, "Title")
        assert runner.running and runner.dialog is not None
    assert signal.args == ["finished"]
    assert _idle(runner) and not runner.cancelled


def test_only_one_job_at_a_time(qtbot):  # type: ignore[no-untyped-def]
    runner = _runner(qtbot)
    release = threading.Event()
    assert runner.start(lambda _progress: release.wait(10), "First")
    assert not runner.start(lambda _progress: None, "Second")
    with qtbot.waitSignal(runner.done, timeout=10000):
        release.set()


def test_cancel_stops_the_work_at_its_next_report(qtbot):  # type: ignore[no-untyped-def]
    runner = _runner(qtbot)
    started = threading.Event()
    asked = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> int:
        started.set()
        for step in range(1000):
            if not progress(step, 1000):
                return step
            steps.append(step)
            if step == 2:
                asked.wait()  # no time-out: the test lets it go on once Cancel is pressed
        return -1

    runner.start(work, "Title")
    assert started.wait(10)
    with qtbot.waitSignal(runner.done, timeout=10000) as signal:
        assert runner.dialog is not None
        runner.dialog.cancel()  # what the Cancel button does
        runner.cancel()
        asked.set()
    assert runner.cancelled
    assert 0 <= signal.args[0] <= 3 and len(steps) <= 3


def test_a_failure_is_reported_with_its_exception(qtbot):  # type: ignore[no-untyped-def]
    runner = _runner(qtbot)

    def work(_progress: Progress) -> None:
        raise OSError(28, "No space left on device")

    with qtbot.waitSignal(runner.failed, timeout=10000) as signal:
        runner.start(work, "Title")
    assert "No space left" in signal.args[0]
    assert isinstance(runner.error, OSError) and not runner.running


def test_callbacks_replace_the_signals_for_one_job(qtbot):  # type: ignore[no-untyped-def]
    runner = _runner(qtbot)
    got: list[object] = []
    emitted: list[object] = []
    runner.done.connect(emitted.append)
    runner.start(lambda _progress: 7, "Title", on_done=got.append, cancellable=False)
    qtbot.waitUntil(lambda: got == [7], timeout=10000)
    assert emitted == []
    failed: list[str] = []
    runner.start(lambda _progress: 1 / 0, "Title", on_failed=failed.append)
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=10000)
    assert isinstance(runner.error, ZeroDivisionError)
