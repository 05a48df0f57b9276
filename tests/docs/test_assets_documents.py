"""The equipment list, gap view and archive index as DOCX and PDF, read back to check them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from pressdesk import clock
from pressdesk.documents import render
from pressdesk.documents.builders_assets import (
    Letterhead,
    archive_document,
    format_amount,
    gap_document,
    inventory_document,
)
from pressdesk.services.archive import list_archive
from pressdesk.services.assets_files import export_gap, export_inventory, letterhead
from pressdesk.services.inventory import ItemFilter, ItemRow, list_items
from pressdesk.services.inventory_gap import gap_view

ON = dt.date(2026, 11, 21)
STAMP = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)
HEAD = Letterhead(
    org_name="Кыргыз Республикасынын Айыл чарба министрлиги",
    secretary_title="Басма сөз катчысы",
    secretary_name="Жумабаева Айгүл Бекеновна",
    head_title="Министр",
    head_name="Асанов Бакыт Токтогулович",
)


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> tuple[str, int]:
    pages = PdfReader(path).pages
    return flat(" ".join(page.extract_text() for page in pages)), len(pages)


def docx_tables(path: Path) -> list[list[list[str]]]:
    document = docx.Document(str(path))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def docx_text(path: Path) -> str:
    """Return the body text, including layout tables (the approval block is one)."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return flat(" ".join(parts))


def test_amounts():
    assert format_amount(Decimal("1234567.5"), "ru") == "1\u00a0234\u00a0567,50"
    assert format_amount(Decimal("1500.00"), "ky") == "1\u00a0500"
    assert format_amount(Decimal("0"), "ky") == "0"


def test_inventory_pdf_in_kyrgyz(demo_db, tmp_path):
    path = tmp_path / "тизме.pdf"
    assert export_inventory(demo_db, path, lang="ky", on=ON, generated_at=STAMP) == 30
    text, pages = pdf_text(path)
    assert pages >= 2
    for expected in (
        "Басма сөз кызматынын жабдууларынын тизмеси",
        "Кыргыз Республикасынын Айыл чарба министрлиги",
        "21-ноябрь 2026-ж.",
        "Бардыгы: 30 бирдик",
        "Жалпы баасы: 754 900 сом",
        "Абалы боюнча: жаңы – 4; жакшы – 21; оңдоону талап кылат – 3; бузук – 2",
        "Убактылуу колдонууга берилген: 2 бирдик",
        "Инв. номери",
        "ИН-0031",
        "Оңдоону талап кылат",
        "Кимде: Өмүрбеков Нурлан Сапарбекович",
        "Басма сөз катчысы",
        "Жумабаева Айгүл Бекеновна",
    ):
        assert expected in text, expected
    assert "Топчу микрофон" not in text  # the service has none
    assert "ИН-0007" not in text  # written off, not listed by default
    assert "БЕКИТЕМ" not in text


def test_inventory_docx_in_russian_with_approval(demo_db, tmp_path):
    path = tmp_path / "list.docx"
    export_inventory(
        demo_db,
        path,
        lang="ru",
        on=ON,
        approval=True,
        flt=ItemFilter(include_written_off=True),
        generated_at=STAMP,
    )
    text = docx_text(path)
    assert "Перечень оборудования пресс-службы" in text
    assert "УТВЕРЖДАЮ" in text and "Министр" in text
    assert "Всего единиц: 31 ед." in text
    tables = docx_tables(path)
    grid = max(tables, key=len)
    assert grid[0][:4] == ["№", "Инв. номер", "Наименование, модель", "Категория"]
    assert len(grid) == 32
    numbers = [row[1] for row in grid[1:]]
    assert numbers == sorted(numbers)
    by_number = {row[1]: row for row in grid[1:]}
    assert by_number["ИН-0007"][4] == "Списано"
    assert "с/н S" in by_number["ИН-0001"][2]
    assert by_number["ИН-0004"][8].endswith(
        "На руках у: Өмүрбеков Нурлан Сапарбекович (до "
        f"{(clock.today() + dt.timedelta(days=4)):%d.%m.%Y})"
    )


def test_gap_pdf_and_docx(demo_db, tmp_path):
    pdf = tmp_path / "gap.pdf"
    assert export_gap(demo_db, pdf, lang="ky", on=ON, generated_at=STAMP) == 2
    text, pages = pdf_text(pdf)
    assert pages == 1
    assert "Сунушталган минималдуу жабдуулар боюнча муктаждык" in text
    assert "Бардыгы жетишпейт: 2 бирдик" in text
    assert "Видеокамера 1 0 1 1" in text
    assert "Топчу микрофон 1 0 0 1" in text
    path = tmp_path / "gap.docx"
    export_gap(demo_db, path, lang="ru", on=ON, approval=True)
    rows = max(docx_tables(path), key=len)
    assert rows[0] == [
        "№",
        "Категория",
        "Необходимо",
        "Исправно",
        "Требует ремонта или неисправно",
        "Недостаёт",
    ]
    assert rows[3] == ["3", "Петличный микрофон", "1", "0", "0", "1"]
    assert "списанные не учитываются" in docx_text(path)


def test_gap_with_nothing_missing_says_so(tmp_path):
    class Full:
        category, needed, usable, faulty, missing = "printer", 1, 2, 0, 0

    doc = gap_document([Full()], lang="ru", head=HEAD, on=ON)
    path = tmp_path / "full.docx"
    render(doc, path)
    assert "Рекомендуемый минимум оборудования имеется полностью." in docx_text(path)


def test_archive_index_pdf_and_docx(demo_db, tmp_path):
    sets = list_archive(demo_db, descending=False).rows
    doc = archive_document(
        sets, lang="ky", head=letterhead(demo_db, "ky"), on=ON, generated_at=STAMP
    )
    pdf = tmp_path / "archive.pdf"
    render(doc, pdf)
    text, _ = pdf_text(pdf)
    for expected in (
        "Сүрөт, видео жана аудио архивдин тизмеси",
        "Бардыгы топтомдор: 20",
        "Файлдардын саны: 10 657",
        "Жалпы көлөмү: 498 ГБ",
        "Түрү боюнча: сүрөт – 8; видео – 7; аудио – 2; документ – 2; аралаш – 1",
        "АРХИВ-1",
        "378 ГБ",
        "Нооруз майрамы",
    ):
        assert expected in text, expected
    path = tmp_path / "archive.docx"
    render(archive_document(sets, lang="ru", head=HEAD, on=ON, approval=True), path)
    grid = max(docx_tables(path), key=len)
    assert grid[0] == [
        "№",
        "Название",
        "Вид",
        "Дата",
        "Мероприятие",
        "Место хранения",
        "Кол-во",
        "Объём",
        "Ответственный",
    ]
    assert len(grid) == 21
    assert grid[1][1:4] == ["Видеоархив 2019–2023", "Видео", "29.12.2023"]
    assert grid[-1][3] == ""  # the undated set comes last


def test_empty_lists_still_make_a_document(tmp_path):
    for doc in (
        inventory_document([], lang="ky", head=HEAD, on=ON),
        archive_document([], lang="ru", head=Letterhead(org_name=""), on=ON),
        gap_document([], lang="ky", head=HEAD, on=ON),
    ):
        path = tmp_path / "empty.pdf"
        render(doc, path)
        text, pages = pdf_text(path)
        assert pages == 1
        assert "Жазуулар жок." in text or "Записей нет." in text


def test_long_names_and_kyrgyz_letters_in_cells(tmp_path):
    item = ItemRow(
        name="Өтө узун аталыштагы көп функциялуу үн күчөткүч жана микшер пульту " * 3,
        category="other",
        inventory_number="ҮҢӨ-000001",
        model="Ңөү-Model",
        custodian_name="Үсөнбаева Гүлүмкан Өмүркуловна",
        cost=Decimal("1234567.89"),
        location="Пресс-борбор, 3-кабат",
    )
    path = tmp_path / "long.pdf"
    render(inventory_document([item], lang="ky", head=HEAD, on=ON), path)
    text, _ = pdf_text(path)
    assert "ҮҢӨ-000001" in text
    assert "1 234 567,89" in text
    assert "Үсөнбаева Гүлүмкан Өмүркуловна" in text


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_services_rows_satisfy_the_builders(demo_db, tmp_path, lang):
    items = list_items(demo_db).rows
    doc = inventory_document(items, lang=lang, head=letterhead(demo_db, lang), on=ON)
    assert doc.landscape and doc.lang == lang
    assert doc.signatures[0].name == "Жумабаева Айгүл Бекеновна"
    assert gap_document(gap_view(demo_db), lang=lang, head=HEAD, on=ON).approval is None
