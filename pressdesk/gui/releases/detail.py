"""The panel beside the list: the selected release's status, the approval steps it may take,
its history (time, person, comment) and its approved versions with their differences."""

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
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.releases.labels import event_name, status_name
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.dates import datetime_text
from pressdesk.gui.widgets.filter_bar import FlowLayout
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
        layout.addWidget(QLabel(translate("ReleasePanel", "History:")))
        layout.addWidget(self.history, 1)
        layout.addWidget(QLabel(translate("ReleasePanel", "Approved versions:")))
        layout.addWidget(self.versions)
        layout.addWidget(self.compare)
        self.show_release(None)

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
