"""A section's changes of stored records as steps of the window's undo history.

The section names each step in the UI language ("Delete “Briefing”") and says which records
it touches; the rows are kept before the change and compared and put back on undo by
:mod:`pressdesk.services.snapshots`. Every step keeps one reversal: undoing reverts it, and the
revert's own reversal is what a redo reverts, so records come back with their ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject

from pressdesk.gui.widgets.undo import Step
from pressdesk.services import snapshots
from pressdesk.services.snapshots import Reversal, Snapshot

if TYPE_CHECKING:
    from pressdesk.gui.widgets.undo import UndoStack
    from pressdesk.storage.engine import Database

T = TypeVar("T")


class RecordUndo(QObject):
    """Push the changes of the records of ``model`` to ``stack`` under ``section``'s key
    (nothing is kept when there is no window)."""

    def __init__(
        self,
        db: Database,
        stack: UndoStack | None,
        section: str,
        model: type[Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.stack = stack
        self.section = section
        self.model = model

    @property
    def enabled(self) -> bool:
        """Return True if changes can be undone (the page lives in a window)."""
        return self.stack is not None

    def push(self, text: str, reversal: Reversal) -> None:
        """Record a change just saved, undone by reverting ``reversal``."""
        if self.stack is None:
            return
        current = [reversal]

        def flip() -> None:
            current[0] = snapshots.revert(self.db, current[0])

        self.stack.push(Step(text, flip, flip, self.section))

    def capture(self, ids: Iterable[int]) -> Snapshot | None:
        """Keep the records ``ids`` as they are, before a change."""
        if self.stack is None:
            return None
        return snapshots.capture(self.db, self.model, ids)

    def settle(self, text: str, before: Snapshot | None, created: Iterable[int] = ()) -> None:
        """Record a change made since :meth:`capture` gave ``before``."""
        if self.stack is not None and before is not None:
            self.push(text, snapshots.settle(self.db, text, before, created))

    def created(self, text: str, ids: Iterable[int]) -> None:
        """Record new records ``ids`` (undo deletes them, redo puts them back)."""
        if self.stack is not None:
            self.push(text, snapshots.reversal_of_new(self.db, text, self.model, ids))

    def track(
        self,
        text: str | Callable[[T], str],
        ids: Iterable[int],
        change: Callable[[], T],
        created: Callable[[T], Iterable[int]] | None = None,
    ) -> T:
        """Make ``change`` to the records ``ids`` and record it as one step; an error of the
        change passes through and nothing is recorded. ``text`` may be worded from the
        change's result, and ``created`` name the ids of the records it added."""
        before = self.capture(ids)
        result = change()
        if before is not None:
            words = text(result) if callable(text) else text
            self.settle(words, before, created(result) if created is not None else ())
        return result
