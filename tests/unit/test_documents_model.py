"""The document model: numbering, official punctuation, dates, labels and the HTML preview."""

from __future__ import annotations

import datetime

import pytest

from pressdesk.documents import (
    BulletList,
    Clause,
    Column,
    Document,
    DocumentError,
    Heading,
    Paragraph,
    Section,
    Table,
    bullet_texts,
    format_date,
    format_date_short,
    format_month_year,
    label,
    month_name,
    number_document,
    render,
)
from pressdesk.documents.html_render import render_html
from pressdesk.documents.locale import (
    LABELS,
    LANGS,
    check_lang,
    format_date_long,
    format_date_of,
    order_reference,
    page_of,
)
from pressdesk.documents.model import column_widths, key_label, table_body, table_header


def _numbers(doc: Document) -> list[tuple[str, str | None]]:
    result = []
    for item in number_document(doc):
        block = item.block
        text = block.title if isinstance(block, Section) else getattr(block, "text", "")
        result.append((text, item.number))
    return result


def test_clauses_are_numbered_continuously_across_sections() -> None:
    doc = Document(
        "ky",
        "Жобо",
        blocks=[
            Heading("Киришүү"),
            Section("Жалпы жоболор", [Clause("a"), Paragraph("p"), Clause("b")]),
            Section("Структурасы", [Clause("c")]),
            Clause("d"),
            Section("Милдеттери", [BulletList(["x"]), Clause("e")]),
        ],
    )
    assert _numbers(doc) == [
        ("Киришүү", None),
        ("Жалпы жоболор", "1."),
        ("a", "1."),
        ("p", None),
        ("b", "2."),
        ("Структурасы", "2."),
        ("c", "3."),
        ("d", "4."),
        ("Милдеттери", "3."),
        ("", None),
        ("e", "5."),
    ]
    assert [item.in_section for item in number_document(doc)][:4] == [False, False, True, True]


def test_numbering_is_the_same_on_every_call() -> None:
    doc = Document("ru", "X", blocks=[Section("A", [Clause("a")]), Section("B", [Clause("b")])])
    assert number_document(doc) == number_document(doc)


def test_sections_do_not_nest() -> None:
    doc = Document("ky", "X", blocks=[Section("A", [Section("B", [])])])  # type: ignore[list-item]
    with pytest.raises(DocumentError, match="do not nest"):
        number_document(doc)


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["медиа", "план", "журнал"], ["медиа;", "план;", "журнал."]),
        (["бир"], ["бир."]),
        (["a;", "b:", "c."], ["a;", "b:", "c."]),
        (["суроо?", "акыркы;"], ["суроо?", "акыркы."]),
        (["укук!", "акыркы,"], ["укук!", "акыркы."]),
        (["үтүр,", "т.б.", "акыр…"], ["үтүр;", "т.б.", "акыр…"]),
        (["«Мыйзамы»", "(мындан ары – Жобо)"], ["«Мыйзамы»;", "(мындан ары – Жобо)."]),
        (["  боштук  ", "акыркы  "], ["  боштук;", "акыркы."]),
        ([], []),
    ],
)
def test_official_bullet_punctuation(items: list[str], expected: list[str]) -> None:
    assert bullet_texts(BulletList(items)) == expected


def test_unofficial_bullets_keep_their_text() -> None:
    assert bullet_texts(BulletList(["a", "b;"], official=False)) == ["a", "b;"]


@pytest.mark.parametrize(
    ("day", "ky", "ru"),
    [
        (datetime.date(2026, 11, 21), "2026-жылдын 21-ноябры", "21 ноября 2026 г."),
        (datetime.date(2025, 1, 1), "2025-жылдын 1-январы", "1 января 2025 г."),
        (datetime.date(2024, 2, 29), "2024-жылдын 29-февралы", "29 февраля 2024 г."),
        (datetime.date(2026, 3, 8), "2026-жылдын 8-марты", "8 марта 2026 г."),
        (datetime.date(2026, 5, 9), "2026-жылдын 9-майы", "9 мая 2026 г."),
        (datetime.date(2026, 8, 31), "2026-жылдын 31-августу", "31 августа 2026 г."),
        (datetime.date(1999, 12, 31), "1999-жылдын 31-декабры", "31 декабря 1999 г."),
    ],
)
def test_format_date(day: datetime.date, ky: str, ru: str) -> None:
    assert format_date(day, "ky") == ky
    assert format_date(day, "ru") == ru


def test_russian_months_are_genitive_in_dates_and_nominative_in_titles() -> None:
    genitive = [
        format_date(datetime.date(2026, month, 1), "ru").split()[1] for month in range(1, 13)
    ]
    assert genitive == [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]  # fmt: skip
    assert [month_name(month, "ru") for month in (1, 5, 11)] == ["январь", "май", "ноябрь"]
    assert [month_name(month, "ky") for month in (1, 5, 11)] == ["январь", "май", "ноябрь"]
    with pytest.raises(ValueError, match="1–12"):
        month_name(13, "ky")


def test_short_date_and_month_titles() -> None:
    assert format_date_short(datetime.date(2026, 11, 21)) == "21.11.2026"
    assert format_date_short(datetime.date(2025, 1, 5)) == "05.01.2025"
    assert format_month_year(2026, 11, "ru") == "ноябрь 2026 г."
    assert format_month_year(2026, 11, "ky") == "2026-ж. ноябрь"


def test_labels() -> None:
    assert label("approve", "ky") == "БЕКИТЕМ"
    assert label("approve", "ru") == "УТВЕРЖДАЮ"
    assert label("official_use", "ky") == "Кызматтык пайдалануу үчүн"
    assert label("official_use", "ru") == "Для служебного пользования"
    assert label("signature_hint", "ky") == "(колу)"
    assert label("signature_hint", "ru") == "(подпись)"
    assert page_of(2, 5, "ru") == "Страница 2 из 5"
    assert page_of(2, 5, "ky") == "5 беттин 2-бети"
    for key, texts in LABELS.items():
        assert set(texts) == set(LANGS), key
        assert all(text.strip() for text in texts.values()), key


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="ky, ru"):
        check_lang("en")
    with pytest.raises(DocumentError, match="'kk'"):
        Document("kk", "X")  # type: ignore[arg-type]


def test_table_validation_and_layout() -> None:
    with pytest.raises(DocumentError, match="row 2 has 1 cells"):
        Table([Column("A"), Column("B")], [["1", "2"], ["3"]])
    with pytest.raises(DocumentError, match="at least one column"):
        Table([], [])
    with pytest.raises(DocumentError, match="width must be positive"):
        Column("A", 0)
    with pytest.raises(DocumentError, match="alignment"):
        Column("A", align="middle")  # type: ignore[arg-type]
    table = Table(
        [Column("Аты", 3), Column("Тел.", 1)], [["Айгүл", "1"], ["Өмүр", "2"]], numbered=True
    )
    assert table_header(table, "ky") == ["№", "Аты", "Тел."]
    assert table_body(table) == [["1", "Айгүл", "1"], ["2", "Өмүр", "2"]]
    assert column_widths(table, 170.0, 10.0) == [10.0, 120.0, 40.0]


def test_key_label_has_one_colon() -> None:
    assert key_label("Өткөрүп берген") == "Өткөрүп берген:"
    assert key_label("Кабыл алган: ") == "Кабыл алган:"


def test_render_refuses_unknown_extension(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=r"'\.odt'.*\.docx, \.pdf"):
        render(Document("ky", "X"), tmp_path / "act.odt")
    assert list(tmp_path.iterdir()) == []


def test_html_preview_escapes_and_numbers() -> None:
    doc = Document(
        "ky",
        "Акт <1> & «2»",
        org_name="Министрлик",
        official_use=True,
        blocks=[
            Section("Жалпы", [Clause("<script>alert(1)</script>")]),
            Section("Тизме", [Clause("ңөү"), BulletList(["a & b"])]),
            Table([Column("Аты")], [["<i>Өмүр</i>"]], numbered=True),
        ],
    )
    html = render_html(doc)
    assert "<script>" not in html and "<i>Өмүр" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Акт &lt;1&gt; &amp; «2»" in html
    assert "2. Тизме" in html and "2. ңөү" in html
    assert "– a &amp; b." in html
    assert "Кызматтык пайдалануу үчүн" in html


@pytest.mark.parametrize(
    ("month", "possessive", "attributive"),
    [
        (1, "январы", "январындагы"),
        (2, "февралы", "февралындагы"),
        (3, "марты", "мартындагы"),
        (4, "апрели", "апрелиндеги"),
        (5, "майы", "майындагы"),
        (6, "июну", "июнундагы"),
        (7, "июлу", "июлундагы"),
        (8, "августу", "августундагы"),
        (9, "сентябры", "сентябрындагы"),
        (10, "октябры", "октябрындагы"),
        (11, "ноябры", "ноябрындагы"),
        (12, "декабры", "декабрындагы"),
    ],
)
def test_kyrgyz_month_forms_in_running_text(month: int, possessive: str, attributive: str) -> None:
    day = datetime.date(2026, month, 3)
    assert format_date_long(day, "ky") == f"2026-жылдын 3-{possessive}"
    assert format_date_of(day, "ky") == f"2026-жылдын 3-{attributive}"


def test_orders_are_named_as_official_texts_name_them() -> None:
    day = datetime.date(2026, 11, 28)
    assert order_reference("45-к", day, "ky") == "2026-жылдын 28-ноябрындагы № 45-к буйругу"
    assert order_reference("45-к", day, "ru") == "приказ от 28 ноября 2026 г. № 45-к"
    assert order_reference(" 7 ", None, "ky") == "№ 7 буйругу"
    assert order_reference("7", None, "ru") == "приказ № 7"
    assert format_date_of(day, "ru") == "от 28 ноября 2026 г."
