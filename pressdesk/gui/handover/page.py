"""The Handover section: a tab with the act wizard and a tab with the issued acts."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pressdesk.gui.handover.acts import IssuedActsPanel
from pressdesk.gui.handover.wizard import HandoverWizard
from pressdesk.gui.sections import SectionContext
from pressdesk.services.handover.acts import correction_draft


class HandoverSectionPage(QWidget):
    """Build, preview and issue the handover act; list, re-print and correct issued acts."""

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_handover")
        self.context = context
        self.wizard = HandoverWizard(context.runtime, context.db)
        self.acts = IssuedActsPanel(context.db)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("handoverTabs")
        self.tabs.addTab(self.wizard, self.tr("New act"))
        self.tabs.addTab(self.acts, self.tr("Issued acts"))
        # One place wires the two halves: an issued act shows up in the list, and a correction
        # opens the wizard on the earlier act's content.
        self.wizard.act_issued.connect(self.acts.reload)
        self.acts.correction_requested.connect(self.start_correction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.tabs)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the data into the first draft only when the section is first shown."""
        super().showEvent(event)
        self.wizard.ensure_draft()

    @Slot(int)
    def start_correction(self, act_id: int) -> None:
        """Open the wizard on a new act that replaces ``act_id``."""
        self.wizard.load_draft(correction_draft(self.context.db, act_id))
        self.tabs.setCurrentWidget(self.wizard)
