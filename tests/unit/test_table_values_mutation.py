"""Boundaries and accepted inputs of the table cell parsers: dates, amounts and counts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pressdesk.exchange.table_values import MAX_COUNT, parse_amount, parse_count, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  \t ", None),
        (" 2024-3-5 ", dt.date(2024, 3, 5)),
        ("2024-03-15T10:30", dt.date(2024, 3, 15)),
        ("15-03-2024", dt.date(2024, 3, 15)),
        ("15.03.2024 10:30", dt.date(2024, 3, 15)),
        ("29.02.2024", dt.date(2024, 2, 29)),
        ("1.1.00", dt.date(2000, 1, 1)),
        ("31.12.99", dt.date(2099, 12, 31)),
        # Only a two-digit year is taken for this century; four digits are kept as written.
        ("15.03.0099", dt.date(2099, 3, 15)),
        ("15.03.0100", dt.date(100, 3, 15)),
    ],
)
def test_parse_date_accepts(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["2024-03-15x", "15.03.2024x", "29.02.2023", "15.03.2", "1503.2024", "15.3.224"]
)
def test_parse_date_refuses_with_the_text(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_date(text)
    assert str(caught.value) == f"{text!r} is not a date (write it as 15.03.2024 or 2024-03-15)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  ", None),
        ("сом", None),
        ("45000 сом.", Decimal("45000.00")),
        ("45000 som", Decimal("45000.00")),
        ("45000 KGS", Decimal("45000.00")),
        ("45000 с.", Decimal("45000.00")),
        ("45'000", Decimal("45000.00")),
        ("45’000", Decimal("45000.00")),
        ("45\u202f000", Decimal("45000.00")),
        ("1,234.5", Decimal("1234.50")),
        ("1.234,5", Decimal("1234.50")),
        ("1,50", Decimal("1.50")),
        ("1,5000", Decimal("1.50")),
        ("1234,567", Decimal("1234.57")),
        ("000000000000045", Decimal("45.00")),
        ("999999999999", Decimal("999999999999.00")),
        ("999999999999.99", Decimal("999999999999.99")),
        ("-0.001", Decimal("0.00")),
        ("0.004", Decimal("0.00")),
    ],
)
def test_parse_amount_accepts(text: str, expected: Decimal | None) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12,345", "'12,345' is ambiguous: write thousands without a comma (1500 or 1500,00)"),
        ("-1,500", "'-1,500' is ambiguous: write thousands without a comma (1500 or 1500,00)"),
        ("-5", "'-5' is negative"),
        ("-0.01", "'-0.01' is negative"),
        (".5", "'.5' is not an amount"),
        # The last mark decides: a comma after the last dot makes the dots thousands.
        ("1,234.567,89", "'1,234.567,89' is not an amount"),
        ("1.234,5.6", "'1.234,5.6' is not an amount"),
        ("5.", "'5.' is not an amount"),
        ("1000000000000", "'1000000000000' is too large"),
        ("999999999999.995", "'999999999999.995' is too large"),
    ],
)
def test_parse_amount_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_amount(text)
    assert str(caught.value) == message


def test_a_long_cell_is_cut_in_the_message_after_forty_characters() -> None:
    with pytest.raises(ValueError) as caught:
        parse_amount("x" * 40)
    assert str(caught.value) == repr("x" * 40) + " is not an amount"
    with pytest.raises(ValueError) as caught:
        parse_amount("y" * 41)
    assert str(caught.value) == repr("y" * 39 + "…") + " is not an amount"
    with pytest.raises(ValueError) as caught:
        parse_amount("7" * 50)
    assert str(caught.value) == repr("7" * 39 + "…") + " is too large"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" \u00a0 ", None),
        ("0", 0),
        ("1\u00a0250", 1250),
        ("1\u202f250", 1250),
        ("007", 7),
        ("12.0", 12),
        ("1250.0", 1250),
        ("9223372036854775807", MAX_COUNT),
        ("0009223372036854775807", MAX_COUNT),
    ],
)
def test_parse_count_accepts(text: str, expected: int | None) -> None:
    assert parse_count(text) == expected


def test_the_largest_count_is_the_largest_sqlite_integer() -> None:
    assert MAX_COUNT == 9223372036854775807


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12.5", "'12.5' is not a whole number"),
        ("12.00", "'12.00' is not a whole number"),
        ("١٢", "'١٢' is not a whole number"),
        (" -3 ", "'-3' is not a whole number"),
        ("9223372036854775808", "'9223372036854775808' is too large"),
        ("10000000000000000000", "'10000000000000000000' is too large"),
        ("9" * 45, repr("9" * 39 + "…") + " is too large"),
    ],
)
def test_parse_count_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_count(text)
    assert str(caught.value) == message
