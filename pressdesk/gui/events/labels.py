"""Translated names of event types, checklist phases, task states and accreditation statuses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from pressdesk.gui import tones
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.storage.events_models import ACCREDITATION_STATUSES, EVENT_KINDS, PHASES

_CONTEXT = "EventLabels"

_KIND = {
    "press_conference": QT_TRANSLATE_NOOP("EventLabels", "Press conference"),
    "briefing": QT_TRANSLATE_NOOP("EventLabels", "Briefing"),
    "presentation": QT_TRANSLATE_NOOP("EventLabels", "Presentation"),
    "interview": QT_TRANSLATE_NOOP("EventLabels", "Interview"),
    "press_tea": QT_TRANSLATE_NOOP("EventLabels", "Press tea"),
    "press_tour": QT_TRANSLATE_NOOP("EventLabels", "Press tour"),
    "round_table": QT_TRANSLATE_NOOP("EventLabels", "Round table"),
    "business_trip": QT_TRANSLATE_NOOP("EventLabels", "Head's business trip"),
    "live_broadcast": QT_TRANSLATE_NOOP("EventLabels", "Live broadcast"),
    "media_training": QT_TRANSLATE_NOOP("EventLabels", "Training for media"),
    "reception_day": QT_TRANSLATE_NOOP("EventLabels", "Reception day"),
    "crisis": QT_TRANSLATE_NOOP("EventLabels", "Crisis"),
    "internal": QT_TRANSLATE_NOOP("EventLabels", "Internal event"),
    "other": QT_TRANSLATE_NOOP("EventLabels", "Other event"),
}

_PHASE = {
    "before": QT_TRANSLATE_NOOP("EventLabels", "Before"),
    "during": QT_TRANSLATE_NOOP("EventLabels", "During"),
    "after": QT_TRANSLATE_NOOP("EventLabels", "After"),
}

_STATE = {
    "done": QT_TRANSLATE_NOOP("EventLabels", "Done"),
    "open": QT_TRANSLATE_NOOP("EventLabels", "Open"),
    "overdue": QT_TRANSLATE_NOOP("EventLabels", "Overdue"),
}

_STATUS = {
    "requested": QT_TRANSLATE_NOOP("EventLabels", "Requested"),
    "accredited": QT_TRANSLATE_NOOP("EventLabels", "Accredited"),
    "refused": QT_TRANSLATE_NOOP("EventLabels", "Refused"),
    "attended": QT_TRANSLATE_NOOP("EventLabels", "Attended"),
}


def overdue_colour() -> QColor:
    """Return the colour of overdue tasks, readable on the current palette."""
    return tones.text("bad")


def done_colour() -> QColor:
    """Return the colour of done tasks, readable on the current palette."""
    return tones.text("muted")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_name(kind: str) -> str:
    """Return the translated name of an event type."""
    return _t(_KIND[kind]) if kind in _KIND else kind


def phase_name(phase: str) -> str:
    """Return the translated name of a checklist phase."""
    return _t(_PHASE[phase]) if phase in _PHASE else phase


def state_name(state: str) -> str:
    """Return the translated name of a task state."""
    return _t(_STATE[state]) if state in _STATE else state


def status_name(status: str) -> str:
    """Return the translated name of an accreditation status."""
    return _t(_STATUS[status]) if status in _STATUS else status


def kinds() -> list[tuple[str, str]]:
    """Return (code, name) of every event type in the usual order."""
    return [(kind, kind_name(kind)) for kind in EVENT_KINDS]


def phases() -> list[tuple[str, str]]:
    """Return (code, name) of the checklist phases."""
    return [(phase, phase_name(phase)) for phase in PHASES]


def statuses() -> list[tuple[str, str]]:
    """Return (code, name) of the accreditation statuses."""
    return [(status, status_name(status)) for status in ACCREDITATION_STATUSES]


def text_language() -> str:
    """Return which stored text (ky or ru) to show first: the interface language, Kyrgyz
    under the English interface."""
    return first_language()


def when_text(start: dt.datetime, end: dt.datetime) -> str:
    """Format an event's time: one day with a time range, or first and last moment."""
    if start.date() == end.date():
        first, last = dates.time_text(start), dates.time_text(end)
        times = first if start == end else f"{first}–{last}"
        return f"{date_text(start.date(), weekday=True)}, {times}"
    return f"{dates.datetime_text(start)} – {dates.datetime_text(end)}"


# Dates are shown in one form in every section; the section's modules find them here too.
qdate = dates.qdate
pydate = dates.pydate
qdatetime = dates.qdatetime
pydatetime = dates.pydatetime
date_text = dates.date_text
