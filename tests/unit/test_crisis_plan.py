"""The anti-crisis plan read back from DOCX and PDF in each language, the crisis checklist as an
event template with relative deadlines, the demo scenario and the migration of the crisis kit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import create_engine, inspect, text

from pressdesk.bilingual import Bi
from pressdesk.services.crisis.printing import crisis_plan_document, export_crisis_plan
from pressdesk.services.crisis.records import (
    CrisisError,
    ScenarioInput,
    StatementInput,
    add_scenario,
    list_group,
    list_scenarios,
)
from pressdesk.services.crisis.statements import add_statement
from pressdesk.services.events.crisis import CRISIS_TEMPLATE_NAME, crisis_template, open_crisis
from pressdesk.services.events.records import EventError
from pressdesk.services.events.tasks import list_tasks
from pressdesk.services.events.templates import delete_template, validate_template
from pressdesk.storage import migrate
from tests.support.one_language import docx_text, flat, foreign_words

TABLES = {
    "crisis_scenario",
    "crisis_group_member",
    "crisis_contact",
    "holding_statement",
    "holding_statement_history",
}
# Proper names and words both languages share in the demo plan.
SHARED = frozenset({"юрист", "министр", "пресс-релиз"})


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return flat("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_demo_plan_is_written_in_one_language_with_every_part(demo_db, tmp_path, lang):
    docx_path, pdf_path = tmp_path / "plan.docx", tmp_path / "plan.pdf"
    export_crisis_plan(demo_db, docx_path, lang=lang)
    export_crisis_plan(demo_db, pdf_path, lang=lang)
    written = docx_text(docx_path)
    printed = " ".join(_pdf_text(pdf_path).split())
    scenario = list_scenarios(demo_db)[0]
    expected = {
        "ky": ["Кризиске каршы коммуникациялар планы", "БЕКИТЕМ", "Жумушчу топтун курамы"],
        "ru": ["Антикризисный план коммуникаций", "УТВЕРЖДАЮ", "Состав рабочей группы"],
    }[lang]
    for wanted in [*expected, scenario.name.get(lang), "+996 312 62-00-00"]:
        assert wanted in written, wanted
    assert scenario.statements[0].title.get(lang) in printed
    # Who decides and who speaks, by name; every group member; the first hour of the checklist.
    assert "Асанов Бакыт Токтогулович" in written and "Өмүрбеков Нурлан" in written
    assert all(m.full_name in written for m in list_group(demo_db))
    first_hour = {"ky": "Биринчи саат", "ru": "Первый час"}[lang]
    assert first_hour in written
    assert foreign_words(written, lang, SHARED) == []


def test_only_approved_statements_are_printed_and_an_empty_kit_is_refused(db):
    with pytest.raises(CrisisError) as exc:
        crisis_plan_document(db, lang="ru")
    assert exc.value.code == "crisis.plan_empty"
    sid = add_scenario(db, ScenarioInput(Bi("Өрт", "Пожар")))
    add_statement(db, sid, StatementInput(Bi("Долбоор", "Черновик"), Bi("Текст.", "Текст.")))
    doc = crisis_plan_document(db, lang="ru")
    assert "Черновик" not in repr(doc.blocks)
    assert "Согласованных заявлений нет." in repr(doc.blocks)
    # A document prints one language exactly: a scenario named only in Russian stops a
    # Kyrgyz plan instead of slipping Russian into it.
    add_scenario(db, ScenarioInput(Bi("", "Авария")))
    with pytest.raises(CrisisError) as exc:
        crisis_plan_document(db, lang="ky")
    assert exc.value.code == "crisis.no_text"
    with pytest.raises(CrisisError) as exc:
        export_crisis_plan(db, "plan.txt", lang="ru")
    assert exc.value.code == "file.cannot_write_as"


def test_the_crisis_checklist_is_an_event_template_with_relative_deadlines(db):
    template = crisis_template(db)
    assert template is not None
    assert (template.kind, template.name_ky, template.name_ru) == (
        "crisis",
        CRISIS_TEMPLATE_NAME.ky,
        CRISIS_TEMPLATE_NAME.ru,
    )
    assert validate_template(template.as_input()) == []
    assert all(item.text_ky and item.text_ru for item in template.items)
    assert sum(item.text_ru.startswith("Первый час") for item in template.items) >= 5
    assert sum(item.text_ky.startswith("Биринчи күн") for item in template.items) >= 5
    began = dt.datetime(2026, 12, 31, 22, 15)
    event = open_crisis(db, Bi("Суу ташкыны", "Наводнение"), began)
    assert event.kind == "crisis"
    tasks = list_tasks(db, event.id)
    assert len(tasks) == len(template.items)
    # The first hour and day fall on the day it began; the follow-up crosses into the new year.
    first = [t for t in tasks if t.phase == "during"]
    assert {t.due_date for t in first} == {dt.date(2026, 12, 31)}
    after = sorted(t.due_date for t in tasks if t.phase == "after")
    assert after == [dt.date(2027, 1, 1), dt.date(2027, 1, 3), dt.date(2027, 1, 7)]
    delete_template(db, template.id)
    with pytest.raises(EventError) as exc:
        open_crisis(db, Bi("Өрт", "Пожар"), began)
    assert exc.value.code == "crisis.no_template"


def _at(db_file: Path, revision: str, *, downgrade: bool = False) -> None:
    engine = create_engine(f"sqlite:///{db_file}")
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if downgrade else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _state(db_file: Path) -> tuple[set[str], int]:
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            count = conn.execute(
                text("SELECT count(*) FROM checklist_template WHERE name_ru = :n"),
                {"n": CRISIS_TEMPLATE_NAME.ru},
            ).scalar()
    finally:
        engine.dispose()
    return names & TABLES, int(count or 0)


def test_the_migration_adds_the_kit_and_the_checklist_and_takes_them_away(tmp_path):
    db_file = tmp_path / "old.db"
    _at(db_file, "0015")
    assert _state(db_file) == (set(), 0)
    _at(db_file, "0018")
    assert _state(db_file) == (TABLES, 1)
    _at(db_file, "0015", downgrade=True)
    assert _state(db_file) == (set(), 0)
    _at(db_file, "0018")
    assert _state(db_file) == (TABLES, 1)


def _counts(db_file: Path) -> tuple[int, ...]:
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            assert problems == []
            return tuple(
                int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)
                for table in ("event", "event_task", "accreditation", "event_plan_item")
            )
    finally:
        engine.dispose()


@pytest.mark.sqlite_only("rebuilds SQLite tables through the sqlite3 module")
def test_rebuilding_the_event_tables_for_the_new_kind_keeps_every_task(demo_db):
    db_file = demo_db.file
    open_crisis(demo_db, Bi("Өрт", "Пожар"), dt.datetime(2026, 12, 1, 8, 0))
    demo_db.close()
    before = _counts(db_file)
    assert before[1] > 100 and before[2] > 0  # the demo's tasks and accreditation lists
    _at(db_file, "0015", downgrade=True)
    # The crisis stays as an event of the "other" kind, with its tasks.
    assert _counts(db_file) == before
    _at(db_file, "0018")
    assert _counts(db_file) == before
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            kinds = conn.exec_driver_sql("SELECT kind FROM event WHERE title_ru = 'Пожар'")
            assert [row[0] for row in kinds] == ["other"]
            schema = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'event'"
            ).scalar()
    finally:
        engine.dispose()
    assert "ck_event_time_order" in str(schema) and "'crisis'" in str(schema)
