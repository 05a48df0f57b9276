"""Bulk import, index-first search and the fast checks agree with the plain, slow ways."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select

from pressdesk.bilingual import Bi
from pressdesk.exchange.contacts_io import read_contacts
from pressdesk.exchange.phones import check_email, check_phone, clean_value, display_phone
from pressdesk.runtime import Runtime
from pressdesk.services.contacts.exchange import candidate_record, import_contacts
from pressdesk.services.contacts.import_plan import merge_person
from pressdesk.services.contacts.query import count_people, list_people, person_ids
from pressdesk.services.contacts.records import (
    get_person,
    person_record,
    person_records,
    save_outlet,
    save_person,
    save_person_in,
    sort_text,
)
from pressdesk.services.contacts.values import (
    EmailValue,
    OutletRecord,
    PersonFilter,
    PersonRecord,
    PhoneValue,
)
from pressdesk.services.contacts.vocabulary import Vocabulary, topic_order
from pressdesk.storage.contacts_models import (
    Outlet,
    OutletHistory,
    Person,
    PersonEmail,
    PersonPhone,
    Topic,
)
from pressdesk.storage.contacts_search import search_fold
from pressdesk.textfold import sort_key

MIXED = """ФИО;Должность;СМИ;Телефон;E-mail;Темы;Telegram;Примечание
Асанов Бакыт;Корреспондент;Кабар;0555 111 222;bakyt@kabar.example.kg;Экономика;@bakyt;
Петрова Елена;Редактор;Вечерний Бишкек;0700 222 333;ELENA@vb.example.kg;экономика, Саясат;;утром
Асанов Б.;Шеф-редактор;Кабар;;bakyt@kabar.example.kg;Спорт;;второй раз
Ким Ольга;Оператор;Новое ТВ;0555 333 444;olga@new.example.kg;;;
Сыдыков Азамат;Фотограф;;12-34;azamat@example.kg;ЭКОНОМИКА;;неверный телефон
Ким О.;Оператор;Ала-Тоо;0555 333 444;;саясат;;
Жумабаева Айгүл;Журналист;Кабар;0 (312) 62-34-56;aigul@kabar.example.kg;Айыл чарба;@aigul;
"""


def _second_db(tmp_path: Path, name: str):  # type: ignore[no-untyped-def]
    return Runtime.create(str(tmp_path / name)).open_db()


def _seed(db) -> None:  # type: ignore[no-untyped-def]
    """People already in the base: one is matched by e-mail, one by phone."""
    kabar = save_outlet(db, OutletRecord("Кабар", kind="news_agency")).record
    save_outlet(db, OutletRecord("Ала-Тоо", kind="tv"))
    save_person(
        db,
        PersonRecord(
            "Петрова Елена Викторовна",
            outlet_id=kabar.id,
            position=Bi("", "Корреспондент"),
            topics=(Bi("Экономика", "Экономика"),),
            emails=(EmailValue("elena@vb.example.kg"),),
        ),
    )
    save_person(db, PersonRecord("Ким Ольга", phones=(PhoneValue("+996 555 333 444"),)))


def _import_row_by_row(db, path: Path) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """Import the way it was done before bulk writing: one ORM save per row."""
    counts = [0, 0, 0]
    checked = []
    for candidate in read_contacts(path).candidates:
        record, outlet, reasons = candidate_record(candidate)
        assert not reasons
        checked.append((record, outlet))
    with db.session() as session:
        outlets = {f: i for i, f in session.execute(select(Outlet.id, Outlet.name_folded))}
        for _record, outlet in checked:
            if outlet and search_fold(outlet) not in outlets:
                new = Outlet(
                    name=outlet,
                    kind="other",
                    name_sort=sort_text(outlet),
                    name_folded=search_fold(outlet),
                )
                session.add(new)
                session.flush()
                outlets[search_fold(outlet)] = new.id
        by_email: dict[str, int] = dict(
            session.execute(select(PersonEmail.normalized, PersonEmail.person_id)).all()
        )
        by_phone: dict[str, int] = dict(
            session.execute(select(PersonPhone.e164, PersonPhone.person_id)).all()
        )
        cache = Vocabulary.load(session)
        for record, outlet in checked:
            outlet_id = outlets.get(search_fold(outlet)) if outlet else None
            emails = [check_email(e.address).normalized for e in record.emails]
            phones = [check_phone(p.raw).e164 for p in record.phones]
            match = next(
                (by_email[e] for e in emails if e and e in by_email),
                next((by_phone[p] for p in phones if p and p in by_phone), None),
            )
            if match is not None:
                existing = person_record(session, session.get_one(Person, match))
                merged = merge_person(existing, record, outlet_id)
                if merged == existing:
                    counts[2] += 1
                    continue
                person, _warnings = save_person_in(session, merged, topic_cache=cache)
                counts[1] += 1
            else:
                person, _warnings = save_person_in(
                    session, replace(record, outlet_id=outlet_id), topic_cache=cache
                )
                counts[0] += 1
            session.expire(person)
            for e in emails:
                if e:
                    by_email.setdefault(e, person.id)
            for p in phones:
                if p:
                    by_phone.setdefault(p, person.id)
    return counts[0], counts[1], counts[2]


def _snapshot(db) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Everything an import writes, without ids or times."""
    with db.session() as session:
        ids = list(session.scalars(select(Person.id).order_by(Person.id)))
        records = person_records(session, ids)
        assert records == {pid: person_record(session, session.get_one(Person, pid)) for pid in ids}
        people = [
            (
                replace(records[pid], id=None, outlet_id=None),
                *session.execute(
                    select(
                        Person.name_sort,
                        Person.search_name,
                        Person.search_text,
                        Person.invalid_values,
                    ).where(Person.id == pid)
                ).one(),
            )
            for pid in ids
        ]
        outlets = sorted(session.execute(select(Outlet.name, Outlet.kind, Outlet.name_sort)).all())
        topics = sorted(
            session.execute(select(Topic.name_ky, Topic.name_ru, Topic.name_folded)).all()
        )
        history = sorted(
            session.execute(
                select(
                    OutletHistory.outlet_name,
                    OutletHistory.position_ky,
                    OutletHistory.position_ru,
                    OutletHistory.ended_on,
                )
            ).all()
        )
    return {"people": people, "outlets": outlets, "topics": topics, "history": history}


@pytest.mark.sqlite_only("compares two database files in two data folders")
def test_bulk_import_equals_row_by_row(db, tmp_path):
    source = tmp_path / "mixed.csv"
    source.write_text(MIXED, encoding="utf-8")
    reference = _second_db(tmp_path, "reference")
    try:
        _seed(db)
        _seed(reference)
        report = import_contacts(db, source)
        expected = _import_row_by_row(reference, source)
        assert (report.created, report.updated, report.unchanged) == expected
        assert expected[0] and expected[1]
        assert report.outlets_created == 2
        assert any("12-34" in w for w in report.warnings)
        assert _snapshot(db) == _snapshot(reference)
        history = _snapshot(db)["history"]
        assert [h[0] for h in history] == ["Кабар", "Новое ТВ"]  # type: ignore[index]
    finally:
        reference.close()


def test_reimport_is_idempotent_and_search_finds_imported_people(db, tmp_path):
    # Rows 3 and 6 say different things about one person, so they would flip on each import.
    lines = MIXED.splitlines()
    source = tmp_path / "clean.csv"
    source.write_text("\n".join(lines[:3] + lines[4:6] + lines[7:]) + "\n", encoding="utf-8")
    first = import_contacts(db, source)
    before = _snapshot(db)
    again = import_contacts(db, source)
    assert (again.created, again.updated) == (0, 0)
    assert again.unchanged == first.total
    assert _snapshot(db) == before
    assert [r.full_name for r in list_people(db, PersonFilter(text="айыл")).rows] == [
        "Жумабаева Айгүл"
    ]
    assert list_people(db, PersonFilter(text="123 456")).total == 0
    assert list_people(db, PersonFilter(text="62-34-56")).total == 1


@pytest.mark.parametrize("stop_at", ["checking", "writing"])
def test_cancel_rolls_everything_back(db, tmp_path, stop_at):
    source = tmp_path / "many.csv"
    lines = ["ФИО;СМИ;Телефон;Темы"]
    lines += [f"Адам {i};Медиа {i % 7};0555 {i:06d};тема {i % 3}" for i in range(700)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total // 2 if stop_at == "writing" else done < 400

    report = import_contacts(db, source, progress=progress)
    assert report.cancelled and not report.written
    assert calls[-1][0] <= calls[-1][1]
    assert count_people(db) == 0
    with db.session() as session:
        assert session.scalars(select(Outlet.id)).all() == []
        assert session.scalars(select(Topic.id)).all() == []
    done = import_contacts(db, source, progress=lambda d, t: True)
    assert done.created == 700 and count_people(db) == 700


def test_dry_run_reports_the_same_as_the_import(db, tmp_path):
    source = tmp_path / "mixed.csv"
    source.write_text(MIXED, encoding="utf-8")
    _seed(db)
    dry = import_contacts(db, source, dry_run=True)
    assert count_people(db) == 2
    real = import_contacts(db, source)
    assert (dry.created, dry.updated, dry.unchanged, dry.outlets_created, dry.warnings) == (
        real.created,
        real.updated,
        real.unchanged,
        real.outlets_created,
        real.warnings,
    )


def test_search_pages_from_the_index_match_the_filtered_query(db):
    outlet = save_outlet(db, OutletRecord("Кабар")).record
    rng = random.Random(5)
    for i in range(60):
        save_person(
            db,
            PersonRecord(
                f"{rng.choice(['Асанов', 'Асанова', 'Петров'])} {rng.choice(['Бакыт', 'Айгүл'])}",
                outlet_id=outlet.id if i % 2 else None,
                notes="асан" if i % 5 == 0 else "",
                phones=(PhoneValue(f"0555 {i:06d}"),),
            ),
        )
    for query in ("асан", "бакыт асан", "кабар", "0555 00"):
        fast = list_people(db, PersonFilter(text=query), limit=1000)
        # Any extra filter takes the general SQL path; this one lets everybody through.
        general = list_people(db, PersonFilter(text=query, do_not_contact=False), limit=1000)
        assert [r.id for r in fast.rows] == [r.id for r in general.rows]
        assert fast.total == general.total == len(fast.rows) > 0
        paged: list[int] = []
        offset = 0
        while True:
            page = list_people(db, PersonFilter(text=query), offset=offset, limit=7)
            paged += [r.id for r in page.rows]
            if not page.has_more:
                break
            offset += 7
        assert paged == [r.id for r in fast.rows]
        assert set(paged) == set(person_ids(db, PersonFilter(text=query)))


def test_page_rows_show_the_first_phone_email_and_sorted_topics(db):
    outlet = save_outlet(db, OutletRecord("Кабар")).record
    saved = save_person(
        db,
        PersonRecord(
            "Асанов Бакыт",
            outlet_id=outlet.id,
            topics=(Bi("Экономика", ""), Bi("Айыл чарба", "Сельское хозяйство"), Bi("Ңаалар", "")),
            phones=(PhoneValue("0700 111 222"), PhoneValue("0555 333 444")),
            emails=(EmailValue("b@kabar.example.kg"), EmailValue("a@kabar.example.kg")),
        ),
    ).record
    save_person(db, PersonRecord("Жок Телефон"))
    rows = {r.full_name: r for r in list_people(db, limit=10).rows}
    row = rows["Асанов Бакыт"]
    assert (row.id, row.outlet_name, row.phone, row.email) == (
        saved.id,
        "Кабар",
        "+996 700 111 222",
        "b@kabar.example.kg",
    )
    assert row.topics == tuple(sorted(row.topics, key=topic_order)) and len(row.topics) == 3
    assert row.topics[0] == Bi("Айыл чарба", "Сельское хозяйство")
    empty = rows["Жок Телефон"]
    assert (empty.phone, empty.email, empty.topics, empty.outlet_name) == ("", "", (), "")
    assert get_person(db, saved.id).phones[0].e164 == "+996700111222"


def _library_phone(raw: str) -> str:
    value = clean_value(raw)
    candidate = "+" + value[2:] if value.startswith("00") else value
    try:
        number = phonenumbers.parse(candidate, "KG")
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_phone_shortcut_agrees_with_phonenumbers():
    rng = random.Random(11)
    samples = ["0555 123 456", "0 (312) 62-34-56", "+996 3922 55555", "0 0555 123 456"]
    for _ in range(3000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 9, 10, 11])))
        prefix = rng.choice(["0", "+996", "", "00996", "+9960", "8"])
        sep = rng.choice(["", " ", "-", "(", ")", "."])
        samples.append(prefix + sep.join([digits[:3], digits[3:6], digits[6:]]))
    for raw in samples:
        check_phone.cache_clear()
        checked = check_phone(raw)
        assert (checked.e164, checked.valid) == (_library_phone(raw), bool(_library_phone(raw))), (
            raw
        )
        if checked.e164:
            number = phonenumbers.parse(checked.e164, None)
            assert display_phone(checked.e164) == phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )


@pytest.mark.parametrize(
    "raw",
    [
        "User.Name+tag@Example.KG",
        "a..b@x.kg",
        ".a@x.kg",
        "a@x",
        "a@-x.kg",
        "a@localhost",
        "a@x.test",
        "ö@x.kg",
        "a@жмк.кг",
        '"q r"@x.kg',
        "a" * 65 + "@x.kg",
        "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".kg",
        "a@b@c.kg",
        "a@x_y.kg",
        "mailto:Ivanov@Slovo.KG",
    ],
)
def test_email_shortcut_agrees_with_email_validator(raw):
    check_email.cache_clear()
    checked = check_email(raw)
    value = raw[7:] if raw.startswith("mailto:") else raw
    try:
        expected = validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = ""
    assert (checked.normalized, checked.valid) == (expected.casefold(), bool(expected))
    if expected:
        assert checked.address == expected


def test_sort_text_encodes_sort_key_letter_by_letter():
    rng = random.Random(3)
    letters = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБЁҢӨҮ abcXYZ-1.ßİ\u0301é😀\t"

    def reference(value: str) -> str:
        out = []
        for cls, item in sort_key(value):
            out.append(str(cls) + (chr(0x3000 + item) if isinstance(item, int) else item))
        return "".join(out)[:700]

    for _ in range(3000):
        value = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        assert sort_text(value) == reference(value), repr(value)
