"""The page of a section that lists records: filter bar, actions, table, editor, delete, export.

:class:`RecordPage` is what the accounts, archive and equipment sections are built on, and what
a new list section starts from. It lays the page out top to bottom — optional banner, filter bar
(search first, then the section's filters, wrapping when narrow), action bar, the table (or a
body holding it), a status line — and gives every list the same behaviour:

- typing in the search or changing a filter reads the list again (the service filters in SQL)
  and keeps the selected record selected;
- Add (Ctrl+N from the window), Edit (Enter or a double click) and Delete (the Delete key,
  after a question) work on the selected record; the same actions, with their shortcuts, are
  on the table's context menu and in the tooltips; Tab reaches the bar's buttons; with
  ``UNDO_MODEL`` set, saves and deletes are steps of the window's undo (named by ``step_text``);
- a section with no record at all shows its :class:`EmptyState` instead of an empty grid;
- Export asks for a format and a language, checks the texts a document needs in that language,
  and writes the file in the background through :mod:`pressdesk.gui.widgets.export`; Import
  checks a table first, lists the rows it refuses and imports on request.

A section subclasses it and gives what is particular to it: ``SECTION`` / ``NAME`` / ``RECORD``
(object names and the empty check), :meth:`make_model` (a ``QueryTableModel`` or
``ListTableModel``), :meth:`add_filters` and :meth:`current_filter`, :meth:`column_widths`,
:meth:`make_empty_state`, :meth:`blank_record`, :meth:`make_editor`, :meth:`delete_texts`,
:meth:`delete_record`, :meth:`status_text`; if it has them, :meth:`add_record_actions` (enabled
in :meth:`update_actions`), the export hooks (:meth:`write_export`, …) and :meth:`read_import`.
``SORT`` makes the columns the model orders by sortable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pressdesk.exchange.tabular import ImportResult
from pressdesk.gui import dialogs
from pressdesk.gui.i18n import current_language
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.empty_state import EmptyState, EmptySwitch, focus_field
from pressdesk.gui.widgets.filter_bar import SEARCH_DELAY_MS, FlowLayout
from pressdesk.gui.widgets.keys import tab_reachable
from pressdesk.gui.widgets.preflight import confirm_texts
from pressdesk.gui.widgets.record_model import QueryTableModel, RecordTableModel
from pressdesk.gui.widgets.record_undo import PageUndo
from pressdesk.gui.widgets.transfers import Transfers
from pressdesk.services.overview import is_section_empty
from pressdesk.services.profile import get_profile
from pressdesk.services.validation import NotFound
from pressdesk.settings import PDF_FONT
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


class EditorClass(Protocol):
    """The class of a record editor: it edits ``row`` and keeps what it saved in ``saved``."""

    def __call__(self, db: Database, row: Any, parent: QWidget | None = None, /) -> QDialog: ...


def keys_text(keys: QKeySequence) -> str:
    """Return a shortcut as the menus print it (``Ctrl+N``, ``Del``)."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


# --- small building blocks of a list page ---------------------------------------------------


def action_bar(name: str) -> QToolBar:
    """Return a bar of text buttons; what does not fit goes behind its » button."""
    bar = QToolBar()
    bar.setObjectName(name)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return bar


def add_action(
    bar: QToolBar,
    text: str,
    name: str,
    slot: Callable[[], object],
    tip: str = "",
    *,
    keys: Sequence[QKeySequence] = (),
) -> QAction:
    """Add a button to ``bar`` that runs ``slot``; ``keys`` are shown in menus and the tooltip.

    The keys are bound only where the page binds them (:meth:`RecordPage.bind_keys`), so a
    key the window already uses (Ctrl+N) is shown without being bound twice.
    """
    action = QAction(text, bar)
    action.setObjectName(name)
    action.triggered.connect(slot)
    tip = tip or text.rstrip("…")
    if keys:
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tip = f"{tip}  ({keys_text(keys[0])})"
    action.setToolTip(tip)
    bar.addAction(action)
    return action


def button_row(*buttons: tuple[str, str, Callable[[], object]]) -> QHBoxLayout:
    """Return a row of push buttons (text, object name, what it runs), left-aligned."""
    row = QHBoxLayout()
    for text, name, slot in buttons:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


def setup_table(table: QTableView) -> None:
    """Give a list table the common look: whole rows, one at a time, no editing in place."""
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)


def list_table(name: str, model: QAbstractItemModel) -> QTableView:
    """Return a list table named ``name`` over ``model``, with the common look."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    setup_table(table)
    return table


def set_column_widths(table: QTableView, widths: dict[int, int]) -> None:
    """Size columns to about ``widths`` characters, never narrower than their titles."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for column, chars in widths.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = max(metrics.averageCharWidth() * chars, metrics.horizontalAdvance(title) + 12)
        header.resizeSection(column, wanted + 16)


# --- the page ---------------------------------------------------------------------------------


class RecordPage(QWidget):
    """A section page that lists, filters, edits, deletes, imports and exports one kind of
    record (see the module's description for what a subclass gives)."""

    #: The section's key: the page is ``page_<SECTION>``, the table ``<SECTION>Table``.
    SECTION: ClassVar[str] = ""
    #: The prefix of the search field and action bar: ``<NAME>Search``, ``<NAME>Actions``.
    NAME: ClassVar[str] = ""
    #: The record in the actions' names: ``add<RECORD>``, ``export<RECORD>s``.
    RECORD: ClassVar[str] = ""
    #: The column and order the list starts sorted by; None for a list that does not sort.
    SORT: ClassVar[tuple[int, Qt.SortOrder] | None] = None
    #: The column that takes the room left.
    STRETCH: ClassVar[int] = 0
    #: Whether records can be imported from a table.
    IMPORTS: ClassVar[bool] = False
    #: The formats of export, and those of them that are documents (in one language).
    EXPORT_FORMATS: ClassVar[Sequence[str]] = ()
    DOCUMENT_FORMATS: ClassVar[Sequence[str]] = ()
    # The texts below are marked with QT_TRANSLATE_NOOP under the section page's class name
    # and translated when shown (:meth:`own_text`).
    #: What the search field searches.
    SEARCH_HINT: ClassVar[str] = ""
    #: The empty state: its icon, title and sentence, and its buttons (text, method name).
    EMPTY: ClassVar[tuple[str, str, str]] = ("", "", "")
    EMPTY_ACTIONS: ClassVar[Sequence[tuple[str, str]]] = ()
    #: The title of the question before a delete.
    DELETE_TITLE: ClassVar[str] = ""
    #: The export dialog's title, the Export button's tooltip, the dialog's tick box (only
    #: what the filter shows, a mark), and the import's title.
    EXPORT_TITLE: ClassVar[str] = ""
    EXPORT_TIP: ClassVar[str] = ""
    EXPORT_OPTION: ClassVar[str] = ""
    IMPORT_TITLE: ClassVar[str] = ""
    #: The editor of a record: ``EDITOR(db, row, parent)``, with ``saved`` after a Save.
    EDITOR: ClassVar[EditorClass]
    #: The stored model of the records if their changes can be undone.
    UNDO_MODEL: ClassVar[type[Any] | None] = None

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.setObjectName(f"page_{self.SECTION}")
        self.transfers = Transfers(self, self.import_reason)
        self.undo = PageUndo(self, context.undo if self.UNDO_MODEL else None, self.UNDO_MODEL)
        self.model: RecordTableModel = self.make_model()

        self.search = QLineEdit()
        self.search.setObjectName(f"{self.NAME}Search")
        self.search.setPlaceholderText(self.search_hint())
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.filters = FlowLayout()
        self.filters.addWidget(self.search, 1)
        self.add_filters(self.filters)
        filter_row = QWidget()
        filter_row.setLayout(self.filters)
        filter_row.setMinimumWidth(320)

        self.table = list_table(f"{self.SECTION}Table", self.model)
        # A new filter or order shows its first rows; an edit in place keeps the position.
        self.model.modelReset.connect(self.table.scrollToTop)
        set_column_widths(self.table, self.column_widths())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.STRETCH, QHeaderView.ResizeMode.Stretch)
        if self.SORT is not None:
            header.setSortIndicator(*self.SORT)
            self._sorted = self.SORT
            header.sortIndicatorChanged.connect(self._sort_changed)
            self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._edit_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)

        self.bar = self._build_bar()
        self.status = QLabel()
        self.status.setObjectName(f"{self.SECTION}Status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        banners = self.banners()
        for banner in banners:
            layout.addWidget(banner)
        layout.addWidget(filter_row)
        layout.addWidget(self.bar)
        layout.addWidget(self.make_body(self.table), 1)
        layout.addWidget(self.status)
        self.empty = EmptySwitch(layout, self.make_empty_state(), keep=banners)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _build_bar(self) -> QToolBar:
        bar = action_bar(f"{self.NAME}Actions")
        record = self.RECORD
        standard = (
            ("add", translate("RecordPage", "Add…"), self.add, [QKeySequence.StandardKey.New]),
            (
                "edit",
                translate("RecordPage", "Edit…"),
                self.edit_selected,
                [Qt.Key.Key_Enter, Qt.Key.Key_Return],
            ),
            (
                "delete",
                translate("RecordPage", "Delete"),
                self.delete_selected,
                [QKeySequence.StandardKey.Delete],
            ),
        )
        self.add_action, self.edit_action, self.delete_action = (
            add_action(bar, text, f"{verb}{record}", slot, keys=[QKeySequence(key) for key in keys])
            for verb, text, slot, keys in standard
        )
        # Enter and Delete act while the table has the focus (Ctrl+N is the window's).
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)
        self.add_record_actions(bar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.add_file_actions(bar)
        if self.IMPORTS:
            self.import_action = add_action(
                bar, translate("RecordPage", "Import…"), f"import{record}s", self.import_records
            )
        if self.EXPORT_FORMATS:
            self.export_action = add_action(
                bar,
                translate("RecordPage", "Export…"),
                f"export{record}s",
                self.export,
                self.export_tip(),
            )
        tab_reachable(bar)
        return bar

    # --- what a section gives -----------------------------------------------------------------

    def make_model(self) -> RecordTableModel:
        """Return the table model of the list."""
        raise NotImplementedError

    def own_text(self, text: str) -> str:
        """Translate one of the class's texts in the context of the section page's class."""
        return translate(self.metaObject().className(), text) if text else ""

    def search_hint(self) -> str:
        """Return the search field's placeholder: what it searches."""
        return self.own_text(self.SEARCH_HINT)

    def add_filters(self, row: FlowLayout) -> None:
        """Add the section's filters after the search field; each reloads the list."""

    def current_filter(self) -> Any:
        """Return the filter the bar describes."""
        raise NotImplementedError

    def load_rows(self) -> None:
        """Read the rows the filter selects into the model."""
        if isinstance(self.model, QueryTableModel):
            self.model.set_filter(self.current_filter())

    def column_widths(self) -> dict[int, int]:
        """Return the width of the columns, in characters."""
        return {}

    def banners(self) -> list[QWidget]:
        """Return the widgets shown above the filters, even when the section is empty."""
        return []

    def make_body(self, table: QTableView) -> QWidget:
        """Return what takes the page's height: the table, or a splitter holding it."""
        return table

    def make_empty_state(self) -> EmptyState:
        """Return what a section without any record shows."""
        icon, title, text = self.EMPTY
        actions = [
            (self.own_text(label), getattr(self, slot)) for label, slot in self.EMPTY_ACTIONS
        ]
        return EmptyState(icon, self.own_text(title), self.own_text(text), actions)

    def add_record_actions(self, bar: QToolBar) -> None:
        """Add the actions on the selected record after Add, Edit and Delete."""

    def add_file_actions(self, bar: QToolBar) -> None:
        """Add actions at the bar's right end, before Import and Export."""

    def update_actions(self, row: Any) -> None:
        """Enable the section's own actions for the selected ``row`` (None when none is)."""

    def status_text(self) -> str:
        """Return the line under the list: counts, totals."""
        return ""

    def blank_record(self) -> Any:
        """Return the record Add starts from."""
        raise NotImplementedError

    def make_editor(self, row: Any) -> QDialog:
        """Return the editor of ``row``; it has ``saved`` after a Save."""
        return type(self).EDITOR(self.db, row, self)

    def delete_question(self, row: Any) -> str:
        """Return the question asked before ``row`` is deleted."""
        raise NotImplementedError

    def delete_record(self, record_id: int) -> None:
        """Delete the record ``record_id`` through the services."""
        raise NotImplementedError

    def fill_choices(self) -> None:
        """Read again the values the filters offer (years, people) after a change."""

    # --- export and import, for sections that have them -------------------------------------

    def export_title(self) -> str:
        """Return the export dialog's title."""
        return self.own_text(self.EXPORT_TITLE)

    def export_tip(self) -> str:
        """Return the Export button's tooltip."""
        return self.own_text(self.EXPORT_TIP)

    def export_option(self) -> str:
        """Return the export dialog's tick box (e.g. only what the filter shows), or ''."""
        return self.own_text(self.EXPORT_OPTION)

    def export_lang(self) -> str:
        """Return the language a document is proposed in."""
        return self.doc_lang

    def write_export(self, path: Path, lang: str, option: bool) -> int:
        """Write the export to ``path``; return how many records it holds."""
        raise NotImplementedError

    def export_refs(self, option: bool) -> Iterable[Any]:
        """Return the records whose texts a document needs in its language."""
        return ()

    def import_title(self) -> str:
        """Return the import's title."""
        return self.own_text(self.IMPORT_TITLE)

    def read_import(self, path: Path, skip: bool, dry: bool) -> ImportResult[Any]:
        """Check (``dry``) or import a table; ``skip`` leaves the rows with problems out."""
        raise NotImplementedError

    def import_reason(self, reason: str) -> str:
        """Word a reason the import gives for refusing a row."""
        return reason

    # --- list ---------------------------------------------------------------------------------

    def focus_search(self) -> bool:
        """Put the keyboard focus in the search field (Ctrl+F); False if none is shown."""
        return focus_field(self.search)

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""
        self.add()

    @Slot()
    def reload(self) -> None:
        """Read the list again with the current filter, keeping the selection."""
        selected = self.selected()
        self.load_rows()
        if selected is not None:
            self.select(getattr(selected, "id", None))
        self.status.setText(self.status_text())
        self._update_buttons()
        # Rows shown: not empty, without asking the database again.
        self.empty.set_empty(self.model.rowCount() == 0 and is_section_empty(self.db, self.SECTION))

    def refresh(self) -> None:
        """Reload after a change here or elsewhere (staff, another database)."""
        self.fill_choices()
        self.reload()

    def selected(self) -> Any:
        """Return the selected record, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, record_id: int | None) -> None:
        """Select the record ``record_id`` if it is shown."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot(int, Qt.SortOrder)
    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if section in getattr(self.model, "orders", {}):
            self._sorted = (section, order)
            return
        # A column without an order keeps the indicator on the column really sorted.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted)
        header.blockSignals(False)

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)
        self.update_actions(row)

    def context_menu(self) -> QMenu:
        """Return the table's context menu: the bar's actions, with their shortcuts."""
        menu = QMenu(self)
        for action in self.bar.actions():
            if action.isSeparator() or not action.text():
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    @Slot(QPoint)
    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- editing ------------------------------------------------------------------------------

    def run_editor(self, row: Any) -> None:
        """Edit ``row`` (a new one when it has no id); show and select what was saved."""
        editor = self.make_editor(row)
        saved = self.undo.edit(row, editor, dialogs.run_dialog)
        if saved is not None:
            self.refresh()
            self.select(saved.id)
        editor.deleteLater()

    @Slot()
    def add(self) -> None:
        """Add a record."""
        self.run_editor(self.blank_record())

    @Slot()
    def edit_selected(self) -> None:
        """Edit the selected record."""
        row = self.selected()
        if row is not None:
            self.run_editor(row)

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.run_editor(row)

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected record, after asking."""
        row = self.selected()
        if row is None or row.id is None:
            return
        if not dialogs.question(
            self,
            self.own_text(self.DELETE_TITLE),
            self.delete_question(row) + self.undo.delete_hint(),
            yes=translate("RecordPage", "Delete"),
            no=translate("RecordPage", "Cancel"),
        ):
            return
        try:
            self.undo.track_row("delete", row, lambda: self.delete_record(row.id))
        except NotFound:
            log.info("%s %s was already deleted", self.RECORD, row.id)
        self.refresh()

    # --- files --------------------------------------------------------------------------------

    @property
    def doc_lang(self) -> str:
        """Return the default language of documents from the organisation profile."""
        lang = get_profile(self.db).default_doc_lang
        return lang if lang in ("ky", "ru") else ("ky" if current_language() == "ky" else "ru")

    @property
    def pdf_font(self) -> str:
        """Return the font chosen for PDFs, or an empty string."""
        return str(self.context.runtime.settings.get(PDF_FONT) or "")

    @Slot()
    def export(self) -> None:
        """Export the list as a table or a document."""

        def check(suffix: str, lang: str, option: bool) -> bool:
            # A table carries both languages; a document prints one and needs its texts.
            if suffix not in self.DOCUMENT_FORMATS:
                return True
            return confirm_texts(self, self.db, self.export_refs(option), lang)

        self.transfers.export(
            self.export_title(),
            self.SECTION,
            self.EXPORT_FORMATS,
            self.export_lang(),
            self.write_export,
            filter_option=self.export_option(),
            check=check,
        )

    @Slot()
    def import_records(self) -> None:
        """Import records from an Excel or CSV table."""
        self.transfers.import_table(
            self.import_title(), self.read_import, lambda _count: self.refresh()
        )
