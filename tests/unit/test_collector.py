"""The cyclic garbage collector is held off while the program starts and during big jobs."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from pressdesk import app, collector
from tests.support.fresh_process import last_line


@pytest.fixture
def collector_state() -> Iterator[None]:
    """Give each test the collector on and nothing held, and leave it so."""
    was = gc.isenabled()
    gc.enable()
    monkey = pytest.MonkeyPatch()
    monkey.setattr(collector, "_held_for_start", False)
    yield
    monkey.undo()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_a_held_start_turns_the_collector_on_again_once_done(collector_state, monkeypatch):
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    collector.hold_for_start()
    assert not gc.isenabled()
    collector.start_done()
    assert gc.isenabled() and frozen == [True]
    collector.start_done()  # a second call has nothing to do
    assert frozen == [True]


def test_start_done_without_a_held_start_changes_nothing(collector_state, monkeypatch):
    monkeypatch.setattr(gc, "freeze", lambda: pytest.fail("froze a start it did not hold"))
    gc.disable()
    collector.start_done()
    assert not gc.isenabled()


def test_a_pause_restores_the_collector_as_it_was(collector_state):
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # a pause inside a held start does not turn it on


def test_a_pause_turns_the_collector_on_again_when_the_job_fails(collector_state):
    with pytest.raises(RuntimeError), collector.paused():
        raise RuntimeError("the document could not be written")
    assert gc.isenabled()


def test_main_called_by_other_code_leaves_the_collector_alone(collector_state):
    with pytest.raises(SystemExit):
        app.main(["--version"])
    assert gc.isenabled()
    assert not collector._held_for_start


def test_a_command_started_as_a_program_runs_with_the_collector_held(tmp_path):
    script = (
        "import gc, sys\n"
        "from pressdesk import cli\n"
        "seen = []\n"
        "cli.cmd_check = lambda args, runtime: seen.append(gc.isenabled()) or 0\n"
        "sys.argv = ['pressdesk', '--data-dir', sys.argv[1], 'check']\n"
        "from pressdesk.app import main\n"
        "code = main()\n"
        "print(code, seen)\n"
    )
    assert last_line(script, str(tmp_path / "data")) == "0 [False]"
