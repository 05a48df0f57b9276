"""Translated names of plan statuses, formats, languages and flags, and their colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit

from pressdesk.bilingual import Bi
from pressdesk.documents.locale import check_lang
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP, current_language
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.bilingual import BiLineEdit, BiTextEdit, first_language
from pressdesk.services.plan.periods import Period
from pressdesk.storage.plan_models import PLAN_FORMATS, PLAN_LANGUAGES, PLAN_STATUSES

_CONTEXT = "PlanLabels"

_STATUS = {
    "idea": QT_TRANSLATE_NOOP("PlanLabels", "Idea"),
    "draft": QT_TRANSLATE_NOOP("PlanLabels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("PlanLabels", "Sent for approval"),
    "approved": QT_TRANSLATE_NOOP("PlanLabels", "Approved"),
    "returned": QT_TRANSLATE_NOOP("PlanLabels", "Returned"),
    "published": QT_TRANSLATE_NOOP("PlanLabels", "Published"),
    "cancelled": QT_TRANSLATE_NOOP("PlanLabels", "Cancelled"),
}

# What the button that moves an item into each status says.
_ACTION = {
    "idea": QT_TRANSLATE_NOOP("PlanLabels", "Back to ideas"),
    "draft": QT_TRANSLATE_NOOP("PlanLabels", "Back to draft"),
    "sent": QT_TRANSLATE_NOOP("PlanLabels", "Send for approval"),
    "approved": QT_TRANSLATE_NOOP("PlanLabels", "Approve…"),
    "returned": QT_TRANSLATE_NOOP("PlanLabels", "Return for rework…"),
    "published": QT_TRANSLATE_NOOP("PlanLabels", "Mark published…"),
    "cancelled": QT_TRANSLATE_NOOP("PlanLabels", "Cancel the item…"),
}

# Steps whose button reads differently from the plain move into the status.
_ACTION_FROM = {
    ("idea", "draft"): QT_TRANSLATE_NOOP("PlanLabels", "Make it a draft"),
    ("returned", "sent"): QT_TRANSLATE_NOOP("PlanLabels", "Send for approval again"),
    ("cancelled", "idea"): QT_TRANSLATE_NOOP("PlanLabels", "Restore as an idea"),
    ("cancelled", "draft"): QT_TRANSLATE_NOOP("PlanLabels", "Restore as a draft"),
}

_FORMAT = {
    "press_release": QT_TRANSLATE_NOOP("PlanLabels", "Press release"),
    "news": QT_TRANSLATE_NOOP("PlanLabels", "News"),
    "article": QT_TRANSLATE_NOOP("PlanLabels", "Article"),
    "interview": QT_TRANSLATE_NOOP("PlanLabels", "Interview"),
    "comment": QT_TRANSLATE_NOOP("PlanLabels", "Comment or statement"),
    "post": QT_TRANSLATE_NOOP("PlanLabels", "Post"),
    "photo_report": QT_TRANSLATE_NOOP("PlanLabels", "Photo report"),
    "video": QT_TRANSLATE_NOOP("PlanLabels", "Video"),
    "live": QT_TRANSLATE_NOOP("PlanLabels", "Live broadcast"),
    "speech": QT_TRANSLATE_NOOP("PlanLabels", "Speech"),
    "greeting": QT_TRANSLATE_NOOP("PlanLabels", "Greeting text"),
    "bulletin": QT_TRANSLATE_NOOP("PlanLabels", "Information bulletin"),
    "reference_note": QT_TRANSLATE_NOOP("PlanLabels", "Reference note"),
    "other": QT_TRANSLATE_NOOP("PlanLabels", "Other"),
}

_LANGUAGE = {
    "ky": QT_TRANSLATE_NOOP("PlanLabels", "Kyrgyz"),
    "ru": QT_TRANSLATE_NOOP("PlanLabels", "Russian"),
    "both": QT_TRANSLATE_NOOP("PlanLabels", "Kyrgyz and Russian"),
    "other": QT_TRANSLATE_NOOP("PlanLabels", "Other language"),
}

_LANGUAGE_SHORT = {
    "ky": QT_TRANSLATE_NOOP("PlanLabels", "KY"),
    "ru": QT_TRANSLATE_NOOP("PlanLabels", "RU"),
    "both": QT_TRANSLATE_NOOP("PlanLabels", "KY+RU"),
    "other": QT_TRANSLATE_NOOP("PlanLabels", "other"),
}

_FLAG = {
    "overdue": QT_TRANSLATE_NOOP("PlanLabels", "Approved, but the day has passed unpublished"),
    "waiting": QT_TRANSLATE_NOOP("PlanLabels", "Waiting for approval longer than {days} days"),
}

# The same warnings as a list column shows them; the whole sentence is in the tooltip.
_FLAG_SHORT = {
    "overdue": QT_TRANSLATE_NOOP("PlanLabels", "Overdue"),
    "waiting": QT_TRANSLATE_NOOP("PlanLabels", "Long wait"),
}

_FIELD = {
    "date": QT_TRANSLATE_NOOP("PlanLabels", "date"),
    "title": QT_TRANSLATE_NOOP("PlanLabels", "title"),
    "time": QT_TRANSLATE_NOOP("PlanLabels", "time"),
    "duration_minutes": QT_TRANSLATE_NOOP("PlanLabels", "duration"),
    "topic": QT_TRANSLATE_NOOP("PlanLabels", "news hook"),
    "audience": QT_TRANSLATE_NOOP("PlanLabels", "audience"),
    "format": QT_TRANSLATE_NOOP("PlanLabels", "format"),
    "channels": QT_TRANSLATE_NOOP("PlanLabels", "channels"),
    "outlets": QT_TRANSLATE_NOOP("PlanLabels", "outlets"),
    "language": QT_TRANSLATE_NOOP("PlanLabels", "language"),
    "responsible_id": QT_TRANSLATE_NOOP("PlanLabels", "responsible"),
    "campaign_id": QT_TRANSLATE_NOOP("PlanLabels", "campaign"),
    "notes": QT_TRANSLATE_NOOP("PlanLabels", "notes"),
    "file_links": QT_TRANSLATE_NOOP("PlanLabels", "file links"),
    "published_links": QT_TRANSLATE_NOOP("PlanLabels", "published links"),
    "rrule": QT_TRANSLATE_NOOP("PlanLabels", "repeat rule"),
    "exdates": QT_TRANSLATE_NOOP("PlanLabels", "left-out dates"),
}

_WEEK_TITLE = QT_TRANSLATE_NOOP("PlanLabels", "Week {week}: {span}")
_DECADE_TITLE = QT_TRANSLATE_NOOP("PlanLabels", "Ten days: {span}")

STATUS_COLOURS: dict[str, str] = {
    "idea": "#9aa3ad",
    "draft": "#5b7a99",
    "sent": "#e0a100",
    "approved": "#2e8b57",
    "returned": "#d2572b",
    "published": "#2f6fbf",
    "cancelled": "#b9bec4",
}
FLAG_COLOURS: dict[str, str] = {"overdue": "#c62828", "waiting": "#e07b00"}
#: The mark of a plan item that publications cover.
COVERED_COLOUR = "#2e7d32"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_name(status: str) -> str:
    """Return the name of a workflow status."""
    return _t(_STATUS.get(status, status))


def action_name(target: str, current: str = "") -> str:
    """Return the button text that moves an item from ``current`` into ``target``."""
    return _t(_ACTION_FROM.get((current, target)) or _ACTION.get(target, target))


def format_name(fmt: str) -> str:
    """Return the name of a content format."""
    return _t(_FORMAT.get(fmt, fmt))


def language_name(language: str, *, short: bool = False) -> str:
    """Return the name of an item's language (``short``: KY, RU, KY+RU)."""
    table = _LANGUAGE_SHORT if short else _LANGUAGE
    return _t(table.get(language, language))


def flag_text(flag: str, wait_days: int, *, short: bool = False) -> str:
    """Return the warning of an item flag (``short``: one or two words for a list column)."""
    table = _FLAG_SHORT if short else _FLAG
    return _t(table.get(flag, flag)).format(days=wait_days)


def field_name(name: str) -> str:
    """Return the name of an item field as the history shows it."""
    return _t(_FIELD.get(name, name))


def statuses() -> list[tuple[str, str]]:
    """Return (code, name) of every status in workflow order."""
    return [(code, status_name(code)) for code in PLAN_STATUSES]


def formats() -> list[tuple[str, str]]:
    """Return (code, name) of every format."""
    return [(code, format_name(code)) for code in PLAN_FORMATS]


def languages() -> list[tuple[str, str]]:
    """Return (code, name) of every item language."""
    return [(code, language_name(code)) for code in PLAN_LANGUAGES]


def status_colour(status: str) -> QColor:
    """Return the colour that marks ``status``."""
    return QColor(STATUS_COLOURS.get(status, "#9aa3ad"))


def shown(value: Bi) -> str:
    """A two-language text as screens show it: in the interface language, else the other."""
    return value.text(first_language())


def put(field: BiLineEdit | BiTextEdit, value: Bi) -> None:
    """Show ``value`` in a two-language field, each line from its start."""
    field.setValue(value)
    for lang in ("ky", "ru"):
        editor = field.editor(lang)
        if isinstance(editor, QLineEdit):
            editor.setCursorPosition(0)


def doc_language() -> str:
    """Return the document language closest to the interface: Kyrgyz or Russian."""
    return "ky" if current_language() == "ky" else "ru"


def period_title(period: Period) -> str:
    """Return the period's name in the interface language."""
    lang = current_language()
    if lang in ("ky", "ru"):
        return period.label(check_lang(lang))
    locale = QLocale()
    start, end = qdate(period.start), qdate(period.end)
    if period.kind == "month":
        return locale.toString(start, "MMMM yyyy")
    span = f"{locale.toString(start, 'd MMM')} – {locale.toString(end, 'd MMM yyyy')}"
    if period.kind == "week":
        return _t(_WEEK_TITLE).format(week=period.start.isocalendar()[1], span=span)
    if period.kind == "decade":
        return _t(_DECADE_TITLE).format(span=span)
    return span


# Dates are shown in one form in every section; the section's modules find them here too.
qdate = dates.qdate
pydate = dates.pydate
pytime = dates.pytime
date_text = dates.date_text
local_time_text = dates.local_time_text
