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


def _keywords(rng: random.Random) -> list[str]:
    base = [
        "Айыл чарба министрлиги",
        "Министерство сельского хозяйства",
        "Минсельхоз",
        "Асанов",
        "Өмүрбеков",
        "#АгроКГ",
    ]
    while len(base) < KEYWORDS:
        base.append(" ".join(rng.sample(WORDS, 2)) + f" {len(base)}")
    return base


def _items(rng: random.Random) -> list[FeedEntry]:
    items = []
    for n in range(ITEMS):
        title = " ".join(rng.choices(WORDS, k=12)).capitalize()
        summary = " ".join(rng.choices(WORDS, k=60))
        if n % 10 == 0:
            summary += " Министр Асанов билдирди."
        items.append(FeedEntry(f"g{n}", f"https://x.kg/{n}", title, summary, None))
    return items


def test_matching_1000_items_against_50_keywords():
    rng = random.Random(11)
    keywords = _keywords(rng)
    items = _items(rng)
    timings = []
    found = 0
    for _ in range(5):
        started = time.perf_counter()
        matcher = KeywordMatcher(keywords)
        found = sum(1 for item in items if matcher.match(item.title, item.summary))
        timings.append(time.perf_counter() - started)
    best, median = min(timings), statistics.median(timings)
    print(
        f"\nkeyword matching {ITEMS} items × {KEYWORDS} keywords: best {best * 1000:.0f} ms, "
        f"median {median * 1000:.0f} ms, {found} items matched"
    )
    assert found >= ITEMS // 10
    assert median <= MATCH_LIMIT_S


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
