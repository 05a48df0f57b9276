"""Monitoring records: validation, duplicate refusal, listing with filters and period counts."""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk.messages import LINES
from pressdesk.services.contacts.records import save_outlet
from pressdesk.services.contacts.values import OutletRecord
from pressdesk.services.coverage.keys import canonical_url, title_key
from pressdesk.services.coverage.records import (
    CoverageError,
    CoverageFilter,
    CoverageInput,
    CoverageNotFound,
    DuplicateCoverage,
    add_record,
    delete_record,
    get_record,
    list_records,
    set_tone,
    update_record,
)
from pressdesk.services.coverage.stats import period_summary

NOON = dt.datetime(2026, 11, 18, 12, 0)


def _input(**changes: object) -> CoverageInput:
    values: dict[str, object] = {
        "published_at": NOON,
        "outlet": "24.kg",
        "title": "Министрлик жазгы себүүгө даярдыкты талкуулады",
        "url": "https://24.kg/news/1/",
    }
    values.update(changes)
    return CoverageInput(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.24.kg/news/1/?utm_source=fb&utm_medium=x", "https://24.kg/news/1"),
        ("https://24.kg/news/1?fbclid=IwAR0abc&id=7#comments", "https://24.kg/news/1?id=7"),
        ("HTTPS://WWW.Kaktus.Media/doc/5/", "https://kaktus.media/doc/5"),
        ("kabar.kg/news/2", "https://kabar.kg/news/2"),
        ("", ""),
    ],
)
def test_canonical_url_drops_tracking_scheme_www_and_slash(url, expected):
    assert canonical_url(url) == expected


def test_title_key_folds_case_yo_and_punctuation():
    assert title_key("«ЁЛКА» — Өкмөт, ҮЙ-бүлө!") == title_key("елка өкмөт үй бүлө")


def test_a_record_needs_a_title_an_outlet_and_a_web_link(db):
    with pytest.raises(CoverageError) as caught:
        add_record(db, _input(title="  ", outlet="", url="ftp://x", tone="good", mentions=-1))
    assert caught.value.code == LINES
    codes = [line.code for line in caught.value.values["lines"]]
    assert codes == [
        "coverage.needs_title",
        "coverage.needs_outlet",
        "coverage.bad_url",
        "field.unknown",
        "field.negative",
    ]
    assert list_records(db).total == 0


def test_links_to_missing_event_or_plan_item_are_refused(db):
    with pytest.raises(CoverageError, match="no event with id 99"):
        add_record(db, _input(event_id=99))
    with pytest.raises(CoverageError, match="no plan item with id 5"):
        add_record(db, _input(plan_item_id=5))


def test_same_link_with_tracking_parameters_is_refused_naming_the_record(db):
    first = add_record(db, _input())
    with pytest.raises(DuplicateCoverage) as caught:
        add_record(
            db,
            _input(
                url="http://www.24.kg/news/1?utm_source=telegram",
                title="Совсем другой заголовок",
                outlet="Kaktus.media",
            ),
        )
    assert caught.value.existing_id == first
    assert caught.value.code == "coverage.duplicate_url"
    assert list_records(db).total == 1


def test_near_identical_title_of_the_same_outlet_is_refused(db):
    first = add_record(db, _input(url=""))
    with pytest.raises(DuplicateCoverage) as caught:
        add_record(
            db,
            _input(
                url="https://24.kg/news/other",
                title="МИНИСТРЛИК жазгы себүүгө даярдыкты талкуулады.",
                published_at=NOON + dt.timedelta(days=2),
            ),
        )
    assert caught.value.existing_id == first
    assert caught.value.code == "coverage.duplicate_title"
    # The same title from another outlet, or a month later, is another publication.
    add_record(db, _input(url="", outlet="Кабар"))
    add_record(db, _input(url="", published_at=NOON + dt.timedelta(days=40)))
    assert list_records(db).total == 3


def test_editing_a_record_does_not_count_it_as_its_own_duplicate(db):
    record_id = add_record(db, _input())
    update_record(db, record_id, _input(tone="positive", summary="Кыскача"))
    row = get_record(db, record_id)
    assert (row.tone, row.summary) == ("positive", "Кыскача")


def test_outlet_of_the_contact_base_is_linked_by_folded_name(db):
    outlet = save_outlet(db, OutletRecord(name="Кабар", kind="news_agency", ownership="state"))
    record_id = add_record(db, _input(outlet="КАБАР"))
    row = get_record(db, record_id)
    assert row.outlet_id == outlet.record.id
    assert row.outlet == "Кабар"
    assert row.outlet_ownership == "state"
    unknown = get_record(db, add_record(db, _input(outlet="Жаңы сайт", url="")))
    assert unknown.outlet_id is None and unknown.outlet == "Жаңы сайт"


def test_tone_keys_delete_and_missing_record(db):
    ids = [
        add_record(db, _input(url=f"https://24.kg/{n}", title=f"Тема {n} жөнүндө кабар {n}"))
        for n in range(3)
    ]
    assert set_tone(db, ids[:2], "negative") == 2
    assert [r.tone for r in list_records(db, CoverageFilter(tone="negative")).rows] != []
    assert list_records(db, CoverageFilter(tone="")).ids == [ids[2]]
    delete_record(db, ids[0])
    with pytest.raises(CoverageNotFound):
        get_record(db, ids[0])
    with pytest.raises(CoverageNotFound):
        delete_record(db, ids[0])


def test_list_filters_pages_and_search(db):
    for n in range(25):
        add_record(
            db,
            _input(
                published_at=NOON - dt.timedelta(days=n),
                url=f"https://kabar.kg/{n}",
                title=f"Жаңылык номер {n} сугат суусу тууралуу {n * 7}",
                platform="telegram" if n % 5 == 0 else "website",
            ),
        )
    page = list_records(db, CoverageFilter(start=dt.date(2026, 11, 9)), offset=0, limit=4)
    assert page.total == 10
    assert [r.published_at.date() for r in page.rows] == [
        dt.date(2026, 11, 18 - n) for n in range(4)
    ]
    second = list_records(db, CoverageFilter(start=dt.date(2026, 11, 9)), offset=8, limit=4)
    assert len(second.rows) == 2
    assert list_records(db, CoverageFilter(platform="telegram")).total == 5
    assert list_records(db, CoverageFilter(text="ТУУРАЛУУ 84")).total == 1
    with pytest.raises(CoverageError, match="ends"):
        list_records(db, CoverageFilter(start=dt.date(2026, 11, 9), end=dt.date(2026, 11, 1)))


def test_period_summary_counts_by_tone_platform_week_and_ownership(db):
    save_outlet(db, OutletRecord(name="КТРК", kind="tv", ownership="state"))
    rows = [
        ("КТРК", "positive", "tv", dt.datetime(2026, 11, 2, 9)),
        ("КТРК", "neutral", "tv", dt.datetime(2026, 11, 3, 9)),
        ("24.kg", "negative", "website", dt.datetime(2026, 11, 10, 9)),
        ("24.kg", "", "telegram", dt.datetime(2026, 11, 30, 23, 59)),
        ("24.kg", "positive", "website", dt.datetime(2026, 12, 1, 0, 0)),  # outside
    ]
    for n, (outlet, tone, platform, moment) in enumerate(rows):
        add_record(
            db,
            _input(
                outlet=outlet,
                tone=tone,
                platform=platform,
                published_at=moment,
                url=f"https://x.kg/{n}",
                title=f"Материал {n} о работе министерства {n}",
                mentions=2,
                head_quoted=n == 0,
            ),
        )
    summary = period_summary(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert summary.total == 4
    assert summary.mentions == 8
    assert summary.head_quoted == 1
    assert summary.by_tone == {"positive": 1, "neutral": 1, "negative": 1, "": 1}
    assert summary.by_platform == {"tv": 2, "website": 1, "telegram": 1}
    assert summary.by_ownership == {"state": 2, "": 2}
    assert [(o.name, o.count) for o in summary.by_outlet] == [("24.kg", 2), ("КТРК", 2)]
    # Every week of the period by its Monday, 1 November (a Sunday) in the week of 26 October.
    assert summary.by_week == {
        dt.date(2026, 10, 26): 0,
        dt.date(2026, 11, 2): 2,
        dt.date(2026, 11, 9): 1,
        dt.date(2026, 11, 16): 0,
        dt.date(2026, 11, 23): 0,
        dt.date(2026, 11, 30): 1,
    }
    assert summary.outlets == 2 and summary.platforms == 3


def test_feedback_per_record_or_period_and_plan_coverage(db):
    from pressdesk.bilingual import Bi
    from pressdesk.services.coverage.feedback import (
        add_feedback,
        coverage_of_plan_items,
        list_feedback,
    )
    from pressdesk.services.plan.items import create_item
    from pressdesk.services.plan.rows import PlanItemInput

    plan_id = create_item(
        db,
        PlanItemInput(date=dt.date(2026, 11, 18), title=Bi("Басма сөз билдирүүсү", "Пресс-релиз")),
    ).id
    record_id = add_record(db, _input(plan_item_id=plan_id))
    add_feedback(db, "comments", 14, record_id=record_id)
    add_feedback(db, "calls", 5, period=(dt.date(2026, 11, 1), dt.date(2026, 11, 30)))
    with pytest.raises(CoverageError) as caught:
        add_feedback(db, "letters", 1)
    assert caught.value.code == "coverage.feedback_target"
    with pytest.raises(CoverageError) as caught:
        add_feedback(db, "letters", 1, period=(dt.date(2026, 11, 30), dt.date(2026, 11, 1)))
    assert caught.value.code == "coverage.period_order"
    assert [f.count for f in list_feedback(db, record_id=record_id)] == [14]
    assert [f.kind for f in list_feedback(db)] == ["calls"]
    summary = period_summary(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert summary.feedback == {"comments": 14, "calls": 5}
    assert coverage_of_plan_items(db, [plan_id, 999]) == {plan_id: 1}
