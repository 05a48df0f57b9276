"""An editor saving a contact that a colleague changed meanwhile says so and overwrites nothing."""

from __future__ import annotations

import dataclasses

import pytest

from pressdesk.gui.contacts.outlet_editor import OutletEditor
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.message_texts import TEXTS
from pressdesk.services.contacts.records import get_outlet, get_person, save_outlet, save_person
from pressdesk.services.contacts.values import OutletRecord, PersonRecord
from tests.gui.conftest import ts_translation


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_person_editor_refuses_to_save_over_a_colleagues_change(
    qtbot, db, answers, ui_language, lang
):
    ui_language(lang)
    person = save_person(db, PersonRecord("Асанова Айгүл")).record
    assert person.id is not None
    editor = PersonEditor(db, person.id)
    qtbot.addWidget(editor)
    # A colleague saves the same person while the editor is open.
    save_person(db, dataclasses.replace(get_person(db, person.id), notes="звонить после 14:00"))
    editor.notes.setPlainText("только e-mail")
    answers.messages.append("ok")
    assert editor.save() is False
    shown = answers.asked[-1].text
    wanted = ts_translation(lang, "Messages", TEXTS["record.changed_meanwhile"])
    assert wanted and wanted.split(",")[0] in shown
    assert get_person(db, person.id).notes == "звонить после 14:00"


def test_the_outlet_editor_saves_twice_in_a_row_and_refuses_a_stale_copy(qtbot, db, answers):
    outlet = save_outlet(db, OutletRecord("Кабар")).record
    assert outlet.id is not None
    editor = OutletEditor(db, outlet.id)
    qtbot.addWidget(editor)
    editor.website.setText("kabar.kg")
    assert editor.save() is True
    editor.website.setText("https://kabar.kg")
    assert editor.save() is True  # its own first save does not count as someone else's
    save_outlet(db, dataclasses.replace(get_outlet(db, outlet.id), phone="+996 312 65 65 65"))
    editor.website.setText("https://old.kabar.kg")
    answers.messages.append("ok")
    assert editor.save() is False
    stored = get_outlet(db, outlet.id)
    assert stored.website == "https://kabar.kg"
    assert stored.phone.replace(" ", "") == "+996312656565"
