"""The plan page's changes as steps of the window's undo history, named in the UI language.

Every step keeps one reversal: undoing reverts it, and the revert's own reversal is what a redo
reverts, and so on, so the items come back with their ids, history, channels and links.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pressdesk.gui.plan import labels
from pressdesk.gui.widgets.record_undo import SectionUndo
from pressdesk.services.plan import bulk
from pressdesk.services.plan.bulk import ItemSnapshot, Reversal
from pressdesk.services.plan.rows import PlanItemRow

if TYPE_CHECKING:
    from pressdesk.gui.widgets.undo import UndoStack
    from pressdesk.storage.engine import Database

SECTION = "plan"


class PlanUndo(SectionUndo):
    """Push the plan's changes to ``stack`` (nothing is kept when there is no window)."""

    def __init__(
        self,
        db: Database,
        stack: UndoStack | None,
        by_name: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(db, stack, SECTION, parent)
        self.by_name = by_name

    def revert(self, reversal: Reversal) -> Reversal:
        """Put the items ``reversal`` keeps back; return the reversal of that."""
        return bulk.revert(self.db, reversal, by_name=self.by_name())

    def capture(self, ids: Iterable[int]) -> tuple[ItemSnapshot, ...]:
        """Keep the items ``ids`` as they are, before a change another service makes."""
        return bulk.capture(self.db, ids) if self.stack is not None else ()

    def settle(
        self, text: str, before: Sequence[ItemSnapshot], created: Iterable[int] = ()
    ) -> None:
        """Record a change made since :meth:`capture` gave ``before``."""
        if self.stack is not None:
            self.push(text, bulk.settle(self.db, text, before, created))

    # --- the words ----------------------------------------------------------------------------

    def bulk_text(self, action: str, count: int, *, target: str = "", days: int = 0) -> str:
        """Name an action on several items: "Move 3 items by 7 days"."""
        if action == "status":
            return self.tr("{action}: {count} items").format(
                action=labels.action_name(target).rstrip("…"), count=count
            )
        if action == "send_week":
            return self.tr("Send the week for approval ({count} items)").format(count=count)
        if action == "move":
            return self.tr("Move {count} items by {days} days").format(count=count, days=days)
        if action == "copy":
            return self.tr("Copy {count} items by {days} days").format(count=count, days=days)
        if action == "responsible":
            return self.tr("Set the responsible person of {count} items").format(count=count)
        if action == "delete":
            return self.tr("Delete {count} items").format(count=count)
        raise ValueError(action)

    def item_text(self, action: str, row: PlanItemRow, *, target: str = "") -> str:
        """Name a change of one item: "Move “Briefing”"."""
        title = labels.shown(row.title)
        if action == "status":
            return self.tr("{action}: “{title}”").format(
                action=labels.action_name(target, row.status).rstrip("…"), title=title
            )
        texts = {
            "new": self.tr("Add “{title}”"),
            "edit": self.tr("Edit “{title}”"),
            "move": self.tr("Move “{title}”"),
            "copy": self.tr("Copy “{title}”"),
            "delete": self.tr("Delete “{title}”"),
        }
        return texts[action].format(title=title)

    def copy_week_text(self, count: int) -> str:
        """Name copying the week forward."""
        return self.tr("Copy the week forward ({count} items)").format(count=count)
