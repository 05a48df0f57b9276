"""What an editor says when the record it saves was changed by someone else meanwhile.

It names the fields that differ between the copy the editor read and the record as stored now,
in the words of the editor's form, and lets the user look at the other version, save theirs
over it, or go back to editing.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pressdesk.gui import dialogs

translate = QCoreApplication.translate


def changed_fields(read: object, current: object, labels: Mapping[str, str]) -> list[str]:
    """The labels of the fields whose values differ, each once, in the order of ``labels``.

    Only fields both copies have are compared: a label for something else (a field a refusal
    may name, a part of the form the record lacks) is passed over.
    """
    names: list[str] = []
    for field, label in labels.items():
        if not (hasattr(read, field) and hasattr(current, field)):
            continue
        if getattr(read, field) != getattr(current, field) and label not in names:
            names.append(label)
    return names


def ask_changed_meanwhile(
    parent: QWidget, heading: str, read: object, current: object, labels: Mapping[str, str]
) -> str:
    """Ask what to do; return "theirs" (show the stored version), "mine" (save over it) or
    "back" (keep editing, nothing saved)."""
    text = translate("ChangedMeanwhile", "Someone else saved this record while it was open here.")
    names = changed_fields(read, current, labels)
    if names:
        text += "\n\n" + translate("ChangedMeanwhile", "They changed: {fields}.").format(
            fields=", ".join(names)
        )
    return dialogs.choice(
        parent,
        heading,
        text,
        (
            ("theirs", translate("ChangedMeanwhile", "Show their version")),
            ("mine", translate("ChangedMeanwhile", "Save mine over theirs")),
            ("back", translate("ChangedMeanwhile", "Back to editing")),
        ),
        kind="warning",
        default="theirs",
        escape="back",
    )
