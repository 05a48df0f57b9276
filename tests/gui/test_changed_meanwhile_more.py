"""The account, staff member, crisis scenario and holding statement editors, saving a record a
colleague changed meanwhile: the save is refused, the changed field is named in the form's
words, and the user sees their version, saves over it, or goes back to editing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from pressdesk.bilingual import Bi
from pressdesk.gui.accounts.editor import AccountEditDialog
from pressdesk.gui.crisis.editors import ScenarioEditor, StatementEditor
from pressdesk.gui.settings.dialog import SettingsDialog
from pressdesk.gui.settings.staff_page import StaffEditDialog, StaffPage
from pressdesk.services.accounts.records import AccountRow, get_account, save_account
from pressdesk.services.crisis.records import (
    ScenarioInput,
    StatementInput,
    add_scenario,
    delete_scenario,
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
from pressdesk.storage.engine import Database
from tests.gui.conftest import Answers, ts_translation
from tests.gui.test_changed_meanwhile_editors import Case, _opened

# --- the account ---------------------------------------------------------------------------

SITE = AccountRow("website_cms", "press-admin", Bi("Сайт", "Сайт"))


def _account_colleague(db: Database, account_id: int) -> None:
    save_account(db, dataclasses.replace(get_account(db, account_id), login="press-office"))


ACCOUNT_CASE = Case(
    make=lambda db: int(save_account(db, SITE).id or 0),
    open=lambda db, key: AccountEditDialog(db, get_account(db, key)),
    colleague=_account_colleague,
    theirs=lambda db, key: get_account(db, key).login,
    theirs_shown=lambda editor: editor.login.text(),
    theirs_value="press-office",
    type_mine=lambda editor, text: editor.notes.setPlainText(text),
    mine=lambda db, key: get_account(db, key).notes,
    label=("AccountLabels", "Login"),
    not_named=("AccountLabels", "Notes"),
)

# --- the staff member ----------------------------------------------------------------------

SECRETARY = StaffRow("Жумабаева Айгүл", position_ky="Басма сөз катчысы")


def _staff_colleague(db: Database, staff_id: int) -> None:
    save_staff(db, dataclasses.replace(get_staff(db, staff_id), phone="+996 555 010 203"))


STAFF_CASE = Case(
    make=lambda db: int(save_staff(db, SECRETARY).id or 0),
    open=lambda db, key: StaffEditDialog(db, get_staff(db, key)),
    colleague=_staff_colleague,
    theirs=lambda db, key: get_staff(db, key).phone,
    theirs_shown=lambda editor: editor.edits["phone"].text(),
    theirs_value="+996 555 010 203",
    type_mine=lambda editor, text: editor.notes.setPlainText(text),
    mine=lambda db, key: get_staff(db, key).notes,
    label=("StaffEditDialog", "Phone:"),
    not_named=("StaffEditDialog", "Notes:"),
)

# --- the crisis scenario and the holding statement -----------------------------------------

FLOOD = ScenarioInput(Bi("Суу ташкыны", "Наводнение"))
FIRST_WORDS = StatementInput(Bi("Алгачкы билдирүү", "Первое заявление"), Bi("Текст", ""))


def _scenario_colleague(db: Database, key: int) -> None:
    update_scenario(db, key, dataclasses.replace(FLOOD, name=Bi("Сел", "Сель")))


def _set_description(editor: Any, text: str) -> None:
    editor.description.editor("ru").setPlainText(text)


SCENARIO_CASE = Case(
    make=lambda db: add_scenario(db, FLOOD),
    open=lambda db, key: ScenarioEditor(db, get_scenario(db, key)),
    colleague=_scenario_colleague,
    theirs=lambda db, key: get_scenario(db, key).name.ru,
    theirs_shown=lambda editor: editor.name.value().ru,
    theirs_value="Сель",
    type_mine=_set_description,
    mine=lambda db, key: get_scenario(db, key).description.ru,
    label=("ScenarioEditor", "Name"),
    not_named=("ScenarioEditor", "What happens"),
)


def _statement_colleague(db: Database, key: int) -> None:
    update_statement(db, key, dataclasses.replace(FIRST_WORDS, title=Bi("Билдирүү", "Заявление")))


def _open_statement(db: Database, key: int) -> StatementEditor:
    row = get_statement(db, key)
    return StatementEditor(db, row.scenario_id, row)


STATEMENT_CASE = Case(
    make=lambda db: add_statement(db, add_scenario(db, FLOOD), FIRST_WORDS),
    open=_open_statement,
    colleague=_statement_colleague,
    theirs=lambda db, key: get_statement(db, key).title.ky,
    theirs_shown=lambda editor: editor.titles["ky"].text(),
    theirs_value="Билдирүү",
    type_mine=lambda editor, text: editor.texts["ru"].setPlainText(text),
    mine=lambda db, key: get_statement(db, key).text.ru,
    label=("StatementEditor", "Title:"),
    not_named=("StatementEditor", "Text:"),
)

CASES = {
    "account": ACCOUNT_CASE,
    "staff": STAFF_CASE,
    "scenario": SCENARIO_CASE,
    "statement": STATEMENT_CASE,
}


@pytest.mark.parametrize("lang", ["ky", "ru"])
@pytest.mark.parametrize("name", list(CASES))
def test_their_version_is_named_shown_clean_and_can_be_worked_on(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    ui_language: Callable[[str], None],
    name: str,
    lang: str,
) -> None:
    case = CASES[name]
    ui_language(lang)
    key, editor = _opened(qtbot, db, case)
    answers.messages.append("theirs")
    assert editor.save() is False
    shown = answers.asked[-1].text
    named, other = (
        ts_translation(lang, *label).rstrip(":") for label in (case.label, case.not_named)
    )
    assert named and other, "both labels are translated"
    assert named in shown
    assert other not in shown
    assert case.mine(db, key) == ""  # nothing of this editor was saved
    assert case.theirs_shown(editor) == case.theirs_value  # their version, on screen
    assert not editor.is_dirty()
    case.type_mine(editor, "second answer")
    assert editor.save() is True
    assert case.mine(db, key) == "second answer"
    assert case.theirs_shown(editor) == case.theirs_value
    answers.assert_all_used()


@pytest.mark.parametrize("name", list(CASES))
def test_saving_mine_over_theirs_overwrites_their_change(
    qtbot: QtBot, db: Database, answers: Answers, name: str
) -> None:
    case = CASES[name]
    key, editor = _opened(qtbot, db, case)
    changed = case.theirs(db, key)
    answers.messages.append("mine")
    assert editor.save() is True
    assert case.mine(db, key) == "first answer"
    assert case.theirs(db, key) != changed  # the whole form, as this editor held it
    answers.assert_all_used()


@pytest.mark.parametrize("name", list(CASES))
def test_going_back_to_editing_saves_nothing(
    qtbot: QtBot, db: Database, answers: Answers, name: str
) -> None:
    case = CASES[name]
    key, editor = _opened(qtbot, db, case)
    changed = case.theirs(db, key)
    answers.messages.append("back")
    assert editor.save() is False
    assert case.mine(db, key) == ""
    assert case.theirs(db, key) == changed
    assert editor.is_dirty()  # still as typed
    assert case.theirs_shown(editor) != case.theirs_value
    answers.assert_all_used()


def test_a_tick_on_a_member_changed_meanwhile_is_refused_and_the_list_read_again(
    qtbot: QtBot, db: Database, answers: Answers
) -> None:
    from PySide6.QtCore import Qt

    from pressdesk.gui.models.staff_model import SIGNATORY

    key = STAFF_CASE.make(db)
    page = StaffPage(db)
    qtbot.addWidget(page)
    _staff_colleague(db, key)
    answers.messages.append("ok")
    model = page.model
    assert (
        not model.setData(
            model.index(0, SIGNATORY), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
        or not get_staff(db, key).is_signatory
    )
    assert answers.asked[-1].kind == "warning"
    assert not get_staff(db, key).is_signatory
    assert model.row_at(0).phone == "+996 555 010 203"  # the list as stored now
    answers.assert_all_used()


# --- the organisation profile in the settings dialog ---------------------------------------

MINISTRY = OrgProfile(name_ky="Айыл чарба министрлиги", name_ru="Министерство сельского хозяйства")
THEIR_PHONE = "+996 312 62-36-36"


def _profile_opened(qtbot: QtBot, runtime: Any, db: Database) -> SettingsDialog:
    save_profile(db, MINISTRY)
    dialog = SettingsDialog(runtime, db, "preferences")
    qtbot.addWidget(dialog)
    save_profile(db, dataclasses.replace(get_profile(db), phone=THEIR_PHONE))  # a colleague
    dialog.profile_page.edits["website"].setText("https://agro.gov.kg")
    return dialog


def _ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_profile_changed_meanwhile_names_their_change_and_shows_it(
    qtbot: QtBot,
    runtime: Any,
    db: Database,
    answers: Answers,
    ui_language: Callable[[str], None],
    lang: str,
) -> None:
    ui_language(lang)
    dialog = _profile_opened(qtbot, runtime, db)
    page = dialog.profile_page
    answers.messages.append("theirs")
    _ok(dialog)
    shown = answers.asked[-1].text
    named, other = (
        ts_translation(lang, "ProfilePage", t).rstrip(":") for t in ("Phone:", "Website:")
    )
    assert named and other
    assert named in shown
    assert other not in shown
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page
    assert get_profile(db).website == ""
    assert page.edits["phone"].text() == THEIR_PHONE
    assert not page.is_modified()
    page.edits["website"].setText("https://agro.gov.kg")
    _ok(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = get_profile(db)
    assert (stored.phone, stored.website) == (THEIR_PHONE, "https://agro.gov.kg")
    answers.assert_all_used()


def test_the_profile_saved_over_theirs_is_saved_whole(
    qtbot: QtBot, runtime: Any, db: Database, answers: Answers
) -> None:
    dialog = _profile_opened(qtbot, runtime, db)
    answers.messages.append("mine")
    _ok(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = get_profile(db)
    assert (stored.phone, stored.website) == ("", "https://agro.gov.kg")
    answers.assert_all_used()


def test_going_back_to_the_profile_saves_nothing(
    qtbot: QtBot, runtime: Any, db: Database, answers: Answers
) -> None:
    dialog = _profile_opened(qtbot, runtime, db)
    answers.messages.append("back")
    _ok(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    stored = get_profile(db)
    assert (stored.phone, stored.website) == (THEIR_PHONE, "")
    assert dialog.profile_page.is_modified()
    assert dialog.profile_page.edits["phone"].text() == ""
    answers.assert_all_used()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_an_approval_step_meanwhile_is_named_as_the_status(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    ui_language: Callable[[str], None],
    lang: str,
) -> None:
    ui_language(lang)
    key = STATEMENT_CASE.make(db)
    editor = _open_statement(db, key)
    qtbot.addWidget(editor)
    set_statement_status(db, key, "sent")
    editor.texts["ru"].setPlainText("Наш текст")
    answers.messages.append("back")
    assert editor.save() is False
    status = ts_translation(lang, "StatementsModel", "Status")
    assert status and status in answers.asked[-1].text
    assert get_statement(db, key).status == "sent"
    answers.assert_all_used()


def test_a_scenario_deleted_meanwhile_is_called_gone(
    qtbot: QtBot, db: Database, answers: Answers
) -> None:
    key, editor = _opened(qtbot, db, SCENARIO_CASE)
    delete_scenario(db, key)
    answers.messages.append("ok")
    assert editor.save() is False
    assert answers.asked[-1].kind == "warning"
    answers.assert_all_used()
