"""The Media inquiries section over 10,000 inquiries: the time to open on the attention view
and fill its first page, and to switch to all inquiries.

Run with ``pytest tests/bench/bench_inquiries_gui.py -m bench -s``; figures are printed, not
asserted.
"""

from __future__ import annotations

import statistics
import time

import pytest

from pressdesk.gui.inquiries.page import InquiriesSectionPage
from pressdesk.gui.sections import SectionContext
from tests.bench.bench_inquiries import INQUIRIES, _fill

pytestmark = pytest.mark.bench


def _median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000


def test_the_attention_view_over_10000_inquiries(qtbot, runtime, db):
    _fill(db)
    opened, switched = [], []
    for _ in range(5):
        started = time.perf_counter()
        page = InquiriesSectionPage(SectionContext(runtime, db))
        page.resize(1146, 708)
        page.show()
        qtbot.addWidget(page)
        # The first rows are read when the view paints them.
        page.model.index(0, 0).data()
        opened.append(time.perf_counter() - started)
        attention = page.model.rowCount()
        started = time.perf_counter()
        page.view.setCurrentIndex(page.view.findData("all"))
        page.model.index(0, 0).data()
        switched.append(time.perf_counter() - started)
        assert len(page.model.rows) == INQUIRIES
    print(
        f"\nthe section opens on the attention view ({attention} of {INQUIRIES:,} inquiries) "
        f"and fills its first page in {_median_ms(opened):.0f} ms; the list of all of them "
        f"in {_median_ms(switched):.0f} ms (medians of 5)"
    )
