"""Repeat rules of recurring plan items (iCalendar RRULE via dateutil), checked and bounded."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
from collections.abc import Iterable

from dateutil.rrule import rrule, rrulestr

from pressdesk.messages import Term, UserError

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
RULE_PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS")
_IGNORED_PARTS = ("WKST",)
# How many occurrences of one series a single read may produce; more means a mistaken rule.
MAX_OCCURRENCES = 5000
_MAX_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SET_SIZE = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}


class RuleError(UserError, ValueError):
    """A repeat rule cannot be used; the message says why."""


def _parts(rule: str) -> dict[str, str]:
    body = rule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for chunk in body.replace(" ", "").split(";"):
        if not chunk:
            continue
        name, sep, value = chunk.partition("=")
        if not sep or not value:
            raise RuleError("plan.rule_part_empty", part=chunk)
        name = name.upper()
        if name in parts:
            raise RuleError("plan.rule_part_twice", name=name)
        parts[name] = value.upper()
    return parts


def rule_parts(rule: str) -> dict[str, str]:
    """Return the NAME=VALUE parts of a rule (upper-cased); raise RuleError if unreadable."""
    return _parts(rule)


def normalise_rule(rule: str) -> str:
    """Return ``rule`` as a canonical RRULE value (no "RRULE:", UNTIL as a date) or raise."""
    if not rule.strip():
        return ""
    parts = _parts(rule)
    unknown = sorted(set(parts) - set(RULE_PARTS) - set(_IGNORED_PARTS))
    if unknown:
        raise RuleError("plan.rule_unsupported", parts=unknown, allowed=RULE_PARTS)
    freq = parts.get("FREQ")
    if freq is None:
        raise RuleError("plan.rule_needs_freq")
    if freq not in FREQUENCIES:
        raise RuleError("plan.rule_whole_days", allowed=FREQUENCIES, freq=freq)
    if "COUNT" in parts and "UNTIL" in parts:
        raise RuleError("plan.rule_count_and_until")
    for name in ("INTERVAL", "COUNT"):
        if name in parts and (not parts[name].isdigit() or int(parts[name]) < 1):
            raise RuleError("plan.rule_whole_number", name=name, value=parts[name])
    if "UNTIL" in parts:
        parts["UNTIL"] = _until_date(parts["UNTIL"]).strftime("%Y%m%d")
    return ";".join(f"{name}={parts[name]}" for name in RULE_PARTS if name in parts)


def _until_date(value: str) -> dt.date:
    digits = value[:8]
    try:
        return dt.datetime.strptime(digits, "%Y%m%d").date()
    except ValueError as exc:
        raise RuleError("plan.rule_until_date", value=value) from exc


@functools.lru_cache(maxsize=512)
def _build(rule: str, start: dt.date) -> rrule:
    # Cached with dateutil's own occurrence cache: views ask for the same series again and
    # again while the user moves between weeks, and each rule is walked from its first day.
    return _read_rule(rule, start)


def _read_rule(rule: str, start: dt.date) -> rrule:
    try:
        built = rrulestr(rule, dtstart=dt.datetime.combine(start, dt.time()), cache=True)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise RuleError("plan.rule_unreadable", rule=rule, reason=str(exc)) from exc
    if not isinstance(built, rrule):
        raise RuleError("plan.rule_not_single", rule=rule)
    return built


def _ints(value: str | None) -> list[int]:
    if not value:
        return []
    try:
        return [int(v) for v in value.split(",")]
    except ValueError as exc:
        raise RuleError("plan.rule_numbers", value=value) from exc


def check_possible(parts: dict[str, str], start: dt.date) -> None:
    """Raise RuleError for a rule whose day filters can never all hold (see below)."""
    _check_possible(parts, start)


def _check_possible(parts: dict[str, str], start: dt.date) -> None:
    """Refuse rules whose day filters can never all hold (such as 30 February).

    dateutil would search such a rule up to the year 9999 before giving up, which freezes the
    program for seconds; these checks catch the cases a person can type.
    """
    freq = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    months = _ints(parts.get("BYMONTH")) or list(range(1, 13))
    if any(not 1 <= m <= 12 for m in months):
        raise RuleError("plan.bymonth")
    if freq == "MONTHLY":
        step = math.gcd(interval, 12)
        reachable = {(start.month - 1 + k * step) % 12 + 1 for k in range(12)}
        months = [m for m in months if m in reachable]
        if not months:
            raise RuleError("plan.months_never")
    monthdays = _ints(parts.get("BYMONTHDAY"))
    if any(d == 0 or not -31 <= d <= 31 for d in monthdays):
        raise RuleError("plan.bymonthday")
    if monthdays:
        possible = [
            (m, d) for m in months for d in monthdays if abs(d) <= _MAX_DAYS_IN_MONTH[m - 1]
        ]
        if not possible:
            raise RuleError("plan.days_never")
        if all(m == 2 and abs(d) == 29 for m, d in possible):
            _check_leap_reachable(freq, interval, start)
    setpos = _ints(parts.get("BYSETPOS"))
    if setpos and all(p == 0 or abs(p) > _SET_SIZE[freq] for p in setpos):
        raise RuleError("plan.rule_setpos", freq=Term(freq.lower()))


def _check_leap_reachable(freq: str, interval: int, start: dt.date) -> None:
    """Refuse a rule that falls only on 29 February when none of its periods holds one.

    Every 29 February from ``start`` to the last year dateutil knows is tried, so the answer
    is the one dateutil's own search would give, without walking the rule's periods.
    """
    weekly = freq == "WEEKLY"
    # dateutil counts the weeks of a weekly rule from the Monday of the first (WKST=MO).
    origin = start - dt.timedelta(days=start.weekday()) if weekly else start
    step = interval * (7 if weekly else 1)
    for year in range(start.year, dt.MAXYEAR + 1):
        if not calendar.isleap(year) or dt.date(year, 2, 29) < start:
            continue
        if freq == "YEARLY":
            offset = year - start.year
        elif freq == "MONTHLY":
            offset = (year - start.year) * 12 + 2 - start.month
        else:
            if (dt.date(year, 2, 29) - origin).days % step < (7 if weekly else 1):
                return
            continue
        if offset % interval == 0:
            return
    raise RuleError("plan.leap_day_never")


def check_rule(rule: str, start: dt.date) -> tuple[str, dt.date | None]:
    """Validate ``rule`` starting on ``start``; return the normalised rule and its last day.

    The last day is None for a rule without COUNT or UNTIL (it never ends, which is allowed).
    Raise RuleError for an unreadable rule or one that produces no dates at all.
    """
    normal = normalise_rule(rule)
    if not normal:
        return "", None
    parts = _parts(normal)
    _check_possible(parts, start)
    built = _build(normal, start)
    if "UNTIL" in parts:
        until = _until_date(parts["UNTIL"])
        if until < start:
            raise RuleError("plan.repeat_ends_early", until=until, start=start)
        first = built.after(dt.datetime.combine(start, dt.time()), inc=True)
        if first is None or first.date() > until:
            raise RuleError("plan.rule_none_before_until")
        last = built.before(dt.datetime.combine(until, dt.time.max), inc=True)
        return normal, (last.date() if last else until)
    if "COUNT" in parts:
        if int(parts["COUNT"]) > MAX_OCCURRENCES:
            raise RuleError("plan.repeat_too_many", limit=MAX_OCCURRENCES)
        dates = list(built)
        if not dates:
            raise RuleError("plan.rule_no_dates")
        return normal, dates[-1].date()
    return normal, None


def parse_exdates(value: str) -> tuple[dt.date, ...]:
    """Return the excluded dates stored as comma-separated ISO dates."""
    result: list[dt.date] = []
    for raw in value.split(","):
        chunk = raw.strip()
        if chunk:
            try:
                result.append(dt.date.fromisoformat(chunk))
            except ValueError as exc:
                raise RuleError("plan.not_an_exdate", value=chunk) from exc
    return tuple(sorted(set(result)))


def format_exdates(dates: Iterable[dt.date]) -> str:
    """Return excluded dates as the stored comma-separated text."""
    return ",".join(d.isoformat() for d in sorted(set(dates)))


def occurrences(
    rule: str,
    start: dt.date,
    range_start: dt.date,
    range_end: dt.date,
    *,
    exdates: Iterable[dt.date] = (),
) -> list[dt.date]:
    """Return the series dates in ``range_start`` … ``range_end``, excluded ones left out.

    The rule must have passed :func:`check_rule`; an endless rule is cut at ``range_end``.
    """
    if not rule or range_end < start or range_end < range_start:
        return []
    built = _build(rule, start)
    lo = dt.datetime.combine(max(range_start, start), dt.time())
    hi = dt.datetime.combine(range_end, dt.time())
    skip = set(exdates)
    result: list[dt.date] = []
    for moment in built.xafter(lo, inc=True):
        if moment > hi:
            break
        day = moment.date()
        if day not in skip:
            result.append(day)
        if len(result) >= MAX_OCCURRENCES:
            break
    return result


def first_occurrence(rule: str, start: dt.date) -> dt.date | None:
    """Return the first date the series produces (``start`` itself if it is one)."""
    if not rule:
        return start
    found = _build(rule, start).after(dt.datetime.combine(start, dt.time()), inc=True)
    return found.date() if found is not None else None


def is_occurrence(rule: str, start: dt.date, day: dt.date) -> bool:
    """Return True if the series produces ``day`` (exclusions not considered)."""
    return day in occurrences(rule, start, day, day)
