"""The archive table, fed page by page, and the interface's names of kinds and fields."""

from __future__ import annotations

from PySide6.QtCore import QObject

from pressdesk.assets_vocab import format_size
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP, current_language
from pressdesk.gui.inventory.common import format_date, labels_of, namer
from pressdesk.gui.widgets.record_model import QueryTableModel
from pressdesk.services.archive.records import (
    ArchiveFilter,
    ArchiveOrder,
    ArchiveRow,
    count_archive,
    list_archive,
)
from pressdesk.storage.engine import Database

_CONTEXT = "ArchiveLabels"

KINDS: dict[str, str] = {
    "photo": QT_TRANSLATE_NOOP("ArchiveLabels", "Photo"),
    "video": QT_TRANSLATE_NOOP("ArchiveLabels", "Video"),
    "audio": QT_TRANSLATE_NOOP("ArchiveLabels", "Audio"),
    "document": QT_TRANSLATE_NOOP("ArchiveLabels", "Documents"),
    "mixed": QT_TRANSLATE_NOOP("ArchiveLabels", "Mixed"),
}
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ArchiveLabels", "Title"),
    "kind": QT_TRANSLATE_NOOP("ArchiveLabels", "Kind"),
    "taken_on": QT_TRANSLATE_NOOP("ArchiveLabels", "Date"),
    "event_title": QT_TRANSLATE_NOOP("ArchiveLabels", "Event"),
    "folder_path": QT_TRANSLATE_NOOP("ArchiveLabels", "Folder"),
    "drive_label": QT_TRANSLATE_NOOP("ArchiveLabels", "Drive or place"),
    "cloud_link": QT_TRANSLATE_NOOP("ArchiveLabels", "Cloud link"),
    "item_count": QT_TRANSLATE_NOOP("ArchiveLabels", "Files"),
    "size_bytes": QT_TRANSLATE_NOOP("ArchiveLabels", "Size"),
    "responsible_name": QT_TRANSLATE_NOOP("ArchiveLabels", "Responsible"),
    "responsible_id": QT_TRANSLATE_NOOP("ArchiveLabels", "Responsible"),
    "notes": QT_TRANSLATE_NOOP("ArchiveLabels", "Notes"),
    "doc_number": QT_TRANSLATE_NOOP("ArchiveLabels", "Document number"),
    "sheets": QT_TRANSLATE_NOOP("ArchiveLabels", "Sheets"),
}


#: The kind's name in the interface language.
kind = namer(_CONTEXT, KINDS)
#: Every field's label, for naming fields in a refusal.
field_labels = labels_of(_CONTEXT, FIELDS)


def size_text(size: int | None) -> str:
    """Return a size such as "1,5 ГБ" in the interface language."""
    if size is None:
        return ""
    return format_size(size, current_language())


DATE, TITLE, KIND, EVENT, PLACE, COUNT, SIZE, RESPONSIBLE = range(8)
ORDERS: dict[int, ArchiveOrder] = {
    DATE: "taken_on",
    TITLE: "title",
    KIND: "kind",
    SIZE: "size",
    RESPONSIBLE: "responsible",
}

#: The columns of numbers.
_NUMBERS = frozenset({COUNT, SIZE})


class ArchiveModel(QueryTableModel):
    """Archive sets matching a filter; the newest first unless sorted otherwise."""

    TITLES = (
        QT_TRANSLATE_NOOP("ArchiveModel", "Date"),
        QT_TRANSLATE_NOOP("ArchiveModel", "Title"),
        QT_TRANSLATE_NOOP("ArchiveModel", "Kind"),
        QT_TRANSLATE_NOOP("ArchiveModel", "Event"),
        QT_TRANSLATE_NOOP("ArchiveModel", "Where it is kept"),
        QT_TRANSLATE_NOOP("ArchiveModel", "Files"),
        QT_TRANSLATE_NOOP("ArchiveModel", "Size"),
        QT_TRANSLATE_NOOP("ArchiveModel", "Responsible"),
    )
    filter: ArchiveFilter

    COUNT = count_archive
    FETCH = list_archive
    ORDERS = ORDERS
    ORDER = "taken_on"
    DESCENDING = True

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, ArchiveFilter(), parent)

    RIGHT_ALIGNED = _NUMBERS

    def row_tip(self, row: ArchiveRow, column: int) -> str | None:
        if column != PLACE:
            return None
        parts = (row.drive_label.text(self.lang), row.folder_path, row.cloud_link)
        return "\n".join(p for p in parts if p)

    def row_texts(self, row: ArchiveRow) -> dict[int, str]:
        return {
            DATE: format_date(row.taken_on),
            TITLE: row.title.text(self.lang),
            KIND: kind(row.kind),
            EVENT: row.event_title,
            PLACE: "; ".join(
                p for p in (row.drive_label.text(self.lang), row.folder_path, row.cloud_link) if p
            ),
            COUNT: "" if row.item_count is None else str(row.item_count),
            SIZE: size_text(row.size_bytes),
            RESPONSIBLE: row.responsible_name,
        }
