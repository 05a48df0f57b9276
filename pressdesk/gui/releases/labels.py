"""The interface's names of release kinds, statuses, steps and channels."""

from __future__ import annotations

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import namer

_CONTEXT = "ReleaseLabels"

KINDS: dict[str, str] = {
    "press_release": QT_TRANSLATE_NOOP("ReleaseLabels", "Press release"),
    "information": QT_TRANSLATE_NOOP("ReleaseLabels", "Information message"),
    "media_advisory": QT_TRANSLATE_NOOP("ReleaseLabels", "Media advisory"),
    "statement": QT_TRANSLATE_NOOP("ReleaseLabels", "Statement"),
    "fact_sheet": QT_TRANSLATE_NOOP("ReleaseLabels", "Fact sheet"),
}
STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("ReleaseLabels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("ReleaseLabels", "Sent for approval"),
    "returned": QT_TRANSLATE_NOOP("ReleaseLabels", "Returned with comments"),
    "approved": QT_TRANSLATE_NOOP("ReleaseLabels", "Approved"),
    "distributed": QT_TRANSLATE_NOOP("ReleaseLabels", "Sent out"),
}
#: What a step of the history says happened, by its kind or the status it reached.
EVENTS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("ReleaseLabels", "Created"),
    "edit": QT_TRANSLATE_NOOP("ReleaseLabels", "Text changed"),
    "draft": QT_TRANSLATE_NOOP("ReleaseLabels", "Returned to draft"),
    "sent": QT_TRANSLATE_NOOP("ReleaseLabels", "Sent for approval"),
    "returned": QT_TRANSLATE_NOOP("ReleaseLabels", "Returned with comments"),
    "approved": QT_TRANSLATE_NOOP("ReleaseLabels", "Approved"),
    "distributed": QT_TRANSLATE_NOOP("ReleaseLabels", "Sent out"),
}
CHANNELS: dict[str, str] = {
    "website": QT_TRANSLATE_NOOP("ReleaseLabels", "Website"),
    "facebook": QT_TRANSLATE_NOOP("ReleaseLabels", "Facebook"),
    "instagram": QT_TRANSLATE_NOOP("ReleaseLabels", "Instagram"),
    "telegram": QT_TRANSLATE_NOOP("ReleaseLabels", "Telegram"),
}

#: The kind's name in the interface language.
kind_name = namer(_CONTEXT, KINDS)
#: The status's name in the interface language.
status_name = namer(_CONTEXT, STATUSES)
#: A history step's name in the interface language.
event_name = namer(_CONTEXT, EVENTS)
#: A channel's name.
channel_name = namer(_CONTEXT, CHANNELS)
