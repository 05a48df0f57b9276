"""The interface's own names of equipment categories, conditions and history entries."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import labels_of, namer

_CONTEXT = "InventoryLabels"

CATEGORIES: dict[str, str] = {
    "computer": QT_TRANSLATE_NOOP("InventoryLabels", "Computer"),
    "laptop": QT_TRANSLATE_NOOP("InventoryLabels", "Laptop"),
    "phone": QT_TRANSLATE_NOOP("InventoryLabels", "Phone"),
    "photo_camera": QT_TRANSLATE_NOOP("InventoryLabels", "Photo camera"),
    "video_camera": QT_TRANSLATE_NOOP("InventoryLabels", "Video camera"),
    "microphone": QT_TRANSLATE_NOOP("InventoryLabels", "Microphone"),
    "lapel_microphone": QT_TRANSLATE_NOOP("InventoryLabels", "Lapel microphone"),
    "audio_recorder": QT_TRANSLATE_NOOP("InventoryLabels", "Audio recorder"),
    "lighting": QT_TRANSLATE_NOOP("InventoryLabels", "Lighting"),
    "tripod": QT_TRANSLATE_NOOP("InventoryLabels", "Tripod, stabiliser"),
    "printer": QT_TRANSLATE_NOOP("InventoryLabels", "Printer"),
    "projector": QT_TRANSLATE_NOOP("InventoryLabels", "Projector"),
    "display": QT_TRANSLATE_NOOP("InventoryLabels", "Display, panel"),
    "editing_station": QT_TRANSLATE_NOOP("InventoryLabels", "Editing station"),
    "storage_drive": QT_TRANSLATE_NOOP("InventoryLabels", "Storage drive"),
    "network": QT_TRANSLATE_NOOP("InventoryLabels", "Network equipment"),
    "press_vest": QT_TRANSLATE_NOOP("InventoryLabels", "Press vest"),
    "software_licence": QT_TRANSLATE_NOOP("InventoryLabels", "Software licence"),
    "subscription": QT_TRANSLATE_NOOP("InventoryLabels", "Subscription"),
    "other": QT_TRANSLATE_NOOP("InventoryLabels", "Other"),
}

CONDITIONS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("InventoryLabels", "New"),
    "good": QT_TRANSLATE_NOOP("InventoryLabels", "Good"),
    "needs_repair": QT_TRANSLATE_NOOP("InventoryLabels", "Needs repair"),
    "broken": QT_TRANSLATE_NOOP("InventoryLabels", "Broken"),
    "written_off": QT_TRANSLATE_NOOP("InventoryLabels", "Written off"),
}

ACTIONS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("InventoryLabels", "Registered"),
    "check_out": QT_TRANSLATE_NOOP("InventoryLabels", "Handed out"),
    "check_in": QT_TRANSLATE_NOOP("InventoryLabels", "Returned"),
    "condition": QT_TRANSLATE_NOOP("InventoryLabels", "Condition changed"),
    "edited": QT_TRANSLATE_NOOP("InventoryLabels", "Details changed"),
}

# What the item editor calls each field; also names the field in a refusal.
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("InventoryLabels", "Name"),
    "category": QT_TRANSLATE_NOOP("InventoryLabels", "Category"),
    "inventory_number": QT_TRANSLATE_NOOP("InventoryLabels", "Inventory number"),
    "serial_number": QT_TRANSLATE_NOOP("InventoryLabels", "Serial number"),
    "model": QT_TRANSLATE_NOOP("InventoryLabels", "Model"),
    "purchase_date": QT_TRANSLATE_NOOP("InventoryLabels", "Purchase date"),
    "cost": QT_TRANSLATE_NOOP("InventoryLabels", "Cost, som"),
    "funding_source": QT_TRANSLATE_NOOP("InventoryLabels", "Funding source"),
    "condition": QT_TRANSLATE_NOOP("InventoryLabels", "Condition"),
    "location": QT_TRANSLATE_NOOP("InventoryLabels", "Location"),
    "custodian_name": QT_TRANSLATE_NOOP("InventoryLabels", "Custodian"),
    "custodian_id": QT_TRANSLATE_NOOP("InventoryLabels", "Custodian"),
    "notes": QT_TRANSLATE_NOOP("InventoryLabels", "Notes"),
    "photo_path": QT_TRANSLATE_NOOP("InventoryLabels", "Photo"),
    "person": QT_TRANSLATE_NOOP("InventoryLabels", "Person"),
    "staff_id": QT_TRANSLATE_NOOP("InventoryLabels", "Person"),
    "happened_on": QT_TRANSLATE_NOOP("InventoryLabels", "Date"),
    "due_on": QT_TRANSLATE_NOOP("InventoryLabels", "Return by"),
    "item": QT_TRANSLATE_NOOP("InventoryLabels", "Item"),
    "quantity": QT_TRANSLATE_NOOP("InventoryLabels", "Quantity"),
}


#: The category's name in the interface language.
category = namer(_CONTEXT, CATEGORIES)
#: The condition's name in the interface language.
condition = namer(_CONTEXT, CONDITIONS)
#: The name of a history entry's kind.
action = namer(_CONTEXT, ACTIONS)
#: The label of an item field.
field = namer(_CONTEXT, FIELDS)
#: Every field's label, for naming fields in a refusal.
field_labels = labels_of(_CONTEXT, FIELDS)


#: How the service notes an item created by an import: the prefix, then the file's name.
_IMPORTED = "imported from "
_IMPORTED_TEXT = QT_TRANSLATE_NOOP("InventoryLabels", "imported from {file}")

_CHANGE = re.compile(r"^(?P<old>[a-z_]+) → (?P<new>[a-z_]+)(?P<rest>: .*)?$", re.DOTALL)


def history_note(action_code: str, note: str) -> str:
    """Return a history note with condition codes and field names in the interface language."""
    if action_code == "condition":
        found = _CHANGE.match(note)
        if found:
            return f"{condition(found['old'])} → {condition(found['new'])}{found['rest'] or ''}"
    if action_code == "created" and note.startswith(_IMPORTED):
        text = QCoreApplication.translate(_CONTEXT, _IMPORTED_TEXT)
        return text.format(file=note.removeprefix(_IMPORTED))
    if action_code == "edited":
        parts = []
        for part in note.split(", "):
            if part.startswith("custodian: "):
                parts.append(f"{field('custodian_name')}: {part.removeprefix('custodian: ')}")
            else:
                parts.append(field(part) if part in FIELDS else part)
        return ", ".join(parts)
    return note
