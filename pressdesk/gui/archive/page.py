"""The Archive section: the index of photo, video and audio sets, with totals and export."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QToolBar

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.exchange.tabular import ImportResult
from pressdesk.gui import dialogs
from pressdesk.gui.archive import model as cols
from pressdesk.gui.archive.editor import ArchiveEditDialog
from pressdesk.gui.archive.model import ArchiveModel, kind, size_text
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import ShrinkingComboBox
from pressdesk.gui.inventory.transfer import reason_text
from pressdesk.gui.widgets.filter_bar import FlowLayout, fill_combo
from pressdesk.gui.widgets.record_page import RecordPage, add_action
from pressdesk.services.archive.records import (
    ArchiveFilter,
    ArchiveRow,
    archive_totals,
    delete_archive_set,
    list_archive,
)
from pressdesk.services.assets.files import (
    DOCUMENT_FORMATS,
    EXPORT_FORMATS,
    archive_refs,
    export_archive,
    import_archive,
)
from pressdesk.storage.assets_models import ARCHIVE_KINDS, ArchiveSet

log = logging.getLogger(__name__)

#: Opens a folder in the file manager; tests replace it.
FolderOpener = Callable[[Path], bool]


class ArchiveSectionPage(RecordPage):
    """List, filter, edit and export the archive index; open a set's folder."""

    SECTION = "archive"
    NAME = "archive"
    RECORD = "Set"
    SORT = (cols.DATE, Qt.SortOrder.DescendingOrder)
    STRETCH = cols.TITLE
    IMPORTS = True
    EXPORT_FORMATS = EXPORT_FORMATS
    DOCUMENT_FORMATS = DOCUMENT_FORMATS
    EDITOR = ArchiveEditDialog
    UNDO_MODEL = ArchiveSet
    SEARCH_HINT = QT_TRANSLATE_NOOP("ArchiveSectionPage", "Search by title, event, place, person…")
    EMPTY = (
        "archive",
        QT_TRANSLATE_NOOP("ArchiveSectionPage", "The archive index is empty"),
        QT_TRANSLATE_NOOP(
            "ArchiveSectionPage",
            "Note each photo, video or audio set: the event and date, how many files, "
            "and where it is kept — a folder, an external drive or a cloud. An index "
            "kept in a spreadsheet can be imported.",
        ),
    )
    EMPTY_ACTIONS = (
        (QT_TRANSLATE_NOOP("ArchiveSectionPage", "&Add a set…"), "add"),
        (QT_TRANSLATE_NOOP("ArchiveSectionPage", "&Import from a file…"), "import_records"),
    )
    DELETE_TITLE = QT_TRANSLATE_NOOP("ArchiveSectionPage", "Delete from the index")
    EXPORT_TITLE = QT_TRANSLATE_NOOP("ArchiveSectionPage", "Export the archive index")
    EXPORT_OPTION = QT_TRANSLATE_NOOP("ArchiveSectionPage", "Only the sets the filter shows")
    IMPORT_TITLE = QT_TRANSLATE_NOOP("ArchiveSectionPage", "Import archive sets")
    model: ArchiveModel
    #: Opens a folder in the file manager; tests replace it.
    open_folder_with: FolderOpener = staticmethod(dialogs.open_folder)

    # --- the list -----------------------------------------------------------------------------

    def make_model(self) -> ArchiveModel:
        return ArchiveModel(self.db, self)

    def add_filters(self, row: FlowLayout) -> None:
        self.kind = ShrinkingComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for code in ARCHIVE_KINDS:
            self.kind.addItem(kind(code), code)
        self.year = ShrinkingComboBox()
        self.year.setObjectName("yearFilter")
        for combo in (self.kind, self.year):
            combo.currentIndexChanged.connect(self.reload)
            row.addWidget(combo)

    def fill_choices(self) -> None:
        years = sorted(
            {r.taken_on.year for r in list_archive(self.db).rows if r.taken_on}, reverse=True
        )
        fill_combo(self.year, self.tr("All years"), [(year, str(year)) for year in years])

    def current_filter(self) -> ArchiveFilter:
        year = self.year.currentData()
        return ArchiveFilter(
            search=self.search.text(),
            kind=self.kind.currentData(),
            date_from=dt.date(year, 1, 1) if year else None,
            date_to=dt.date(year, 12, 31) if year else None,
        )

    def column_widths(self) -> dict[int, int]:
        return {
            cols.DATE: 11,
            cols.TITLE: 30,
            cols.KIND: 10,
            cols.EVENT: 18,
            cols.PLACE: 26,
            cols.COUNT: 7,
            cols.SIZE: 9,
            cols.RESPONSIBLE: 18,
        }

    def add_record_actions(self, bar: QToolBar) -> None:
        bar.addSeparator()
        self.folder_action = add_action(bar, self.tr("Open folder"), "openFolder", self.open_folder)

    def update_actions(self, row: ArchiveRow | None) -> None:
        self.folder_action.setEnabled(row is not None and bool(row.folder_path))

    def status_text(self) -> str:
        totals = archive_totals(self.db, self.model.filter)
        text = self.tr("Sets: {sets} · files: {files} · size: {size}").format(
            sets=totals.sets, files=totals.items, size=size_text(totals.size_bytes) or "0"
        )
        by_kind = [
            f"{kind(code)}: {totals.by_kind[code].sets}"
            for code in ARCHIVE_KINDS
            if code in totals.by_kind
        ]
        if by_kind:
            text += " (" + ", ".join(by_kind) + ")"
        return text

    # --- editing ------------------------------------------------------------------------------

    def blank_record(self) -> ArchiveRow:
        return ArchiveRow(title=Bi(), taken_on=clock.today())

    def delete_question(self, row: ArchiveRow) -> str:
        return self.tr(
            "Remove «{title}» from the archive index? The files themselves are not deleted."
        ).format(title=row.title.text(self.model.lang))

    def delete_record(self, record_id: int) -> None:
        delete_archive_set(self.db, record_id)

    def step_text(self, action: str, row: ArchiveRow) -> str:
        """Name a change of a set in the undo history: "Remove “Forum 2026” from the index"."""
        texts = {
            "new": self.tr("Add “{title}” to the archive index"),
            "edit": self.tr("Edit “{title}”"),
            "delete": self.tr("Remove “{title}” from the archive index"),
        }
        return texts[action].format(title=row.title.text(self.model.lang))

    @Slot()
    def open_folder(self) -> None:
        """Show the selected set's folder in the file manager."""
        row = self.selected()
        if row is None or not row.folder_path:
            return
        folder = Path(row.folder_path)
        if not folder.is_dir():
            label = row.drive_label.text(self.model.lang)
            where = f" «{label}»" if label else ""
            dialogs.warning(
                self,
                self.tr("Open folder"),
                self.tr(
                    "The folder is not found:\n{path}\n\nIt may be on an external drive{drive} "
                    "that is not connected, or it was moved."
                ).format(path=folder, drive=where),
            )
            return
        if not self.open_folder_with(folder):
            dialogs.warning(
                self,
                self.tr("Open folder"),
                self.tr("The folder could not be opened:\n{path}").format(path=folder),
            )

    # --- files --------------------------------------------------------------------------------

    def write_export(self, path: Path, lang: str, option: bool) -> int:
        flt = self.current_filter() if option else None
        return export_archive(self.db, path, lang=lang, flt=flt, font_path=self.pdf_font or None)

    def export_refs(self, option: bool) -> Iterable[Any]:
        return archive_refs(self.db, self.current_filter() if option else None)

    def read_import(self, path: Path, skip: bool, dry: bool) -> ImportResult[ArchiveRow]:
        return import_archive(self.db, path, skip_invalid=skip, dry_run=dry)

    def import_reason(self, reason: str) -> str:
        return reason_text(reason)
