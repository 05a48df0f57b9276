"""The event card, media advisory and sign-in sheet as DOCX and PDF, read back to check them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from pressdesk.services.contacts import OutletRecord, PersonRecord, PhoneValue
from pressdesk.services.contacts_records import delete_people, save_outlet, save_person
from pressdesk.services.demo import DEMO_PROFILE
from pressdesk.services.events import EventError, EventInput, create_event
from pressdesk.services.events_accreditation import (
    AccreditationInput,
    add_entry,
    add_people,
    export_sign_in_sheet,
    set_status,
)
from pressdesk.services.events_invitations import export_advisory
from pressdesk.services.events_print import export_event
from pressdesk.services.events_tasks import list_tasks, set_done
from pressdesk.services.profile import save_profile

START = dt.datetime(2026, 11, 25, 10, 0)


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> tuple[str, list[tuple[float, float]]]:
    pages = PdfReader(path).pages
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    return flat(" ".join(page.extract_text() for page in pages)), sizes


def docx_tables(path: Path) -> list[list[list[str]]]:
    document = docx.Document(str(path))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return flat(" ".join(parts))


@pytest.fixture
def conference(db):
    save_profile(db, DEMO_PROFILE)
    row = create_event(
        db,
        EventInput(
            kind="press_conference",
            title="Жазгы талаа иштеринин жыйынтыктары",
            starts_at=START,
            ends_at=START + dt.timedelta(hours=1, minutes=30),
            place="Министрликтин пресс-борбору",
            speakers=("Асанов Бакыт, министр",),
            topic="Үрөн жана күйүүчү май",
            key_messages=("Жазгы талаа иштери мөөнөтүндө аяктады",),
        ),
    )
    tasks = list_tasks(db, row.id, today=dt.date(2026, 11, 20))
    set_done(db, tasks[0].id, at=dt.datetime(2026, 11, 11, 9, 0))
    return row


def test_event_card_in_russian_docx_lists_each_task_with_date_and_state(db, conference, tmp_path):
    target = tmp_path / "card.docx"
    count = export_event(db, conference.id, target, lang="ru")
    text = docx_text(target)
    assert "Карточка мероприятия" in text and "Жазгы талаа иштеринин жыйынтыктары" in text
    assert "Пресс-конференция" in text and "25 ноября 2026 г., 10:00–11:30" in text
    tables = docx_tables(target)
    assert [t[0] for t in tables] == [["№", "Срок", "Задача", "Ответственный", "Состояние"]] * 3
    rows = [row for table in tables for row in table[1:]]
    assert len(rows) == count
    first = rows[0]
    assert first[1] == "11.11.2026" and "Выполнено" in first[4] and "11.11.2026" in first[4]
    advisory = next(row for row in rows if "пресс-анонс" in row[2])
    assert advisory[1] == "18.11.2026"
    assert {row[4] for row in rows[1:]} <= {"Не выполнено", "Просрочено"}


def test_event_card_in_kyrgyz_pdf_keeps_kyrgyz_letters(db, conference, tmp_path):
    target = tmp_path / "card.pdf"
    export_event(db, conference.id, target, lang="ky")
    text, sizes = pdf_text(target)
    assert "Иш-чаранын карточкасы" in text
    assert "25-ноябрь 2026-ж., 10:00–11:30" in text
    assert "Иш-чарага чейин" in text and "Иш-чарадан кийин" in text
    assert "Аткарылды" in text and "Жазгы талаа иштери мөөнөтүндө аяктады" in text
    assert all(width < height for width, height in sizes)


def test_sign_in_sheet_is_landscape_numbered_with_signatures_and_keeps_deleted_people(
    db, conference, tmp_path
):
    outlet = save_outlet(db, OutletRecord("Кабар", ownership="state")).record
    person = save_person(
        db,
        PersonRecord(
            "Асанова Жылдыз", outlet_id=outlet.id, phones=(PhoneValue("+996 555 123 456"),)
        ),
    ).record
    assert person.id is not None
    assert len(add_people(db, conference.id, [person.id], status="accredited")) == 1
    refused = add_entry(db, conference.id, AccreditationInput("Орозбеков Марат", "Ала-Тоо 24"))
    set_status(db, refused.id, "refused")
    add_entry(db, conference.id, AccreditationInput("Үсөнова Айпери", "«Агро-Блог»"))
    delete_people(db, [person.id])
    target = tmp_path / "sheet.pdf"
    assert export_sign_in_sheet(db, conference.id, target, lang="ky", blank_rows=3) == 2
    text, sizes = pdf_text(target)
    assert all(width > height for width, height in sizes)
    assert "ЖМК өкүлдөрүн каттоо барагы" in text and "Колу" in text
    assert "Асанова Жылдыз" in text and "Кабар" in text and "Аккредитацияланды" in text
    assert "Үсөнова Айпери" in text and "Орозбеков" not in text
    word_file = tmp_path / "sheet.docx"
    export_sign_in_sheet(db, conference.id, word_file, lang="ru", blank_rows=3)
    [table] = docx_tables(word_file)
    assert table[0] == ["№", "Ф.И.О.", "СМИ", "Контакты", "Аккредитация", "Подпись"]
    assert [row[0] for row in table[1:]] == ["1", "2", "3", "4", "5"]
    assert table[1][1:3] == ["Асанова Жылдыз", "Кабар"] and table[1][4] == "Аккредитован"
    assert table[5][1] == ""
    document = docx.Document(str(word_file))
    section = document.sections[0]
    assert section.page_width > section.page_height


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ky", ["Пресс-анонс", "Качан", "25-ноябрь 2026-ж.", "Аккредитация боюнча байланыш"]),
        ("ru", ["Пресс-анонс", "Когда", "25 ноября 2026 г.", "Контакт для аккредитации"]),
    ],
)
def test_media_advisory_names_what_when_where_who_and_whom_to_call(
    db, conference, tmp_path, lang, expected
):
    target = tmp_path / f"advisory-{lang}.pdf"
    export_advisory(db, conference.id, target, lang=lang)
    text, _sizes = pdf_text(target)
    for fragment in expected:
        assert fragment in text
    assert "Министрликтин пресс-борбору" in text and "Асанов Бакыт, министр" in text
    assert DEMO_PROFILE.secretary_name in text and DEMO_PROFILE.phone in text
    assert text.count("Пресс-конференция") == 1
    with pytest.raises(EventError, match=r"use one of \.docx, \.pdf"):
        export_advisory(db, conference.id, tmp_path / "advisory.odt", lang=lang)
