"""The invitation dialog: choose recipients, check equal access, write the advisory and the list."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs, tones
from pressdesk.gui.events import labels
from pressdesk.gui.events.forms import PeoplePicker
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.ask_dialog import save_close_buttons
from pressdesk.gui.widgets.export import FileWriter, Writer
from pressdesk.gui.widgets.preflight import confirm_texts
from pressdesk.runtime import Runtime
from pressdesk.services.contacts.lists import list_lists
from pressdesk.services.events.invitations import (
    InvitationResult,
    RecipientSet,
    export_advisory,
    export_recipients,
    invitation_refs,
    invite,
    resolve_recipients,
)
from pressdesk.services.events.records import EventError, EventNotFound, EventRow
from pressdesk.services.profile import get_profile
from pressdesk.settings import PDF_FONT
from pressdesk.storage.engine import Database


class InvitationDialog(QDialog):
    """Invite the media to one event: lists and people, language, files and the contact log."""

    def __init__(
        self, runtime: Runtime, db: Database, event: EventRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invitationDialog")
        self.runtime, self.db, self.invited = runtime, db, event
        self.person_ids: list[int] = []
        self.chosen = RecipientSet(())
        self.outcome: InvitationResult | None = None
        self.setWindowTitle(self.tr("Invite the media"))
        self.resize(760, 620)

        heading = QLabel(event.title.text(labels.text_language()))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        when = QLabel(
            f"{labels.kind_name(event.kind)} · {labels.when_text(event.starts_at, event.ends_at)}"
        )

        lists_box = QGroupBox(self.tr("Contact lists"))
        self.lists = QListWidget()
        self.lists.setObjectName("invitationLists")
        for row in list_lists(db):
            item = QListWidgetItem(
                self.tr("{name} ({count} people)").format(name=row.name, count=row.person_count)
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.lists.addItem(item)
        self.lists.itemChanged.connect(self.update_recipients)
        box_layout = QVBoxLayout(lists_box)
        box_layout.addWidget(self.lists)
        people_row = QHBoxLayout()
        self.people_label = QLabel()
        add_people = QPushButton(self.tr("Add people…"))
        add_people.setObjectName("invitationAddPeople")
        add_people.clicked.connect(self.pick_people)
        clear_people = QPushButton(self.tr("Clear people"))
        clear_people.clicked.connect(self.clear_people)
        people_row.addWidget(self.people_label, 1)
        people_row.addWidget(add_people)
        people_row.addWidget(clear_people)
        box_layout.addLayout(people_row)

        self.summary = QLabel()
        self.summary.setObjectName("invitationSummary")
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("invitationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            tones.banner_style("QLabel#invitationWarning") + " QLabel { font-weight: bold; }"
        )
        self.warning.hide()

        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("invitationLanguage")
        self.language.addItem(self.tr("Kyrgyz"), "ky")
        self.language.addItem(self.tr("Russian"), "ru")
        default = get_profile(db).default_doc_lang
        self.language.setCurrentIndex(max(self.language.findData(default), 0))
        form.addRow(self.tr("Advisory language:"), self.language)
        self.format = QComboBox()
        self.format.setObjectName("invitationFormat")
        self.format.addItem(self.tr("PDF document"), ".pdf")
        self.format.addItem(self.tr("Word document (DOCX)"), ".docx")
        form.addRow(self.tr("Advisory format:"), self.format)
        self.log = QCheckBox(self.tr("Note the invitation in each person's contact log"))
        self.log.setObjectName("invitationLog")
        self.log.setChecked(True)
        form.addRow("", self.log)

        self.save_button = QPushButton(self.tr("Save the advisory and the list…"))
        self.save_button.setObjectName("invitationSave")
        self.save_button.setDefault(True)
        buttons = save_close_buttons(
            self,
            self.save_button,
            QDialogButtonBox.ButtonRole.AcceptRole,
            self.tr("Close"),
            self.choose_and_save,
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(when)
        layout.addWidget(lists_box, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.writer = FileWriter(self, self.tr("Invite the media"))
        self.writer.done.connect(self._written)
        self.update_recipients()

    # --- recipients ---------------------------------------------------------------------------

    def list_ids(self) -> list[int]:
        """Return the contact lists ticked."""
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for i in range(self.lists.count())
            if (item := self.lists.item(i)).checkState() == Qt.CheckState.Checked
        ]

    def set_people(self, person_ids: list[int]) -> None:
        """Invite these people besides the lists."""
        self.person_ids = list(dict.fromkeys(person_ids))
        self.update_recipients()

    @Slot()
    def pick_people(self) -> None:
        """Let the user tick people in the contact base."""
        picker = PeoplePicker(self.db, self.tr("Add people to invite"), self)
        if dialogs.run_dialog(picker):
            self.set_people([*self.person_ids, *picker.person_ids()])
        picker.deleteLater()

    @Slot()
    def clear_people(self) -> None:
        """Invite only the lists."""
        self.set_people([])

    @Slot()
    def update_recipients(self) -> None:
        """Work out the recipients and show the count and the equal-access check."""
        try:
            self.chosen = resolve_recipients(
                self.db, list_ids=self.list_ids(), person_ids=self.person_ids
            )
        except EventError as exc:
            self.chosen = RecipientSet(())
            dialogs.warning(self, self.windowTitle(), error_text(exc))
        chosen = self.chosen
        self.people_label.setText(self.tr("People added one by one: %n", "", len(self.person_ids)))
        parts = [
            self.tr("Recipients: %n", "", len(chosen.recipients)),
            self.tr("state media: {state}, private media: {private}").format(
                state=chosen.state_count, private=chosen.private_count
            ),
        ]
        if chosen.excluded:
            parts.append(self.tr("left out as “do not contact”: %n", "", len(chosen.excluded)))
        if chosen.without_email:
            parts.append(self.tr("without e-mail: %n", "", len(chosen.without_email)))
        self.summary.setText("; ".join(parts))
        warning = self.balance_warning()
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.save_button.setEnabled(bool(chosen.recipients))

    def balance_warning(self) -> str:
        """Return the equal-access warning for the recipients chosen, or ""."""
        if self.chosen.balance == "state_only":
            return self.tr(
                "Only state media are invited. Equal access is a principle of the press "
                "service: add private and independent outlets."
            )
        if self.chosen.balance == "private_only":
            return self.tr(
                "Only private media are invited. Equal access is a principle of the press "
                "service: add state outlets."
            )
        return ""

    # --- saving -------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        """Return the advisory language chosen."""
        return str(self.language.currentData())

    @Slot()
    def choose_and_save(self) -> None:
        """Ask where to save the advisory and the recipients table, then write both."""
        suffix = str(self.format.currentData())
        folder = Path(platformdirs.user_documents_dir())
        advisory_filter = (
            self.tr("PDF documents (*.pdf)")
            if suffix == ".pdf"
            else self.tr("Word documents (*.docx)")
        )
        advisory = dialogs.save_file(
            self,
            self.tr("Save the media advisory"),
            advisory_filter,
            folder / f"advisory-{self.invited.id}-{self.lang}{suffix}",
        )
        if advisory is None:
            return
        if advisory.suffix.lower() != suffix:
            advisory = advisory.with_name(advisory.name + suffix)
        table = dialogs.save_file(
            self,
            self.tr("Save the list of recipients for mail merge"),
            self.tr("CSV tables (*.csv)"),
            advisory.parent / f"recipients-{self.invited.id}-{self.lang}.csv",
        )
        if table is None:
            return
        if table.suffix.lower() != ".csv":
            table = table.with_name(table.name + ".csv")
        self.start_save(advisory, table)

    def start_save(self, advisory: Path, table: Path) -> None:
        """Check the texts both files need in their language, then write them in the
        background; the log is written once they are in place."""
        if self.writer.busy:
            return
        db, event_id, lang = self.db, self.invited.id, self.lang
        try:
            refs = invitation_refs(db, event_id, self.chosen.recipients)
        except (EventError, EventNotFound) as exc:
            dialogs.error(self, self.windowTitle(), error_text(exc))
            return
        if not confirm_texts(self, db, refs, lang):
            return
        font = self.runtime.settings.get(PDF_FONT) or None
        recipients = self.chosen.recipients
        write_advisory: Writer = lambda path: export_advisory(  # noqa: E731
            db, event_id, path, lang=lang, font_path=font
        )
        write_table: Writer = lambda path: export_recipients(  # noqa: E731
            db, event_id, recipients, path, lang=lang
        )
        self.files = (advisory, table)
        self.save_button.setEnabled(False)
        self.writer.start([(write_advisory, advisory), (write_table, table)])

    @Slot(bool)
    def _written(self, ok: bool) -> None:
        self.save_button.setEnabled(bool(self.chosen.recipients))
        if not ok:
            return
        try:
            result = invite(
                self.db, self.invited.id, self.chosen, lang=self.lang, log=self.log.isChecked()
            )
        except (EventError, EventNotFound) as exc:
            dialogs.error(self, self.windowTitle(), error_text(exc))
            return
        self.outcome = InvitationResult(
            result.recipients, result.logged, result.warning, self.files[0], self.files[1]
        )
        text = self.tr(
            "The advisory and the list of %n recipient(s) are saved:", "", result.recipients
        )
        text += f"\n{self.files[0]}\n{self.files[1]}"
        if result.logged:
            text += "\n" + self.tr(
                "The invitation is noted in %n contact log(s).", "", result.logged
            )
        warning = self.balance_warning()
        if warning:
            text += "\n\n" + warning
        answer = dialogs.choice(
            self,
            self.windowTitle(),
            text,
            [("folder", self.tr("Open the folder")), ("ok", self.tr("OK"))],
            kind="warning" if warning else "info",
            default="ok",
            escape="ok",
        )
        if answer == "folder":
            dialogs.open_folder(self.files[0].parent)
