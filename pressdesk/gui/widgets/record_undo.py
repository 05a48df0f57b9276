"""A section's changes of stored records as steps of the window's undo history.

The section names each step in the UI language ("Delete “Briefing”") and says which records
it touches; the rows are kept before the change and compared and put back on undo by
:mod:`pressdesk.services.snapshots`. Every step keeps one reversal: undoing reverts it, and the
revert's own reversal is what a redo reverts, so records come back with their ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from pressdesk.gui.widgets.undo import Step
from pressdesk.services import snapshots
from pressdesk.services.snapshots import Reversal, Snapshot

if TYPE_CHECKING:
    from pressdesk.gui.widgets.undo import UndoStack
    from pressdesk.storage.engine import Database

T = TypeVar("T")


class SectionUndo(QObject):
    """Push a section's changes to ``stack`` under ``section``'s key (nothing is kept when
    there is no window); :meth:`revert` says how the section puts a change back."""

    def __init__(
        self,
        db: Database,
        stack: UndoStack | None,
        section: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.stack = stack
        self.section = section

    @property
    def enabled(self) -> bool:
        """Return True if changes can be undone (the page lives in a window)."""
        return self.stack is not None

    def revert(self, reversal: Any) -> Any:
        """Put back what ``reversal`` keeps; return the reversal of that."""
        raise NotImplementedError

    def push(self, text: str, reversal: Any) -> None:
        """Record a change just saved, undone by reverting ``reversal``."""
        if self.stack is None:
            return
        current = [reversal]

        def flip() -> None:
            current[0] = self.revert(current[0])

        self.stack.push(Step(text, flip, flip, self.section))


class RecordUndo(SectionUndo):
    """Push the changes of the records of ``model`` to ``stack`` under ``section``'s key
    (nothing is kept when there is no window)."""

    def __init__(
        self,
        db: Database,
        stack: UndoStack | None,
        section: str,
        model: type[Any] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(db, stack, section, parent)
        self.model = model

    def revert(self, reversal: Reversal) -> Reversal:
        """Put the rows ``reversal`` keeps back; return the reversal of that."""
        return snapshots.revert(self.db, reversal)

    def capture(self, ids: Iterable[int]) -> Snapshot | None:
        """Keep the records ``ids`` as they are, before a change."""
        if self.stack is None or self.model is None:
            return None
        return snapshots.capture(self.db, self.model, ids)

    def settle(self, text: str, before: Snapshot | None, created: Iterable[int] = ()) -> None:
        """Record a change made since :meth:`capture` gave ``before``."""
        if self.stack is not None and before is not None:
            self.push(text, snapshots.settle(self.db, text, before, created))

    def created(self, text: str, ids: Iterable[int]) -> None:
        """Record new records ``ids`` (undo deletes them, redo puts them back)."""
        if self.stack is not None and self.model is not None:
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


class NamedPage(Protocol):
    """A record page that names its changes for the undo history."""

    db: Database

    def step_text(self, action: str, row: Any) -> str:
        """Name a change of ``row`` ("new", "edit", "delete" or the section's own)."""
        ...


class PageUndo(RecordUndo):
    """The undo of a record page (a :class:`~pressdesk.gui.widgets.record_page.RecordPage`):
    the page names the steps; without a window or a model nothing is recorded."""

    def __init__(self, page: Any, stack: UndoStack | None, model: type[Any] | None) -> None:
        super().__init__(page.db, stack, page.SECTION, model, page)
        self.page: NamedPage = page

    def before_edit(self, row: Any) -> Snapshot | None:
        """Keep ``row`` before its editor opens (nothing for a new one: its id is None or 0)."""
        return self.capture([row.id] if row.id else [])

    def after_edit(self, row: Any, before: Snapshot | None, saved: Any) -> None:
        """Record the save of the editor opened on ``row``; ``saved`` is what was stored."""
        if self.enabled and self.model is not None:
            action = "edit" if row.id else "new"
            self.settle(self.page.step_text(action, saved), before, [saved.id])

    def edit(self, row: Any, editor: QDialog, run: Callable[[QDialog], object]) -> Any:
        """Run ``editor`` on ``row`` with ``run`` and record its save as one step; return what
        it saved (its ``saved``), None if it was closed without saving."""
        before = self.before_edit(row)
        saved = getattr(editor, "saved", None) if run(editor) else None
        if saved is not None:
            self.after_edit(row, before, saved)
        return saved

    def track_row(self, action: str, row: Any, change: Callable[[], T]) -> T:
        """Make ``change`` to the stored ``row`` as one step named by ``action``."""
        return self.track(lambda _result: self.page.step_text(action, row), [row.id], change)

    def delete_hint(self) -> str:
        """Return the sentence a delete question ends with when the deletion can be undone."""
        if not self.enabled or self.model is None:
            return ""
        return "\n\n" + QCoreApplication.translate(
            "RecordPage", "The deletion can be undone (Ctrl+Z)."
        )
