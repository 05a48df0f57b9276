"""Every menu's keyboard accelerators are unique in each interface language."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu

from pressdesk.gui.main_window import MainWindow


def _accelerator(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(menu: QMenu) -> list[str]:
    keys = [_accelerator(action.text()) for action in menu.actions() if action.text()]
    counts = Counter(key for key in keys if key)
    return [f"{menu.title()}: «{key}» × {n}" for key, n in counts.items() if n > 1]


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_menu_accelerators_are_unique(qtbot, ui_language, runtime, db, lang):
    ui_language(lang)
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    problems = [f"menu bar: {c}" for c in _clashes(window.menuBar())]  # type: ignore[arg-type]
    for menu in menus:
        problems += _clashes(menu)
        problems += [c for a in menu.actions() if a.menu() for c in _clashes(a.menu())]
    assert problems == []
    window.close()
