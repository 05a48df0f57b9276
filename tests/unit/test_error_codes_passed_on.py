"""An error passed on from one part to another keeps its code and values for the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.exchange.assets_io import check_required
from pressdesk.exchange.tabular import TableData
from pressdesk.messages import Detail, Message, render
from pressdesk.services.assets.files import INVENTORY_FIELDS
from pressdesk.services.events.invitations import resolve_recipients
from pressdesk.services.events.records import EventError


def test_a_detail_is_in_the_english_sentence_only() -> None:
    said = Message("problem.ical_end_unreadable", detail=Detail(" (Expected a date)"))
    assert str(said) == "its end (DTEND) cannot be read (Expected a date); ignored"
    worded = render(said.code, said.values, lambda _context, text: f"[{text}]")
    assert worded == "[its end (DTEND) cannot be read; ignored]"


def test_a_missing_list_of_recipients_keeps_its_code(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EventError) as refused:
        resolve_recipients(db, list_ids=[404])
    assert refused.value.code == "record.missing"


def test_a_table_without_its_required_column_names_the_file(tmp_path: Path) -> None:
    table = TableData(rows=[], columns={"notes": "Notes"}, ignored_columns=[], header_line=1)
    with pytest.raises(ValueError, match="Required columns are missing") as refused:
        check_required(table, INVENTORY_FIELDS, "name", "тизме.xlsx")
    assert refused.value.code == "no_header"  # type: ignore[attr-defined]
    assert refused.value.values["file"] == "тизме.xlsx"  # type: ignore[attr-defined]
