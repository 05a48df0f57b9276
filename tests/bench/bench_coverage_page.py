"""The Coverage section opens on 20,000 records in ≤ 300 ms (dashboard, count, first page).

Run with ``pytest tests/bench/bench_coverage_page.py -m bench -s``.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

import pytest
from sqlalchemy import insert

from pressdesk.gui.coverage.page import CoverageSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.storage.coverage_models import CoverageRecord

pytestmark = pytest.mark.bench

RECORDS = 20_000
OPEN_LIMIT_S = 0.300


def test_the_section_opens_on_20000_records(qtbot, runtime, db):
    rng = random.Random(8)
    # A year of records up to the pinned day: the current month holds a few hundred.
    end = dt.datetime(2026, 11, 20, 9)
    rows = [
        {
            "published_at": end - dt.timedelta(minutes=rng.randrange(364 * 24 * 60)),
            "outlet_name": f"Outlet {n % 80}",
            "outlet_key": f"outlet {n % 80}",
            "kind": rng.choice(("news", "article", "post")),
            "platform": rng.choice(("website", "telegram", "tv")),
            "title": f"Publication {n}",
            "title_key": f"publication {n}",
            "url": f"https://x.kg/{n}",
            "canonical_url": f"https://x.kg/{n}",
            "tone": rng.choice(("positive", "neutral", "negative", "")),
            "mentions": rng.randint(1, 4),
        }
        for n in range(RECORDS)
    ]
    with db.session() as session:
        session.execute(insert(CoverageRecord), rows)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        page = CoverageSectionPage(SectionContext(runtime, db))
        page.resize(1146, 708)
        page.show()
        qtbot.addWidget(page)
        # The first rows are read when the view paints them.
        page.model.index(0, 0).data()
        timings.append(time.perf_counter() - started)
        assert page.model.total == RECORDS
    median = statistics.median(timings)
    print(f"\nthe section opens on {RECORDS:,} records in {median * 1000:.0f} ms (median of 5)")
    assert median <= OPEN_LIMIT_S
