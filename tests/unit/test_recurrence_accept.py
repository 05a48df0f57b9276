"""Repeat rules that must be accepted, and where exactly the refusals begin.

A checker that refuses too much is as broken as one that lets a frozen search through: each
limit is tried on both sides, with the message a person sees.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk.services.plan.recurrence import (
    FREQUENCIES,
    MAX_OCCURRENCES,
    RULE_PARTS,
    RuleError,
    check_possible,
    check_rule,
    first_occurrence,
    format_exdates,
    is_occurrence,
    normalise_rule,
    occurrences,
    parse_exdates,
    rule_parts,
)

D = dt.date
START = D(2026, 1, 31)  # a month's last day: a monthly series must not drift or skip
NEXT_DAY = {"DAILY": D(2026, 2, 1), "WEEKLY": D(2026, 2, 7), "YEARLY": D(2027, 1, 31)}


def assert_message(text: str, message: str) -> None:
    """A message given to its full stop must be the whole text; a fragment must occur in it."""
    if message.endswith("."):
        assert text == message
    else:
        assert message in text


def window(rule: str, start: dt.date, first: dt.date, last: dt.date, **kw) -> list[dt.date]:
    return occurrences(rule, start, first, last, **kw)


@pytest.mark.parametrize("freq", FREQUENCIES)
def test_count_one_is_a_single_day(freq):
    assert check_rule(f"FREQ={freq};COUNT=1", START) == (f"FREQ={freq};COUNT=1", START)
    assert window(f"FREQ={freq};COUNT=1", START, D(2026, 1, 1), D(2030, 12, 31)) == [START]


@pytest.mark.parametrize("freq", FREQUENCIES)
def test_interval_one_is_the_plain_rule(freq):
    rule = f"FREQ={freq};INTERVAL=1"
    assert check_rule(rule, START) == (rule, None)
    days = window(rule, START, START, D(2027, 12, 31))
    assert days[0] == START
    assert days == window(f"FREQ={freq}", START, START, D(2027, 12, 31))


@pytest.mark.parametrize("freq", FREQUENCIES)
def test_until_equal_to_the_start_is_one_day(freq):
    assert check_rule(f"FREQ={freq};UNTIL=20260131", START) == (
        f"FREQ={freq};UNTIL=20260131",
        START,
    )
    # UNTIL with a time on the first day is the same day.
    assert check_rule(f"FREQ={freq};UNTIL=20260131T000000Z", START)[1] == START
    assert window(f"FREQ={freq};UNTIL=20260131", START, D(2026, 1, 1), D(2027, 12, 31)) == [START]


@pytest.mark.parametrize("freq", ["DAILY", "WEEKLY", "YEARLY"])
def test_count_two_ends_one_step_later(freq):
    assert check_rule(f"FREQ={freq};COUNT=2", START)[1] == NEXT_DAY[freq]


def test_a_monthly_series_on_the_31st_skips_the_shorter_months():
    rule, last = check_rule("FREQ=MONTHLY;COUNT=3", START)
    assert (rule, last) == ("FREQ=MONTHLY;COUNT=3", D(2026, 5, 31))
    assert window(rule, START, START, D(2026, 12, 31)) == [
        D(2026, 1, 31),
        D(2026, 3, 31),
        D(2026, 5, 31),
    ]


@pytest.mark.parametrize(
    ("rule", "start", "expected"),
    [
        ("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4", D(2028, 1, 1), ["01-31", "02-29", "03-31", "04-30"]),
        ("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3", D(2026, 1, 1), ["01-31", "02-28", "03-31"]),
        ("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", D(2026, 1, 1), ["01-31", "03-31", "05-31"]),
        ("FREQ=MONTHLY;BYMONTHDAY=30;COUNT=3", D(2026, 1, 1), ["01-30", "03-30", "04-30"]),
        ("FREQ=MONTHLY;BYMONTHDAY=-31;COUNT=2", D(2026, 1, 1), ["01-01", "03-01"]),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28;COUNT=2", D(2026, 1, 1), ["02-28", "02-28"]),
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31;COUNT=1", D(2026, 1, 1), ["12-31"]),
        ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30;COUNT=1", D(2026, 1, 1), ["04-30"]),
        ("FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;COUNT=2", D(2026, 1, 1), ["01-30", "02-27"]),
    ],
)
def test_days_at_the_end_of_the_month_are_accepted(rule, start, expected):
    normal, last = check_rule(rule, start)
    days = window(normal, start, start, D(start.year + 2, 12, 31))
    assert [d.strftime("%m-%d") for d in days] == expected
    assert last == days[-1]


@pytest.mark.parametrize(
    ("rule", "start"),
    [
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29", D(2025, 1, 1)),
        ("FREQ=DAILY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=29", D(2025, 1, 1)),
        ("FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=29", D(2025, 1, 1)),
        ("FREQ=WEEKLY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29", D(2025, 1, 1)),
        ("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=29", D(2025, 1, 1)),
        ("FREQ=MONTHLY;INTERVAL=12;BYMONTH=2;BYMONTHDAY=29", D(2025, 2, 1)),
        ("FREQ=MONTHLY;INTERVAL=36;BYMONTH=2;BYMONTHDAY=29", D(2025, 2, 1)),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", D(2025, 1, 1)),
        ("FREQ=YEARLY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29", D(2025, 1, 1)),
        ("FREQ=YEARLY;BYMONTHDAY=29;BYMONTH=2", D(2028, 2, 29)),
    ],
)
def test_29_february_is_found_by_every_frequency(rule, start):
    normal, last = check_rule(rule, start)
    assert last is None
    assert first_occurrence(normal, start) == D(2028, 2, 29)
    assert is_occurrence(normal, start, D(2028, 2, 29))
    assert not is_occurrence(normal, start, D(2028, 2, 28))
    assert window(normal, start, D(2028, 1, 1), D(2028, 12, 31)) == [D(2028, 2, 29)]


@pytest.mark.parametrize(
    ("freq", "expected"),
    [
        ("DAILY", D(2028, 3, 2)),
        ("WEEKLY", D(2028, 3, 14)),
        ("MONTHLY", D(2028, 4, 29)),
        ("YEARLY", D(2036, 2, 29)),
    ],
)
def test_a_series_starting_on_29_february(freq, expected):
    """A yearly series from a leap day keeps to leap days; the others step on from it."""
    assert check_rule(f"FREQ={freq};COUNT=3", D(2028, 2, 29))[1] == expected


@pytest.mark.parametrize(
    ("rule", "start", "message"),
    [
        (
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
            D(2025, 1, 1),
            "The repeat rule only allows 29 February but never reaches a leap year.",
        ),
        (
            "FREQ=YEARLY;INTERVAL=400;BYMONTH=2;BYMONTHDAY=29",
            D(2100, 1, 1),
            "never reaches a leap year",
        ),
        (
            "FREQ=MONTHLY;INTERVAL=24;BYMONTH=2;BYMONTHDAY=29",
            D(2025, 2, 1),
            "never reaches a leap year",
        ),
        (
            "FREQ=MONTHLY;INTERVAL=48;BYMONTH=2;BYMONTHDAY=-29",
            D(2025, 2, 1),
            "never reaches a leap year",
        ),
        (
            "FREQ=DAILY;INTERVAL=1461;BYMONTH=2;BYMONTHDAY=29",
            D(2025, 1, 1),
            "never reaches a leap year",
        ),
        (
            "FREQ=WEEKLY;INTERVAL=1461;BYMONTH=2;BYMONTHDAY=29",
            D(2025, 3, 3),
            "never reaches a leap year",
        ),
        # A step past the last year the calendar knows (9999).
        ("FREQ=YEARLY;INTERVAL=8000;BYMONTH=2;BYMONTHDAY=29", D(2000, 3, 1), "never reaches"),
    ],
)
def test_29_february_that_is_never_reached_is_refused(rule, start, message):
    with pytest.raises(RuleError) as caught:
        check_rule(rule, start)
    assert_message(str(caught.value), message)


@pytest.mark.parametrize(
    ("rule", "start"),
    [
        ("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", D(2028, 1, 1)),
        ("FREQ=YEARLY;INTERVAL=100;BYMONTH=2;BYMONTHDAY=29", D(2100, 1, 1)),
        ("FREQ=MONTHLY;INTERVAL=24;BYMONTH=2;BYMONTHDAY=29", D(2026, 2, 1)),
        ("FREQ=MONTHLY;INTERVAL=48;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 1)),
        ("FREQ=DAILY;INTERVAL=1461;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 29)),
        ("FREQ=WEEKLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 1)),
        ("FREQ=MONTHLY;BYMONTH=2,3;BYMONTHDAY=29", D(2025, 1, 1)),
        ("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=28,29", D(2025, 1, 1)),
        ("FREQ=MONTHLY;INTERVAL=4800;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 1)),
        ("FREQ=DAILY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 29)),
        # Weeks run Monday to Sunday: 29 February 2028 is in the week of Monday the 28th.
        ("FREQ=WEEKLY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 28)),
        ("FREQ=WEEKLY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 29)),
    ],
)
def test_29_february_reached_later_is_accepted(rule, start):
    normal, last = check_rule(rule, start)
    assert last is None
    assert first_occurrence(normal, start) is not None


@pytest.mark.parametrize(
    ("rule", "start", "first"),
    [
        # One day short of the leap day, a thousand days on meet the next one only in 5820.
        ("FREQ=DAILY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 28), D(5820, 2, 29)),
        # Wednesday the 23rd and Sunday the 27th lie in the week before the leap day's.
        ("FREQ=WEEKLY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 23), D(4232, 2, 29)),
        ("FREQ=WEEKLY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29", D(2028, 2, 27), D(4232, 2, 29)),
    ],
)
def test_29_february_reached_centuries_later_is_not_called_unreachable(rule, start, first):
    normal, _last = check_rule(rule, start)
    assert first_occurrence(normal, start) == first


# ---- occurrences at the edges of a series ---------------------------------------------------


def test_one_day_windows_at_the_start_and_end_of_a_series():
    rule, last = check_rule("FREQ=WEEKLY;COUNT=4", D(2026, 12, 17))
    assert last == D(2027, 1, 7)
    start = D(2026, 12, 17)
    assert window(rule, start, start, start) == [start]
    assert window(rule, start, last, last) == [last]
    assert window(rule, start, start - dt.timedelta(days=1), start - dt.timedelta(days=1)) == []
    assert window(rule, start, last + dt.timedelta(days=7), last + dt.timedelta(days=7)) == []
    assert window(rule, start, D(2026, 12, 18), D(2026, 12, 23)) == []
    assert window(rule, start, D(2026, 12, 1), D(2027, 12, 31)) == [
        D(2026, 12, 17),
        D(2026, 12, 24),
        D(2026, 12, 31),
        D(2027, 1, 7),
    ]
    # A window that only ends on the first day still finds it.
    assert window(rule, start, D(2026, 1, 1), start) == [start]
    assert is_occurrence(rule, start, start)
    assert is_occurrence(rule, start, last)
    assert not is_occurrence(rule, start, last + dt.timedelta(days=7))


def test_until_series_ends_on_its_last_real_date():
    start = D(2026, 12, 17)
    rule, last = check_rule("FREQ=WEEKLY;UNTIL=20270110", start)
    assert (rule, last) == ("FREQ=WEEKLY;UNTIL=20270110", D(2027, 1, 7))
    assert window(rule, start, D(2027, 1, 7), D(2027, 1, 7)) == [D(2027, 1, 7)]
    assert window(rule, start, D(2027, 1, 8), D(2027, 1, 31)) == []
    rule, last = check_rule("FREQ=WEEKLY;UNTIL=20270107", start)
    assert last == D(2027, 1, 7)


def test_windows_that_cannot_hold_a_date():
    start = D(2026, 1, 1)
    assert window("", start, start, D(2026, 12, 31)) == []
    assert window("FREQ=DAILY", start, D(2026, 2, 2), D(2026, 2, 1)) == []
    assert window("FREQ=DAILY", start, D(2025, 1, 1), D(2025, 12, 31)) == []
    assert window("FREQ=DAILY", start, D(2025, 1, 1), start) == [start]
    assert window("FREQ=DAILY", start, D(2026, 2, 1), D(2026, 2, 1)) == [D(2026, 2, 1)]


def test_excluded_dates_are_left_out_at_both_ends():
    start = D(2026, 3, 1)
    rule, _ = check_rule("FREQ=DAILY;COUNT=5", start)
    assert window(rule, start, start, D(2026, 3, 31), exdates=[start, D(2026, 3, 5)]) == [
        D(2026, 3, 2),
        D(2026, 3, 3),
        D(2026, 3, 4),
    ]
    # is_occurrence ignores exclusions: the day still belongs to the series.
    assert is_occurrence(rule, start, start)


def test_reading_stops_at_the_occurrence_limit():
    start = D(2000, 1, 1)
    days = window("FREQ=DAILY", start, start, D(2020, 12, 31))
    assert len(days) == MAX_OCCURRENCES == 5000
    assert days[-1] == start + dt.timedelta(days=MAX_OCCURRENCES - 1)
    skipped = window("FREQ=DAILY", start, start, D(2020, 12, 31), exdates=[start])
    assert len(skipped) == MAX_OCCURRENCES
    assert skipped[0] == D(2000, 1, 2)


def test_first_occurrence():
    wednesday = D(2026, 11, 18)
    assert first_occurrence("", wednesday) == wednesday
    assert first_occurrence("FREQ=WEEKLY;BYDAY=MO", wednesday) == D(2026, 11, 23)
    assert first_occurrence("FREQ=WEEKLY;BYDAY=WE", wednesday) == wednesday
    assert first_occurrence("FREQ=DAILY;UNTIL=20250101", wednesday) is None


# ---- normalising and refusing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "normal"),
    [
        ("", ""),
        ("   ", ""),
        ("FREQ=DAILY", "FREQ=DAILY"),
        ("rrule:freq=daily", "FREQ=DAILY"),
        ("RRULE:FREQ=DAILY;", "FREQ=DAILY"),
        (";;FREQ=DAILY;;", "FREQ=DAILY"),
        ("FREQ = WEEKLY ; BYDAY = MO,FR", "FREQ=WEEKLY;BYDAY=MO,FR"),
        ("FREQ=WEEKLY;WKST=SU;BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO"),
        (
            "BYSETPOS=-1;BYMONTH=1;BYMONTHDAY=1;BYDAY=MO;UNTIL=20261231T120000;INTERVAL=2;"
            "FREQ=YEARLY",
            "FREQ=YEARLY;INTERVAL=2;UNTIL=20261231;BYDAY=MO;BYMONTHDAY=1;BYMONTH=1;BYSETPOS=-1",
        ),
        ("FREQ=DAILY;COUNT=5000", "FREQ=DAILY;COUNT=5000"),
        ("FREQ=DAILY;INTERVAL=01", "FREQ=DAILY;INTERVAL=01"),
    ],
)
def test_rules_are_normalised(rule, normal):
    assert normalise_rule(rule) == normal
    assert RULE_PARTS == (
        "FREQ",
        "INTERVAL",
        "COUNT",
        "UNTIL",
        "BYDAY",
        "BYMONTHDAY",
        "BYMONTH",
        "BYSETPOS",
    )


def test_rule_parts_are_read_upper_cased():
    assert rule_parts("RRULE:freq=weekly;byday=mo") == {"FREQ": "WEEKLY", "BYDAY": "MO"}
    assert rule_parts("") == {}
    assert rule_parts("rrule:") == {}


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ", "The repeat rule part 'FREQ' has no value (write NAME=VALUE)."),
        ("FREQ=", "The repeat rule part 'FREQ=' has no value (write NAME=VALUE)."),
        ("FREQ=DAILY;freq=weekly", "The repeat rule names FREQ twice."),
        (
            "FREQ=DAILY;BYWEEKNO=2;BYHOUR=1",
            "The repeat rule uses BYHOUR, BYWEEKNO, which the plan does not support; use FREQ, "
            "INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS.",
        ),
        ("RRULE:", "The repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)."),
        ("INTERVAL=2", "The repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)."),
        (
            "FREQ=HOURLY",
            "The plan repeats by whole days: FREQ must be one of DAILY, WEEKLY, MONTHLY, "
            "YEARLY, not HOURLY.",
        ),
        ("FREQ=SECONDLY", "not SECONDLY"),
        ("FREQ=DAILY;COUNT=2;UNTIL=20261231", "A repeat rule may give COUNT or UNTIL, not both."),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL must be a whole number of at least 1, not '0'."),
        ("FREQ=DAILY;INTERVAL=-1", "INTERVAL must be a whole number of at least 1, not '-1'."),
        ("FREQ=DAILY;INTERVAL=X", "INTERVAL must be a whole number of at least 1, not 'X'."),
        # A part is split at its first "=": the value keeps the rest.
        ("FREQ=DAILY;INTERVAL=2=3", "INTERVAL must be a whole number of at least 1, not '2=3'."),
        ("FREQ=DAILY;COUNT=0", "COUNT must be a whole number of at least 1, not '0'."),
        ("FREQ=DAILY;COUNT=1.5", "COUNT must be a whole number of at least 1, not '1.5'."),
        ("FREQ=DAILY;UNTIL=2026-12-31", "UNTIL=2026-12-31 is not a date; write it as "),
        ("FREQ=DAILY;UNTIL=20261331", "UNTIL=20261331 is not a date; write it as UNTIL=20261231."),
    ],
)
def test_unreadable_rules_are_refused_with_their_reason(rule, message):
    with pytest.raises(RuleError) as caught:
        normalise_rule(rule)
    assert_message(str(caught.value), message)
    with pytest.raises(RuleError):
        check_rule(rule, START)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=DAILY;COUNT=5001", "COUNT may be at most 5000."),
        (
            "FREQ=DAILY;UNTIL=20260130",
            "The repeat rule ends (UNTIL 2026-01-30) before the item's first day "
            "(2026-01-31); it would produce no dates.",
        ),
        (
            "FREQ=YEARLY;BYMONTH=12;UNTIL=20260601",
            "The repeat rule produces no dates before its UNTIL day.",
        ),
        ("FREQ=YEARLY;BYMONTH=0", "BYMONTH takes month numbers 1–12."),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH takes month numbers 1–12."),
        ("FREQ=YEARLY;BYMONTH=1,X", "'1,X' must be a comma-separated list of numbers."),
        (
            "FREQ=MONTHLY;BYMONTHDAY=0",
            "BYMONTHDAY takes day numbers 1–31 or -31…-1 (from the month's end).",
        ),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY takes day numbers 1–31 or -31…-1"),
        ("FREQ=MONTHLY;BYMONTHDAY=-32", "BYMONTHDAY takes day numbers 1–31 or -31…-1"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,0", "BYMONTHDAY takes day numbers"),
        (
            "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31",
            "The repeat rule names days that do not exist in its months (such as 30 February); "
            "it would produce no dates.",
        ),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "do not exist in its months"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-30", "do not exist in its months"),
        ("FREQ=YEARLY;BYMONTH=4,6,9,11;BYMONTHDAY=31", "do not exist in its months"),
        (
            "FREQ=MONTHLY;INTERVAL=12;BYMONTH=3",
            "The repeat rule never lands in the months it names (BYMONTH with this INTERVAL).",
        ),
        ("FREQ=MONTHLY;INTERVAL=6;BYMONTH=4", "never lands in the months it names"),
        ("FREQ=MONTHLY;INTERVAL=6;BYMONTH=3,4,5,6", "never lands in the months it names"),
        ("FREQ=DAILY;BYSETPOS=2", "BYSETPOS picks a position that a daily rule never has."),
        ("FREQ=DAILY;BYSETPOS=-2", "a daily rule never has"),
        ("FREQ=DAILY;BYSETPOS=0", "a daily rule never has"),
        ("FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=8", "a weekly rule never has"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=32", "a monthly rule never has"),
        ("FREQ=YEARLY;BYDAY=MO;BYSETPOS=-367", "a yearly rule never has"),
        ("FREQ=WEEKLY;BYDAY=XX", "The repeat rule 'FREQ=WEEKLY;BYDAY=XX' cannot be read: "),
        ("FREQ=DAILY;BYSETPOS=0,1", "cannot be read: bysetpos must be between 1 and 366"),
    ],
)
def test_impossible_rules_are_refused_with_their_reason(rule, message):
    with pytest.raises(RuleError) as caught:
        check_rule(rule, START)
    assert_message(str(caught.value), message)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;COUNT=5000",
        "FREQ=YEARLY;BYMONTH=1",
        "FREQ=YEARLY;BYMONTH=12",
        "FREQ=YEARLY;BYMONTH=1,12",
        "FREQ=MONTHLY;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYMONTHDAY=-31",
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30",
        "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-30",
        "FREQ=YEARLY;BYMONTH=4,5;BYMONTHDAY=31",
        "FREQ=MONTHLY;INTERVAL=12;BYMONTH=1",
        "FREQ=MONTHLY;INTERVAL=6;BYMONTH=7",
        "FREQ=MONTHLY;INTERVAL=6;BYMONTH=3,7",
        "FREQ=MONTHLY;INTERVAL=5;BYMONTH=3",
        "FREQ=MONTHLY;INTERVAL=12",
        "FREQ=MONTHLY",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1",
        "FREQ=DAILY;BYSETPOS=1",
        "FREQ=DAILY;BYSETPOS=-1",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=7",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=-7",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=31",
        "FREQ=YEARLY;BYDAY=MO;BYSETPOS=52",
    ],
)
def test_rules_at_the_limits_are_accepted(rule):
    start = D(2026, 1, 1)
    normal, _ = check_rule(rule, start)
    assert normal == normalise_rule(rule)
    assert first_occurrence(normal, start) is not None


@pytest.mark.parametrize(
    "rule",
    [
        # The check bounds a position by the largest set a frequency can have; a smaller set
        # (one Monday a week, one last day a month) is left to the reader of the rule.
        "FREQ=MONTHLY;BYMONTHDAY=-1;BYSETPOS=31",
        "FREQ=YEARLY;BYDAY=MO;BYSETPOS=366",
        "FREQ=YEARLY;BYDAY=MO;BYSETPOS=-366",
    ],
)
def test_positions_up_to_the_largest_set_pass_the_check(rule):
    assert check_rule(rule, D(2026, 1, 1)) == (rule, None)


def test_the_day_filter_check_is_public():
    check_possible({"FREQ": "MONTHLY", "BYMONTHDAY": "31"}, START)
    with pytest.raises(RuleError, match="do not exist"):
        check_possible({"FREQ": "MONTHLY", "BYMONTH": "2", "BYMONTHDAY": "30"}, START)


def test_monthly_interval_lands_only_in_reachable_months():
    """INTERVAL=6 from March reaches March and September; from January, January and July."""
    check_rule("FREQ=MONTHLY;INTERVAL=6;BYMONTH=9", D(2026, 3, 1))
    check_rule("FREQ=MONTHLY;INTERVAL=4;BYMONTH=6", D(2026, 2, 1))
    with pytest.raises(RuleError, match="never lands"):
        check_rule("FREQ=MONTHLY;INTERVAL=6;BYMONTH=7", D(2026, 3, 1))
    with pytest.raises(RuleError, match="never lands"):
        check_rule("FREQ=MONTHLY;INTERVAL=4;BYMONTH=4", D(2026, 2, 1))


# ---- excluded dates -------------------------------------------------------------------------


def test_excluded_dates_are_read_and_written_sorted_and_once():
    assert parse_exdates("") == ()
    assert parse_exdates(" , ,") == ()
    assert parse_exdates("2026-03-02, 2026-03-01,,2026-03-02 ") == (D(2026, 3, 1), D(2026, 3, 2))
    assert format_exdates([D(2026, 3, 2), D(2026, 3, 1), D(2026, 3, 2)]) == "2026-03-01,2026-03-02"
    assert format_exdates([]) == ""
    with pytest.raises(RuleError) as caught:
        parse_exdates("2026-03-01,2026-13-01")
    assert str(caught.value) == "'2026-13-01' is not an excluded date (write 2026-11-21)."


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;COUNT=2\nRRULE:FREQ=WEEKLY",
        "RRULE:FREQ=DAILY\nEXDATE:20270101",
        "FREQ=DAILY\nRDATE:20270101",
    ],
)
def test_a_set_of_rules_is_refused_as_not_a_single_rule(rule: str) -> None:
    with pytest.raises(RuleError) as caught:
        occurrences(rule, dt.date(2027, 1, 1), dt.date(2027, 1, 1), dt.date(2027, 1, 5))
    assert caught.value.code == "plan.rule_not_single"
    assert caught.value.values == {"rule": rule}


def test_a_counted_rule_that_never_gives_a_date_is_refused() -> None:
    # A week has one Monday: the second one of the set is never there.
    with pytest.raises(RuleError) as caught:
        check_rule("FREQ=WEEKLY;BYSETPOS=2;BYDAY=MO;COUNT=1", dt.date(2027, 1, 1))
    assert caught.value.code == "plan.rule_no_dates"
