"""The content plan in Kyrgyz and Russian: storage, the schema step, names, search, the command
line, calendars in one language and the demo plan."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import icalendar
import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from pressdesk import cli
from pressdesk.bilingual import Bi, pair_key
from pressdesk.services import demo
from pressdesk.services.demo import DEMO_PROFILE
from pressdesk.services.plan.campaigns import (
    CampaignRow,
    find_campaign,
    get_campaign,
    list_campaigns,
    save_campaign,
)
from pressdesk.services.plan.demo import fill_plan_demo
from pressdesk.services.plan.ical import export_ics, ics_refs, import_ics
from pressdesk.services.plan.items import (
    PlanError,
    PlanFilter,
    PlanItemInput,
    create_item,
    get_item,
    list_items,
    list_series,
    update_item,
)
from pressdesk.services.plan.periods import parse_period
from pressdesk.services.plan.printing import document_refs
from pressdesk.services.plan.workflow import item_history
from pressdesk.services.preflight import Ref, fill_missing, find_missing
from pressdesk.services.profile import save_profile
from pressdesk.storage import migrate
from pressdesk.storage.check import check_database
from pressdesk.storage.plan_models import PlanCampaign, PlanItem

MONDAY = dt.date(2026, 11, 23)
TITLE = Bi("Жер үлүштөрүнүн реестри ишке кирди", "Заработал реестр земельных долей")


def _item(db, title=TITLE, **fields):  # type: ignore[no-untyped-def]
    return create_item(db, PlanItemInput(date=MONDAY, title=title, **fields))


# --- storage ------------------------------------------------------------------------------------


def test_both_languages_are_stored_and_read_back(db):
    campaign = save_campaign(
        db,
        CampaignRow(
            Bi("Жер реестри", "Земельный реестр"),
            MONDAY,
            MONDAY + dt.timedelta(days=30),
            goal=Bi("Түшүндүрүү", "Разъяснить"),
            audiences=Bi("жер ээлери", "владельцы долей"),
            key_messages=Bi("Бир\n\n Эки ", "Один\nДва"),
        ),
    )
    assert campaign.messages("ky") == ["Бир", "Эки"] and campaign.messages("ru") == ["Один", "Два"]
    row = _item(
        db,
        topic=Bi("Себеп", "Повод"),
        audience=Bi("фермерлер", "фермеры"),
        campaign_id=campaign.id,
    )
    assert (row.title, row.topic, row.audience) == (
        TITLE,
        Bi("Себеп", "Повод"),
        Bi("фермерлер", "фермеры"),
    )
    assert row.campaign_name == Bi("Жер реестри", "Земельный реестр")
    with db.session() as session:
        item = session.get(PlanItem, row.id)
        assert (item.title_ky, item.title_ru) == (TITLE.ky, TITLE.ru)
        stored = session.get(PlanCampaign, campaign.id)
        assert stored.name_key == pair_key(Bi("Жер реестри", "Земельный реестр"), 300)
        assert stored.key_messages_ru == "Один\nДва"


def test_a_plain_title_goes_to_the_language_it_is_written_in(db):
    assert _item(db, title="Новость о субсидиях").title == Bi("", "Новость о субсидиях")
    assert _item(db, title="Субсидиялар жөнүндө жаңылык").title == Bi(
        "Субсидиялар жөнүндө жаңылык", ""
    )
    # No clue of the language: the organisation's document language takes it.
    save_profile(db, replace(DEMO_PROFILE, default_doc_lang="ru"))
    assert _item(db, title="Agro-Expo 2026").title == Bi("", "Agro-Expo 2026")


def test_an_edit_of_one_language_is_logged_with_both(db):
    row = _item(db)
    update_item(db, row.id, replace(row.as_input(), title=TITLE.with_value("ru", "Реестр открыт")))
    (edit,) = [h for h in item_history(db, row.id) if h.kind == "edit"]
    assert (edit.field, edit.old_value, edit.new_value) == (
        "title",
        f"{TITLE.ky} / {TITLE.ru}",
        f"{TITLE.ky} / Реестр открыт",
    )


def test_search_finds_an_item_by_either_language(db):
    row = _item(db, topic=Bi("Онлайн текшерүү", "Проверка онлайн"))
    _item(db, title=Bi("Башка", "Другое"))
    for needle in ("ҮЛҮШТӨРҮНҮН", "земельных", "проверка онлайн", "текшерүү"):
        found = list_items(db, MONDAY, MONDAY, filters=PlanFilter(text=needle))
        assert [r.id for r in found] == [row.id], needle


# --- campaign names ---------------------------------------------------------------------------


def test_no_two_campaigns_share_a_name_in_either_language(db):
    first = save_campaign(db, CampaignRow(Bi("Жер реестри", "Земельный реестр"), MONDAY, MONDAY))
    for name in (
        Bi("Жер реестри", "Другое название"),  # the same Kyrgyz name
        Bi("Башка аталыш", "ЗЕМЕЛЬНЫЙ  реестр"),  # the same Russian name, another case
        Bi("Земельный реестр", ""),  # one campaign's Russian name as another's Kyrgyz one
    ):
        with pytest.raises(PlanError, match="already exists"):
            save_campaign(db, CampaignRow(name, MONDAY, MONDAY))
    # A campaign keeps its own name when saved again, and may be named alike in both languages.
    assert save_campaign(db, replace(first, goal=Bi("Максат", ""))).id == first.id
    brand = save_campaign(db, CampaignRow(Bi.same("Агро-Экспо 2026"), MONDAY, MONDAY))
    assert find_campaign(db, "агро-экспо").id == brand.id
    assert find_campaign(db, "земельный").id == first.id
    assert find_campaign(db, "ЖЕР РЕЕСТРИ").id == first.id
    assert len(list_campaigns(db)) == 2


def test_the_database_refuses_a_second_campaign_with_the_same_names(db):
    save_campaign(db, CampaignRow(Bi("Жер реестри", "Земельный реестр"), MONDAY, MONDAY))
    with db.session() as session:
        session.add(
            PlanCampaign(
                name=Bi("жер реестри", "земельный реестр"), start_date=MONDAY, end_date=MONDAY
            )
        )
        with pytest.raises(IntegrityError, match="name_key"):
            session.flush()
        session.rollback()


# --- the schema step --------------------------------------------------------------------------


def _alembic(db, target: str, *, down: bool) -> None:  # type: ignore[no-untyped-def]
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, target)


def _old_rows(db, table: str, columns: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY id"))]


def test_old_texts_move_to_their_language_and_come_back(db):
    # The document language is Russian: texts with no clue of their language go there.
    save_profile(db, replace(DEMO_PROFILE, default_doc_lang="ru"))
    campaigns = [
        save_campaign(db, CampaignRow(Bi(f"Өнөктүк {n}", ""), MONDAY, MONDAY)).id for n in (1, 2)
    ]
    items = [
        _item(db, title=Bi(f"Материал {n}", ""), channels=("website",), campaign_id=campaigns[0])
        for n in range(3)
    ]
    history_before = {row.id: len(item_history(db, row.id)) for row in items}
    _alembic(db, "0009", down=True)
    old_items = {
        items[0].id: ("Жаңылык: жер үлүшү", "Маалыматтык себеп: ңөү", "дыйкандар"),
        items[1].id: ("Новость о земельных долях", "Информационный повод", "фермеры"),
        items[2].id: ("Agro-Expo 2026", "", ""),
    }
    old_campaigns = {
        campaigns[0]: ("Жер үлүштөрүнүн реестри", "Түшүндүрүү", "Бир\nЭки"),
        campaigns[1]: ("ONLINE 2026", "Разъяснить", "Один\nДва"),
    }
    with db.engine.begin() as conn:
        for item_id, (title, topic, audience) in old_items.items():
            conn.execute(
                text("UPDATE plan_item SET title = :t, topic = :p, audience = :a WHERE id = :id"),
                {"t": title, "p": topic, "a": audience, "id": item_id},
            )
        for campaign_id, (name, goal, messages) in old_campaigns.items():
            conn.execute(
                text(
                    "UPDATE plan_campaign SET name = :n, goal = :g, key_messages = :m "
                    "WHERE id = :id"
                ),
                {"n": name, "g": goal, "m": messages, "id": campaign_id},
            )
    _alembic(db, "head", down=False)
    assert check_database(db).ok
    rows = {row.id: get_item(db, row.id) for row in items}
    assert rows[items[0].id].title == Bi("Жаңылык: жер үлүшү", "")
    assert rows[items[0].id].topic == Bi("Маалыматтык себеп: ңөү", "")
    assert rows[items[0].id].audience == Bi("дыйкандар", "")
    assert rows[items[1].id].title == Bi("", "Новость о земельных долях")
    assert rows[items[1].id].topic == Bi("", "Информационный повод")
    assert rows[items[1].id].audience == Bi("", "фермеры")
    assert rows[items[2].id].title == Bi("", "Agro-Expo 2026")
    # Nothing hanging on the items was lost: campaign, channels, history.
    assert all(row.campaign_id == campaigns[0] for row in rows.values())
    assert all(row.channels == ("website",) for row in rows.values())
    assert {row.id: len(item_history(db, row.id)) for row in items} == history_before
    first, second = (get_campaign(db, cid) for cid in campaigns)
    assert (first.name, first.goal) == (Bi("Жер үлүштөрүнүн реестри", ""), Bi("Түшүндүрүү", ""))
    assert first.messages("ky") == ["Бир", "Эки"]
    assert (second.name, second.goal) == (Bi("", "ONLINE 2026"), Bi("", "Разъяснить"))
    assert second.messages("ru") == ["Один", "Два"]
    assert find_campaign(db, "online 2026").id == second.id

    _alembic(db, "0009", down=True)
    assert _old_rows(db, "plan_item", "id, title, topic, audience") == [
        (item_id, *texts) for item_id, texts in old_items.items()
    ]
    assert _old_rows(db, "plan_campaign", "id, name, goal, key_messages") == [
        (campaign_id, *texts) for campaign_id, texts in old_campaigns.items()
    ]
    _alembic(db, "head", down=False)
    assert check_database(db).ok


def test_names_alike_but_for_letter_case_survive_the_schema_step(db):
    ids = [save_campaign(db, CampaignRow(Bi(f"X{n}", ""), MONDAY, MONDAY)).id for n in (1, 2)]
    _alembic(db, "0009", down=True)
    with db.engine.begin() as conn:
        for campaign_id, name in zip(ids, ("Жер реестри", "ЖЕР РЕЕСТРИ"), strict=True):
            conn.execute(
                text("UPDATE plan_campaign SET name = :n WHERE id = :id"),
                {"n": name, "id": campaign_id},
            )
    _alembic(db, "head", down=False)
    assert [c.name.ky for c in list_campaigns(db)] == ["Жер реестри", "ЖЕР РЕЕСТРИ"]
    # Two names alike: the next save asks for another one.
    with pytest.raises(PlanError, match="already exists"):
        save_campaign(db, get_campaign(db, ids[1]))
    assert save_campaign(db, replace(get_campaign(db, ids[1]), name=Bi("Жаңы реестр", "")))


# --- the check before a document ----------------------------------------------------------------


def test_printed_plan_names_its_items_events_and_campaign(db):
    campaign = save_campaign(
        db, CampaignRow(Bi("Жер реестри", ""), MONDAY, MONDAY + dt.timedelta(days=6))
    )
    row = _item(db, title=Bi("Жаңылык", ""), campaign_id=campaign.id)
    _item(db, title=Bi("Толук", "Полный"))
    week = parse_period("2026-W48")
    # Ideas are left out of the printed plan, and so out of its check.
    assert document_refs(db, period=week) == []
    refs = document_refs(db, period=week, include_all=True)
    assert Ref("plan_item", row.id, ("title", "topic", "audience")) in refs
    missing = find_missing(db, refs, "ru")
    assert [(m.section, m.record_id, m.attr) for m in missing] == [("plan_item", row.id, "title")]
    campaign_refs = document_refs(db, campaign_id=campaign.id, include_all=True)
    assert campaign_refs[0] == Ref("plan_campaign", campaign.id, (
        "name", "goal", "audiences", "key_messages"
    ))  # fmt: skip
    missing = find_missing(db, campaign_refs, "ru")
    assert {(m.section, m.attr) for m in missing} == {
        ("plan_campaign", "name"),
        ("plan_item", "title"),
    }
    # Filled in place, the text is stored in Russian and calendars take it as an update.
    sequence = get_item(db, row.id).sequence
    fill_missing(db, {("plan_item", row.id, "title"): "Новость"}, "ru")
    assert get_item(db, row.id).title == Bi("Жаңылык", "Новость")
    assert get_item(db, row.id).sequence == sequence + 1
    fill_missing(db, {("plan_campaign", campaign.id, "name"): "Земельный реестр"}, "ru")
    assert find_campaign(db, "земельный").id == campaign.id
    with db.session() as session:
        stored = session.get(PlanCampaign, campaign.id)
        assert stored.name_key == pair_key(Bi("Жер реестри", "Земельный реестр"), 300)


def test_a_text_holding_both_languages_is_flagged(db):
    row = _item(db, title=Bi("Брифинг / Брифинг", "Брифинг"))
    missing = find_missing(db, [Ref("plan_item", row.id)], "ky")
    assert [(m.attr, m.doubled) for m in missing] == [("title", True)]


# --- calendars --------------------------------------------------------------------------------


def test_calendar_export_is_in_the_chosen_language(db, tmp_path):
    campaign = save_campaign(db, CampaignRow(Bi("Жер реестри", "Земельный реестр"), MONDAY, MONDAY))
    row = _item(
        db,
        topic=Bi("Себеп", "Повод"),
        audience=Bi("фермерлер", "фермеры"),
        campaign_id=campaign.id,
    )
    for lang, other in (("ky", "ru"), ("ru", "ky")):
        path = tmp_path / f"plan-{lang}.ics"
        export_ics(db, path, start=MONDAY, end=MONDAY, lang=lang)
        (event,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        assert str(event["SUMMARY"]) == TITLE.get(lang)
        description = str(event["DESCRIPTION"])
        assert Bi("Себеп", "Повод").get(lang) in description
        assert Bi("фермерлер", "фермеры").get(lang) in description
        assert Bi("фермерлер", "фермеры").get(other) not in description
        assert campaign.name.get(lang) in [str(c) for c in event["CATEGORIES"].cats]
    refs = ics_refs(db, start=MONDAY, end=MONDAY)
    assert Ref("plan_item", row.id, ("title", "topic", "audience")) in refs
    assert Ref("plan_campaign", campaign.id, ("name",)) in refs


def test_a_calendar_title_goes_to_its_language_and_keeps_the_other(db, tmp_path):
    row = _item(db)
    path = tmp_path / "plan.ics"
    export_ics(db, path, start=MONDAY, end=MONDAY, lang="ru")
    assert import_ics(db, path).unchanged == 1
    assert get_item(db, row.id).title == TITLE
    # Renamed in a Russian calendar: only the Russian title changes.
    body = path.read_text(encoding="utf-8").replace(TITLE.ru, "Реестр земельных долей открыт")
    path.write_text(body, encoding="utf-8", newline="")
    assert import_ics(db, path).updated == 1
    assert get_item(db, row.id).title == Bi(TITLE.ky, "Реестр земельных долей открыт")
    foreign = tmp_path / "other.ics"
    foreign.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a@example.com\r\nDTSTAMP:20261120T040000Z\r\n"
        "DTSTART;VALUE=DATE:20261124\r\nSUMMARY:Пресс-тур в Нарынскую область\r\n"
        "DESCRIPTION:Поездка журналистов в районы области\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b@example.com\r\nDTSTAMP:20261120T040000Z\r\n"
        "DTSTART;VALUE=DATE:20261124\r\nSUMMARY:Журналисттер үчүн Нарынга пресс-тур\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:c@example.com\r\nDTSTAMP:20261120T040000Z\r\n"
        "DTSTART;VALUE=DATE:20261124\r\nSUMMARY:Agro-Expo\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    assert import_ics(db, foreign, lang="ru").created == 3
    imported = {
        r.ical_uid: r for r in list_items(db, MONDAY + dt.timedelta(1), MONDAY + dt.timedelta(1))
    }
    assert imported["a@example.com"].title == Bi("", "Пресс-тур в Нарынскую область")
    assert imported["a@example.com"].topic == Bi("", "Поездка журналистов в районы области")
    assert imported["b@example.com"].title == Bi("Журналисттер үчүн Нарынга пресс-тур", "")
    assert imported["c@example.com"].title == Bi("", "Agro-Expo")


# --- the command line ---------------------------------------------------------------------------


def run(capsys, *argv):  # type: ignore[no-untyped-def]
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_edit_and_list_in_both_languages(capsys, runtime):
    code, out, err = run(
        capsys,
        "plan",
        "add",
        "--date",
        "2026-11-23",
        "--title-ky",
        "Жер реестри",
        "--title-ru",
        "Земельный реестр",
        "--topic-ky",
        "Себеп",
        "--audience",
        "фермеры и дехкане",
        "--draft",
    )
    assert code == 0, err
    item_id = int(out.split("\t")[0])
    assert out.rstrip().endswith("Жер реестри / Земельный реестр")
    db = runtime.open_db()
    try:
        row = get_item(db, item_id)
        assert (row.title, row.topic, row.audience) == (
            Bi("Жер реестри", "Земельный реестр"),
            Bi("Себеп", ""),
            Bi("", "фермеры и дехкане"),
        )
    finally:
        db.close()
    # The old one-language forms: the positional title and --title go to their language.
    assert run(capsys, "plan", "add", "Жаңылык жөнүндө", "--date", "2026-11-24")[0] == 0
    code, out, err = run(
        capsys,
        "plan",
        "edit",
        str(item_id),
        "--topic-ru",
        "Повод",
        "--title",
        "Реестр земельных долей открыт",
    )
    assert code == 0, err
    db = runtime.open_db()
    try:
        row = get_item(db, item_id)
        assert row.title == Bi("Жер реестри", "Реестр земельных долей открыт")
        assert row.topic == Bi("Себеп", "Повод")
    finally:
        db.close()
    code, out, _ = run(capsys, "plan", "list", "--from", "2026-11-23", "--to", "2026-11-24")
    assert [line.split("\t")[2] for line in out.splitlines()] == [
        "Жер реестри / Реестр земельных долей открыт",
        "Жаңылык жөнүндө",
    ]
    code, out, _ = run(
        capsys, "plan", "list", "--from", "2026-11-23", "--to", "2026-11-24", "--lang", "ru"
    )
    # A list shows the other language where one is missing; documents never do.
    assert [line.split("\t")[2] for line in out.splitlines()] == [
        "Реестр земельных долей открыт",
        "Жаңылык жөнүндө",
    ]
    code, _, err = run(capsys, "plan", "edit", "999", "--title-ru", "Х")
    assert code == cli.EXIT_PROBLEMS and "no plan item" in err


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".ics"])
def test_export_lists_missing_texts_and_strict_writes_nothing(capsys, tmp_path, suffix):
    argv = ["plan", "add", "--date", "2026-11-24", "--title-ky", "Жаңылык", "--draft"]
    assert run(capsys, *argv)[0] == 0
    written = tmp_path / f"plan{suffix}"
    code, out, err = run(
        capsys, "plan", "export", str(written), "--week", "2026-W48", "--lang", "ru"
    )
    assert code == 0, err
    assert written.exists() and "written to" in out
    assert "1 text(s) missing in Russian" in err
    assert "Content plan #1 «Жаңылык»: Title has no Russian text" in err
    strict = tmp_path / f"strict{suffix}"
    code, out, err = run(
        capsys, "plan", "export", str(strict), "--week", "2026-W48", "--lang", "ru", "--strict"
    )
    assert code == cli.EXIT_PROBLEMS
    assert "Nothing was written (--strict)." in err and not strict.exists()
    code, _, err = run(
        capsys, "plan", "export", str(strict), "--week", "2026-W48", "--lang", "ky", "--strict"
    )
    assert code == 0 and strict.exists() and "missing" not in err


def test_campaign_export_checks_the_campaign_texts(capsys, tmp_path, runtime):
    db = runtime.open_db()
    try:
        name = Bi("Жер реестри", "")
        messages = Bi("Акысыз", "Бесплатно")
        save_campaign(db, CampaignRow(name, MONDAY, MONDAY, key_messages=messages))
    finally:
        db.close()
    path = tmp_path / "c.pdf"
    code, _, err = run(
        capsys, "plan", "export", str(path), "--campaign", "жер", "--lang", "ru", "--strict"
    )
    assert code == cli.EXIT_PROBLEMS and not path.exists()
    assert "Campaigns #1 «Жер реестри»: Name has no Russian text" in err


# --- the demo plan ------------------------------------------------------------------------------


def test_demo_plan_is_bilingual_throughout(db):
    demo.DEMO_PARTS[0].fill(db, random.Random(1))
    fill_plan_demo(db, random.Random(1), today=dt.date(2026, 11, 22))
    rows = list_items(db, dt.date(2026, 10, 1), dt.date(2027, 1, 31), expand=False)
    rows += list_series(db)
    assert len(rows) > 30
    for row in rows:
        for value in (row.title, row.topic, row.audience):
            assert bool(value.ky) == bool(value.ru), (row.id, value)
        assert row.title.ky and row.title.ru
    (campaign,) = list_campaigns(db)
    for value in (campaign.name, campaign.goal, campaign.audiences, campaign.key_messages):
        assert value.ky and value.ru
    assert len(campaign.messages("ky")) == len(campaign.messages("ru")) == 4
    refs = document_refs(db, campaign_id=campaign.id, include_all=True)
    assert [m for lang in ("ky", "ru") for m in find_missing(db, refs, lang)] == []
