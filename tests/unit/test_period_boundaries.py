"""Planning periods at their edges: the days 1, 10, 11, 20, 21 and each month's last day.

Every table here is written out by hand (month lengths, quarters, ISO weeks around New Year,
the Kyrgyz and Russian month names) rather than computed the way the code computes it, so a
mistake in the code cannot repeat itself in the expectation.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk.services.plan.periods import (
    MAX_RANGE_DAYS,
    PERIOD_KINDS,
    Period,
    PeriodError,
    date_range,
    day_span,
    decade_number,
    decade_period,
    parse_date,
    parse_period,
    period_containing,
)

LEAP, COMMON = 2028, 2026
MONTH_DAYS = {
    COMMON: (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
    LEAP: (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
}
# (first month, last month, last day of the last month) of quarters I–IV.
QUARTERS = ((1, 3, 31), (4, 6, 30), (7, 9, 30), (10, 12, 31))
QUARTER_OF_MONTH = (1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4)
MONTHS_KY = ("январь", "февраль", "март", "апрель", "май", "июнь")
MONTHS_KY += ("июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь")
MONTHS_RU = MONTHS_KY  # the Russian nominative names are spelt the same
MONTHS_RU_OF = ("января", "февраля", "марта", "апреля", "мая", "июня")
MONTHS_RU_OF += ("июля", "августа", "сентября", "октября", "ноября", "декабря")
ROMAN = ("I", "II", "III", "IV")


def edge_days() -> list[dt.date]:
    """Return days 1, 10, 11, 20, 21 and the last day of every month of a common and a leap year."""
    days = []
    for year, lengths in MONTH_DAYS.items():
        for month, last in enumerate(lengths, start=1):
            days += [dt.date(year, month, d) for d in (1, 10, 11, 20, 21, last)]
    return days


EDGE_DAYS = edge_days()


def assert_message(text: str, message: str) -> None:
    """A message given to its full stop must be the whole text; a fragment must occur in it."""
    if message.endswith("."):
        assert text == message
    else:
        assert message in text


def day_id(day: dt.date) -> str:
    return day.isoformat()


def expected_decade(day: dt.date) -> tuple[int, dt.date, dt.date]:
    last = MONTH_DAYS[day.year][day.month - 1]
    if day.day < 11:
        return 1, day.replace(day=1), day.replace(day=10)
    if day.day < 21:
        return 2, day.replace(day=11), day.replace(day=20)
    return 3, day.replace(day=21), day.replace(day=last)


def assert_period(period: Period, kind: str, start: dt.date, end: dt.date, key: str) -> None:
    assert (period.kind, period.start, period.end, period.key) == (kind, start, end, key)
    assert period.days == (end - start).days + 1
    assert period.dates()[0] == start
    assert period.dates()[-1] == end
    assert len(period.dates()) == period.days
    assert period.contains(start)
    assert period.contains(end)
    assert not period.contains(start - dt.timedelta(days=1))
    assert not period.contains(end + dt.timedelta(days=1))
    assert parse_period(key) == period


@pytest.mark.parametrize("day", EDGE_DAYS, ids=day_id)
def test_ten_day_period_of_an_edge_day(day):
    n, start, end = expected_decade(day)
    assert decade_number(day) == n
    period = period_containing("decade", day)
    assert_period(period, "decade", start, end, f"{day.year}-{day.month:02d}-{n}")
    assert decade_period(day.year, day.month, n) == period


@pytest.mark.parametrize("day", EDGE_DAYS, ids=day_id)
def test_month_quarter_and_year_of_an_edge_day(day):
    last = MONTH_DAYS[day.year][day.month - 1]
    month = period_containing("month", day)
    assert_period(
        month,
        "month",
        day.replace(day=1),
        day.replace(day=last),
        f"{day.year}-{day.month:02d}",
    )
    q = QUARTER_OF_MONTH[day.month - 1]
    first_month, last_month, last_day = QUARTERS[q - 1]
    quarter = period_containing("quarter", day)
    assert_period(
        quarter,
        "quarter",
        dt.date(day.year, first_month, 1),
        dt.date(day.year, last_month, last_day),
        f"{day.year}-Q{q}",
    )
    assert_period(
        period_containing("year", day),
        "year",
        dt.date(day.year, 1, 1),
        dt.date(day.year, 12, 31),
        str(day.year),
    )
    assert_period(period_containing("day", day), "day", day, day, day.isoformat())


@pytest.mark.parametrize("day", EDGE_DAYS, ids=day_id)
def test_week_of_an_edge_day_runs_monday_to_sunday(day):
    week = period_containing("week", day)
    assert week.start.strftime("%a") == "Mon"
    assert week.end.strftime("%a") == "Sun"
    assert week.days == 7
    assert week.contains(day)
    assert parse_period(week.key) == week


# ISO weeks around New Year: the week belongs to the year of its Thursday.
@pytest.mark.parametrize(
    ("day", "key", "monday", "sunday"),
    [
        (dt.date(2025, 12, 28), "2025-W52", dt.date(2025, 12, 22), dt.date(2025, 12, 28)),
        (dt.date(2025, 12, 29), "2026-W01", dt.date(2025, 12, 29), dt.date(2026, 1, 4)),
        (dt.date(2025, 12, 31), "2026-W01", dt.date(2025, 12, 29), dt.date(2026, 1, 4)),
        (dt.date(2026, 1, 1), "2026-W01", dt.date(2025, 12, 29), dt.date(2026, 1, 4)),
        (dt.date(2026, 1, 4), "2026-W01", dt.date(2025, 12, 29), dt.date(2026, 1, 4)),
        (dt.date(2026, 1, 5), "2026-W02", dt.date(2026, 1, 5), dt.date(2026, 1, 11)),
        (dt.date(2026, 12, 31), "2026-W53", dt.date(2026, 12, 28), dt.date(2027, 1, 3)),
        (dt.date(2027, 1, 1), "2026-W53", dt.date(2026, 12, 28), dt.date(2027, 1, 3)),
        (dt.date(2027, 1, 3), "2026-W53", dt.date(2026, 12, 28), dt.date(2027, 1, 3)),
        (dt.date(2027, 1, 4), "2027-W01", dt.date(2027, 1, 4), dt.date(2027, 1, 10)),
        (dt.date(2028, 1, 1), "2027-W52", dt.date(2027, 12, 27), dt.date(2028, 1, 2)),
        (dt.date(2028, 1, 3), "2028-W01", dt.date(2028, 1, 3), dt.date(2028, 1, 9)),
        (dt.date(2028, 2, 29), "2028-W09", dt.date(2028, 2, 28), dt.date(2028, 3, 5)),
        (dt.date(2028, 12, 31), "2028-W52", dt.date(2028, 12, 25), dt.date(2028, 12, 31)),
        (dt.date(2029, 1, 1), "2029-W01", dt.date(2029, 1, 1), dt.date(2029, 1, 7)),
        (dt.date(2029, 12, 31), "2030-W01", dt.date(2029, 12, 31), dt.date(2030, 1, 6)),
    ],
)
def test_iso_week_across_year_ends(day, key, monday, sunday):
    assert_period(period_containing("week", day), "week", monday, sunday, key)


@pytest.mark.parametrize(
    ("key", "nxt", "prev"),
    [
        # ten-day periods, through short months and year ends
        ("2026-01-1", "2026-01-2", "2025-12-3"),
        ("2026-01-3", "2026-02-1", "2026-01-2"),
        ("2026-02-3", "2026-03-1", "2026-02-2"),
        ("2028-02-3", "2028-03-1", "2028-02-2"),
        ("2026-12-3", "2027-01-1", "2026-12-2"),
        # ISO weeks, through 52- and 53-week years
        ("2026-W01", "2026-W02", "2025-W52"),
        ("2026-W53", "2027-W01", "2026-W52"),
        ("2027-W52", "2028-W01", "2027-W51"),
        ("2028-W52", "2029-W01", "2028-W51"),
        # months, quarters, years and days
        ("2026-01", "2026-02", "2025-12"),
        ("2026-12", "2027-01", "2026-11"),
        ("2026-Q1", "2026-Q2", "2025-Q4"),
        ("2026-Q2", "2026-Q3", "2026-Q1"),
        ("2026-Q4", "2027-Q1", "2026-Q3"),
        ("2026", "2027", "2025"),
        ("2028-02-29", "2028-03-01", "2028-02-28"),
        ("2026-12-31", "2027-01-01", "2026-12-30"),
    ],
)
def test_moving_a_period_forward_and_back(key, nxt, prev):
    period = parse_period(key)
    assert period.next() == parse_period(nxt)
    assert period.previous() == parse_period(prev)
    assert period.shifted(1).key == nxt
    assert period.shifted(-1).key == prev
    assert period.shifted(0) == period
    assert period.next().start == period.end + dt.timedelta(days=1)
    assert period.previous().end == period.start - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("key", "steps", "expected"),
    [
        ("2026-11-2", 5, "2027-01-1"),
        ("2026-11-2", -5, "2026-09-3"),
        ("2026-01-1", -1, "2025-12-3"),
        ("2026-01-1", 36, "2027-01-1"),
        ("2026-01-1", -36, "2025-01-1"),
        ("2026-W48", 6, "2027-W01"),
        ("2026-W48", -48, "2025-W52"),
        ("2026-11", 14, "2028-01"),
        ("2026-11", -11, "2025-12"),
        ("2026-Q4", 5, "2028-Q1"),
        ("2026-Q4", -4, "2025-Q4"),
        ("2026", -26, "2000"),
        ("2026-11-21", 41, "2027-01-01"),
    ],
)
def test_shifting_several_periods(key, steps, expected):
    assert parse_period(key).shifted(steps).key == expected


def test_a_range_moves_by_its_own_length():
    week_long = date_range(dt.date(2026, 12, 29), dt.date(2027, 1, 4))
    assert week_long.key == "2026-12-29..2027-01-04"
    assert week_long.days == 7
    moved = week_long.next()
    assert (moved.kind, moved.start, moved.end) == (
        "range",
        dt.date(2027, 1, 5),
        dt.date(2027, 1, 11),
    )
    back = week_long.shifted(-2)
    assert (back.start, back.end) == (dt.date(2026, 12, 15), dt.date(2026, 12, 21))
    one_day = date_range(dt.date(2028, 2, 29), dt.date(2028, 2, 29))
    assert one_day.days == 1
    assert one_day.next().start == dt.date(2028, 3, 1)


@pytest.mark.parametrize(
    ("period", "message"),
    [
        (
            date_range(dt.date(9999, 12, 30), dt.date(9999, 12, 31)),
            "The period would leave the calendar (years 1–9999).",
        ),
        (parse_period("9999-12"), "The year 10000 is outside the calendar"),
        (parse_period("9999-Q4"), "The year 10000 is outside the calendar"),
        (parse_period("9999"), "The year 10000 is outside the calendar"),
    ],
)
def test_moving_off_the_calendar_is_refused(period, message):
    with pytest.raises(PeriodError) as caught:
        period.next()
    assert_message(str(caught.value), message)


def test_periods_at_the_ends_of_the_calendar():
    assert parse_period("0001-W01").start == dt.date(1, 1, 1)
    assert parse_period("9999-12-3").end == dt.date(9999, 12, 31)
    with pytest.raises(PeriodError, match="The year 0 is outside the calendar"):
        parse_period("0001-01").previous()
    with pytest.raises(PeriodError) as caught:
        period_containing("week", dt.date(9999, 12, 31))
    assert str(caught.value) == "The week would leave the calendar (years 1–9999)."
    with pytest.raises(PeriodError, match="Unknown period kind 'half'; use one of day, week"):
        period_containing("half", dt.date(2026, 1, 1))  # type: ignore[arg-type]
    assert PERIOD_KINDS == ("day", "week", "decade", "month", "quarter", "year")


# ---- labels --------------------------------------------------------------------------------


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("year", [COMMON, LEAP])
def test_ten_day_and_month_labels_name_the_month(year, month):
    for n, day in ((1, 1), (2, 11), (3, 21)):
        decade = period_containing("decade", dt.date(year, month, day))
        assert decade.label("ky") == (f"{year}-жылдын {MONTHS_KY[month - 1]} айынын {n}-декадасы")
        assert decade.label("ru") == f"{n}-я декада {MONTHS_RU_OF[month - 1]} {year} г."
    month_period = period_containing("month", dt.date(year, month, 1))
    assert month_period.label("ky") == f"{year}-жылдын {MONTHS_KY[month - 1]} айы"
    assert month_period.label("ru") == f"{MONTHS_RU[month - 1]} {year} г."


@pytest.mark.parametrize("q", [1, 2, 3, 4])
def test_quarter_and_year_labels(q):
    quarter = parse_period(f"2028-Q{q}")
    assert quarter.label("ky") == f"2028-жылдын {ROMAN[q - 1]}-чейреги"
    assert quarter.label("ru") == f"{ROMAN[q - 1]} квартал 2028 г."
    last_month = QUARTERS[q - 1][1]
    assert period_containing("quarter", dt.date(2028, last_month, 1)) == quarter
    year = parse_period("2028")
    assert year.label("ky") == "2028-жыл"
    assert year.label("ru") == "2028 год"


@pytest.mark.parametrize(
    ("key", "ky", "ru"),
    [
        (
            "2026-W01",
            "2026-жылдын 1-аптасы (29-декабрь – 4-январь)",
            "1-я неделя 2026 г. (29 декабря – 4 января)",
        ),
        (
            "2026-W53",
            "2026-жылдын 53-аптасы (28-декабрь – 3-январь)",
            "53-я неделя 2026 г. (28 декабря – 3 января)",
        ),
        (
            "2027-W52",
            "2027-жылдын 52-аптасы (27-декабрь – 2-январь)",
            "52-я неделя 2027 г. (27 декабря – 2 января)",
        ),
        (
            "2028-W09",
            "2028-жылдын 9-аптасы (28-февраль – 5-март)",
            "9-я неделя 2028 г. (28 февраля – 5 марта)",
        ),
        (
            "2028-W52",
            "2028-жылдын 52-аптасы (25–31-декабрь)",
            "52-я неделя 2028 г. (25–31 декабря)",
        ),
        (
            "2029-W01",
            "2029-жылдын 1-аптасы (1–7-январь)",
            "1-я неделя 2029 г. (1–7 января)",
        ),
    ],
)
def test_week_labels_across_month_and_year_ends(key, ky, ru):
    week = parse_period(key)
    assert week.label("ky") == ky
    assert week.label("ru") == ru


def test_day_and_range_labels():
    day = parse_period("2028-02-29")
    assert day.label("ky") == "2028-жылдын 29-февралы"
    assert day.label("ru") == "29 февраля 2028 г."
    span = date_range(dt.date(2026, 12, 31), dt.date(2027, 1, 1))
    assert span.label("ky") == "2026-жылдын 31-декабры – 2027-жылдын 1-январы"
    assert span.label("ru") == "31 декабря 2026 г. – 1 января 2027 г."
    assert day_span(dt.date(2026, 3, 30), dt.date(2026, 4, 5), "ru") == "30 марта – 5 апреля"
    assert day_span(dt.date(2026, 3, 2), dt.date(2026, 3, 8), "ky") == "2–8-март"


# ---- reading periods and dates --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2026-W48", "2026-W48"),
        ("2026W48", "2026-W48"),
        ("2026-w48", "2026-W48"),
        ("2026-W8", "2026-W08"),
        (" 2026-W53 ", "2026-W53"),
        ("2026-Q4", "2026-Q4"),
        ("2026q1", "2026-Q1"),
        ("2026-1", "2026-01"),
        ("2026-12", "2026-12"),
        ("2026-1-3", "2026-01-3"),
        ("2026-02-3", "2026-02-3"),
        ("2028-02-29", "2028-02-29"),
        ("9999", "9999"),
    ],
)
def test_period_codes_that_are_accepted(text, key):
    assert parse_period(text).key == key


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-W00", "2026-W00: the year 2026 has ISO weeks 1–53"),
        ("2027-W53", "2027-W53: the year 2027 has ISO weeks 1–52"),
        ("2026-W54", "the year 2026 has ISO weeks 1–53"),
        # 29 December 2025 is a Monday of 2026-W01: the count comes from the 28th.
        ("2025-W53", "2025-W53: the year 2025 has ISO weeks 1–52."),
        ("0001-W53", "0001-W53: the year 1 has ISO weeks 1–52."),
        ("9999-W53", "9999-W53: the year 9999 has ISO weeks 1–52."),
        ("0000-W01", "0000-W01: the year 0 is outside the calendar (1–9999)."),
        ("2026-00", "There is no month 0: months are numbered 1–12."),
        ("2026-13", "There is no month 13: months are numbered 1–12."),
        ("2026-13-1", "There is no month 13"),
        ("2026-00-1", "There is no month 0"),
        ("2026-Q0", "is not a period"),
        ("2026-Q5", "is not a period"),
        ("0000", "The year 0 is outside the calendar"),
        ("2026-11-4", "'2026-11-4' is not a period; write a week as 2026-W48"),
        ("2026-11-0", "is not a period"),
        ("2026-02-29", "2026-02-29 is not a date: that month has 28 days."),
        ("2028-02-30", "2028-02-30 is not a date: that month has 29 days."),
        ("2026-04-31", "that month has 30 days"),
        ("2026-04-00", "2026-04-00 is not a date: that month has 30 days."),
        ("", "is not a period"),
        (
            "20261",
            "'20261' is not a period; write a week as 2026-W48, a ten-day period as 2026-11-2, "
            "a month as 2026-11, a quarter as 2026-Q4 or a year as 2026.",
        ),
    ],
)
def test_period_codes_that_are_refused(text, message):
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert_message(str(caught.value), message)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-21", dt.date(2026, 11, 21)),
        (" 2026-1-01 ", dt.date(2026, 1, 1)),
        ("21.11.2026", dt.date(2026, 11, 21)),
        ("1.1.2026", dt.date(2026, 1, 1)),
        ("29.02.2028", dt.date(2028, 2, 29)),
        ("31.12.9999", dt.date(9999, 12, 31)),
        ("01.01.0001", dt.date(1, 1, 1)),
    ],
)
def test_dates_that_are_accepted(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("29.02.2026", "2026-02-29 is not a date: that month has 28 days."),
        ("32.01.2026", "that month has 31 days"),
        ("00.01.2026", "2026-01-00 is not a date"),
        ("01.13.2026", "There is no month 13"),
        ("01.01.0000", "The year 0 is outside the calendar (1–9999)."),
        ("2026-11-1", "'2026-11-1' is not a date; write it as 2026-11-21 or 21.11.2026."),
        ("2026/11/21", "is not a date"),
    ],
)
def test_dates_that_are_refused(text, message):
    with pytest.raises(PeriodError) as caught:
        parse_date(text)
    assert_message(str(caught.value), message)


def test_decade_numbers_outside_one_to_three_are_refused():
    for n in (0, 4):
        with pytest.raises(PeriodError, match=f"ten-day periods 1, 2 and 3, not {n}"):
            decade_period(2026, 1, n)


def test_range_limits():
    start = dt.date(2020, 1, 1)
    longest = date_range(start, start + dt.timedelta(days=MAX_RANGE_DAYS - 1))
    assert longest.days == MAX_RANGE_DAYS == 3700
    with pytest.raises(PeriodError) as caught:
        date_range(start, start + dt.timedelta(days=MAX_RANGE_DAYS))
    assert str(caught.value) == (
        "The range 2020-01-01 – 2030-02-17 covers 3701 days; "
        "choose at most 3700 days (about ten years)."
    )
    assert date_range(start, start).days == 1
    with pytest.raises(PeriodError) as inverted:
        date_range(start, start - dt.timedelta(days=1))
    assert str(inverted.value) == "The period ends (2019-12-31) before it starts (2020-01-01)."
