"""Mail benchmarks: 500 recipients through a local SMTP server; a kill at a random point, resume.

Run with ``pytest tests/bench/bench_mail.py -m bench -s``. Time and memory are printed; that no
message goes twice and at most one recipient is left in doubt after the kill is asserted.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from pressdesk.services.mail import batches
from pressdesk.services.mail.batches import BatchDraft, RecipientDraft
from pressdesk.services.mail.config import SmtpConfig
from pressdesk.services.mail.sender import SmtpTransport, send_batch
from pressdesk.storage.opening import open_database
from tests.support.smtp_server import smtp_server

pytestmark = pytest.mark.bench

RECIPIENTS = int(os.environ.get("PRESSDESK_BENCH_MAIL_RECIPIENTS", "500"))
SENDER = "press@gov.example.kg"
# A generous ceiling on a slow shared machine; the figure itself is printed.
TIME_LIMIT_S = 150.0

_BODY_KY = "Кыргыз Республикасынын Айыл чарба министрлиги маалымдайт. " * 40
_BODY_RU = "Министерство сельского хозяйства Кыргызской Республики сообщает. " * 40

_CHILD = """
import sys
from pressdesk.services.mail.config import SmtpConfig
from pressdesk.services.mail.sender import SmtpTransport, send_batch
from pressdesk.storage.opening import open_database
url, batch_id, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
db = open_database(url, None, lock=False)
config = SmtpConfig("127.0.0.1", port, "none", "", "press@gov.example.kg")
send_batch(db, batch_id, SmtpTransport(config, None), "press@gov.example.kg")
"""


def _draft(attachment: Path) -> BatchDraft:
    return BatchDraft(
        subjects={"ky": "Басма сөз релизи", "ru": "Пресс-релиз"},
        bodies={"ky": _BODY_KY, "ru": _BODY_RU},
        attachments=[attachment],
        embargo_text="EMBARGO 10.12.2026 10:00",
        wave_delay_minutes=0,
    )


def _people() -> list[RecipientDraft]:
    return [
        RecipientDraft(
            f"editor{i}@outlet{i}.example.kg",
            language="ru" if i % 3 else "ky",
            wave="first" if i < 50 else "rest",
        )
        for i in range(RECIPIENTS)
    ]


def _attachment(tmp_path: Path) -> Path:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(random.Random(1).randbytes(50_000))
    return photo


def test_500_recipients_time_and_memory(db, tmp_path: Path) -> None:
    batch_id = batches.create_batch(db, _draft(_attachment(tmp_path)), _people())
    with smtp_server() as (server, port):
        transport = SmtpTransport(SmtpConfig("127.0.0.1", port, "none", "", SENDER), None)
        tracemalloc.start()
        start = time.perf_counter()
        report = send_batch(db, batch_id, transport, SENDER, wave="all")
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    addresses = server.addresses()
    print(
        f"\n{RECIPIENTS} recipients (50 KB attachment each): {elapsed:.2f} s "
        f"({elapsed / RECIPIENTS * 1000:.1f} ms a message), peak Python memory "
        f"{peak / 1_000_000:.1f} MB"
    )
    assert len(report.sent) == RECIPIENTS
    assert len(addresses) == len(set(addresses)) == RECIPIENTS
    assert elapsed < TIME_LIMIT_S


@pytest.mark.parametrize("seed", [1, 2])
def test_kill_at_a_random_point_then_resume_sends_nobody_twice(
    runtime: Any, tmp_path: Path, seed: int
) -> None:
    db = runtime.open_db()
    batch_id = batches.create_batch(db, _draft(_attachment(tmp_path)), _people())
    db.close()
    kill_after = random.Random(seed).randint(10, RECIPIENTS - 10)
    with smtp_server() as (server, port):
        reached = threading.Event()
        original = server.handle_DATA

        async def counting(srv: Any, session: Any, envelope: Any) -> str:
            reply = await original(srv, session, envelope)
            if len(server.received) >= kill_after:
                reached.set()
            return reply

        server.handle_DATA = counting  # type: ignore[method-assign]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, runtime.db_url, str(batch_id), str(port)], env=env
        )
        try:
            assert reached.wait(300), "the sending process did not get far enough"
            child.send_signal(signal.SIGKILL)
        finally:
            child.wait(30)
        before = len(server.received)
        db = open_database(runtime.db_url, None, lock=False)
        try:
            report = send_batch(
                db,
                batch_id,
                SmtpTransport(SmtpConfig("127.0.0.1", port, "none", "", SENDER), None),
                SENDER,
                rest_now=True,
            )
            counts = batches.status_counts(db, batch_id)
        finally:
            db.close()
    addresses = server.addresses()
    print(
        f"\nkilled after {kill_after} accepted (server had {before}); resume: "
        f"{len(report.sent)} sent, in doubt {report.in_doubt}; statuses {counts}"
    )
    assert len(addresses) == len(set(addresses)), "a recipient got the message twice"
    assert len(report.in_doubt) <= 1
    assert counts.get("sent", 0) + counts.get("in_doubt", 0) == RECIPIENTS
    assert counts.get("sent", 0) >= RECIPIENTS - 1
