"""The optional check of the feeds at start-up: off by default, quiet, shown on the page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from pressdesk.gui.coverage import startup
from pressdesk.gui.coverage.inbox import InboxDialog
from pressdesk.gui.main_window import MainWindow
from pressdesk.services.coverage.inbox import add_feed, inbox_count
from pressdesk.services.coverage.keywords import add_keyword
from pressdesk.settings import COVERAGE_CHECK_AT_START
from tests.unit.test_coverage_watch import KEYWORDS, server  # noqa: F401


@pytest.fixture(autouse=True)
def no_earlier_check(monkeypatch):
    monkeypatch.setattr(startup, "last_check", None)


def _window(qtbot, runtime, db) -> MainWindow:
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _watch(db, server) -> None:  # noqa: F811
    for keyword in KEYWORDS:
        add_keyword(db, keyword)
    add_feed(db, f"{server}/rss", "Кабар Ордо")
    add_feed(db, f"{server}/missing", "Old site")


def test_off_by_default_nothing_is_fetched(qtbot, runtime, db, server):  # noqa: F811
    _watch(db, server)
    assert runtime.settings.get(COVERAGE_CHECK_AT_START) is False
    window = _window(qtbot, runtime, db)
    window.run_startup_watch()
    assert not window.startup_watch.runner.running
    assert startup.last_check is None and inbox_count(db) == 0


def test_on_without_feeds_nothing_runs(qtbot, runtime, db):
    runtime.settings.set(COVERAGE_CHECK_AT_START, True)
    window = _window(qtbot, runtime, db)
    window.run_startup_watch()
    assert not window.startup_watch.runner.running


def test_on_the_check_runs_quietly_and_the_page_shows_it(qtbot, runtime, db, server, answers):  # noqa: F811
    _watch(db, server)
    runtime.settings.set(COVERAGE_CHECK_AT_START, True)
    window = _window(qtbot, runtime, db)
    window.show_section("coverage")
    page = window.page("coverage")
    assert "0" in page.dashboard.inbox_label.text() or not page.dashboard.inbox_label.text()
    window.run_startup_watch()
    # No dialog of any kind: the window stays usable while the feeds are read.
    assert QApplication.activeModalWidget() is None
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    with qtbot.waitSignal(window.startup_watch.finished, timeout=15_000):
        pass
    assert inbox_count(db) == 2
    assert "2" in page.dashboard.inbox_label.text()
    assert page.watch_status.isVisibleTo(page)
    text = page.watch_status.text()
    assert "new in the inbox 2" in text
    assert "Old site" in text and "404" in text  # the failed feed, named
    assert answers.asked == []


def test_a_page_built_after_the_check_shows_it_too(qtbot, runtime, db, server):  # noqa: F811
    _watch(db, server)
    runtime.settings.set(COVERAGE_CHECK_AT_START, True)
    window = _window(qtbot, runtime, db)
    window.run_startup_watch()
    with qtbot.waitSignal(window.startup_watch.finished, timeout=15_000):
        pass
    window.show_section("coverage")
    assert "new in the inbox 2" in window.page("coverage").watch_status.text()


def test_the_setting_is_switched_in_keywords_and_feeds(qtbot, runtime, db):
    inbox = InboxDialog(db, None, settings=runtime.settings)
    qtbot.addWidget(inbox)
    from pressdesk.gui.coverage.inbox import WatchSettingsDialog

    dialog = WatchSettingsDialog(db, inbox, settings=runtime.settings)
    qtbot.addWidget(dialog)
    assert not dialog.at_start.isChecked()
    dialog.at_start.setChecked(True)
    assert runtime.settings.get(COVERAGE_CHECK_AT_START) is True
    runtime.settings.load()  # saved to the file
    assert runtime.settings.get(COVERAGE_CHECK_AT_START) is True
