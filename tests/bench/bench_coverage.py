"""Coverage benchmarks: keyword matching of 1,000 feed items against 50 keywords (≤ 200 ms).

Run with ``pytest tests/bench/bench_coverage.py -m bench -s``; the matching limit is asserted,
the other figures are printed.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

import pytest
from sqlalchemy import insert

from pressdesk.services.coverage.feeds import FeedEntry
from pressdesk.services.coverage.keywords import KeywordMatcher
from pressdesk.services.coverage.records import CoverageFilter, list_records
from pressdesk.services.coverage.stats import period_summary
from pressdesk.storage.coverage_models import CoverageRecord

pytestmark = pytest.mark.bench

ITEMS = 1_000
KEYWORDS = 50
MATCH_LIMIT_S = 0.200

_TEXT = (
    "министрлиги айыл чарба жазгы себүү сугат суусу мал чарбачылык дыйкан фермер облус өкмөт "
    "министерство сельского хозяйства посевная поливная вода животноводство фермеры область "
    "правительство урожай зерно пастбища субсидии кредит семена ветеринария вакцинация"
)
WORDS = tuple(_TEXT.split())
_NEWS_TEXT = (
    "жана менен боюнча үчүн бүгүн жылы өлкөнүн жаңы маалымат берди өткөрүлдү мамлекеттик "
    "и в на по для с о что это года было также сообщили заявил новые работы области района "
    "город Бишкек Ош Нарын Талас Баткен Жалал-Абад Ысык-Көл программа проект вопрос решение"
)
NEWS_WORDS = tuple(_NEWS_TEXT.split())


# Keywords are names: the body's, its people's, its programmes' and its hashtags.
_NAMES_TEXT = (
    "Асанов Өмүрбеков Токтогулов Жумабаев Сыдыков Абдыкадыров Бейшеналиев Турдубаев "
    "Мамытов Эсенгулов Кененбаев Сатыбалдиев Нурматов Дөөлөтбеков Аманбаев Керимбеков "
    "Осмонов Бообеков Таласбаев Нарынбеков Айтматов Сагынбаев Бакиров Жолдошев Алымкулов "
    "Бекмуратов Исаков Кадыров Орозбеков Үсөналиев"
)
NAMES = tuple(_NAMES_TEXT.split())
_PROGRAMMES_TEXT = (
    "Жашыл өлкө|Айыл өнүгүүсү|Таза суу|Агро лизинг|Дыйкан мектеби|Үрөн фонду|"
    "Жайыт комитети|Мал дарыгер|Сугат 2030|Органикалык продукция|Агрострахование|"
    "Зелёная экономика|Чистая вода|Фермерская школа|Семенной фонд|Пастбищный комитет"
)
PROGRAMMES = tuple(_PROGRAMMES_TEXT.split("|"))


def _keywords() -> list[str]:
    base = [
        "Айыл чарба министрлиги",
        "Министерство сельского хозяйства",
        "Минсельхоз",
        "#АгроКГ",
        *PROGRAMMES,
        *NAMES,
    ]
    return base[:KEYWORDS]


def _items(rng: random.Random, vocabulary: tuple[str, ...], keywords: list[str]) -> list[FeedEntry]:
    items = []
    for n in range(ITEMS):
        title = " ".join(rng.choices(vocabulary, k=12)).capitalize()
        summary = " ".join(rng.choices(vocabulary, k=60))
        if n % 10 == 0:
            summary += f" {rng.choice(keywords)} билдирди."
        items.append(FeedEntry(f"g{n}", f"https://x.kg/{n}", title, summary, None))
    return items


def _time(keywords: list[str], items: list[FeedEntry]) -> tuple[float, float, int]:
    timings = []
    found = 0
    for _ in range(5):
        started = time.perf_counter()
        matcher = KeywordMatcher(keywords)
        found = sum(1 for item in items if matcher.match(item.title, item.summary))
        timings.append(time.perf_counter() - started)
    return min(timings), statistics.median(timings), found


def test_matching_1000_items_against_50_keywords():
    rng = random.Random(11)
    keywords = _keywords()
    assert len(keywords) == KEYWORDS
    news = _items(rng, WORDS + NEWS_WORDS, keywords)
    best, median, found = _time(keywords, news)
    print(
        f"\nkeyword matching {ITEMS} news items × {KEYWORDS} keywords: best {best * 1000:.0f} ms, "
        f"median {median * 1000:.0f} ms, {found} items matched"
    )
    assert found >= ITEMS // 10
    assert median <= MATCH_LIMIT_S
    # The worst case, printed only: keywords made of the very words every text is made of.
    crowded = [" ".join(rng.sample(WORDS, 2)) for _ in range(KEYWORDS)]
    best, median, found = _time(crowded, _items(rng, WORDS, crowded))
    print(
        f"worst case (every word starts a keyword): best {best * 1000:.0f} ms, "
        f"median {median * 1000:.0f} ms, {found} items matched"
    )


def test_listing_and_counting_20000_records(db):
    rng = random.Random(5)
    start = dt.datetime(2026, 1, 1, 9)
    rows = [
        {
            "published_at": start + dt.timedelta(minutes=rng.randrange(364 * 24 * 60)),
            "outlet_name": f"Outlet {n % 80}",
            "outlet_key": f"outlet {n % 80}",
            "kind": rng.choice(("news", "article", "post")),
            "platform": rng.choice(("website", "telegram", "tv")),
            "title": f"Publication {n}",
            "title_key": f"publication {n}",
            "url": f"https://x.kg/{n}",
            "canonical_url": f"https://x.kg/{n}",
            "tone": rng.choice(("positive", "neutral", "negative", "")),
            "mentions": 1,
        }
        for n in range(20_000)
    ]
    with db.session() as session:
        session.execute(insert(CoverageRecord), rows)
    started = time.perf_counter()
    page = list_records(db, CoverageFilter(), limit=200)
    listed = time.perf_counter() - started
    started = time.perf_counter()
    summary = period_summary(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    counted = time.perf_counter() - started
    print(
        f"\nfirst page of 20,000 records: {listed * 1000:.0f} ms; "
        f"year's counts: {counted * 1000:.0f} ms"
    )
    assert page.total == 20_000 and summary.total == 20_000


REPORT_LIMIT_S = 3.0


def _year_of_records(db, count: int) -> None:  # type: ignore[no-untyped-def]
    """Insert ``count`` records spread over 2026 across 80 outlets, a quarter of them known."""
    from pressdesk.storage.contacts_models import Outlet

    rng = random.Random(7)
    with db.session() as session:
        outlets = []
        for n in range(20):
            outlet = Outlet(
                name=f"ЖМК {n}",
                kind=("tv", "online", "news_agency", "print")[n % 4],
                ownership=("state", "private")[n % 2],
                scale=("national", "regional")[n % 2],
            )
            session.add(outlet)
            outlets.append(outlet)
        session.flush()
        ids = [o.id for o in outlets]
    start = dt.datetime(2026, 1, 1, 9)
    rows = [
        {
            "published_at": start + dt.timedelta(minutes=rng.randrange(364 * 24 * 60)),
            "outlet_id": ids[n % 80] if n % 80 < 20 else None,
            "outlet_name": f"ЖМК {n % 80}",
            "outlet_key": f"жмк {n % 80}",
            "kind": rng.choice(("news", "article", "post", "tv_story")),
            "platform": rng.choice(("website", "telegram", "tv", "facebook")),
            "title": f"Министрлик жазгы себүү боюнча маалымат берди, {n}-материал",
            "title_key": f"министрлик {n}",
            "url": f"https://x.kg/{n}",
            "canonical_url": f"https://x.kg/{n}",
            "tone": rng.choice(("positive", "neutral", "negative", "")),
            "mentions": rng.randint(1, 4),
            "head_quoted": n % 5 == 0,
            "reach": rng.choice((None, 1_000, 25_000)),
        }
        for n in range(count)
    ]
    with db.session() as session:
        session.execute(insert(CoverageRecord), rows)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".xlsx"])
def test_a_years_report_on_20000_records(db, tmp_path, suffix):
    from pressdesk.services.coverage.report import export_report, period_scope

    _year_of_records(db, 20_000)
    scope = period_scope("year", "2026")
    timings = []
    for round_ in range(3):
        path = tmp_path / f"year-{round_}{suffix}"
        started = time.perf_counter()
        counted = export_report(db, path, scope, lang="ky")
        timings.append(time.perf_counter() - started)
        assert counted == 20_000
    size = path.stat().st_size // 1024
    print(
        f"\na year's report on 20,000 records as {suffix}: best {min(timings):.2f} s, "
        f"median {statistics.median(timings):.2f} s, {size} KB"
    )
