"""The interface's names of inquiry channels, kinds, statuses, outcomes and history steps."""

from __future__ import annotations

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import namer

_CONTEXT = "InquiryLabels"

CHANNELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("InquiryLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("InquiryLabels", "E-mail"),
    "telegram": QT_TRANSLATE_NOOP("InquiryLabels", "Telegram"),
    "whatsapp": QT_TRANSLATE_NOOP("InquiryLabels", "WhatsApp"),
    "in_person": QT_TRANSLATE_NOOP("InquiryLabels", "In person"),
    "letter": QT_TRANSLATE_NOOP("InquiryLabels", "Letter"),
    "written": QT_TRANSLATE_NOOP("InquiryLabels", "Written request"),
}
KINDS: dict[str, str] = {
    "comment": QT_TRANSLATE_NOOP("InquiryLabels", "Comment"),
    "interview": QT_TRANSLATE_NOOP("InquiryLabels", "Interview"),
    "data": QT_TRANSLATE_NOOP("InquiryLabels", "Data, figures"),
    "filming": QT_TRANSLATE_NOOP("InquiryLabels", "Filming"),
    "accreditation": QT_TRANSLATE_NOOP("InquiryLabels", "Accreditation"),
    "written_request": QT_TRANSLATE_NOOP("InquiryLabels", "Request for information"),
}
STATUSES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("InquiryLabels", "New"),
    "assigned": QT_TRANSLATE_NOOP("InquiryLabels", "With the unit"),
    "sent": QT_TRANSLATE_NOOP("InquiryLabels", "Sent for approval"),
    "returned": QT_TRANSLATE_NOOP("InquiryLabels", "Returned with comments"),
    "approved": QT_TRANSLATE_NOOP("InquiryLabels", "Approved"),
    "answered": QT_TRANSLATE_NOOP("InquiryLabels", "Answered"),
}
#: The buttons that move an inquiry to a status.
STEPS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("InquiryLabels", "Back to new"),
    "assigned": QT_TRANSLATE_NOOP("InquiryLabels", "Give to the unit"),
    "sent": QT_TRANSLATE_NOOP("InquiryLabels", "Send for approval"),
    "returned": QT_TRANSLATE_NOOP("InquiryLabels", "Return with comments"),
    "approved": QT_TRANSLATE_NOOP("InquiryLabels", "Approve"),
}
OUTCOMES: dict[str, str] = {
    "answered": QT_TRANSLATE_NOOP("InquiryLabels", "Answered in full"),
    "partly": QT_TRANSLATE_NOOP("InquiryLabels", "Answered in part"),
    "refused": QT_TRANSLATE_NOOP("InquiryLabels", "Refused"),
    "redirected": QT_TRANSLATE_NOOP("InquiryLabels", "Redirected"),
}
EVENTS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("InquiryLabels", "Registered"),
    "edit": QT_TRANSLATE_NOOP("InquiryLabels", "Changed"),
    "answer": QT_TRANSLATE_NOOP("InquiryLabels", "Answer sent"),
}
#: Where a row stands against its deadline.
STATES: dict[str, str] = {
    "overdue": QT_TRANSLATE_NOOP("InquiryLabels", "Overdue"),
    "today": QT_TRANSLATE_NOOP("InquiryLabels", "Due today"),
    "soon": QT_TRANSLATE_NOOP("InquiryLabels", "Due soon"),
}

channel_name = namer(_CONTEXT, CHANNELS)
kind_name = namer(_CONTEXT, KINDS)
status_name = namer(_CONTEXT, STATUSES)
step_name = namer(_CONTEXT, STEPS)
outcome_name = namer(_CONTEXT, OUTCOMES)
state_name = namer(_CONTEXT, STATES)
_event_name = namer(_CONTEXT, EVENTS)


def event_name(kind: str, new_value: str) -> str:
    """Name a step of the history: a status reached, or what was done."""
    if kind == "status" and new_value in STATUSES:
        return status_name(new_value)
    return _event_name(kind) if kind in EVENTS else kind
