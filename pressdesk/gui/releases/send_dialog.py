"""The Send dialog of a press release: whom it goes to, who is skipped and why, who already has
it and the state/private balance before sending; then the mail server in the background, or
.eml files, one BCC message or a mailto: link for the user's mail client."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.jobs import JobRunner
from pressdesk.messages import UserError
from pressdesk.secrets import SecretStoreError, SecretStoreUnavailable
from pressdesk.services.contacts.lists import list_lists
from pressdesk.services.mail.config import SmtpConfig, load_config, read_password
from pressdesk.services.mail.sender import EmlFolderTransport, SmtpTransport, Transport
from pressdesk.services.profile import get_profile
from pressdesk.services.releases.mail_text import MAILTO_LIMIT, mailto_links, write_bcc_eml
from pressdesk.services.releases.records import ReleaseError, ReleaseRow
from pressdesk.services.releases.sending import (
    SendOutcome,
    SendPlan,
    check_confirmations,
    choose_people,
    plan_sending,
    resume_release,
    send_release,
)
from pressdesk.settings import MAIL_RATE_PER_MINUTE, Settings
from pressdesk.storage.engine import Database

WAVES = ("all", "first", "rest")


def reason_text(code: str) -> str:
    """Return a skip reason's code (``problem.no_email``…) in the interface's language."""
    return error_text(UserError(code)) if code else ""


class SendDialog(QDialog):
    """Choose the recipients of a release, see the plan, answer the questions and send."""

    def __init__(
        self, db: Database, settings: Settings, row: ReleaseRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendReleaseDialog")
        self.db = db
        self.settings = settings
        self.row = row
        self.config: SmtpConfig | None = load_config(settings)
        self.plan: SendPlan | None = None
        self.people: list[int] = []
        self.outcome: SendOutcome | None = None
        self.runner = JobRunner(self)
        self.setWindowTitle(self.tr("Send release {number}").format(number=row.label))
        self.whom = QComboBox()
        self.whom.setObjectName("sendWhom")
        self.whom.addItem(self.tr("All media"), None)
        for media_list in list_lists(db):
            self.whom.addItem(media_list.name, media_list.id)
        self.whom.currentIndexChanged.connect(self.refresh_plan)
        self.wave = QComboBox()
        self.wave.setObjectName("sendWave")
        names = {
            "all": self.tr("Both waves: the first, then the rest after the delay"),
            "first": self.tr("The first wave only"),
            "rest": self.tr("The rest now"),
        }
        for code in WAVES:
            self.wave.addItem(names[code], code)
        self.delay = QSpinBox()
        self.delay.setObjectName("sendDelay")
        self.delay.setRange(0, 24 * 60)
        self.delay.setValue(60)
        self.delay.setSuffix(self.tr(" min"))
        self.summary = QLabel()
        self.summary.setObjectName("sendSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("sendTable")
        self.table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Name"), self.tr("What")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.how = QButtonGroup(self)
        self.how_buttons: dict[str, QRadioButton] = {}
        how_box = QVBoxLayout()
        ways = {
            "smtp": self.tr("Send through the mail server, one message each"),
            "eml": self.tr("Write one .eml file per recipient into a folder"),
            "bcc": self.tr("Write one .eml with all addresses in BCC (nothing is recorded)"),
            "mailto": self.tr("Open the mail program with a mailto: link (at most {limit})"),
        }
        for key, text in ways.items():
            button = QRadioButton(text.format(limit=MAILTO_LIMIT))
            button.setObjectName(f"sendHow_{key}")
            self.how.addButton(button)
            self.how_buttons[key] = button
            how_box.addWidget(button)
        self.how_buttons["smtp"].setEnabled(self.config is not None)
        self.how_buttons["smtp" if self.config is not None else "eml"].setChecked(True)
        self.server_note = QLabel(
            self.tr("Mail server: {server}").format(server=self.config.server)
            if self.config is not None
            else self.tr(
                "No mail server is set up: the messages can be written for your mail program."
            )
        )
        self.server_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.whom)
        form.addRow(self.tr("Wave:"), self.wave)
        form.addRow(self.tr("The rest after:"), self.delay)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendGo")
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.server_note)
        layout.addLayout(how_box)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.refresh_plan()

    # --- the plan -----------------------------------------------------------------------------

    def _choose(self) -> list[int]:
        list_id = self.whom.currentData()
        if list_id is None:
            return choose_people(self.db, all_media=True)
        return choose_people(self.db, list_id=int(list_id))

    @Slot()
    def refresh_plan(self) -> None:
        """Read who would get the release now and show it; nothing is changed."""
        try:
            self.people = self._choose()
            self.plan = plan_sending(self.db, self.row.id, self.people)
        except UserError as exc:
            self.plan = None
            self.summary.setText(error_text(exc))
            self.table.setRowCount(0)
            self.send_button.setEnabled(False)
            return
        self.show_plan(self.plan)

    def show_plan(self, plan: SendPlan) -> None:
        """Fill the summary, the balance and the table of ``plan``."""
        unknown = len(plan.to_send) - plan.state_count - plan.private_count
        lines = [
            self.tr(
                "To send: {send} · skipped: {skipped} · already have it: {already} · "
                "in doubt: {doubt}"
            ).format(
                send=len(plan.to_send),
                skipped=len(plan.skipped),
                already=len(plan.already),
                doubt=len(plan.in_doubt),
            ),
            self.tr(
                "Balance: {state} state, {private} private, {unknown} without an outlet"
            ).format(state=plan.state_count, private=plan.private_count, unknown=unknown),
        ]
        if plan.balance == "state_only":
            lines.append(self.tr("Only state media would get it: equal access asks for both."))
        elif plan.balance == "private_only":
            lines.append(self.tr("Only private media would get it: equal access asks for both."))
        if plan.pending:
            lines.append(
                self.tr("{count} messages of an interrupted mailing wait to go.").format(
                    count=plan.pending
                )
            )
        if not plan.approved:
            lines.append(self.tr("This release is not approved."))
        self.summary.setText("\n".join(lines))
        rows: list[tuple[str, str, str]] = []
        rows += [(r.address, r.name, self.tr("will get it")) for r in plan.to_send]
        rows += [(r.address, r.name, reason_text(r.reason)) for r in plan.skipped]
        rows += [(r.address, r.name, self.tr("already has it")) for r in plan.already]
        rows += [(r.address, r.name, self.tr("in doubt")) for r in plan.in_doubt]
        self._fill(rows)
        self.send_button.setEnabled(bool(plan.to_send or plan.pending))
        self.how_buttons["mailto"].setEnabled(0 < len(plan.to_send) <= MAILTO_LIMIT)

    def _fill(self, rows: list[tuple[str, str, str]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            number = self.table.rowCount()
            self.table.insertRow(number)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text or "—")
                item.setToolTip(text)
                self.table.setItem(number, column, item)

    # --- the questions ------------------------------------------------------------------------

    def _confirm(self, plan: SendPlan) -> tuple[bool, bool] | None:
        """Ask what needs the user's word; return (unapproved, again) or None if refused."""
        title = self.windowTitle()
        again = False
        if plan.needs_again_confirmation:
            again = dialogs.question(
                self,
                title,
                self.tr(
                    "{count} of the chosen people already have release {number}. Send it only "
                    "to the {new} new ones?"
                ).format(count=len(plan.already), number=plan.label, new=len(plan.to_send)),
            )
            if not again:
                return None
        unapproved = False
        if plan.needs_approval_confirmation:
            unapproved = dialogs.question(
                self,
                title,
                self.tr(
                    "Release {number} is not approved. Send it anyway? That is recorded in its "
                    "history."
                ).format(number=plan.label),
            )
            if not unapproved:
                return None
        return unapproved, again

    # --- sending ------------------------------------------------------------------------------

    def how_chosen(self) -> str:
        """Return the way chosen: ``smtp``, ``eml``, ``bcc`` or ``mailto``."""
        for key, button in self.how_buttons.items():
            if button.isChecked():
                return key
        return "eml"

    def _sender(self) -> str:
        return self.config.sender if self.config is not None else get_profile(self.db).email

    def _smtp(self) -> Transport | None:
        """Return the mail server's transport, or None after saying why it cannot be used."""
        assert self.config is not None
        try:
            password = read_password(self.config)
        except (SecretStoreUnavailable, SecretStoreError) as exc:
            dialogs.warning(self, self.windowTitle(), error_text(exc))
            return None
        if self.config.user and password is None:
            missing = UserError(
                "mail.no_password", user=self.config.user, server=self.config.server
            )
            dialogs.warning(self, self.windowTitle(), error_text(missing))
            return None
        return SmtpTransport(self.config, password)

    @Slot()
    def send(self) -> None:
        """Ask what must be asked, then send the way chosen."""
        self.refresh_plan()
        plan = self.plan
        if plan is None or not (plan.to_send or plan.pending):
            return
        answers = self._confirm(plan)
        if answers is None:
            return
        how = self.how_chosen()
        if how in ("bcc", "mailto"):
            self._for_client(plan, how, *answers)
            return
        transport: Transport | None
        if how == "smtp":
            transport = self._smtp()
        else:
            folder = dialogs.choose_folder(
                self, self.tr("Folder for the .eml files"), platformdirs.user_documents_dir()
            )
            transport = EmlFolderTransport(folder) if folder is not None else None
        if transport is None:
            return
        self.start(transport, how == "smtp", people=self.people, answers=answers)

    def start(
        self,
        transport: Transport,
        smtp: bool,
        *,
        people: list[int] | None = None,
        answers: tuple[bool, bool] = (False, False),
    ) -> bool:
        """Send in the background (``people`` None: only resume); False if one is under way."""
        db, rid, sender = self.db, self.row.id, self._sender()
        wave = str(self.wave.currentData())
        delay = self.delay.value()
        per_minute = self.settings.get(MAIL_RATE_PER_MINUTE) if smtp else 0

        def work(progress: object) -> SendOutcome:
            def report(done: int, total: int) -> None:
                progress(done, total)  # type: ignore[operator]

            options = {
                "wave": wave,
                "rest_now": wave != "first",
                "confirm_unapproved": answers[0],
                "confirm_again": answers[1],
                "wave_delay_minutes": delay,
                "per_minute": per_minute,
                "on_progress": report,
            }
            if people is None:
                return resume_release(db, rid, transport, sender, **options)
            return send_release(db, rid, people, transport, sender, **options)  # type: ignore[arg-type]

        self.send_button.setEnabled(False)
        return self.runner.start(
            work,
            self.windowTitle(),
            text=self.tr("Sending… Each message is recorded as it goes."),
            cancellable=False,
            on_done=self._sent,
            on_failed=self._failed,
        )

    def _sent(self, outcome: SendOutcome) -> None:
        self.outcome = outcome
        self.show_outcome(outcome)

    def _failed(self, details: str) -> None:
        exc = self.runner.error
        text = error_text(exc) if exc is not None else details
        dialogs.warning(
            self,
            self.windowTitle(),
            self.tr("The sending stopped. What went out is recorded.") + "\n\n" + text,
        )
        self.refresh_plan()

    def show_outcome(self, outcome: SendOutcome) -> None:
        """Show the result of each recipient: sent, refused with the reply, skipped, in doubt."""
        report, plan = outcome.report, outcome.plan
        rows: list[tuple[str, str, str]] = []
        rows += [(address, "", self.tr("sent")) for address in report.sent]
        rows += [
            (address, "", self.tr("refused: {reply}").format(reply=reply))
            for address, reply in report.refused
        ]
        rows += [(r.address, r.name, reason_text(r.reason)) for r in plan.skipped]
        rows += [(address, "", self.tr("in doubt")) for address in report.in_doubt]
        self._fill(rows)
        text = self.tr(
            "Sent: {sent} · refused: {refused} · skipped: {skipped} · in doubt: {doubt}"
        ).format(
            sent=len(report.sent),
            refused=len(report.refused),
            skipped=len(plan.skipped),
            doubt=len(report.in_doubt),
        )
        if outcome.waiting:
            text += "\n" + self.tr(
                "{count} messages of the rest wave wait: send them with «The rest now»."
            ).format(count=outcome.waiting)
        if report.in_doubt:
            text += "\n" + self.tr(
                "A message in doubt may or may not have arrived; decide on it in the release's "
                "Recipients tab."
            )
        self.summary.setText(text)
        self.send_button.setEnabled(bool(outcome.waiting))

    def _for_client(self, plan: SendPlan, how: str, unapproved: bool, again: bool) -> None:
        """Write the BCC .eml or open the mailto: link; nothing is recorded per recipient."""
        pairs = [(r.address, r.language) for r in plan.to_send]
        try:
            if how == "mailto" and len(pairs) > MAILTO_LIMIT:
                raise ReleaseError("release.mailto_too_many", limit=MAILTO_LIMIT, count=len(pairs))
            path: Path | None = None
            if how == "bcc":
                path = dialogs.save_file(
                    self,
                    self.tr("Save the message"),
                    self.tr("E-mail message (*.eml)"),
                    str(Path(platformdirs.user_documents_dir()) / f"release-{plan.label}.eml"),
                )
                if path is None:
                    return
            check_confirmations(self.db, plan, confirm_unapproved=unapproved, confirm_again=again)
            if how == "mailto":
                for link in mailto_links(self.db, self.row.id, pairs).values():
                    QDesktopServices.openUrl(QUrl(link))
                return
            assert path is not None
            written = write_bcc_eml(self.db, self.row.id, pairs, path, self._sender())
        except UserError as exc:
            dialogs.warning(self, self.windowTitle(), error_text(exc))
            return
        except OSError as exc:
            dialogs.warning(self, self.windowTitle(), error_text(exc))
            return
        dialogs.info(
            self,
            self.windowTitle(),
            self.tr("Written: {files}").format(files=", ".join(str(p) for p in written)),
        )

    def offer_resume(self) -> None:
        """Offer to finish an interrupted mailing of the release through the mail server."""
        if self.plan is None or not self.plan.pending or self.config is None:
            return
        if not dialogs.question(
            self,
            self.windowTitle(),
            self.tr(
                "A mailing of this release is unfinished: {count} messages still wait. Send them "
                "now? Nobody gets the message twice."
            ).format(count=self.plan.pending),
            default_yes=True,
        ):
            return
        transport = self._smtp()
        if transport is not None:
            self.start(transport, True, people=None, answers=(True, True))

    def reject(self) -> None:
        """Stay open while a send is under way: its results are shown when it ends."""
        if self.runner.running:
            return
        super().reject()
