"""Demo monitoring: two months of publications before today, keywords, feeds and an inbox."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from sqlalchemy import select

from pressdesk import clock
from pressdesk.paths import resources_dir
from pressdesk.services.coverage.feeds import read_feed_file
from pressdesk.services.coverage.inbox import watch_parsed
from pressdesk.services.coverage.keywords import KeywordMatcher, add_keyword
from pressdesk.services.coverage.records import CoverageInput, DuplicateCoverage, insert_record
from pressdesk.services.demo import DemoPart
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.coverage_models import CoverageFeed, CoverageFeedback
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import Event
from pressdesk.storage.plan_models import PlanItem

DEMO_FEED = "coverage_demo_feed.xml"
RECORDS = 120
DAYS = 61

KEYWORDS = (
    "Айыл чарба министрлиги",
    "Министерство сельского хозяйства",
    "Минсельхоз",
    "Асанов",
    "Өмүрбеков",
    "#АгроКГ",
)
FEEDS = (
    ("Агро Жаңылыктар", "https://agro-news.example.kg/rss"),
    ("Google Alerts: Айыл чарба министрлиги", "https://www.google.com/alerts/feeds/0/demo"),
)

# Invented headlines, in Kyrgyz and in Russian; a topic word is put into each.
TITLES_KY = (
    "Айыл чарба министрлиги {topic} боюнча маалымат берди",
    "Министр Асанов {topic} маселесин талкуулады",
    "{topic}: министрликтин адистери дыйкандар менен жолукту",
    "Өкмөт {topic} боюнча жаңы чараларды колдоду",
    "Облустарда {topic} иштери улантылууда",
)
TITLES_RU = (
    "Минсельхоз рассказал о ходе работ: {topic}",
    "Министр Асанов обсудил с фермерами тему «{topic}»",
    "{topic}: специалисты министерства провели выездное совещание",
    "В регионах продолжаются работы: {topic}",
    "Замминистра Өмүрбеков ответил на вопросы о том, что такое «{topic}»",
)
TOPICS_KY = ("жазгы себүү", "сугат суусу", "мал чарбачылык", "үрөн фонду", "жайыттар", "эмдөө")
TOPICS_RU = ("весенний сев", "поливная вода", "животноводство", "семенной фонд", "пастбища")
SUMMARIES = (
    "Материалда министрликтин маалыматы толук берилди.",
    "В материале приведены цифры министерства и комментарий специалиста.",
    "Сюжетте дыйкандардын пикири да камтылды.",
    "",
)
# Kind and platform by outlet kind; tone weights: mostly neutral, some positive, few negative.
_BY_OUTLET_KIND = {
    "tv": ("tv_story", "tv"),
    "radio": ("radio_programme", "radio"),
    "print": ("article", "print"),
}
_TONES = ("positive", "neutral", "negative", "")
_TONE_WEIGHTS = (30, 55, 12, 3)
_SOCIAL = ("facebook", "instagram", "telegram", "youtube")


def _moment(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(7, 21), rng.choice((0, 15, 30, 45))))


def fill_coverage_demo(db: Database, rng: random.Random, *, today: dt.date | None = None) -> int:
    """Write the demo records, feedback, keywords, feeds and inbox; return how many records."""
    today = today or clock.today()
    first = today - dt.timedelta(days=DAYS)
    with db.session() as session:
        outlets = list(session.scalars(select(Outlet).order_by(Outlet.id)))
        authors = {
            p.outlet_id: p.id
            for p in session.scalars(select(Person).where(Person.outlet_id.is_not(None)))
        }
        events = list(
            session.scalars(
                select(Event)
                .where(Event.starts_at >= dt.datetime.combine(first, dt.time()))
                .where(Event.starts_at < dt.datetime.combine(today, dt.time()))
                .where(Event.protocol.is_(False))
            )
        )
        plan_items = list(
            session.scalars(
                select(PlanItem)
                .where(PlanItem.date.between(first, today - dt.timedelta(days=1)))
                .where(PlanItem.is_series.is_(False))
            )
        )
        written = 0
        attempts = 0
        while written < RECORDS and attempts < RECORDS * 3:
            attempts += 1
            data = _record(
                rng,
                today,
                outlets=outlets,
                authors=authors,
                events=events,
                plan_items=plan_items,
                number=written,
            )
            try:
                record_id = insert_record(session, data)
            except DuplicateCoverage:
                continue
            written += 1
            if rng.random() < 0.3:
                session.add(
                    CoverageFeedback(
                        record_id=record_id,
                        kind=rng.choice(("comments", "reactions")),
                        count=rng.randint(3, 240),
                    )
                )
        month_start = today.replace(day=1) - dt.timedelta(days=1)
        session.add(
            CoverageFeedback(
                period_start=month_start.replace(day=1),
                period_end=month_start,
                kind="calls",
                count=37,
                note="Ишеним телефонуна түшкөн чалуулар / Звонки на телефон доверия",
            )
        )
        for name, url in FEEDS:
            # The demo's feeds are not real sites: kept switched off so a check stays quiet.
            session.add(CoverageFeed(name=name, url=url, active=False))
    for keyword in KEYWORDS:
        add_keyword(db, keyword)
    parsed = read_feed_file(resources_dir() / "data" / DEMO_FEED)
    # The file's dates are moved so that its newest item is yesterday's.
    dated = [e.published for e in parsed.entries if e.published]
    shift = dt.datetime.combine(today, dt.time()) - max(dated) if dated else dt.timedelta()
    shift = dt.timedelta(days=shift.days - 1) if shift.days else dt.timedelta()
    moved = replace(
        parsed,
        entries=[
            replace(e, published=e.published + shift if e.published else None)
            for e in parsed.entries
        ],
    )
    watch_parsed(db, [(None, moved)], KeywordMatcher(KEYWORDS))
    return written


def _record(
    rng: random.Random,
    today: dt.date,
    *,
    outlets: list[Outlet],
    authors: dict[int | None, int],
    events: list[Event],
    plan_items: list[PlanItem],
    number: int,
) -> CoverageInput:
    outlet = rng.choice(outlets) if outlets else None
    kind, platform = _BY_OUTLET_KIND.get(outlet.kind if outlet else "", ("news", "website"))
    if platform == "website" and rng.random() < 0.25:
        platform = rng.choice(_SOCIAL)
        kind = "post" if platform != "youtube" else "video"
    event_id = plan_id = None
    day = today - dt.timedelta(days=rng.randint(1, DAYS))
    if events and rng.random() < 0.35:
        event = rng.choice(events)
        event_id = event.id
        day = min(event.starts_at.date() + dt.timedelta(days=rng.randint(0, 2)), today)
    elif plan_items and rng.random() < 0.3:
        item = rng.choice(plan_items)
        plan_id = item.id
        day = item.date
    languages = outlet.languages if outlet is not None else ""
    russian = ",ru," in languages and (",ky," not in languages or rng.random() < 0.5)
    if russian:
        title = rng.choice(TITLES_RU).format(topic=rng.choice(TOPICS_RU))
    else:
        title = rng.choice(TITLES_KY).format(topic=rng.choice(TOPICS_KY))
    title = title[0].upper() + title[1:]
    slug = f"{day:%Y/%m/%d}/{number + 1:04d}"
    site = (outlet.website if outlet and outlet.website else "https://media.example.kg").rstrip("/")
    return CoverageInput(
        published_at=_moment(day, rng),
        outlet=outlet.name if outlet else "Жаңылыктар",
        outlet_id=outlet.id if outlet else None,
        author_id=authors.get(outlet.id) if outlet and rng.random() < 0.4 else None,
        title=title,
        url=f"{site}/news/{slug}/" if platform not in ("tv", "radio", "print") else "",
        kind=kind,
        platform=platform,
        summary=rng.choice(SUMMARIES),
        tone=rng.choices(_TONES, _TONE_WEIGHTS)[0],
        mentions=rng.choice((1, 1, 1, 2, 2, 3, 4)),
        head_quoted=rng.random() < 0.35,
        language="ru" if russian else "ky",
        event_id=event_id,
        plan_item_id=plan_id,
        reach=rng.choice((None, 1200, 3500, 8000, 15000, 42000)),
    )


COVERAGE_DEMO = DemoPart("coverage monitoring", fill_coverage_demo)
