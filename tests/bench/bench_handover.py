"""Time the handover act for 500 items, 100 accounts, 2,000 archive sets and 20,000 contacts.

Items are spread over four custodians, so the act sorts them into handed over, out on loan and
kept by others; archive sets of the "document" kind go to the documents section.

Run with ``pytest tests/bench/bench_handover.py -m bench -s``. Each format is timed from the live
data to the written files, the attached contact-base export included; wall and CPU time are
printed because the machine may be shared. Nothing is asserted about speed.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

import pytest
from sqlalchemy import insert

from pressdesk.bilingual import Bi
from pressdesk.services.archive.records import ArchiveRow, add_archive_sets
from pressdesk.services.contacts.export import export_contacts
from pressdesk.services.handover.acts import issue_act
from pressdesk.services.handover.build import build_draft
from pressdesk.services.inventory.items import ItemRow, add_items, clean_item
from pressdesk.storage.assets_models import ACCOUNT_SERVICES, ARCHIVE_KINDS, CONDITIONS, Account
from tests.bench import bench_contacts

T = TypeVar("T")
ITEMS, ACCOUNTS, ARCHIVE_SETS, CONTACTS = 500, 100, 2000, 20_000
PEOPLE = ("Жумабаева Айгүл", "Өмүрбеков Нурлан", "Петрова Елена", "Исаков Эрлан")


def timed(label: str, action: Callable[[], T]) -> T:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<44} wall {wall:7.2f} s   cpu {cpu:7.2f} s")
    return result


def _fill(db, rng: random.Random, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    items = [
        clean_item(
            ItemRow(
                name=Bi(f"{rng.choice(('Ноутбук', 'Үн күчөткүч', 'Фотоаппарат', 'Штатив'))} {i}"),
                inventory_number=f"ИН-{i:05d}",
                serial_number=f"SN{rng.randrange(10**9):09d}",
                model=f"Model {rng.randrange(100)}",
                condition=rng.choice([c for c in CONDITIONS if c != "written_off"]),
                custodian_name=rng.choice(PEOPLE),
            )
        )
        for i in range(1, ITEMS + 1)
    ]
    add_items(db, items)
    with db.session() as session:
        session.execute(
            insert(Account),
            [
                {
                    "secret_ref": str(uuid.UUID(int=rng.getrandbits(128))),
                    "service": rng.choice(ACCOUNT_SERVICES),
                    "name_ky": f"Аккаунт {i}",
                    "url": f"https://example.kg/account/{i}",
                    "login": f"press{i}",
                    "access_holders": rng.choice(PEOPLE),
                    "two_factor_method_ky": "SMS",
                    "recovery_location_ky": "Сейф, 214-кабинет",
                }
                for i in range(ACCOUNTS)
            ],
        )
    start = dt.date(2015, 1, 1)
    add_archive_sets(
        db,
        [
            ArchiveRow(
                title=Bi(f"Иш-чара {i}: сүрөттөр"),
                kind=rng.choice(ARCHIVE_KINDS),
                taken_on=start + dt.timedelta(days=rng.randrange(4000)),
                folder_path=f"D:/Архив/{i:05d}",
                drive_label=Bi("Тышкы диск №2"),
            )
            for i in range(ARCHIVE_SETS)
        ],
    )
    monkeypatch.setattr(bench_contacts, "PEOPLE", CONTACTS)
    monkeypatch.setattr(bench_contacts, "OUTLETS", 1000)
    bench_contacts._generate(db, rng)


@pytest.mark.bench
@pytest.mark.timeout(3600)
def test_bench_handover(db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    print()
    timed("generate the data (bulk inserts)", lambda: _fill(db, random.Random(7), monkeypatch))
    draft = timed(
        "build the draft from live data",
        lambda: build_draft(db, lang="ky", outgoing="Жумабаева А.", incoming="Осмонов Н."),
    )
    kit = ("equipment", "equipment_out", "equipment_other")
    assert sum(len(draft.section(key).lines) for key in kit) == ITEMS
    assert len(draft.section("accounts").lines) == ACCOUNTS
    sets = ("documents", "archive")
    assert sum(len(draft.section(key).lines) for key in sets) == ARCHIVE_SETS
    for suffix in (".docx", ".pdf"):
        for export in (".csv", ".xlsx"):

            def issue(suffix: str = suffix, export: str = export) -> object:
                fresh = build_draft(db, lang="ky", outgoing="Жумабаева А.", incoming="Осмонов Н.")
                return issue_act(db, fresh, [tmp_path / f"act{suffix}"], export_format=export)

            name = export.lstrip(".").upper()
            timed(f"draft + act {suffix} + {name} export of {CONTACTS} contacts", issue)
        size = (tmp_path / f"act{suffix}").stat().st_size
        print(f"{'':<44} {suffix} {size / 1024:.0f} KiB")
    timed(
        "act .pdf alone, no export",
        lambda: issue_act(db, draft, [tmp_path / "alone.pdf"], export_format=None),
    )
    timed(
        "act .docx alone, no export",
        lambda: issue_act(db, draft, [tmp_path / "alone.docx"], export_format=None),
    )
    timed("CSV export alone", lambda: export_contacts(db, tmp_path / "alone.csv", lang="ky"))
    timed("XLSX export alone", lambda: export_contacts(db, tmp_path / "alone.xlsx", lang="ky"))
