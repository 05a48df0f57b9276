"""The actions of the window's menus; each entry of the Sections menu has an accelerator.

The first ten take the digit of their Ctrl+digit shortcut (0 for the tenth) as the accelerator.
Sections after the tenth have no Ctrl+digit left; each takes the first letter of its title, in
the interface language, that no other entry of the menu uses yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from pressdesk.gui.icons import icon
from pressdesk.gui.sections import SECTIONS

_ACCELERATOR = re.compile(r"&([^&\s])")


def accelerator(text: str) -> str | None:
    """The key after the single ``&`` of a menu text, folded; None when there is none."""
    found = _ACCELERATOR.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def menu_texts(titles: Sequence[str], others: Iterable[str] = ()) -> list[str]:
    """Menu texts for section ``titles``; ``others`` are the other entries of the same menu."""
    taken = {key for key in map(accelerator, others) if key}
    texts: list[str] = []
    for index, title in enumerate(titles):
        plain = title.replace("&", "&&")
        if index < 10:
            texts.append(f"&{(index + 1) % 10}  {plain}")
            continue
        position = next(
            (
                at
                for at, char in enumerate(plain)
                if char.isalnum() and char.casefold() not in taken and char != "&"
            ),
            None,
        )
        if position is None:
            texts.append(plain)
            continue
        taken.add(plain[position].casefold())
        texts.append(f"{plain[:position]}&{plain[position:]}")
    return texts


def section_actions(
    parent: QObject, others: Iterable[str], select: Callable[[int], None]
) -> list[QAction]:
    """One action per section for the Sections menu; triggering it calls ``select(row)``."""
    texts = menu_texts([section.title for section in SECTIONS], others)
    actions: list[QAction] = []
    for row, (section, text) in enumerate(zip(SECTIONS, texts, strict=True)):
        action = QAction(text, parent)
        action.setShortcut(QKeySequence(section.shortcut))
        keys = f"  ({section.shortcut})" if section.shortcut else ""
        action.setToolTip(f"{section.title}{keys}")
        action.setIcon(icon(section.icon, disabled=not section.built))
        action.triggered.connect(lambda _checked=False, row=row: select(row))
        actions.append(action)
    return actions


def window_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence | QKeySequence.StandardKey = "",
) -> QAction:
    """An action of the window's menus calling ``slot``; its shortcut is named in its tooltip."""
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')}  ({keys})")
    action.triggered.connect(slot)
    return action
