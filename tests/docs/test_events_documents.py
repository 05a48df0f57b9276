"""The event card, media advisory and sign-in sheet as DOCX and PDF, read back to check them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.shared import Mm
from pypdf import PdfReader

from pressdesk.bilingual import Bi
from pressdesk.documents.model import Table
from pressdesk.services.contacts.records import delete_people, save_outlet, save_person
from pressdesk.services.contacts.values import OutletRecord, PersonRecord, PhoneValue
from pressdesk.services.demo import DEMO_PROFILE
from pressdesk.services.events.accreditation import (
    AccreditationInput,
    add_entry,
    add_people,
    export_sign_in_sheet,
    set_status,
    sign_in_document,
)
from pressdesk.services.events.invitations import export_advisory
from pressdesk.services.events.printing import export_event
from pressdesk.services.events.records import EventError, EventInput, create_event
from pressdesk.services.events.tasks import list_tasks, set_done
from pressdesk.services.profile import save_profile

START = dt.datetime(2026, 11, 25, 10, 0)


def flat(text: str) -> str:
    # Soft hyphens and zero-width breaks show only where a line breaks; the words are whole.
    return " ".join(text.replace("\xad", "").replace("\u200b", "").split())


def pdf_text(path: Path) -> tuple[str, list[tuple[float, float]]]:
    pages = PdfReader(path).pages
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    return flat(" ".join(page.extract_text() for page in pages)), sizes


def docx_tables(path: Path) -> list[list[list[str]]]:
    document = docx.Document(str(path))
    return [
        [[flat(cell.text) for cell in row.cells] for row in table.rows] for table in document.tables
    ]


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
            title=Bi("Жазгы талаа иштеринин жыйынтыктары", "Итоги весенних полевых работ"),
            starts_at=START,
            ends_at=START + dt.timedelta(hours=1, minutes=30),
            place=Bi("Министрликтин пресс-борбору", "Пресс-центр министерства"),
            speakers=Bi("Асанов Бакыт, министр", "Асанов Бакыт, министр"),
            topic=Bi("Үрөн жана күйүүчү май", "Семена и горючее"),
            key_messages=Bi(
                "Жазгы талаа иштери мөөнөтүндө аяктады", "Весенние полевые работы завершены в срок"
            ),
        ),
    )
    tasks = list_tasks(db, row.id, today=dt.date(2026, 11, 20))
    set_done(db, tasks[0].id, at=dt.datetime(2026, 11, 11, 9, 0))
    return row


def test_event_card_in_russian_docx_lists_each_task_with_date_and_state(db, conference, tmp_path):
    target = tmp_path / "card.docx"
    count = export_event(db, conference.id, target, lang="ru")
    text = docx_text(target)
    assert "Карточка мероприятия" in text and "Итоги весенних полевых работ" in text
    assert "Жазгы" not in text
    assert "Пресс-конференция" in text and "25 ноября 2026 г., 10:00–11:30" in text
    assert "Перечень работ по подготовке и проведению мероприятия" in text
    assert "Чек-лист" not in text and "чек-лист" not in text
    assert "Выполнено работ: 1 из " in text
    tables = docx_tables(target)
    header = ["№", "Срок", "Содержание работы", "Ответственный", "Состояние"]
    assert [t[0] for t in tables] == [header] * 3
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
    assert "Убактысы: 2026-жылдын 25-ноябры, 10:00–11:30" in text
    assert "Иш-чараны даярдоо жана өткөрүү боюнча иштердин тизмеси" in text
    assert "Иш-чаралардын тизмеси" not in text
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
    assert "Убактысы: 2026-жылдын 25-ноябры, 10:00–11:30" in text
    assert "Үсөнова Айпери" in text and "Орозбеков" not in text
    word_file = tmp_path / "sheet.docx"
    export_sign_in_sheet(db, conference.id, word_file, lang="ru", blank_rows=3)
    [table] = docx_tables(word_file)
    assert table[0] == ["№", "Ф.И.О.", "СМИ", "Контакты", "Аккредитация", "Подпись"]
    # At least the three blank rows asked for; more fill the page.
    assert len(table) - 1 >= 5
    assert [row[0] for row in table[1:]] == [str(n) for n in range(1, len(table))]
    assert table[1][1:3] == ["Асанова Жылдыз", "Кабар"]
    assert table[1][4] == "Аккредитация подтверждена"
    assert table[2][4] == "Заявка подана"
    assert all(row[1] == "" for row in table[3:])
    document = docx.Document(str(word_file))
    section = document.sections[0]
    assert section.page_width > section.page_height


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ky",
            [
                "Пресс-анонс",
                "Качан: 2026-жылдын 25-ноябры, 10:00–11:30",
                "Аккредитациянын акыркы мөөнөтү: 2026-жылдын 24-ноябры",
                "Аккредитация боюнча байланыш: Жумабаева Айгүл Бекеновна, басма сөз катчысы",
            ],
        ),
        (
            "ru",
            [
                "Пресс-анонс",
                "Когда: 25 ноября 2026 г., 10:00–11:30",
                "Срок аккредитации: до 24 ноября 2026 г.",
                "Контакт для аккредитации: Жумабаева Айгүл Бекеновна, пресс-секретарь",
            ],
        ),
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
    place = "Министрликтин пресс-борбору" if lang == "ky" else "Пресс-центр министерства"
    assert place in text and "Асанов Бакыт, министр" in text
    assert DEMO_PROFILE.secretary_name in text and DEMO_PROFILE.phone in text
    assert text.count("Пресс-конференция") == 1
    with pytest.raises(EventError, match=r"use one of \.docx, \.pdf"):
        export_advisory(db, conference.id, tmp_path / "advisory.odt", lang=lang)


def _journalists(db, event_id: int, count: int) -> None:
    for index in range(count):
        row = add_entry(
            db,
            event_id,
            AccreditationInput(
                f"Журналист Өмүрбекова {index}",
                "«Кабар» агенттиги",
                phone="+996 555 123 456",
                email=f"journalist{index}@kabar.example.kg",
            ),
        )
        set_status(db, row.id, "accredited" if index % 2 else "attended")


def test_sign_in_sheet_rows_are_at_least_ten_millimetres_high_in_word(db, conference, tmp_path):
    _journalists(db, conference.id, 4)
    target = tmp_path / "sheet.docx"
    export_sign_in_sheet(db, conference.id, target, lang="ky", blank_rows=2)
    [table] = docx.Document(str(target)).tables
    body = table.rows[1:]
    assert len(body) >= 6
    for row in body:
        assert row.height_rule == WD_ROW_HEIGHT_RULE.AT_LEAST
        assert row.height is not None and row.height >= Mm(10) - 1
    # The signature column has room to sign in: its cells are not empty runs of nothing.
    assert all(len(row.cells[-1].text) >= 20 for row in body)


@pytest.mark.parametrize(("journalists", "blank"), [(0, 0), (11, 5), (14, 0), (30, 3)])
def test_sign_in_sheet_leaves_no_almost_empty_last_page(
    db, conference, tmp_path, journalists, blank
):
    _journalists(db, conference.id, journalists)
    target = tmp_path / "sheet.pdf"
    assert export_sign_in_sheet(db, conference.id, target, lang="ru", blank_rows=blank) == (
        journalists
    )
    pages = PdfReader(target).pages
    last = pages[-1].extract_text()
    numbers = [int(n) for n in re.findall(r"(?m)^\s*(\d{1,3})\b", last)]
    first_on_last = min(n for n in numbers if n >= 1)
    rows_on_last = max(numbers) - first_on_last + 1
    # A landscape page holds 12 rows under the title, 16 on the pages after it: the last page
    # is mostly filled, with the blank rows asked for and more.
    assert rows_on_last >= (10 if len(pages) == 1 else 12), (len(pages), rows_on_last)
    document = sign_in_document(db, conference.id, lang="ru")
    [table] = [b for b in document.blocks if isinstance(b, Table)]
    assert table.min_row_height_mm >= 10.0
    assert len(table.rows) >= journalists + 5


def test_sign_in_sheet_statuses_fit_a_woman_and_a_man(db, conference):
    for name in ("Асанова Жылдыз", "Орозбеков Марат"):
        row = add_entry(db, conference.id, AccreditationInput(name, "Кабар"))
        set_status(db, row.id, "attended")
    document = sign_in_document(db, conference.id, lang="ru")
    [table] = [b for b in document.blocks if isinstance(b, Table)]
    statuses = {row[3] for row in table.rows if row[0]}
    assert statuses == {"Присутствие отмечено"}
    for word in ("Присутствовал", "Аккредитован", "Аккредитована"):
        assert not any(word in row[3] for row in table.rows)


def test_event_of_several_days_is_printed_as_a_span(db, tmp_path):
    save_profile(db, DEMO_PROFILE)
    row = create_event(
        db,
        EventInput(
            kind="press_tour",
            title="Нарын облусуна пресс-тур",
            starts_at=dt.datetime(2026, 12, 14, 8, 0),
            ends_at=dt.datetime(2026, 12, 15, 18, 0),
        ),
    )
    for lang, expected in (
        ("ky", "2026-жылдын 14-декабрынан 15-декабрына чейин (башталышы – 08:00, аякташы – 18:00)"),
        ("ru", "с 14 по 15 декабря 2026 г. (начало в 08:00, окончание в 18:00)"),
    ):
        target = tmp_path / f"card-{lang}.pdf"
        export_event(db, row.id, target, lang=lang)
        text, _ = pdf_text(target)
        assert expected in text, text[:400]


@pytest.mark.parametrize(
    ("name", "position", "expected"),
    [
        ("Жумабаева Айгүл", "Басма сөз катчысы", "Жумабаева Айгүл, басма сөз катчысы"),
        ("Асанов Бакыт", "Министр", "Асанов Бакыт, министр"),
        ("Исаков Эрлан", "ЖМК менен байланыш бөлүмүнүн башчысы", "Исаков Эрлан, ЖМК менен …"),
        ("Петрова Елена", "IT-специалист", "Петрова Елена, IT-специалист"),
        ("", "Пресс-секретарь", "Пресс-секретарь"),
        ("Сыдыков Азамат", "", "Сыдыков Азамат"),
    ],
)
def test_a_position_after_a_name_starts_with_a_small_letter(name, position, expected):
    from pressdesk.documents.phrases import name_with_position

    result = name_with_position(name, position)
    if expected.endswith("…"):
        assert result.startswith(expected[:-1].rstrip())
    else:
        assert result == expected
