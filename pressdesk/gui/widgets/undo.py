"""One undo history for the window: what the user did, in their words, and how to take it back.

A section that changes records pushes a :class:`Step` after the change is saved: the text the
Edit menu shows ("Move 3 items by 7 days"), a function that undoes it and one that does it
again, and the key of the section whose page shows the records. The services do the work (a
bulk plan action returns the state it needs to be reverted); the stack only keeps the order.

The history lasts for the session and belongs to the open database: opening another one clears
it. An undo or redo that the database refuses (the record was changed or deleted in the
meantime) is reported and the history is cleared, so it never replays a change over data it no
longer matches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: How many steps are kept; the oldest go first.
LIMIT = 100


@dataclass(frozen=True)
class Step:
    """One change the user made, with the functions that take it back and make it again."""

    text: str
    undo: Callable[[], object]
    redo: Callable[[], object]
    section: str = ""


class UndoFailed(Exception):
    """An undo or redo could not be done; ``cause`` is the error the service raised."""

    def __init__(self, step: Step, cause: Exception) -> None:
        super().__init__(str(cause))
        self.step = step
        self.cause = cause


class UndoStack(QObject):
    """The steps done (to undo, newest last) and the steps undone (to redo, newest last)."""

    #: Emitted after every push, undo, redo or clear.
    changed = Signal()
    #: Emitted with the section key after a step was undone or redone, to refresh its page.
    applied = Signal(str)
    #: Emitted with the section key after a change was recorded, undone or redone, for the
    #: pages that show that section's records too (the plan marks the items publications cover).
    touched = Signal(str)

    def __init__(self, parent: QObject | None = None, *, limit: int = LIMIT) -> None:
        super().__init__(parent)
        self.limit = limit
        self._done: list[Step] = []
        self._undone: list[Step] = []

    @property
    def can_undo(self) -> bool:
        """Return True if there is a step to undo."""
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        """Return True if there is an undone step to do again."""
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        """Return the text of the step Undo would take back ("" if none)."""
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        """Return the text of the step Redo would do again ("" if none)."""
        return self._undone[-1].text if self._undone else ""

    def push(self, step: Step) -> None:
        """Record a change that has just been saved; what was undone can no longer be redone."""
        self._done.append(step)
        del self._done[: -self.limit]
        self._undone.clear()
        self.changed.emit()
        self.touched.emit(step.section)

    def undo(self) -> Step | None:
        """Take the newest step back; return it, None if there was none.

        Raises :class:`UndoFailed` if the service refuses; the history is then cleared.
        """
        return self._replay(self._done, self._undone, redo=False)

    def redo(self) -> Step | None:
        """Do the newest undone step again; return it, None if there was none.

        Raises :class:`UndoFailed` if the service refuses; the history is then cleared.
        """
        return self._replay(self._undone, self._done, redo=True)

    def _replay(self, source: list[Step], target: list[Step], *, redo: bool) -> Step | None:
        """Undo (or redo) the newest step of ``source`` and move it to ``target``."""
        if not source:
            return None
        step = source.pop()
        try:
            if redo:
                step.redo()
            else:
                step.undo()
        except Exception as exc:  # the caller words it; the history stays consistent
            self._forget()
            raise UndoFailed(step, exc) from exc
        target.append(step)
        self.changed.emit()
        self.applied.emit(step.section)
        self.touched.emit(step.section)
        return step

    def clear(self) -> None:
        """Forget every step (another database was opened)."""
        self._forget()

    def _forget(self) -> None:
        self._done.clear()
        self._undone.clear()
        self.changed.emit()


class UndoActions(QObject):
    """The Edit menu's Undo and Redo for ``stack``: texts that name the step, and their keys."""

    def __init__(self, stack: UndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.stack = stack
        self.window = parent
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        stack.changed.connect(self.update_texts)
        self.update_texts()

    @Slot()
    def update_texts(self) -> None:
        """Name the step each action would undo or redo; grey them out when there is none."""
        for action, text, named, plain in (
            (
                self.undo_action,
                self.stack.undo_text,
                self.tr("&Undo: {what}"),
                self.tr("&Undo"),
            ),
            (
                self.redo_action,
                self.stack.redo_text,
                self.tr("&Redo: {what}"),
                self.tr("&Redo"),
            ),
        ):
            action.setText(named.format(what=text) if text else plain)
            action.setEnabled(bool(text))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')}  ({keys})")

    @Slot()
    def undo(self) -> None:
        """Undo the newest step; a refusal is shown and the history cleared."""
        self._apply(self.stack.undo, self.tr("Cannot undo"))

    @Slot()
    def redo(self) -> None:
        """Redo the newest undone step; a refusal is shown and the history cleared."""
        self._apply(self.stack.redo, self.tr("Cannot redo"))

    def _apply(self, run: Callable[[], Step | None], title: str) -> None:
        from pressdesk.gui import dialogs
        from pressdesk.gui.messages import error_text

        try:
            run()
        except UndoFailed as failed:
            log.warning("%s failed: %s", failed.step.text, failed.cause)
            dialogs.error(
                self.window,
                title,
                self.tr(
                    "“{what}”: the database refused it; the records may have been changed in "
                    "the meantime. The list of changes to undo and redo has been cleared."
                ).format(what=failed.step.text)
                + "\n\n"
                + error_text(failed.cause),
            )
