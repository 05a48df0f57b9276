"""Content plan benchmarks: period views over 20,000 items and printing a 200-item week.

Run with ``pytest tests/bench/bench_plan.py -m bench -s``; figures are printed, not asserted.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from pressdesk.services.demo import DEMO_PROFILE, DEMO_STAFF
from pressdesk.services.plan.items import PlanItemInput, create_item, list_items
from pressdesk.services.plan.periods import Period, period_containing
from pressdesk.services.plan.printing import export_plan
from pressdesk.services.profile import save_profile
from pressdesk.services.staff import save_staff
from pressdesk.storage.plan_models import PLAN_FORMATS, PLAN_STATUSES, Channel, PlanItem
from pressdesk.storage.plan_models import plan_item_channel as link

pytestmark = pytest.mark.bench

START = dt.date(2024, 1, 1)
DAYS = 5 * 365
ITEMS = 20_000
WEEK = period_containing("week", dt.date(2026, 11, 23))


def _fill(db) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    save_profile(db, DEMO_PROFILE)
    staff = [save_staff(db, row).id for row in DEMO_STAFF]
    with db.session() as session:
        channel_ids = list(session.scalars(select(Channel.id)))
        rows = []
        for i in range(ITEMS):
            day = START + dt.timedelta(days=rng.randrange(DAYS))
            rows.append(
                {
                    "date": day,
                    "time": dt.time(rng.randrange(8, 19)) if i % 3 else None,
                    "title_ky": f"Материал №{i}: жаңылык",
                    "title_ru": f"Материал №{i}: новость",
                    "topic_ky": "Маалыматтык себеп",
                    "topic_ru": "Информационный повод",
                    "audience_ky": "",
                    "audience_ru": "",
                    "format": rng.choice(PLAN_FORMATS),
                    "language": rng.choice(("ky", "ru", "both")),
                    "outlets": "",
                    "responsible_id": rng.choice(staff),
                    "notes": "",
                    "file_links": "",
                    "published_links": "",
                    "status": rng.choice(PLAN_STATUSES),
                    "approved_by": "",
                    "return_comment": "",
                    "rrule": "",
                    "exdates": "",
                    "is_series": False,
                    "sequence": 0,
                    "duration_minutes": 60,
                }
            )
        session.execute(insert(PlanItem), rows)
        ids = list(session.scalars(select(PlanItem.id)))
        session.execute(
            insert(link),
            [
                {"item_id": item_id, "channel_id": channel}
                for item_id in ids
                for channel in rng.sample(channel_ids, 2)
            ],
        )
    for weekday in ("MO", "WE", "FR"):
        create_item(
            db,
            PlanItemInput(
                date=START,
                title=f"Рубрика {weekday}",
                rrule=f"FREQ=WEEKLY;BYDAY={weekday}",
                channels=("website",),
            ),
        )
    # Top the benchmark week up to exactly 200 items for the printing figures.
    extra = 200 - len(list_items(db, WEEK.start, WEEK.end))
    with db.session() as session:
        session.execute(
            insert(PlanItem),
            [
                {
                    "date": WEEK.start + dt.timedelta(days=i % 7),
                    "time": dt.time(9 + i % 9),
                    "title_ky": f"Апталык материал №{i}: жер үлүштөрүнүн онлайн реестри",
                    "title_ru": f"Материал недели №{i}: онлайн-реестр земельных долей",
                    "topic_ky": "Маалыматтык себеп: ң ө ү",
                    "topic_ru": "Информационный повод",
                    "audience_ky": "фермерлер",
                    "audience_ru": "фермеры",
                    "format": "news",
                    "language": "both",
                    "outlets": "",
                    "responsible_id": staff[2],
                    "notes": "",
                    "file_links": "",
                    "published_links": "",
                    "status": "approved",
                    "approved_by": "",
                    "return_comment": "",
                    "rrule": "",
                    "exdates": "",
                    "is_series": False,
                    "sequence": 0,
                    "duration_minutes": 60,
                }
                for i in range(extra)
            ],
        )


def _timed(action: Callable[[], object], repeat: int = 7) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), max(times)


def _stepper(db, period: Period) -> Callable[[], object]:  # type: ignore[no-untyped-def]
    state = {"p": period}

    def step() -> object:
        state["p"] = state["p"].next()
        return list_items(db, state["p"].start, state["p"].end)

    return step


def test_period_views_and_printing(db, tmp_path: Path) -> None:
    began = time.perf_counter()
    _fill(db)
    print(
        f"\nfilled {ITEMS} items over 5 years + 3 weekly series in "
        f"{time.perf_counter() - began:.1f} s"
    )
    for kind in ("week", "decade", "month"):
        period: Period = period_containing(kind, dt.date(2026, 11, 23))  # type: ignore[arg-type]
        count = len(list_items(db, period.start, period.end))
        median, worst = _timed(lambda p=period: list_items(db, p.start, p.end))
        next_median, next_worst = _timed(_stepper(db, period))
        print(
            f"{kind:6} view ({count:4} items): median {median:6.1f} ms, max {worst:6.1f} ms; "
            f"next period: median {next_median:6.1f} ms, max {next_worst:6.1f} ms"
        )
    rows = len(list_items(db, WEEK.start, WEEK.end))
    timings = {}
    for suffix in (".pdf", ".docx"):
        target = tmp_path / f"week{suffix}"
        began = time.perf_counter()
        export_plan(db, target, lang="ky", period=WEEK)
        timings[suffix] = time.perf_counter() - began
        print(
            f"week of {rows} items to {suffix[1:].upper()}: {timings[suffix]:.2f} s "
            f"({target.stat().st_size // 1024} KB)"
        )
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice not installed: DOCX → PDF conversion not measured")
        return
    out_dir = tmp_path / "lo"
    began = time.perf_counter()
    result = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(tmp_path / "week.docx"),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    elapsed = time.perf_counter() - began
    if result.returncode != 0 or not (out_dir / "week.pdf").exists():
        print(f"LibreOffice conversion failed: {result.stderr.decode(errors='replace')[:200]}")
        return
    print(
        f"LibreOffice DOCX → PDF (cold start): {elapsed:.2f} s vs direct PDF "
        f"{timings['.pdf']:.2f} s"
    )
