"""Who works at this computer: remembered per database, recorded in place of the secretary."""

from __future__ import annotations

import dataclasses

from pressdesk.services.profile import OrgProfile, acting_name, save_profile
from pressdesk.services.staff import StaffRow, delete_staff, save_staff
from pressdesk.services.team import apply_identity, remember_staff, remembered_staff


def test_the_chosen_staff_member_is_named_and_the_secretary_is_the_fallback(runtime, db):
    save_profile(db, OrgProfile(name_ru="Министерство", secretary_name="Жумабаева Айгүл"))
    assert acting_name(db) == "Жумабаева Айгүл"
    aibek = save_staff(db, StaffRow("Токтосунов Айбек", "Басма сөз катчысы", "Пресс-секретарь"))
    assert aibek.id is not None
    assert remember_staff(runtime.settings, db, aibek.id) == "Токтосунов Айбек"
    assert acting_name(db) == "Токтосунов Айбек"
    # Another start: a new handle on the same database takes the choice again.
    again = dataclasses.replace(db, acting_name="")
    assert acting_name(again) == "Жумабаева Айгүл"
    assert apply_identity(runtime.settings, again) == "Токтосунов Айбек"
    assert acting_name(again) == "Токтосунов Айбек"
    # A staff member deleted meanwhile: the profile's secretary again, nothing breaks.
    delete_staff(db, aibek.id)
    assert apply_identity(runtime.settings, db) == ""
    assert acting_name(db) == "Жумабаева Айгүл"
    remember_staff(runtime.settings, db, None)
    assert remembered_staff(runtime.settings, db) is None
