"""What the plan's buttons, menus and drops do: status changes, moves, copies and deletes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.plan import labels
from pressdesk.gui.widgets.ask_dialog import ok_cancel_buttons
from pressdesk.services.plan.items import approval_changes, delete_item, get_item
from pressdesk.services.plan.rows import PlanError, PlanItemRow, PlanNotFound
from pressdesk.services.plan.series import (
    copy_item,
    detach_occurrence,
    move_item,
    move_occurrence,
    skip_occurrence,
)
from pressdesk.services.plan.workflow import change_status
from pressdesk.services.profile import acting_name, get_profile
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database


class TextPrompt(QDialog):
    """Ask for one piece of text: who approved, why returned, where published."""

    def __init__(
        self,
        title: str,
        prompt: str,
        value: str = "",
        *,
        choices: list[str] | None = None,
        multiline: bool = False,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planTextPrompt")
        self.setWindowTitle(title)
        self.required = required
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo: QComboBox | None = None
        self.editor: QPlainTextEdit | None = None
        if multiline:
            self.editor = QPlainTextEdit(value)
            self.editor.setMinimumSize(380, 110)
            layout.addWidget(self.editor)
        else:
            self.combo = QComboBox()
            self.combo.setEditable(True)
            self.combo.addItems([c for c in choices or [] if c])
            self.combo.setCurrentText(value)
            self.combo.setMinimumWidth(380)
            layout.addWidget(self.combo)
        layout.addWidget(ok_cancel_buttons(self, self.tr("OK"), self.tr("Cancel")))

    def value(self) -> str:
        """Return the text entered."""
        if self.editor is not None:
            return self.editor.toPlainText().strip()
        assert self.combo is not None
        return self.combo.currentText().strip()

    def set_value(self, text: str) -> None:
        """Put ``text`` in the field (tests answer the prompt this way)."""
        if self.editor is not None:
            self.editor.setPlainText(text)
        elif self.combo is not None:
            self.combo.setCurrentText(text)

    def accept(self) -> None:
        """Close unless a required answer is missing."""
        if self.required and not self.value():
            dialogs.warning(self, self.windowTitle(), self.tr("Please fill this in."))
            return
        super().accept()


class PlanActions(QObject):
    """Carry out a person's request on plan items, asking what is needed on the way.

    Every method returns the changed row (or True) on success and None (or False) when the
    person cancelled or the change was refused; a refusal has already been shown.
    """

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.widget = parent
        # True when the page pushes its changes to an undo history (a delete can be undone).
        self.undoable = False

    def by_name(self) -> str:
        """Return whose name goes into the history for changes made here."""
        return acting_name(self.db)

    def refused(self, exc: Exception) -> None:
        """Show why the services refused a change."""
        if isinstance(exc, PlanNotFound):
            text = self.tr("This item no longer exists; the plan is shown again.")
        else:
            text = error_text(exc)
        dialogs.warning(self.widget, self.tr("Not changed"), text)

    def _series_choice(self, row: PlanItemRow, question: str) -> str:
        """Ask whether a change concerns one occurrence or the whole series."""
        return dialogs.choice(
            self.widget,
            self.tr("Repeating item"),
            question.format(title=labels.shown(row.title), date=labels.date_text(row.date)),
            [
                ("one", self.tr("This occurrence only")),
                ("series", self.tr("The whole series")),
                ("cancel", self.tr("Cancel")),
            ],
            default="one",
            escape="cancel",
        )

    def keeps_approval(self, row: PlanItemRow, fields: tuple[str, ...]) -> bool:
        """Ask before a change of ``fields`` takes a sent or approved item back to draft;
        return True to go on (nothing is asked when no approval is at stake)."""
        if not fields:
            return True
        names = ", ".join(labels.field_name(name) for name in fields)
        return dialogs.question(
            self.widget,
            self.tr("The approval is withdrawn"),
            self.tr(
                "“{title}” ({status}): changing the {fields} takes it back to draft, and it "
                "must be sent for approval again. Go on?"
            ).format(
                title=labels.shown(row.title),
                status=labels.status_name(row.status),
                fields=names,
            ),
            self.tr("Change and withdraw"),
            self.tr("Cancel"),
        )

    def move(self, row: PlanItemRow, day: dt.date) -> PlanItemRow | None:
        """Move an item to ``day``; for a series occurrence ask: this one or the whole series.
        A sent or approved item is moved only after the person agrees to withdraw it."""
        if row.date != day and not self.keeps_approval(row, approval_changes(row.status, ["date"])):
            return None
        try:
            if row.virtual and row.original_date is not None:
                answer = self._series_choice(
                    row, self.tr("“{title}” repeats. Move only the occurrence of {date}?")
                )
                if answer == "cancel":
                    return None
                if answer == "one":
                    return move_occurrence(
                        self.db, row.id, row.original_date, day, by_name=self.by_name()
                    )
                master = get_item(self.db, row.id)
                return move_item(
                    self.db, row.id, master.date + (day - row.date), by_name=self.by_name()
                )
            return move_item(self.db, row.id, day, by_name=self.by_name())
        except (PlanError, PlanNotFound) as exc:
            self.refused(exc)
            return None

    def stored(self, row: PlanItemRow, question: str) -> PlanItemRow | None:
        """Return the stored item a change applies to, detaching an occurrence if asked."""
        if not row.virtual or row.original_date is None:
            return row
        answer = self._series_choice(row, question)
        if answer == "cancel":
            return None
        if answer == "series":
            return get_item(self.db, row.id)
        return detach_occurrence(self.db, row.id, row.original_date, by_name=self.by_name())

    def set_status(self, row: PlanItemRow, target: str) -> PlanItemRow | None:
        """Move an item to status ``target``, asking who approved, why returned or the link."""
        comment = link = ""
        name = self.by_name()
        if target == "approved":
            head = get_profile(self.db).head_name
            staff = [s.full_name for s in list_staff(self.db, active_only=True)]
            prompt = TextPrompt(
                self.tr("Approve"),
                self.tr("Who approved “{title}”?").format(title=labels.shown(row.title)),
                head,
                choices=[head, *staff],
                required=True,
                parent=self.widget,
            )
            if not dialogs.run_dialog(prompt):
                return None
            name = prompt.value()
        elif target == "returned":
            prompt = TextPrompt(
                self.tr("Return for rework"),
                self.tr("What should be changed in “{title}”?").format(
                    title=labels.shown(row.title)
                ),
                multiline=True,
                required=True,
                parent=self.widget,
            )
            if not dialogs.run_dialog(prompt):
                return None
            comment = prompt.value()
        elif target == "published":
            prompt = TextPrompt(
                self.tr("Mark published"),
                self.tr("Link to the publication (may be left empty):"),
                parent=self.widget,
            )
            if not dialogs.run_dialog(prompt):
                return None
            link = prompt.value()
        elif target == "cancelled" and not dialogs.question(
            self.widget,
            self.tr("Cancel the item"),
            self.tr("Cancel “{title}”? It stays in the plan, marked cancelled.").format(
                title=labels.shown(row.title)
            ),
            self.tr("Cancel the item"),
            self.tr("Keep it"),
        ):
            return None
        try:
            item = self.stored(
                row, self.tr("“{title}” repeats. Change the status of the {date} occurrence only?")
            )
            if item is None:
                return None
            return change_status(
                self.db, item.id, target, by_name=name, comment=comment, published_link=link
            )
        except (PlanError, PlanNotFound) as exc:
            self.refused(exc)
            return None

    def copy(self, row: PlanItemRow, days: int) -> PlanItemRow | None:
        """Copy an item ``days`` later as a new draft."""
        try:
            occurrence = row.date if row.virtual else None
            return copy_item(
                self.db, row.id, days=days, occurrence=occurrence, by_name=self.by_name()
            )
        except (PlanError, PlanNotFound) as exc:
            self.refused(exc)
            return None

    def delete(self, row: PlanItemRow) -> bool:
        """Delete an item after asking; for a series occurrence, offer to leave out that day."""
        try:
            if row.virtual and row.original_date is not None:
                answer = dialogs.choice(
                    self.widget,
                    self.tr("Delete a repeating item"),
                    self.tr(
                        "“{title}” repeats. Leave out only {date}, or delete the series?"
                    ).format(title=labels.shown(row.title), date=labels.date_text(row.date)),
                    [
                        ("one", self.tr("Leave out this date")),
                        ("series", self.tr("Delete the whole series")),
                        ("cancel", self.tr("Cancel")),
                    ],
                    kind="warning",
                    default="one",
                    escape="cancel",
                )
                if answer == "cancel":
                    return False
                if answer == "one":
                    skip_occurrence(self.db, row.id, row.original_date, by_name=self.by_name())
                    return True
            elif not dialogs.question(
                self.widget,
                self.tr("Delete the item"),
                (
                    self.tr("Delete “{title}” and its history? You can undo it with Ctrl+Z.")
                    if self.undoable
                    else self.tr("Delete “{title}” and its history? This cannot be undone.")
                ).format(title=labels.shown(row.title)),
                self.tr("Delete"),
                self.tr("Keep it"),
            ):
                return False
            delete_item(self.db, row.id)
            return True
        except (PlanError, PlanNotFound) as exc:
            self.refused(exc)
            return False
