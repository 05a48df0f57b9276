"""An editor saving a record a colleague changed meanwhile says so and overwrites nothing unasked:
the contact, plan and event editors name what changed and offer their version or saving over it
(the editors on the shared base: test_changed_meanwhile_editors.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pressdesk.bilingual import Bi
from pressdesk.gui.contacts.outlet_editor import OutletEditor
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.gui.events.editor import EventEditor
from pressdesk.gui.plan.editor import PlanItemEditor
from pressdesk.services.contacts.records import get_outlet, get_person, save_outlet, save_person
from pressdesk.services.contacts.values import OutletRecord, PersonRecord
from pressdesk.services.events.records import EventInput, create_event, get_event, update_event
from pressdesk.services.plan.items import create_item, get_item, update_item
from pressdesk.services.plan.rows import PlanItemInput
from tests.gui.conftest import ts_translation


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_person_editor_names_what_a_colleague_changed_and_shows_their_version(
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
    answers.messages.append("theirs")
    assert editor.save() is False
    shown = answers.asked[-1].text
    assert ts_translation(lang, "PersonEditor", "Notes:").rstrip(":") in shown
    assert ts_translation(lang, "PersonEditor", "Full name:").rstrip(":") not in shown
    assert get_person(db, person.id).notes == "звонить после 14:00"
    assert editor.notes.toPlainText() == "звонить после 14:00"  # their version, on screen
    assert not editor.is_dirty()
    # Changed now on that version, the next save goes through.
    editor.notes.setPlainText("звонить после 14:00; только e-mail")
    assert editor.save() is True
    assert get_person(db, person.id).notes == "звонить после 14:00; только e-mail"


def test_saving_mine_over_theirs_is_a_choice_and_going_back_saves_nothing(qtbot, db, answers):
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
    answers.messages.append("back")
    assert editor.save() is False
    assert "Phone and e-mail" in answers.asked[-1].text
    stored = get_outlet(db, outlet.id)
    assert stored.website == "https://kabar.kg"
    assert stored.phone.replace(" ", "") == "+996312656565"
    assert editor.website.text() == "https://old.kabar.kg"  # still as typed
    answers.messages.append("mine")
    assert editor.save() is True
    stored = get_outlet(db, outlet.id)
    assert stored.website == "https://old.kabar.kg"
    assert stored.phone == ""  # the whole form, as this editor held it, was saved
    answers.assert_all_used()


def test_the_plan_item_editor_names_the_change_and_can_save_over_it(qtbot, db, answers):
    day = dt.date(2026, 11, 23)
    row = create_item(db, PlanItemInput(date=day, title=Bi("Брифинг", "Брифинг")), status="draft")
    editor = PlanItemEditor(db, row)
    qtbot.addWidget(editor)
    data = PlanItemInput(date=day, title=row.title, time=dt.time(11, 0))
    update_item(db, row.id, data, seen_sequence=row.sequence)
    editor.title.setValue(Bi("Брифинг: түшүм", "Брифинг: урожай"))
    answers.messages.append("back")
    assert editor.save() is False
    assert "Date and time" in answers.asked[-1].text and "Title" not in answers.asked[-1].text
    stored = get_item(db, row.id)
    assert (stored.title, stored.time) == (Bi("Брифинг", "Брифинг"), dt.time(11, 0))
    answers.messages.append("mine")
    assert editor.save() is True
    stored = get_item(db, row.id)
    assert (stored.title, stored.time) == (Bi("Брифинг: түшүм", "Брифинг: урожай"), None)
    answers.assert_all_used()


def test_the_event_editor_names_the_change_and_shows_their_version(qtbot, db, answers):
    start = dt.datetime(2026, 11, 25, 10, 0)
    event = create_event(
        db, EventInput("briefing", "Брифинг", start, start + dt.timedelta(hours=1))
    )
    editor = EventEditor(db, event)
    qtbot.addWidget(editor)
    later = EventInput(
        "briefing", "Брифинг", start + dt.timedelta(hours=4), start + dt.timedelta(hours=5)
    )
    update_event(db, event.id, later, seen_sequence=event.sequence)
    editor.title.setValue(Bi("Брифинг: жаңы мыйзам", "Брифинг: новый закон"))
    answers.messages.append("theirs")
    assert editor.save() is False
    assert "Starts – ends" in answers.asked[-1].text
    stored = get_event(db, event.id)
    assert stored.starts_at == start + dt.timedelta(hours=4)
    assert "мыйзам" not in str(stored.title)
    assert "мыйзам" not in str(editor.title.value())  # their version is on screen
    assert editor.starts.dateTime().time().hour() == 14
    answers.assert_all_used()
