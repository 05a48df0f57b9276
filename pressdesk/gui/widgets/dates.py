"""Show dates as 25.11.2026 and times as 14:30 in every language, in views and in date fields."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from pressdesk import clock

#: The one form of a date, a time and both, whatever the interface language.
DATE_FORMAT = "dd.MM.yyyy"
TIME_FORMAT = "HH:mm"
DATETIME_FORMAT = f"{DATE_FORMAT} {TIME_FORMAT}"

_PY_DATE = "%d.%m.%Y"
_PY_TIME = "%H:%M"

EditT = TypeVar("EditT", bound=QDateTimeEdit)


def date_text(day: dt.date | None, *, weekday: bool = False, short: bool = False) -> str:
    """Return ``day`` as 25.11.2026 ("" for None); ``weekday`` adds its short name.

    ``short`` leaves out the year of a date in the current year (25.11), for narrow columns.
    """
    if day is None:
        return ""
    text = day.strftime("%d.%m" if short and day.year == clock.today().year else _PY_DATE)
    if weekday:
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        text = f"{text}, {name}"
    return text


def time_text(value: dt.time | dt.datetime | None) -> str:
    """Return a time of day as 14:30 ("" for None)."""
    return "" if value is None else value.strftime(_PY_TIME)


def datetime_text(moment: dt.datetime | None) -> str:
    """Return a date and time as 25.11.2026 14:30 ("" for None), as stored (no zone change)."""
    return "" if moment is None else moment.strftime(f"{_PY_DATE} {_PY_TIME}")


def local_time_text(moment: dt.datetime | None) -> str:
    """Return a moment stored in UTC as the local date and time, 25.11.2026 14:30."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return datetime_text(moment.astimezone())


def qdate(day: dt.date) -> QDate:
    """Return ``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """Return a QDate as a date."""
    return dt.date(day.year(), day.month(), day.day())


def pytime(value: QTime) -> dt.time:
    """Return a QTime as a time of day (to the minute)."""
    return dt.time(value.hour(), value.minute())


def qdatetime(moment: dt.datetime) -> QDateTime:
    """Return a datetime as a QDateTime (to the minute)."""
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def pydatetime(moment: QDateTime) -> dt.datetime:
    """Return a QDateTime as a datetime (to the minute)."""
    return dt.datetime.combine(pydate(moment.date()), pytime(moment.time()))


def display_format(edit: QDateTimeEdit) -> str:
    """Return the display format a date, time or date-and-time field should have."""
    if isinstance(edit, QTimeEdit):
        return TIME_FORMAT
    if isinstance(edit, QDateEdit):
        return DATE_FORMAT
    return DATETIME_FORMAT


def set_format(edit: EditT, *, popup: bool = True) -> EditT:
    """Give ``edit`` the one display format (and a calendar for dates); return it."""
    edit.setDisplayFormat(display_format(edit))
    if popup and not isinstance(edit, QTimeEdit):
        edit.setCalendarPopup(True)
    return edit


def date_edit(value: dt.date | None = None, *, popup: bool = True) -> QDateEdit:
    """Return a date field shown as 25.11.2026, set to ``value`` or today."""
    edit = set_format(QDateEdit(), popup=popup)
    edit.setDate(qdate(value or clock.today()))
    return edit


def datetime_edit(value: dt.datetime | None = None) -> QDateTimeEdit:
    """Return a date-and-time field shown as 25.11.2026 14:30, set to ``value`` if given."""
    edit = set_format(QDateTimeEdit())
    if value is not None:
        edit.setDateTime(qdatetime(value))
    return edit


def time_edit() -> QTimeEdit:
    """Return a time field shown as 14:30."""
    return set_format(QTimeEdit())
