"""The Crisis kit section: scenarios with their holding statements, the working group and the
notice list, the crisis view, and the plan, the checklist and the local documents."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QTabWidget, QToolBar, QVBoxLayout, QWidget

from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.crisis.documents import LocalDocumentDialog, OpenCrisisDialog, PlanExportDialog
from pressdesk.gui.crisis.people import PeopleTab
from pressdesk.gui.crisis.scenarios import ScenariosTab
from pressdesk.gui.crisis.view import CrisisView
from pressdesk.gui.i18n import current_language
from pressdesk.gui.messages import error_text
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.ask_dialog import ask
from pressdesk.gui.widgets.dates import datetime_text
from pressdesk.gui.widgets.lazy_tab import LazyTab
from pressdesk.gui.widgets.record_page import action_bar, add_action
from pressdesk.messages import UserError
from pressdesk.services.events.crisis import open_crisis
from pressdesk.services.events.records import EventRow
from pressdesk.services.profile import get_profile
from pressdesk.settings import PDF_FONT

translate = QCoreApplication.translate


class CrisisSectionPage(QWidget):
    """Prepare for a crisis before it comes, and open its checklist when it does."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.setObjectName("page_crisis")
        self.bar: QToolBar = action_bar("crisisActions")
        self.open_action = add_action(
            self.bar,
            self.tr("Crisis checklist…"),
            "openCrisis",
            self.open_crisis,
            self.tr(
                "Create an event from the crisis checklist: the tasks of the first hour and the "
                "first day, dated from now"
            ),
        )
        self.plan_action = add_action(
            self.bar,
            self.tr("Anti-crisis plan…"),
            "exportCrisisPlan",
            self.export_plan,
            self.tr("The plan with the group, scenarios, approved statements and contacts"),
        )
        self.local_action = add_action(
            self.bar,
            self.tr("Local documents…"),
            "localDocuments",
            self.local_documents,
            self.tr("The regulation on the press service, the job description and the reglaments"),
        )
        self.scenarios = ScenariosTab(self.db)
        # The other two tabs are built when first shown or needed.
        self._people = LazyTab(lambda: PeopleTab(self.db))
        self._view = LazyTab(lambda: CrisisView(self.db))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("crisisTabs")
        self.tabs.addTab(self.scenarios, self.tr("Scenarios and statements"))
        self.tabs.addTab(self._people, self.tr("Working group and contacts"))
        self.tabs.addTab(self._view, self.tr("Crisis view"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.scenarios.changed.connect(self._scenarios_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

    # --- what the window asks of a page ---------------------------------------------------------

    @property
    def people(self) -> PeopleTab:
        """The working group and contacts tab (built on first use)."""
        return cast(PeopleTab, self._people.view())

    @property
    def view(self) -> CrisisView:
        """The crisis view tab (built on first use)."""
        return cast(CrisisView, self._view.view())

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, LazyTab):
            tab.view()

    @Slot()
    def _scenarios_changed(self) -> None:
        # A view not built yet reads the scenarios when it is.
        if self._view.built is not None:
            self.view.reload()

    def refresh(self) -> None:
        """Read everything again (staff or another database changed)."""
        self.scenarios.reload()
        for tab in (self._people, self._view):
            built = tab.built
            if isinstance(built, (PeopleTab, CrisisView)):
                built.reload()

    def new_record(self) -> None:
        """Write a new scenario (Ctrl+N)."""
        self.tabs.setCurrentWidget(self.scenarios)
        self.scenarios.add_scenario()

    # --- documents and the checklist ------------------------------------------------------------

    @property
    def doc_lang(self) -> str:
        """Return the language documents are proposed in."""
        lang = get_profile(self.db).default_doc_lang
        return lang if lang in ("ky", "ru") else ("ky" if current_language() == "ky" else "ru")

    @property
    def pdf_font(self) -> str | None:
        """Return the font chosen for PDFs, or None."""
        return str(self.context.runtime.settings.get(PDF_FONT) or "") or None

    @Slot()
    def export_plan(self) -> None:
        """Preview the anti-crisis plan and save it in Kyrgyz or Russian."""
        dialog = PlanExportDialog(self.db, self.doc_lang, self.pdf_font, self)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    @Slot()
    def local_documents(self) -> None:
        """Write one of the press service's local documents."""
        dialog = LocalDocumentDialog(self.db, self.doc_lang, self.pdf_font, self)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    @Slot()
    def open_crisis(self) -> None:
        """Open a crisis as an event with the checklist's tasks; say where it is."""
        scenario = self.scenarios.scenario()
        title = scenario.name if scenario is not None else Bi()
        answer = ask(OpenCrisisDialog(title, self), OpenCrisisDialog.values)
        if answer is None:
            return
        name, starts = answer
        try:
            event = open_crisis(self.db, name, starts)
        except UserError as exc:
            dialogs.warning(self, self.tr("Crisis checklist"), error_text(exc))
            return
        self.opened = event
        self._tell_where(event)

    def _tell_where(self, event: EventRow) -> None:
        title = event.title.text(current_language() if current_language() != "en" else "ky")
        answer = dialogs.choice(
            self,
            self.tr("Crisis checklist"),
            self.tr(
                "The event «{title}» of {when} is in the Events section with {tasks} tasks of "
                "the checklist."
            ).format(title=title, when=datetime_text(event.starts_at), tasks=event.tasks_total),
            [("events", self.tr("Open Events")), ("ok", self.tr("OK"))],
            kind="info",
            default="events",
            escape="ok",
        )
        if answer == "events":
            window = self.window()
            page = getattr(window, "page", None)
            refresh = getattr(page("events"), "refresh", None) if callable(page) else None
            if callable(refresh):
                refresh()
            show = getattr(window, "show_section", None)
            if callable(show):
                show("events")

    opened: EventRow | None = None
