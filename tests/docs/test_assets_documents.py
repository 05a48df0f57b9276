"""The equipment list, gap view and archive index as DOCX and PDF, read back to check them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.documents import render
from pressdesk.documents.builders_assets import (
    Letterhead,
    archive_document,
    format_amount,
    gap_document,
    inventory_document,
)
from pressdesk.services.accounts.records import list_accounts
from pressdesk.services.accounts.register import export_accounts_register
from pressdesk.services.archive.records import list_archive
from pressdesk.services.assets.files import export_gap, export_inventory, letterhead
from pressdesk.services.inventory.gap import gap_view
from pressdesk.services.inventory.items import ItemFilter, ItemRow, list_items

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
    # Soft hyphens and zero-width breaks show only where a line breaks; the words are whole.
    return " ".join(text.replace("\xad", "").replace("\u200b", "").split())


def pdf_text(path: Path) -> tuple[str, int]:
    pages = PdfReader(path).pages
    return flat(" ".join(page.extract_text() for page in pages)), len(pages)


def docx_tables(path: Path) -> list[list[list[str]]]:
    document = docx.Document(str(path))
    return [
        [[flat(cell.text) for cell in row.cells] for row in table.rows] for table in document.tables
    ]


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
        "2026-жылдын 21-ноябры",
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
        "Тизмеге бардыгы 30 бирдик киргизилди.",
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
    assert "Всего: 31 ед." in text and "Всего единиц" not in text
    assert "Всего в перечень внесено единиц: 31." in text
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
    files = sum(s.item_count or 0 for s in sets)
    for expected in (
        "Сүрөт, видео жана аудио архивдин тизмеси",
        f"Топтомдордун саны: {len(sets)}",
        f"Файлдардын саны: {files:,}".replace(",", " "),
        "Жалпы көлөмү:",
        "Түрү боюнча: сүрөт –",
        "АРХИВ-1",
        "378 ГБ",
        "Нооруз майрамы",
        f"Тизмеге бардыгы {len(sets)} топтом киргизилди.",
    ):
        assert expected in text, expected
    assert "Бардыгы топтомдор" not in text
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
    assert len(grid) == len(sets) + 1
    first = sets[0]
    assert first.taken_on is not None
    assert grid[1][1] == flat(first.title.ru) and grid[1][3] == f"{first.taken_on:%d.%m.%Y}"
    assert ["Видеоархив 2019–2023", "Видео", "29.12.2023"] in [row[1:4] for row in grid]
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
        name=Bi("Өтө узун аталыштагы көп функциялуу үн күчөткүч жана микшер пульту " * 3),
        category="other",
        inventory_number="ҮҢӨ-000001",
        model="Ңөү-Model",
        custodian_name="Үсөнбаева Гүлүмкан Өмүркуловна",
        cost=Decimal("1234567.89"),
        location=Bi("Пресс-борбор, 3-кабат"),
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


def _accounts_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path)[0]
    document = docx.Document(str(path))
    parts = [docx_text(path)]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
        for table in section.header.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
    return flat(" ".join(parts))


@pytest.mark.parametrize(
    ("lang", "suffix", "expected"),
    [
        (
            "ky",
            ".pdf",
            [
                "Расмий аккаунттардын реестри",
                "Кызматтык пайдалануу үчүн",
                "Эки факторлуу аутентификация",
                "Аккаунттун түрү",
                "кызматкердин жеке аккаунту",
                "2026-жылдын 21-ноябры",
            ],
        ),
        (
            "ru",
            ".docx",
            [
                "Реестр официальных аккаунтов",
                "Для служебного пользования",
                "Двухфакторная аутентификация",
                "Тип аккаунта",
                "служебный",
                "личный аккаунт сотрудника",
            ],
        ),
    ],
)
def test_accounts_register_is_marked_for_official_use_and_holds_no_secret(
    demo_db, tmp_path, lang, suffix, expected
):
    accounts = list_accounts(demo_db)
    path = tmp_path / f"accounts{suffix}"
    count = export_accounts_register(demo_db, path, lang=lang, official_use=True, on=ON)
    assert count == len(accounts) > 0
    text = _accounts_text(path)
    for fragment in expected:
        assert fragment in text, fragment
    assert accounts[0].login in text
    for wrong in ("Ээси: Расмий", "Двухфакторная проверка", "Эки баскычтуу"):
        assert wrong not in text
    plain = tmp_path / f"plain{suffix}"
    export_accounts_register(demo_db, plain, lang=lang, on=ON)
    assert expected[1] not in _accounts_text(plain)


def test_accounts_register_as_a_marked_workbook(demo_db, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "accounts.xlsx"
    count = export_accounts_register(demo_db, path, lang="ru", official_use=True)
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Для служебного пользования"
    assert sheet.oddHeader.right.text == "Для служебного пользования"
    assert [c.value for c in sheet[2]][:6] == [
        "Сервис",
        "Название (кырг.)",
        "Название (рус.)",
        "Адрес (URL)",
        "Логин",
        "Тип аккаунта",
    ]
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref.startswith("A2:")
    assert sheet.max_row == count + 2
    plain = tmp_path / "plain.csv"
    export_accounts_register(demo_db, plain, lang="ky", official_use=True)
    first = plain.read_text(encoding="utf-8-sig").splitlines()[0]
    # A CSV stays plain data for other programs, with a column per language of a text.
    assert first.startswith("Сервис;Аталышы (кыр.);Аталышы (орус.);")


def test_accounts_export_command_takes_the_official_use_option(demo_db, tmp_path, capsys):
    from pressdesk import cli

    demo_db.close()  # the command opens the database itself
    marked = tmp_path / "accounts.pdf"
    argv = ["accounts", "export", str(marked), "--lang", "ky", "--official-use"]
    assert cli.main(argv) == 0
    assert "Кызматтык пайдалануу үчүн" in pdf_text(marked)[0]
    plain = tmp_path / "plain.docx"
    assert cli.main(["accounts", "export", str(plain), "--lang", "ru"]) == 0
    assert "Для служебного пользования" not in docx_text(plain)
    table = tmp_path / "accounts.csv"
    assert cli.main(["accounts", "export", str(table), "--official-use"]) == 0
    out = capsys.readouterr().out
    assert "no passwords or codes" in out and "cannot carry one" in out
