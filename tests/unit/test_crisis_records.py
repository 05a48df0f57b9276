"""The crisis kit's records: scenarios, the working group, notice contacts, holding statements
with the head's approval and their trail, and refusals that leave nothing half-saved."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.contacts.records import save_person
from pressdesk.services.contacts.values import EmailValue, PersonRecord, PhoneValue
from pressdesk.services.crisis.records import (
    ContactInput,
    CrisisError,
    ScenarioInput,
    StatementInput,
    add_contact,
    add_scenario,
    delete_scenario,
    get_scenario,
    list_contacts,
    list_group,
    list_scenarios,
    remove_member,
    resolve_staff,
    set_member,
    update_scenario,
)
from pressdesk.services.crisis.statements import (
    add_statement,
    set_statement_status,
    update_statement,
)
from pressdesk.services.profile import OrgProfile, save_profile
from pressdesk.services.staff import StaffRow, save_staff
from pressdesk.storage.crisis_models import HoldingStatement

TEXT = StatementInput(
    title=Bi("Билдирүү", "Заявление"),
    text=Bi("Кырдаал көзөмөлдө.", "Ситуация под контролем."),
)


@pytest.fixture
def staff(db):  # type: ignore[no-untyped-def]
    save_profile(
        db,
        OrgProfile(name_ky="Министрлик", name_ru="Министерство", head_name="Асанов Бакыт"),
    )
    head = save_staff(db, StaffRow("Асанов Бакыт", "Министр", "Министр", phone="+996 312 1"))
    press = save_staff(
        db, StaffRow("Жумабаева Айгүл", "Басма сөз катчысы", "Пресс-секретарь", phone="+996 555")
    )
    lawyer = save_staff(db, StaffRow("Исаков Эрлан", "Юрист", "Юрист"))
    return head.id, press.id, lawyer.id


def _code(exc: pytest.ExceptionInfo[CrisisError]) -> str:
    return exc.value.code


def test_a_scenario_keeps_who_decides_and_who_speaks(db, staff):
    head, press, _ = staff
    sid = add_scenario(
        db,
        ScenarioInput(
            Bi("  Суу   ташкыны ", "Наводнение"),
            Bi("Дарыя ташыды.", "Река вышла из берегов."),
            decides_id=head,
            speaker_id=press,
        ),
    )
    row = get_scenario(db, sid)
    assert row.name == Bi("Суу ташкыны", "Наводнение")
    assert (row.decides_name, row.speaker_name) == ("Асанов Бакыт", "Жумабаева Айгүл")
    assert row.speaker_position == Bi("Басма сөз катчысы", "Пресс-секретарь")
    update_scenario(db, sid, ScenarioInput(Bi("Сел", "Сель"), speaker_id=head))
    row = get_scenario(db, sid)
    assert (row.name.ru, row.decides_id, row.speaker_name) == ("Сель", None, "Асанов Бакыт")
    second = add_scenario(db, ScenarioInput(Bi("", "Пожар")))
    assert [r.id for r in list_scenarios(db)] == [sid, second]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (ScenarioInput(Bi("  ", "")), "crisis.needs_name"),
        (ScenarioInput(Bi("x" * 301, "")), "crisis.name_too_long"),
        (ScenarioInput(Bi("Өрт", ""), decides_id=999), "crisis.no_staff"),
    ],
)
def test_a_bad_scenario_is_refused_and_nothing_is_saved(db, staff, data, code):
    with pytest.raises(CrisisError) as exc:
        add_scenario(db, data)
    assert _code(exc) == code
    assert list_scenarios(db) == []


def test_the_working_group_is_ordered_by_role_and_one_person_has_one_role(db, staff):
    head, press, lawyer = staff
    set_member(db, lawyer, "lawyer", Bi("Укуктук текшерүү", "Правовая проверка"))
    set_member(db, press, "press")
    set_member(db, head, "head")
    assert [(m.full_name, m.role) for m in list_group(db)] == [
        ("Асанов Бакыт", "head"),
        ("Жумабаева Айгүл", "press"),
        ("Исаков Эрлан", "lawyer"),
    ]
    set_member(db, lawyer, "unit")
    assert [m.role for m in list_group(db)] == ["head", "press", "unit"]
    remove_member(db, press)
    assert [m.staff_id for m in list_group(db)] == [head, lawyer]
    with pytest.raises(CrisisError) as exc:
        set_member(db, press, "boss")
    assert _code(exc) == "crisis.unknown_role"
    with pytest.raises(CrisisError) as exc:
        set_member(db, 999, "unit")
    assert _code(exc) == "crisis.no_staff"


def test_a_notice_contact_needs_a_phone_and_staff_fill_in_theirs(db, staff):
    head, _, lawyer = staff
    cid = add_contact(db, ContactInput(staff_id=head))
    contact = list_contacts(db)[0]
    assert (contact.id, contact.full_name, contact.phone) == (cid, "Асанов Бакыт", "+996 312 1")
    assert contact.role == Bi("Министр", "Министр")
    with pytest.raises(CrisisError) as exc:
        add_contact(db, ContactInput(staff_id=lawyer))
    assert _code(exc) == "crisis.contact_needs_phone" and "Исаков Эрлан" in str(exc.value)
    with pytest.raises(CrisisError) as exc:
        add_contact(db, ContactInput(phone="+996 700"))
    assert _code(exc) == "crisis.contact_needs_name"
    assert len(list_contacts(db)) == 1


def test_a_person_of_the_contact_base_brings_name_phone_and_position(db, staff):
    person = save_person(
        db,
        PersonRecord(
            "Токтоматов Улан",
            position=Bi("Кезметчи", "Дежурный"),
            phones=(PhoneValue("0555 111 222"), PhoneValue("0312 62-00-00")),
            emails=(EmailValue("ulan@example.kg"),),
        ),
    ).record
    assert person.id is not None
    add_contact(db, ContactInput(person_id=person.id))
    contact = list_contacts(db)[0]
    assert (contact.full_name, contact.phone, contact.email) == (
        "Токтоматов Улан",
        "0555 111 222",
        "ulan@example.kg",
    )
    assert (contact.role, contact.person_id) == (Bi("Кезметчи", "Дежурный"), person.id)
    with pytest.raises(CrisisError) as exc:
        add_contact(db, ContactInput(person_id=999))
    assert _code(exc) == "crisis.no_person"


def test_a_statement_is_approved_by_the_head_and_the_trail_keeps_every_step(db, staff):
    head, press, _ = staff
    sid = add_scenario(db, ScenarioInput(Bi("Өрт", "Пожар")))
    st = add_statement(db, sid, TEXT, by_name="Жумабаева Айгүл")
    set_statement_status(db, st, "sent", by_id=press)
    with pytest.raises(CrisisError) as exc:
        set_statement_status(db, st, "returned")
    assert _code(exc) == "crisis.return_needs_comment"
    set_statement_status(db, st, "returned", by_id=head, comment="Кыскартыңыз")
    set_statement_status(db, st, "sent", by_id=press)
    set_statement_status(db, st, "approved")
    row = get_scenario(db, sid).statements[0]
    assert row.status == "approved"
    # Without a person named, the approval is in the head's name from the profile.
    assert row.approved_by == "Асанов Бакыт"
    assert row.approved_at == clock.now().replace(microsecond=0)
    assert [(s.old_value, s.new_value) for s in row.trail] == [
        ("", "draft"),
        ("draft", "sent"),
        ("sent", "returned"),
        ("returned", "sent"),
        ("sent", "approved"),
    ]
    assert row.trail[2].comment == "Кыскартыңыз" and row.trail[2].by_name == "Асанов Бакыт"


def test_changing_an_approved_text_makes_it_a_draft_again(db, staff):
    sid = add_scenario(db, ScenarioInput(Bi("Өрт", "Пожар")))
    st = add_statement(db, sid, TEXT)
    set_statement_status(db, st, "sent")
    set_statement_status(db, st, "approved")
    update_statement(db, st, TEXT)  # the same text: nothing changes
    assert get_scenario(db, sid).statements[0].status == "approved"
    update_statement(db, st, StatementInput(TEXT.title, Bi("Жаңы текст.", "Новый текст.")))
    row = get_scenario(db, sid).statements[0]
    assert (row.status, row.approved_by, row.approved_at) == ("draft", "", None)
    assert row.text.ru == "Новый текст."


def test_approval_needs_both_languages_and_steps_in_order(db, staff):
    sid = add_scenario(db, ScenarioInput(Bi("Өрт", "Пожар")))
    st = add_statement(db, sid, StatementInput(Bi(), Bi("Кырдаал көзөмөлдө.", "")))
    with pytest.raises(CrisisError) as exc:
        set_statement_status(db, st, "approved")
    assert _code(exc) == "crisis.bad_step"
    set_statement_status(db, st, "sent")
    with pytest.raises(CrisisError) as exc:
        set_statement_status(db, st, "approved")
    assert _code(exc) == "crisis.approve_needs_both"
    assert get_scenario(db, sid).statements[0].status == "sent"
    with pytest.raises(CrisisError) as exc:
        add_statement(db, sid, StatementInput(Bi("Аталыш", ""), Bi(" ", "")))
    assert _code(exc) == "crisis.statement_needs_text"
    with pytest.raises(CrisisError) as exc:
        add_statement(db, 999, TEXT)
    assert _code(exc) == "crisis.no_scenario"


def test_deleting_a_scenario_takes_its_statements(db, staff):
    sid = add_scenario(db, ScenarioInput(Bi("Өрт", "Пожар")))
    add_statement(db, sid, TEXT)
    delete_scenario(db, sid)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(HoldingStatement)) == 0


def test_staff_are_found_by_name_in_any_case(db, staff):
    head, _, _ = staff
    assert resolve_staff(db, "асанов бакыт") == head
    with pytest.raises(CrisisError) as exc:
        resolve_staff(db, "Жок Адам")
    assert _code(exc) == "crisis.no_staff_named"
