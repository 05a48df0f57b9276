"""Planning periods: ISO week, ten-day period (декада), month, quarter and year."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from pressdesk.documents.locale import Lang, format_date, month_name
from pressdesk.messages import UserError
from pressdesk.services.plan.labels import MONTHS_RU_GENITIVE, ROMAN_QUARTERS, text

PeriodKind = Literal["day", "week", "decade", "month", "quarter", "year", "range"]
PERIOD_KINDS: tuple[PeriodKind, ...] = ("day", "week", "decade", "month", "quarter", "year")

# A range longer than this is refused: recurring items are expanded day by day on read.
MAX_RANGE_DAYS = 3700

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_DECADE = re.compile(r"^(\d{4})-(\d{1,2})-([1-3])$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


class PeriodError(UserError, ValueError):
    """A period or date cannot be read or is out of range; the message says why."""


@dataclass(frozen=True)
class Period:
    """A span of whole days, ``start`` to ``end`` inclusive, of a known kind."""

    kind: PeriodKind
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError("plan.period_ends_early", end=self.end, start=self.start)

    @property
    def key(self) -> str:
        """Return the short code: 2026-W48, 2026-11-2, 2026-11, 2026-Q4, 2026 or a range."""
        return _period_key(self.kind, self.start, self.end)

    @property
    def days(self) -> int:
        """Return the number of days in the period."""
        return _day_count(self.start, self.end)

    def dates(self) -> list[dt.date]:
        """Return every day of the period."""
        return [self.start + dt.timedelta(days=i) for i in range(self.days)]

    def contains(self, day: dt.date) -> bool:
        """Return True if ``day`` lies in the period."""
        return self.start <= day <= self.end

    def shifted(self, steps: int) -> Period:
        """Return the period ``steps`` periods later (earlier if negative), of the same kind."""
        if self.kind == "range":
            return Period("range", *_shift_days(self.start, self.end, steps * self.days))
        if self.kind in ("day", "week"):
            span = 1 if self.kind == "day" else 7
            return period_containing(self.kind, self.start + dt.timedelta(days=steps * span))
        if self.kind == "decade":
            index = (self.start.year * 12 + self.start.month - 1) * 3 + decade_number(self.start)
            index += steps - 1
            months, decade = divmod(index, 3)
            year, month = divmod(months, 12)
            return decade_period(year, month + 1, decade + 1)
        months_per = {"month": 1, "quarter": 3, "year": 12}[self.kind]
        months = self.start.year * 12 + self.start.month - 1 + steps * months_per
        year, month = divmod(months, 12)
        return period_containing(self.kind, _checked_date(year, month + 1, 1))

    def next(self) -> Period:
        """Return the following period of the same kind."""
        return self.shifted(1)

    def previous(self) -> Period:
        """Return the preceding period of the same kind."""
        return self.shifted(-1)

    def label(self, lang: Lang) -> str:
        """Return the period's name for titles, in Kyrgyz or Russian."""
        s = self.start
        if self.kind == "day":
            return text("period.day", lang).format(date=format_date(s, lang))
        if self.kind == "week":
            _, week, _ = s.isocalendar()
            return text("period.week", lang).format(
                year=s.isocalendar()[0], week=week, days=day_span(s, self.end, lang)
            )
        if self.kind == "decade":
            month = month_name(s.month, lang) if lang == "ky" else MONTHS_RU_GENITIVE[s.month - 1]
            return text("period.decade", lang).format(year=s.year, month=month, n=decade_number(s))
        if self.kind == "month":
            return text("period.month", lang).format(year=s.year, month=month_name(s.month, lang))
        if self.kind == "quarter":
            return text("period.quarter", lang).format(
                year=s.year, n=ROMAN_QUARTERS[(s.month - 1) // 3]
            )
        if self.kind == "year":
            return text("period.year", lang).format(year=s.year)
        return text("period.range", lang).format(
            start=format_date(s, lang), end=format_date(self.end, lang)
        )


# The logic of the properties above lives in plain functions, which mutation testing can change.
def _period_key(kind: PeriodKind, s: dt.date, end: dt.date) -> str:
    if kind == "day":
        return s.isoformat()
    if kind == "week":
        year, week, _ = s.isocalendar()
        return f"{year}-W{week:02d}"
    if kind == "decade":
        return f"{s.year}-{s.month:02d}-{decade_number(s)}"
    if kind == "month":
        return f"{s.year}-{s.month:02d}"
    if kind == "quarter":
        return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
    if kind == "year":
        return str(s.year)
    return f"{s.isoformat()}..{end.isoformat()}"


def _day_count(start: dt.date, end: dt.date) -> int:
    return (end - start).days + 1


def _shift_days(start: dt.date, end: dt.date, days: int) -> tuple[dt.date, dt.date]:
    try:
        delta = dt.timedelta(days=days)
        return start + delta, end + delta
    except OverflowError as exc:
        raise PeriodError("plan.period_outside") from exc


def day_span(start: dt.date, end: dt.date, lang: Lang) -> str:
    """Return "23–29-ноябрь" / "23–29 ноября", or the two-month form across a month end."""

    def name(month: int) -> str:
        """Return the month name as it reads after a day number."""
        return month_name(month, lang) if lang == "ky" else MONTHS_RU_GENITIVE[month - 1]

    if start.month == end.month:
        return text("days.same_month", lang).format(d1=start.day, d2=end.day, month=name(end.month))
    return text("days.two_months", lang).format(
        d1=start.day, month1=name(start.month), d2=end.day, month2=name(end.month)
    )


def decade_number(day: dt.date) -> int:
    """Return 1, 2 or 3: the ten-day period of the month ``day`` falls in."""
    return 1 if day.day <= 10 else 2 if day.day <= 20 else 3


def decade_period(year: int, month: int, decade: int) -> Period:
    """Return the ten-day period: 1 = days 1–10, 2 = 11–20, 3 = 21 to the month's end."""
    if decade not in (1, 2, 3):
        raise PeriodError("plan.decade_number", value=decade)
    first = _checked_date(year, month, 1)
    last_day = calendar.monthrange(year, month)[1]
    start_day, end_day = {1: (1, 10), 2: (11, 20), 3: (21, last_day)}[decade]
    return Period("decade", first.replace(day=start_day), first.replace(day=end_day))


def period_containing(kind: PeriodKind, day: dt.date) -> Period:
    """Return the period of ``kind`` that contains ``day``."""
    if kind == "day":
        return Period("day", day, day)
    if kind == "week":
        start = day - dt.timedelta(days=day.weekday())
        try:
            return Period("week", start, start + dt.timedelta(days=6))
        except OverflowError as exc:
            raise PeriodError("plan.week_outside") from exc
    if kind == "decade":
        return decade_period(day.year, day.month, decade_number(day))
    if kind == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return Period("month", day.replace(day=1), day.replace(day=last))
    if kind == "quarter":
        first_month = (day.month - 1) // 3 * 3 + 1
        last_month = first_month + 2
        last = calendar.monthrange(day.year, last_month)[1]
        return Period(
            "quarter", dt.date(day.year, first_month, 1), dt.date(day.year, last_month, last)
        )
    if kind == "year":
        return Period("year", dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
    raise PeriodError("plan.period_kind", kind=kind, allowed=PERIOD_KINDS)


def _checked_date(year: int, month: int, day: int) -> dt.date:
    if not 1 <= year <= 9999:
        raise PeriodError("plan.year_outside", year=str(year))
    if not 1 <= month <= 12:
        raise PeriodError("plan.no_month", month=month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise PeriodError("plan.day_of_month", value=f"{year:04d}-{month:02d}-{day:02d}", days=last)
    return dt.date(year, month, day)


def parse_date(value: str) -> dt.date:
    """Read a date written as 2026-11-21 or 21.11.2026; say clearly why a bad one is wrong."""
    raw = value.strip()
    match = _DAY.match(raw)
    if match:
        return _checked_date(int(match[1]), int(match[2]), int(match[3]))
    match = _DOTTED.match(raw)
    if match:
        return _checked_date(int(match[3]), int(match[2]), int(match[1]))
    raise PeriodError("plan.not_a_date", value=value)


def parse_period(value: str) -> Period:
    """Read 2026-W48, 2026-11-2 (ten-day period), 2026-11, 2026-Q4, 2026 or 2026-11-21."""
    raw = value.strip()
    if match := _WEEK.match(raw):
        year, week = int(match[1]), int(match[2])
        try:
            monday = dt.date.fromisocalendar(year, week, 1)
        except ValueError as exc:
            if not 1 <= year <= 9999:
                raise PeriodError("plan.week_year_outside", value=raw, year=str(year)) from exc
            weeks = dt.date(year, 12, 28).isocalendar()[1]
            raise PeriodError("plan.weeks_of_year", value=raw, year=str(year), weeks=weeks) from exc
        return period_containing("week", monday)
    if match := _DECADE.match(raw):
        return decade_period(int(match[1]), int(match[2]), int(match[3]))
    if _DAY.match(raw):
        return Period("day", parse_date(raw), parse_date(raw))
    if match := _MONTH.match(raw):
        return period_containing("month", _checked_date(int(match[1]), int(match[2]), 1))
    if match := _QUARTER.match(raw):
        month = (int(match[2]) - 1) * 3 + 1
        return period_containing("quarter", _checked_date(int(match[1]), month, 1))
    if match := _YEAR.match(raw):
        return period_containing("year", _checked_date(int(match[1]), 1, 1))
    raise PeriodError("plan.not_a_period", value=value)


def date_range(start: dt.date, end: dt.date) -> Period:
    """Return a free range of days; refuse an inverted or an overly long one."""
    period = Period("range", start, end)
    if period.days > MAX_RANGE_DAYS:
        raise PeriodError(
            "plan.range_too_long", start=start, end=end, days=period.days, limit=MAX_RANGE_DAYS
        )
    return period
