"""Team mode: many saves at once from one copy of a staff member, an account, the organisation
profile, a crisis scenario or a holding statement: exactly one lands, the others are told."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from pressdesk.bilingual import Bi
from pressdesk.services.accounts.records import AccountRow, get_account, save_account
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.crisis.records import (
    ScenarioInput,
    StatementInput,
    add_scenario,
    get_scenario,
    update_scenario,
)
from pressdesk.services.crisis.statements import add_statement, get_statement, update_statement
from pressdesk.services.profile import OrgProfile, get_profile, save_profile
from pressdesk.services.staff import StaffRow, save_staff
from pressdesk.storage.engine import Database
from pressdesk.storage.opening import open_database
from tests.pg.test_team_storage import _at_once

FLOOD = ScenarioInput(Bi("Суу ташкыны", "Наводнение"))
WORDS = StatementInput(Bi("Билдирүү", "Заявление"), Bi("Текст", "Текст"))


def _staff(db: Database) -> Callable[[Database, int], str]:
    seen = save_staff(db, StaffRow("Осмонова Жылдыз"))
    return lambda desk, i: save_staff(desk, dataclasses.replace(seen, notes=f"{i}")).notes


def _account(db: Database) -> Callable[[Database, int], str]:
    seen = save_account(db, AccountRow("website_cms", "press-admin"))
    return lambda desk, i: save_account(desk, dataclasses.replace(seen, notes=f"{i}")).notes


def _profile(db: Database) -> Callable[[Database, int], str]:
    seen = save_profile(db, OrgProfile(name_ky="Министрлик", name_ru="Министерство"))
    return lambda desk, i: save_profile(desk, dataclasses.replace(seen, phone=f"{i}")).phone


def _scenario(db: Database) -> Callable[[Database, int], str]:
    seen = get_scenario(db, add_scenario(db, FLOOD))

    def save(desk: Database, i: int) -> str:
        data = dataclasses.replace(FLOOD, description=Bi(f"{i}", ""))
        update_scenario(desk, seen.id, data, seen_version=seen.row_version)
        return get_scenario(desk, seen.id).description.ky

    return save


def _statement(db: Database) -> Callable[[Database, int], str]:
    seen = get_statement(db, add_statement(db, add_scenario(db, FLOOD), WORDS))

    def save(desk: Database, i: int) -> str:
        data = dataclasses.replace(WORDS, text=Bi(f"{i}", "Текст"))
        update_statement(desk, seen.id, data, seen_version=seen.row_version)
        return get_statement(desk, seen.id).text.ky

    return save


@pytest.mark.parametrize("make", [_staff, _account, _profile, _scenario, _statement])
def test_of_many_saves_at_once_from_the_same_copy_exactly_one_lands(
    pg_url: str, tmp_path: Any, make: Callable[[Database], Callable[[Database, int], str]]
) -> None:
    setup = open_database(pg_url, tmp_path / "setup")
    save = make(setup)
    desks = [open_database(pg_url, tmp_path / f"desk{i}") for i in range(4)]
    try:
        results = _at_once(4, lambda i: save(desks[i], i))
        landed = [r for r in results if not isinstance(r, BaseException)]
        refused = [r for r in results if isinstance(r, ChangedMeanwhile)]
        assert len(landed) == 1 and len(refused) == 3, results
    finally:
        for desk in desks:
            desk.close()
        setup.close()


def test_a_stale_account_from_another_desk_is_refused(pg_url: str, tmp_path: Any) -> None:
    aigul = open_database(pg_url, tmp_path / "a")
    bakyt = open_database(pg_url, tmp_path / "b")
    try:
        account = save_account(aigul, AccountRow("telegram", "@agro_kg"))
        assert account.id is not None
        hers, his = get_account(aigul, account.id), get_account(bakyt, account.id)
        save_account(aigul, dataclasses.replace(hers, notes="эки кадамдуу кирүү бар"))
        with pytest.raises(ChangedMeanwhile):
            save_account(bakyt, dataclasses.replace(his, login="@agro"))
        assert get_account(bakyt, account.id).login == "@agro_kg"
        assert get_profile(bakyt).row_version is None  # no profile saved yet
    finally:
        aigul.close()
        bakyt.close()
