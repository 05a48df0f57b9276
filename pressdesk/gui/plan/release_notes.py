"""The press releases written for plan items, worded for the item's details."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication

from pressdesk.gui.releases.labels import status_name
from pressdesk.services.releases.reading import list_releases
from pressdesk.storage.engine import Database


def release_notes(db: Database, item_ids: Collection[int]) -> dict[int, str]:
    """Return ``{plan item id: "Press release 3/2026: approved"}`` for the items with one.

    An item with several releases lists them all, one a line, newest first.
    """
    if not item_ids:
        return {}
    notes: dict[int, list[str]] = {}
    for release in list_releases(db):
        item = release.plan_item_id
        if item is not None and item in item_ids:
            notes.setdefault(item, []).append(
                QCoreApplication.translate(
                    "PlanAgendaModel", "Press release {number}: {status}"
                ).format(number=release.label, status=status_name(release.status))
            )
    return {item: "\n".join(lines) for item, lines in notes.items()}
