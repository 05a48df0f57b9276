"""A repeat rule that only ever falls on 29 February is refused exactly when no such day comes.

The check answers quickly what dateutil would find only by searching to the year 9999; here it
is compared with dateutil itself, searched to the end of its calendar (the year 9999).
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from pressdesk.services.plan.recurrence import RuleError, check_possible, rule_parts

D = dt.date


def _dateutil_reaches(rule: str, start: D) -> bool:
    """Whether dateutil gives any date of ``rule`` before the end of its calendar."""
    until = dt.datetime(dt.MAXYEAR, 12, 31)
    found = rrulestr(
        f"{rule};UNTIL={until:%Y%m%dT%H%M%S}", dtstart=dt.datetime.combine(start, dt.time())
    )
    return next(iter(found), None) is not None


def _checker_accepts(rule: str, start: D) -> bool:
    try:
        check_possible(rule_parts(rule), start)
    except RuleError as refused:
        # A monthly step that never lands on February is refused before the leap-day check.
        assert refused.code in {"plan.leap_day_never", "plan.months_never"}
        return False
    return True


# Each line: the rule, its first day, whether a 29 February ever comes.
CASES = [
    ("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 29), True),
    ("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", D(2027, 1, 1), False),  # 2027+4k: odd
    ("FREQ=YEARLY;INTERVAL=100;BYMONTH=2;BYMONTHDAY=29", D(2100, 1, 1), True),  # 2400 is leap
    ("FREQ=YEARLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=29", D(2025, 6, 1), False),
    ("FREQ=MONTHLY;INTERVAL=12;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 1), True),
    ("FREQ=MONTHLY;INTERVAL=48;BYMONTH=2;BYMONTHDAY=29", D(2027, 2, 1), False),
    ("FREQ=MONTHLY;INTERVAL=13;BYMONTH=2;BYMONTHDAY=29", D(2026, 3, 1), True),
    ("FREQ=WEEKLY;INTERVAL=52;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 28), True),
    ("FREQ=WEEKLY;INTERVAL=1;BYMONTH=2;BYMONTHDAY=29", D(2026, 12, 5), True),
    ("FREQ=DAILY;INTERVAL=1461;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 29), True),
    # 1461 days after 29.02.2028 is 29.02.2032; from 1 March 2028 the step never meets one.
    ("FREQ=DAILY;INTERVAL=1461;BYMONTH=2;BYMONTHDAY=29", D(2028, 3, 1), False),
    ("FREQ=DAILY;INTERVAL=7;BYMONTH=2;BYMONTHDAY=29", D(2026, 12, 5), True),
    # Every 100 days from 1 February 2000 first meets a 29 February in 2628.
    ("FREQ=DAILY;INTERVAL=100;BYMONTH=2;BYMONTHDAY=29", D(2000, 2, 1), True),
    # Every 300 years from 2200: 2200 and 2500 are not leap years, 2800 is.
    ("FREQ=YEARLY;INTERVAL=300;BYMONTH=2;BYMONTHDAY=29", D(2200, 1, 1), True),
    ("FREQ=MONTHLY;INTERVAL=3600;BYMONTH=2;BYMONTHDAY=29", D(2200, 2, 1), True),
    # A leap year's 29 February just before the first day does not count.
    ("FREQ=YEARLY;INTERVAL=400;BYMONTH=2;BYMONTHDAY=29", D(2000, 3, 1), True),
    ("FREQ=YEARLY;INTERVAL=8000;BYMONTH=2;BYMONTHDAY=29", D(2000, 3, 1), False),
    # Weekly steps so long that only a few weeks before the year 9999 are candidates: the weeks
    # count from the Monday of the first, and a 29 February anywhere in such a week counts.
    ("FREQ=WEEKLY;INTERVAL=14738;BYMONTH=2;BYMONTHDAY=29", D(2165, 9, 12), True),
    ("FREQ=WEEKLY;INTERVAL=7891;BYMONTH=2;BYMONTHDAY=29", D(2405, 2, 12), True),
    ("FREQ=WEEKLY;INTERVAL=21197;BYMONTH=2;BYMONTHDAY=29", D(2045, 3, 10), True),
    ("FREQ=WEEKLY;INTERVAL=2186;BYMONTH=2;BYMONTHDAY=29", D(2227, 10, 26), False),
    ("FREQ=WEEKLY;INTERVAL=26042;BYMONTH=2;BYMONTHDAY=29", D(2229, 11, 7), False),
    ("FREQ=WEEKLY;INTERVAL=92925;BYMONTH=2;BYMONTHDAY=29", D(2217, 5, 2), False),
    # Every 4001 years (in months) from February 2224: the first February, of a leap year,
    # is the only one before the year 9999 on the step.
    ("FREQ=MONTHLY;INTERVAL=48012;BYMONTH=2;BYMONTHDAY=29", D(2224, 2, 1), True),
]


@pytest.mark.parametrize(("rule", "start", "reached"), CASES)
def test_a_leap_day_rule_is_refused_exactly_when_no_29_february_comes(rule, start, reached):
    assert _dateutil_reaches(rule, start) is reached
    assert _checker_accepts(rule, start) is reached


@settings(max_examples=60, deadline=None)
@given(
    freq=st.sampled_from(["YEARLY", "MONTHLY", "WEEKLY", "DAILY"]),
    interval=st.integers(min_value=1, max_value=60),
    start=st.dates(min_value=D(2000, 1, 1), max_value=D(2400, 12, 31)),
)
def test_the_leap_day_check_agrees_with_dateutil(freq, interval, start):
    if freq == "DAILY":
        interval *= 100  # dateutil walks a daily rule day by day: keep the search short
    rule = f"FREQ={freq};INTERVAL={interval};BYMONTH=2;BYMONTHDAY=29"
    assert _checker_accepts(rule, start) is _dateutil_reaches(rule, start)
