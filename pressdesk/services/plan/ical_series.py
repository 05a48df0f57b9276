"""Bring an imported calendar event into the plan's terms: Bishkek dates and times, plan rules.

A repeat rule is expanded where it was written, in the event's own time zone: "every Friday at
20:00 in Stockholm" is every Saturday at 01:00 in Bishkek (00:00 while Sweden keeps summer
time). The plan stores a series as a rule over Bishkek dates with one time, so the rule is
translated (its weekdays moved with the date) and checked against the real occurrences; the
occurrences whose Bishkek date or time differs from the series, and the extra dates (RDATE),
become changed occurrences. A rule the plan cannot express is imported as separate items.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from pressdesk.exchange.icalendar_io import Moment
from pressdesk.exchange.icalendar_read import IcsEvent
from pressdesk.messages import Detail, Message, UserError
from pressdesk.services.plan.recurrence import (
    FREQUENCIES,
    MAX_OCCURRENCES,
    RULE_PARTS,
    RuleError,
    check_possible,
    check_rule,
    is_occurrence,
    occurrences,
    rule_parts,
)

BISHKEK = ZoneInfo("Asia/Bishkek")
# How far ahead changed occurrences are written for an endless series, and how many dates
# a rule the plan cannot hold may bring as separate items.
HORIZON_DAYS = 731
SINGLES_LIMIT = 500
MAX_ITEM_MINUTES = 1440
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY = re.compile(r"^([+-]?\d{0,2})(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL = re.compile(r"UNTIL=(\d{8})(T\d{6})?(Z?)", re.IGNORECASE)
_ALLOWED = set(RULE_PARTS) | {"WKST"}
_SUB_DAILY = frozenset({"SECONDLY", "MINUTELY", "HOURLY"})
SCAN_LIMIT = 20_000


def local(moment: Moment) -> tuple[dt.date, dt.time | None]:
    """Return the Bishkek date and time of ``moment`` (a date has no time; floating is local)."""
    if not isinstance(moment, dt.datetime):
        return moment, None
    if moment.tzinfo is not None:
        moment = moment.astimezone(BISHKEK)
    return moment.date(), moment.time().replace(second=0, microsecond=0)


def split_length(length: dt.timedelta, *, all_day: bool) -> tuple[int, int]:
    """Return (duration_minutes, extra_days) as the plan stores a length (see PlanItem)."""
    if all_day:
        return 60, max(0, length.days - 1)
    minutes = max(0, int(length.total_seconds() // 60))
    days, rest = divmod(minutes, MAX_ITEM_MINUTES)
    if days and not rest:
        return MAX_ITEM_MINUTES, days - 1
    return rest, days


@dataclass(frozen=True)
class Occurrence:
    """A date of a series stored on its own: the plan date it stands for, and when it is."""

    original: dt.date
    day: dt.date
    time: dt.time | None


@dataclass
class SeriesShape:
    """An event in plan terms: one item, a series with changed occurrences, or separate items.

    ``rule`` is empty for a single item and when the event's rule could not be kept as a series;
    ``singles`` then holds every date to import as an item of its own.
    """

    day: dt.date
    time: dt.time | None
    rule: str = ""
    exdates: tuple[dt.date, ...] = ()
    moved: list[Occurrence] = field(default_factory=list)
    singles: list[Occurrence] = field(default_factory=list)
    shift: int = 0
    start: dt.datetime | None = None
    problems: list[Message] = field(default_factory=list)

    def key(self, moment: Moment) -> dt.date:
        """Return the plan date an occurrence given as RECURRENCE-ID stands for."""
        if self.start is None:
            return local(moment)[0]
        value = coerce(moment, self.start)
        return value.date() + dt.timedelta(days=self.shift)


def dtstart(event: IcsEvent) -> dt.datetime:
    """Return the event's start as a datetime (midnight for a whole day), zone kept."""
    start = event.start
    if isinstance(start, dt.datetime):
        return start
    return dt.datetime.combine(start, dt.time())


def coerce(value: Moment, start: dt.datetime) -> dt.datetime:
    """Return ``value`` in the same terms as ``start`` (zoned, floating or midnight)."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, start.time(), tzinfo=start.tzinfo)
    if start.tzinfo is None:
        return value.astimezone(BISHKEK).replace(tzinfo=None) if value.tzinfo else value
    if value.tzinfo is None:
        return value.replace(tzinfo=start.tzinfo)
    return value.astimezone(start.tzinfo)


def _when(moment: dt.datetime, timed: bool) -> tuple[dt.date, dt.time | None]:
    return local(moment) if timed else (moment.date(), None)


def _until_moment(match: re.Match[str]) -> dt.datetime:
    """Return the UNTIL of a rule: aware for a UTC time, else floating (a date: its last second)."""
    if not match[2]:
        day = dt.datetime.strptime(match[1], "%Y%m%d")
        return day.replace(hour=23, minute=59, second=59)
    moment = dt.datetime.strptime(match[1] + match[2].upper(), "%Y%m%dT%H%M%S")
    return moment.replace(tzinfo=dt.UTC) if match[3] else moment


def _until_fixed(text: str, start: dt.datetime, all_day: bool) -> str:
    """Rewrite UNTIL so that it matches DTSTART as dateutil requires (RFC 5545 3.3.10)."""

    def fix(match: re.Match[str]) -> str:
        moment = _until_moment(match)
        if all_day:
            return "UNTIL=" + local(moment)[0].strftime("%Y%m%d")
        if start.tzinfo is None:
            if moment.tzinfo is not None:
                moment = moment.astimezone(BISHKEK).replace(tzinfo=None)
            return "UNTIL=" + moment.strftime("%Y%m%dT%H%M%S")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=start.tzinfo)
        return "UNTIL=" + moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    return _UNTIL.sub(fix, text)


def build_rule(text: str, start: dt.datetime, *, all_day: bool) -> rrule:
    """Return the dateutil rule of an RRULE value starting at ``start``; raise RuleError."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    try:
        built = rrulestr(_until_fixed(body, start, all_day), dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise RuleError(
            "problem.ical_rule_cannot_read", rule=repr(body), detail=Detail(f" ({exc})")
        ) from exc
    if not isinstance(built, rrule):
        raise RuleError("problem.ical_rule_not_single", rule=repr(body))
    return built


def _finite(rule_text: str) -> bool:
    return bool(re.search(r"(?:^|;)(COUNT|UNTIL)=", rule_text.upper()))


def _between(rule: rrule, lo: dt.datetime, hi: dt.datetime) -> list[dt.datetime]:
    """Return the dates of ``rule`` in ``lo`` … ``hi``, walking at most SCAN_LIMIT dates.

    dateutil walks a rule from its start; a dense rule begun years ago would otherwise take
    minutes to reach today.
    """
    found: list[dt.datetime] = []
    for moment in itertools.islice(rule, SCAN_LIMIT):
        if moment > hi or len(found) > MAX_OCCURRENCES:
            break
        if moment >= lo:
            found.append(moment)
    else:
        if not found:
            raise RuleError("problem.ical_rule_too_dense")
    return found


def said(exc: UserError) -> Message:
    """Return the sentence of ``exc`` as a ``Message``, to put into a longer one."""
    return Message(exc.code, **exc.values)


def _readable(text: str, start: dt.datetime) -> Message | None:
    """Return None for a rule worth expanding, else why not (too dense, never true)."""
    try:
        parts = rule_parts(text)
    except RuleError as exc:
        return said(exc)
    if parts.get("FREQ") in _SUB_DAILY:
        return Message("problem.ical_sub_daily")
    if set(parts) <= _ALLOWED and parts.get("FREQ") in FREQUENCIES:
        try:
            check_possible(parts, start.date())
        except RuleError as exc:
            return said(exc)
    return None


def _shifted_rule(text: str, shift: int) -> str | None:
    parts = rule_parts(text)
    if set(parts) - _ALLOWED or parts.get("FREQ") not in FREQUENCIES:
        return None
    if shift and "BYDAY" in parts:
        days: list[str] = []
        for token in parts["BYDAY"].split(","):
            match = _BYDAY.match(token)
            if match is None:
                return None
            moved = _WEEKDAYS[(_WEEKDAYS.index(match[2]) + shift) % 7]
            days.append(match[1] + moved)
        parts["BYDAY"] = ",".join(days)
    if shift and "BYMONTHDAY" in parts:
        moved_days: list[str] = []
        for token in parts["BYMONTHDAY"].split(","):
            day = int(token) + shift if token.lstrip("+-").isdigit() else 0
            if not (1 <= day <= 28 or -28 <= day <= -1):
                return None
            moved_days.append(str(day))
        parts["BYMONTHDAY"] = ",".join(moved_days)
    parts.pop("WKST", None)
    return ";".join(f"{name}={value}" for name, value in parts.items())


def shape_of(event: IcsEvent, today: dt.date) -> SeriesShape:
    """Return the plan form of ``event`` (see the module docstring)."""
    day, time = local(event.start)
    if not event.rrules and not event.rdates:
        return SeriesShape(day, time)
    start = dtstart(event)
    rules: list[tuple[str, rrule]] = []
    problems: list[Message] = []
    for text in event.rrules:
        why = _readable(text, start)
        if why is not None:
            problems.append(Message("problem.ical_rule_ignored_why", rule=repr(text), problem=why))
            continue
        try:
            rules.append((text, build_rule(text, start, all_day=event.all_day)))
        except RuleError as exc:
            problems.append(Message("problem.ical_rule_ignored", problem=said(exc)))
    exdates = [coerce(x, start) for x in event.exdates]
    rdates = [coerce(x, start) for x in event.rdates]
    if not rules and not rdates:
        return SeriesShape(day, time, problems=problems)
    if len(rules) == 1 and not problems:
        shaped = _translate(event, start, rules[0], exdates=exdates, rdates=rdates, today=today)
        if shaped is not None:
            return shaped
    reason = (
        Message("problem.ical_many_rules", count=len(rules))
        if len(rules) > 1
        else Message("problem.ical_rule_unfit")
        if rules
        else Message("problem.ical_listed_dates")
    )
    return _separately(
        event,
        start,
        rules,
        exdates=exdates,
        rdates=rdates,
        today=today,
        reason=reason,
        problems=problems,
    )


def _plan_until(text: str, last: dt.datetime, shift: int) -> list[str]:
    """Return the UNTIL dates to try for the plan rule, the rule's own day first.

    Keeping the day the file gave (when it selects the same dates) lets a plan exported and
    imported again compare equal; the last real date always works.
    """
    final = last.date() + dt.timedelta(days=shift)
    match = _UNTIL.search(text)
    own = local(_until_moment(match))[0] if match and not shift else None
    return [f"{d:%Y%m%d}" for d in dict.fromkeys(x for x in (own, final) if x is not None)]


def _midnight(day: dt.date, like: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=like.tzinfo)


def _translate(
    event: IcsEvent,
    start: dt.datetime,
    rule_pair: tuple[str, rrule],
    *,
    exdates: list[dt.datetime],
    rdates: list[dt.datetime],
    today: dt.date,
) -> SeriesShape | None:
    """Return the event as a plan series, or None if the plan cannot hold its rule.

    The rule is checked against its real dates from a year before today to two years ahead
    (all of them for a series that ended earlier); older dates are history.
    """
    text, rule = rule_pair
    day, time = local(event.start)
    timed = isinstance(event.start, dt.datetime)
    finite = _finite(text)
    horizon = _midnight(max(today, day) + dt.timedelta(days=HORIZON_DAYS), start)
    window_lo = max(start, _midnight(today - dt.timedelta(days=366), start))
    if finite:
        everything = list(itertools.islice(rule, SCAN_LIMIT + 1))
        if len(everything) > SCAN_LIMIT:
            return None
        in_window = [g for g in everything if window_lo <= g < horizon]
        if everything and not in_window:
            in_window = everything[-MAX_OCCURRENCES:]  # a series that ended long ago
    else:
        everything = list(itertools.islice(rule, 1))
        try:
            in_window = _between(rule, window_lo, horizon - dt.timedelta(microseconds=1))
        except RuleError:
            return None
    if not everything:
        return SeriesShape(day, time, problems=[Message("problem.ical_rule_no_dates")])
    if not in_window or len(in_window) > MAX_OCCURRENCES:
        return None
    first, last = everything[0], everything[-1]
    shift = (_when(first, timed)[0] - first.date()).days
    expected = [g.date() + dt.timedelta(days=shift) for g in in_window]
    translated = _shifted_rule(text, shift)
    if translated is None:
        return None
    starts_on_rule = rule.after(start, inc=True) == start
    candidates = [translated]
    if finite and (shift or not starts_on_rule or "UNTIL" in translated.upper()):
        # Counted from another first day a COUNT would differ: the series ends on a date.
        bare = re.sub(r";?(COUNT|UNTIL)=[^;]*", "", translated)
        candidates = [f"{bare};UNTIL={u}" for u in _plan_until(text, last, shift)]
    # Compare up to the horizon, and past the last date of a series ending before it: a rule
    # that goes on longer than the file's is wrong.
    check_until = horizon.date() - dt.timedelta(days=1)
    if finite and last < horizon:
        check_until = last.date() + dt.timedelta(days=shift + 366)
    plan_rule = ""
    for candidate in candidates:
        try:
            normal, _ = check_rule(candidate, day)
        except RuleError:
            continue
        if occurrences(normal, day, expected[0], check_until) == expected:
            plan_rule = normal
            break
    if not plan_rule:
        return None
    # The series keeps the Bishkek time of its next date (of its last, if all are past).
    current = next((g for g in in_window if g.date() >= today), in_window[-1])
    series_time = local(current)[1] if timed else None
    excluded = set(exdates)
    skip_days = sorted(
        {
            key
            for x in excluded
            if is_occurrence(plan_rule, day, key := x.date() + dt.timedelta(days=shift))
        }
    )
    moved: list[Occurrence] = []
    problems: list[Message] = []
    in_rule = set(in_window)
    rule_days = set(expected)
    extras = sorted(
        {
            m
            for m in [start, *rdates]
            if m not in in_rule and m < horizon and rule.after(m, inc=True) != m
        }
    )
    for moment in [*in_window, *extras]:
        if moment in excluded:
            continue
        when = _when(moment, timed)
        if moment in in_rule:
            key = moment.date() + dt.timedelta(days=shift)
            if when != (key, series_time):
                moved.append(Occurrence(key, *when))
        elif when[0] in rule_days:
            problems.append(Message("problem.ical_extra_on_series", date=when[0]))
        else:
            moved.append(Occurrence(when[0], *when))
    if not finite and series_time is not None and any(m.time != series_time for m in moved):
        problems.append(
            Message("problem.ical_summer_time", date=horizon.date(), time=f"{series_time:%H:%M}")
        )
    return SeriesShape(
        day=day,
        time=series_time,
        rule=plan_rule,
        exdates=tuple(skip_days),
        moved=moved,
        shift=shift,
        start=start,
        problems=problems,
    )


def _separately(
    event: IcsEvent,
    start: dt.datetime,
    rules: list[tuple[str, rrule]],
    *,
    exdates: list[dt.datetime],
    rdates: list[dt.datetime],
    today: dt.date,
    reason: Message,
    problems: list[Message],
) -> SeriesShape:
    day, time = local(event.start)
    endless = any(not _finite(text) for text, _ in rules)
    lo = start
    hi = dt.datetime.combine(max(today, day) + dt.timedelta(days=366), dt.time.max)
    if start.tzinfo is not None:
        hi = hi.replace(tzinfo=start.tzinfo)
    if endless:
        floor = dt.datetime.combine(today - dt.timedelta(days=366), dt.time())
        if start.tzinfo is not None:
            floor = floor.replace(tzinfo=start.tzinfo)
        lo = max(start, floor)
    moments: set[dt.datetime] = {start} if lo <= start else set()
    for _text, rule in rules:
        try:
            found = (
                _between(rule, lo, hi)
                if endless
                else list(itertools.islice(rule, MAX_OCCURRENCES + 1))
            )
        except RuleError as exc:
            problems.append(Message("problem.ical_rule_first_only", problem=said(exc)))
            found = []
        moments.update(found)
    moments.update(m for m in rdates if lo <= m)
    excluded = set(exdates)
    chosen = sorted(m for m in moments if m not in excluded)
    cut = len(chosen) > SINGLES_LIMIT
    chosen = chosen[:SINGLES_LIMIT]
    timed = isinstance(event.start, dt.datetime)
    singles = [Occurrence(_when(m, timed)[0], *_when(m, timed)) for m in chosen]
    if singles and (rules or cut):
        # A date list (RDATE) imported whole needs no remark; a rule turned into items does.
        count = (
            Message("problem.ical_dates", count=len(singles))
            if len(singles) > 1
            else Message("problem.ical_one_date")
        )
        code = "problem.ical_separately_first" if cut or endless else "problem.ical_separately"
        first, last = singles[0].day, singles[-1].day
        problems.append(Message(code, why=reason, dates=count, first=first, last=last))
    return SeriesShape(day, time, singles=singles, start=start, problems=problems)
