"""Acting on the selected plan items together: one confirmation listing them, one change.

Each request returns the services' :class:`~pressdesk.services.plan.bulk.BulkResult`, whose
``reversal`` is what an undo of the action needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.plan import labels
from pressdesk.gui.plan.actions import PlanActions
from pressdesk.services.plan import bulk
from pressdesk.services.plan.bulk import BulkResult
from pressdesk.services.plan.periods import Period
from pressdesk.services.plan.rows import PlanError, PlanItemRow, PlanNotFound
from pressdesk.services.plan.workflow import TRANSITIONS
from pressdesk.services.profile import get_profile
from pressdesk.services.staff import list_staff

# Statuses whose approval a move withdraws (the services' rule, told before the move).
APPROVAL_KEPT = frozenset({"sent", "approved"})


def item_line(row: PlanItemRow) -> str:
    """Return "Mon 07.12 10:00 — title · status" for a list of items."""
    when = labels.date_text(row.date)
    if row.time is not None:
        when += row.time.strftime(" %H:%M")
    return f"{when} — {labels.shown(row.title)} · {labels.status_name(row.status)}"


class BulkDialog(QDialog):
    """Confirm an action on several items: the question, the items, one field if needed."""

    def __init__(
        self,
        title: str,
        question: str,
        rows: Sequence[PlanItemRow],
        verb: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planBulkDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.items = QListWidget()
        self.items.setObjectName("bulkItems")
        self.items.addItems([item_line(row) for row in rows])
        self.items.setMaximumHeight(220)
        layout.addWidget(self.items)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.approver: QComboBox | None = None
        self.comment: QPlainTextEdit | None = None
        self.days: QSpinBox | None = None
        self.staff: QComboBox | None = None
        self.required: Callable[[], bool] = lambda: True
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ask_approver(self, names: Sequence[str]) -> None:
        """Add the approver field, filled with the first name (the head)."""
        self.approver = QComboBox()
        self.approver.setObjectName("bulkApprover")
        self.approver.setEditable(True)
        self.approver.addItems(list(dict.fromkeys(n for n in names if n)))
        self.form.addRow(self.tr("Approved by:"), self.approver)
        self.required = lambda: bool(self.approver and self.approver.currentText().strip())

    def ask_comment(self) -> None:
        """Add the field for what should be changed (one comment for all items)."""
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("bulkComment")
        self.comment.setMinimumHeight(80)
        self.form.addRow(self.tr("What to change:"), self.comment)
        self.required = lambda: bool(self.comment and self.comment.toPlainText().strip())

    def ask_days(self, days: int) -> None:
        """Add the number of days (negative: earlier)."""
        self.days = QSpinBox()
        self.days.setObjectName("bulkDays")
        self.days.setRange(-366, 366)
        self.days.setValue(days)
        self.days.setSuffix(self.tr(" days"))
        self.form.addRow(self.tr("By:"), self.days)
        self.required = lambda: bool(self.days and self.days.value())

    def ask_staff(self, staff: Sequence[tuple[int | None, str]]) -> None:
        """Add the choice of the responsible person (or nobody)."""
        self.staff = QComboBox()
        self.staff.setObjectName("bulkStaff")
        for ident, name in staff:
            self.staff.addItem(name, ident)
        self.form.addRow(self.tr("Responsible:"), self.staff)

    def accept(self) -> None:
        """Close unless the field the action needs is empty."""
        if not self.required():
            dialogs.warning(self, self.windowTitle(), self.tr("Please fill this in."))
            return
        super().accept()


class PlanBulkActions(QObject):
    """Carry out a request on several items; None when cancelled or refused (already told)."""

    def __init__(self, actions: PlanActions, parent: QWidget) -> None:
        super().__init__(parent)
        self.actions = actions
        self.db = actions.db
        self.widget = parent
        # The number of days of the last move or copy (the undo step names it).
        self.last_days = 0

    def _run(self, dialog: BulkDialog) -> bool:
        accepted = dialogs.run_dialog(dialog)
        dialog.deleteLater()
        return accepted

    def _do(self, work: Callable[[], BulkResult]) -> BulkResult | None:
        try:
            return work()
        except (PlanError, PlanNotFound) as exc:
            self.actions.refused(exc)
            return None

    def set_status(self, rows: Sequence[PlanItemRow], target: str) -> BulkResult | None:
        """Move the items that may take the step to ``target`` after one confirmation."""
        able = [row for row in rows if target in TRANSITIONS.get(row.status, ())]
        if not able:
            dialogs.info(
                self.widget,
                labels.action_name(target).rstrip("…"),
                error_text(PlanError("plan.bulk_none", count=len(rows))),
            )
            return None
        question = self.tr("{action}: {count} items?").format(
            action=labels.action_name(target).rstrip("…"), count=len(able)
        )
        if len(able) < len(rows):
            question += " " + self.tr(
                "{count} selected items are left as they are: their status does not allow it."
            ).format(count=len(rows) - len(able))
        dialog = BulkDialog(
            labels.action_name(target).rstrip("…"),
            question,
            able,
            labels.action_name(target).rstrip("…"),
            self.widget,
        )
        if target == "approved":
            head = get_profile(self.db).head_name
            names = [head, *(s.full_name for s in list_staff(self.db, active_only=True))]
            dialog.ask_approver(names)
        elif target == "returned":
            dialog.ask_comment()
        if not self._run(dialog):
            return None
        name = self.actions.by_name()
        comment = ""
        if dialog.approver is not None:
            name = dialog.approver.currentText().strip()
        if dialog.comment is not None:
            comment = dialog.comment.toPlainText().strip()
        keys = [row.key for row in able]
        return self._do(
            lambda: bulk.bulk_status(self.db, keys, target, by_name=name, comment=comment)
        )

    def send_period(self, period: Period, rows: Sequence[PlanItemRow]) -> BulkResult | None:
        """Send the period's drafts for approval after one confirmation listing them."""
        drafts = [r for r in rows if r.status == "draft" and not r.virtual]
        title = self.tr("Send the week for approval")
        if not drafts:
            dialogs.info(self.widget, title, self.tr("The period shown holds no drafts to send."))
            return None
        dialog = BulkDialog(
            title,
            self.tr("Send the {count} drafts of {period} for approval?").format(
                count=len(drafts), period=labels.period_title(period)
            ),
            drafts,
            self.tr("Send for approval"),
            self.widget,
        )
        if not self._run(dialog):
            return None
        by_name = self.actions.by_name()
        return self._do(
            lambda: bulk.send_period(self.db, period.start, period.end, by_name=by_name)
        )

    def shift(self, rows: Sequence[PlanItemRow], *, copy: bool, days: int = 7) -> BulkResult | None:
        """Move or copy the items by a number of days the person confirms."""
        if copy:
            title = self.tr("Copy the items")
            question = self.tr("Copy {count} items, as drafts, by:").format(count=len(rows))
        else:
            title = self.tr("Move the items")
            question = self.tr("Move {count} items by:").format(count=len(rows))
            kept = sum(row.status in APPROVAL_KEPT for row in rows)
            if kept:
                question += " " + self.reset_warning(kept)
        dialog = BulkDialog(title, question, rows, title, self.widget)
        dialog.ask_days(days)
        if not self._run(dialog):
            return None
        assert dialog.days is not None
        step = dialog.days.value()
        self.last_days = step
        keys = [row.key for row in rows]
        by_name = self.actions.by_name()
        if copy:
            return self._do(lambda: bulk.bulk_copy(self.db, keys, step, by_name=by_name))
        return self._do(lambda: bulk.bulk_move(self.db, keys, step, by_name=by_name))

    def move_to(
        self, rows: Sequence[PlanItemRow], lead: PlanItemRow, day: dt.date
    ) -> BulkResult | None:
        """Move dragged items so that ``lead`` lands on ``day`` (the rest keep their spacing)."""
        days = (day - lead.date).days
        self.last_days = days
        kept = sum(row.status in APPROVAL_KEPT for row in rows)
        if kept and not dialogs.question(
            self.widget,
            self.tr("Move the items"),
            self.tr("Move {count} items by {days} days?").format(count=len(rows), days=days)
            + " "
            + self.reset_warning(kept),
            self.tr("Move"),
            self.tr("Cancel"),
        ):
            return None
        keys = [row.key for row in rows]
        by_name = self.actions.by_name()
        return self._do(lambda: bulk.bulk_move(self.db, keys, days, by_name=by_name))

    def reset_warning(self, count: int) -> str:
        """Say that ``count`` items sent or approved go back to draft."""
        return self.tr(
            "{count} of them are sent or approved: they go back to draft and need approval again."
        ).format(count=count)

    def set_responsible(self, rows: Sequence[PlanItemRow]) -> BulkResult | None:
        """Make one person responsible for the items."""
        staff: list[tuple[int | None, str]] = [
            (s.id, s.full_name) for s in list_staff(self.db, active_only=True)
        ]
        staff.append((None, self.tr("(nobody)")))
        title = self.tr("Set the responsible person")
        dialog = BulkDialog(
            title,
            self.tr("Who is responsible for these {count} items?").format(count=len(rows)),
            rows,
            self.tr("Set"),
            self.widget,
        )
        dialog.ask_staff(staff)
        if not self._run(dialog):
            return None
        assert dialog.staff is not None
        person = dialog.staff.currentData()
        keys = [row.key for row in rows]
        by_name = self.actions.by_name()
        return self._do(lambda: bulk.bulk_responsible(self.db, keys, person, by_name=by_name))

    def delete(self, rows: Sequence[PlanItemRow]) -> BulkResult | None:
        """Delete the items after one confirmation; an occurrence leaves its series."""
        title = self.tr("Delete the items")
        question = self.tr("Delete these {count} items and their history?").format(count=len(rows))
        if any(row.virtual for row in rows):
            question += " " + self.tr("A repeating item loses only the date shown.")
        if self.actions.undoable:
            question += " " + self.tr("You can undo it with Ctrl+Z.")
        dialog = BulkDialog(title, question, rows, self.tr("Delete"), self.widget)
        if not self._run(dialog):
            return None
        keys = [row.key for row in rows]
        by_name = self.actions.by_name()
        return self._do(lambda: bulk.bulk_delete(self.db, keys, by_name=by_name))
