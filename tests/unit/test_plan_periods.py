"""Planning periods and repeat rules: parsing, labels, navigation and bad input."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from pressdesk.services.plan.labels import LABELS, flag_label, status_label, weekday_name
from pressdesk.services.plan.periods import (
    MAX_RANGE_DAYS,
    PeriodError,
    date_range,
    parse_date,
    parse_period,
    period_containing,
)
from pressdesk.services.plan.recurrence import (
    RuleError,
    check_rule,
    normalise_rule,
    occurrences,
)
from pressdesk.storage.plan_models import PLAN_FORMATS, PLAN_LANGUAGES, PLAN_STATUSES


@pytest.mark.parametrize(
    ("key", "start", "end"),
    [
        ("2026-W48", dt.date(2026, 11, 23), dt.date(2026, 11, 29)),
        ("2026-W01", dt.date(2025, 12, 29), dt.date(2026, 1, 4)),
        ("2026-11-1", dt.date(2026, 11, 1), dt.date(2026, 11, 10)),
        ("2026-11-2", dt.date(2026, 11, 11), dt.date(2026, 11, 20)),
        ("2026-11-3", dt.date(2026, 11, 21), dt.date(2026, 11, 30)),
        ("2028-02-3", dt.date(2028, 2, 21), dt.date(2028, 2, 29)),
        ("2026-11", dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        ("2026-Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("2026-11-21", dt.date(2026, 11, 21), dt.date(2026, 11, 21)),
    ],
)
def test_parse_period_and_key_round_trip(key, start, end):
    period = parse_period(key)
    assert (period.start, period.end) == (start, end)
    assert parse_period(period.key) == period


def test_labels_in_kyrgyz_and_russian():
    decade = parse_period("2026-11-2")
    assert decade.label("ky") == "2026-жылдын ноябрь айынын 2-декадасы"
    assert decade.label("ru") == "2-я декада ноября 2026 г."
    week = parse_period("2026-W48")
    assert week.label("ky") == "2026-жылдын 48-аптасы (23–29-ноябрь)"
    assert week.label("ru") == "48-я неделя 2026 г. (23–29 ноября)"
    assert "29-декабрь – 4-январь" in parse_period("2026-W01").label("ky")
    assert parse_period("2026-11").label("ru") == "ноябрь 2026 г."
    assert parse_period("2026-Q4").label("ru") == "IV квартал 2026 г."
    assert parse_period("2026").label("ky") == "2026-жыл"


def test_navigation_crosses_month_and_year_ends():
    assert parse_period("2026-12-3").next().key == "2027-01-1"
    assert parse_period("2027-01-1").previous().key == "2026-12-3"
    assert parse_period("2026-W53").next().key == "2027-W01"
    assert parse_period("2026-12").next().key == "2027-01"
    assert parse_period("2026-Q1").previous().key == "2025-Q4"
    assert parse_period("2026-11-2").shifted(5).key == "2027-01-1"
    week = period_containing("week", dt.date(2026, 11, 26))
    assert week.key == "2026-W48"
    assert len(week.dates()) == 7
    assert week.contains(dt.date(2026, 11, 29))
    assert not week.contains(dt.date(2026, 11, 30))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", "that month has 28 days"),
        ("2026-W54", "has ISO weeks 1–53"),
        ("2026-13", "There is no month 13"),
        ("2026-11-4", "is not a period"),
        ("next week", "is not a period"),
    ],
)
def test_bad_periods_say_why(text, message):
    with pytest.raises(PeriodError, match=message):
        parse_period(text)


def test_dates_and_ranges():
    assert parse_date("21.11.2026") == dt.date(2026, 11, 21)
    with pytest.raises(PeriodError, match="that month has 30 days"):
        parse_date("2026-11-31")
    with pytest.raises(PeriodError, match="not a date"):
        parse_date("tomorrow")
    with pytest.raises(PeriodError, match=r"ends .* before it starts"):
        date_range(dt.date(2026, 11, 2), dt.date(2026, 11, 1))
    with pytest.raises(PeriodError, match="choose at most"):
        date_range(dt.date(2000, 1, 1), dt.date(2000, 1, 1) + dt.timedelta(days=MAX_RANGE_DAYS))


def test_every_code_has_both_labels():
    for status in PLAN_STATUSES:
        assert status_label(status, "ky") and status_label(status, "ru")
    for key in [f"format.{f}" for f in PLAN_FORMATS] + [f"language.{x}" for x in PLAN_LANGUAGES]:
        assert set(LABELS[key]) == {"ky", "ru"}
    assert weekday_name(0, "ky") == "дүйшөмбү"
    assert "5" in flag_label("waiting", "ru", wait_days=5)


def test_rule_normalised_and_ends_computed():
    start = dt.date(2026, 1, 1)
    assert normalise_rule("RRULE:freq=weekly; byday=MO") == "FREQ=WEEKLY;BYDAY=MO"
    assert check_rule("FREQ=WEEKLY;BYDAY=MO", start) == ("FREQ=WEEKLY;BYDAY=MO", None)
    assert check_rule("FREQ=DAILY;COUNT=3", start)[1] == dt.date(2026, 1, 3)
    rule, end = check_rule("FREQ=WEEKLY;UNTIL=20260131T235959Z", start)
    assert rule == "FREQ=WEEKLY;UNTIL=20260131"
    assert end == dt.date(2026, 1, 29)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "do not exist"),
        ("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", "never reaches a leap year"),
        ("FREQ=MONTHLY;INTERVAL=12;BYMONTH=3", "never lands"),
        ("FREQ=HOURLY", "whole days"),
        ("FREQ=WEEKLY;UNTIL=20251231", "before the item's first day"),
        ("FREQ=DAILY;COUNT=0", "at least 1"),
        ("BYDAY=MO", "needs FREQ"),
        ("FREQ=WEEKLY;BYWEEKNO=3", "does not support"),
        ("FREQ=WEEKLY;BYDAY=XX", "cannot be read"),
        ("garbage", "has no value"),
        ("FREQ=DAILY;BYSETPOS=2", "never has"),
    ],
)
def test_bad_rules_are_refused_quickly(rule, message):
    began = time.perf_counter()
    with pytest.raises(RuleError, match=message):
        check_rule(rule, dt.date(2026, 1, 1))
    assert time.perf_counter() - began < 1.0


def test_endless_rule_is_bounded_by_the_range():
    days = occurrences(
        "FREQ=DAILY",
        dt.date(2020, 1, 1),
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
        exdates=[dt.date(2026, 11, 5)],
    )
    assert len(days) == 29
    assert dt.date(2026, 11, 5) not in days
    assert (
        occurrences("FREQ=DAILY", dt.date(2027, 1, 1), dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        == []
    )


def test_rule_on_29_february_finds_leap_years():
    rule, _ = check_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", dt.date(2025, 1, 1))
    assert occurrences(rule, dt.date(2025, 1, 1), dt.date(2025, 1, 1), dt.date(2032, 12, 31)) == [
        dt.date(2028, 2, 29),
        dt.date(2032, 2, 29),
    ]
