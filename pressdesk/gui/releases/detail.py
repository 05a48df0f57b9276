"""The panel beside the list: the selected release's status, the approval steps it may take,
its history (time, person, comment), who got it (with a decision on those in doubt), the
coverage found, and its approved versions with their differences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.releases.labels import event_name, status_name
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.dates import datetime_text
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.services.coverage.records import RecordRow
from pressdesk.services.releases.deliveries import ReleaseRecipient
from pressdesk.services.releases.records import STEPS, ReleaseRow

translate = QCoreApplication.translate


def _step_texts() -> dict[str, str]:
    """Return the text of each step's button, by the status it reaches, in the flow's order."""
    return {
        "sent": translate("ReleasePanel", "Send for approval…"),
        "returned": translate("ReleasePanel", "Return with comments…"),
        "approved": translate("ReleasePanel", "Approve…"),
        "draft": translate("ReleasePanel", "Back to draft…"),
        "distributed": translate("ReleasePanel", "Mark as sent out…"),
    }


class ReleasePanel(QWidget):
    """Show one release's approval state; ask for a step or a comparison by signals."""

    step_requested = Signal(str)
    compare_requested = Signal()
    #: A recipient in doubt was decided: its id, and True if the message counts as sent.
    settle_requested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releasePanel")
        self.row: ReleaseRow | None = None
        self.heading = QLabel()
        self.heading.setObjectName("releaseHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("releaseState")
        self.state.setWordWrap(True)
        self.steps: dict[str, QPushButton] = {}
        # The buttons wrap onto more lines where the panel is narrow.
        flow = FlowLayout()
        for status, text in _step_texts().items():
            button = QPushButton(text)
            button.setObjectName(f"releaseStep_{status}")
            button.clicked.connect(lambda _checked=False, s=status: self.step_requested.emit(s))
            self.steps[status] = button
            flow.addWidget(button)
        self.history = QTableWidget(0, 3)
        self.history.setObjectName("releaseHistory")
        self.history.setHorizontalHeaderLabels(
            [
                translate("ReleasePanel", "When"),
                translate("ReleasePanel", "Step"),
                translate("ReleasePanel", "Who"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.versions = QListWidget()
        self.versions.setObjectName("releaseVersions")
        self.versions.setMaximumHeight(self.versions.fontMetrics().lineSpacing() * 5 + 8)
        self.compare = QPushButton(translate("ReleasePanel", "Compare versions…"))
        self.compare.setObjectName("releaseCompare")
        self.compare.clicked.connect(self.compare_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        buttons = QWidget()
        buttons.setLayout(flow)
        layout.addWidget(buttons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("releaseTabs")
        self.tabs.addTab(self.history, translate("ReleasePanel", "History"))
        self.tabs.addTab(self._recipients_tab(), translate("ReleasePanel", "Recipients"))
        self.coverage = QListWidget()
        self.coverage.setObjectName("releaseCoverage")
        self.tabs.addTab(self.coverage, translate("ReleasePanel", "Coverage"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(QLabel(translate("ReleasePanel", "Approved versions:")))
        layout.addWidget(self.versions)
        layout.addWidget(self.compare)
        self.show_release(None)

    def _recipients_tab(self) -> QWidget:
        """Build the table of who got the release, with the decision on a recipient in doubt."""
        self.recipients = QTableWidget(0, 5)
        self.recipients.setObjectName("releaseRecipients")
        self.recipients.setHorizontalHeaderLabels(
            [
                translate("ReleasePanel", "Address"),
                translate("ReleasePanel", "Name"),
                translate("ReleasePanel", "Wave"),
                translate("ReleasePanel", "Time"),
                translate("ReleasePanel", "Result"),
            ]
        )
        self.recipients.verticalHeader().hide()
        self.recipients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipients.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipients.setWordWrap(False)
        self.recipients.itemSelectionChanged.connect(self._recipient_chosen)
        self.mark_sent = QPushButton(translate("ReleasePanel", "Mark as sent"))
        self.mark_sent.setObjectName("recipientMarkSent")
        self.send_again = QPushButton(translate("ReleasePanel", "Send again"))
        self.send_again.setObjectName("recipientSendAgain")
        self.mark_sent.clicked.connect(lambda: self._settle(True))
        self.send_again.clicked.connect(lambda: self._settle(False))
        self.delivered: list[ReleaseRecipient] = []
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.recipients, 1)
        flow = FlowLayout()
        flow.addWidget(self.mark_sent)
        flow.addWidget(self.send_again)
        buttons = QWidget()
        buttons.setLayout(flow)
        box.addWidget(buttons)
        self._recipient_chosen()
        return tab

    def _chosen_recipient(self) -> ReleaseRecipient | None:
        rows = self.recipients.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.delivered):
            return None
        return self.delivered[rows[0].row()]

    @Slot()
    def _recipient_chosen(self) -> None:
        chosen = self._chosen_recipient()
        doubtful = chosen is not None and chosen.status == "in_doubt"
        self.mark_sent.setEnabled(doubtful)
        self.send_again.setEnabled(doubtful)

    def _settle(self, was_sent: bool) -> None:
        chosen = self._chosen_recipient()
        if chosen is not None and chosen.status == "in_doubt":
            self.settle_requested.emit(chosen.id, was_sent)

    def show_delivery(self, recipients: list[ReleaseRecipient], coverage: list[RecordRow]) -> None:
        """Show who got the release (address, name, wave, time, result) and its coverage."""
        self.delivered = list(recipients)
        self.recipients.setRowCount(0)
        for r in self.delivered:
            number = self.recipients.rowCount()
            self.recipients.insertRow(number)
            texts = (
                r.address or "—",
                r.name,
                wave_name(r.wave),
                datetime_text(r.at) if r.at is not None else "",
                result_name(r),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.recipients.setItem(number, column, item)
        self._recipient_chosen()
        self.coverage.clear()
        for record in coverage:
            self.coverage.addItem(
                f"{datetime_text(record.published_at)} · {record.outlet} · {record.title}"
            )
        if not coverage:
            self.coverage.addItem(translate("ReleasePanel", "No coverage linked yet"))

    @Slot()
    def show_release(self, row: ReleaseRow | None) -> None:
        """Show ``row`` (read in full), or a hint when nothing is selected."""
        self.row = row
        lang = first_language()
        for status, button in self.steps.items():
            button.setEnabled(row is not None and status in STEPS[row.status])
        self.history.setRowCount(0)
        self.versions.clear()
        if row is None:
            self.show_delivery([], [])
            self.heading.setText("")
            self.state.setText(
                translate("ReleasePanel", "Select a release to see its approval and versions.")
            )
            self.compare.setEnabled(False)
            return
        title = row.title.get(lang) or row.title.get("ru" if lang == "ky" else "ky")
        self.heading.setText(f"{row.label} · {title}")
        state = translate("ReleasePanel", "{status}, version {version}").format(
            status=status_name(row.status), version=row.version
        )
        if row.status_at is not None:
            state += f" · {datetime_text(row.status_at)}"
        if row.status == "returned" and row.return_comment:
            state += "\n" + translate("ReleasePanel", "Comments: {text}").format(
                text=row.return_comment
            )
        self.state.setText(state)
        for step in row.history:
            name = event_name(step.new_value if step.kind == "status" else step.kind)
            if step.comment and not step.comment.startswith("v"):
                name = f"{name}: {step.comment}"
            number = self.history.rowCount()
            self.history.insertRow(number)
            for column, text in enumerate((datetime_text(step.at), name, step.by_name)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(number, column, item)
        self.history.scrollToBottom()
        for version in row.versions:
            self.versions.addItem(
                translate("ReleasePanel", "v{number} · approved {when} · {who}").format(
                    number=version.number,
                    when=datetime_text(version.approved_at),
                    who=version.approved_by,
                )
            )
        if not row.versions:
            self.versions.addItem(translate("ReleasePanel", "None approved yet"))
        self.compare.setEnabled(bool(row.versions))


def wave_name(code: str) -> str:
    """Return the name of a mailing wave."""
    names = {
        "first": translate("ReleasePanel", "first"),
        "rest": translate("ReleasePanel", "rest"),
    }
    return names.get(code, code)


def result_name(recipient: ReleaseRecipient) -> str:
    """Return what happened to one recipient, in words (a refusal with the server's reply)."""
    from pressdesk.gui.releases.send_dialog import reason_text

    if recipient.status == "sent" and recipient.by_file:
        return translate("ReleasePanel", "written as .eml")
    names = {
        "sent": translate("ReleasePanel", "sent"),
        "refused": translate("ReleasePanel", "refused"),
        "in_doubt": translate("ReleasePanel", "in doubt"),
        "queued": translate("ReleasePanel", "waiting"),
        "sending": translate("ReleasePanel", "waiting"),
        "skipped": translate("ReleasePanel", "skipped"),
    }
    name = names.get(recipient.status, recipient.status)
    if recipient.status == "skipped":
        return f"{name}: {reason_text(recipient.reason)}"
    if recipient.reason:
        return f"{name}: {recipient.reason}"
    return name
