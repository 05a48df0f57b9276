"""Benchmarks of the document renderers on long tables. Run with -m bench -s."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pressdesk.documents import Column, Document, Heading, KeyValue, Paragraph, Table
from pressdesk.documents.docx_render import render_docx
from pressdesk.documents.pdf_render import render_pdf
from tests.docs.samples import ORG, long_table

GROUPS = 200
PER_GROUP = 50
GENERATED_AT = datetime.datetime(2026, 11, 21, 9, 30, tzinfo=datetime.UTC)
SURNAMES = ["Өмүрбеков", "Токтогулова", "Жумабаев", "Үсөнов", "Ңаабеков", "Петрова", "Ким"]
GIVEN = ["Айгүл", "Бакыт", "Гүлнара", "Елена", "Чолпон", "Үмөт", "Азамат", "Мээрим"]
POSITIONS = [
    "Корреспондент",
    "Башкы редактордун орун басары",
    "Заместитель главного редактора по информационной политике",
    "Оператор",
    "Кабарчы",
]
TOPICS = ["маданият", "жаштар саясаты", "социальная сфера", "экономика", "спорт", "билим берүү"]
OUTLETS = ["«Кабар» агенттиги", "ЭлТР", "Вечерний Бишкек", "Азаттык", "24.kg", "Акипресс"]


def directory(groups: int = GROUPS, per_group: int = PER_GROUP) -> Document:
    """Return a media directory of ``groups`` outlets with ``per_group`` people each."""
    columns = [
        Column("Аты-жөнү", 2.0),
        Column("Кызматы", 1.5),
        Column("Телефон", 1.4),
        Column("Электрондук почта", 2.3),
        Column("Темалар", 1.5),
    ]
    blocks: list[object] = [KeyValue([("ЖМК саны", str(groups))])]
    for g in range(groups):
        outlet = f"{OUTLETS[g % len(OUTLETS)]} {g + 1}"
        blocks.append(Heading(outlet, level=2))
        blocks.append(Paragraph(f"Редакциянын байланыштары: +996 312 {g:06d}, info{g}@media.kg"))
        rows = []
        for p in range(per_group):
            n = g * per_group + p
            surname = SURNAMES[n % len(SURNAMES)]
            given = GIVEN[n % len(GIVEN)]
            phones = "\n".join(f"+996 {550 + k} {n:06d}" for k in range(1 + n % 2))
            emails = f"{surname.lower()}.{given.lower()}.{n}@redaktsiya-{g}.media-kyrgyzstan.kg"
            if n % 7 == 0:
                emails += f"\nhttps://www.facebook.com/profile.php?id=1000{n:010d}"
            topics = ", ".join(TOPICS[(n + k) % len(TOPICS)] for k in range(1 + n % 3))
            rows.append(
                [f"{surname} {given} {n}", POSITIONS[n % len(POSITIONS)], phones, emails, topics]
            )
        blocks.append(Table(columns, rows, numbered=True))
    return Document(
        lang="ky",
        title="ЖМК базасы",
        org_name=ORG,
        blocks=blocks,  # type: ignore[arg-type]
        landscape=True,
        generated_at=GENERATED_AT,
    )


def _measure(name: str, work: Callable[[], None]) -> None:
    wall = time.perf_counter()
    cpu = time.process_time()
    work()
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    print(f"{name:<42} wall {wall:7.2f} s   cpu {cpu:7.2f} s")


@pytest.mark.bench
def test_long_documents(tmp_path: Path) -> None:
    table = long_table(2000)
    people = directory()
    print()
    _measure("2,000-row table → PDF", lambda: render_pdf(table, tmp_path / "t.pdf"))
    _measure("2,000-row table → DOCX", lambda: render_docx(table, tmp_path / "t.docx"))
    _measure("10,000-person directory → PDF", lambda: render_pdf(people, tmp_path / "d.pdf"))
    _measure("10,000-person directory → DOCX", lambda: render_docx(people, tmp_path / "d.docx"))
    for name in ("t.pdf", "d.pdf", "t.docx", "d.docx"):
        print(f"{name:<8} {(tmp_path / name).stat().st_size / 1e6:6.2f} MB")
