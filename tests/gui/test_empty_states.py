"""Every section of an empty database shows what fills it; filled, it shows its list again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.widgets.empty_state import EmptyState
from pressdesk.services.overview import record_count

# Section, the number of actions its empty state offers, the dialog its first action opens.
EMPTY_SECTIONS = [
    ("contacts", 2, "ImportWizard"),
    ("plan", 1, "PlanItemEditor"),
    ("events", 1, "EventEditor"),
    ("inventory", 2, "ItemEditDialog"),
    ("accounts", 1, "AccountEditDialog"),
    ("archive", 2, "ArchiveEditDialog"),
    ("releases", 1, "ReleaseEditor"),
]


def _window(qtbot, runtime, db) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visible_children(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget) if w.isVisible() and w.parent() is page]


@pytest.mark.parametrize(("key", "actions", "dialog"), EMPTY_SECTIONS)
def test_an_empty_section_offers_the_actions_that_fill_it(
    qtbot, runtime, db, answers, key, actions, dialog
):
    window = _window(qtbot, runtime, db)
    window.show_section(key)
    page = window.page(key)
    empty = page.findChild(EmptyState)
    assert empty is not None and empty.isVisible()
    # Nothing of the list is shown beside it (a warning banner may stay).
    others = [w for w in _visible_children(page) if w is not empty]
    assert all(w.objectName() == "noKeyringBanner" for w in others), others
    assert len(empty.buttons) == actions
    assert all("&" in button.text() for button in empty.buttons)
    assert empty.title.text() and empty.text.text()

    opened: list[str] = []

    def cancel(shown: QDialog) -> int:
        opened.append(shown.metaObject().className())
        return 0

    answers.dialogs.append(cancel)
    empty.buttons[0].click()
    assert opened == [dialog]
    assert empty.isVisible()


@pytest.mark.parametrize("key", [key for key, _, _ in EMPTY_SECTIONS])
def test_a_section_with_records_shows_its_list(qtbot, runtime, db, database_templates, key):
    window = _window(qtbot, runtime, db)
    window.show_section(key)
    page = window.page(key)
    empty = page.findChild(EmptyState)
    assert empty is not None and empty.isVisible()
    database_templates.fill_demo(db)
    assert record_count(db, key) > 0
    page.refresh()  # type: ignore[attr-defined]
    assert not empty.isVisible()
    assert _visible_children(page)


def test_a_filter_that_finds_nothing_is_not_an_empty_section(qtbot, runtime, demo_db):
    window = _window(qtbot, runtime, demo_db)
    window.show_section("inventory")
    page = window.page("inventory")
    page.search.setText("нет такого предмета")  # type: ignore[attr-defined]
    page.reload()  # type: ignore[attr-defined]
    assert page.model.rowCount() == 0  # type: ignore[attr-defined]
    empty = page.findChild(EmptyState)
    assert empty is not None and not empty.isVisible()


def test_the_handover_of_an_empty_database_asks_for_staff_or_an_act_by_hand(
    qtbot, runtime, db, answers
):
    window = _window(qtbot, runtime, db)
    window.show_section("handover")
    page = window.page("handover")
    empty = page.findChild(EmptyState)
    assert empty is not None and empty.isVisible()
    assert not page.tabs.isVisible()  # type: ignore[attr-defined]
    opened: list[str] = []

    def cancel(shown: QDialog) -> int:
        opened.append(shown.metaObject().className())
        return 0

    answers.dialogs.append(cancel)
    empty.buttons[0].click()
    assert opened == ["SettingsDialog"]
    empty.buttons[1].click()
    assert not empty.isVisible()
    assert page.tabs.isVisible()  # type: ignore[attr-defined]
    assert page.wizard.draft is not None  # type: ignore[attr-defined]
    page.refresh()  # type: ignore[attr-defined]
    assert not empty.isVisible()


def test_the_handover_with_records_opens_on_the_wizard(qtbot, runtime, demo_db):
    window = _window(qtbot, runtime, demo_db)
    window.show_section("handover")
    page = window.page("handover")
    empty = page.findChild(EmptyState)
    assert empty is not None and not empty.isVisible()
    assert page.tabs.isVisible()  # type: ignore[attr-defined]
