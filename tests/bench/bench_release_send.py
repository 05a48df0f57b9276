"""Release sending benchmark: a press release to a list of 500 people through a local SMTP server.

Run with ``pytest tests/bench/bench_release_send.py -m bench -s``. The dry run (plan), the send
with its interaction-log entries, and a second send that finds nobody new are timed; that every
person got one message and one log entry is asserted.
"""

from __future__ import annotations

import os
import time
import tracemalloc
from typing import Any

import pytest

from pressdesk.services.contacts.lists import ListRecord, add_to_list, save_list
from pressdesk.services.mail.config import SmtpConfig
from pressdesk.services.mail.sender import SmtpTransport
from pressdesk.services.releases.records import ReleaseError
from pressdesk.services.releases.sending import choose_people, plan_sending, send_release
from pressdesk.storage.contacts_models import Outlet, Person, PersonEmail
from tests.support.release_media import SENDER, make_release
from tests.support.smtp_server import smtp_server

pytestmark = pytest.mark.bench

PEOPLE = int(os.environ.get("PRESSDESK_BENCH_MAIL_RECIPIENTS", "500"))
# A generous ceiling on a slow shared machine; the figure itself is printed.
TIME_LIMIT_S = 180.0


def _media(db: Any) -> None:
    with db.session() as session:
        outlets = []
        for i in range(50):
            outlet = Outlet(
                name=f"ЖМК {i}",
                kind="online",
                ownership="state" if i % 4 == 0 else "private",
                first_wave=i < 5,
            )
            session.add(outlet)
            outlets.append(outlet)
        session.flush()
        people = []
        for i in range(PEOPLE):
            person = Person(
                full_name=f"Журналист {i}",
                outlet_id=outlets[i % 50].id,
                languages="ru" if i % 3 else "ky",
            )
            session.add(person)
            people.append(person)
        session.flush()
        for person in people:
            session.add(PersonEmail(person_id=person.id, address=f"j{person.id}@media.example.kg"))
        ids = [p.id for p in people]
    saved = save_list(db, ListRecord("Баары"))
    assert saved.id is not None
    add_to_list(db, saved.id, person_ids=ids)


def test_a_release_to_500_people_plan_send_and_log(db: Any) -> None:
    _media(db)
    rid = make_release(db)
    people = choose_people(db, list_name="Баары")
    start = time.perf_counter()
    plan = plan_sending(db, rid, people)
    planned = time.perf_counter() - start
    assert len(plan.to_send) == PEOPLE
    with smtp_server() as (server, port):
        transport = SmtpTransport(SmtpConfig("127.0.0.1", port, "none", "", SENDER), None)
        tracemalloc.start()
        start = time.perf_counter()
        outcome = send_release(db, rid, people, transport, SENDER, rest_now=True)
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        start = time.perf_counter()
        with pytest.raises(ReleaseError):
            send_release(db, rid, people, transport, SENDER, confirm_again=True)
        again = time.perf_counter() - start
    addresses = server.addresses()
    print(
        f"\n{PEOPLE} people: plan (dry run) {planned:.2f} s; send with log entries "
        f"{elapsed:.2f} s ({elapsed / PEOPLE * 1000:.1f} ms a person), peak Python memory "
        f"{peak / 1_000_000:.1f} MB; a second send finding nobody new {again:.2f} s"
    )
    assert len(addresses) == len(set(addresses)) == PEOPLE
    assert outcome.logged == PEOPLE and outcome.status == "distributed"
    assert elapsed < TIME_LIMIT_S
