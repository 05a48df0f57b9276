"""Keyboard access to a list: Tab reaches its bar's buttons, Enter opens, Delete deletes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QToolBar, QToolButton


def tab_reachable(bar: QToolBar) -> None:
    """Let Tab reach the buttons of ``bar`` (a tool bar's buttons take no focus by default)."""
    for button in bar.findChildren(QToolButton):
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def list_keys(
    view: QAbstractItemView,
    open_current: Callable[[], object] | None,
    delete_current: Callable[[], object] | None = None,
) -> list[QAction]:
    """Bind Enter to ``open_current`` and Delete to ``delete_current`` while ``view`` has focus.

    Actions rather than the view's ``activated`` signal: that one also fires on the double
    click the page already handles, which would open the editor twice.
    """
    bindings: list[tuple[list[QKeySequence], Callable[[], object]]] = []
    if open_current is not None:
        enter = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        bindings.append((enter, open_current))
    if delete_current is not None:
        bindings.append(([QKeySequence(QKeySequence.StandardKey.Delete)], delete_current))
    actions = []
    for keys, slot in bindings:
        action = QAction(view)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        view.addAction(action)
        actions.append(action)
    return actions
