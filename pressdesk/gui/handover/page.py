"""The Handover section: a tab with the act wizard and a tab with the issued acts."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pressdesk.gui.handover.acts import IssuedActsPanel
from pressdesk.gui.handover.wizard import HandoverWizard
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.empty_state import EmptyState, EmptySwitch
from pressdesk.gui.widgets.lazy_tab import LazyTab
from pressdesk.services.handover.acts import correction_draft, list_acts
from pressdesk.services.overview import SECTION_ENTITIES, is_section_empty


class HandoverSectionPage(QWidget):
    """Build, preview and issue the handover act; list, re-print and correct issued acts."""

    #: Open the staff list: the act's parties are chosen from it.
    staff_requested = Signal()

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_handover")
        self.context = context
        self.wizard = HandoverWizard(context.runtime, context.db)
        # The issued acts are read when their tab is first shown or needed.
        self._acts = LazyTab(self._build_acts)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("handoverTabs")
        self.tabs.addTab(self.wizard, self.tr("New act"))
        self.tabs.addTab(self._acts, self.tr("Issued acts"))
        self.tabs.currentChanged.connect(self._tab_shown)
        # One place wires the two halves: an issued act shows up in the list, and a correction
        # opens the wizard on the earlier act's content.
        self.wizard.act_issued.connect(self._act_issued)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.tabs)
        self.by_hand = False
        self.empty = EmptySwitch(
            layout,
            EmptyState(
                "handover",
                self.tr("Nothing is recorded to hand over yet"),
                self.tr(
                    "The act lists the equipment, accounts, archive, media base, plans and "
                    "events kept in PressDesk, and the staff who hand over and take over. "
                    "Fill those sections first, or write the act by hand now."
                ),
                [
                    (self.tr("&Add the staff…"), self.staff_requested.emit),
                    (self.tr("&Write the act by hand"), self.write_by_hand),
                ],
            ),
        )
        self.refresh()

    def _build_acts(self) -> IssuedActsPanel:
        panel = IssuedActsPanel(self.context.db)
        panel.correction_requested.connect(self.start_correction)
        return panel

    @property
    def acts(self) -> IssuedActsPanel:
        """The issued acts (built on first use)."""
        return cast(IssuedActsPanel, self._acts.view())

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self._acts:
            self._acts.view()

    @Slot()
    def _act_issued(self) -> None:
        # A list not built yet reads the acts when it is.
        if self._acts.built is not None:
            self.acts.reload()

    def refresh(self) -> None:
        """Show the empty state while nothing at all is recorded and no act was issued."""
        db = self.context.db
        nothing = all(is_section_empty(db, key) for key in SECTION_ENTITIES)
        self.empty.set_empty(not self.by_hand and nothing and not list_acts(db))

    @Slot()
    def write_by_hand(self) -> None:
        """Leave the empty state for the wizard, with lines to fill in by hand."""
        self.by_hand = True
        self.empty.set_empty(False)
        self.wizard.ensure_draft()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the data into the first draft only when the section is first shown."""
        super().showEvent(event)
        self.wizard.ensure_draft()

    @Slot(int)
    def start_correction(self, act_id: int) -> None:
        """Open the wizard on a new act that replaces ``act_id``."""
        self.wizard.load_draft(correction_draft(self.context.db, act_id))
        self.tabs.setCurrentWidget(self.wizard)
