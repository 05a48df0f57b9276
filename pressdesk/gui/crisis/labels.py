"""The interface's names of working-group roles and of inquiry statuses in the crisis view."""

from __future__ import annotations

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import namer

_CONTEXT = "CrisisLabels"

ROLES: dict[str, str] = {
    "head": QT_TRANSLATE_NOOP("CrisisLabels", "Head"),
    "press": QT_TRANSLATE_NOOP("CrisisLabels", "Press service"),
    "lawyer": QT_TRANSLATE_NOOP("CrisisLabels", "Lawyer"),
    "unit": QT_TRANSLATE_NOOP("CrisisLabels", "Structural unit"),
}
INQUIRY_STATUSES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("CrisisLabels", "New"),
    "assigned": QT_TRANSLATE_NOOP("CrisisLabels", "Being prepared"),
    "sent": QT_TRANSLATE_NOOP("CrisisLabels", "Sent for approval"),
    "returned": QT_TRANSLATE_NOOP("CrisisLabels", "Returned with comments"),
    "approved": QT_TRANSLATE_NOOP("CrisisLabels", "Approved"),
    "answered": QT_TRANSLATE_NOOP("CrisisLabels", "Answered"),
}

#: A working-group role's name in the interface language.
role_name = namer(_CONTEXT, ROLES)
#: An inquiry status's name in the interface language.
inquiry_status_name = namer(_CONTEXT, INQUIRY_STATUSES)
