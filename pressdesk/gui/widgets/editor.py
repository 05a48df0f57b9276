"""The base of every record editor: a form, Save and Cancel, problems shown at the field,
and a question before changes are thrown away."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.ask_dialog import column
from pressdesk.gui.widgets.conflict import ask_changed_meanwhile
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.validation import NotFound, ValidationError

translate = QCoreApplication.translate

#: The look of a field the services refused; its tooltip says why.
INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"


def discard_confirmed(form: QWidget) -> bool:
    """Ask whether to close ``form`` without saving what was changed in it; True to close."""
    return dialogs.question(
        form,
        form.windowTitle(),
        translate("RecordEditor", "Close without saving the changes?"),
        yes=translate("RecordEditor", "Discard the changes"),
        no=translate("RecordEditor", "Keep editing"),
        default_yes=False,
    )


class RecordEditor(QDialog):
    """A dialog that edits one record: build the form with :meth:`add_field`, then call
    :meth:`finish`; a subclass gives :meth:`value` (what the form holds) and :meth:`store`
    (save it through the services and return what was saved).

    Save keeps the dialog open when the services refuse: each refused field is marked and
    says why in its tooltip, and one message lists them all. Cancel, Esc and closing the
    window ask before changes are thrown away. An editor with its own way of saving
    overrides :meth:`save` instead of :meth:`store`.

    A save refused because a colleague changed the record meanwhile names what they changed
    and offers their version, saving over it, or going back to editing, when the editor gives
    :meth:`stored_now`, :meth:`record_read`, :meth:`show_stored` and :meth:`take_version`;
    otherwise it is refused with a plain message.
    """

    #: What the last Save stored.
    saved: Any = None
    # The attribute holding the record as read (a dataclass with ``row_version``), for the
    # question when a colleague saved it meanwhile.
    read_attribute = "row"

    def __init__(
        self,
        title: str,
        name: str,
        parent: QWidget | None = None,
        *,
        labels: dict[str, str] | None = None,
        describe: Callable[[ValidationError, dict[str, str]], str] | None = None,
        save_text: str = "",
        cancel_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.labels = labels or {}
        self.describe = describe
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text or translate("RecordEditor", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            cancel_text or translate("RecordEditor", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._clean: object = None

    # --- building -----------------------------------------------------------------------------

    def add_field(
        self,
        field: str,
        editor: QWidget | QLayout,
        label: str = "",
        form: QFormLayout | None = None,
    ) -> None:
        """Add a labelled row (to ``form``, or the editor's own); a widget is marked when the
        services refuse ``field``."""
        text = label or self.labels.get(field, field)
        (form or self.form).addRow(text if text.endswith(":") else text + ":", editor)
        if isinstance(editor, QWidget):
            self.fields[field] = editor

    def finish(self, *below: QWidget | QLayout, min_width: int = 560) -> None:
        """Lay out the form, anything ``below`` it and the buttons; remember the state."""
        column(self, self.form, *((part, 1) for part in below), self.buttons)
        self.setMinimumWidth(min_width)
        self.mark_clean()

    # --- what a section gives -----------------------------------------------------------------

    def value(self) -> object:
        """Return the record as the form holds it."""
        raise NotImplementedError

    def store(self) -> object:
        """Save the record through the services; return what was saved."""
        raise NotImplementedError

    def gone_text(self) -> str:
        """Return what to say when the record was deleted meanwhile."""
        return translate("RecordEditor", "The record has been deleted meanwhile.")

    # --- the dirty check ----------------------------------------------------------------------

    def snapshot(self) -> object:
        """Return what the dirty check compares: the record the form holds."""
        try:
            return self.value()
        except ValidationError as exc:  # an unreadable field is a change too
            return repr(exc.problems)

    def mark_clean(self) -> None:
        """Take the form as it is now as unchanged."""
        self._clean = self.snapshot()

    def is_dirty(self) -> bool:
        """Return True if the form differs from what was loaded or saved."""
        return self.snapshot() != self._clean

    def reject(self) -> None:
        """Close without saving; ask first if anything was changed."""
        if self.is_dirty() and not discard_confirmed(self):
            return
        super().reject()

    # --- saving -------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save and close; stay open when the record cannot be saved."""
        if self.save():
            self.mark_clean()
            super().accept()

    def save(self) -> bool:
        """Store the record; on a refusal mark the fields, name them and return False."""
        self.clear_problems()
        try:
            self.saved = self.store()
        except ValidationError as exc:
            self.show_problems(exc)
            return False
        except NotFound:
            dialogs.warning(self, translate("RecordEditor", "Not saved"), self.gone_text())
            return False
        except ChangedMeanwhile as exc:
            return self.on_changed_meanwhile(exc)
        return True

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def refused_heading(self) -> str:
        """Return the heading of the question when a colleague's change refused a save."""
        return translate("RecordEditor", "Not saved")

    def stored_now(self) -> Any:
        """Return the record as stored now (raise LookupError if it was deleted), or None when
        this editor cannot show a colleague's version and refuses plainly."""
        return None

    def record_read(self) -> Any:
        """Return the record as this editor read it (the attribute ``read_attribute``), to
        compare with the stored one."""
        return getattr(self, self.read_attribute)

    def show_stored(self, stored: Any) -> None:
        """Show ``stored`` in the form and take it as the record read."""
        raise NotImplementedError

    def take_version(self, stored: Any) -> None:
        """Let the next save go over ``stored``: take its row version as the one read."""
        read = self.record_read()
        if read is not None:
            setattr(self, self.read_attribute, replace(read, row_version=stored.row_version))

    def changed_labels(self) -> Mapping[str, str]:
        """Return the record's fields with the names the form gives them, without colons."""
        return {field: label.rstrip(":") for field, label in self.labels.items()}

    def on_changed_meanwhile(self, exc: ChangedMeanwhile) -> bool:
        """Someone saved the record after it was read here: say what they changed and let the
        user see their version, save this one over it, or go back to editing."""
        heading = self.refused_heading()
        try:
            stored = self.stored_now()
        except LookupError:
            dialogs.warning(self, heading, self.gone_text())
            return False
        if stored is None:
            dialogs.warning(self, heading, error_text(exc))
            return False
        answer = ask_changed_meanwhile(
            self, heading, self.record_read(), stored, self.changed_labels()
        )
        if answer == "theirs":
            self.clear_problems()
            self.show_stored(stored)
            self.mark_clean()
        elif answer == "mine":
            self.take_version(stored)
            return self.save()
        return False

    def clear_problems(self) -> None:
        """Take the marks of a previous refusal away."""
        for widget in self.fields.values():
            if widget.property("problem"):
                widget.setProperty("problem", None)
                widget.setStyleSheet("")
                widget.setToolTip("")

    def show_problems(self, exc: ValidationError) -> None:
        """Mark each refused field, put the cursor in the first, and list them all."""
        text = self.describe(exc, self.labels) if self.describe else str(exc)
        lines = text.splitlines()
        first: QWidget | None = None
        for number, problem in enumerate(exc.problems):
            widget = self.fields.get(problem.field)
            if widget is None:
                continue
            widget.setProperty("problem", True)
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(lines[number] if number < len(lines) else text)
            first = first or widget
        if first is not None:
            first.setFocus()
        dialogs.warning(self, translate("RecordEditor", "Not saved"), text)
