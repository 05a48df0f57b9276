"""The sections of the main window, in sidebar order, and how each one's page is built."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pressdesk.gui.widgets.undo import UndoStack
    from pressdesk.runtime import Runtime
    from pressdesk.storage.engine import Database

_CONTEXT = "Sections"


@dataclass(frozen=True)
class SectionContext:
    """What a section page needs: the runtime (paths, settings), the open database, and the
    window's undo history to push its changes to (None where there is no window)."""

    runtime: Runtime
    db: Database
    undo: UndoStack | None = None


SectionFactory = Callable[[SectionContext], "QWidget"]


def lazy_factory(module: str, attribute: str) -> SectionFactory:
    """Return a factory that imports ``module`` only when the page is first shown."""

    def build(context: SectionContext) -> QWidget:
        page_class = getattr(importlib.import_module(module), attribute)
        widget: QWidget = page_class(context)
        return widget

    return build


@dataclass(frozen=True)
class Section:
    """One sidebar entry: a key, translatable texts, an icon name, its shortcut (Ctrl+digit,
    or none) and the page factory.

    A section without a factory is not built yet: it is listed greyed, and its page says
    what it will hold.
    """

    key: str
    title_source: str
    description_source: str
    icon: str
    shortcut: str
    planned_sources: tuple[str, ...] = ()
    factory: SectionFactory | None = None
    #: The other sections whose changes this page shows too, so it is read afresh after them.
    follows: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.title_source)

    @property
    def description(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.description_source)

    @property
    def planned(self) -> list[str]:
        return [QCoreApplication.translate(_CONTEXT, text) for text in self.planned_sources]

    @property
    def built(self) -> bool:
        return self.factory is not None


SECTIONS: tuple[Section, ...] = (
    Section(
        "contacts",
        QT_TRANSLATE_NOOP("Sections", "Contacts"),
        QT_TRANSLATE_NOOP(
            "Sections", "The media base: outlets and journalists, distribution lists, contact log."
        ),
        "contacts",
        "Ctrl+1",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "Outlets and people kept as separate records: a journalist moves on, "
                "the outlet stays.",
            ),
            QT_TRANSLATE_NOOP(
                "Sections",
                "Outlet details: platform, scale, language, ownership, first-wave and "
                "exclusive-partner marks.",
            ),
            QT_TRANSLATE_NOOP(
                "Sections", "Distribution lists and a log of every contact with the media."
            ),
            QT_TRANSLATE_NOOP(
                "Sections", "Reminders about records that have not been checked for a long time."
            ),
        ),
        factory=lazy_factory("pressdesk.gui.contacts.page", "ContactsSectionPage"),
    ),
    Section(
        "plan",
        QT_TRANSLATE_NOOP("Sections", "Content plan"),
        QT_TRANSLATE_NOOP(
            "Sections", "The publication plan by week, ten days and month, with approvals."
        ),
        "plan",
        "Ctrl+2",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "Items with topic, news hook, format, channel, language and the person "
                "responsible.",
            ),
            QT_TRANSLATE_NOOP("Sections", "Week, ten-day and month views."),
            QT_TRANSLATE_NOOP(
                "Sections",
                "Approval status with dates: draft, sent for approval, approved, returned, "
                "published.",
            ),
            QT_TRANSLATE_NOOP(
                "Sections", "The weekly plan printed for the head's approval in Kyrgyz or Russian."
            ),
        ),
        factory=lazy_factory("pressdesk.gui.plan.page", "PlanSectionPage"),
        follows=("coverage",),  # an item that publications cover is marked
    ),
    Section(
        "events",
        QT_TRANSLATE_NOOP("Sections", "Events"),
        QT_TRANSLATE_NOOP(
            "Sections", "Press conferences, briefings and other events with their checklists."
        ),
        "events",
        "Ctrl+3",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "Press conferences, briefings, press tours, round tables, business trips and more.",
            ),
            QT_TRANSLATE_NOOP("Sections", "Checklists for before, during and after the event."),
            QT_TRANSLATE_NOOP("Sections", "The accreditation list of journalists, ready to print."),
        ),
        factory=lazy_factory("pressdesk.gui.events.page", "EventsSectionPage"),
    ),
    Section(
        "inventory",
        QT_TRANSLATE_NOOP("Sections", "Equipment"),
        QT_TRANSLATE_NOOP(
            "Sections", "The press service's equipment: what there is, where, and who holds it."
        ),
        "inventory",
        "Ctrl+4",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "Cameras, microphones, computers and other equipment with their condition.",
            ),
            QT_TRANSLATE_NOOP("Sections", "Who holds each item and where it is kept."),
            QT_TRANSLATE_NOOP(
                "Sections",
                "What is missing from the recommended kit, to support a budget request.",
            ),
        ),
        factory=lazy_factory("pressdesk.gui.inventory.page", "InventorySectionPage"),
    ),
    Section(
        "accounts",
        QT_TRANSLATE_NOOP("Sections", "Accounts"),
        QT_TRANSLATE_NOOP(
            "Sections", "The official website and social network accounts, and who has access."
        ),
        "accounts",
        "Ctrl+5",
        (
            QT_TRANSLATE_NOOP(
                "Sections", "Website, social networks, messengers, e-mail boxes and domains."
            ),
            QT_TRANSLATE_NOOP(
                "Sections", "Whether an account is official or personal, and who can sign in."
            ),
            QT_TRANSLATE_NOOP(
                "Sections",
                "Passwords and recovery codes kept only in the system's protected password "
                "store, never in the database.",
            ),
        ),
        factory=lazy_factory("pressdesk.gui.accounts.page", "AccountsSectionPage"),
    ),
    Section(
        "archive",
        QT_TRANSLATE_NOOP("Sections", "Archive"),
        QT_TRANSLATE_NOOP(
            "Sections", "Photo, video and audio sets by event and date, and where they are kept."
        ),
        "archive",
        "Ctrl+6",
        (
            QT_TRANSLATE_NOOP("Sections", "Photo, video and audio sets linked to events."),
            QT_TRANSLATE_NOOP(
                "Sections",
                "Where each set is stored: a computer folder, an external drive or a cloud.",
            ),
            QT_TRANSLATE_NOOP("Sections", "Search by date, event and topic."),
        ),
        factory=lazy_factory("pressdesk.gui.archive.page", "ArchiveSectionPage"),
    ),
    Section(
        "handover",
        QT_TRANSLATE_NOOP("Sections", "Handover"),
        QT_TRANSLATE_NOOP("Sections", "The handover act for when the press secretary changes."),
        "handover",
        "Ctrl+7",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "The act lists equipment, archives, accounts, the media base, open plans and "
                "events.",
            ),
            QT_TRANSLATE_NOOP(
                "Sections",
                "Parties: the outgoing and incoming press secretary and the commission, "
                "approved by the head.",
            ),
            QT_TRANSLATE_NOOP("Sections", "Printed in Kyrgyz or Russian in the official style."),
        ),
        factory=lazy_factory("pressdesk.gui.handover.page", "HandoverSectionPage"),
    ),
    Section(
        "coverage",
        QT_TRANSLATE_NOOP("Sections", "Coverage & reports"),
        QT_TRANSLATE_NOOP(
            "Sections", "Monitoring of publications about the body and reports for the head."
        ),
        "coverage",
        "Ctrl+8",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "Monitoring records: outlet, title, date, link and tone "
                "(positive, neutral, negative).",
            ),
            QT_TRANSLATE_NOOP("Sections", "Reports by ten days, month, quarter and year."),
            QT_TRANSLATE_NOOP("Sections", "How evenly state and independent media were served."),
        ),
        factory=lazy_factory("pressdesk.gui.coverage.page", "CoverageSectionPage"),
    ),
    Section(
        "releases",
        QT_TRANSLATE_NOOP("Sections", "Press releases"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Press releases in Kyrgyz and Russian, their approval by the head and their documents.",
        ),
        "releases",
        "Ctrl+9",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "Press releases, information messages, media advisories, statements and fact "
                "sheets, written in both languages side by side.",
            ),
            QT_TRANSLATE_NOOP(
                "Sections",
                "Approval by the head with every step's time and person; an approved text is "
                "kept as a version.",
            ),
            QT_TRANSLATE_NOOP(
                "Sections", "The release and its approval sheet printed in Kyrgyz or Russian."
            ),
        ),
        factory=lazy_factory("pressdesk.gui.releases.page", "ReleasesSectionPage"),
    ),
    Section(
        "inquiries",
        QT_TRANSLATE_NOOP("Sections", "Media inquiries"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Journalists' questions and written requests, their deadlines, answers and report.",
        ),
        "inquiries",
        # Ctrl+1 … Ctrl+9 are taken; the section is reached from the sidebar and the menu.
        "",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "Every inquiry with its channel, journalist, outlet, question and both "
                "deadlines: the journalist's and the legal term of a written request.",
            ),
            QT_TRANSLATE_NOOP(
                "Sections", "What is overdue or due soon comes first; the answer and its outcome."
            ),
            QT_TRANSLATE_NOOP(
                "Sections", "The request note to a unit and the report for a period, printed."
            ),
        ),
        factory=lazy_factory("pressdesk.gui.inquiries.page", "InquiriesSectionPage"),
    ),
    Section(
        "crisis",
        QT_TRANSLATE_NOOP("Sections", "Crisis kit"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The anti-crisis plan, holding statements agreed in advance and the crisis checklist.",
        ),
        "crisis",
        # Ctrl+1 to Ctrl+9 are taken by the sections above.
        "",
        (
            QT_TRANSLATE_NOOP(
                "Sections",
                "Scenarios with who decides and who speaks, and holding statements in Kyrgyz "
                "and Russian approved by the head.",
            ),
            QT_TRANSLATE_NOOP(
                "Sections", "The working group from staff and the contacts for instant notice."
            ),
            QT_TRANSLATE_NOOP(
                "Sections",
                "The crisis checklist of the first hour and the first day, and one view of a "
                "crisis's statements, inquiries and publications.",
            ),
        ),
        factory=lazy_factory("pressdesk.gui.crisis.page", "CrisisSectionPage"),
        follows=("coverage",),  # the crisis view counts the publications
    ),
    Section(
        "settings",
        QT_TRANSLATE_NOOP("Sections", "Settings"),
        QT_TRANSLATE_NOOP(
            "Sections", "The organisation profile, staff, preferences and the database."
        ),
        "settings",
        # Ctrl+0 is the zoom's "fit" in previews; Ctrl+, opens the preferences.
        "",
        factory=lazy_factory("pressdesk.gui.settings.section_page", "SettingsSectionPage"),
    ),
)


def section_by_key(key: str) -> Section | None:
    """Return the section with ``key``, or None."""
    return next((section for section in SECTIONS if section.key == key), None)


def followers(key: str) -> list[str]:
    """Return the keys of the sections that also show the records of section ``key``."""
    return [section.key for section in SECTIONS if key in section.follows]
