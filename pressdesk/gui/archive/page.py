"""The Archive section: the index of photo, video and audio sets, with totals and export."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.exchange.tabular import ImportResult
from pressdesk.gui import dialogs
from pressdesk.gui.archive import model as cols
from pressdesk.gui.archive.editor import ArchiveEditDialog
from pressdesk.gui.archive.model import ArchiveModel, kind, size_text
from pressdesk.gui.inventory.common import (
    ShrinkingComboBox,
    action_bar,
    add_action,
    row_widget,
    set_column_widths,
    setup_table,
    spacer,
)
from pressdesk.gui.inventory.transfer import Transfers
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.empty_state import EmptyState, EmptySwitch, focus_field
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.gui.widgets.keys import list_keys, tab_reachable
from pressdesk.gui.widgets.preflight import confirm_texts
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
from pressdesk.services.overview import is_section_empty
from pressdesk.services.profile import get_profile
from pressdesk.services.validation import NotFound
from pressdesk.settings import PDF_FONT
from pressdesk.storage.assets_models import ARCHIVE_KINDS

log = logging.getLogger(__name__)

#: Opens a folder in the file manager; tests replace it.
FolderOpener = Callable[[Path], bool]


class ArchiveSectionPage(QWidget):
    """List, filter, edit and export the archive index; open a set's folder."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.setObjectName("page_archive")
        self.open_folder_with: FolderOpener = dialogs.open_folder
        self.model = ArchiveModel(self.db, self)
        self.transfers = Transfers(self)

        self.search = QLineEdit()
        self.search.setObjectName("archiveSearch")
        self.search.setPlaceholderText(self.tr("Search by title, event, place, person…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.kind = ShrinkingComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for code in ARCHIVE_KINDS:
            self.kind.addItem(kind(code), code)
        self.year = ShrinkingComboBox()
        self.year.setObjectName("yearFilter")
        self._fill_years()
        self.kind.currentIndexChanged.connect(self.reload)
        self.year.currentIndexChanged.connect(self.reload)
        filters = FlowLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.year)

        bar = action_bar("archiveActions")
        self.add_action = add_action(bar, self.tr("Add…"), "addSet", self.add)
        self.edit_action = add_action(bar, self.tr("Edit…"), "editSet", self.edit_selected)
        self.delete_action = add_action(bar, self.tr("Delete"), "deleteSet", self.delete_selected)
        bar.addSeparator()
        self.folder_action = add_action(bar, self.tr("Open folder"), "openFolder", self.open_folder)
        bar.addWidget(spacer())
        self.import_action = add_action(bar, self.tr("Import…"), "importSets", self.import_sets)
        self.export_action = add_action(bar, self.tr("Export…"), "exportSets", self.export)

        self.table = QTableView()
        self.table.setObjectName("archiveTable")
        self.table.setModel(self.model)
        # A new filter or order shows its first rows; an edit in place keeps the position.
        self.model.modelReset.connect(self.table.scrollToTop)
        setup_table(self.table)
        header = self.table.horizontalHeader()
        set_column_widths(
            self.table,
            {
                cols.DATE: 11,
                cols.TITLE: 30,
                cols.KIND: 10,
                cols.EVENT: 18,
                cols.PLACE: 26,
                cols.COUNT: 7,
                cols.SIZE: 9,
                cols.RESPONSIBLE: 18,
            },
        )
        header.setSectionResizeMode(cols.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(cols.DATE, Qt.SortOrder.DescendingOrder)
        self._sorted = (cols.DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._edit_index)
        list_keys(self.table, self.edit_selected, self.delete_selected)

        tab_reachable(bar)
        self.totals = QLabel()
        self.totals.setObjectName("archiveTotals")
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(row_widget(filters))
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.empty = EmptySwitch(
            layout,
            EmptyState(
                "archive",
                self.tr("The archive index is empty"),
                self.tr(
                    "Note each photo, video or audio set: the event and date, how many files, "
                    "and where it is kept — a folder, an external drive or a cloud. An index "
                    "kept in a spreadsheet can be imported."
                ),
                [
                    (self.tr("&Add a set…"), self.add),
                    (self.tr("&Import from a file…"), self.import_sets),
                ],
            ),
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def focus_search(self) -> bool:
        """Put the keyboard focus in the search field (Ctrl+F); False if none is shown."""
        return focus_field(self.search)

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""
        self.add()

    def _fill_years(self) -> None:
        current = self.year.currentData()
        years = sorted(
            {r.taken_on.year for r in list_archive(self.db).rows if r.taken_on}, reverse=True
        )
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    # --- list ---------------------------------------------------------------------------------

    def current_filter(self) -> ArchiveFilter:
        """Return the filter the bar describes."""
        year = self.year.currentData()
        return ArchiveFilter(
            search=self.search.text(),
            kind=self.kind.currentData(),
            date_from=dt.date(year, 1, 1) if year else None,
            date_to=dt.date(year, 12, 31) if year else None,
        )

    @Slot()
    def reload(self) -> None:
        """Read the list again with the current filter, keeping the selection."""
        selected = self.selected()
        self.model.set_filter(self.current_filter())
        if selected is not None:
            self._select(selected.id)
        self._show_totals()
        self._update_buttons()
        # Rows shown: not empty, without asking the database again.
        self.empty.set_empty(self.model.rowCount() == 0 and is_section_empty(self.db, "archive"))

    def refresh(self) -> None:
        """Reload after a change elsewhere."""
        self._fill_years()
        self.reload()

    def _show_totals(self) -> None:
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
        self.totals.setText(text)

    @Slot(int, Qt.SortOrder)
    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if section in cols.ORDERS:
            self._sorted = (section, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted)
        header.blockSignals(False)

    def selected(self) -> ArchiveRow | None:
        """Return the selected set, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select(self, set_id: int | None) -> None:
        row = self.model.row_of(set_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)
        self.folder_action.setEnabled(row is not None and bool(row.folder_path))

    # --- actions ------------------------------------------------------------------------------

    def _run_editor(self, row: ArchiveRow) -> None:
        editor = ArchiveEditDialog(self.db, row, self)
        if dialogs.run_dialog(editor) and editor.saved is not None:
            saved = editor.saved
            self.refresh()
            self._select(saved.id)
        editor.deleteLater()

    @Slot()
    def add(self) -> None:
        """Add a set to the index."""
        self._run_editor(ArchiveRow(title=Bi(), taken_on=clock.today()))

    @Slot()
    def edit_selected(self) -> None:
        """Edit the selected set."""
        row = self.selected()
        if row is not None:
            self._run_editor(row)

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        self._run_editor(self.model.row_at(index.row()))

    @Slot()
    def delete_selected(self) -> None:
        """Remove the selected set from the index, after asking; files are not touched."""
        row = self.selected()
        if row is None or row.id is None:
            return
        if not dialogs.question(
            self,
            self.tr("Delete from the index"),
            self.tr(
                "Remove «{title}» from the archive index? The files themselves are not deleted."
            ).format(title=row.title.text(self.model.lang)),
            yes=self.tr("Delete"),
            no=self.tr("Cancel"),
        ):
            return
        try:
            delete_archive_set(self.db, row.id)
        except NotFound:
            log.info("Archive set %s was already deleted", row.id)
        self.refresh()

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

    @property
    def doc_lang(self) -> str:
        """Return the default language of documents."""
        lang = get_profile(self.db).default_doc_lang
        return lang if lang in ("ky", "ru") else "ru"

    @Slot()
    def export(self) -> None:
        """Export the archive index as a table or a document."""
        shown = self.current_filter()
        font = str(self.context.runtime.settings.get(PDF_FONT) or "") or None

        def work(path: Path, lang: str, only_shown: bool) -> int:
            flt = shown if only_shown else None
            return export_archive(self.db, path, lang=lang, flt=flt, font_path=font)

        def check(suffix: str, lang: str, only_shown: bool) -> bool:
            # A table carries both languages; a document prints one and needs its texts.
            if suffix not in DOCUMENT_FORMATS:
                return True
            refs = archive_refs(self.db, shown if only_shown else None)
            return confirm_texts(self, self.db, refs, lang)

        self.transfers.export(
            self.tr("Export the archive index"),
            "archive",
            EXPORT_FORMATS,
            self.doc_lang,
            work,
            filter_option=self.tr("Only the sets the filter shows"),
            check=check,
        )

    @Slot()
    def import_sets(self) -> None:
        """Import archive sets from an Excel or CSV table."""

        def work(path: Path, skip: bool, dry: bool) -> ImportResult[ArchiveRow]:
            return import_archive(self.db, path, skip_invalid=skip, dry_run=dry)

        self.transfers.import_table(
            self.tr("Import archive sets"), work, lambda _count: self.refresh()
        )
