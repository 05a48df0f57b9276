"""Two people editing the same account, staff member, organisation profile, crisis scenario or
holding statement: a save from a copy read before the other's is refused, the other's change
stays; a save without a version read (a command, an import, the demo) checks nothing."""

from __future__ import annotations

import dataclasses

import pytest

from pressdesk.bilingual import Bi
from pressdesk.services.accounts.records import (
    AccountRow,
    get_account,
    save_account,
    set_password,
)
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.crisis.records import (
    ScenarioInput,
    StatementInput,
    add_scenario,
    get_scenario,
    update_scenario,
)
from pressdesk.services.crisis.statements import (
    add_statement,
    get_statement,
    set_statement_status,
    update_statement,
)
from pressdesk.services.profile import OrgProfile, get_profile, save_profile
from pressdesk.services.staff import StaffRow, get_staff, save_staff

# --- accounts ------------------------------------------------------------------------------

SITE = AccountRow("website_cms", "press-admin", Bi("Сайт", "Сайт"))


def test_an_account_changed_meanwhile_is_not_overwritten(db):
    account = save_account(db, SITE)
    mine = get_account(db, int(account.id or 0))
    save_account(db, dataclasses.replace(mine, login="press-office"))
    with pytest.raises(ChangedMeanwhile):
        save_account(db, dataclasses.replace(mine, notes="Сырсөз сейфте"))
    stored = get_account(db, int(account.id or 0))
    assert stored.login == "press-office"
    assert stored.notes == ""


def test_a_password_stored_meanwhile_counts_as_a_change_of_the_account(db):
    account = save_account(db, SITE)
    mine = get_account(db, int(account.id or 0))
    set_password(db, int(account.id or 0), "Жаңы-сыр-сөз-2026")
    with pytest.raises(ChangedMeanwhile):
        save_account(db, dataclasses.replace(mine, notes="Эскертүү"))


def test_an_account_saved_without_a_version_read_is_saved(db):
    account = save_account(db, SITE)
    save_account(db, dataclasses.replace(account, login="press-office"))
    unread = dataclasses.replace(account, notes="Эскертүү", row_version=None)
    stored = save_account(db, unread)
    assert (stored.login, stored.notes) == ("press-admin", "Эскертүү")
    assert stored.row_version is not None and stored.row_version > (account.row_version or 0)


# --- staff members -------------------------------------------------------------------------

SECRETARY = StaffRow("Жумабаева Айгүл", position_ky="Басма сөз катчысы")


def test_a_staff_member_changed_meanwhile_is_not_overwritten(db):
    member = save_staff(db, SECRETARY)
    mine = get_staff(db, int(member.id or 0))
    save_staff(db, dataclasses.replace(mine, phone="+996 555 010 203"))
    with pytest.raises(ChangedMeanwhile):
        save_staff(db, dataclasses.replace(mine, is_signatory=True))
    stored = get_staff(db, int(member.id or 0))
    assert stored.phone == "+996 555 010 203"
    assert not stored.is_signatory


def test_a_staff_member_saved_without_a_version_read_is_saved(db):
    member = save_staff(db, SECRETARY)
    save_staff(db, dataclasses.replace(member, phone="+996 555 010 203"))
    stored = save_staff(db, dataclasses.replace(member, notes="Эскертүү", row_version=None))
    assert (stored.phone, stored.notes) == ("", "Эскертүү")


# --- the organisation profile --------------------------------------------------------------

MINISTRY = OrgProfile(name_ky="Айыл чарба министрлиги", name_ru="Министерство сельского хозяйства")


def test_a_profile_changed_meanwhile_is_not_overwritten(db):
    save_profile(db, MINISTRY)
    mine = get_profile(db)
    theirs = save_profile(db, dataclasses.replace(mine, phone="+996 312 62-36-36"))
    assert theirs.row_version is not None and theirs.row_version > (mine.row_version or 0)
    with pytest.raises(ChangedMeanwhile):
        save_profile(db, dataclasses.replace(mine, website="https://agro.gov.kg"))
    stored = get_profile(db)
    assert (stored.phone, stored.website) == ("+996 312 62-36-36", "")


def test_a_profile_saved_without_a_version_read_is_saved(db):
    first = save_profile(db, MINISTRY)  # the first save of a new database
    save_profile(db, dataclasses.replace(first, phone="+996 312 62-36-36"))
    stored = save_profile(db, dataclasses.replace(MINISTRY, website="https://agro.gov.kg"))
    assert (stored.phone, stored.website) == ("", "https://agro.gov.kg")
    assert get_profile(db).website == "https://agro.gov.kg"


# --- crisis scenarios and holding statements -----------------------------------------------

FLOOD = ScenarioInput(Bi("Суу ташкыны", "Наводнение"))
FIRST_WORDS = StatementInput(Bi("Алгачкы билдирүү", "Первое заявление"), Bi("Текст", "Текст"))


def test_a_scenario_changed_meanwhile_is_not_overwritten(db):
    key = add_scenario(db, FLOOD)
    mine = get_scenario(db, key)
    described = dataclasses.replace(FLOOD, description=Bi("Дарыя ташыды", "Река вышла"))
    update_scenario(db, key, described, seen_version=mine.row_version)
    renamed = dataclasses.replace(FLOOD, name=Bi("Сел", "Сель"))
    with pytest.raises(ChangedMeanwhile):
        update_scenario(db, key, renamed, seen_version=mine.row_version)
    stored = get_scenario(db, key)
    assert stored.name == FLOOD.name
    assert stored.description == Bi("Дарыя ташыды", "Река вышла")
    update_scenario(db, key, renamed)  # no version read: nothing checked
    assert get_scenario(db, key).name == Bi("Сел", "Сель")


def test_a_statement_changed_meanwhile_is_not_overwritten(db):
    key = add_statement(db, add_scenario(db, FLOOD), FIRST_WORDS)
    mine = get_statement(db, key)
    theirs = dataclasses.replace(FIRST_WORDS, text=Bi("Биздин текст", "Наш текст"))
    update_statement(db, key, theirs, seen_version=mine.row_version)
    with pytest.raises(ChangedMeanwhile):
        update_statement(
            db,
            key,
            dataclasses.replace(FIRST_WORDS, title=Bi("Жаңы", "Новое")),
            seen_version=mine.row_version,
        )
    stored = get_statement(db, key)
    assert (stored.title, stored.text) == (FIRST_WORDS.title, theirs.text)


def test_an_approval_step_meanwhile_counts_as_a_change_of_the_statement(db):
    key = add_statement(db, add_scenario(db, FLOOD), FIRST_WORDS)
    mine = get_statement(db, key)
    set_statement_status(db, key, "sent")
    changed = dataclasses.replace(FIRST_WORDS, text=Bi("Башка текст", "Другой текст"))
    with pytest.raises(ChangedMeanwhile):
        update_statement(db, key, changed, seen_version=mine.row_version)
    assert get_statement(db, key).status == "sent"
    update_statement(db, key, changed)  # no version read: nothing checked
    stored = get_statement(db, key)
    assert (stored.text, stored.status) == (changed.text, "draft")
