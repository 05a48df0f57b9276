"""Media inquiry benchmarks: the due view and its counts over 10,000 inquiries, and a year's
report in each format.

Run with ``pytest tests/bench/bench_inquiries.py -m bench -s``; figures are printed, not
asserted. The targets are 100 ms for the due view and 2 s per format for the report.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

import pytest
from sqlalchemy import insert

from pressdesk import clock
from pressdesk.services.inquiries.deadlines import due_counts, due_view
from pressdesk.services.inquiries.queries import InquiryFilter, list_inquiries
from pressdesk.services.inquiries.report import export_inquiry_report, period_scope
from pressdesk.storage.inquiries_models import INQUIRY_CHANNELS, INQUIRY_KINDS, Inquiry

pytestmark = pytest.mark.bench

INQUIRIES = 10_000
YEAR_START = dt.datetime(2026, 1, 1, 9, 0)


def _fill(db) -> None:  # type: ignore[no-untyped-def]
    """A year of inquiries: 95 % answered, the rest open with deadlines around today."""
    rng = random.Random(11)
    rows = []
    for i in range(INQUIRIES):
        received = YEAR_START + dt.timedelta(minutes=rng.randrange(324 * 24 * 60))
        due = received.date() + dt.timedelta(days=rng.randrange(1, 15))
        answered = rng.random() < 0.95
        rows.append(
            {
                "received_at": received,
                "channel": rng.choice(INQUIRY_CHANNELS),
                "kind": rng.choice(INQUIRY_KINDS),
                "incoming_number": str(i),
                "sender": f"Журналист {i % 700}",
                "sender_address": "",
                "outlet_name": f"ЖМК {i % 90}",
                "question": "Сколько гектаров засеяно озимыми в этом году? " * 4,
                "question_files": "",
                "quoted": "",
                "journalist_due": due,
                "legal_due": None,
                "due_on": due,
                "unit_ky": "Статистика бөлүмү",
                "unit_ru": "Отдел статистики",
                "draft": "",
                "status": "answered" if answered else "assigned",
                "status_at": received,
                "return_comment": "",
                "answered_at": received + dt.timedelta(days=1) if answered else None,
                "answer_channel": "email" if answered else "",
                "answer_text": "Ответ" if answered else "",
                "answer_files": "",
                "outcome": "answered" if answered else None,
                "ground_ky": "",
                "ground_ru": "",
                "redirected_to": "",
            }
        )
    with db.session() as session:
        session.execute(insert(Inquiry), rows)


def _median_ms(action, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def test_the_due_view_at_ten_thousand_inquiries(db):
    _fill(db)
    with clock.frozen(dt.datetime(2026, 11, 20, 10, 0)):
        view = due_view(db)
        counts = due_counts(db)
        view_ms = _median_ms(lambda: due_view(db))
        counts_ms = _median_ms(lambda: due_counts(db))
        overdue_ms = _median_ms(lambda: list_inquiries(db, InquiryFilter(overdue=True)), runs=5)
    print(
        f"\n{INQUIRIES} inquiries: due view {view_ms:.1f} ms "
        f"({len(view.overdue)} overdue, {len(view.due_today)} today, {len(view.soon)} soon); "
        f"counts {counts_ms:.1f} ms ({counts.overdue}/{counts.due_today}/{counts.soon}); "
        f"overdue list {overdue_ms:.1f} ms"
    )
    assert counts.overdue == len(view.overdue) or len(view.overdue) == 500


def test_a_years_report_at_ten_thousand_inquiries(db, tmp_path):
    _fill(db)
    scope = period_scope("year", "2026")
    # The first document loads the renderers and fonts; the figures are of a warm process.
    export_inquiry_report(db, tmp_path / "warm.pdf", scope, lang="ru")
    figures = []
    for suffix in (".docx", ".pdf", ".xlsx"):
        path = tmp_path / f"year{suffix}"
        start = time.perf_counter()
        count = export_inquiry_report(db, path, scope, lang="ky")
        figures.append(f"{suffix} {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"\nyear report of {count} inquiries: " + ", ".join(figures))
    assert count == INQUIRIES
