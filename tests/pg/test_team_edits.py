"""Team mode: two people saving the same contact from the copies they opened lose nothing unseen."""

from __future__ import annotations

import dataclasses

import pytest

from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.contacts.records import get_outlet, get_person, save_outlet, save_person
from pressdesk.services.contacts.values import OutletRecord, PersonRecord
from pressdesk.storage.opening import open_database
from tests.pg.test_team_storage import _at_once


def test_the_second_of_two_editors_is_told_and_the_first_change_stays(pg_url, tmp_path):
    aigul = open_database(pg_url, tmp_path / "a")
    bakyt = open_database(pg_url, tmp_path / "b")
    try:
        person = save_person(aigul, PersonRecord("Осмонова Жылдыз")).record
        assert person.id is not None
        hers, his = get_person(aigul, person.id), get_person(bakyt, person.id)
        save_person(aigul, dataclasses.replace(hers, notes="в отпуске до 20-го"))
        with pytest.raises(ChangedMeanwhile):
            save_person(bakyt, dataclasses.replace(his, notes="новый номер"))
        assert get_person(bakyt, person.id).notes == "в отпуске до 20-го"
    finally:
        aigul.close()
        bakyt.close()


def test_of_many_saves_at_once_from_the_same_copy_exactly_one_lands(pg_url, tmp_path):
    setup = open_database(pg_url, tmp_path / "setup")
    outlet = save_outlet(setup, OutletRecord("Ала-Тоо 24")).record
    assert outlet.id is not None
    seen = get_outlet(setup, outlet.id)
    desks = [open_database(pg_url, tmp_path / f"desk{i}") for i in range(4)]
    try:
        results = _at_once(
            4,
            lambda i: save_outlet(desks[i], dataclasses.replace(seen, notes=f"правка {i}")),
        )
        landed = [r for r in results if not isinstance(r, BaseException)]
        refused = [r for r in results if isinstance(r, ChangedMeanwhile)]
        assert len(landed) == 1 and len(refused) == 3, results
        assert get_outlet(setup, outlet.id).notes == landed[0].record.notes
    finally:
        for desk in desks:
            desk.close()
        setup.close()


def test_of_many_people_adding_one_outlet_at_once_one_adds_it_the_others_are_told(pg_url, tmp_path):
    from sqlalchemy import func, select

    from pressdesk.services.contacts.values import ContactError
    from pressdesk.storage.contacts_models import Outlet

    desks = [open_database(pg_url, tmp_path / f"desk{i}") for i in range(4)]
    try:
        results = _at_once(
            4, lambda i: save_outlet(desks[i], OutletRecord("Жаңы Агым" if i % 2 else "ЖАҢЫ АГЫМ"))
        )
        landed = [r for r in results if not isinstance(r, BaseException)]
        refused = [r for r in results if isinstance(r, ContactError)]
        assert len(landed) == 1 and len(refused) == 3, results
        assert {r.code for r in refused} == {"contacts.outlet_taken"}
        with desks[0].session() as session:
            count = session.scalar(
                select(func.count()).select_from(Outlet).where(Outlet.name_folded == "жаңы агым")
            )
        assert count == 1
    finally:
        for desk in desks:
            desk.close()
