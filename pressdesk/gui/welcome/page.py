"""The welcome page of a new database: profile, staff, the media base and a look at the demo."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.icons import icon
from pressdesk.gui.messages import error_text
from pressdesk.gui.pages import CONTENT_MAX_WIDTH, page_header
from pressdesk.gui.settings.profile_page import ProfilePage
from pressdesk.gui.settings.staff_page import StaffPage
from pressdesk.runtime import Runtime
from pressdesk.services.contacts.query import count_people
from pressdesk.services.profile import ProfileError, get_profile
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

PROFILE, STAFF, CONTACTS, DEMO = range(4)


def _text(text: str, *, hint: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if "<" in text else Qt.TextFormat.PlainText)
    if hint:
        label.setProperty("hint", True)
    label.setMaximumWidth(CONTENT_MAX_WIDTH)
    return label


class WelcomePage(QWidget):
    """Four steps for an empty database; each can be skipped and done later in Settings."""

    #: The user is done here (finished or skipped): show the sections.
    finished = Signal()
    #: Open the demo in its own database.
    demo_requested = Signal()
    #: Something was saved (profile, staff, contacts): pages built before must reload.
    changed = Signal()

    def __init__(self, runtime: Runtime, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.db = db
        self.setObjectName("page_welcome")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(14)
        layout.addWidget(
            page_header(
                "pressdesk",
                self.tr("Welcome to PressDesk"),
                self.tr(
                    "Four short steps set up the press service. Every step can be skipped "
                    "and done later: the profile and staff under Settings, the import in "
                    "Contacts. This page opens again from the Help menu."
                ),
            )
        )

        body = QHBoxLayout()
        body.setSpacing(18)
        self.steps = QListWidget()
        self.steps.setObjectName("welcomeSteps")
        self.steps.setFixedWidth(250)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, (name, text) in enumerate(
            (
                ("settings", self.tr("The organisation")),
                ("settings", self.tr("The staff")),
                ("contacts", self.tr("The media base")),
                ("pressdesk", self.tr("Look around in the demo")),
            ),
            start=1,
        ):
            item = QListWidgetItem(icon(name), f"{number}. {text}")
            self.steps.addItem(item)
        body.addWidget(self.steps)

        self.stack = QStackedWidget()
        self.stack.setObjectName("welcomeStack")
        self.profile_page = ProfilePage()
        self.profile_page.load(get_profile(db))
        self.staff_page = StaffPage(db)
        self.staff_page.changed.connect(self.changed)
        self.stack.addWidget(
            self._step(
                self.tr("Name the organisation in both languages, its head and city."),
                self.tr(
                    "They head every document PressDesk writes: the plan for approval, "
                    "the accreditation list, the handover act. The logo goes on their title."
                ),
                self.profile_page,
            )
        )
        self.stack.addWidget(
            self._step(
                self.tr("Add the people of the press service and those who sign."),
                self.tr(
                    "Staff are the authors and those responsible in the plan, the holders of "
                    "equipment and the parties of the handover act. Add yourself first."
                ),
                self.staff_page,
            )
        )
        self.stack.addWidget(self._contacts_step())
        self.stack.addWidget(self._demo_step())
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)

        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("&Skip, go to the sections"))
        self.skip_button.setObjectName("welcomeSkip")
        self.skip_button.setToolTip(self.tr("Help → Welcome opens this page again"))
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("welcomeBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("welcomeNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)

        self.steps.currentRowChanged.connect(self._step_chosen)
        self.steps.setCurrentRow(PROFILE)

    # --- steps --------------------------------------------------------------------------------

    def _step(self, title: str, text: str, content: QWidget | None = None) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)
        column.addWidget(heading)
        column.addWidget(_text(text, hint=True))
        if content is not None:
            frame = QFrame()
            frame.setObjectName("settingsCard")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(content)
            column.addWidget(frame, 1)
        return page

    def _contacts_step(self) -> QWidget:
        page = self._step(
            self.tr("Bring in the journalists and outlets you already have."),
            self.tr(
                "PressDesk reads the files other programs write. Choose the file in the "
                "import, check how its columns are read, and import; nothing is imported "
                "before you confirm."
            ),
        )
        column = page.layout()
        assert isinstance(column, QVBoxLayout)
        sources = (
            self.tr("<b>Excel</b>: a table saved as .xlsx or .csv, one person a row"),
            self.tr("<b>Google Contacts</b>: Export → Google CSV, or vCard"),
            self.tr("<b>Outlook</b>: File → Open & Export → Export to a CSV file"),
            self.tr("<b>A phone</b>: share or export the contacts as a vCard (.vcf) file"),
        )
        for text in sources:
            column.addWidget(_text("•\u00a0\u00a0" + text))
        row = QHBoxLayout()
        self.import_button = QPushButton(icon("contacts"), self.tr("&Import from a file…"))
        self.import_button.setMinimumHeight(34)
        self.import_button.setObjectName("welcomeImport")
        self.import_button.clicked.connect(self.open_import)
        row.addWidget(self.import_button)
        row.addStretch(1)
        column.addSpacing(6)
        column.addLayout(row)
        self.contacts_count = QLabel()
        self.contacts_count.setObjectName("welcomeContactsCount")
        column.addWidget(self.contacts_count)
        column.addStretch(1)
        self._show_contacts_count()
        return page

    def _demo_step(self) -> QWidget:
        page = self._step(
            self.tr("See PressDesk at work on invented data."),
            self.tr(
                "The demo opens in a database of its own, in a separate folder: a ministry "
                "with its staff, media base, plan, events, equipment and archive. Your own "
                "database stays as it is. The window title says DEMO while it is open; "
                "Help → Leave the demo returns to your database."
            ),
        )
        column = page.layout()
        assert isinstance(column, QVBoxLayout)
        row = QHBoxLayout()
        self.demo_button = QPushButton(icon("pressdesk"), self.tr("Open the &demo"))
        self.demo_button.setMinimumHeight(34)
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.clicked.connect(self.demo_requested)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        column.addSpacing(6)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _show_contacts_count(self) -> None:
        count = count_people(self.db)
        self.contacts_count.setText(
            self.tr("People in the media base now: {count}").format(count=count)
        )

    # --- navigation ---------------------------------------------------------------------------

    @property
    def current_step(self) -> int:
        """Return the index of the step shown."""
        return self.stack.currentIndex()

    @Slot(int)
    def _step_chosen(self, row: int) -> None:
        if row < 0:
            return
        if self.stack.currentIndex() == PROFILE and row != PROFILE and not self.save_profile():
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(PROFILE)
            self.steps.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        last = row == self.stack.count() - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next >"))

    def save_profile(self) -> bool:
        """Save the profile if it was changed; False (and a message) if it was refused."""
        if not self.profile_page.is_modified():
            return True
        heading = self.tr("The profile was not saved")
        try:
            saved = self.profile_page.save_to(self.db, heading)
        except ProfileError as exc:
            dialogs.warning(
                self,
                heading,
                self.tr("Please correct the following and save again:") + "\n\n" + error_text(exc),
            )
            return False
        if saved is None:  # a colleague's change meanwhile, shown or still to be weighed
            return False
        log.info("Organisation profile saved from the welcome page")
        self.changed.emit()
        return True

    @Slot()
    def next(self) -> None:
        """Go to the next step; after the last one, finish."""
        step = self.current_step
        if step == self.stack.count() - 1:
            self.finish()
        else:
            self.steps.setCurrentRow(step + 1)

    @Slot()
    def back(self) -> None:
        """Go to the step before."""
        if self.current_step > 0:
            self.steps.setCurrentRow(self.current_step - 1)

    @Slot()
    def finish(self) -> None:
        """Save what was typed and go to the sections."""
        if self.save_profile():
            self.finished.emit()

    @Slot()
    def skip(self) -> None:
        """Go to the sections; a typed profile is still saved, as the user sees it filled."""
        self.finish()

    @Slot()
    def open_import(self) -> None:
        """Run the contacts import wizard on the user's database."""
        from pressdesk.gui.contacts.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.runtime.paths.data_dir, self)
        imported: list[object] = []
        wizard.imported.connect(imported.append)
        dialogs.run_dialog(wizard)
        wizard.deleteLater()
        if imported:
            self.changed.emit()
        self._show_contacts_count()
