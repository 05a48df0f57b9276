"""Contact topics and positions in Kyrgyz and in Russian: the schema step, the topic vocabulary,
search, imports and exports, the check before a document and the command line."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.exchange.vcard import parse_vcards
from pressdesk.paths import sqlite_url
from pressdesk.services.contacts.exchange import import_contacts, merge_text
from pressdesk.services.contacts.export import HEADERS, export_contacts, export_refs
from pressdesk.services.contacts.lists import ListRecord, get_list, save_list
from pressdesk.services.contacts.query import list_people
from pressdesk.services.contacts.records import get_person, save_person
from pressdesk.services.contacts.topics import (
    create_topic,
    delete_topic,
    list_topics,
    merge_topics,
    rename_topic,
)
from pressdesk.services.contacts.values import ContactError, EmailValue, PersonFilter, PersonRecord
from pressdesk.services.preflight import Ref, fill_missing, find_missing
from pressdesk.services.profile import get_profile, save_profile
from pressdesk.storage import migrate
from pressdesk.storage.engine import Database
from pressdesk.storage.opening import open_database

AGRICULTURE = Bi("Айыл чарба", "Сельское хозяйство")
WATER = Bi("Суу ресурстары", "Водные ресурсы")
CORRESPONDENT = Bi("Кабарчы", "Корреспондент")


def _at(db_file: Path, revision: str, *, downgrade: bool = False) -> None:
    engine = create_engine(f"sqlite:///{db_file}")
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if downgrade else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _query(db_file: Path, sql: str) -> list[tuple]:
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _execute(db_file: Path, sql: str, **values: object) -> None:
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), values)
    finally:
        engine.dispose()


def _old_base(db_file: Path, doc_lang: str) -> None:
    """A base at revision 0011: topics, people and a work history line in one language each."""
    _at(db_file, "0011")
    required = [
        row[1]
        for row in _query(db_file, "PRAGMA table_info(organisation)")
        if row[3] and row[4] is None and row[1] not in ("id", "default_doc_lang")
    ]
    _execute(
        db_file,
        f"INSERT INTO organisation (id, default_doc_lang, {', '.join(required)}) "
        f"VALUES (1, :lang{', :empty' * len(required)})",
        lang=doc_lang,
        empty="",
    )
    for topic_id, name in ((1, "Айыл чарба"), (2, "Сельское хозяйство"), (3, "COVID-19")):
        _execute(
            db_file,
            "INSERT INTO topic (id, name, name_folded) VALUES (:id, :name, :folded)",
            id=topic_id,
            name=name,
            folded=name.casefold(),
        )
    people = (
        (1, "Асанов Бакыт", "Башкы редактордун орун басары", "айыл чарба"),
        (2, "Петрова Елена", "Главный редактор отдела экономики", "сельское хозяйство"),
        (3, "Ким Ольга", "PR-менеджер", "covid-19"),
    )
    for person_id, name, position, topic in people:
        _execute(
            db_file,
            "INSERT INTO person (id, full_name, kind, position, languages, preferred_channel, "
            "source, do_not_contact, notes, name_sort, search_name, search_text, "
            "invalid_values, vcard_uid, name_parts, created_at, updated_at) VALUES (:id, :name, "
            "'journalist', :position, '', '', '', 0, '', :name, :folded, :text, 0, '', '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            id=person_id,
            name=name,
            position=position,
            folded=name.casefold(),
            text=f"{position.casefold()} {topic}",
        )
        _execute(
            db_file,
            "INSERT INTO person_topic (person_id, topic_id) VALUES (:p, :t)",
            p=person_id,
            t=person_id,
        )
    _execute(
        db_file,
        "INSERT INTO outlet_history (id, person_id, outlet_name, position, ended_on) "
        "VALUES (1, 2, 'Вечерний Бишкек', 'Корреспондент отдела политики', '2025-06-01')",
    )
    saved = json.dumps({"topics": ["Айыл чарба"]}, ensure_ascii=False)
    _execute(
        db_file,
        "INSERT INTO contact_list (id, name, description, kind, filter_json, created_at, "
        "updated_at) VALUES (1, 'Агро', '', 'filter', :json, '2026-01-01 00:00:00', "
        "'2026-01-01 00:00:00')",
        json=saved,
    )


@pytest.mark.parametrize("doc_lang", ["ky", "ru"])
def test_upgrade_moves_each_text_to_its_language_and_downgrade_gives_it_back(tmp_path, doc_lang):
    db_file = tmp_path / "old.db"
    _old_base(db_file, doc_lang)
    _at(db_file, "0012")
    for table, column in (
        ("topic", "name"),
        ("person", "position"),
        ("outlet_history", "position"),
    ):
        columns = {row[1] for row in _query(db_file, f"PRAGMA table_info({table})")}
        assert {f"{column}_ky", f"{column}_ru"} <= columns and column not in columns
    topics = _query(db_file, "SELECT id, name_ky, name_ru, name_folded FROM topic ORDER BY id")
    unknown = ("COVID-19", "") if doc_lang == "ky" else ("", "COVID-19")
    assert [row[1:3] for row in topics] == [
        ("Айыл чарба", ""),
        ("", "Сельское хозяйство"),
        unknown,
    ]
    assert topics[0][3] == "айыл чарба\x1f" and topics[1][3] == "\x1fсельское хозяйство"
    positions = _query(db_file, "SELECT position_ky, position_ru FROM person ORDER BY id")
    assert positions == [
        ("Башкы редактордун орун басары", ""),
        ("", "Главный редактор отдела экономики"),
        ("PR-менеджер", "") if doc_lang == "ky" else ("", "PR-менеджер"),
    ]
    assert _query(db_file, "SELECT position_ky, position_ru FROM outlet_history") == [
        ("", "Корреспондент отдела политики")
    ]
    # The full-text triggers survived (no table rebuild) and the index still finds everyone.
    triggers = {
        row[0] for row in _query(db_file, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert {"person_fts_ai", "person_fts_ad", "person_fts_au"} <= triggers

    db = open_database(sqlite_url(db_file), tmp_path / "backups")
    try:
        for query, name in (("орун басары", "Асанов Бакыт"), ("главный редактор", "Петрова Елена")):
            assert [r.full_name for r in list_people(db, PersonFilter(text=query)).rows] == [name]
        # The saved filter named the topic in Kyrgyz; it still finds the person.
        agro = get_list(db, 1).filter
        assert agro is not None
        assert [r.full_name for r in list_people(db, agro).rows] == ["Асанов Бакыт"]
        assert [r.full_name for r in list_people(db, PersonFilter(list_id=1)).rows] == [
            "Асанов Бакыт"
        ]
        # Merging the Russian-only topic into the Kyrgyz one makes one bilingual topic.
        merged = merge_topics(db, 2, 1)
        assert merged.name == AGRICULTURE and merged.people == 2
        rows = list_people(db, PersonFilter(topics=frozenset({"сельское хозяйство"})), sort="name")
        assert [r.full_name for r in rows.rows] == ["Асанов Бакыт", "Петрова Елена"]
        assert [r.full_name for r in list_people(db, PersonFilter(text="айыл чарба")).rows] == [
            "Асанов Бакыт",
            "Петрова Елена",
        ]
        save_person(db, PersonRecord("Ким Ольга", id=3, position=Bi("PR-менеджер", "PR-менеджер")))
    finally:
        db.close()

    _at(db_file, "0011", downgrade=True)
    columns = {row[1] for row in _query(db_file, "PRAGMA table_info(topic)")}
    assert "name" in columns and "name_ky" not in columns and "name_ru" not in columns
    names = _query(db_file, "SELECT name, name_folded FROM topic ORDER BY id")
    kept = "Айыл чарба" if doc_lang == "ky" else "Сельское хозяйство"
    assert names == [(kept, kept.casefold()), ("COVID-19", "covid-19")]
    assert _query(db_file, "SELECT position FROM person ORDER BY id") == [
        ("Башкы редактордун орун басары",),
        ("Главный редактор отдела экономики",),
        ("PR-менеджер",),
    ]
    assert _query(db_file, "SELECT position FROM outlet_history") == [
        ("Корреспондент отдела политики",)
    ]
    assert _query(db_file, "PRAGMA foreign_key_check") == []


# --- the vocabulary ---------------------------------------------------------------------------


def test_a_name_finds_its_topic_in_either_language_and_belongs_to_one_topic(db):
    first = save_person(
        db, PersonRecord("Асанов Бакыт", position=CORRESPONDENT, topics=(AGRICULTURE,))
    ).record
    # Typed or imported in one language, a name finds the bilingual topic.
    second = save_person(
        db, PersonRecord("Петрова Елена", topics=(Bi("", "сельское  ХОЗЯЙСТВО"), Bi("Экономика")))
    ).record
    assert second.topics == (AGRICULTURE, Bi("Экономика", ""))
    assert len(list_topics(db)) == 2
    # A name the vocabulary lacks in one language is filled from a pair that finds the topic.
    save_person(db, PersonRecord("Ким Ольга", topics=(Bi("Экономика", "Экономика"),)))
    assert [t.name for t in list_topics(db, "ru")] == [AGRICULTURE, Bi("Экономика", "Экономика")]
    with pytest.raises(ContactError, match="already used"):
        create_topic(db, Bi("Жаңы тема", "Сельское хозяйство"))
    with pytest.raises(ContactError, match="needs a name"):
        create_topic(db, Bi(" ", ""))
    water = create_topic(db, WATER)
    with pytest.raises(ContactError, match="already used"):
        rename_topic(db, water.id, Bi("Суу ресурстары", "Экономика"))
    assert get_person(db, first.id).topics == (AGRICULTURE,)


def test_renaming_and_merging_keep_search_and_saved_filters(db):
    person = save_person(db, PersonRecord("Асанов Бакыт", topics=(Bi("Айыл чарба", ""),))).record
    other = save_person(db, PersonRecord("Ким Ольга", topics=(Bi("", "Агросектор"),))).record
    by_ky = save_list(
        db, ListRecord("Агро", kind="filter", filter=PersonFilter(topics=frozenset({"айыл чарба"})))
    )
    by_ru = save_list(
        db,
        ListRecord("Агро-2", kind="filter", filter=PersonFilter(topics=frozenset({"Агросектор"}))),
    )
    topics = {t.name.text("ky"): t.id for t in list_topics(db)}
    renamed = rename_topic(db, topics["Айыл чарба"], Bi("Агрардык сектор", "Сельское хозяйство"))
    assert renamed.name == Bi("Агрардык сектор", "Сельское хозяйство") and renamed.people == 1
    assert list_people(db, PersonFilter(text="сельское")).rows[0].id == person.id
    assert list_people(db, PersonFilter(text="айыл")).total == 0
    flt = get_list(db, by_ky.id).filter
    assert flt is not None and flt.topics == frozenset({"Агрардык сектор"})
    assert [r.id for r in list_people(db, PersonFilter(list_id=by_ky.id)).rows] == [person.id]

    merged = merge_topics(db, topics["Агросектор"], renamed.id)
    assert merged.people == 2 and merged.name == Bi("Агрардык сектор", "Сельское хозяйство")
    flt = get_list(db, by_ru.id).filter
    assert flt is not None and flt.topics == frozenset({"Сельское хозяйство"})
    assert {r.id for r in list_people(db, PersonFilter(list_id=by_ru.id)).rows} == {
        person.id,
        other.id,
    }
    assert get_person(db, other.id).topics == (merged.name,)
    with pytest.raises(ContactError):
        merge_topics(db, merged.id, merged.id)

    assert delete_topic(db, merged.id) == 2
    assert get_person(db, person.id).topics == ()
    assert list_people(db, PersonFilter(text="сельское")).total == 0
    # A saved filter on a deleted topic finds nobody, rather than everybody.
    assert list_people(db, PersonFilter(list_id=by_ky.id)).total == 0


def test_position_is_found_in_either_language_and_sorted_in_the_list_language(db):
    save_person(db, PersonRecord("Асанов Бакыт", position=Bi("Башкы редактор", "Главный редактор")))
    save_person(db, PersonRecord("Петрова Елена", position=Bi("", "Автор")))
    for query in ("башкы", "главный"):
        assert [r.full_name for r in list_people(db, PersonFilter(text=query)).rows] == [
            "Асанов Бакыт"
        ]
    ky = [r.full_name for r in list_people(db, sort="position", lang="ky").rows]
    ru = [r.full_name for r in list_people(db, sort="position", lang="ru").rows]
    # In Kyrgyz the Russian-only «Автор» stands in for the missing Kyrgyz text.
    assert ky == ["Петрова Елена", "Асанов Бакыт"] and ru == ["Петрова Елена", "Асанов Бакыт"]
    assert [
        r.full_name for r in list_people(db, sort="position", lang="ru", descending=True).rows
    ] == [
        "Асанов Бакыт",
        "Петрова Елена",
    ]


# --- imports and exports ----------------------------------------------------------------------


def test_two_columns_fill_both_values_and_one_column_fills_its_language(db, tmp_path):
    both = tmp_path / "both.csv"
    both.write_text(
        "ФИО;Кызматы (кыр.);Должность (рус.);Темалар (кыр.);Темы (рус.);E-mail\n"
        'Асанов Бакыт;Кабарчы;Корреспондент;"Айыл чарба; Суу ресурстары";'
        '"Сельское хозяйство; Водные ресурсы";bakyt@example.kg\n',
        encoding="utf-8",
    )
    report = import_contacts(db, both)
    assert (report.created, report.rejected) == (1, [])
    bakyt = get_person(db, list_people(db).rows[0].id)
    assert bakyt.position == CORRESPONDENT
    assert set(bakyt.topics) == {AGRICULTURE, WATER}

    one = tmp_path / "one.csv"
    one.write_text(
        "ФИО;Должность;Темы;E-mail\n"
        "Петрова Елена;Заместитель главного редактора;Водные ресурсы, Соода;elena@example.kg\n"
        "Үсөнов Тилек;Башкы редактордун орун басары;айыл чарба;tilek@example.kg\n",
        encoding="utf-8",
    )
    report = import_contacts(db, one)
    assert (report.created, report.rejected) == (2, [])
    elena = get_person(db, list_people(db, PersonFilter(text="петрова")).rows[0].id)
    tilek = get_person(db, list_people(db, PersonFilter(text="тилек")).rows[0].id)
    assert elena.position == Bi("", "Заместитель главного редактора")
    assert tilek.position == Bi("Башкы редактордун орун басары", "")
    # Known names find the vocabulary in either language; the unknown one is a new topic.
    assert set(elena.topics) == {WATER, Bi("Соода", "")}
    assert tilek.topics == (AGRICULTURE,)
    assert len(list_topics(db)) == 3


def test_reimport_keeps_the_other_language_unless_the_text_changed():
    assert merge_text(CORRESPONDENT, Bi("", "корреспондент")) == CORRESPONDENT
    assert merge_text(Bi("Кабарчы", ""), Bi("", "Корреспондент")) == CORRESPONDENT
    assert merge_text(CORRESPONDENT, Bi("", "Главный редактор")) == Bi("", "Главный редактор")
    assert merge_text(CORRESPONDENT, Bi()) == CORRESPONDENT


def test_table_export_has_two_columns_per_text_and_comes_back_unchanged(db, tmp_path):
    save_person(
        db,
        PersonRecord(
            "Асанов Бакыт",
            position=CORRESPONDENT,
            topics=(WATER, AGRICULTURE, Bi("Соода", "")),
            emails=(EmailValue("bakyt@example.kg"),),
        ),
    )
    path = tmp_path / "base.csv"
    export_contacts(db, path, lang="ru")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    header = rows[0]
    assert header[:3] == ["ФИО", "Кызматы (кыр.)", "Должность (рус.)"]
    assert header == list(HEADERS["ru"])
    row = dict(zip(header, rows[1], strict=True))
    assert (row["Кызматы (кыр.)"], row["Должность (рус.)"]) == ("Кабарчы", "Корреспондент")
    # Both columns in the order of the file's language; a topic without a Russian name is
    # left out of the Russian column only.
    assert row["Темалар (кыр.)"] == "Суу ресурстары; Айыл чарба; Соода"
    assert row["Темы (рус.)"] == "Водные ресурсы; Сельское хозяйство"
    report = import_contacts(db, path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)


def test_vcard_title_and_categories_are_in_the_chosen_language(db, tmp_path):
    save_person(
        db,
        PersonRecord("Асанов Бакыт", position=CORRESPONDENT, topics=(AGRICULTURE, Bi("Соода", ""))),
    )
    for lang, title, categories in (
        ("ky", "Кабарчы", ["Айыл чарба", "Соода"]),
        ("ru", "Корреспондент", ["Сельское хозяйство"]),
    ):
        path = tmp_path / f"{lang}.vcf"
        export_contacts(db, path, lang=lang)
        (card,) = parse_vcards(path.read_bytes())
        assert (card.title, card.categories) == (title, categories)


def test_export_refs_name_what_the_language_lacks_and_the_filled_text_is_searchable(db):
    person = save_person(
        db,
        PersonRecord(
            "Асанов Бакыт",
            position=Bi("Кабарчы", ""),
            topics=(AGRICULTURE, Bi("Соода", ""), Bi("Брифинг / Брифинг", "Брифинг")),
        ),
    ).record
    save_person(db, PersonRecord("Ким Ольга", position=CORRESPONDENT))
    topics = {t.name.text("ky"): t.id for t in list_topics(db)}
    refs = export_refs(db, "ru")
    assert refs == [Ref("topic", topics["Соода"]), Ref("person", person.id, ("position",))]
    assert export_refs(db, "ky") == [Ref("topic", topics["Брифинг / Брифинг"])]
    missing = find_missing(db, refs, "ru")
    assert [(m.section_label, m.field_label, m.record_label("ru")) for m in missing] == [
        ("Contact topics", "Topic", "Соода"),
        ("Journalists", "Position", "Асанов Бакыт"),
    ]
    fill_missing(
        db,
        {
            ("topic", topics["Соода"], "name"): "Торговля",
            ("person", person.id, "position"): "Корреспондент",
        },
        "ru",
    )
    assert export_refs(db, "ru") == []
    assert list_people(db, PersonFilter(text="торговля")).rows[0].id == person.id
    assert list_people(db, PersonFilter(text="корреспондент")).total == 2


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def base(runtime) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    """The data folder's base, closed while a command runs on it."""
    database = runtime.open_db()
    yield database
    database.close()


def _cli(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_renames_merges_and_deletes_topics(base, capsys):
    save_person(
        base, PersonRecord("Асанов Бакыт", topics=(Bi("Айыл чарба", ""), Bi("", "Аграрии")))
    )
    ids = {t.name.text("ky"): str(t.id) for t in list_topics(base)}
    agro, other = ids["Айыл чарба"], ids["Аграрии"]
    base.close()
    code, out, _ = _cli(capsys, "contacts", "topics")
    assert code == 0
    assert f"{agro}\tАйыл чарба\t-\t1" in out and "2 topics; 2 lack" in out
    code, out, _ = _cli(capsys, "contacts", "topic", agro, "--ru", "Сельское хозяйство")
    assert code == 0 and "Айыл чарба\tСельское хозяйство\t1" in out
    code, _, err = _cli(capsys, "contacts", "topic", other, "--ky", "Сельское хозяйство")
    assert code == cli.EXIT_PROBLEMS and "already used" in err
    code, out, _ = _cli(capsys, "contacts", "topic", other, "--merge-into", agro)
    assert code == 0 and f"{agro}\tАйыл чарба\tСельское хозяйство\t1" in out
    code, _, err = _cli(capsys, "contacts", "topic", agro, "--delete", "--ky", "x")
    assert code == cli.EXIT_USAGE and "one at a time" in err
    code, out, _ = _cli(capsys, "contacts", "topic", agro, "--delete")
    assert code == 0 and "1 people carried it" in out
    code, _, err = _cli(capsys, "contacts", "topic", "999")
    assert code == cli.EXIT_USAGE and "No topic with id 999" in err


def test_cli_export_lists_missing_texts_and_strict_writes_nothing(base, tmp_path, capsys):
    person = save_person(
        base, PersonRecord("Асанов Бакыт", position=Bi("Кабарчы", ""), topics=(AGRICULTURE,))
    ).record
    base.close()
    target = tmp_path / "base.docx"
    code, _, err = _cli(capsys, "contacts", "export", str(target), "--lang", "ru")
    assert code == 0 and target.exists()
    assert "1 text(s) missing in Russian" in err
    assert f"Journalists #{person.id} «Асанов Бакыт»: Position has no Russian text" in err
    strict = tmp_path / "strict.pdf"
    code, _, err = _cli(capsys, "contacts", "export", str(strict), "--lang", "ru", "--strict")
    assert code == 1 and "Nothing was written (--strict)." in err
    assert not strict.exists()
    code, _, err = _cli(capsys, "contacts", "export", str(strict), "--lang", "ky", "--strict")
    assert code == 0 and strict.exists() and err == ""


def test_import_places_clueless_text_in_the_document_language(db, tmp_path):
    save_profile(db, replace(get_profile(db), default_doc_lang="ru"))
    path = tmp_path / "odd.csv"
    path.write_text("ФИО;Должность;Темы\nKim Olga;PR;IT\n", encoding="utf-8")
    import_contacts(db, path)
    person = get_person(db, list_people(db).rows[0].id)
    assert (person.position, person.topics) == (Bi("", "PR"), (Bi("", "IT"),))


def test_a_name_filled_in_by_a_file_or_a_save_finds_everyone_with_the_topic(db, tmp_path):
    kim = save_person(db, PersonRecord("Ким Ольга", topics=(Bi("Айыл чарба", ""),))).record
    path = tmp_path / "pair.csv"
    path.write_text(
        "ФИО;Темалар (кыр.);Темы (рус.)\nАсанов Бакыт;Айыл чарба;Сельское хозяйство\n",
        encoding="utf-8",
    )
    assert import_contacts(db, path).created == 1
    assert [t.name for t in list_topics(db)] == [AGRICULTURE]
    assert {r.full_name for r in list_people(db, PersonFilter(text="сельское")).rows} == {
        "Асанов Бакыт",
        "Ким Ольга",
    }
    save_person(db, PersonRecord("Петрова Елена", topics=(Bi("Соода", ""),)))
    save_person(db, PersonRecord("Үсөнов Тилек", topics=(Bi("Соода", "Торговля"),)))
    assert [
        r.full_name for r in list_people(db, PersonFilter(text="торговля"), sort="name").rows
    ] == [
        "Петрова Елена",
        "Үсөнов Тилек",
    ]
    assert get_person(db, kim.id).topics == (AGRICULTURE,)
