"""Press release documents in-process: each release of the demo as DOCX and PDF, Kyrgyz and
Russian (the issue's budget: 0.5 s a document).

Run with ``pytest tests/bench/bench_release_documents.py -m bench -s``. The first render of
each format warms the font and the imports; the medians of the following runs are printed, and
the slowest median must stay within the budget.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import pytest

from pressdesk.services.releases.printing import export_approval_sheet, export_release
from pressdesk.services.releases.reading import list_releases

pytestmark = pytest.mark.bench

BUDGET_S = 0.5
RUNS = 5


def test_release_documents_in_process(demo_db: Any, tmp_path: Path) -> None:
    releases = [row.id for row in list_releases(demo_db)]
    assert releases, "the demo has press releases"
    print(f"\n{'document':<28} {'median':>8}")
    worst = 0.0
    for what, export in (("release", export_release), ("approval sheet", export_approval_sheet)):
        for lang in ("ky", "ru"):
            for suffix in (".docx", ".pdf"):
                target = tmp_path / f"r{suffix}"
                export(demo_db, releases[0], target, lang=lang)  # warm-up
                times = []
                for release_id in releases:
                    for _ in range(RUNS):
                        started = time.perf_counter()
                        export(demo_db, release_id, target, lang=lang)
                        times.append(time.perf_counter() - started)
                median = statistics.median(times)
                worst = max(worst, median)
                print(f"{what + ' ' + lang + ' ' + suffix:<28} {median * 1000:7.0f} ms")
    print(f"slowest median {worst * 1000:.0f} ms (budget {BUDGET_S * 1000:.0f} ms)")
    assert worst <= BUDGET_S
