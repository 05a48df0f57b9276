"""Bulk plan actions: a 200-item week sent, approved, moved, reverted.

Run with ``pytest tests/bench/bench_plan_bulk.py -m bench -s``; figures are printed, not asserted.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from pressdesk.services.plan.bulk import bulk_move, bulk_status, revert, send_period
from pressdesk.services.plan.items import PlanItemInput, create_item, list_items
from pressdesk.services.plan.periods import period_containing

pytestmark = pytest.mark.bench

WEEK = period_containing("week", dt.date(2026, 11, 23))
COUNT = 200


def test_bulk_actions_on_a_full_week(db):  # type: ignore[no-untyped-def]
    for n in range(COUNT):
        create_item(
            db,
            PlanItemInput(
                date=WEEK.start + dt.timedelta(days=n % 7),
                title=f"Материал №{n}",
                channels=("website", "telegram"),
            ),
            status="draft",
        )
    keys = [row.key for row in list_items(db, WEEK.start, WEEK.end)]
    timings: dict[str, float] = {}

    def timed(name, work):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        result = work()
        timings[name] = time.perf_counter() - started
        return result

    timed("send the week", lambda: send_period(db, WEEK.start, WEEK.end))
    approved = timed("approve all", lambda: bulk_status(db, keys, "approved", by_name="Асанов"))
    moved = timed("move all by 7 days", lambda: bulk_move(db, keys, 7))
    timed("undo the move", lambda: revert(db, moved.reversal))
    timed("undo the approval", lambda: revert(db, approved.reversal))
    for name, seconds in timings.items():
        print(f"{name:>20}: {seconds * 1000:7.0f} ms for {COUNT} items")
    statuses = {row.status for row in list_items(db, WEEK.start, WEEK.end)}
    assert statuses == {"sent"}
