"""Properties of planning periods and repeat rules that hold for any date (hypothesis).

The examples are drawn the same way on every run (the ``pressdesk`` profile in conftest.py).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from pressdesk.services.plan.periods import (
    PERIOD_KINDS,
    Period,
    decade_period,
    parse_period,
    period_containing,
)
from pressdesk.services.plan.recurrence import FREQUENCIES, check_rule, occurrences

# Far enough from years 1 and 9999 that moving a few periods never leaves the calendar.
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
years = st.integers(min_value=1900, max_value=2200)
kinds = st.sampled_from(PERIOD_KINDS)
tiling_kinds = st.sampled_from(("decade", "month", "quarter"))
steps = st.integers(min_value=-60, max_value=60)
ONE_DAY = dt.timedelta(days=1)


@given(dates)
def test_a_date_lies_in_exactly_one_ten_day_period(day):
    decades = [decade_period(day.year, day.month, n) for n in (1, 2, 3)]
    assert sum(d.contains(day) for d in decades) == 1
    assert period_containing("decade", day) in decades
    assert decades[0].start.day == 1
    assert decades[2].end == period_containing("month", day).end


@given(dates)
def test_a_date_lies_in_exactly_one_week(day):
    week = period_containing("week", day)
    assert week.contains(day)
    assert week.days == 7
    assert week.start.isoweekday() == 1
    assert not week.previous().contains(day)
    assert not week.next().contains(day)
    assert week.key == f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}"


@given(dates)
def test_a_date_lies_in_exactly_one_quarter(day):
    quarters = [parse_period(f"{day.year}-Q{q}") for q in (1, 2, 3, 4)]
    assert sum(q.contains(day) for q in quarters) == 1
    assert period_containing("quarter", day) in quarters


@given(kinds, dates)
def test_the_period_of_a_date_contains_it(kind, day):
    period = period_containing(kind, day)
    assert period.kind == kind
    assert period.contains(day)
    assert parse_period(period.key) == period
    assert period_containing(kind, period.start) == period
    assert period_containing(kind, period.end) == period


@given(tiling_kinds, years)
def test_periods_tile_the_year_without_gap_or_overlap(kind, year):
    period = period_containing(kind, dt.date(year, 1, 1))
    assert period.start == dt.date(year, 1, 1)
    covered = 0
    while period.start.year == year:
        following = period.next()
        assert following.start == period.end + ONE_DAY
        covered += period.days
        period = following
    assert period.start == dt.date(year + 1, 1, 1)
    assert covered == (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days


@given(years)
def test_weeks_follow_each_other_through_a_year(year):
    week = period_containing("week", dt.date(year, 1, 1))
    weeks = 0
    while week.end.year == year or week.start.year == year:
        following = week.next()
        assert following.start == week.end + ONE_DAY
        week = following
        weeks += 1
    assert weeks in (53, 54)  # the weeks touching a year, the ends included


@given(kinds, dates, steps)
def test_moving_forward_then_back_returns_the_period(kind, day, n):
    period = period_containing(kind, day)
    assert period.shifted(1).shifted(-1) == period
    assert period.shifted(-1).shifted(1) == period
    assert period.shifted(n).shifted(-n) == period
    assert period.shifted(n).kind == kind
    if n > 0:
        assert period.shifted(n).start > period.end
    elif n < 0:
        assert period.shifted(n).end < period.start


@given(kinds, dates, steps, steps)
def test_moves_add_up(kind, day, a, b):
    period = period_containing(kind, day)
    assert period.shifted(a).shifted(b) == period.shifted(a + b)


@given(dates, st.integers(min_value=0, max_value=400), steps)
def test_a_range_moves_by_its_length(day, length, n):
    period = Period("range", day, day + dt.timedelta(days=length))
    moved = period.shifted(n)
    assert moved.days == period.days
    assert moved.start - period.start == dt.timedelta(days=n * period.days)
    assert moved.shifted(-n) == period


# ---- repeat rules ---------------------------------------------------------------------------

starts = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def series(draw: st.DrawFn) -> tuple[str, dt.date, dt.date | None]:
    """Draw a readable rule, its first day and the last day check_rule reports."""
    start = draw(starts)
    parts = [f"FREQ={draw(st.sampled_from(FREQUENCIES))}"]
    interval = draw(st.integers(min_value=1, max_value=3))
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    end = draw(st.sampled_from(("count", "until", "none")))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(min_value=1, max_value=30))}")
    elif end == "until":
        until = start + dt.timedelta(days=draw(st.integers(min_value=0, max_value=900)))
        parts.append(f"UNTIL={until:%Y%m%d}")
    rule, last = check_rule(";".join(parts), start)
    return rule, start, last


@given(
    series(),
    st.integers(min_value=-400, max_value=1500),
    st.integers(min_value=0, max_value=800),
    st.lists(st.integers(min_value=0, max_value=1500), max_size=8),
)
def test_occurrences_lie_within_the_series_and_skip_excluded_days(rule_start_last, lo, span, ex):
    rule, start, last = rule_start_last
    first = start + dt.timedelta(days=lo)
    final = first + dt.timedelta(days=span)
    excluded = {start + dt.timedelta(days=d) for d in ex}
    every = occurrences(rule, start, first, final)
    kept = occurrences(rule, start, first, final, exdates=excluded)
    assert kept == [d for d in every if d not in excluded]
    assert every == sorted(set(every))
    for day in every:
        assert max(first, start) <= day <= final
        if last is not None:
            assert day <= last
    if every and first <= start:
        assert every[0] == start  # every drawn rule produces its first day
    if last is not None and first <= last <= final:
        assert every[-1] == last
