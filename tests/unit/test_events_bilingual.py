"""Events in Kyrgyz and in Russian: the schema step, the services, the check before a document
and the command line."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import docx
import icalendar
import pytest
from alembic import command
from sqlalchemy import create_engine, text

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.services.events.accreditation import AccreditationInput, add_entry, sheet_refs
from pressdesk.services.events.invitations import advisory_refs
from pressdesk.services.events.printing import card_refs, export_event
from pressdesk.services.events.records import (
    EventError,
    EventInput,
    create_event,
    get_event,
    list_events,
)
from pressdesk.services.events.tasks import list_tasks
from pressdesk.services.preflight import Ref, fill_missing, find_missing
from pressdesk.services.profile import OrgProfile, save_profile
from pressdesk.services.staff import StaffRow, save_staff
from pressdesk.storage import migrate

START = dt.datetime(2026, 11, 25, 10, 0)

BRIEFING = EventInput(
    kind="briefing",
    title=Bi("Ун жана нандын баасы боюнча брифинг", "Брифинг о ценах на муку и хлеб"),
    starts_at=START,
    ends_at=START + dt.timedelta(hours=1),
    place=Bi(
        "Министрликтин пресс-борбору, Бишкек ш., Киев көчөсү, 96а",
        "Пресс-центр министерства, г. Бишкек, ул. Киевская, 96а",
    ),
    organisers=Bi(
        "Айыл чарба министрлигинин басма сөз кызматы",
        "Пресс-служба Министерства сельского хозяйства",
    ),
    speakers=Bi(
        "Асанов Бакыт, министр\nӨмүрбеков Нурлан, министрдин орун басары",
        "Асанов Бакыт, министр\nӨмүрбеков Нурлан, заместитель министра",
    ),
    topic=Bi("Дан запастары", "Запасы зерна"),
    key_messages=Bi(
        "Дан запасы жетиштүү\n\n  Баалар туруктуу  ",
        "Запасов зерна достаточно\nЦены стабильны",
    ),
    notes=Bi("Видео сайтка жарыяланат", "Видео публикуется на сайте"),
)

# Old one-language values: Kyrgyz, Russian, and texts with no clue of their language.
KYRGYZ = "Жазгы талаа иштеринин жыйынтыктары"
RUSSIAN = "Пресс-центр министерства, г. Бишкек"
UNKNOWN = "COVID-19"


def _at(db_file: Path, revision: str, *, downgrade: bool = False) -> None:
    engine = create_engine(f"sqlite:///{db_file}")
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            if downgrade:
                command.downgrade(config, revision)
            else:
                command.upgrade(config, revision)
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


@pytest.mark.parametrize("doc_lang", ["ky", "ru"])
def test_upgrade_moves_each_text_to_its_language_and_downgrade_gives_it_back(tmp_path, doc_lang):
    db_file = tmp_path / "old.db"
    _at(db_file, "0008")
    # Every required column of the profile is left empty but the document language.
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
    old = {
        "title": KYRGYZ,
        "place": RUSSIAN,
        "organisers": "Басма сөз кызматы",
        "speakers": "Асанов Бакыт, министр\nӨмүрбеков Нурлан, министрдин орун басары",
        "topic": "Запасы зерна и цены на муку",
        "key_messages": UNKNOWN,
        "notes": "",
    }
    _execute(
        db_file,
        "INSERT INTO event (id, kind, title, starts_at, ends_at, place, organisers, speakers, "
        "topic, key_messages, protocol, notes, sequence) VALUES (7, 'briefing', :title, "
        "'2026-11-25 10:00:00', '2026-11-25 11:00:00', :place, :organisers, :speakers, :topic, "
        ":key_messages, 0, :notes, 3)",
        **old,
    )

    _at(db_file, "0009")
    columns = {row[1] for row in _query(db_file, "PRAGMA table_info(event)")}
    for name in old:
        assert {f"{name}_ky", f"{name}_ru"} <= columns and name not in columns
    [row] = _query(
        db_file,
        "SELECT title_ky, title_ru, place_ky, place_ru, organisers_ky, speakers_ky, speakers_ru, "
        "topic_ky, topic_ru, key_messages_ky, key_messages_ru, notes_ky, notes_ru, sequence "
        "FROM event WHERE id = 7",
    )
    (title_ky, title_ru, place_ky, place_ru, organisers_ky, speakers_ky, speakers_ru) = row[:7]
    assert (title_ky, title_ru) == (KYRGYZ, "")
    assert (place_ky, place_ru) == ("", RUSSIAN)
    assert organisers_ky == "Басма сөз кызматы"
    assert (speakers_ky, speakers_ru) == (old["speakers"], "")
    assert row[7:9] == ("", old["topic"])
    # A text with no clue of its language goes to the organisation's document language.
    assert row[9:11] == ((UNKNOWN, "") if doc_lang == "ky" else ("", UNKNOWN))
    assert row[11:13] == ("", "")
    assert row[13] == 3

    # Both languages filled after the upgrade: going back keeps the document language's one.
    _execute(db_file, "UPDATE event SET title_ru = 'Итоги весенних полевых работ' WHERE id = 7")
    _at(db_file, "0008", downgrade=True)
    columns = {row[1] for row in _query(db_file, "PRAGMA table_info(event)")}
    assert set(old) <= columns and "title_ky" not in columns and "place_ru" not in columns
    [back] = _query(
        db_file,
        "SELECT title, place, organisers, speakers, topic, key_messages, notes FROM event",
    )
    expected = dict(old, title=KYRGYZ if doc_lang == "ky" else "Итоги весенних полевых работ")
    assert back == tuple(expected[name] for name in old)
    assert _query(db_file, "PRAGMA foreign_key_check") == []


def test_an_event_keeps_both_languages_and_is_found_by_either(db):
    row = create_event(db, BRIEFING)
    stored = get_event(db, row.id)
    assert stored.title == BRIEFING.title
    assert stored.speakers.lines("ru") == [
        "Асанов Бакыт, министр",
        "Өмүрбеков Нурлан, заместитель министра",
    ]
    # Empty lines and spaces around the items are dropped in each language.
    assert stored.key_messages == Bi(
        "Дан запасы жетиштүү\nБаалар туруктуу", "Запасов зерна достаточно\nЦены стабильны"
    )
    for needle in ("нандын", "МУКУ", "киевская", "Өмүрбеков", "пресс-служба"):
        assert [r.id for r in list_events(db, text=needle)] == [row.id], needle
    assert list_events(db, text="пастбищ") == []


def test_a_text_in_one_language_goes_where_it_is_written(db):
    save_profile(db, OrgProfile(name_ky="Министрлик", default_doc_lang="ru"))
    row = create_event(
        db,
        EventInput(
            "briefing",
            "Брифинг: жаңы шарттар",
            START,
            START + dt.timedelta(hours=1),
            place="Пресс-центр",
            speakers=("Асанов Бакыт, министр",),
        ),
    )
    assert row.title == Bi("Брифинг: жаңы шарттар", "")
    # No clue of the language: the organisation's document language takes it.
    assert row.place == Bi("", "Пресс-центр")
    assert row.speakers == Bi("", "Асанов Бакыт, министр")
    only_russian = create_event(db, EventInput("briefing", Bi("", "Брифинг"), START, START))
    assert only_russian.title == Bi("", "Брифинг")
    with pytest.raises(EventError, match="needs a title"):
        create_event(db, EventInput("briefing", Bi(" ", ""), START, START))
    with pytest.raises(EventError, match="title is longer than 500"):
        create_event(db, EventInput("briefing", Bi("Брифинг", "Б" * 501), START, START))


def test_missing_texts_are_found_per_document_and_filled_in(db):
    secretary = save_staff(db, StaffRow("Жумабаева Айгүл", position_ky="Басма сөз катчысы"))
    row = create_event(
        db,
        EventInput(
            "press_conference",
            Bi("Жазгы талаа иштеринин жыйынтыктары", ""),
            START,
            START + dt.timedelta(hours=1),
            place=Bi("Министрликтин пресс-борбору", "Пресс-центр министерства"),
            key_messages=Bi("Үрөн жетиштүү", ""),
            notes=Bi("Брифинг / Брифинг", "Брифинг"),
        ),
    )
    tasks = list_tasks(db, row.id)
    with db.session() as session:
        from pressdesk.storage.events_models import EventTask

        session.get(EventTask, tasks[0].id).responsible_id = secretary.id
        session.get(EventTask, tasks[1].id).text_ru = ""
        session.commit()

    card = card_refs(db, row.id)
    assert Ref("event", row.id) in card and Ref("staff", secretary.id, ("position",)) in card
    assert {ref.record_id for ref in card if ref.section == "event_task"} == {t.id for t in tasks}
    missing = {(m.section, m.attr) for m in find_missing(db, card, "ru")}
    assert missing == {
        ("event", "title"),
        ("event", "key_messages"),
        ("event_task", "text"),
        ("staff", "position"),
    }
    # The Kyrgyz notes hold both languages at once: flagged for a Kyrgyz document only.
    doubled = find_missing(db, card, "ky")
    assert [(m.attr, m.doubled) for m in doubled] == [("notes", True)]
    # The sign-in sheet prints only the title and the place; the advisory no key messages.
    assert {m.attr for m in find_missing(db, sheet_refs(db, row.id), "ru")} == {"title"}
    assert {m.attr for m in find_missing(db, advisory_refs(db, row.id), "ru")} == {"title"}

    sequence = get_event(db, row.id).sequence
    changed = fill_missing(
        db,
        {
            ("event", row.id, "title"): "Итоги весенних полевых работ",
            ("event", row.id, "key_messages"): "Семян достаточно",
        },
        "ru",
    )
    assert changed == 2
    after = get_event(db, row.id)
    assert after.title == Bi("Жазгы талаа иштеринин жыйынтыктары", "Итоги весенних полевых работ")
    # Calendars that imported the event take the filled-in text as an update.
    assert after.sequence > sequence


def test_documents_print_the_chosen_language_only(db, tmp_path):
    row = create_event(
        db,
        EventInput(
            "briefing",
            BRIEFING.title,
            START,
            START + dt.timedelta(hours=1),
            place=Bi("Министрликтин пресс-борбору", ""),
            topic=BRIEFING.topic,
        ),
    )
    target = tmp_path / "card.docx"
    export_event(db, row.id, target, lang="ru")
    document = docx.Document(str(target))
    body = "\n".join(p.text for p in document.paragraphs)
    body += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Брифинг о ценах на муку и хлеб" in body and "Запасы зерна" in body
    assert "нандын" not in body and "пресс-борбору" not in body and "Дан запастары" not in body
    ics = tmp_path / "event.ics"
    export_event(db, row.id, ics, lang="ky")
    [vevent] = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Ун жана нандын баасы боюнча брифинг"
    assert str(vevent["LOCATION"]) == "Министрликтин пресс-борбору"
    assert "Дан запастары" in str(vevent["DESCRIPTION"])
    assert "Запасы" not in str(vevent["DESCRIPTION"])


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def half_translated(runtime):
    """An event whose Russian title and speakers are missing, with one journalist."""
    database = runtime.open_db()
    try:
        row = create_event(
            database,
            EventInput(
                "briefing",
                Bi("Ун жана нандын баасы боюнча брифинг", ""),
                START,
                START + dt.timedelta(hours=1),
                place=BRIEFING.place,
                speakers=Bi("Асанов Бакыт, министр", ""),
            ),
        )
        add_entry(database, row.id, AccreditationInput("Асанова Жылдыз", "Кабар"))
    finally:
        database.close()
    return row.id


@pytest.mark.parametrize(
    ("action", "name", "fields"),
    [
        ("advisory", "advisory.docx", ["Title", "Speakers"]),
        ("accreditation", "sheet.pdf", ["Title"]),
        ("export", "card.docx", ["Title", "Speakers"]),
        ("export", "event.ics", ["Title", "Speakers"]),
    ],
)
def test_cli_lists_missing_texts_and_strict_writes_nothing(
    capsys, tmp_path, half_translated, action, name, fields
):
    target = tmp_path / name
    code, _out, err = _cli(
        capsys, "events", action, str(half_translated), str(target), "--lang", "ru"
    )
    assert code == 0 and target.stat().st_size > 0
    assert "missing in Russian" in err and "written with the texts as entered" in err
    for field in fields:
        assert f"Events #{half_translated} «Ун жана нандын баасы боюнча брифинг»: {field}" in err
    assert "Place" not in err
    strict = tmp_path / f"strict-{name}"
    code, _out, err = _cli(
        capsys,
        "events",
        action,
        str(half_translated),
        str(strict),
        "--lang",
        "ru",
        "--strict",
    )
    assert code == cli.EXIT_PROBLEMS and not strict.exists()
    assert "Nothing was written (--strict)" in err
    code, _out, err = _cli(
        capsys, "events", action, str(half_translated), str(strict), "--lang", "ky", "--strict"
    )
    assert code == 0 and strict.exists() and err == ""


def test_cli_invites_with_the_texts_checked_first(capsys, runtime, tmp_path, half_translated):
    from pressdesk.services.contacts.records import save_outlet, save_person
    from pressdesk.services.contacts.values import OutletRecord, PersonRecord

    database = runtime.open_db()
    try:
        outlet = save_outlet(database, OutletRecord("Кабар", ownership="state")).record
        person = save_person(database, PersonRecord("Асанова Жылдыз", outlet_id=outlet.id)).record
    finally:
        database.close()
    table, advisory = tmp_path / "recipients.csv", tmp_path / "advisory.pdf"
    argv = ["events", "invite", str(half_translated), "--person", str(person.id)]
    argv += ["--table", str(table), "--advisory", str(advisory), "--lang", "ru"]
    code, _out, err = _cli(capsys, *argv, "--strict", "--no-log")
    assert code == cli.EXIT_PROBLEMS and not table.exists() and not advisory.exists()
    assert "Title has no Russian text" in err
    code, out, err = _cli(capsys, *argv)
    assert code == 0 and table.exists() and advisory.exists()
    assert "Only state media" in err and "noted in 1 contact log" in out
    with table.open(encoding="utf-8-sig", newline="") as handle:
        [header, line] = list(csv.reader(handle, delimiter=";"))
    assert header[7] == "Мероприятие" and line[7] == "Брифинг"
    assert line[10] == "Пресс-центр министерства, г. Бишкек, ул. Киевская, 96а"
    code, _out, err = _cli(capsys, "events", "invite", str(half_translated))
    assert code == cli.EXIT_USAGE and "--list or --person" in err


def test_cli_lists_titles_in_both_languages_or_the_chosen_one(capsys, runtime):
    database = runtime.open_db()
    try:
        row = create_event(database, BRIEFING)
    finally:
        database.close()
    code, out, _err = _cli(capsys, "events", "list")
    assert code == 0
    assert out.split("\t")[3:5] == [
        "Ун жана нандын баасы боюнча брифинг",
        "Брифинг о ценах на муку и хлеб",
    ]
    code, out, _err = _cli(capsys, "events", "list", "--lang", "ru", "--search", "нандын")
    assert out.startswith(f"{row.id}\t2026-11-25 10:00\tbriefing\tБрифинг о ценах на муку и хлеб\t")
    code, out, _err = _cli(capsys, "events", "list", "--search", "пастбищ")
    assert code == 0 and out == ""
