"""Two people editing the same contact: the second save, made from an outdated copy, is refused."""

from __future__ import annotations

import dataclasses

import pytest

from pressdesk.messages import UserError
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.contacts.records import (
    get_outlet,
    get_person,
    mark_verified,
    save_outlet,
    save_person,
)
from pressdesk.services.contacts.values import OutletRecord, PersonRecord, PhoneValue


def test_a_save_from_an_outdated_copy_of_a_person_is_refused_and_keeps_the_first(db):
    saved = save_person(db, PersonRecord("Асанова Айгүл", notes="")).record
    assert saved.row_version is not None
    mine = get_person(db, saved.id)
    theirs = get_person(db, saved.id)
    first = save_person(db, dataclasses.replace(theirs, notes="звонить после 14:00")).record
    assert first.row_version is not None and first.row_version > saved.row_version
    with pytest.raises(ChangedMeanwhile) as refused:
        save_person(db, dataclasses.replace(mine, position=mine.position, notes="только e-mail"))
    assert isinstance(refused.value, UserError)
    assert refused.value.code == "record.changed_meanwhile"
    stored = get_person(db, saved.id)
    assert stored.notes == "звонить после 14:00"
    assert stored.row_version == first.row_version
    # Read afresh, the same change goes through.
    again = save_person(db, dataclasses.replace(stored, notes="только e-mail")).record
    assert again.notes == "только e-mail"
    assert again.row_version is not None and again.row_version > first.row_version


def test_a_change_of_phones_only_raises_the_version(db):
    person = save_person(db, PersonRecord("Бекова Нуржан")).record
    mine = get_person(db, person.id)
    save_person(db, dataclasses.replace(person, phones=(PhoneValue("0555 123 456"),)))
    with pytest.raises(ChangedMeanwhile):
        save_person(db, dataclasses.replace(mine, notes="без телефона"))
    assert [p.raw for p in get_person(db, person.id).phones] == ["0555 123 456"]


def test_marking_people_verified_counts_as_a_change(db):
    person = save_person(db, PersonRecord("Садыков Эрлан")).record
    mine = get_person(db, person.id)
    assert mark_verified(db, [person.id]) == 1
    with pytest.raises(ChangedMeanwhile):
        save_person(db, dataclasses.replace(mine, last_verified=None))
    assert get_person(db, person.id).last_verified is not None


def test_a_save_without_a_version_read_checks_nothing(db):
    """Imports and one-step command-line edits read and write at once: nothing to compare."""
    person = save_person(db, PersonRecord("Токтогулова Жыпар")).record
    save_person(db, dataclasses.replace(person, notes="первое"))
    plain = dataclasses.replace(person, notes="второе", row_version=None)
    assert save_person(db, plain).record.notes == "второе"


def test_a_save_from_an_outdated_copy_of_an_outlet_is_refused(db):
    outlet = save_outlet(db, OutletRecord("Кабар", website="kabar.kg")).record
    mine = get_outlet(db, outlet.id)
    save_outlet(db, dataclasses.replace(outlet, website="https://kabar.kg"))
    with pytest.raises(ChangedMeanwhile):
        save_outlet(db, dataclasses.replace(mine, phone="+996 312 65 65 65"))
    stored = get_outlet(db, outlet.id)
    assert (stored.website, stored.phone) == ("https://kabar.kg", "")
    assert stored.row_version is not None and stored.row_version > (outlet.row_version or 0)
