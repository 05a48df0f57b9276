"""Events, checklist templates and dated tasks: defaults, validation, moving, the week view."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pressdesk.services.events.records import (
    EventError,
    EventInput,
    apply_template,
    create_event,
    delete_event,
    get_event,
    list_events,
    plan_item_choices,
    update_event,
)
from pressdesk.services.events.tasks import (
    TaskInput,
    add_task,
    list_tasks,
    parse_week,
    set_done,
    update_task,
    week_tasks,
)
from pressdesk.services.events.templates import (
    TemplateInput,
    TemplateItemInput,
    default_template,
    delete_template,
    list_templates,
    save_template,
    validate_template,
)
from pressdesk.services.plan.items import PlanItemInput, create_item, delete_item
from pressdesk.services.staff import StaffRow, save_staff
from pressdesk.storage.events_models import EVENT_KINDS

START = dt.datetime(2026, 11, 25, 10, 0)


def conference(**changes: object) -> EventInput:
    data = EventInput(
        kind="press_conference",
        title="Пресс-конференция: жазгы талаа иштери",
        starts_at=START,
        ends_at=START + dt.timedelta(hours=1, minutes=30),
        place="Пресс-борбор",
        speakers=("Асанов Бакыт, министр",),
        key_messages=("Үрөн жетиштүү", "Күйүүчү май бар"),
    )
    return replace(data, **changes)


def by_text(tasks, text):
    return next(t for t in tasks if text in t.text_ru)


def test_every_event_type_ships_a_valid_bilingual_template(db):
    templates = list_templates(db)
    assert {t.kind for t in templates} == set(EVENT_KINDS)
    for template in templates:
        assert template.items, template.kind
        assert validate_template(template.as_input()) == []
        assert all(item.text_ky and item.text_ru for item in template.items)
        # A crisis gives no notice: its checklist starts when the crisis does.
        wanted = {"during", "after"} if template.kind == "crisis" else {"before", "after"}
        assert {item.phase for item in template.items} >= wanted
    conference_items = default_template(db, "press_conference")
    assert conference_items is not None
    texts = [item.text_ky for item in conference_items.items]
    assert any("ң" in t or "ө" in t or "ү" in t for t in texts)


def test_new_event_gets_dated_checklist_from_its_template(db):
    row = create_event(db, conference())
    tasks = list_tasks(db, row.id, today=dt.date(2026, 11, 1))
    assert row.tasks_total == len(tasks) > 10
    assert by_text(tasks, "пресс-анонс").due_date == dt.date(2026, 11, 18)
    assert by_text(tasks, "Подтвердить участие").due_date == dt.date(2026, 11, 24)
    assert by_text(tasks, "Зарегистрировать журналистов").due_date == dt.date(2026, 11, 25)
    assert by_text(tasks, "Разослать пресс-релиз").due_date == dt.date(2026, 11, 26)
    assert by_text(tasks, "Сдать фото и видео в архив").due_date == dt.date(2026, 12, 2)
    assert [t.phase for t in tasks] == sorted(
        (t.phase for t in tasks), key=("before", "during", "after").index
    )


def test_after_deadlines_count_from_the_last_day_of_a_trip(db):
    trip = conference(
        kind="business_trip",
        title="Нарын облусуна иш сапары",
        ends_at=START + dt.timedelta(days=2, hours=8),
    )
    tasks = list_tasks(db, create_event(db, trip).id)
    assert by_text(tasks, "Разослать пресс-релиз").due_date == dt.date(2026, 11, 28)
    assert by_text(tasks, "Проинструктировать").due_date == dt.date(2026, 11, 24)


def test_event_ending_before_it_starts_is_refused_with_a_clear_message(db):
    bad = conference(ends_at=START - dt.timedelta(hours=2))
    with pytest.raises(EventError, match=r"ends \(2026-11-25 08:00\) before it starts"):
        create_event(db, bad)
    assert list_events(db) == []
    with pytest.raises(EventError, match="needs a title"):
        create_event(db, conference(title="   "))
    with pytest.raises(EventError, match="Unknown event type"):
        create_event(db, conference(kind="party"))
    with pytest.raises(EventError, match="more than 60 days"):
        create_event(db, conference(ends_at=START + dt.timedelta(days=400)))


def test_moving_an_event_moves_open_deadlines_and_keeps_done_ones(db):
    row = create_event(db, conference())
    tasks = list_tasks(db, row.id)
    plan = by_text(tasks, "Включить мероприятие")
    advisory = by_text(tasks, "пресс-анонс")
    done_at = dt.datetime(2026, 11, 10, 16, 30)
    set_done(db, plan.id, at=done_at)
    moved = update_event(
        db,
        row.id,
        replace(
            row.as_input(),
            starts_at=START + dt.timedelta(days=3),
            ends_at=START + dt.timedelta(days=3, hours=2),
        ),
    )
    assert moved.sequence == row.sequence + 1
    after = list_tasks(db, row.id)
    assert by_text(after, "Включить мероприятие").due_date == plan.due_date
    assert by_text(after, "Включить мероприятие").done_at == done_at
    assert by_text(after, "пресс-анонс").due_date == advisory.due_date + dt.timedelta(days=3)
    assert by_text(after, "Сдать фото").due_date == dt.date(2026, 12, 5)


def test_template_deadline_beyond_follow_up_window_is_explained(db):
    items = (
        TemplateItemInput("before", -7, "Пресс-анонс жөнөтүү", "Разослать пресс-анонс"),
        TemplateItemInput("after", 45, "Архивге өткөрүү", "Сдать в архив"),
    )
    data = TemplateInput("briefing", "Брифинг (кыска)", "Брифинг (короткий)", 30, items)
    problems = validate_template(data)
    assert len(problems) == 1
    assert "45 days after the event" in problems[0]
    assert "follow-up window of 30 days" in problems[0]
    with pytest.raises(EventError, match="follow-up window"):
        save_template(db, data)
    assert validate_template(replace(data, follow_up_days=60)) == []
    wrong_side = replace(data, items=(TemplateItemInput("before", 2, "Текст", "Текст"),))
    assert "cannot be due 2 days after it starts" in validate_template(wrong_side)[0]
    empty = replace(data, items=(TemplateItemInput("after", 1, " ", ""),))
    assert "needs a text" in validate_template(empty)[0]


def test_templates_are_editable_and_events_keep_their_tasks(db):
    press = save_staff(db, StaffRow("Жумабаева Айгүл", position_ru="Пресс-секретарь"))
    items = (
        TemplateItemInput("before", -2, "Пресс-анонс", "Пресс-анонс", press.id),
        TemplateItemInput("during", 0, "Сүрөткө тартуу", "Фотосъёмка"),
        TemplateItemInput("after", 1, "Пресс-релиз", "Пресс-релиз", press.id),
    )
    saved = save_template(db, TemplateInput("press_tea", "Кыска", "Короткий", 10, items))
    assert [i.offset_days for i in saved.items] == [-2, 0, 1]
    assert saved.items[0].responsible_name == "Жумабаева Айгүл"
    row = create_event(db, conference(kind="press_tea"), template_id=saved.id)
    tasks = list_tasks(db, row.id)
    assert len(tasks) == 3 and tasks[0].responsible_id == press.id
    changed = save_template(db, replace(saved.as_input(), items=items[:1]), saved.id)
    assert len(changed.items) == 1
    delete_template(db, saved.id)
    assert len(list_tasks(db, row.id)) == 3
    assert apply_template(db, row.id, replace_open=True) > 3


def test_ticking_tasks_records_time_and_overdue_is_computed(db):
    row = create_event(db, conference())
    today = dt.date(2026, 11, 20)
    tasks = list_tasks(db, row.id, today=today)
    late = by_text(tasks, "пресс-анонс")
    assert late.overdue and late.state == "overdue"
    done = set_done(db, late.id, at=dt.datetime(2026, 11, 20, 9, 15, 42))
    assert done.done and done.done_at == dt.datetime(2026, 11, 20, 9, 15, 42)
    assert not done.overdue and done.state == "done"
    reopened = set_done(db, late.id, False)
    assert reopened.done_at is None
    assert get_event(db, row.id, today=today).tasks_overdue >= 1


def test_week_overview_lists_tasks_of_all_events_overdue_first(db):
    first = create_event(db, conference())
    second = create_event(
        db,
        conference(
            kind="briefing",
            title="Брифинг",
            starts_at=START + dt.timedelta(days=7),
            ends_at=START + dt.timedelta(days=7, hours=1),
        ),
    )
    today = dt.date(2026, 11, 24)
    week = week_tasks(db, "2026-W48", today=today)
    assert week.monday == dt.date(2026, 11, 23) and week.label == "2026-W48"
    assert {t.event_id for t in week.tasks} == {first.id, second.id}
    flags = [t.overdue for t in week.tasks]
    assert flags == sorted(flags, reverse=True) and flags[0]
    in_week = [t for t in week.tasks if not t.overdue]
    assert all(week.monday <= t.due_date <= week.sunday for t in in_week)
    assert week_tasks(db, dt.date(2026, 11, 26), today=today).tasks == week.tasks
    past = week_tasks(db, "2026-W45", today=today)
    assert all(not t.overdue or t.due_date >= past.monday for t in past.tasks)
    with pytest.raises(EventError, match="ISO week"):
        parse_week("next week")
    assert parse_week("2026w1") == dt.date(2025, 12, 29)


def test_tasks_can_be_added_and_changed_by_hand(db):
    row = create_event(db, conference(), with_checklist=False)
    assert row.tasks_total == 0
    task = add_task(
        db, row.id, TaskInput("before", dt.date(2026, 11, 23), text_ky="Баннер басып чыгаруу")
    )
    assert task.text("ru") == "Баннер басып чыгаруу"
    changed = update_task(db, task.id, replace(task.as_input(), text_ru="Напечатать баннер"))
    assert (
        changed.text("ru") == "Напечатать баннер" and changed.text("ky") == "Баннер басып чыгаруу"
    )
    with pytest.raises(EventError, match="needs a text"):
        add_task(db, row.id, TaskInput("after", dt.date(2026, 11, 26)))


def test_events_link_to_content_plan_items_and_are_searchable(db):
    item = create_item(db, PlanItemInput(date=dt.date(2026, 11, 25), title="Пресс-релиз"))
    assert [c.id for c in plan_item_choices(db, START.date())] == [item.id]
    row = create_event(db, conference(title="Өрүк түшүмү ҮҢӨ", plan_item_ids=frozenset({item.id})))
    assert [i.title.text("ru") for i in row.plan_items] == ["Пресс-релиз"]
    assert [r.id for r in list_events(db, text="үңө")] == [row.id]
    assert list_events(db, start=dt.date(2026, 11, 26)) == []
    assert [r.id for r in list_events(db, kinds=["press_conference"])] == [row.id]
    with pytest.raises(EventError, match="No content-plan item"):
        update_event(db, row.id, replace(row.as_input(), plan_item_ids=frozenset({999})))
    delete_item(db, item.id)
    assert get_event(db, row.id).plan_items == ()
    delete_event(db, row.id)
    assert list_events(db) == []
