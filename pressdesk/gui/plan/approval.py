"""The approval panel of the item editor: status, the next steps as buttons, and the history."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui.pages import bold_label
from pressdesk.gui.plan import labels
from pressdesk.services.plan.rows import PlanItemRow
from pressdesk.services.plan.workflow import HistoryRow, allowed_transitions

_SHORT = 60


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


class ApprovalPanel(QWidget):
    """Show where an item stands and offer the allowed status changes."""

    status_requested = Signal(str)

    def __init__(self, wait_days: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalPanel")
        self.wait_days = wait_days
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = bold_label(self.tr("Approval"), 1.1)
        layout.addWidget(heading)
        self.status_label = QLabel()
        self.status_label.setObjectName("approvalStatus")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.start_as = QComboBox()
        self.start_as.setObjectName("startAs")
        self.start_as.addItem(self.tr("Start as a draft"), "draft")
        self.start_as.addItem(self.tr("Start as an idea"), "idea")
        layout.addWidget(self.start_as)
        self.buttons_box = QVBoxLayout()
        self.buttons_box.setSpacing(4)
        layout.addLayout(self.buttons_box)
        self.buttons: dict[str, QPushButton] = {}
        history_label = bold_label(self.tr("History"), 1.1)
        layout.addSpacing(6)
        layout.addWidget(history_label)
        self.history = QTreeWidget()
        self.history.setObjectName("approvalHistory")
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setHeaderLabels([self.tr("When"), self.tr("What and who")])
        header = self.history.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        layout.addWidget(self.history, 1)

    def set_row(self, row: PlanItemRow | None, history: list[HistoryRow]) -> None:
        """Show the status, next steps and history of ``row`` (None: not saved yet)."""
        for button in self.buttons.values():
            self.buttons_box.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.start_as.setVisible(row is None)
        if row is None:
            self.status_label.setText(
                html.escape(self.tr("The approval steps appear once the item is saved."))
            )
            self.history.clear()
            return
        self.status_label.setText(self._status_html(row))
        for target in allowed_transitions(row.status):
            button = QPushButton(labels.action_name(target, row.status))
            button.setObjectName(f"status_{target}")
            button.clicked.connect(lambda _checked=False, t=target: self.status_requested.emit(t))
            self.buttons_box.addWidget(button)
            self.buttons[target] = button
        self.history.clear()
        for entry in reversed(history):
            what = self._what(entry)
            if entry.by_name:
                what += "\n" + self.tr("by {name}").format(name=entry.by_name)
            item = QTreeWidgetItem([labels.local_time_text(entry.at), what])
            if entry.comment:
                item.setToolTip(1, entry.comment)
            self.history.addTopLevelItem(item)

    def _status_html(self, row: PlanItemRow) -> str:
        colour = labels.STATUS_COLOURS.get(row.status, "#888")
        lines = [
            f'<span style="color:{colour}; font-size:14pt">●</span> '
            f"<b>{html.escape(labels.status_name(row.status))}</b>"
        ]
        if row.status == "sent" and row.sent_at:
            lines.append(self.tr("Sent on {when}").format(when=labels.local_time_text(row.sent_at)))
        if row.status in ("approved", "published") and row.approved_by:
            lines.append(
                self.tr("Approved by {name} on {when}").format(
                    name=row.approved_by, when=labels.local_time_text(row.approved_at)
                )
            )
        if row.status == "returned" and row.return_comment:
            lines.append(self.tr("Returned: {comment}").format(comment=row.return_comment))
        if row.status == "published" and row.published_at:
            lines.append(
                self.tr("Published on {when}").format(when=labels.local_time_text(row.published_at))
            )
        if row.virtual:
            lines.append(self.tr("A change here asks: this occurrence or the whole series."))
        escaped = [lines[0], *(html.escape(line) for line in lines[1:])]
        for flag in sorted(row.flags):
            text = html.escape(labels.flag_text(flag, self.wait_days))
            escaped.append(f'<span style="color:{labels.FLAG_COLOURS[flag]}">{text}</span>')
        return "<br>".join(escaped)

    def _what(self, entry: HistoryRow) -> str:
        if entry.kind == "created":
            text = self.tr("Created as: {status}").format(
                status=labels.status_name(entry.new_value)
            )
        elif entry.kind == "status" and entry.field == "approval":
            fields = ", ".join(labels.field_name(f.strip()) for f in entry.comment.split(","))
            text = self.tr("Back to draft: the {fields} changed after {status}").format(
                fields=fields, status=labels.status_name(entry.old_value)
            )
            return text
        elif entry.kind == "status":
            text = self.tr("{old} → {new}").format(
                old=labels.status_name(entry.old_value), new=labels.status_name(entry.new_value)
            )
        elif entry.field in ("responsible_id", "campaign_id", "notes", "duration_minutes"):
            text = self.tr("Changed {field}").format(field=labels.field_name(entry.field))
        else:
            value = entry.new_value
            if entry.field == "format":
                value = labels.format_name(value)
            elif entry.field == "language":
                value = labels.language_name(value)
            text = self.tr("Changed {field}: {new}").format(
                field=labels.field_name(entry.field), new=_short(value) or "—"
            )
        if entry.comment and entry.kind == "status":
            text += "\n" + _short(entry.comment)
        return text
