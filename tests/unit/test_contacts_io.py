"""Import and export of contacts: formats, all-or-nothing, re-import, bad input, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
from pathlib import Path

import openpyxl
import pytest

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.exchange.contacts_io import ContactFileError, ImportMapping, detect_columns
from pressdesk.exchange.vcard import parse_vcards
from pressdesk.services.contacts.demo import fill_contacts
from pressdesk.services.contacts.exchange import import_contacts
from pressdesk.services.contacts.export import export_contacts
from pressdesk.services.contacts.lists import ListRecord, add_to_list, save_list
from pressdesk.services.contacts.query import count_people, list_outlets, list_people
from pressdesk.services.contacts.records import get_person, save_person
from pressdesk.services.contacts.values import ContactError, PersonFilter, PersonRecord, PhoneValue

DATA = Path(__file__).resolve().parents[1] / "data" / "contacts"


def _names(db):
    return sorted(r.full_name for r in list_people(db, limit=1000).rows)


def _one(value: Bi) -> str:
    """The text of a value a one-language file filled (in whichever language it went)."""
    assert not (value.ky and value.ru), value
    return value.ky or value.ru


def _texts(values) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return tuple(_one(v) for v in values)


def test_excel_russian_cp1251_semicolon_csv(db):
    report = import_contacts(db, DATA / "excel_ru_cp1251.csv")
    assert (report.created, report.outlets_created, report.rejected) == (3, 2, [])
    (elena,) = list_people(db, PersonFilter(text="петрова")).rows
    assert elena.outlet_name == "Вечерний Бишкек"
    assert elena.phone == "+996 555 123 456"
    record = get_person(db, elena.id)
    assert set(_texts(record.topics)) == {"экономика", "соцсфера"}
    assert record.notes == "звонить после 14:00"
    assert get_person(db, list_people(db, PersonFilter(text="ким")).rows[0].id).emails[
        0
    ].address == ("olga.kim@vb.example.kg")


def test_kyrgyz_headers_utf8_bom_and_languages(db):
    report = import_contacts(db, DATA / "kyrgyz_utf8_bom.csv")
    assert report.created == 2
    nurlan = get_person(db, list_people(db, PersonFilter(text="нурлан")).rows[0].id)
    assert nurlan.languages == frozenset({"ky", "ru"})
    assert nurlan.topics == (Bi("айыл чарба", ""), Bi("суу", ""))
    assert nurlan.phones[0].e164 == "+996772111222"


def test_english_headers_and_foreign_phone(db):
    assert import_contacts(db, DATA / "english_utf8.csv").created == 1
    assert list_people(db, PersonFilter(text="smith")).rows[0].phone == "+7 701 123 4567"


def test_xlsx_with_title_rows_and_numeric_phone(db):
    report = import_contacts(db, DATA / "contacts.xlsx")
    assert report.created == 2
    cholpon = list_people(db, PersonFilter(text="чолпон")).rows[0]
    assert (cholpon.outlet_name, cholpon.phone) == ("Нарын ТВ", "+996 700 222 333")


@pytest.mark.parametrize(
    ("name", "count"), [("outlook_21.vcf", 2), ("google_30.vcf", 1), ("apple_40.vcf", 1)]
)
def test_vcard_versions(db, name, count):
    report = import_contacts(db, DATA / name)
    assert report.created == count
    assert not report.rejected


def test_vcard_details_land_in_the_record(db):
    import_contacts(db, DATA / "outlook_21.vcf")
    import_contacts(db, DATA / "apple_40.vcf")
    import_contacts(db, DATA / "google_30.vcf")
    aigul = get_person(db, list_people(db, PersonFilter(text="айгүл")).rows[0].id)
    assert aigul.outlet_name == "Кабар"
    assert [p.e164 for p in aigul.phones] == ["+996555123456", "+996312623456"]
    assert [p.kind for p in aigul.phones] == ["mobile", "work"]
    kim = get_person(db, list_people(db, PersonFilter(text="наталья")).rows[0].id)
    assert kim.birthday == dt.date(1990, 3, 15)
    assert [(m.service, m.handle) for m in kim.messengers] == [("telegram", "natalya_kim")]
    bakyt = get_person(db, list_people(db, PersonFilter(text="бакыт")).rows[0].id)
    assert "экономика" in _texts(bakyt.topics)


def test_invalid_rows_block_the_whole_file_unless_skipped(db):
    report = import_contacts(db, DATA / "invalid_rows.csv")
    assert report.refused
    assert count_people(db) == 0
    assert [p.line for p in report.rejected] == [3, 4, 5]
    text = " | ".join(str(p) for p in report.rejected)
    assert "the name is empty" in text
    assert "unknown kind 'космонавт'" in text
    assert "birthday" in text
    report = import_contacts(db, DATA / "invalid_rows.csv", skip_invalid=True)
    assert (report.created, report.written, len(report.rejected)) == (2, True, 3)
    assert get_person(db, list_people(db, PersonFilter(text="азамат")).rows[0].id).birthday == (
        dt.date(1990, 5, 12)
    )


def test_dry_run_changes_nothing(db):
    report = import_contacts(db, DATA / "excel_ru_cp1251.csv", dry_run=True)
    assert (report.created, report.dry_run, report.written) == (3, True, False)
    assert count_people(db) == 0
    assert list_outlets(db).total == 0


def test_reimport_updates_instead_of_duplicating(db, tmp_path):
    import_contacts(db, DATA / "excel_ru_cp1251.csv")
    again = import_contacts(db, DATA / "excel_ru_cp1251.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    changed = tmp_path / "changed.csv"
    changed.write_text(
        "ФИО;Телефон;E-mail;Должность\nПетрова Е.;+996555123456;;Шеф-редактор\n", encoding="utf-8"
    )
    report = import_contacts(db, changed)
    assert (report.created, report.updated) == (0, 1)
    assert count_people(db) == 3
    elena = get_person(db, list_people(db, PersonFilter(text="петрова")).rows[0].id)
    assert _one(elena.position) == "Шеф-редактор"


def test_explicit_mapping_for_unknown_headers(db, tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("Кто;Где работает;Связь\nАсанов Бакыт;Кабар;0555 111 222\n", encoding="utf-8")
    with pytest.raises(ContactFileError, match="No header row"):
        import_contacts(db, odd)
    mapping = ImportMapping({"full_name": "Кто", "outlet": "Где работает", "phone": "Связь"})
    mapping = ImportMapping.from_json(mapping.to_json())
    assert import_contacts(db, odd, mapping=mapping).created == 1
    assert list_people(db).rows[0].outlet_name == "Кабар"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "empty"),
        ("header_only.csv", "no contacts under it"),
        ("no_header.csv", "No header row"),
        ("binary.csv", "."),
        ("truncated.xlsx", "damaged|not a readable"),
        ("not_really.xlsx", "damaged|not a readable"),
        ("truncated.vcf", "cut short"),
        ("not_vcard.vcf", "no vCard"),
    ],
)
def test_bad_files_give_a_message_and_change_nothing(db, name, message):
    with pytest.raises(ContactFileError, match=message):
        import_contacts(db, DATA / name)
    assert count_people(db) == 0


def test_missing_and_wrong_type_files(db, tmp_path):
    with pytest.raises(ContactFileError, match="Cannot read"):
        import_contacts(db, tmp_path / "missing.csv")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(ContactFileError, match="use a"):
        import_contacts(db, tmp_path / "a.pdf")


def test_hostile_values_long_fields_emoji_control_characters(db):
    report = import_contacts(db, DATA / "hostile.csv")
    assert report.refused
    assert "longer than 300" in str(report.rejected[0])
    report = import_contacts(db, DATA / "hostile.csv", skip_invalid=True)
    assert report.created == 2
    emoji = list_people(db, PersonFilter(text="эмодзи")).rows[0]
    assert emoji.full_name == "Эмодзи 😀 Тест"
    notes = get_person(db, emoji.id).notes
    assert "\x00" not in notes and notes.endswith("\U0001f4f0")
    formula = list_people(db, PersonFilter(text="hyperlink")).rows[0]
    assert formula.full_name.startswith("=HYPERLINK")


def test_duplicate_columns_are_reported(db):
    report = import_contacts(db, DATA / "duplicate_columns.csv")
    assert report.created == 1
    assert report.ignored_columns == ["Телефон"]
    assert detect_columns(DATA / "duplicate_columns.csv")[0]["phone"] == "Телефон"


def test_invalid_phone_in_a_valid_row_is_kept_and_reported(db, tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("ФИО;Телефон\nАсанов Бакыт;12-34\n", encoding="utf-8")
    report = import_contacts(db, f)
    assert report.created == 1
    assert "12-34" in report.warnings[0]
    assert list_people(db, PersonFilter(has_invalid=True)).total == 1


@pytest.fixture
def demo_contacts(db):
    fill_contacts(db, random.Random(7))
    return db


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_export_csv_round_trip_with_bom_and_formula_safety(demo_contacts, tmp_path, lang):
    db = demo_contacts
    save_person(
        db,
        PersonRecord(
            '=HYPERLINK("http://x")', notes="@SUM(A1)", phones=(PhoneValue("0555 777 888"),)
        ),
    )
    path = tmp_path / "base.csv"
    result = export_contacts(db, path, lang=lang)
    assert result.people == count_people(db)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == result.people + 1
    assert any(r[0] == '\'=HYPERLINK("http://x")' for r in rows)
    assert any(r[4] == "+996 555 777 888" for r in rows)
    fresh_report = import_contacts(db, path)
    assert fresh_report.created == 0


def test_export_xlsx_has_frozen_header_filter_and_text_formulas(demo_contacts, tmp_path):
    db = demo_contacts
    save_person(db, PersonRecord("-минус", notes="+плюс"))
    path = tmp_path / "base.xlsx"
    export_contacts(db, path, lang="ru")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    assert ws["A1"].value == "ФИО"
    assert ws.column_dimensions["A"].width > 10
    cells = [c for c in ws["A"] if c.value == "-минус"]
    assert cells and cells[0].data_type == "s"


def test_export_a_list_as_vcard(demo_contacts, tmp_path):
    db = demo_contacts
    lst = save_list(db, ListRecord("Тест"))
    ids = [r.id for r in list_people(db, limit=3).rows]
    add_to_list(db, lst.id, person_ids=ids)
    path = tmp_path / "list.vcf"
    assert export_contacts(db, path, list_id=lst.id).people == 3
    cards = parse_vcards(path.read_bytes())
    assert sorted(c.name for c in cards) == sorted(
        r.full_name for r in list_people(db, limit=3).rows
    )
    assert all(c.version == "3.0" for c in cards)


def test_export_rejects_unknown_format_and_language(db, tmp_path):
    with pytest.raises(ContactError):
        export_contacts(db, tmp_path / "x.txt")
    with pytest.raises(ContactError):
        export_contacts(db, tmp_path / "x.csv", lang="de")


def _cli(capsys, monkeypatch, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_search_export_stale_duplicates(capsys, monkeypatch, tmp_path, data_dir):
    code, out, _ = _cli(capsys, monkeypatch, "contacts", "import", str(DATA / "invalid_rows.csv"))
    assert code == cli.EXIT_PROBLEMS
    assert "row 4" in out and "Nothing was imported" in out
    code, out, _ = _cli(
        capsys, monkeypatch, "contacts", "import", str(DATA / "invalid_rows.csv"), "--skip-invalid"
    )
    assert code == 0 and "2 new" in out
    code, out, _ = _cli(
        capsys, monkeypatch, "contacts", "import", str(DATA / "kyrgyz_utf8_bom.csv"), "--dry-run"
    )
    assert code == 0 and "Would import: 2 new" in out
    code, out, _ = _cli(capsys, monkeypatch, "contacts", "search", "АЗАМАТ")
    assert code == 0
    assert out.splitlines() == ["Сыдыков Азамат\tКабар\t+996 709 333 444\tazamat@kabar.example.kg"]
    target = tmp_path / "out" / "base.pdf"
    code, out, _ = _cli(capsys, monkeypatch, "contacts", "export", str(target), "--lang", "ky")
    assert code == 0 and target.exists()
    code, _, err = _cli(
        capsys, monkeypatch, "contacts", "export", str(tmp_path / "x.csv"), "--list", "Жок"
    )
    assert code == cli.EXIT_USAGE and "no distribution list" in err
    code, out, _ = _cli(capsys, monkeypatch, "contacts", "stale")
    assert "2 people not verified" in out
    code, out, _ = _cli(capsys, monkeypatch, "contacts", "stale", "--mark-verified")
    assert "Marked 2" in out
    code, out, _ = _cli(capsys, monkeypatch, "contacts", "duplicates")
    assert "0 likely duplicate pairs" in out
    code, _, err = _cli(capsys, monkeypatch, "contacts", "import", str(DATA / "truncated.xlsx"))
    assert code == cli.EXIT_PROBLEMS and "Traceback" not in err and "truncated.xlsx" in err
    shutil.rmtree(tmp_path / "out")


# --- the tables and cards other programs write ------------------------------------------------


def _person(db, text):
    return get_person(db, list_people(db, PersonFilter(text=text)).rows[0].id)


def _phones(person):
    return [(p.e164, p.kind) for p in person.phones]


def _card_keys(db, full_name):
    from sqlalchemy import select

    from pressdesk.storage.contacts_models import Person

    with db.session() as session:
        return session.execute(
            select(Person.vcard_uid, Person.name_parts).where(Person.full_name == full_name)
        ).one()


def test_google_contacts_old_layout_types_are_kinds_not_values(db):
    report = import_contacts(db, DATA / "google_old.csv")
    assert (report.created, report.rejected, report.warnings) == (1, [], [])
    cholpon = _person(db, "чолпон")
    assert (cholpon.full_name, _one(cholpon.position), cholpon.outlet_name) == (
        "Чолпон Примерова",
        "Ведущая",
        "Пример Радио",
    )
    assert [e.address for e in cholpon.emails] == [
        "cholpon@radio.example.kg",
        "cholpon.p@mail.example.com",
    ]
    assert _phones(cholpon) == [
        ("+996700112233", "mobile"),
        ("+996312112234", "work"),
        ("+996312112235", "home"),
    ]
    assert [(m.service, m.handle) for m in cholpon.messengers] == [
        ("other", "Skype: cholpon.primer")
    ]
    assert _texts(cholpon.topics) == ("Радио",)  # Google's own "My Contacts" group is left out
    assert cholpon.languages == frozenset({"ru"})
    assert cholpon.birthday == dt.date(1991, 6, 2)
    assert "Отдел: Новости" in cholpon.notes and "Сайт: https://cholpon.example.kg" in cholpon.notes
    assert _card_keys(db, "Чолпон Примерова") == ("", "Примерова;Чолпон;;;")


def test_google_contacts_current_layout(db):
    report = import_contacts(db, DATA / "google_new.csv")
    assert report.created == 2
    aibek = _person(db, "айбек")
    assert (aibek.full_name, _one(aibek.position), aibek.outlet_name) == (
        "Тестов Айбек",
        "Корреспондент",
        "Кабар",
    )
    assert _phones(aibek) == [
        ("+996555101202", "mobile"),
        ("+996312621020", "work"),
        ("+996312621021", "fax"),
    ]
    assert [e.address for e in aibek.emails] == [
        "aibek@kabar.example.kg",
        "aibek.t@mail.example.com",
    ]
    assert aibek.birthday is None and "День рождения: 10.02" in aibek.notes
    assert "Псевдоним: Айко" in aibek.notes
    assert "Адрес (рабочий): ул. Примерная 1, Бишкек, 720000, Кыргызстан" in aibek.notes
    jane = _person(db, "jane")
    # Two numbers in one cell, Google's " ::: " separator; the prefix is kept in the name.
    assert _phones(jane) == [("+996700303404", "mobile"), ("+996700303405", "mobile")]
    assert _card_keys(db, "Jane Example") == ("", "Example;Jane;;Dr.;")


def test_outlook_title_is_the_prefix_and_every_phone_and_email_is_kept(db):
    report = import_contacts(db, DATA / "outlook_windows.csv")
    assert (report.created, report.rejected) == (1, [])
    nurlan = _person(db, "nurlan")
    assert (nurlan.full_name, _one(nurlan.position), nurlan.outlet_name) == (
        "Nurlan Sample",
        "Senior Correspondent",
        "Sample Agency",
    )
    assert _phones(nurlan) == [
        ("+996555900005", "mobile"),
        ("+996312900002", "work"),
        ("+996312900003", "work"),
        ("+996312900004", "home"),
        ("+996312900001", "fax"),
    ]
    assert [e.address for e in nurlan.emails] == [
        "nurlan@agency.example.kg",
        "n.sample@mail.example.com",
        "nurlan.home@mail.example.com",
    ]
    assert _texts(nurlan.topics) == ("Politics", "VIP")
    assert nurlan.birthday is None and "0/0/00" not in nurlan.notes
    assert _card_keys(db, "Nurlan Sample") == ("", "Sample;Nurlan;;Dr.;")
    report = import_contacts(db, DATA / "outlook_web.csv")
    gulnara = _person(db, "gulnara")
    assert (gulnara.full_name, _one(gulnara.position)) == ("Gulnara Primerova", "Producer")
    assert _phones(gulnara) == [("+996777550022", "mobile"), ("+996312550011", "work")]


@pytest.mark.parametrize("name", ["thunderbird_en.csv", "thunderbird_ru.csv"])
def test_thunderbird_display_name_and_emails(db, name):
    report = import_contacts(db, DATA / name)
    assert (report.created, report.rejected) == (1, [])
    person = get_person(db, list_people(db).rows[0].id)
    expected = {
        "thunderbird_en.csv": (
            "Azamat Exampleov",
            ["azamat@tv.example.kg", "azamat.e@mail.example.com"],
            [("+996555334457", "mobile"), ("+996312334455", "work"), ("+996312334456", "fax")],
            dt.date(1988, 9, 30),
        ),
        "thunderbird_ru.csv": (
            "Примеров Бакыт",
            ["bakyt@radio.example.kg", "bakyt.p@mail.example.com"],
            [("+996700440002", "mobile"), ("+996312440001", "work")],
            None,
        ),
    }[name]
    assert (
        person.full_name,
        [e.address for e in person.emails],
        _phones(person),
        person.birthday,
    ) == expected
    if name == "thunderbird_ru.csv":
        assert "День рождения: 17.05" in person.notes


def test_yandex_and_mailru_exports(db):
    assert import_contacts(db, DATA / "yandex.csv").created == 2
    erkin = _person(db, "эркин")
    assert (erkin.full_name, _one(erkin.position), erkin.outlet_name, erkin.birthday) == (
        "Примеров Эркин Асанович",
        "Редактор",
        "Пример Ньюс",
        dt.date(1990, 3, 15),
    )
    assert _phones(erkin) == [("+996555123456", "mobile"), ("+996312123457", "work")]
    assert "Адрес: г. Бишкек, ул. Тестовая 5" in erkin.notes
    aiperi = _person(db, "айпери")
    assert len(aiperi.emails) == 2 and "День рождения: 21.07" in aiperi.notes
    assert import_contacts(db, DATA / "mailru.csv").created == 1
    dinara = _person(db, "динара")
    assert dinara.full_name == "Образцова Динара Кубатовна"
    assert [e.address for e in dinara.emails] == [
        "dinara@press.example.kg",
        "d.obraz@mail.example.com",
        "dinara.o@mail.example.com",
    ]
    assert dinara.birthday == dt.date(1988, 11, 12)


def test_an_email_only_file_imports_with_names_to_check(db):
    report = import_contacts(db, DATA / "emails_only.csv")
    assert (report.created, report.rejected) == (2, [])
    assert "named 'Baktygul Example' after its email, check it" in report.warnings[0]
    assert _names(db) == ["Baktygul Example", "News Desk"]
    person = _person(db, "baktygul")
    assert "проверьте" in person.notes


def test_explicit_mapping_keeps_the_kinds_of_a_client_layout(db):
    columns, _ignored = detect_columns(DATA / "outlook_windows.csv")
    assert columns["position"] == "Job Title"
    assert (columns["phone"], columns["email"]) == ("Business Fax", "E-mail Address")
    report = import_contacts(db, DATA / "outlook_windows.csv", mapping=ImportMapping(columns))
    assert report.created == 1
    assert len(_person(db, "nurlan").phones) == 5


def test_vcard_odd_values_go_to_the_notes_and_never_refuse_a_card(db):
    report = import_contacts(db, DATA / "odd_values.vcf")
    assert (report.created, report.rejected, report.refused) == (4, [], False)
    text = "\n".join(report.warnings)
    assert "the birthday '--02-10' has no year; it is kept in the notes" in text
    assert "the birthday 'весна 1990' is not a date" in text
    assert "unknown language 'fr'; kept in the notes" in text
    assert "the photo was not imported" in text
    assert "no name in the file; named 'Desk News' after its email" in text
    assert "no name in the file; named '+996 312 66 77 88' after its phone" in text
    greg = _person(db, "greg")
    assert greg.languages == frozenset({"en"})
    assert [(m.service, m.handle) for m in greg.messengers] == [
        ("other", "Skype: greg.exampleton"),
        ("telegram", "gregd"),
        ("other", "Twitter: https://twitter.com/gregd_example"),
    ]
    assert greg.notes.splitlines() == [
        "Met at the energy forum",
        "Псевдоним: Greggy",
        "Отдел: Central Asia desk",
        "Адрес (рабочий): Erkindik 1, Bishkek, 720040, Kyrgyzstan",
        "Сайт: https://wire.example.com/greg",
        "День рождения: 10.02",
        "Языки: fr",
    ]
    assert _card_keys(db, "Greg Exampleton") == (
        "urn:uuid:7d8f2b3c-1111-4a2b-9c3d-000000000001",
        "Exampleton;Greg;;;",
    )
    assert "Радио Пример" in [r.outlet_name for r in list_people(db).rows]


def test_reimport_matches_on_the_uid(db, tmp_path):
    import_contacts(db, DATA / "odd_values.vcf")
    changed = tmp_path / "changed.vcf"
    changed.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:7d8f2b3c-1111-4a2b-9c3d-000000000001\r\n"
        "FN:Greg Exampleton\r\nEMAIL:greg@new.example.com\r\nTITLE:Editor\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = import_contacts(db, changed)
    assert (report.created, report.updated) == (0, 1)
    greg = _person(db, "greg")
    assert _one(greg.position) == "Editor"
    assert [e.address for e in greg.emails] == ["greg@wire.example.com", "greg@new.example.com"]


@pytest.mark.sqlite_only("imports again into the file of a second data folder")
def test_vcard_export_writes_what_the_import_kept(db, tmp_path):
    import_contacts(db, DATA / "odd_values.vcf")
    path = tmp_path / "out.vcf"
    # The import put the English texts into the document language (Kyrgyz by default).
    export_contacts(db, path, lang="ky")
    text = path.read_text(encoding="utf-8").replace("\r\n ", "")
    greg = text[text.index("FN:Greg Exampleton") - 60 : text.index("FN:Greg Exampleton") + 900]
    assert "N:Exampleton;Greg;;;" in greg
    for line in (
        "NICKNAME:Greggy",
        "ORG:Example Wire;Central Asia desk",
        "ADR;TYPE=WORK:;;Erkindik 1\\, Bishkek\\, 720040\\, Kyrgyzstan;;;;",
        "URL:https://wire.example.com/greg",
        "BDAY:--0210",
        "CATEGORIES:economy,energy",
        "IMPP;X-SERVICE-TYPE=Skype:skype:greg.exampleton",
        "IMPP;X-SERVICE-TYPE=Telegram:tg:gregd",
        "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/gregd_example",
        "NOTE:Met at the energy forum",
    ):
        assert line in greg, line
    assert "X-OTHER" not in text
    # Into an empty base it comes back the same (the export writes no LANG for "en" yet).
    fresh = tmp_path / "fresh"
    from pressdesk.runtime import Runtime

    other = Runtime.create(str(fresh)).open_db()
    try:
        assert import_contacts(other, path).created == 4
        again = _person(other, "greg")
        original = _person(db, "greg")
        assert (again.notes, again.messengers, again.topics, _phones(again)) == (
            original.notes,
            original.messengers,
            original.topics,
            _phones(original),
        )
    finally:
        other.close()
