"""Plan items: storage, range queries, filters, workflow, series, campaigns, holidays, channels."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

import pytest
from sqlalchemy import insert

from pressdesk.bilingual import Bi
from pressdesk.services.plan.campaigns import (
    CampaignRow,
    campaign_progress,
    delete_campaign,
    find_campaign,
    save_campaign,
)
from pressdesk.services.plan.holidays import (
    ChannelRow,
    HolidayRow,
    delete_channel,
    holidays_between,
    list_channels,
    list_holidays,
    reset_holidays,
    save_channel,
    save_holiday,
)
from pressdesk.services.plan.items import (
    PlanError,
    PlanFilter,
    PlanItemInput,
    PlanNotFound,
    create_item,
    delete_item,
    get_item,
    list_items,
    update_item,
)
from pressdesk.services.plan.series import (
    copy_item,
    copy_range,
    detach_occurrence,
    move_item,
    move_occurrence,
    restore_occurrence,
    skip_occurrence,
)
from pressdesk.services.plan.workflow import (
    TransitionError,
    allowed_transitions,
    approval_stats,
    change_status,
    flagged_items,
    item_history,
)
from pressdesk.services.staff import StaffRow, save_staff
from pressdesk.storage.plan_models import PlanItem

MONDAY = dt.date(2026, 11, 23)
T0 = dt.datetime(2026, 11, 1, 9, 0)


def txt(value: Bi) -> str:
    """A one-language test text as stored: whichever value it went to."""
    return value.ky or value.ru


def add(db, day=MONDAY, title="Пресс-релиз", **fields):
    return create_item(db, PlanItemInput(date=day, title=title, **fields), now=T0)


def walk(db, item_id, *steps, by="Асанов Б."):
    row = None
    for step in steps:
        row = change_status(
            db, item_id, step, by_name=by, comment="Сандарды тактаңыз" if step == "returned" else ""
        )
    return row


def test_item_round_trip_keeps_every_field(db):
    person = save_staff(db, StaffRow("Жумабаева Айгүл"))
    campaign = save_campaign(db, CampaignRow("Жер реестри", MONDAY, MONDAY + dt.timedelta(30)))
    data = PlanItemInput(
        date=MONDAY,
        title=Bi("  Жер   реестри: маек  ", "Земельный реестр: интервью"),
        time=dt.time(10, 30),
        duration_minutes=45,
        topic=Bi("Маалыматтык себеп", "Информационный повод"),
        audience=Bi("фермерлер", "фермеры"),
        format="interview",
        channels=("telegram", "website"),
        outlets=("Биринчи радио", "Кабар"),
        language="ky",
        responsible_id=person.id,
        campaign_id=campaign.id,
        notes="ескертүү",
        file_links=("\\\\server\\plan\\маек.docx",),
        published_links=("https://example.kg/1",),
    )
    row = create_item(db, data)
    assert row.title == Bi("Жер реестри: маек", "Земельный реестр: интервью")
    assert row.responsible_name == "Жумабаева Айгүл"
    assert row.campaign_name == Bi("Жер реестри", "")
    assert row.status == "idea" and row.status_at is not None
    expected = replace(
        data,
        title=Bi("Жер реестри: маек", "Земельный реестр: интервью"),
        channels=("website", "telegram"),
    )
    assert get_item(db, row.id).as_input() == expected


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"title": Bi(" ", "")}, "needs a title"),
        ({"title": Bi("", "Х" * 501)}, "longer than 500"),
        ({"audience": Bi("", "Х" * 501)}, "audience is longer"),
        ({"format": "tweet"}, "Unknown format"),
        ({"language": "en"}, "Unknown language"),
        ({"channels": ("myspace",)}, "Unknown channel"),
        ({"duration_minutes": 2000}, "duration"),
        ({"responsible_id": 999}, "No staff member"),
        ({"campaign_id": 999}, "no campaign"),
        ({"rrule": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31"}, "do not exist"),
        ({"exdates": (MONDAY,)}, "only make sense"),
    ],
)
def test_bad_items_are_refused_with_a_message(db, fields, message):
    data = {"date": MONDAY, "title": "Жаңылык", **fields}
    with pytest.raises(PlanError, match=message):
        create_item(db, PlanItemInput(**data))


def test_list_range_sorts_and_filters(db):
    add(db, MONDAY + dt.timedelta(1), "Б", time=dt.time(9), channels=("telegram",))
    add(db, MONDAY + dt.timedelta(1), "А", language="ru", format="post")
    add(db, MONDAY, "Ң жаңылык", time=dt.time(15))
    add(db, MONDAY + dt.timedelta(7), "Кийинки апта")
    rows = list_items(db, MONDAY, MONDAY + dt.timedelta(6))
    assert [txt(r.title) for r in rows] == ["Ң жаңылык", "А", "Б"]
    assert [
        txt(r.title)
        for r in list_items(
            db,
            MONDAY,
            MONDAY + dt.timedelta(6),
            filters=PlanFilter(channels=frozenset({"telegram"})),
        )
    ] == ["Б"]
    assert [
        txt(r.title)
        for r in list_items(db, MONDAY, MONDAY + dt.timedelta(6), filters=PlanFilter(text="ң ЖАҢЫ"))
    ] == ["Ң жаңылык"]
    only_ru = PlanFilter(languages=frozenset({"ru"}), formats=frozenset({"post"}))
    assert len(list_items(db, MONDAY, MONDAY + dt.timedelta(6), filters=only_ru)) == 1
    with pytest.raises(PlanError, match="before it starts"):
        list_items(db, MONDAY, MONDAY - dt.timedelta(1))


def test_workflow_stamps_and_history(db):
    head = save_staff(db, StaffRow("Асанов Бакыт", is_signatory=True))
    row = add(db)
    assert allowed_transitions("idea") == ("draft", "cancelled")
    with pytest.raises(TransitionError, match="cannot become published; allowed next steps"):
        change_status(db, row.id, "published")
    change_status(db, row.id, "draft")
    sent = change_status(db, row.id, "sent")
    assert sent.sent_at is not None and sent.sent_at == sent.status_at
    with pytest.raises(PlanError, match="Say who approved"):
        change_status(db, row.id, "approved")
    with pytest.raises(PlanError, match="Say why"):
        change_status(db, row.id, "returned")
    returned = change_status(db, row.id, "returned", comment="Орусча текст жок")
    assert returned.return_comment == "Орусча текст жок"
    change_status(db, row.id, "sent")
    approved = change_status(db, row.id, "approved", by_id=head.id)
    assert approved.approved_by == "Асанов Бакыт" and approved.approved_at is not None
    published = change_status(db, row.id, "published", published_link="https://x.kg/1")
    assert published.published_links == ("https://x.kg/1",)
    assert published.sequence > row.sequence
    with pytest.raises(TransitionError, match="none, it is final"):
        change_status(db, row.id, "draft")
    history = item_history(db, row.id)
    assert [h.new_value for h in history] == [
        "idea",
        "draft",
        "sent",
        "returned",
        "sent",
        "approved",
        "published",
    ]
    assert history[3].comment == "Орусча текст жок"
    assert history[5].by_name == "Асанов Бакыт" and history[5].by_id == head.id


def test_edits_are_logged_field_by_field(db):
    row = add(db)
    update_item(
        db, row.id, replace(row.as_input(), title="Жаңы аталыш", channels=("tv",)), by_name="Айгүл"
    )
    edits = [h for h in item_history(db, row.id) if h.kind == "edit"]
    assert {(h.field, h.old_value, h.new_value) for h in edits} == {
        ("title", "Пресс-релиз", "Жаңы аталыш"),
        ("channels", "", "tv"),
    }
    assert all(h.by_name == "Айгүл" for h in edits)


def test_flags_overdue_and_waiting(db):
    late = add(db, MONDAY - dt.timedelta(3), "Кечиккен")
    walk(db, late.id, "draft", "sent", "approved")
    waiting = add(db, MONDAY + dt.timedelta(3), "Күтүүдө")
    change_status(db, waiting.id, "draft")
    change_status(db, waiting.id, "sent", now=dt.datetime(2026, 11, 18, 9))
    now = dt.datetime(2026, 11, 23, 10)
    rows = {
        txt(r.title): r.flags
        for r in list_items(
            db, MONDAY - dt.timedelta(7), MONDAY + dt.timedelta(7), today=MONDAY, now=now
        )
    }
    assert rows == {"Кечиккен": {"overdue"}, "Күтүүдө": {"waiting"}}
    flagged = flagged_items(db, today=MONDAY, now=now, wait_days=10)
    assert [txt(r.title) for r in flagged] == ["Кечиккен"]
    assert len(flagged_items(db, today=MONDAY, now=now, wait_days=3)) == 2


def test_approval_stats(db):
    row = add(db)
    change_status(db, row.id, "draft", now=T0)
    change_status(db, row.id, "sent", now=T0)
    change_status(db, row.id, "approved", by_name="Асанов", now=T0 + dt.timedelta(days=2))
    stats = approval_stats(db, T0.date(), T0.date() + dt.timedelta(days=5))
    assert stats.decided == 1 and stats.longest_days == pytest.approx(2.0)


def test_weekly_series_expands_with_exceptions_and_overrides(db):
    series = add(db, dt.date(2026, 11, 6), "«Министр менен бир саат»", rrule="FREQ=WEEKLY;BYDAY=FR")
    november = list_items(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [r.date.day for r in november] == [6, 13, 20, 27]
    assert all(r.virtual and r.series_id == series.id for r in november)
    assert november[0].key == f"{series.id}@2026-11-06"
    moved = move_occurrence(db, series.id, dt.date(2026, 11, 13), dt.date(2026, 11, 12))
    skip_occurrence(db, series.id, dt.date(2026, 11, 20))
    edited = detach_occurrence(db, series.id, dt.date(2026, 11, 27))
    update_item(db, edited.id, replace(edited.as_input(), title="Атайын чыгарылыш"))
    rows = list_items(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [(r.date.day, r.virtual, txt(r.title)) for r in rows] == [
        (6, True, "«Министр менен бир саат»"),
        (12, False, "«Министр менен бир саат»"),
        (27, False, "Атайын чыгарылыш"),
    ]
    assert moved.original_date == dt.date(2026, 11, 13)
    assert detach_occurrence(db, series.id, dt.date(2026, 11, 27)).id == edited.id
    with pytest.raises(PlanError, match="no occurrence"):
        detach_occurrence(db, series.id, dt.date(2026, 11, 26))
    restore_occurrence(db, series.id, dt.date(2026, 11, 20))
    assert len(list_items(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))) == 4
    # Editing the whole series: every virtual occurrence follows the master.
    master = get_item(db, series.id)
    update_item(db, series.id, replace(master.as_input(), time=dt.time(15)))
    assert {r.time for r in list_items(db, dt.date(2026, 12, 1), dt.date(2026, 12, 31))} == {
        dt.time(15)
    }
    delete_item(db, series.id)
    assert list_items(db, dt.date(2026, 11, 1), dt.date(2026, 12, 31)) == []


def test_endless_series_over_a_long_range_does_not_freeze(db):
    add(db, dt.date(2020, 1, 1), "Күнүмдүк сереп", rrule="FREQ=DAILY")
    began = time.perf_counter()
    rows = list_items(db, dt.date(2020, 1, 1), dt.date(2029, 12, 31))
    assert len(rows) == 3653 and time.perf_counter() - began < 5


def test_move_and_copy(db):
    row = add(db, time=dt.time(10))
    walk(db, row.id, "draft", "sent", "approved")
    moved = move_item(db, row.id, MONDAY + dt.timedelta(2))
    assert moved.date == MONDAY + dt.timedelta(2) and moved.time == dt.time(10)
    assert move_item(db, row.id, MONDAY, all_day=True).time is None
    copy = copy_item(db, row.id, days=7)
    assert (
        copy.date == MONDAY + dt.timedelta(7) and copy.status == "draft" and copy.approved_by == ""
    )
    add(db, MONDAY + dt.timedelta(1), "Экинчи")
    cancelled = add(db, MONDAY + dt.timedelta(1), "Жокко")
    walk(db, cancelled.id, "cancelled")
    copies = copy_range(db, MONDAY, MONDAY + dt.timedelta(6), days=14)
    assert sorted(txt(c.title) for c in copies) == ["Пресс-релиз", "Экинчи"]
    with pytest.raises(PlanError, match="leave the calendar"):
        copy_item(db, row.id, days=10**7)


def test_ten_thousand_items_in_a_month_stay_usable(db):
    rows = [
        {
            "date": dt.date(2026, 11, 1 + i % 30),
            "title_ky": f"Материал {i}",
            "title_ru": "",
            "status": "draft",
            "format": "news",
            "language": "ky",
            "duration_minutes": 60,
            "topic_ky": "",
            "topic_ru": "",
            "audience_ky": "",
            "audience_ru": "",
            "outlets": "",
            "notes": "",
            "file_links": "",
            "published_links": "",
            "approved_by": "",
            "return_comment": "",
            "rrule": "",
            "exdates": "",
            "is_series": False,
            "sequence": 0,
        }
        for i in range(10_000)
    ]
    with db.session() as session:
        session.execute(insert(PlanItem), rows)
    began = time.perf_counter()
    listed = list_items(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert len(listed) == 10_000 and time.perf_counter() - began < 10


def test_campaign_progress_and_lookup(db):
    with pytest.raises(PlanError, match=r"ends .* before it starts"):
        save_campaign(db, CampaignRow("Х", MONDAY, MONDAY - dt.timedelta(1)))
    camp = save_campaign(
        db,
        CampaignRow(
            "Мугалимдин статусу",
            MONDAY,
            MONDAY + dt.timedelta(20),
            key_messages=("Биринчи", " ", "Экинчи"),
        ),
    )
    assert camp.key_messages == Bi("Биринчи\nЭкинчи", "")
    assert camp.messages("ky") == ["Биринчи", "Экинчи"] and camp.messages("ru") == []
    with pytest.raises(PlanError, match="already exists"):
        save_campaign(db, CampaignRow("Мугалимдин статусу", MONDAY, MONDAY))
    assert find_campaign(db, "мугалимдин").id == camp.id
    with pytest.raises(PlanNotFound):
        find_campaign(db, "жок")
    a = add(db, title="A", campaign_id=camp.id)
    b = add(db, title="B", campaign_id=camp.id)
    c = add(db, title="C", campaign_id=camp.id)
    add(db, title="other")
    walk(db, a.id, "draft", "sent", "approved", "published")
    walk(db, b.id, "cancelled")
    progress = campaign_progress(db, camp.id)
    assert progress.total == 3 and progress.by_status == {"idea": 1, "published": 1, "cancelled": 1}
    assert progress.percent_published == pytest.approx(50.0)
    delete_campaign(db, camp.id)
    assert get_item(db, c.id).campaign_id is None


def test_holidays_shipped_and_editable(db):
    november = holidays_between(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [h.date.day for h in november] == [7, 8]
    year = holidays_between(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert any(h.name_ky == "Нооруз майрамы" and h.date == dt.date(2026, 3, 21) for h in year)
    orozo = [h for h in year if h.name_ru == "Орозо айт"]
    assert len(orozo) == 1 and orozo[0].approximate
    with pytest.raises(PlanError, match="does not exist"):
        save_holiday(db, HolidayRow(2, 30, "Жок", "Нет"))
    save_holiday(db, HolidayRow(12, 31, "Жыл аягы", "Конец года", year=2026, day_off=False))
    assert (
        holidays_between(db, dt.date(2026, 12, 31), dt.date(2026, 12, 31))[0].name("ru")
        == "Конец года"
    )
    assert reset_holidays(db) == len(list_holidays(db))
    assert not holidays_between(db, dt.date(2026, 12, 31), dt.date(2026, 12, 31))


def test_channels_seeded_configurable_and_protected(db):
    codes = [c.code for c in list_channels(db)]
    assert codes[:4] == ["website", "facebook", "instagram", "telegram"]
    assert {"tv", "radio", "print", "agency", "x", "tiktok", "youtube"} <= set(codes)
    ok = save_channel(db, ChannelRow("ok_ru", "Одноклассники", "Одноклассники"))
    assert ok.sort_order > 0
    with pytest.raises(PlanError, match="already exists"):
        save_channel(db, ChannelRow("ok_ru", "x", "x"))
    add(db, channels=("ok_ru",))
    with pytest.raises(PlanError, match="mark it inactive"):
        delete_channel(db, ok.id)  # type: ignore[arg-type]
    save_channel(db, replace(ok, active=False))
    assert "ok_ru" not in [c.code for c in list_channels(db, active_only=True)]
