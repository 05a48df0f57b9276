"""Benchmarks of the document renderers on long tables. Run with -m bench -s."""

from __future__ import annotations

import datetime
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pressdesk import clock
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


# --- every CLI document command against LibreOffice converting the same DOCX ------------------

PAIRED_RUNS = 3
# Each command with ``{file}`` where the document goes; the demo base is the data.
CLI_DOCUMENTS: dict[str, list[str]] = {
    "contacts directory": ["contacts", "export", "{file}"],
    "content plan, month": ["plan", "export", "--month", "{month}", "{file}"],
    "event card": ["events", "export", "1", "{file}"],
    "sign-in sheet": ["events", "accreditation", "1", "{file}"],
    "media advisory": ["events", "advisory", "1", "{file}"],
    "inventory": ["inventory", "export", "{file}"],
    "accounts register": ["accounts", "export", "{file}"],
    "archive index": ["archive", "export", "{file}"],
    "handover act": [
        "handover",
        "{file}",
        "--outgoing",
        "Жумабаева А.",
        "--incoming",
        "Осмонов Н.",
    ],
}


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _cli(data: Path, args: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pressdesk", "--data-dir", str(data), *args],
        check=True,
        capture_output=True,
        env=env,
    )
    return time.perf_counter() - began


def _libreoffice(soffice: str, profile: Path, source: Path, out: Path) -> float:
    began = time.perf_counter()
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return time.perf_counter() - began


@pytest.mark.bench
@pytest.mark.timeout(3600)
def test_cli_documents_against_libreoffice(tmp_path: Path) -> None:
    """Each document command from a cold start against LibreOffice printing its DOCX."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    data = tmp_path / "data"
    env = {**os.environ, "PRESSDESK_CACHE_DIR": str(tmp_path / "cache")}
    # An installed PressDesk runs from compiled bytecode: let the first run write it.
    for name in ("PRESSDESK_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    _cli(data, ["demo"], env)
    month = clock.today().strftime("%Y-%m")  # the demo is dated around the (pinned) today
    profile = tmp_path / "lo-profile"
    lo_out = tmp_path / "lo"
    print(f"\n{'document':<22} {'PressDesk':>10} {'LibreOffice':>12} {'ratio':>6}   pages")
    ratios = []
    longer: list[str] = []
    for name, template in CLI_DOCUMENTS.items():
        stem = name.replace(" ", "-").replace(",", "")
        docx_file = tmp_path / f"{stem}.docx"
        _cli(data, [a.format(file=docx_file, month=month) for a in template], env)
        _libreoffice(soffice, profile, docx_file, lo_out)  # warms the profile and the cache
        ours: list[float] = []
        theirs: list[float] = []
        pdf_file = tmp_path / f"{stem}.pdf"
        for _ in range(PAIRED_RUNS):
            ours.append(_cli(data, [a.format(file=pdf_file, month=month) for a in template], env))
            theirs.append(_libreoffice(soffice, profile, docx_file, lo_out))
        ratio = statistics.median(ours) / statistics.median(theirs)
        ratios.append(ratio)
        our_pages, lo_pages = _pages(pdf_file), _pages(lo_out / f"{stem}.pdf")
        print(
            f"{name:<22} {statistics.median(ours):9.2f}s {statistics.median(theirs):11.2f}s "
            f"{ratio:6.2f}   {our_pages} / {lo_pages}"
        )
        if our_pages > lo_pages:
            longer.append(name)
    print(f"worst ratio {max(ratios):.2f} (target 0.5), medians of {PAIRED_RUNS} paired runs")
    assert longer == [], f"more pages than LibreOffice's: {longer}"


@pytest.mark.bench
@pytest.mark.timeout(3600)
def test_contacts_pdf_of_100k(db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole base of 100,000 people as a PDF directory (target 15 s)."""
    import random

    from pressdesk.services.contacts.export import export_contacts
    from tests.bench import bench_contacts

    monkeypatch.setattr(bench_contacts, "PEOPLE", 100_000)
    bench_contacts._generate(db, random.Random(1))
    target = tmp_path / "base.pdf"
    print()
    _measure("100,000 people → PDF", lambda: export_contacts(db, target, lang="ky"))
    print(f"{_pages(target)} pages, {target.stat().st_size / 1e6:.1f} MB")
