"""Why an import refuses a row: coded for the window, English on the command line.

Each reason is a ``Message`` whose code the window words in Kyrgyz or Russian; its ``str()`` is
the English sentence the command line has always printed.
"""

from __future__ import annotations

import pytest

from pressdesk.exchange.assets_io import cell_problem, parse_archive_record, parse_item_record
from pressdesk.exchange.table_values import CellValueError, parse_amount, parse_count, parse_date
from pressdesk.exchange.tabular import RowInvalid, SourceRow, TableData
from pressdesk.message_texts import TEXTS
from pressdesk.messages import Message
from pressdesk.services.coverage import importing


def _table(columns: dict[str, str]) -> TableData:
    return TableData(rows=[], columns=columns, ignored_columns=[], header_line=1)


def _row(values: dict[str, str]) -> SourceRow:
    return SourceRow(line=2, values=values)


def _reasons(call) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    with pytest.raises(RowInvalid) as caught:
        call()
    for reason in caught.value.reasons:
        assert isinstance(reason, Message) and reason.code in TEXTS, reason
    return caught.value.reasons


@pytest.mark.parametrize(
    ("parse", "text", "kind", "english"),
    [
        (parse_date, "31.02.2024", "date", "'31.02.2024' is not a date (write it as 15.03.2024"),
        (parse_amount, "1,500", "ambiguous", "'1,500' is ambiguous: write thousands without"),
        (parse_amount, "дорого", "amount", "'дорого' is not an amount"),
        (parse_amount, "-5", "negative", "'-5' is negative"),
        (parse_amount, "9" * 20, "too_large", "is too large"),
        (parse_count, "12a", "count", "'12a' is not a whole number"),
        (parse_count, "9" * 30, "too_large", "is too large"),
    ],
)
def test_a_cell_error_keeps_its_english_and_says_its_kind(parse, text, kind, english):  # type: ignore[no-untyped-def]
    with pytest.raises(CellValueError) as caught:
        parse(text)
    assert isinstance(caught.value, ValueError)
    assert caught.value.kind == kind
    assert english in str(caught.value)
    problem = cell_problem("«Cost»", text, caught.value)
    assert problem.code != "problem.row_bad_value"
    assert str(problem) == f"«Cost»: {caught.value}"


def test_an_equipment_row_is_refused_with_coded_reasons_in_english_for_the_command_line():
    table = _table(
        {
            "inventory_number": "Inventory number",
            "name": "Name",
            "category": "Category",
            "purchase_date": "Purchase date",
            "cost": "Cost",
        }
    )
    row = _row({"category": "marshal", "purchase_date": "31.02.2024", "cost": "12,3x"})
    reasons = _reasons(lambda: parse_item_record(table, row))
    assert [r.code for r in reasons] == [  # type: ignore[attr-defined]
        "problem.row_empty",
        "problem.row_empty",
        "problem.row_unknown_value",
        "problem.row_not_date",
        "problem.row_not_amount",
    ]
    assert list(map(str, reasons)) == [
        "«Name» is empty",
        "«Inventory number» is empty",
        "«Category»: unknown value 'marshal'",
        "«Purchase date»: '31.02.2024' is not a date (write it as 15.03.2024 or 2024-03-15)",
        "«Cost»: '12,3x' is not an amount",
    ]


def test_an_archive_row_is_refused_with_coded_reasons():
    table = _table({"title": "Title", "taken_on": "Date", "item_count": "Files"})
    row = _row({"title": "Брифинг", "taken_on": "вчера", "item_count": "много"})
    reasons = _reasons(lambda: parse_archive_record(table, row))
    assert list(map(str, reasons)) == [
        "«Date»: 'вчера' is not a date (write it as 15.03.2024 or 2024-03-15)",
        "«Files»: 'много' is not a whole number",
    ]


def test_a_coverage_row_is_refused_with_coded_reasons_in_english_for_the_command_line():
    row = _row(
        {
            "date": "вчера",
            "outlet": "Кабар",
            "title": "Брифинг",
            "tone": "злой",
            "mentions": "два",
        }
    )
    reasons = _reasons(lambda: importing._convert(row))
    assert list(map(str, reasons)) == [
        "«вчера» is not a date",
        "unknown tone «злой»",
        "«два» is not a number",
    ]
    no_date = _reasons(lambda: importing._convert(_row({"outlet": "Кабар", "title": "Т"})))
    assert list(map(str, no_date)) == ["the date is required"]
    bad_time = _reasons(
        lambda: importing._convert(_row({"date": "01.12.2026", "time": "25:00", "outlet": "К"}))
    )
    assert "«25:00» is not a time" in list(map(str, bad_time))
