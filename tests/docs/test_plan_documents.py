"""Printed content plans read back: DOCX with python-docx, PDF with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from pressdesk.documents.builders_plan import PlanLine, PlanSigners, build_plan_document
from pressdesk.services.demo import DEMO_PROFILE
from pressdesk.services.plan_campaigns import CampaignRow, save_campaign
from pressdesk.services.plan_items import PlanError, PlanItemInput, create_item
from pressdesk.services.plan_periods import parse_period
from pressdesk.services.plan_print import MAX_PRINT_ROWS, export_plan, plan_document, plan_lines
from pressdesk.services.plan_workflow import change_status
from pressdesk.services.profile import save_profile
from pressdesk.services.staff import StaffRow, save_staff


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(path: Path) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def week_plan(db):
    save_profile(db, DEMO_PROFILE)
    person = save_staff(db, StaffRow("Жумабаева Айгүл Бекеновна"))
    camp = save_campaign(
        db,
        CampaignRow(
            "Жер реестри",
            dt.date(2026, 11, 1),
            dt.date(2026, 11, 30),
            goal="Түшүндүрүү",
            key_messages=("Акысыз текшерүү",),
        ),
    )
    item = create_item(
        db,
        PlanItemInput(
            date=dt.date(2026, 11, 23),
            title="Пресс-релиз: жер үлүшү",
            time=dt.time(10),
            format="press_release",
            channels=("website", "telegram"),
            language="both",
            responsible_id=person.id,
            campaign_id=camp.id,
            topic="Маалыматтык себеп: ңөү",
        ),
    )
    change_status(db, item.id, "draft")
    create_item(
        db,
        PlanItemInput(
            date=dt.date(2026, 11, 27), title="Жаңылык (күн бою)", format="news", language="ky"
        ),
    )
    cancelled = create_item(db, PlanItemInput(date=dt.date(2026, 11, 24), title="Жокко чыкты"))
    change_status(db, cancelled.id, "cancelled")
    return db, camp


def test_week_pdf_in_kyrgyz(week_plan, tmp_path):
    db, _ = week_plan
    path = tmp_path / "апта.pdf"
    assert export_plan(db, path, lang="ky", period=parse_period("2026-W48")) == 2
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    text = _pdf_text(path)
    for expected in (
        "БЕКИТЕМ",
        "Министр",
        "Асанов Бакыт Токтогулович",
        "Басма сөз катчысы",
        "Жумабаева Айгүл Бекеновна",
        "Басма сөз кызматынын медиа-планы",
        "2026-жылдын 48-аптасы (23–29-ноябрь)",
        "Пресс-релиз: жер үлүшү",
        "Маалыматтык себеп: ңөү",
        "23.11.2026",
        "дүйшөмбү",
        "10:00",
        "күн бою",
        "Расмий сайт",
        "Долбоор",
        "Кыргыз Республикасынын Айыл чарба министрлиги",
    ):
        assert expected in text, expected
    assert "Жокко чыкты" not in text


def test_week_docx_in_russian(week_plan, tmp_path):
    db, _ = week_plan
    path = tmp_path / "week.docx"
    export_plan(db, path, lang="ru", period=parse_period("2026-W48"))
    document = docx.Document(str(path))
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE
    body = _flat(" ".join(p.text for p in document.paragraphs))
    cells = [_flat(c.text) for t in document.tables for row in t.rows for c in row.cells]
    everything = body + " " + " ".join(cells)
    for expected in (
        "УТВЕРЖДАЮ",
        "Медиаплан пресс-службы",
        "48-я неделя 2026 г. (23–29 ноября)",
        "Пресс-секретарь",
        "Черновик",
        "Дата",
        "Время",
        "Формат",
        "Ответственный",
        "Статус",
        "Язык",
        "Официальный сайт, Telegram",
    ):
        assert expected in everything, expected
    plan_table = next(
        t for t in document.tables if "Дата" in [_flat(c.text) for c in t.rows[0].cells]
    )
    assert len(plan_table.rows) == 3
    assert _flat(plan_table.rows[1].cells[4].text).startswith("Пресс-релиз: жер үлүшү")


def test_campaign_document_lists_key_messages(week_plan, tmp_path):
    db, camp = week_plan
    path = tmp_path / "camp.pdf"
    export_plan(db, path, lang="ru", campaign_id=camp.id)
    text = _pdf_text(path)
    assert "Медиаплан кампании" in text and "Ключевые сообщения" in text
    assert "Акысыз текшерүү" in text and "Цель: Түшүндүрүү" in text


def test_empty_period_still_prints_for_signature(db, tmp_path):
    path = tmp_path / "empty.pdf"
    export_plan(db, path, lang="ru", period=parse_period("2030-01-1"))
    assert "На этот период материалы не запланированы" in _pdf_text(path)


def test_oversized_print_is_refused(db):
    lines = [PlanLine(dt.date(2026, 11, 1), "жекшемби", "", "Жаңылык", f"№{i}") for i in range(3)]
    doc = build_plan_document(lines, lang="ky", period_label="x", signers=PlanSigners())
    assert doc.landscape and doc.approval is None
    rows = [object()] * (MAX_PRINT_ROWS + 1)
    with pytest.raises(PlanError, match="at most"):
        plan_lines(db, rows, "ky")  # type: ignore[arg-type]


def test_plan_document_model(week_plan):
    db, _ = week_plan
    doc = plan_document(db, parse_period("2026-11-3"), lang="ky")
    assert doc.landscape
    assert doc.approval is not None and doc.approval.name == "Асанов Бакыт Токтогулович"
    assert [s.name for s in doc.signatures] == ["Жумабаева Айгүл Бекеновна"]
    assert doc.subtitle == "2026-жылдын ноябрь айынын 3-декадасы"
