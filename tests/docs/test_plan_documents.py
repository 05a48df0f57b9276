"""Printed content plans read back: DOCX with python-docx, PDF with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from pressdesk.bilingual import Bi
from pressdesk.documents.builders_plan import (
    PlanLine,
    PlanSigners,
    build_plan_document,
    period_heading,
)
from pressdesk.services.demo import DEMO_PROFILE
from pressdesk.services.events.records import EventInput, create_event
from pressdesk.services.plan.campaigns import CampaignRow, save_campaign
from pressdesk.services.plan.items import PlanError, PlanItemInput, create_item, list_items
from pressdesk.services.plan.periods import parse_period
from pressdesk.services.plan.printing import MAX_PRINT_ROWS, export_plan, plan_document, plan_lines
from pressdesk.services.plan.workflow import change_status
from pressdesk.services.profile import save_profile
from pressdesk.services.staff import StaffRow, save_staff


def _flat(text: str) -> str:
    # Soft hyphens and zero-width breaks show only where a line breaks; the words are whole.
    return " ".join(text.replace("\xad", "").replace("\u200b", "").split())


def _pdf_text(path: Path) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return _flat(" ".join([p.text for p in document.paragraphs] + cells))


@pytest.fixture
def week_plan(db):
    save_profile(db, DEMO_PROFILE)
    person = save_staff(db, StaffRow("Жумабаева Айгүл Бекеновна"))
    camp = save_campaign(
        db,
        CampaignRow(
            Bi("Жер реестри", "Земельный реестр"),
            dt.date(2026, 11, 1),
            dt.date(2026, 11, 30),
            goal=Bi("Түшүндүрүү", "Разъяснить"),
            key_messages=Bi("Акысыз текшерүү", "Бесплатная проверка"),
        ),
    )
    item = create_item(
        db,
        PlanItemInput(
            date=dt.date(2026, 11, 23),
            title=Bi("Пресс-релиз: жер үлүшү", "Пресс-релиз: земельная доля"),
            time=dt.time(10),
            format="press_release",
            channels=("website", "telegram"),
            language="both",
            responsible_id=person.id,
            campaign_id=camp.id,
            topic=Bi("Маалыматтык себеп: ңөү", "Информационный повод"),
        ),
    )
    change_status(db, item.id, "draft")
    news = create_item(
        db,
        PlanItemInput(
            date=dt.date(2026, 11, 27),
            title=Bi("Жаңылык (күн бою)", "Новость (весь день)"),
            format="news",
            language="ky",
        ),
    )
    change_status(db, news.id, "draft")
    idea = Bi("Идея: жаңы рубрика", "Идея: новая рубрика")
    create_item(db, PlanItemInput(date=dt.date(2026, 11, 25), title=idea))
    returned = create_item(
        db, PlanItemInput(date=dt.date(2026, 11, 26), title=Bi("Кайтарылган", "Возвращённый"))
    )
    change_status(db, returned.id, "draft")
    change_status(db, returned.id, "sent")
    change_status(db, returned.id, "returned", comment="Сандарды тактаңыз")
    create_event(
        db,
        EventInput(
            kind="press_conference",
            title=Bi("Айыл чарба жылынын жыйынтыктары", "Итоги сельскохозяйственного года"),
            starts_at=dt.datetime(2026, 11, 26, 10, 0),
            ends_at=dt.datetime(2026, 11, 26, 11, 30),
            place=Bi("Министрликтин пресс-борбору", "Пресс-центр министерства"),
            speakers=Bi.same("Асанов Бакыт Токтогулович, министр"),
        ),
    )
    create_event(
        db,
        EventInput(
            kind="business_trip",
            title=Bi(
                "Министрдин Нарын облусуна иш сапары",
                "Рабочая поездка министра в Нарынскую область",
            ),
            starts_at=dt.datetime(2026, 11, 28, 9, 0),
            ends_at=dt.datetime(2026, 11, 29, 17, 0),
        ),
    )
    create_event(
        db,
        EventInput(
            kind="briefing",
            title=Bi("Кийинки аптадагы брифинг", "Брифинг на следующей неделе"),
            starts_at=dt.datetime(2026, 12, 2, 14, 0),
            ends_at=dt.datetime(2026, 12, 2, 15, 0),
        ),
    )
    cancelled = create_item(
        db,
        PlanItemInput(date=dt.date(2026, 11, 24), title=Bi("Жокко чыкты", "Снятый материал")),
    )
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
        "Басма сөз кызматынын контент-планы",
        "2026-жылдын 23-ноябрынан 29-ноябрына чейинки мезгилге",
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
        "Контент-план пресс-службы",
        "на период с 23 по 29 ноября 2026 г.",
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
        t for t in document.tables if "Формат" in [_flat(c.text) for c in t.rows[0].cells]
    )
    assert len(plan_table.rows) == 3
    assert _flat(plan_table.rows[1].cells[4].text).startswith("Пресс-релиз: земельная доля")


def test_campaign_document_lists_key_messages(week_plan, tmp_path):
    db, camp = week_plan
    path = tmp_path / "camp.pdf"
    export_plan(db, path, lang="ru", campaign_id=camp.id)
    text = _pdf_text(path)
    assert "Контент-план информационной кампании" in text and "Ключевые сообщения" in text
    assert "Сроки: с 1 по 30 ноября 2026 г." in text
    assert "Бесплатная проверка" in text and "Цель: Разъяснить" in text
    assert "Кампания: Земельный реестр" in text and "Жер реестри" not in text


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
    assert doc.subtitle == "2026-жылдын ноябрь айынын 3-декадасына"


def test_printed_plan_lists_the_events_of_the_period_in_kyrgyz(week_plan, tmp_path):
    db, _ = week_plan
    path = tmp_path / "апта.pdf"
    export_plan(db, path, lang="ky", period=parse_period("2026-W48"))
    text = _pdf_text(path)
    assert "1. Иш-чаралар" in text and "2. Маалыматтык материалдар" in text
    assert text.index("Айыл чарба жылынын жыйынтыктары") < text.index("Пресс-релиз: жер үлүшү")
    for expected in (
        "26.11.2026 бейшемби",
        "10:00–11:30",
        "Пресс-конференция",
        "Министрликтин пресс-борбору",
        "Асанов Бакыт Токтогулович, министр",
        "Жетекчинин иш сапары",
        "28.11.2026 – 29.11.2026",
        "Иш-чаралардын саны: 2.",
        "Материалдардын саны: 2.",
    ):
        assert expected in text, expected
    assert "Кийинки аптадагы брифинг" not in text  # the week after


def test_printed_plan_leaves_out_ideas_and_returned_items_unless_asked(week_plan, tmp_path):
    db, _ = week_plan
    week = parse_period("2026-W48")
    plain = tmp_path / "plan.docx"
    assert export_plan(db, plain, lang="ru", period=week) == 2
    everything = tmp_path / "all.docx"
    assert export_plan(db, everything, lang="ru", period=week, include_all=True) == 4
    text = _docx_text(plain)
    assert "Идея: новая рубрика" not in text and "Возвращённый" not in text
    assert "Новость (весь день)" in text and "Пресс-релиз: земельная доля" in text
    full = _docx_text(everything)
    assert "Идея: новая рубрика" in full and "Возвращённый" in full
    assert "Возвращено на доработку" in full and "Идея" in full
    assert "Включены также идеи и материалы, возвращённые на доработку." in full
    assert "Снятый материал" not in full  # cancelled items are never printed
    tables = docx.Document(str(plain)).tables
    events = next(
        t for t in tables if "Вид мероприятия" in [_flat(c.text) for c in t.rows[0].cells]
    )
    assert [_flat(c.text) for c in events.rows[1].cells][1:4] == [
        "26.11.2026 четверг",
        "10:00–11:30",
        "Пресс-конференция",
    ]


def test_campaign_plan_prints_the_events_linked_to_its_items(week_plan, tmp_path):
    db, camp = week_plan
    event = create_event(
        db,
        EventInput(
            kind="briefing",
            title=Bi("Жер үлүшү боюнча брифинг", "Брифинг о земельных долях"),
            starts_at=dt.datetime(2026, 11, 23, 9, 0),
            ends_at=dt.datetime(2026, 11, 23, 10, 0),
            plan_item_ids=frozenset(
                row.id for row in list_items(db, dt.date(2026, 11, 23), dt.date(2026, 11, 23))
            ),
        ),
    )
    path = tmp_path / "camp.pdf"
    export_plan(db, path, lang="ky", campaign_id=camp.id)
    text = _pdf_text(path)
    assert "Маалымат өнөктүгүнүн контент-планы" in text
    assert "Мөөнөтү: 2026-жылдын 1-ноябрынан 30-ноябрына чейин" in text
    assert event.title.ky in text and "Айыл чарба жылынын жыйынтыктары" not in text


@pytest.mark.parametrize(
    ("kind", "start", "end", "ky", "ru"),
    [
        ("month", (2026, 12, 1), (2026, 12, 31), "2026-жылдын декабрь айына", "на декабрь 2026 г."),
        (
            "decade",
            (2026, 12, 11),
            (2026, 12, 20),
            "2026-жылдын декабрь айынын 2-декадасына",
            "на 2-ю декаду декабря 2026 г.",
        ),
        (
            "week",
            (2026, 11, 30),
            (2026, 12, 6),
            "2026-жылдын 30-ноябрынан 6-декабрына чейинки мезгилге",
            "на период с 30 ноября по 6 декабря 2026 г.",
        ),
        (
            "week",
            (2026, 12, 28),
            (2027, 1, 3),
            "2026-жылдын 28-декабрынан 2027-жылдын 3-январына чейинки мезгилге",
            "на период с 28 декабря 2026 г. по 3 января 2027 г.",
        ),
        (
            "range",
            (2026, 4, 2),
            (2026, 4, 8),
            "2026-жылдын 2-апрелинен 8-апрелине чейинки мезгилге",
            "на период со 2 по 8 апреля 2026 г.",
        ),
        (
            "quarter",
            (2026, 10, 1),
            (2026, 12, 31),
            "2026-жылдын 4-чейрегине",
            "на IV квартал 2026 г.",
        ),
        ("day", (2026, 6, 5), (2026, 6, 5), "2026-жылдын 5-июнуна", "на 5 июня 2026 г."),
    ],
)
def test_period_headings_use_long_date_forms(kind, start, end, ky, ru):
    first, last = dt.date(*start), dt.date(*end)
    assert period_heading(kind, first, last, "ky") == ky
    assert period_heading(kind, first, last, "ru") == ru
