"""The act's plan section: only what the successor must act on, a rubric in one row, statuses."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.events.records import EventInput, create_event
from pressdesk.services.events.tasks import TaskInput, add_task, set_done
from pressdesk.services.handover.build import build_draft, refresh_plan
from pressdesk.services.handover.document import act_document
from pressdesk.services.handover.names import initials_surname, same_person
from pressdesk.services.handover.plan import plan_section, plan_section_refs, rule_text
from pressdesk.services.plan.items import PlanItemInput, create_item
from pressdesk.services.plan.workflow import change_status

TODAY = dt.date(2026, 12, 3)


def _item(db, day, title, *steps, rrule=""):  # type: ignore[no-untyped-def]
    row = create_item(db, PlanItemInput(date=day, title=title, rrule=rrule))
    for step in steps:
        row = change_status(db, row.id, step, by_name="Б.Т. Асанов")
    return row


@pytest.fixture
def plan_db(db):  # type: ignore[no-untyped-def]
    with clock.frozen(dt.datetime(2026, 12, 3, 9, 0)):
        release = Bi("Пресс-релиз: коллегия", "Пресс-релиз: коллегия министерства")
        _item(db, TODAY + dt.timedelta(days=1), release, "draft", "sent")
        greeting = Bi("Куттуктоо", "Поздравление")
        _item(db, TODAY + dt.timedelta(days=5), greeting, "draft", "sent", "approved")
        _item(db, TODAY + dt.timedelta(days=2), Bi("Идея гана", "Только идея"))
        _item(db, TODAY + dt.timedelta(days=3), Bi("Долбоор гана", "Только черновик"), "draft")
        later = Bi("Алыскы макала", "Статья на будущее")
        _item(db, TODAY + dt.timedelta(days=45), later, "draft", "sent")
        past = Bi("Өткөн жаңылык", "Прошедшая новость")
        _item(db, TODAY - dt.timedelta(days=2), past, "draft", "sent", "approved")
        _item(
            db,
            dt.date(2026, 11, 6),
            Bi("«Министр менен бир саат»", "«Час с министром»"),
            "draft",
            "sent",
            "approved",
            rrule="FREQ=WEEKLY;BYDAY=FR;UNTIL=20270305",
        )
        start = dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(14, 0))
        event = create_event(
            db,
            EventInput(
                kind="briefing",
                title=Bi("Брифинг: агрокредиттер", "Брифинг: агрокредиты"),
                starts_at=start,
                ends_at=start + dt.timedelta(hours=1),
            ),
            with_checklist=False,
        )
        first = add_task(db, event.id, TaskInput("before", TODAY - dt.timedelta(days=1), "Анонс"))
        add_task(db, event.id, TaskInput("before", TODAY - dt.timedelta(days=1), "Тизме"))
        add_task(db, event.id, TaskInput("before", TODAY + dt.timedelta(days=1), "Пресс-кит"))
        set_done(db, first.id)
    return db


def test_only_items_to_act_on_in_the_next_days(plan_db):
    section = plan_section(plan_db, "ru", TODAY, 30)
    rows = [line.cells for line in section.lines]
    titles = [cells[2] for cells in rows]
    assert titles == [
        "«Час с министром»",
        "Пресс-релиз: коллегия министерства",
        "Брифинг: агрокредиты",
        "Поздравление",
    ]
    by_title = {cells[2]: cells for cells in rows}
    assert by_title["Пресс-релиз: коллегия министерства"][3] == "На согласовании"
    assert by_title["Поздравление"][3] == "Согласовано"
    # Thirteen Fridays are one row that says how the rubric repeats.
    rubric = by_title["«Час с министром»"]
    assert rubric[:2] == ["каждую пятницу до 05.03.2027", "Постоянная рубрика"]
    # An event shows its kind in "what" and how far its preparation is as the status.
    briefing = by_title["Брифинг: агрокредиты"]
    assert briefing[0] == "05.12.2026, 14:00" and briefing[1] == "Брифинг"
    assert briefing[3] == "Готовится (выполнено задач: 1 из 3); просрочено задач: 1"
    assert "3 декабря 2026 г. – 1 января 2027 г. (30 дн.)" in section.intro


def test_the_section_prints_one_language_and_names_its_records_for_the_check(plan_db):
    from pressdesk.services.plan.items import list_items, update_item
    from pressdesk.services.plan.workflow import change_status
    from pressdesk.services.preflight import find_missing

    refs = plan_section_refs(plan_db, TODAY, 30)
    assert {ref.section for ref in refs} == {"plan_item", "event"}
    assert all(ref.fields == ("title",) for ref in refs)
    assert len(refs) == 4  # three items (the rubric once) and the briefing
    assert find_missing(plan_db, refs, "ru") == []
    row = next(
        r
        for r in list_items(plan_db, TODAY, TODAY + dt.timedelta(days=6), expand=False)
        if r.title.ky == "Куттуктоо"
    )
    update_item(plan_db, row.id, replace(row.as_input(), title=Bi("Куттуктоо", "")))
    # A changed title withdraws the approval (#19): the item is sent and approved again.
    change_status(plan_db, row.id, "sent")
    if row.status == "approved":
        change_status(plan_db, row.id, "approved", by_name="Асанов Б.")
    missing = find_missing(plan_db, refs, "ru")
    assert [(m.section, m.record_id, m.attr) for m in missing] == [("plan_item", row.id, "title")]
    section = plan_section(plan_db, "ru", TODAY, 30)
    cells = [line.cells[2] for line in section.lines]
    assert "Куттуктоо" not in cells and "" in cells
    # Each line names the record it prints, for the act's check before issue.
    assert sorted(ref for line in section.lines for ref in line.refs) == sorted(refs)


def test_the_horizon_follows_the_setting_or_the_wizard(plan_db):
    short = plan_section(plan_db, "ky", TODAY, 2)
    assert [line.cells[2] for line in short.lines] == [
        "«Министр менен бир саат»",
        "Пресс-релиз: коллегия",
    ]
    wide = plan_section(plan_db, "ky", TODAY, 60)
    assert "Алыскы макала" in [line.cells[2] for line in wide.lines]
    rubric = next(line.cells for line in wide.lines if "бир саат" in line.cells[2])
    assert rubric[0] == "ар жума күнү, 05.03.2027-жылга чейин"
    assert rubric[3] == "Макулдашылды"
    with clock.frozen(dt.datetime(2026, 12, 3, 9, 0)):
        draft = build_draft(plan_db, lang="ky", plan_days=2)
        draft.plan_days = 60
        refresh_plan(draft, plan_db)
    assert len(draft.section("plan").lines) == len(wide.lines)


def test_nothing_to_act_on_is_said_as_a_fact_of_the_plan(db):
    section = plan_section(db, "ky", TODAY, 30)
    assert section.lines == []
    assert section.empty == (
        "Контент-пландын маалыматы боюнча 2026-жылдын 3-декабры – 2027-жылдын 1-январы "
        "аралыгында макулдашууга жөнөтүлгөн же макулдашылган иштер жана иш-чаралар жок."
    )
    with clock.frozen(dt.datetime(2026, 12, 3, 9, 0)):
        doc = act_document(build_draft(db, lang="ky"))
    assert doc.blocks


@pytest.mark.parametrize(
    ("rule", "until", "ky", "ru"),
    [
        (
            "FREQ=WEEKLY;BYDAY=MO",
            dt.date(2027, 3, 5),
            "ар дүйшөмбү күнү, 05.03.2027-жылга чейин",
            "каждый понедельник до 05.03.2027",
        ),
        ("FREQ=WEEKLY;BYDAY=WE", None, "ар шаршемби күнү", "каждую среду"),
        (
            "FREQ=WEEKLY;BYDAY=MO,TH",
            None,
            "ар дүйшөмбү жана бейшемби күндөрү",
            "по понедельникам и четвергам",
        ),
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
            None,
            "2 аптада бир жолу (ар шейшемби күнү)",
            "раз в 2 нед. (каждый вторник)",
        ),
        ("FREQ=WEEKLY", None, "ар бейшемби күнү", "каждый четверг"),
        ("FREQ=DAILY", None, "күн сайын", "ежедневно"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", None, "ай сайын 15-күнү", "ежемесячно 15-го числа"),
        ("FREQ=MONTHLY;BYDAY=1MO", None, "ай сайын", "ежемесячно"),
        ("FREQ=YEARLY", None, "жыл сайын", "ежегодно"),
    ],
)
def test_rule_text(rule, until, ky, ru):
    start = dt.date(2026, 12, 3)  # a Thursday
    assert rule_text(rule, start, until, "ky") == ky
    assert rule_text(rule, start, until, "ru") == ru


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Асанов Бакыт Токтогулович", "Б.Т. Асанов"),
        ("  Асанов   Бакыт  Токтогулович ", "Б.Т. Асанов"),
        ("Асанов Бакыт Токтогул уулу", "Б.Т. Асанов"),
        ("Токтосунова Гүлнара Маратовна", "Г.М. Токтосунова"),
        ("Өмүрбеков Нурлан", "Н. Өмүрбеков"),
        ("Асанов Б.Т.", "Б.Т. Асанов"),
        ("Б.Т. Асанов", "Б.Т. Асанов"),
        ("Асанов", "Асанов"),
        ("", ""),
    ],
)
def test_initials_and_surname(name, short):
    assert initials_surname(name) == short


def test_same_person():
    full = "Жумабаева Айгүл Бекеновна"
    assert same_person("Жумабаева Айгүл", full)
    assert same_person("ЖУМАБАЕВА А.Б.", full)
    assert same_person(full, full)
    assert not same_person("Жумабаев Айгүл", full)
    assert not same_person("Жумабаева Асель", full)
    assert not same_person("Жумабаева", full)
    assert not same_person("", full)
