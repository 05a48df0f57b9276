"""Team mode on a real PostgreSQL server: search at 100,000 people beside SQLite, and two and five
people writing at once. Run with `pytest tests/bench/bench_team.py -m bench -s`.

The writers' run lasts PRESSDESK_BENCH_SECONDS (60 by default) for each number of writers.
"""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pressdesk.bilingual import Bi
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.contacts.query import count_people, list_people, people_page
from pressdesk.services.contacts.records import get_person, save_person
from pressdesk.services.contacts.values import PersonFilter, PersonRecord
from pressdesk.services.inventory.history import check_in, check_out
from pressdesk.services.inventory.items import ItemRow, save_item
from pressdesk.services.plan.items import PlanItemInput, create_item, get_item, update_item
from pressdesk.storage.engine import Database
from pressdesk.storage.opening import open_database
from tests.bench.bench_contacts import QUERIES, _generate
from tests.support.pgserver import PgServer, running_server

pytestmark = pytest.mark.bench

SECONDS = float(os.environ.get("PRESSDESK_BENCH_SECONDS", "60"))


@pytest.fixture(scope="module")
def server() -> Iterator[PgServer]:
    with running_server() as pg:
        yield pg


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} ms (max {max(times) * 1000:.1f})"


def _search(db: Database) -> tuple[list[float], list[float]]:
    first, keystroke = [], []
    for _round in range(3):
        for query in QUERIES:
            t = time.perf_counter()
            list_people(db, PersonFilter(text=query), limit=50)
            first.append(time.perf_counter() - t)
            t = time.perf_counter()
            count_people(db, PersonFilter(text=query))
            people_page(db, PersonFilter(text=query), limit=50)
            keystroke.append(time.perf_counter() - t)
    return first, keystroke


def test_bench_search_on_both(db: Database, server: PgServer, tmp_path: Path) -> None:
    shared = open_database(server.create_database(), tmp_path / "pg")
    try:
        for label, target in (("SQLite", db), ("PostgreSQL", shared)):
            t = time.perf_counter()
            _generate(target, random.Random(1))
            filled = time.perf_counter() - t
            first, keystroke = _search(target)
            print(
                f"\n{label}: 100,000 people written in {filled:.1f} s; search first page "
                f"{_median_ms(first)}; list keystroke (count + page) {_median_ms(keystroke)}"
            )
    finally:
        shared.close()


def _writer(
    url: str, folder: Path, deadline: float, seed: int, ids: dict[str, list[int]], log: dict
) -> None:
    rng = random.Random(seed)
    db = open_database(url, folder)
    try:
        while time.perf_counter() < deadline:
            job = rng.choice(("person", "plan", "kit"))
            token = f"w{seed}-{rng.randrange(10**9)}"
            try:
                if job == "person":
                    pid = rng.choice(ids["people"])
                    seen = get_person(db, pid)
                    save_person(db, dataclasses.replace(seen, notes=f"{seen.notes} {token}"))
                    log["saved"].append((pid, token))
                elif job == "plan":
                    item_id = rng.choice(ids["plan"])
                    row = get_item(db, item_id)
                    data = PlanItemInput(date=row.date, title=row.title, topic=Bi(token, token))
                    update_item(db, item_id, data, seen_sequence=row.sequence)
                    log["plan"] += 1
                else:
                    item_id = rng.choice(ids["kit"])
                    try:
                        check_out(db, item_id, f"Колдонуучу {seed}")
                        check_in(db, item_id)
                        log["kit"] += 1
                    except Exception as exc:  # already out with someone else: a user message
                        if type(exc).__module__.startswith("sqlalchemy"):
                            raise
                        log["kit_refused"] += 1
            except ChangedMeanwhile:
                log["refused"] += 1
    except Exception:
        log["tracebacks"].append(traceback.format_exc())
    finally:
        db.close()


@pytest.mark.parametrize("writers", [2, 5])
def test_bench_writers_at_once(server: PgServer, tmp_path: Path, writers: int) -> None:
    url = server.create_database()
    setup = open_database(url, tmp_path / "setup")
    try:
        people = [save_person(setup, PersonRecord(f"Адам {n}")).record.id for n in range(20)]
        plan = [
            create_item(setup, PlanItemInput(date=_day(n), title=Bi(f"Пост {n}", ""))).id
            for n in range(10)
        ]
        kit = [
            save_item(setup, ItemRow(name=Bi(f"Камера {n}", ""), inventory_number=f"ИН-{n:03d}")).id
            for n in range(5)
        ]
        ids = {"people": [p for p in people if p], "plan": plan, "kit": [k for k in kit if k]}
        log: dict[str, Any] = {"saved": [], "plan": 0, "kit": 0, "kit_refused": 0, "refused": 0,
                     "tracebacks": []}  # fmt: skip
        deadline = time.perf_counter() + SECONDS
        threads = [
            threading.Thread(target=_writer, args=(url, tmp_path / f"w{i}", deadline, i, ids, log))
            for i in range(writers)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        lost = [
            (pid, token)
            for pid, token in log["saved"]
            if token not in get_person(setup, pid).notes.split()
        ]
        print(
            f"\n{writers} writers for {SECONDS:.0f} s: {len(log['saved'])} person saves, "
            f"{log['plan']} plan edits, {log['kit']} check-outs and returns landed; "
            f"{log['refused']} saves refused as changed meanwhile, {log['kit_refused']} "
            f"check-outs refused; lost updates {len(lost)}; tracebacks {len(log['tracebacks'])}"
        )
        assert lost == []
        assert log["tracebacks"] == [], log["tracebacks"][0]
    finally:
        setup.close()


def _day(n: int):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date(2026, 11, 23) + dt.timedelta(days=n)
