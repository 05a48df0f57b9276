"""The first run: the welcome page on an empty database, its steps, skipping and the demo."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from pressdesk import APP_NAME
from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.welcome.demo import WELCOME_DONE, demo_path, is_empty
from pressdesk.gui.welcome.page import CONTACTS, DEMO, PROFILE, STAFF, WelcomePage
from pressdesk.services.contacts.query import count_people
from pressdesk.services.demo import has_user_data
from pressdesk.services.profile import get_profile
from pressdesk.settings import LAST_SECTION
from tests.gui.conftest import ts_translation


def _window(qtbot, runtime, db) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_empty_database_opens_on_the_welcome_page(qtbot, runtime, db):
    window = _window(qtbot, runtime, db)
    assert window.offer_welcome()
    page = window.stack.currentWidget()
    assert isinstance(page, WelcomePage)
    assert window.sidebar.currentRow() == -1
    assert window.windowTitle() == f"Welcome — {APP_NAME}"
    assert page.current_step == PROFILE
    assert not page.back_button.isEnabled()


def test_the_welcome_page_stays_when_the_window_appears_as_at_start_up(qtbot, runtime, db):
    # As the application starts it: welcome offered before the window is shown.
    window = MainWindow(runtime, db, defer_first_page=True)
    qtbot.addWidget(window)
    assert window.offer_welcome()
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert isinstance(window.stack.currentWidget(), WelcomePage)
    assert window.sidebar.currentRow() == -1


def test_a_filled_database_opens_on_its_section(qtbot, runtime, demo_db):
    window = _window(qtbot, runtime, demo_db)
    assert not window.offer_welcome()
    assert not isinstance(window.stack.currentWidget(), WelcomePage)


def test_the_steps_save_the_profile_and_finish_on_the_sections(qtbot, runtime, db):
    window = _window(qtbot, runtime, db)
    window.offer_welcome()
    page = window.welcome
    assert isinstance(page, WelcomePage)
    page.profile_page.edits["name_ky"].setText("Маданият министрлиги")
    page.profile_page.edits["name_ru"].setText("Министерство культуры")
    page.profile_page.edits["head_name"].setText("Асанов Бакыт")
    page.next_button.click()
    assert page.current_step == STAFF
    assert get_profile(db).name_ky == "Маданият министрлиги"
    assert get_profile(db).head_name == "Асанов Бакыт"
    assert page.staff_page.isVisible()
    page.next_button.click()
    assert page.current_step == CONTACTS
    assert "0" in page.contacts_count.text()
    page.next_button.click()
    assert page.current_step == DEMO
    assert page.next_button.text() == "&Finish"
    page.back_button.click()
    assert page.current_step == CONTACTS
    page.steps.setCurrentRow(DEMO)
    page.next_button.click()
    assert window.welcome is None
    assert window.current_section.key == runtime.settings.get(LAST_SECTION)
    assert runtime.settings.get(WELCOME_DONE)
    # Dismissed once: an empty database no longer opens on it, the Help menu still does.
    assert not window.offer_welcome()
    window.action_welcome.trigger()
    assert isinstance(window.stack.currentWidget(), WelcomePage)


def test_skipping_remembers_it(qtbot, runtime, db):
    window = _window(qtbot, runtime, db)
    window.offer_welcome()
    assert window.welcome is not None
    window.welcome.findChild(type(window.welcome.skip_button), "welcomeSkip").click()
    assert window.welcome is None
    assert runtime.settings.get(WELCOME_DONE)
    assert window.stack.currentWidget() is window.page(window.current_section.key)
    assert is_empty(db)


def test_import_opens_the_contacts_import_wizard(qtbot, runtime, db, answers):
    window = _window(qtbot, runtime, db)
    window.offer_welcome()
    page = window.welcome
    assert isinstance(page, WelcomePage)
    page.steps.setCurrentRow(CONTACTS)
    seen: list[str] = []

    def cancel(dialog: QDialog) -> int:
        seen.append(dialog.metaObject().className())
        return 0

    answers.dialogs.append(cancel)
    page.import_button.click()
    assert seen == ["ImportWizard"]


def test_the_demo_opens_in_its_own_database_and_leaves_the_users_empty(qtbot, runtime, db):
    own_file = db.file
    window = _window(qtbot, runtime, db)
    window.offer_welcome()
    assert window.welcome is not None
    window.welcome.demo_button.click()
    assert window.welcome is None
    assert window.demo_of is not None
    assert window.db is not None and window.db.file == demo_path(runtime).resolve()
    assert has_user_data(window.db)
    assert window.windowTitle().startswith("DEMO — ")
    assert "DEMO" in window.db_label.text()
    assert window.action_leave_demo.isEnabled()
    assert not window.action_restore.isEnabled()
    assert count_people(window.db) > 0

    window.action_leave_demo.trigger()
    assert window.demo_of is None
    assert window.db is not None and window.db.file == own_file
    assert is_empty(window.db)
    assert not window.windowTitle().startswith("DEMO")
    # Still empty and never dismissed: the welcome page comes back.
    assert isinstance(window.stack.currentWidget(), WelcomePage)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_welcome_page_and_empty_sections_speak_the_users_language(
    qtbot, ui_language, runtime, db, lang
):
    from tests.gui.test_i18n import _english_leftovers, _visible_texts

    ui_language(lang)
    window = _window(qtbot, runtime, db)
    window.offer_welcome()
    assert window.welcome is not None
    texts = _visible_texts(window.welcome)
    for key in ("contacts", "plan", "events", "inventory", "accounts", "archive"):
        window.show_section(key)
        texts.extend(_visible_texts(window.page(key)))
    texts.extend(action.text() for action in window.findChildren(QAction))
    assert _english_leftovers(texts) == []
    assert window.action_welcome.text() == ts_translation(
        lang, "MainWindow", "&Welcome and first steps"
    )


def test_opening_another_database_leaves_the_welcome_of_the_first(qtbot, runtime, db, tmp_path):
    from pressdesk.paths import sqlite_url
    from pressdesk.services.demo import fill_demo
    from pressdesk.storage.opening import open_database

    filled = tmp_path / "filled.db"
    other = open_database(sqlite_url(filled), None)
    fill_demo(other)
    other.close()
    window = _window(qtbot, runtime, db)
    window.offer_welcome()
    assert window.welcome is not None
    window.open_database_file(filled)
    assert window.welcome is None
    assert window.db is not None and window.db.file == filled.resolve()
    assert window.sidebar.currentRow() >= 0
    assert window.stack.currentWidget() is window.page(window.current_section.key)


def test_a_new_empty_database_opened_later_is_welcomed(qtbot, runtime, demo_db, tmp_path):
    from pressdesk.paths import sqlite_url
    from pressdesk.storage.opening import open_database

    empty = tmp_path / "new.db"
    open_database(sqlite_url(empty), None).close()
    window = _window(qtbot, runtime, demo_db)
    assert not window.offer_welcome()
    window.open_database_file(empty)
    assert isinstance(window.stack.currentWidget(), WelcomePage)


def test_the_demo_is_filled_behind_a_progress_dialog_and_a_failure_is_worded(
    qtbot, runtime, db, answers, monkeypatch
):
    import pressdesk.gui.welcome.demo as welcome_demo
    from pressdesk.services import demo as demo_service

    steps: list[tuple[int, int]] = []
    real_fill = demo_service.fill_demo

    def fill(database, **kwargs):  # type: ignore[no-untyped-def]
        report = kwargs.pop("progress")
        return real_fill(database, progress=lambda d, t: steps.append((d, t)) or report(d, t))

    monkeypatch.setattr(welcome_demo, "fill_demo", fill)
    opened = welcome_demo.open_demo(None, runtime)
    assert opened is not None and has_user_data(opened)
    total = len(demo_service.demo_parts())
    assert steps == [(n, total) for n in range(1, total + 1)]
    opened.close()

    demo_path(runtime).unlink()

    def broken(database, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(welcome_demo, "fill_demo", broken)
    answers.messages.append("ok")
    assert welcome_demo.open_demo(None, runtime) is None
    shown = answers.asked[-1]
    assert shown.title == "The demo was not opened"
    assert "No space left on device" in shown.text + shown.details
