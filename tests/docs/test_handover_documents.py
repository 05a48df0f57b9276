"""The handover act as DOCX and PDF in Kyrgyz and Russian, read back to check what it says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pressdesk.services.accounts.records import list_accounts
from pressdesk.services.handover.acts import issue_act, sha256_of
from pressdesk.services.handover.build import build_draft
from pressdesk.services.inventory.items import ItemFilter, list_items

ON = dt.date(2026, 11, 23)
STAMP = dt.datetime(2026, 11, 23, 9, 0)
OUTGOING = "Жумабаева Айгүл Бекеновна"
INCOMING = "Өмүрбеков Ңурлан Үсөнович"
CHAIR = "Токтосунова Гүлнара Маратовна"

EXPECTED = {
    "ky": {
        "title": "Иштерди кабыл алуу-өткөрүп берүү актысы",
        "approve": "БЕКИТЕМ",
        "head": "Кыргыз Республикасынын айыл чарба министри",
        "place": "Бишкек ш.",
        "sections": [
            "1. Жалпы жоболор",
            "2. Документтер",
            "3. Техника жана жабдуулар",
            "4. Акт кол коюлган учурда колдо жок техника",
            "5. Башка кызматкерлердин жоопкерчилигиндеги техника",
            "6. Расмий аккаунттар",
            "Кызматтык иште колдонулган жеке аккаунттар",
            "Корутунду жоболор",
        ],
        "basis": "Негиз: 2026-жылдын 20-ноябрындагы № 112-к буйругу",
        "horizon": "2026-жылдын 23-ноябры – 2026-жылдын 22-декабры аралыгындагы (30 күн)",
        "purpose": "кызматкеринин ээлеген кызматынан бошотулушуна",
        "no_passwords": "Сыр сөздөр жана калыбына келтирүү коддору актыга жазылбайт",
        "access": "Кирүү укугу өткөрүлүп берилди (колу)",
        "action": "Талап кылынган аракет",
        "annex": "Тиркеме № 1. ЖМКнын байланыш базасынын толук көчүрмөсү.",
        "annex_ref": "(Тиркеме № 1)",
        "copies": "Акт үч нускада түзүлдү",
        "id_card": "тапшырылды / тапшырылган жок",
        "chair": "Комиссиянын төрагасы",
        "sheet_header": "Аты-жөнү",
    },
    "ru": {
        "title": "Акт приёма-передачи дел",
        "approve": "УТВЕРЖДАЮ",
        "head": "Министр сельского хозяйства Кыргызской Республики",
        "place": "г. Бишкек",
        "sections": [
            "1. Общие положения",
            "2. Документы",
            "3. Техника и оборудование",
            "4. Техника, отсутствующая на момент подписания акта",
            "5. Техника, числящаяся за другими сотрудниками",
            "6. Официальные аккаунты",
            "Личные аккаунты, использовавшиеся в служебной работе",
            "Заключительные положения",
        ],
        "basis": "Основание: приказ от 20 ноября 2026 г. № 112-к",
        "horizon": "на период 23 ноября 2026 г. – 22 декабря 2026 г. (30 дн.)",
        "purpose": "освобождением сотрудника пресс-службы от занимаемой должности",
        "no_passwords": "Пароли и коды восстановления в акт не вносятся",
        "access": "Доступ передан (подпись)",
        "action": "Необходимое действие",
        "annex": "Приложение № 1. Полная выгрузка базы контактов СМИ.",
        "annex_ref": "(Приложение № 1)",
        "copies": "Акт составлен в трёх экземплярах",
        "id_card": "сдано / не сдано",
        "chair": "Председатель комиссии",
        "sheet_header": "ФИО",
    },
}


def flat(text: str) -> str:
    # The renderers may add soft hyphens and zero-width break points inside long words.
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\u00a0", " ")
    return " ".join(text.split())


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return flat("\n".join(parts))


def docx_rows(path: Path) -> list[list[str]]:
    return [
        [flat(cell.text) for cell in row.cells]
        for table in docx.Document(str(path)).tables
        for row in table.rows
    ]


def docx_table_with(path: Path, header_cell: str) -> list[list[str]]:
    for table in docx.Document(str(path)).tables:
        rows = [[flat(cell.text) for cell in row.cells] for row in table.rows]
        if rows and header_cell in rows[0]:
            return rows
    raise AssertionError(f"no table with the column {header_cell!r}")


def pdf_text(path: Path) -> str:
    return flat("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _issue(db, folder: Path, lang: str):  # type: ignore[no-untyped-def]
    draft = build_draft(
        db,
        lang=lang,
        outgoing=OUTGOING,
        incoming=INCOMING,
        chair=CHAIR,
        commission=["Исаков Эрлан Дөөлөтович"],
        on=ON,
        official_use=True,
        today=ON,
    )
    draft.basis_number, draft.basis_date = "112-к", dt.date(2026, 11, 20)
    targets = [folder / f"act-{lang}.docx", folder / f"act-{lang}.pdf"]
    issue_act(db, draft, targets, export_format=".xlsx", now=STAMP)
    return draft


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_act_reads_back_from_docx_and_pdf(demo_db, tmp_path, lang):
    from pressdesk.services.contacts.query import count_people

    draft = _issue(demo_db, tmp_path, lang)
    words = EXPECTED[lang]
    export = tmp_path / f"act-{lang}-media-base.xlsx"
    digest = sha256_of(export)
    items = list_items(demo_db, ItemFilter()).rows
    for text in (docx_text(tmp_path / f"act-{lang}.docx"), pdf_text(tmp_path / f"act-{lang}.pdf")):
        assert words["title"] in text and words["approve"] in text
        assert words["head"] in text and "Б.Т. Асанов" in text
        assert words["place"] in text
        for heading in words["sections"]:
            assert heading in text, heading
        assert OUTGOING in text and INCOMING in text and CHAIR in text
        assert words["basis"] in text and words["horizon"] in text
        assert words["purpose"] in text
        assert words["no_passwords"] in text
        assert words["copies"] in text and words["id_card"] in text
        assert words["annex"] in text and words["annex_ref"] in text
        # The annex names the file, the number of records and its SHA-256.
        assert export.name in text and f"SHA-256: {digest}" in text
        assert str(count_people(demo_db)) in text
        assert "А.Б. Жумабаева" in text and "Ң.Ү. Өмүрбеков" in text
        assert "Г.М. Токтосунова" in text and words["chair"] in text
        assert items[0].inventory_number in text
        assert "Для служебного пользования" in text or "Кызматтык пайдалануу үчүн" in text
        # Tables keep dates as 23.11.2026.
        assert "15.01.2024" in text
    assert draft.annexes[0].sha256 == digest

    book = load_workbook(export, read_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    # The act is marked for official use, and so is its attached spreadsheet.
    assert rows[0][0] in ("Кызматтык пайдалануу үчүн", "Для служебного пользования")
    assert rows[1][0] == words["sheet_header"]
    assert len(rows) - 2 == count_people(demo_db)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_checked_out_item_shows_its_holder_in_its_row(demo_db, tmp_path, lang):
    _issue(demo_db, tmp_path, lang)
    path = tmp_path / f"act-{lang}.docx"
    rows = docx_rows(path)
    pdf = pdf_text(tmp_path / f"act-{lang}.pdf")
    out = [i for i in list_items(demo_db, ItemFilter()).rows if i.checked_out]
    assert out
    for item in out:
        row = next(r for r in rows if item.inventory_number in r)
        assert item.holder_name in row, (item.inventory_number, row)
        if item.due_on is not None:
            assert any(f"{item.due_on:%d.%m.%Y}" in cell for cell in row)
        assert item.holder_name in pdf
    # The items kept by other employees are not in the table of what is handed over.
    handed = docx_table_with(path, _received_mark(lang))
    numbers = {r[2] for r in handed[1:]}
    others = {i.inventory_number for i in list_items(demo_db).rows if i.custodian_name != OUTGOING}
    assert others and not numbers & others
    assert not numbers & {i.inventory_number for i in out}


def _received_mark(lang: str) -> str:
    return "Кабыл алынды (белги)" if lang == "ky" else "Отметка о приёме"


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_personal_accounts_stand_apart_from_the_official_ones(demo_db, tmp_path, lang):
    _issue(demo_db, tmp_path, lang)
    path = tmp_path / f"act-{lang}.docx"
    words = EXPECTED[lang]
    official = docx_table_with(path, words["access"])
    personal = docx_table_with(path, words["action"])
    personal_logins = {a.login for a in list_accounts(demo_db) if a.owner_type == "personal"}
    official_cells = {cell for row in official for cell in row}
    personal_cells = {cell for row in personal for cell in row}
    assert personal_logins <= personal_cells
    assert not personal_logins & official_cells
    # The columns to fill in at signing are empty in every row.
    assert all(row[-1] == "" and row[-2] == "" for row in official[1:])
    assert len(official) - 1 == sum(1 for a in list_accounts(demo_db) if a.owner_type != "personal")
