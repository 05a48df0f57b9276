"""The rows the act's plan section selects: the window, the statuses, series and events."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.events.records import EventInput, EventRow, create_event
from pressdesk.services.events.tasks import TaskInput, add_task
from pressdesk.services.handover.plan import (
    event_status,
    plan_section,
    plan_section_refs,
    plan_window,
    rule_text,
)
from pressdesk.services.plan.items import PlanItemInput, create_item
from pressdesk.services.plan.workflow import change_status
from pressdesk.storage.plan_models import PlanItem

TODAY = dt.date(2026, 12, 3)  # a Thursday


@pytest.mark.parametrize(
    ("days", "last"),
    [(-3, TODAY), (0, TODAY), (1, TODAY), (2, dt.date(2026, 12, 4)), (30, dt.date(2027, 1, 1))],
)
def test_the_window_is_days_long_and_at_least_today(days: int, last: dt.date) -> None:
    assert plan_window(TODAY, days) == (TODAY, last)


@pytest.mark.parametrize(
    ("rule", "ky", "ru"),
    [
        ("freq=daily", "күн сайын", "ежедневно"),
        (" FREQ = DAILY ;INTERVAL=", "күн сайын", "ежедневно"),
        ("FREQ=DAILY;INTERVAL=1", "күн сайын", "ежедневно"),
        ("FREQ=DAILY;INTERVAL=x", "күн сайын", "ежедневно"),
        ("FREQ=DAILY;INTERVAL=2", "кайталанат", "повторяется"),
        ("FREQ=DAILY;BYDAY=MO", "кайталанат", "повторяется"),
        ("FREQ=WEEKLY;BYDAY=1MO", "апта сайын", "еженедельно"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=1MO", "кайталанат", "повторяется"),
        (
            "FREQ=WEEKLY;BYDAY=TH,MO",
            "ар дүйшөмбү жана бейшемби күндөрү",
            "по понедельникам и четвергам",
        ),
        (
            "FREQ=WEEKLY;INTERVAL=3;BYDAY=SU,SA",
            "3 аптада бир жолу (ар ишемби жана жекшемби күндөрү)",
            "раз в 3 нед. (по субботам и воскресеньям)",
        ),
        ("FREQ=WEEKLY;BYDAY=SU", "ар жекшемби күнү", "каждое воскресенье"),
        (
            "FREQ=WEEKLY;INTERVAL=2",
            "2 аптада бир жолу (ар бейшемби күнү)",
            "раз в 2 нед. (каждый четверг)",
        ),
        ("FREQ=MONTHLY", "ай сайын 3-күнү", "ежемесячно 3-го числа"),
        ("FREQ=MONTHLY;BYMONTHDAY=31", "ай сайын 31-күнү", "ежемесячно 31-го числа"),
        # The last day of the month, or several days: not the start's day.
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "ай сайын", "ежемесячно"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,15", "ай сайын", "ежемесячно"),
        ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=5", "кайталанат", "повторяется"),
        ("FREQ=YEARLY;INTERVAL=1", "жыл сайын", "ежегодно"),
        ("FREQ=YEARLY;INTERVAL=2", "кайталанат", "повторяется"),
        ("FREQ=HOURLY", "кайталанат", "повторяется"),
        ("", "кайталанат", "повторяется"),
    ],
)
def test_rule_text_in_both_languages(rule: str, ky: str, ru: str) -> None:
    assert rule_text(rule, TODAY, None, "ky") == ky
    assert rule_text(rule, TODAY, None, "ru") == ru


def test_rule_text_names_the_last_day() -> None:
    until = dt.date(2027, 1, 9)
    assert rule_text("FREQ=YEARLY", TODAY, until, "ru") == "ежегодно до 09.01.2027"
    assert rule_text("FREQ=HOURLY", TODAY, until, "ky") == "кайталанат, 09.01.2027-жылга чейин"


def _event_row(total: int, done: int, overdue: int) -> EventRow:
    moment = dt.datetime(2026, 12, 5, 14, 0)
    return EventRow(
        1, "briefing", Bi("a", "a"), moment, moment, Bi(), Bi(), Bi(), Bi(), Bi(), False, Bi(),
        0, None, tasks_total=total, tasks_done=done, tasks_overdue=overdue,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("total", "done", "overdue", "ru"),
    [
        (0, 0, 0, "Запланировано"),
        (3, 3, 0, "Готовится (выполнено задач: 3 из 3)"),
        (3, 0, 1, "Готовится (выполнено задач: 0 из 3); просрочено задач: 1"),
    ],
)
def test_event_status(total: int, done: int, overdue: int, ru: str) -> None:
    assert event_status(_event_row(total, done, overdue), "ru") == ru


def _item(db, day: dt.date, title: str, *steps: str, rrule: str = "", exdates=()):  # type: ignore[no-untyped-def]
    row = create_item(
        db, PlanItemInput(date=day, title=Bi(title, title), rrule=rrule, exdates=tuple(exdates))
    )
    for step in steps:
        row = change_status(db, row.id, step, by_name="Б.Т. Асанов")
    return row


def test_the_rows_selected_for_a_three_day_window(db) -> None:  # type: ignore[no-untyped-def]
    sent = ("draft", "sent")
    approved = ("draft", "sent", "approved")
    day = dt.timedelta(days=1)
    with clock.frozen(dt.datetime(2026, 12, 3, 9, 0)):
        # A draft series is not carried on, whenever it started.
        _item(db, TODAY - 30 * day, "Эски долбоор", "draft", rrule="FREQ=DAILY")
        # A stored rule the reader now refuses (written by hand or by an older version) leaves
        # its series out, and only it.
        broken = _item(db, TODAY, "Бузук эреже", *approved, rrule="FREQ=DAILY")
        with db.session() as session:
            session.execute(
                update(PlanItem).where(PlanItem.id == broken.id).values(rrule="FREQ=DAILY;BYDAY")
            )
        _item(db, TODAY - day, "Кечээ", *approved)
        _item(db, TODAY, "Бүгүн б", *sent)
        _item(db, TODAY, "Бүгүн а", *approved)
        _item(db, TODAY + 2 * day, "Акыркы күн", *sent)
        _item(db, TODAY + 3 * day, "Терезеден тышкары", *approved)
        _item(db, TODAY + day, "Долбоор", "draft")
        _item(db, TODAY + day, "Идея")
        _item(db, TODAY + day, "Жарыяланды", *approved, "published")
        # Series: the first date inside the window places the row.
        _item(db, TODAY - 7 * day, "Жума рубрикасы", *approved, rrule="FREQ=WEEKLY;BYDAY=FR")
        _item(db, TODAY - 7 * day, "Дүйшөмбү", *approved, rrule="FREQ=WEEKLY;BYDAY=MO")
        _item(db, TODAY - day, "Даяр эмес", "draft", rrule="FREQ=DAILY")
        _item(db, TODAY, "Алгы", *sent, rrule="FREQ=DAILY;COUNT=2", exdates=[TODAY])
        start = dt.datetime.combine(TODAY + 2 * day, dt.time(9, 0))
        event = create_event(
            db,
            EventInput(kind="briefing", title=Bi("Брифинг", "Брифинг"), starts_at=start,
                       ends_at=start + dt.timedelta(hours=1)),
            with_checklist=False,
        )  # fmt: skip
        add_task(db, event.id, TaskInput("before", TODAY - day, "Анонс"))
        past = dt.datetime.combine(TODAY - day, dt.time(9, 0))
        create_event(
            db,
            EventInput(kind="briefing", title=Bi("Кечээки", "Кечээки"), starts_at=past,
                       ends_at=past + dt.timedelta(hours=1)),
            with_checklist=False,
        )  # fmt: skip
        late = dt.datetime.combine(TODAY + 3 * day, dt.time(9, 0))
        create_event(
            db,
            EventInput(kind="briefing", title=Bi("Кийин", "Кийин"), starts_at=late,
                       ends_at=late + dt.timedelta(hours=1)),
            with_checklist=False,
        )  # fmt: skip
    section = plan_section(db, "ky", TODAY, 3)
    assert [(line.cells[0], line.cells[2]) for line in section.lines] == [
        ("03.12.2026", "Бүгүн а"),
        ("03.12.2026", "Бүгүн б"),
        ("күн сайын, 04.12.2026-жылга чейин", "Алгы"),
        ("ар жума күнү", "Жума рубрикасы"),
        ("05.12.2026", "Акыркы күн"),
        ("05.12.2026, 09:00", "Брифинг"),
    ]
    refs = plan_section_refs(db, TODAY, 3)
    assert sorted(ref for line in section.lines for ref in line.refs) == sorted(refs)
    assert [ref.section for ref in refs] == ["plan_item"] * 5 + ["event"]
