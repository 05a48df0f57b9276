"""Outlets and people: validation, search, filters, paging, history, lists, log, duplicates."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.exchange.phones import check_email, check_phone
from pressdesk.services.contacts.demo import fill_contacts
from pressdesk.services.contacts.duplicates import find_duplicates, merge_people, name_similarity
from pressdesk.services.contacts.lists import (
    ListRecord,
    add_to_list,
    find_list,
    list_lists,
    lists_of_person,
    remove_from_list,
    save_list,
)
from pressdesk.services.contacts.log import (
    InteractionRecord,
    delete_interaction,
    list_interactions,
    log_interaction,
)
from pressdesk.services.contacts.query import count_people, list_outlets, list_people
from pressdesk.services.contacts.records import (
    delete_outlet,
    get_person,
    mark_verified,
    move_person,
    outlet_history,
    save_outlet,
    save_person,
    sort_text,
    stale_cutoff,
)
from pressdesk.services.contacts.values import (
    OUTLET_SORTS,
    PERSON_SORTS,
    ContactError,
    ContactNotFound,
    EmailValue,
    OutletFilter,
    OutletRecord,
    PersonFilter,
    PersonRecord,
    PhoneValue,
)
from pressdesk.storage.check import check_database
from pressdesk.textfold import sort_key


def _outlet(db, name="Кабар", **kw):
    return save_outlet(db, OutletRecord(name, **kw)).record


def _person(db, name, **kw):
    return save_person(db, PersonRecord(name, **kw)).record


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("0555 123 456", "+996555123456"),
        ("0 (312) 62-34-56", "+996312623456"),
        ("+996 700 654 321", "+996700654321"),
        ("00996 772 111 222", "+996772111222"),
        ("+7 701 123 45 67", "+77011234567"),
    ],
)
def test_phones_are_normalised_to_e164_with_kyrgyz_default(raw, e164):
    assert check_phone(raw).e164 == e164


def test_invalid_values_are_kept_flagged_and_reported(db):
    saved = save_person(
        db,
        PersonRecord(
            "Асанов Бакыт",
            phones=(PhoneValue("0555 123 456"), PhoneValue("12-34")),
            emails=(EmailValue("Bakyt@Example.KG"), EmailValue("not an address")),
        ),
    )
    assert len(saved.warnings) == 2
    record = saved.record
    assert [(p.raw, p.e164, p.valid) for p in record.phones] == [
        ("0555 123 456", "+996555123456", True),
        ("12-34", "", False),
    ]
    assert [(e.address, e.valid) for e in record.emails] == [
        ("Bakyt@example.kg", True),
        ("not an address", False),
    ]
    assert list_people(db, PersonFilter(has_invalid=True)).total == 1
    assert check_email("a@b").valid is False


def test_required_name_and_codes_are_checked(db):
    with pytest.raises(ContactError, match="empty"):
        _person(db, "   ")
    with pytest.raises(ContactError, match="Unknown person kind"):
        _person(db, "X", kind="astronaut")
    with pytest.raises(ContactError, match="Unknown language"):
        _outlet(db, "Y", languages=frozenset({"de"}))
    with pytest.raises(ContactNotFound):
        _person(db, "Z", outlet_id=999)


@pytest.mark.parametrize(
    "query",
    [
        "айгүл",
        "АЙГҮЛ",
        "Айгүл Жумаб",
        "ҢӨҮ",
        "ӘІҒҚҰҺ",
        "кабар",
        "редак",
        "эконом",
        "0555 12",
        "555-123",
        "123 456",
        "+996 555",
        "62-34-56",
        "aigul@kab",
        "AIGUL",
        "фёдор",
        "федор",
    ],
)
def test_search_as_you_type_across_fields_and_alphabets(db, query):
    outlet = _outlet(db, "Кабар")
    _person(
        db,
        "Жумабаева Айгүл Фёдоровна",
        outlet_id=outlet.id,
        position=Bi("", "Редактор"),
        topics=(Bi("Экономика", "Экономика"),),
        phones=(PhoneValue("0555 123 456"), PhoneValue("0 (312) 62-34-56")),
        emails=(EmailValue("aigul@kabar.example.kg"),),
        notes="ңөү әіғқұһ",
    )
    _person(db, "Петров Алексей", phones=(PhoneValue("0700 999 888"),))
    page = list_people(db, PersonFilter(text=query))
    assert [r.full_name for r in page.rows] == ["Жумабаева Айгүл Фёдоровна"], query


def test_search_ranks_name_matches_first_and_handles_odd_input(db):
    _person(db, "Иванов Сергей", notes="говорили про Асанова")
    _person(db, "Асанов Бакыт")
    rows = list_people(db, PersonFilter(text="асанов")).rows
    assert [r.full_name for r in rows] == ["Асанов Бакыт", "Иванов Сергей"]
    for odd in ['"', "*", "a OR b", "NEAR(", "%", "_", "-", "😀"]:
        list_people(db, PersonFilter(text=odd))


def test_outlet_rename_updates_search(db):
    outlet = _outlet(db, "Старое имя")
    _person(db, "Ким Ольга", outlet_id=outlet.id)
    save_outlet(db, OutletRecord("Жаңы Ордо", id=outlet.id))
    assert list_people(db, PersonFilter(text="жаңы орд")).total == 1
    assert list_people(db, PersonFilter(text="старое")).total == 0


def test_moving_keeps_history_and_deleting_an_outlet_keeps_people(db):
    first = _outlet(db, "ЭлТР")
    second = _outlet(db, "НТС")
    person = _person(db, "Ким Ольга", outlet_id=first.id, position=Bi("Оператор", "Оператор"))
    editor = Bi("Редактор", "Редактор")
    moved = move_person(db, person.id, second.id, position=editor, on=dt.date(2026, 3, 1))
    assert (moved.outlet_name, moved.position) == ("НТС", editor)
    (line,) = outlet_history(db, person.id)
    assert (line.outlet_name, line.position, line.ended_on) == (
        "ЭлТР",
        Bi("Оператор", "Оператор"),
        dt.date(2026, 3, 1),
    )
    delete_outlet(db, second.id)
    assert get_person(db, person.id).outlet_id is None
    assert [h.outlet_name for h in outlet_history(db, person.id)] == ["НТС", "ЭлТР"]


def test_filters_on_every_category(db):
    state_tv = _outlet(
        db,
        "КТРК",
        kind="tv",
        ownership="state",
        languages=frozenset({"ky", "ru"}),
        platforms=frozenset({"tv"}),
        first_wave=True,
    )
    regional = _outlet(db, "Ош ТВ", kind="tv", scale="regional", region="osh_city")
    _person(
        db,
        "А",
        outlet_id=state_tv.id,
        kind="editor",
        languages=frozenset({"ky"}),
        topics=(Bi("Саясат", "Политика"),),
        preferred_channel="email",
        last_verified=dt.date(2020, 1, 1),
    )
    _person(db, "Б", outlet_id=regional.id, do_not_contact=True, last_verified=clock.today())
    _person(db, "В", kind="blogger")
    cases = {
        PersonFilter(kinds=frozenset({"editor"})): ["А"],
        PersonFilter(outlet_kinds=frozenset({"tv"})): ["А", "Б"],
        PersonFilter(scales=frozenset({"regional"})): ["Б"],
        PersonFilter(regions=frozenset({"osh_city"})): ["Б"],
        PersonFilter(ownerships=frozenset({"state"})): ["А"],
        PersonFilter(platforms=frozenset({"tv"})): ["А"],
        PersonFilter(outlet_languages=frozenset({"ru"})): ["А"],
        PersonFilter(languages=frozenset({"ky"})): ["А"],
        PersonFilter(topics=frozenset({"САЯСАТ"})): ["А"],
        PersonFilter(topics=frozenset({"политика"})): ["А"],
        PersonFilter(topics=frozenset({"нет такой темы"})): [],
        PersonFilter(preferred_channels=frozenset({"email"})): ["А"],
        PersonFilter(first_wave=True): ["А"],
        PersonFilter(do_not_contact=True): ["Б"],
        PersonFilter(without_outlet=True): ["В"],
        PersonFilter(outlet_ids=frozenset({regional.id})): ["Б"],
        PersonFilter(verified_before=stale_cutoff(6)): ["А", "В"],
    }
    for flt, names in cases.items():
        assert [r.full_name for r in list_people(db, flt, sort="name").rows] == names, flt
    assert [
        o.name
        for o in list_outlets(
            db, OutletFilter(kinds=frozenset({"tv"}), scales=frozenset({"regional"}))
        ).rows
    ] == ["Ош ТВ"]
    assert list_outlets(db, OutletFilter(text="ктр")).rows[0].people_count == 1


def test_paging_and_sorting_on_every_column(db):
    rng = random.Random(1)
    fill_contacts(db, rng)
    total = count_people(db)
    seen = []
    offset = 0
    while True:
        page = list_people(db, sort="name", offset=offset, limit=40)
        assert page.total == total
        seen += [r.id for r in page.rows]
        if not page.has_more:
            break
        offset += 40
    assert len(seen) == len(set(seen)) == total
    names = [r.full_name for r in list_people(db, sort="name", limit=1000).rows]
    assert names == sorted(names, key=sort_key)
    for sort in PERSON_SORTS:
        for descending in (False, True):
            assert list_people(db, sort=sort, descending=descending, limit=5).total == total
    for sort in OUTLET_SORTS:
        assert len(list_outlets(db, sort=sort, limit=5).rows) == 5
    with pytest.raises(ContactError):
        list_people(db, sort="nonsense")
    with pytest.raises(ContactError):
        list_people(db, limit=0)


def test_sort_text_orders_kyrgyz_letters_like_a_dictionary():
    words = ["Үсөн", "Уулу", "Өмүр", "Орозов", "Ңаа", "Нурлан", "Яковлев", "Abdy", "1-канал"]
    assert sorted(words, key=sort_text) == sorted(words, key=sort_key)


def test_stale_records_and_mark_verified_in_one_action(db):
    ids = [_person(db, n, last_verified=dt.date(2024, 1, 1)).id for n in ("А", "Б", "В")]
    flt = PersonFilter(verified_before=stale_cutoff(6))
    assert count_people(db, flt) == 3
    assert mark_verified(db, ids[:2]) == 2
    assert [r.full_name for r in list_people(db, flt).rows] == ["В"]
    assert stale_cutoff(6, dt.date(2026, 8, 31)) == dt.date(2026, 2, 28)
    assert stale_cutoff(12, dt.date(2026, 1, 15)) == dt.date(2025, 1, 15)


def test_static_and_filter_lists_with_counts(db):
    tv = _outlet(db, "КТРК", kind="tv")
    a = _person(db, "А", outlet_id=tv.id)
    b = _person(db, "Б", outlet_id=tv.id, do_not_contact=True)
    c = _person(db, "В")
    pool = save_list(db, ListRecord("Пул журналистов"))
    assert add_to_list(db, pool.id, person_ids=[c.id], outlet_ids=[tv.id]) == 2
    assert add_to_list(db, pool.id, person_ids=[c.id]) == 0
    saved = save_list(
        db, ListRecord("ТВ", kind="filter", filter=PersonFilter(outlet_kinds=frozenset({"tv"})))
    )
    rows = {r.name: r for r in list_lists(db)}
    assert (rows["Пул журналистов"].person_count, rows["Пул журналистов"].outlet_count) == (1, 1)
    assert rows["Пул журналистов"].recipient_count == 3
    assert rows["Пул журналистов"].reachable_count == 2
    assert rows["ТВ"].recipient_count == 2
    assert {r.full_name for r in list_people(db, PersonFilter(list_id=saved.id)).rows} == {"А", "Б"}
    assert lists_of_person(db, a.id) == ["Пул журналистов"]
    assert find_list(db, "пул ЖУРНАЛИСТОВ").id == pool.id
    with pytest.raises(ContactError, match="already exists"):
        save_list(db, ListRecord("ПУЛ журналистов"))
    with pytest.raises(ContactError, match="saved filter"):
        add_to_list(db, saved.id, person_ids=[a.id])
    remove_from_list(db, pool.id, outlet_ids=[tv.id])
    assert list_people(db, PersonFilter(list_id=pool.id)).total == 1
    assert b.id is not None


def test_interaction_log_and_last_contacted(db):
    outlet = _outlet(db)
    person = _person(db, "Ким Ольга", outlet_id=outlet.id)
    first = log_interaction(
        db, InteractionRecord(dt.date(2026, 1, 5), "phone", "Пресс-релиз", person_id=person.id)
    )
    log_interaction(
        db, InteractionRecord(dt.date(2026, 2, 1), "email", "Брифинг", person_id=person.id)
    )
    log_interaction(
        db, InteractionRecord(dt.date(2026, 2, 3), "meeting", "Редакция", outlet_id=outlet.id)
    )
    assert get_person(db, person.id).last_contacted == dt.date(2026, 2, 1)
    assert list_interactions(db, person_id=person.id).total == 2
    outlet_page = list_interactions(db, outlet_id=outlet.id)
    assert [r.subject for r in outlet_page.rows] == ["Редакция", "Брифинг", "Пресс-релиз"]
    assert outlet_page.rows[1].person_name == "Ким Ольга"
    assert list_people(db, PersonFilter(contacted_since=dt.date(2026, 1, 20))).total == 1
    delete_interaction(db, list_interactions(db, person_id=person.id).rows[0].id)
    assert get_person(db, person.id).last_contacted == first.happened_on
    with pytest.raises(ContactError):
        log_interaction(db, InteractionRecord(clock.today(), "pigeon", person_id=person.id))


def test_duplicates_are_found_and_merged_without_loss(db):
    outlet = _outlet(db, "Кабар")
    other = _outlet(db, "24.kg")
    a = _person(
        db,
        "Жумабаева Айгүл",
        outlet_id=outlet.id,
        phones=(PhoneValue("0555 123 456"),),
        topics=(Bi("экономика", ""),),
        languages=frozenset({"ky"}),
    )
    b = _person(
        db,
        "Айгүл Жумабаева",
        outlet_id=outlet.id,
        emails=(EmailValue("a@kabar.example.kg"),),
        topics=(Bi("саясат", ""),),
        languages=frozenset({"ru"}),
        position=Bi("", "Редактор"),
    )
    c = _person(db, "Другой Человек", outlet_id=other.id, phones=(PhoneValue("+996555123456"),))
    pool = save_list(db, ListRecord("Пул"))
    add_to_list(db, pool.id, person_ids=[b.id])
    log_interaction(db, InteractionRecord(dt.date(2026, 5, 1), "phone", "x", person_id=b.id))
    pairs = {(p.first.id, p.second.id): p.reasons for p in find_duplicates(db)}
    assert any("similar name" in r for r in pairs[(a.id, b.id)])
    assert any("same phone +996555123456" in r for r in pairs[(a.id, c.id)])
    merged = merge_people(db, a.id, b.id)
    assert merged.position == Bi("", "Редактор")
    assert set(merged.topics) == {Bi("экономика", ""), Bi("саясат", "")}
    assert merged.languages == frozenset({"ky", "ru"})
    assert [e.address for e in merged.emails] == ["a@kabar.example.kg"]
    assert merged.last_contacted == dt.date(2026, 5, 1)
    assert lists_of_person(db, a.id) == ["Пул"]
    with pytest.raises(ContactNotFound):
        get_person(db, b.id)
    assert list_people(db, PersonFilter(text="a@kabar")).rows[0].id == a.id
    assert name_similarity("асанов бакыт", "бакыт асанов") == 1.0


def test_demo_data_and_schema_check(db):
    count = fill_contacts(db, random.Random(2026))
    assert count > 180
    assert count_people(db) == 151
    assert list_outlets(db).total == 40
    assert find_duplicates(db)
    assert check_database(db).ok
