"""The Contacts section: people, outlets, distribution lists and the review of the base."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.contacts.lists_view import ListsView
from pressdesk.gui.contacts.outlets_view import OutletsView
from pressdesk.gui.contacts.people_view import PeopleView
from pressdesk.gui.contacts.review_view import ReviewView
from pressdesk.gui.contacts.topics_dialog import TopicsDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.empty_state import EmptyState, EmptySwitch, focus_field
from pressdesk.gui.widgets.lazy_tab import LazyTab
from pressdesk.gui.widgets.record_undo import RecordUndo
from pressdesk.gui.widgets.table_panel import push_button
from pressdesk.services.contacts.records import stale_cutoff
from pressdesk.services.overview import is_section_empty
from pressdesk.settings import STALE_MONTHS
from pressdesk.storage.contacts_models import Outlet, Person

PEOPLE, OUTLETS, LISTS, REVIEW = range(4)


class ContactsSectionPage(QWidget):
    """Four tabs over one database; a tab whose data changed elsewhere reloads when shown."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_contacts")
        self.context = context
        self.db = context.db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("contactTabs")
        self.months = context.runtime.settings.get(STALE_MONTHS)
        self.people = PeopleView(self.db)
        self.people.filters.stale_before = stale_cutoff(self.months)
        if context.undo is not None:
            self.people.undo = RecordUndo(self.db, context.undo, "contacts", Person, self)
        # The other tabs are built when first shown or needed: the page opens on People.
        self._tabs: tuple[QWidget | LazyTab, ...] = (
            self.people,
            LazyTab(self._build_outlets),
            LazyTab(self._build_lists),
            LazyTab(self._build_review),
        )
        titles = (self.tr("People"), self.tr("Outlets"), self.tr("Lists"), self.tr("Review"))
        for tab, title in zip(self._tabs, titles, strict=True):
            self.tabs.addTab(tab, title)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 4)
        self.topics_button = push_button(
            self.tr("Topics…"),
            "contactTopics",
            self.open_topics,
            self.tr("The shared topics of contacts, named in Kyrgyz and in Russian"),
        )
        self.import_button = push_button(self.tr("Import…"), "importContacts", self.open_import)
        self.export_button = push_button(self.tr("Export…"), "exportContacts", self.open_export)
        for button in (self.topics_button, self.import_button, self.export_button):
            corner_layout.addWidget(button)
        self.tabs.setCornerWidget(corner)
        layout.addWidget(self.tabs)
        self.empty = EmptySwitch(
            layout,
            EmptyState(
                "contacts",
                self.tr("The media base is empty"),
                self.tr(
                    "Bring in the journalists and outlets you already have — from Excel, "
                    "Google Contacts, Outlook or a phone (CSV, XLSX or vCard) — or add them "
                    "one by one."
                ),
                [
                    (self.tr("&Import from a file…"), self.open_import),
                    (self.tr("&Add a journalist…"), self.add_person),
                ],
            ),
        )
        self.stale: set[int] = {PEOPLE, OUTLETS, LISTS, REVIEW}
        self._watch(self.people)
        self.people.save_filter_requested.connect(self.save_filter_as_list)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(PEOPLE)
        self._update_empty()

    def _watch(self, view: PeopleView | OutletsView | ListsView | ReviewView) -> None:
        view.changed.connect(self._view_changed)
        view.changed.connect(self._update_empty)

    def _build_outlets(self) -> OutletsView:
        view = OutletsView(self.db)
        if self.context.undo is not None:
            view.undo = RecordUndo(self.db, self.context.undo, "contacts", Outlet, self)
        self._watch(view)
        return view

    def _build_lists(self) -> ListsView:
        view = ListsView(self.db)
        self._watch(view)
        return view

    def _build_review(self) -> ReviewView:
        view = ReviewView(self.db, self.months)
        view.undo = self.people.undo
        view.open_person_requested.connect(self.open_person)
        self._watch(view)
        return view

    def _view(self, index: int) -> QWidget:
        """Return the view of tab ``index``, building it if it is not yet."""
        tab = self._tabs[index]
        return tab.view() if isinstance(tab, LazyTab) else tab

    @property
    def outlets(self) -> OutletsView:
        """The Outlets tab's view (built on first use)."""
        return cast(OutletsView, self._view(OUTLETS))

    @property
    def lists(self) -> ListsView:
        """The Lists tab's view (built on first use)."""
        return cast(ListsView, self._view(LISTS))

    @property
    def review(self) -> ReviewView:
        """The Review tab's view (built on first use)."""
        return cast(ReviewView, self._view(REVIEW))

    @Slot()
    def _update_empty(self) -> None:
        self.empty.set_empty(is_section_empty(self.db, "contacts"))

    def focus_search(self) -> bool:
        """Show the People tab and put the focus in its search field (Ctrl+F)."""
        if self.empty.showing_empty:
            return False
        self.tabs.setCurrentIndex(PEOPLE)
        return focus_field(self.people.filters.search)

    def new_record(self) -> None:
        """Add a journalist (Ctrl+N)."""
        self.add_person()

    @Slot()
    def add_person(self) -> None:
        """Open the editor on a new person, from the People tab."""
        self.tabs.setCurrentIndex(PEOPLE)
        self.people.new_person()
        self._update_empty()

    @Slot()
    def _view_changed(self) -> None:
        source = self.sender()
        built = [tab.built if isinstance(tab, LazyTab) else tab for tab in self._tabs]
        self.stale.update(i for i, view in enumerate(built) if view is not source)

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if index not in self.stale:
            return
        self.stale.discard(index)
        view = self._view(index)
        if isinstance(view, (PeopleView, OutletsView, ListsView, ReviewView)):
            view.reload()

    def refresh(self) -> None:
        """Reload the tab shown and mark the others to reload when shown."""
        self.stale = {PEOPLE, OUTLETS, LISTS, REVIEW}
        self._tab_shown(self.tabs.currentIndex())
        self._update_empty()

    @Slot()
    def save_filter_as_list(self) -> None:
        """Save the people view's filter as a distribution list."""
        if self.lists.save_filter(self.people.filters.value()):
            self.people.filters.reload(self.db)
            self.stale.update({OUTLETS, REVIEW})

    @Slot(int)
    def open_person(self, person_id: int) -> None:
        """Open the editor on one person from any tab."""
        self.people.edit_person(person_id)
        self.refresh()

    @Slot()
    def open_import(self) -> None:
        """Run the import wizard; reload everything if something was imported."""
        # Import and export bring the file readers and writers: loaded when first used.
        from pressdesk.gui.contacts.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.context.runtime.paths.data_dir, self)
        imported: list[object] = []
        wizard.imported.connect(imported.append)
        dialogs.run_dialog(wizard)
        wizard.deleteLater()
        if imported:
            self.refresh()

    @Slot()
    def open_topics(self) -> None:
        """Keep the topic vocabulary; reload the views if a topic changed."""
        dialog = TopicsDialog(self.db, self)
        dialogs.run_dialog(dialog)
        changed = dialog.dirty
        dialog.deleteLater()
        if changed:
            self.people.filters.reload(self.db)
            self.refresh()

    @Slot()
    def open_export(self) -> None:
        """Open the export dialog on the people view's current filter."""
        from pressdesk.gui.contacts.export_dialog import ExportDialog

        dialog = ExportDialog(self.context.runtime, self.db, self.people.filters.value(), self)
        dialogs.run_dialog(dialog)
        written = dialog.saved is not None
        dialog.deleteLater()
        if written:
            # Texts typed in before writing (positions, topic names) show in the lists too.
            self.refresh()
