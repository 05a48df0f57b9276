"""Texts in two languages: telling the language, the value type, the schema step, the check."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from pressdesk.bilingual import Bi, detect_language, looks_doubled, other_language, pair_key
from pressdesk.services.preflight import Ref, describe_missing, fill_missing, find_missing
from pressdesk.storage.bilingual_columns import join_columns, split_columns
from pressdesk.storage.models import StaffMember


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The texts seen in the wrong documents: each must be placed in its own language.
        ("Брифинг: субсидиялык агрокредиттердин жаңы шарттары", "ky"),
        ("Министрликтин пресс-борбору, Бишкек ш., Киев көчөсү, 96а", "ky"),
        ("министрдин орун басары", "ky"),
        ("Пресс-конференция: итоги сельскохозяйственного года", "ru"),
        ("Басма сөз катчысынын жумушчу компьютери", "ky"),
        ("Компьютер переводчика", "ru"),
        ("SMS на служебный смартфон", "ru"),
        ("Мамлекеттик тил", "ky"),
        ("Нарын шаарына пресс-тур", "ky"),
        ("Поездка журналистов в Нарын", "ru"),
        ("Выставка для фермеров", "ru"),
        ("Главный редактор", "ru"),
        ("Шкаф для документов", "ru"),
        ("Пресс-тур в Нарын", "ru"),
    ],
)
def test_language_of_a_text(text: str, lang: str) -> None:
    assert detect_language(text, default=other_language(lang)) == lang


@pytest.mark.parametrize(
    "text", ["", "Canon EOS 90D", "Брифинг", "2026", "Facebook", "Редактор", "Экономика"]
)
def test_a_text_with_no_clue_takes_the_default(text: str) -> None:
    assert detect_language(text, "ky") == "ky"
    assert detect_language(text, "ru") == "ru"


@pytest.mark.parametrize(
    ("text", "doubled"),
    [
        ("Брифинг / Брифинг", True),
        ("Пресс-тур / пресс-тур", True),
        ("Жаңы шарттар / Новые условия", True),
        ("Брифинг — Брифинг", True),
        ("Итоги года — планы на будущее", False),
        ("Canon / Nikon", False),
        ("Брифинг", False),
    ],
)
def test_a_value_holding_both_languages_is_noticed(text: str, doubled: bool) -> None:
    assert looks_doubled(text) is doubled


def test_value_in_two_languages() -> None:
    value = Bi("Брифинг", "")
    assert value.get("ru") == ""
    assert value.text("ru") == "Брифинг"
    assert value.missing("ru") and not value.missing("ky")
    assert not Bi().missing("ru") and not Bi()
    assert value.with_value("ru", "Брифинг для СМИ") == Bi("Брифинг", "Брифинг для СМИ")
    assert Bi.one("Тема", "ru") == Bi("", "Тема")
    assert Bi.guess("Жаңы шарттар", "ru") == Bi("Жаңы шарттар", "")
    assert Bi("a\n\n b ", "").lines("ky") == ["a", "b"]
    assert Bi("Айыл чарба", "Сельское хозяйство").matches("СЕЛЬСК")
    assert pair_key(Bi("Айыл", "Село")) != pair_key(Bi("Село", "Айыл"))
    with pytest.raises(ValueError, match="document language"):
        value.get("en")


def test_split_and_join_columns_keep_every_value(tmp_path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as conn:
        conn.execute(
            sa.text("CREATE TABLE organisation (id INTEGER PRIMARY KEY, default_doc_lang TEXT)")
        )
        conn.execute(sa.text("INSERT INTO organisation VALUES (1, 'ru')"))
        conn.execute(sa.text("CREATE TABLE thing (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"))
        conn.execute(sa.text("CREATE INDEX ix_thing_title ON thing (title)"))
        rows = [
            "Жаңы шарттар",
            "Итоги сельскохозяйственного года",
            "Canon EOS 90D",
            "",
        ]
        for i, title in enumerate(rows, 1):
            conn.execute(sa.text("INSERT INTO thing VALUES (:i, :t)"), {"i": i, "t": title})
        split_columns(conn, "thing", [("title", sa.String(500))])
        got = conn.execute(sa.text("SELECT title_ky, title_ru FROM thing ORDER BY id")).all()
        assert got == [
            ("Жаңы шарттар", ""),
            ("", "Итоги сельскохозяйственного года"),
            # No clue: the organisation's document language.
            ("", "Canon EOS 90D"),
            ("", ""),
        ]
        index = conn.execute(sa.text("PRAGMA index_info(ix_thing_title)")).all()
        assert [row[2] for row in index] == ["title_ky"]
        join_columns(conn, "thing", ["title"])
        back = conn.execute(sa.text("SELECT title FROM thing ORDER BY id")).scalars().all()
        assert back == rows


def _staff(db, **kwargs) -> int:
    with db.session() as session:
        member = StaffMember(full_name="Асанова Айгүл", **kwargs)
        session.add(member)
        session.commit()
        return member.id


def test_missing_texts_are_found_and_filled(db) -> None:
    only_ky = _staff(db, position=Bi("Басма сөз катчысы", ""))
    both = _staff(db, position=Bi("Басма сөз катчысы", "Пресс-секретарь"))
    doubled = _staff(db, position=Bi("", "Пресс-секретарь министра / Министрдин басма сөз катчысы"))
    refs = [Ref("staff", only_ky), Ref("staff", both), Ref("staff", doubled)]
    missing = find_missing(db, refs, "ru")
    assert [(m.record_id, m.attr, m.doubled) for m in missing] == [
        (only_ky, "position", False),
        (doubled, "position", True),
    ]
    assert missing[0].other == "Басма сөз катчысы"
    assert find_missing(db, refs, "ky") == [
        m for m in find_missing(db, refs, "ky") if m.record_id == doubled
    ]
    lines = describe_missing(missing, "ru")
    assert lines[0] == f"Staff #{only_ky} «Асанова Айгүл»: Position has no Russian text"
    assert "holds both languages" in lines[1]
    assert fill_missing(db, {("staff", only_ky, "position"): " Пресс-секретарь "}, "ru") == 1
    with db.session() as session:
        assert session.get(StaffMember, only_ky).position == Bi(
            "Басма сөз катчысы", "Пресс-секретарь"
        )
    assert [m.record_id for m in find_missing(db, refs, "ru")] == [doubled]
