"""Time the inventory with 5,000 items: list, filter, export to XLSX and PDF.

Run with ``pytest tests/bench/bench_inventory.py -m bench -s``; it prints figures and asserts
only that the work was done, never how fast.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pressdesk.bilingual import Bi
from pressdesk.services.assets.files import export_inventory
from pressdesk.services.inventory.items import (
    ItemFilter,
    ItemRow,
    add_items,
    clean_item,
    list_items,
)
from pressdesk.storage.assets_models import CONDITIONS, EQUIPMENT_CATEGORIES

T = TypeVar("T")
ITEMS = 5000
NAMES = (
    "Ноутбук",
    "Үн күчөткүч",
    "Фотоаппарат",
    "Өтүкчө",
    "Микрофон",
    "Принтер",
    "Штатив",
    "Видеокамера",
    "Монитор",
    "Диктофон",
)
PEOPLE = ("Жумабаева Айгүл", "Өмүрбеков Нурлан", "Петрова Елена", "Исаков Эрлан")


def timed(label: str, action: Callable[[], T], repeat: int = 1) -> T:
    best = float("inf")
    result: T | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best * 1000:9.1f} ms")
    assert result is not None
    return result


@pytest.mark.bench
def test_inventory_with_5000_items(db, tmp_path):
    rng = random.Random(5000)
    rows = [
        clean_item(
            ItemRow(
                name=Bi(f"{rng.choice(NAMES)} {rng.choice('ABCDEFGH')}-{i}"),
                category=rng.choice(EQUIPMENT_CATEGORIES),
                inventory_number=f"ИН-{i:05d}",
                serial_number=f"SN{rng.randrange(10**9):09d}",
                model=f"Model {rng.randrange(100)}",
                purchase_date=dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000)),
                cost=Decimal(rng.randrange(1000, 200000)),
                funding_source="Республикалык бюджет",
                condition=rng.choice(CONDITIONS),
                location=Bi(f"{rng.randrange(100, 400)}-кабинет"),
                custodian_name=rng.choice(PEOPLE),
            )
        )
        for i in range(1, ITEMS + 1)
    ]
    print()
    timed(f"insert {ITEMS} items (one transaction)", lambda: add_items(db, rows))

    everything = ItemFilter(include_written_off=True)
    page = timed(
        "first page of 100, by name", lambda: list_items(db, everything, limit=100), repeat=5
    )
    assert page.total == ITEMS and len(page.rows) == 100
    timed(
        "page 40 of 100, by inventory number",
        lambda: list_items(db, everything, offset=4000, limit=100, order="inventory_number"),
        repeat=5,
    )
    full = timed("all items, by name", lambda: list_items(db, everything), repeat=3)
    assert len(full.rows) == ITEMS

    flt = ItemFilter(search="үн күч", category="microphone", condition="good")
    found = timed("filter: search + category + condition", lambda: list_items(db, flt), repeat=5)
    print(f"{'  (matching items)':<48} {found.total:9d}")
    timed(
        "filter: search only, first page",
        lambda: list_items(db, ItemFilter(search="өмүрбеков"), limit=100),
        repeat=5,
    )

    xlsx = tmp_path / "inventory.xlsx"
    timed(
        f"export {ITEMS} items to XLSX",
        lambda: export_inventory(db, xlsx, lang="ky", flt=everything),
    )
    assert load_workbook(xlsx).active.max_row == ITEMS + 1
    pdf = tmp_path / "inventory.pdf"
    timed(
        f"export {ITEMS} items to PDF", lambda: export_inventory(db, pdf, lang="ky", flt=everything)
    )
    pages = len(PdfReader(pdf).pages)
    print(f"{'  (PDF pages)':<48} {pages:9d}")
    sizes = f"{xlsx.stat().st_size // 1024} / {pdf.stat().st_size // 1024}"
    print(f"{'  (XLSX / PDF size, KB)':<48} {sizes:>9}")
