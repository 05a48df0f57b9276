"""Act numbers: given at issue when left empty, never the same for two acts."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.services.handover.acts import HandoverError, issue_act, list_acts, next_number
from pressdesk.services.handover.build import build_draft

OUTGOING = "Жумабаева Айгүл Бекеновна"
INCOMING = "Осмонов Нурлан Бакытович"


def _issue(db, tmp_path: Path, number: str, name: str):  # type: ignore[no-untyped-def]
    draft = build_draft(db, outgoing=OUTGOING, incoming=INCOMING, number=number)
    return issue_act(db, draft, [tmp_path / f"{name}.docx"], export_format=None)


def test_an_empty_number_is_the_next_one_at_issue(demo_db, tmp_path):
    expected = next_number(demo_db)
    assert _issue(demo_db, tmp_path, "", "first").number == expected
    assert _issue(demo_db, tmp_path, "", "second").number == str(int(expected) + 1)


def test_a_number_already_issued_is_refused_and_nothing_is_written(demo_db, tmp_path):
    first = _issue(demo_db, tmp_path, "", "first")
    count = len(list_acts(demo_db))
    with pytest.raises(HandoverError) as refused:
        _issue(demo_db, tmp_path, first.number, "again")
    assert refused.value.code == "handover.number_taken"
    assert str(refused.value) == (
        f"An act with number {first.number} has already been issued. "
        f"The next free number is {int(first.number) + 1}."
    )
    assert len(list_acts(demo_db)) == count
    assert not (tmp_path / "again.docx").exists()
