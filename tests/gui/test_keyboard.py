"""The keyboard: every menu entry has a shortcut or an accelerator, Ctrl+F finds, Ctrl+N adds."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolBar, QToolButton

from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.plan.agenda_model import ROW_ROLE
from pressdesk.gui.sections import SECTIONS
from pressdesk.settings import RECENT_DATABASES

# The section, the object name of the field Ctrl+F must focus.
SEARCH_FIELDS = [
    ("contacts", "contactSearch"),
    ("plan", "filterText"),
    ("events", "eventSearch"),
    ("inventory", "inventorySearch"),
    ("accounts", "accountSearch"),
    ("archive", "archiveSearch"),
]


def _has_accelerator(text: str) -> bool:
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


def _walk(menu: QMenu) -> list[tuple[str, QAction]]:
    """Return (menu path, action) for every entry, opening submenus as a user would."""
    menu.aboutToShow.emit()
    found: list[tuple[str, QAction]] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append((menu.title(), action))
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_walk(sub))
    return found


def _window(qtbot, runtime, db) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_menu_entry_has_a_shortcut_or_an_accelerator(
    qtbot, ui_language, runtime, demo_db, tmp_path, lang
):
    other = tmp_path / "other.db"
    other.write_bytes(b"")
    runtime.settings.set(RECENT_DATABASES, [str(other)])
    ui_language(lang)
    window = _window(qtbot, runtime, demo_db)
    entries: list[tuple[str, QAction]] = []
    for top in window.menuBar().actions():
        assert _has_accelerator(top.text()), top.text()
        menu = top.menu()
        assert isinstance(menu, QMenu)
        entries.extend(_walk(menu))
    assert len(entries) > 20
    missing = [
        f"{title} → {action.text()}"
        for title, action in entries
        if action.isEnabled()
        and action.shortcut().isEmpty()
        and not _has_accelerator(action.text())
    ]
    assert missing == []
    # The recent database was listed, numbered.
    assert any(str(other) in action.text() for _, action in entries)
    # A shortcut is shown in the menu (Qt prints it beside the text) and in the tooltip.
    for _, action in entries:
        if not action.shortcut().isEmpty():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert keys in action.toolTip(), (action.text(), action.toolTip())


def test_no_shortcut_is_bound_twice(qtbot, runtime, demo_db):
    window = _window(qtbot, runtime, demo_db)
    for section in SECTIONS:
        window.show_section(section.key)
    seen: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for key in action.shortcuts():
            name = key.toString()
            if name in seen and seen[name] != action.text():
                clashes.append(f"{name}: {seen[name]!r} and {action.text()!r}")
            seen[name] = action.text()
    assert clashes == []
    assert seen["Ctrl+F"] and seen["Ctrl+N"]


@pytest.mark.parametrize(("key", "field"), SEARCH_FIELDS)
def test_ctrl_f_focuses_the_search_of_each_section(qtbot, runtime, demo_db, key, field):
    window = _window(qtbot, runtime, demo_db)
    window.show_section(key)
    if key == "contacts":
        window.page(key).tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    window.stack.currentWidget().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == field
    assert window.page(key).isAncestorOf(focused)


@pytest.mark.parametrize("key", ["handover", "settings"])
def test_ctrl_f_without_a_search_says_so(qtbot, runtime, demo_db, key):
    window = _window(qtbot, runtime, demo_db)
    window.show_section(key)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "This page has no search field."


@pytest.mark.parametrize(
    ("key", "dialog"),
    [
        ("contacts", "PersonEditor"),
        ("plan", "PlanItemEditor"),
        ("events", "EventEditor"),
        ("inventory", "ItemEditDialog"),
        ("accounts", "AccountEditDialog"),
        ("archive", "ArchiveEditDialog"),
    ],
)
def test_ctrl_n_starts_a_new_record(qtbot, runtime, demo_db, answers, key, dialog):
    window = _window(qtbot, runtime, demo_db)
    window.show_section(key)
    opened: list[str] = []

    def cancel(shown: QDialog) -> int:
        opened.append(shown.metaObject().className())
        return 0

    answers.dialogs.append(cancel)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [dialog]


def test_section_shortcuts_are_in_the_sidebar_tooltips(qtbot, runtime, db):
    window = _window(qtbot, runtime, db)
    for row, section in enumerate(SECTIONS):
        assert section.shortcut in window.sidebar.item(row).toolTip()
        text = window.section_actions[row].text()
        # A digit for the first ten; the sections after them take a letter of their title.
        if row < 10:
            assert text.startswith(f"&{(row + 1) % 10}")
        else:
            assert text.replace("&", "") == section.title and "&" in text


@pytest.mark.parametrize(
    ("key", "dialog"),
    [
        ("inventory", "ItemEditDialog"),
        ("accounts", "AccountEditDialog"),
        ("archive", "ArchiveEditDialog"),
        ("events", "EventEditor"),
    ],
)
def test_enter_opens_and_delete_asks_in_a_list(qtbot, runtime, demo_db, answers, key, dialog):
    window = _window(qtbot, runtime, demo_db)
    window.show_section(key)
    page = window.page(key)
    table = page.table  # type: ignore[attr-defined]
    table.setFocus()
    table.selectRow(0)
    opened: list[str] = []

    def cancel(shown: QDialog) -> int:
        opened.append(shown.metaObject().className())
        return 0

    answers.dialogs.append(cancel)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [dialog]
    answers.messages.append("no")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert answers.asked and answers.asked[-1].kind == "question"
    answers.assert_all_used()


@pytest.mark.parametrize("key", ["inventory", "accounts", "archive"])
def test_tab_reaches_the_buttons_of_a_section_bar(qtbot, runtime, demo_db, key):
    window = _window(qtbot, runtime, demo_db)
    window.show_section(key)
    page = window.page(key)
    buttons = [
        button
        for bar in page.findChildren(QToolBar)
        for button in bar.findChildren(QToolButton)
        if button.defaultAction() is not None and button.defaultAction().text()
    ]
    assert len(buttons) >= 3
    assert all(button.focusPolicy() & Qt.FocusPolicy.TabFocus for button in buttons)


def test_enter_opens_a_plan_item_in_the_agenda(qtbot, runtime, demo_db, answers):
    window = _window(qtbot, runtime, demo_db)
    window.show_section("plan")
    page = window.page("plan")
    page.set_view("agenda")  # type: ignore[attr-defined]
    table = page.table  # type: ignore[attr-defined]
    assert table.model().rowCount() > 0
    model = table.model()
    single = next(
        row for row in range(model.rowCount()) if not model.index(row, 0).data(ROW_ROLE).virtual
    )
    table.setFocus()
    table.selectRow(single)
    opened: list[str] = []

    def cancel(shown: QDialog) -> int:
        opened.append(shown.metaObject().className())
        return 0

    answers.dialogs.append(cancel)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == ["PlanItemEditor"]
