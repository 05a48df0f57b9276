"""Errors carry a code and values; the English sentence is made from the same catalogue."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from pressdesk.bilingual import Bi
from pressdesk.commands.common import with_database
from pressdesk.exitcodes import CliError
from pressdesk.messages import TEXTS, Term, UserError, render
from pressdesk.services.contacts.lists import ListRecord, save_list
from pressdesk.services.contacts.records import OutletRecord, save_outlet
from pressdesk.services.contacts.values import ContactError, ContactNotFound
from pressdesk.services.plan.campaigns import CampaignRow, save_campaign
from pressdesk.services.plan.rows import PlanError, PlanNotFound
from pressdesk.services.plan.series import skip_occurrence
from pressdesk.services.validation import NotFound


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_a_code_and_values_make_the_english_sentence():
    exc = ContactError("field.too_long", field=Term("list name"), limit=200)
    assert exc.code == "field.too_long"
    assert exc.values == {"field": "list name", "limit": 200}
    assert str(exc) == "The list name is longer than 200 characters."
    assert isinstance(exc, UserError) and isinstance(exc, ValueError)


def test_dates_in_english_are_written_as_typed_on_the_command_line():
    exc = PlanError(
        "plan.campaign_ends_early", end=dt.date(2026, 11, 1), start=dt.date(2026, 11, 20)
    )
    assert str(exc) == "The campaign ends (2026-11-01) before it starts (2026-11-20)."


def test_a_sentence_without_a_code_is_kept_as_it_was():
    exc = ContactError("The list 'Пресс' is a saved filter; change the filter instead.")
    assert exc.code == "text"
    assert exc.values["text"] == str(exc)


@pytest.mark.parametrize("cls", [ContactNotFound, PlanNotFound, NotFound])
def test_not_found_keeps_its_sentence_for_the_command_line_and_a_code_for_the_window(cls):
    exc = cls("No outlet with id 7.")
    assert str(exc) == "No outlet with id 7."
    assert exc.code == "record.missing"
    assert isinstance(exc, LookupError)


def test_render_translates_the_template_and_the_terms_and_shows_values_its_way():
    calls: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        calls.append((context, text))
        return f"[{text}]"

    text = render(
        "field.too_long", {"field": Term("subject"), "limit": 500}, translate, lambda v: f"<{v}>"
    )
    assert text == "[The [subject] is longer than <500> characters.]"
    assert sorted(calls) == [("MessageTerms", "subject"), ("Messages", TEXTS["field.too_long"])]


def test_a_translation_with_a_broken_placeholder_falls_back_to_english():
    text = render("contacts.list_taken", {"name": "Пресс"}, lambda _c, _t: "«{nmae}» бар.")
    assert text == "A list named “Пресс” already exists."


def test_every_template_names_its_values_in_plain_words():
    for code, template in TEXTS.items():
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", code), code
        # A field's problem is a phrase put after the field's name: "«Cost» cannot be negative".
        assert template.endswith(".") != code.startswith("problem."), code
        assert all(re.fullmatch(r"[a-z_]+", name) for name in _fields(template)), code


def test_service_errors_raise_codes(db):
    save_list(db, ListRecord("Пресс-тур"))
    with pytest.raises(ContactError) as taken:
        save_list(db, ListRecord("пресс-тур"))
    assert (taken.value.code, taken.value.values) == ("contacts.list_taken", {"name": "пресс-тур"})
    with pytest.raises(ContactError) as empty:
        save_outlet(db, OutletRecord(name=" "))
    assert empty.value.code == "field.empty" and empty.value.values["field"] == "outlet name"
    with pytest.raises(PlanError) as early:
        save_campaign(
            db,
            CampaignRow(Bi("Кампания", "Кампания"), dt.date(2026, 12, 1), dt.date(2026, 11, 1)),
        )
    assert early.value.code == "plan.campaign_ends_early"
    assert early.value.values == {"end": dt.date(2026, 11, 1), "start": dt.date(2026, 12, 1)}
    with pytest.raises(PlanNotFound):
        skip_occurrence(db, 9999, dt.date(2026, 11, 20))


def test_the_command_line_prints_the_english_sentence(runtime):
    def action(_db: object) -> None:
        raise ContactError("contacts.list_taken", name="Пресс-тур")

    with pytest.raises(CliError) as caught:
        with_database(runtime, action, (ContactError,))
    assert str(caught.value) == "A list named “Пресс-тур” already exists."


def test_storage_and_import_file_errors_share_the_base():
    from pressdesk.exchange.errors import ContactFileError
    from pressdesk.storage.errors import DatabaseLockedError

    locked = DatabaseLockedError("The database is already open in another PressDesk.")
    assert isinstance(locked, UserError) and locked.code == "locked"
    assert str(locked) == locked.message == "The database is already open in another PressDesk."
    bad = ContactFileError("a.csv: malformed CSV", code="csv_malformed", file="a.csv", line=3)
    assert isinstance(bad, UserError) and isinstance(bad, ValueError)
    assert (bad.code, bad.values, str(bad)) == (
        "csv_malformed",
        {"file": "a.csv", "line": 3},
        "a.csv: malformed CSV",
    )
