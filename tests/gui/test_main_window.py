"""The main window: sections in every language, menus, backup, restore and window state."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from pressdesk import APP_NAME, __version__
from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.pages import PlannedSectionPage
from pressdesk.gui.sections import SECTIONS
from pressdesk.services.profile import get_profile, save_profile
from pressdesk.services.staff import list_staff
from pressdesk.settings import LAST_SECTION, RECENT_DATABASES
from pressdesk.storage.backup import validate_backup_file
from tests.gui.conftest import ts_translation


def _labels(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_section_opens_in_every_language(qtbot, ui_language, runtime, demo_db, lang):
    ui_language(lang)
    window = MainWindow(runtime, demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    contacts = ts_translation(lang, "Sections", "Contacts") if lang != "en" else "Contacts"
    assert window.sidebar.item(0).text() == contacts
    if lang != "en":
        assert contacts != "Contacts"
        assert window.menuBar().actions()[0].text() == ts_translation(lang, "MainWindow", "&File")

    for index, section in enumerate(SECTIONS):
        window.section_actions[index].trigger()
        page = window.stack.currentWidget()
        assert page is window.page(section.key)
        assert window.current_section is section
        assert window.windowTitle() == f"{section.title} — {APP_NAME}"
        if section.built:
            assert not isinstance(page, PlannedSectionPage)
        else:
            assert isinstance(page, PlannedSectionPage)
            text = _labels(page)
            assert section.description in text
            assert all(item in text for item in section.planned)
    assert window.windowTitle() == f"{SECTIONS[-1].title} — {APP_NAME}"
    if lang == "ky":
        assert ts_translation("ky", "Sections", "Settings") in window.windowTitle()


def test_keyboard_shortcuts_switch_sections(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section.key == "events"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section.key == "releases"
    assert [a.shortcut().toString() for a in window.section_actions] == [
        *(f"Ctrl+{n}" for n in range(1, 10)),
        "",  # media inquiries
        "",  # the crisis kit
        "",  # settings
    ]
    assert window.section_actions[9].text().startswith("&0")
    # After the tenth, each entry takes a letter of its title no other entry uses.
    assert all("&" in action.text() for action in window.section_actions[10:])
    assert window.action_quit.shortcut().toString() == "Ctrl+Q"
    assert window.action_about.shortcut().toString() == "F1"
    assert window.action_preferences.shortcut().toString() == "Ctrl+,"


def test_sections_not_built_are_greyed_with_their_description(window):
    greyed = window.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for row, section in enumerate(SECTIONS):
        item = window.sidebar.item(row)
        assert section.description in item.toolTip()
        if section.built:
            assert item.foreground().style() == Qt.BrushStyle.NoBrush
        else:
            assert item.foreground().color() == greyed
        # Every entry stays selectable, so the page can say what the section will hold.
        assert item.flags() & Qt.ItemFlag.ItemIsSelectable


def test_status_bar_shows_the_database(window, runtime):
    assert str(runtime.paths.database_file) in window.db_label.text()


def test_settings_page_asks_the_window_for_the_dialog(window, answers, demo_db):
    window.show_section("settings")
    page = window.page("settings")
    assert get_profile(demo_db).name_ky in _labels(page)
    seen = []
    answers.dialogs.append(lambda dialog: seen.append(dialog.tabs.currentIndex()) or 0)
    page.staff_requested.emit()
    assert seen == [1]


def test_about_shows_versions_folders_and_password_store(window, answers, runtime):
    facts = {}

    def look(dialog):
        facts.update(dialog.rows)
        return 0

    answers.dialogs.append(look)
    window.action_about.trigger()
    assert facts["version"] == __version__
    assert facts["log_file"] == str(runtime.paths.log_file)
    assert facts["data_dir"] == str(runtime.paths.data_dir)
    assert "MemoryKeyring" in facts["keyring"] or "secure" in facts["keyring"]


def test_backup_from_the_file_menu_writes_a_valid_database(window, answers, tmp_path, demo_db):
    target = tmp_path / "copies" / "backup.db"
    answers.files.append(target)
    answers.messages.append("ok")
    window.action_backup.trigger()

    assert answers.asked[-1].kind == "info"
    assert str(target) in answers.asked[-1].text
    validate_backup_file(target)
    with sqlite3.connect(target) as conn:
        (count,) = conn.execute("SELECT count(*) FROM staff_member").fetchone()
    assert count == len(list_staff(demo_db))
    answers.assert_all_used()


def test_backup_cancelled_writes_nothing(window, answers, tmp_path):
    answers.files.append(None)
    window.action_backup.trigger()
    assert answers.asked == []


def test_restore_from_the_file_menu_replaces_data_and_keeps_the_old_file(
    window, answers, tmp_path, runtime, demo_db
):
    from pressdesk.storage.backup import backup_to

    backup = backup_to(demo_db, tmp_path / "before.db")
    original = get_profile(demo_db)
    from dataclasses import replace

    save_profile(demo_db, replace(original, name_ky="Changed after the backup"))

    answers.files.append(backup)
    answers.messages.extend(["yes", "ok"])
    window.action_restore.trigger()

    question, done = answers.asked
    assert str(runtime.paths.database_file) in question.text
    assert str(backup) in question.text
    assert done.kind == "info"
    assert window.db is not None and window.db is not demo_db
    assert get_profile(window.db).name_ky == original.name_ky
    kept = list(runtime.paths.database_file.parent.glob("pressdesk.before-restore-*.db"))
    assert len(kept) == 1
    assert str(kept[0]) in done.text
    with sqlite3.connect(kept[0]) as conn:
        (name,) = conn.execute("SELECT name_ky FROM organisation").fetchone()
    assert name == "Changed after the backup"
    # The pages were rebuilt on the reopened database.
    window.show_section("settings")
    assert original.name_ky in _labels(window.page("settings"))


def test_restore_declined_changes_nothing(window, answers, tmp_path, runtime, demo_db):
    from pressdesk.storage.backup import backup_to

    backup = backup_to(demo_db, tmp_path / "b.db")
    before = runtime.paths.database_file.read_bytes()
    answers.files.append(backup)
    answers.messages.append("no")
    window.action_restore.trigger()
    assert window.db is demo_db
    assert runtime.paths.database_file.read_bytes() == before


def test_restore_refuses_a_file_that_is_not_a_backup(window, answers, tmp_path, demo_db):
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some text", encoding="utf-8")
    answers.files.append(bogus)
    answers.messages.append("ok")
    window.action_restore.trigger()
    assert answers.asked[-1].kind == "error"
    assert window.db is demo_db


def test_open_another_database_switches_and_bad_files_are_refused(
    window, answers, tmp_path, runtime, demo_db
):
    from pressdesk.paths import sqlite_url
    from pressdesk.storage.opening import open_database

    other = tmp_path / "other" / "second.db"
    open_database(sqlite_url(other), None).close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00not sqlite" * 50)
    before = bad.read_bytes()

    answers.files.append(bad)
    answers.messages.append("ok")
    window.action_open.trigger()
    assert answers.asked[-1].kind == "error"
    assert window.db is demo_db
    assert bad.read_bytes() == before

    answers.files.append(other)
    window.action_open.trigger()
    assert window.db is not None and window.db.file == other.resolve()
    assert str(other.resolve()) in window.db_label.text()
    assert runtime.settings.get(RECENT_DATABASES)[0] == str(other.resolve())


def test_geometry_and_last_section_come_back(qtbot, runtime, demo_db):
    first = MainWindow(runtime, demo_db)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(730, 520)
    first.show_section("archive")
    first.close()
    assert runtime.settings.get(LAST_SECTION) == "archive"

    second = MainWindow(runtime, runtime.open_db())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.current_section.key == "archive"
    assert (second.width(), second.height()) == (730, 520)


def test_unknown_last_section_falls_back_to_the_first(qtbot, runtime, demo_db):
    runtime.settings.set(LAST_SECTION, "no-such-section")
    win = MainWindow(runtime, demo_db)
    qtbot.addWidget(win)
    assert win.current_section is SECTIONS[0]


def test_closing_the_window_closes_the_database(qtbot, runtime, demo_db):
    win = MainWindow(runtime, demo_db)
    qtbot.addWidget(win)
    win.show()
    win.close()
    assert win.db is None
    # The lock is released, so the database can be opened again at once.
    runtime.open_db().close()


def test_data_folder_opens_in_the_file_manager(window, answers, runtime):
    window.action_data_folder.trigger()
    assert answers.folders_opened == [runtime.paths.data_dir]


def test_recent_databases_menu_lists_other_files(window, runtime, tmp_path):
    from pressdesk.paths import sqlite_url
    from pressdesk.storage.opening import open_database

    other = tmp_path / "recent.db"
    open_database(sqlite_url(other), None).close()
    runtime.settings.set(RECENT_DATABASES, [str(other), str(tmp_path / "gone.db")])
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts == [f"&1  {other}"]
    window.recent_menu.actions()[0].trigger()
    assert window.db is not None and window.db.file == other.resolve()


def test_page_requests_are_wired(window, answers, tmp_path):
    window.show_section("settings")
    page = window.page("settings")
    answers.files.append(None)
    page.backup_requested.emit()
    assert answers.file_requests[-1].mode == "save"
    answers.files.append(None)
    page.restore_requested.emit()
    assert answers.file_requests[-1].mode == "open"
    answers.files.append(None)
    page.open_database_requested.emit()
    assert len(answers.file_requests) == 3
