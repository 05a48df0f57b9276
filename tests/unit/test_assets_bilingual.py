"""Equipment, accounts, archive and staff in Kyrgyz and in Russian: the schema step, search, the
tables' two columns, the check before a document, the command line and the handover act."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.documents.builders_accounts import accounts_document
from pressdesk.documents.builders_assets import Letterhead
from pressdesk.services.accounts.records import (
    AccountFilter,
    AccountRow,
    list_accounts,
    save_account,
)
from pressdesk.services.archive.records import (
    ArchiveFilter,
    ArchiveRow,
    list_archive,
    save_archive_set,
)
from pressdesk.services.assets.files import (
    accounts_refs,
    archive_refs,
    export_inventory,
    import_archive,
    import_inventory,
    inventory_refs,
)
from pressdesk.services.handover.assets import personal_action
from pressdesk.services.handover.build import act_refs, build_draft, refresh_texts
from pressdesk.services.handover.document import act_document
from pressdesk.services.inventory.items import ItemFilter, ItemRow, find_item, list_items, save_item
from pressdesk.services.preflight import Ref, fill_missing, find_missing
from pressdesk.services.staff import StaffRow, list_staff, save_staff
from pressdesk.storage import migrate
from tests.support.pinned import PINNED_TODAY

# Old one-language values: Kyrgyz, Russian, and texts with no clue of their language.
KYRGYZ = "Басма сөз катчысынын жумушчу компьютери"
RUSSIAN = "Рабочий компьютер пресс-секретаря"
UNKNOWN = "АРХИВ-2"

# The columns of each table made bilingual, with the old value each row holds.
OLD_VALUES = {
    "equipment_item": {"name": KYRGYZ, "location": "Сейф в кабинете 214", "notes": UNKNOWN},
    "account": {
        "name": "Айыл чарба министрлигинин баракчасы",
        "two_factor_method": "SMS на служебный смартфон",
        "recovery_location": "",
    },
    "archive_set": {"title": RUSSIAN, "drive_label": UNKNOWN},
    "staff_member": {"unit": "Маалыматтык технологиялар бөлүмү"},
}
# Where each value lands: the language it is written in, else the document language.
LANDS = {
    ("equipment_item", "name"): "ky",
    ("equipment_item", "location"): "ru",
    ("equipment_item", "notes"): None,
    ("account", "name"): "ky",
    ("account", "two_factor_method"): "ru",
    ("account", "recovery_location"): None,
    ("archive_set", "title"): "ru",
    ("archive_set", "drive_label"): None,
    ("staff_member", "unit"): "ky",
}


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


def _insert(db_file: Path, table: str, values: dict[str, object]) -> None:
    """Insert a row, with an empty text in every other required column."""
    required = [
        row[1]
        for row in _query(db_file, f"PRAGMA table_info({table})")
        if row[3] and row[4] is None and row[1] != "id" and row[1] not in values
    ]
    row = {**values, **dict.fromkeys(required, "")}
    names = ", ".join(row)
    marks = ", ".join(f":{name}" for name in row)
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.begin() as conn:
            conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), row)
    finally:
        engine.dispose()


# --- the schema step ----------------------------------------------------------------------------


@pytest.mark.parametrize("doc_lang", ["ky", "ru"])
def test_upgrade_moves_each_text_to_its_language_and_downgrade_gives_it_back(tmp_path, doc_lang):
    db_file = tmp_path / "old.db"
    _at(db_file, "0010")
    _insert(db_file, "organisation", {"id": 1, "default_doc_lang": doc_lang})
    extra = {
        "equipment_item": {
            "id": 1,
            "category": "computer",
            "inventory_number": "ИН-0001",
            "condition": "good",
            "search_text": "басма сөз катчысынын",
        },
        "account": {
            "id": 1,
            "secret_ref": "ref-1",
            "service": "facebook",
            "login": "press",
            "owner_type": "official",
            "has_password": 0,
            "has_recovery_codes": 0,
        },
        "archive_set": {"id": 1, "kind": "photo", "search_text": "рабочий"},
        "staff_member": {"id": 1, "full_name": "Исаков Эрлан", "is_signatory": 0, "active": 1},
    }
    for table, values in OLD_VALUES.items():
        _insert(db_file, table, {**extra[table], **values})

    _at(db_file, "0011")
    for table, values in OLD_VALUES.items():
        columns = {row[1] for row in _query(db_file, f"PRAGMA table_info({table})")}
        for name, old in values.items():
            assert {f"{name}_ky", f"{name}_ru"} <= columns and name not in columns
            [(ky, ru)] = _query(db_file, f"SELECT {name}_ky, {name}_ru FROM {table} WHERE id = 1")
            lang = LANDS[(table, name)] or doc_lang
            assert (ky, ru) == ((old, "") if lang == "ky" else ("", old)), (table, name)
    # The folded search text already holds every value moved.
    assert _query(db_file, "SELECT search_text FROM equipment_item") == [("басма сөз катчысынын",)]

    _at(db_file, "0010", downgrade=True)
    for table, values in OLD_VALUES.items():
        columns = {row[1] for row in _query(db_file, f"PRAGMA table_info({table})")}
        for name, old in values.items():
            assert name in columns and f"{name}_ru" not in columns and f"{name}_ky" not in columns
            assert _query(db_file, f"SELECT {name} FROM {table} WHERE id = 1") == [(old,)]


# --- services -----------------------------------------------------------------------------------


def test_search_finds_a_record_by_either_language(db):
    save_item(db, ItemRow(Bi(KYRGYZ, RUSSIAN), inventory_number="ИН-1"))
    save_archive_set(
        db, ArchiveRow(Bi("Нооруз майрамы", "Праздник Нооруз"), drive_label=Bi("Сейф"))
    )
    save_account(db, AccountRow("email", "press", two_factor_method=Bi("Кызматтык номерге SMS")))
    for words in ("катчысынын", "пресс-секретаря"):
        assert [r.inventory_number for r in list_items(db, ItemFilter(search=words)).rows] == [
            "ИН-1"
        ]
    for words in ("майрамы", "праздник"):
        assert list_archive(db, ArchiveFilter(search=words)).total == 1
    assert len(list_accounts(db, AccountFilter(search="номерге"))) == 1


def test_lists_sort_names_in_the_language_asked(db):
    save_item(db, ItemRow(Bi("Үн күчөткүч", "Акустическая колонка"), inventory_number="1"))
    save_item(db, ItemRow(Bi("Ноутбук", "Ноутбук"), inventory_number="2"))
    ky = [r.inventory_number for r in list_items(db, lang="ky").rows]
    ru = [r.inventory_number for r in list_items(db, lang="ru").rows]
    assert (ky, ru) == (["2", "1"], ["1", "2"])


def test_staff_unit_is_kept_in_both_languages(db):
    saved = save_staff(db, StaffRow("Исаков Эрлан", unit=Bi(" Маалыматтык бөлүм ", "Отдел ИТ ")))
    assert saved.unit == Bi("Маалыматтык бөлүм", "Отдел ИТ")
    assert list_staff(db)[0].unit == saved.unit


# --- files --------------------------------------------------------------------------------------


def test_tables_carry_both_languages_and_a_one_language_file_fills_the_matching_one(
    db, runtime, tmp_path
):
    save_item(
        db,
        ItemRow(
            Bi(KYRGYZ, RUSSIAN),
            inventory_number="ИН-1",
            location=Bi("214-кабинет", "Кабинет 214"),
            notes=Bi("", "Шумит вентилятор"),
        ),
    )
    path = tmp_path / "inventory.csv"
    export_inventory(db, path, lang="ru")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    for title in ("Наименование (кырг.)", "Наименование (рус.)", "Примечание (рус.)"):
        assert title in header
    other = runtime.open_db(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        import_inventory(other, path)
        again = find_item(other, "ИН-1")
        assert (again.name, again.location, again.notes) == (
            Bi(KYRGYZ, RUSSIAN),
            Bi("214-кабинет", "Кабинет 214"),
            Bi("", "Шумит вентилятор"),
        )
    finally:
        other.close()
    old = tmp_path / "old.csv"
    old.write_text(
        "Инвентарный номер;Наименование;Местонахождение\n"
        f"ИН-2;{KYRGYZ};Кабинет 214 на втором этаже\nИН-3;Ноутбук;Склад\n",
        encoding="utf-8",
    )
    import_inventory(db, old)
    assert find_item(db, "ИН-2").name == Bi(KYRGYZ, "")
    assert find_item(db, "ИН-2").location == Bi("", "Кабинет 214 на втором этаже")
    assert find_item(db, "ИН-3").name == Bi("", "Ноутбук")


def test_archive_file_with_two_columns_per_text(db, tmp_path):
    path = tmp_path / "archive.csv"
    path.write_text(
        "Аталышы (кыр.);Аталышы (орус.);Түрү;Диск (кыр.);Диск (орус.)\n"
        "Нооруз майрамы;Праздник Нооруз;сүрөт;АРХИВ-2;АРХИВ-2\n",
        encoding="utf-8",
    )
    result = import_archive(db, path)
    assert result.written, result.rejected
    [row] = list_archive(db).rows
    assert (row.title, row.drive_label) == (
        Bi("Нооруз майрамы", "Праздник Нооруз"),
        Bi.same("АРХИВ-2"),
    )
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("Түрү;Диск\nсүрөт;АРХИВ-2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Required columns are missing"):
        import_archive(db, nameless)


# --- the check before a document ----------------------------------------------------------------


def test_refs_name_every_record_and_the_texts_each_document_prints(demo_db):
    items = list_items(demo_db, order="inventory_number").rows
    assert inventory_refs(demo_db)[0] == Ref("equipment", items[0].id, ("name", "location"))
    assert len(archive_refs(demo_db)) == list_archive(demo_db).total
    assert {r.fields for r in accounts_refs(demo_db)} == {
        ("name", "two_factor_method", "recovery_location")
    }
    # The demo is complete in both languages.
    for lang in ("ky", "ru"):
        refs = [*inventory_refs(demo_db), *archive_refs(demo_db), *accounts_refs(demo_db)]
        assert find_missing(demo_db, refs, lang) == []


def test_a_text_filled_in_is_found_by_search(db):
    item = save_item(db, ItemRow(Bi(KYRGYZ), inventory_number="ИН-1"))
    [missing] = find_missing(db, [Ref("equipment", item.id or 0, ("name",))], "ru")
    assert (missing.section_label, missing.field_label, missing.other) == (
        "Equipment",
        "Name",
        KYRGYZ,
    )
    assert fill_missing(db, {missing.key: RUSSIAN}, "ru") == 1
    assert list_items(db, ItemFilter(search="пресс-секретаря")).total == 1


# --- documents print each text in their language only -------------------------------------------


def test_single_language_notes_are_printed_only_in_their_language(db):
    russian = AccountRow(
        "tiktok", "a", owner_type="personal", owner_name="X", notes="Перевести на служебный номер"
    )
    kyrgyz = replace(russian, notes="Уюмга өткөрүп берүү керек")
    assert personal_action(russian, "ru") == "Перевести на служебный номер"
    assert personal_action(russian, "ky") == "уюмга өткөрүп берүү же жабуу"
    assert personal_action(kyrgyz, "ky") == "Уюмга өткөрүп берүү керек"
    register = accounts_document([kyrgyz], lang="ru", head=Letterhead(org_name=""), on=PINNED_TODAY)
    assert "Уюмга" not in repr(register.blocks)
    register = accounts_document([kyrgyz], lang="ky", head=Letterhead(org_name=""), on=PINNED_TODAY)
    assert "Уюмга өткөрүп берүү керек" in repr(register.blocks)


def _act_text(draft) -> str:  # type: ignore[no-untyped-def]
    return repr(act_document(draft).blocks)


def test_the_act_checks_every_record_it_names_and_prints_none_of_the_other_language(demo_db):
    staff = {m.full_name: m for m in list_staff(demo_db)}
    it = staff["Исаков Эрлан Дөөлөтович"]
    save_staff(demo_db, replace(it, unit=Bi("Маалыматтык технологиялар бөлүмү", "")))
    draft = build_draft(
        demo_db,
        lang="ru",
        outgoing="Жумабаева Айгүл Бекеновна",
        incoming="Исаков Эрлан Дөөлөтович",
    )
    refs = act_refs(demo_db, draft)
    sections = {ref.section for ref in refs}
    assert {"equipment", "account", "archive", "staff"} <= sections
    assert Ref("staff", it.id or 0, ("position", "unit")) in refs
    assert Ref("staff", it.id or 0, ("position",)) in refs  # the incoming party's post
    [missing] = find_missing(demo_db, refs, "ru")
    assert (missing.section, missing.record_id, missing.attr) == ("staff", it.id, "unit")
    assert "Маалыматтык" not in _act_text(draft)
    assert "(Главный специалист)" in _act_text(draft)
    # Typed in the check: the lines naming the record are read again, the others kept.
    untouched = draft.section("accounts").lines[0]
    untouched.cells[2] = "edited by hand"
    fill_missing(demo_db, {missing.key: "Отдел информационных технологий"}, "ru")
    refresh_texts(draft, demo_db, {("staff", it.id or 0)})
    assert "(Главный специалист, Отдел информационных технологий)" in _act_text(draft)
    assert draft.section("accounts").lines[0].cells[2] == "edited by hand"


# --- the command line ---------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_add_options_in_both_languages_and_the_old_one(capsys, data_dir):
    code, out, _ = run(
        capsys,
        "accounts",
        "add",
        "facebook",
        "page",
        "--name-ky",
        "Министрликтин баракчасы",
        "--name-ru",
        "Страница министерства",
        "--two-factor",
        "SMS на служебный номер",
    )
    assert code == 0
    code, out, _ = run(
        capsys, "accounts", "add", "email", "press", "--name", "Почта пресс-службы министерства"
    )
    assert code == 0
    rows = {r.login: r for r in _accounts(data_dir)}
    assert rows["page"].name == Bi("Министрликтин баракчасы", "Страница министерства")
    assert rows["page"].two_factor_method == Bi("", "SMS на служебный номер")
    assert rows["press"].name == Bi("", "Почта пресс-службы министерства")
    code, out, _ = run(capsys, "accounts", "list")
    assert "Министрликтин баракчасы / Страница министерства" in out
    code, out, _ = run(capsys, "accounts", "list", "--lang", "ky")
    assert "Министрликтин баракчасы" in out and "Страница министерства" not in out

    code, _, _ = run(
        capsys, "staff", "add", "Исаков Эрлан", "--unit-ky", "МТ бөлүмү", "--unit-ru", "Отдел ИТ"
    )
    assert code == 0
    code, _, _ = run(capsys, "staff", "add", "Петрова Елена", "--unit", "Басма сөз кызматы")
    assert code == 0
    code, out, _ = run(capsys, "staff", "list")
    assert "МТ бөлүмү / Отдел ИТ" in out and "Басма сөз кызматы" in out
    code, out, _ = run(capsys, "staff", "list", "--lang", "ru")
    assert "Отдел ИТ" in out and "МТ бөлүмү" not in out


def _accounts(data_dir: Path) -> list[AccountRow]:
    from pressdesk.runtime import Runtime

    db = Runtime.create(str(data_dir)).open_db()
    try:
        return list_accounts(db)
    finally:
        db.close()


def _drop_russian(data_dir: Path) -> None:
    """Leave an item, an account, an archive set and a unit without their Russian text."""
    from pressdesk.runtime import Runtime

    db = Runtime.create(str(data_dir)).open_db()
    try:
        item = find_item(db, "ИН-0001")
        save_item(db, replace(item, name=Bi(item.name.ky, "")))
        account = list_accounts(db)[0]
        save_account(db, replace(account, two_factor_method=Bi("SMS", "")))
        archive = list_archive(db).rows[0]
        save_archive_set(db, replace(archive, title=Bi(archive.title.ky, "")))
        member = next(m for m in list_staff(db) if m.full_name.startswith("Исаков"))
        save_staff(db, replace(member, unit=Bi(member.unit.ky, "")))
    finally:
        db.close()


@pytest.mark.parametrize(
    ("command", "what"),
    [
        (["inventory", "export"], "Equipment #"),
        (["accounts", "export"], "Accounts #"),
        (["archive", "export"], "Archive #"),
    ],
)
def test_cli_lists_missing_texts_and_strict_writes_nothing(
    capsys, data_dir, tmp_path, command, what, write_demo
):
    write_demo()
    _drop_russian(data_dir)
    target = tmp_path / "list.docx"
    code, _, err = run(capsys, *command, str(target), "--lang", "ru")
    assert code == 0 and target.exists()
    assert "missing in Russian" in err and what in err and "has no Russian text" in err
    assert "The document was written with the texts as entered." in err
    strict = tmp_path / "strict.pdf"
    code, _, err = run(capsys, *command, str(strict), "--lang", "ru", "--strict")
    assert code == 1 and not strict.exists()
    assert "Nothing was written (--strict)." in err
    # A table carries both languages: nothing is missing from it.
    table = tmp_path / "list.csv"
    code, _, err = run(capsys, *command, str(table), "--lang", "ru", "--strict")
    assert code == 0 and table.exists() and err == ""
    # The Kyrgyz document lacks nothing.
    code, _, err = run(capsys, *command, str(tmp_path / "ky.docx"), "--lang", "ky", "--strict")
    assert code == 0 and err == ""


def test_cli_handover_checks_the_act_before_writing(capsys, data_dir, tmp_path, write_demo):
    write_demo()
    _drop_russian(data_dir)
    act = tmp_path / "act.docx"
    argv = [
        "handover",
        str(act),
        "--outgoing",
        "Жумабаева Айгүл Бекеновна",
        "--incoming",
        "Петрова Елена Викторовна",
        "--lang",
        "ru",
        "--export",
        "none",
    ]
    code, _, err = run(capsys, *argv, "--strict")
    assert code == 1 and not act.exists()
    for fragment in ("Equipment #", "Accounts #", "Archive #", "Staff #", "Unit has no Russian"):
        assert fragment in err, fragment
    code, out, err = run(capsys, *argv)
    assert code == 0 and act.exists() and "missing in Russian" in err
    code, out, _ = run(capsys, "handover", "list")
    assert out.count("\n") == 1  # the strict attempt recorded nothing


def test_a_party_without_a_post_in_the_acts_language_is_asked_for_it(demo_db):
    translator = next(m for m in list_staff(demo_db) if m.full_name.startswith("Петрова"))
    save_staff(demo_db, replace(translator, position_ru=""))
    draft = build_draft(
        demo_db, lang="ru", outgoing="Жумабаева Айгүл Бекеновна", incoming=translator.full_name
    )
    # Not the press secretary's title, nor the Kyrgyz post: left for the check to ask.
    assert draft.incoming.title == ""
    missing = [
        m for m in find_missing(demo_db, act_refs(demo_db, draft), "ru") if m.attr == "position"
    ]
    assert [(m.record_id, m.other) for m in missing] == [(translator.id, "Котормочу")]
    fill_missing(demo_db, {missing[0].key: "Переводчик"}, "ru")
    refresh_texts(draft, demo_db, {("staff", translator.id or 0)})
    assert draft.incoming.title == "Переводчик"
