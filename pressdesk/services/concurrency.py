"""A save made from an outdated copy of a record is refused instead of overwriting a change.

On a shared server two people may open the same record; whoever saves second would silently
undo the first one's work. Records that carry a row version (the database raises it by one on
every change) are checked on saving against the version their editor read: a different one
means someone else changed the record meanwhile. On PostgreSQL the row is locked from the check
to the end of the save, so no change can slip in between.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from pressdesk.messages import UserError
from pressdesk.storage.models import stored_now


class ChangedMeanwhile(UserError, RuntimeError):
    """The record changed after it was read for editing; nothing was saved."""

    code = "record.changed_meanwhile"


def claim_unchanged(
    session: Session, entity: Any, row_id: int, seen: int | None, version: str = "row_version"
) -> None:
    """Lock row ``row_id`` of ``entity`` and refuse if its ``version`` is no longer ``seen``.

    ``seen`` None (an import, a command line edit that reads and writes at once) checks nothing.
    """
    if seen is None:
        return
    current = session.scalar(
        select(getattr(entity, version)).where(entity.id == row_id).with_for_update()
    )
    if current is not None and current != seen:
        raise ChangedMeanwhile()


def mark_changed(row: Any) -> None:
    """Make the coming flush write ``row`` itself, so its version rises even when only its
    dependants (phones, e-mails, topics) changed; its time of change is now."""
    row.updated_at = stored_now()
    flag_modified(row, "updated_at")
