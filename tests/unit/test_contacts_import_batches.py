"""A contact import read and written in batches is still one all-or-nothing import."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from pressdesk.bilingual import Bi
from pressdesk.exchange.contacts_io import ContactFileError, detect_columns, preview_contacts
from pressdesk.services.contacts import exchange
from pressdesk.services.contacts.exchange import import_contacts
from pressdesk.services.contacts.query import count_people, list_people
from pressdesk.services.contacts.records import get_person
from pressdesk.services.contacts.values import ContactError, PersonFilter
from pressdesk.storage.contacts_models import Outlet, Person, Topic
from pressdesk.storage.contacts_search import (
    FTS_INSERT_TRIGGER,
    own_search_text,
    person_search_columns,
    shared_search_text,
)
from tests.unit.test_contacts_bulk import _second_db, _snapshot


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three rows a batch, so a few rows cross several batches."""
    monkeypatch.setattr(exchange, "_WRITE_CHUNK", 3)


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text("ФИО;СМИ;Телефон;E-mail;Темалар (кыр.);Темы (рус.)\n" + "\n".join(rows) + "\n")
    return path


def _trigger_present(db) -> bool:  # type: ignore[no-untyped-def]
    with db.session() as session:
        found = session.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": FTS_INSERT_TRIGGER},
        )
        session.execute(text("INSERT INTO person_fts(person_fts) VALUES ('integrity-check')"))
    return bool(found)


@pytest.mark.sqlite_only("counts the triggers of SQLite's full-text index")
def test_later_rows_merge_into_people_of_earlier_batches(db, tmp_path):
    source = _write(
        tmp_path / "people.csv",
        [
            "Асанов Бакыт;Кабар;0555 111 222;bakyt@kabar.example.kg;экономика;",
            "Петрова Елена;Вечерний Бишкек;;elena@vb.example.kg;экономика;",
            "Ким Ольга;Кабар;0555 333 444;;;",
            "Сыдыков Азамат;Кабар;;azamat@example.kg;;",
            "Асанов Б.;Ала-Тоо;;bakyt@kabar.example.kg;экономика;финансы",
            "Ким О.;;0555 333 444;olga@new.example.kg;;",
            "Ольга Ким;;;olga@new.example.kg;саясат;",
        ],
    )
    report = import_contacts(db, source)
    assert (report.total, report.created, report.updated) == (7, 4, 3)
    assert report.outlets_created == 3
    with db.session() as session:
        names = sorted(session.scalars(select(Outlet.name)))
        bakyt = session.scalar(select(Person.id).where(Person.full_name == "Асанов Бакыт"))
        olga = session.scalar(select(Person.id).where(Person.full_name == "Ким Ольга"))
        topics = session.execute(select(Topic.name_ky, Topic.name_ru)).all()
    assert names == ["Ала-Тоо", "Вечерний Бишкек", "Кабар"]
    moved = get_person(db, bakyt or 0)
    assert moved.outlet_name == "Ала-Тоо"
    merged = get_person(db, olga or 0)
    assert [e.address for e in merged.emails] == ["olga@new.example.kg"]
    assert [t.ky for t in merged.topics] == ["саясат"]
    # The Russian name a later batch gave a topic finds the person of the first batch.
    assert sorted(topics) == [("саясат", ""), ("экономика", "финансы")]
    found = list_people(db, PersonFilter(text="финансы")).rows
    assert sorted(p.full_name for p in found) == ["Асанов Бакыт", "Петрова Елена"]
    assert [p.full_name for p in list_people(db, PersonFilter(text="сыдыков")).rows] == [
        "Сыдыков Азамат"
    ]
    assert _trigger_present(db)
    # Read in one batch, the same file gives the same base, and so does a second import.
    again = import_contacts(db, source)
    whole = _second_db(tmp_path, "whole")
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(exchange, "_WRITE_CHUNK", 1000)
            import_contacts(whole, source)
            once = import_contacts(whole, source)
        assert (again.created, again.updated, again.unchanged) == (
            once.created,
            once.updated,
            once.unchanged,
        )
        assert _snapshot(db) == _snapshot(whole)
    finally:
        whole.close()


@pytest.mark.sqlite_only("counts the triggers of SQLite's full-text index")
def test_an_invalid_row_in_a_late_batch_leaves_the_base_as_it_was(db, tmp_path):
    rows = [f"Адам {i};Медиа {i};0555 {i:06d};;тема;" for i in range(10)]
    rows[8] = ";;;;тема;"  # no name
    rows.append(";Медиа;;;;")
    source = _write(tmp_path / "bad.csv", rows)
    report = import_contacts(db, source)
    assert report.stopped and not report.written
    assert report.total == 11
    assert [p.line for p in report.rejected] == [10, 12]
    assert report.created == 0
    assert count_people(db) == 0
    with db.session() as session:
        assert session.scalars(select(Outlet.id)).all() == []
        assert session.scalars(select(Topic.id)).all() == []
    assert _trigger_present(db)
    skipped = import_contacts(db, source, skip_invalid=True)
    assert skipped.created == 9 and count_people(db) == 9
    assert list_people(db, PersonFilter(text="адам")).total == 9


@pytest.mark.sqlite_only("counts the triggers of SQLite's full-text index")
def test_progress_counts_every_row_twice_and_cancel_restores_the_index(db, tmp_path):
    source = _write(tmp_path / "many.csv", [f"Адам {i};;0555 {i:06d};;;" for i in range(8)])
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    import_contacts(db, source, progress=progress)
    assert calls[-1] == (16, 16)
    assert all(d <= t for d, t in calls)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)
    stopped = import_contacts(db, source, progress=lambda done, total: done < 8)
    assert stopped.cancelled
    assert count_people(db) == 8
    assert _trigger_present(db)


def test_a_cancel_stops_reading_the_file(db, tmp_path, monkeypatch):
    source = _write(tmp_path / "many.csv", [f"Адам {i};;0555 {i:06d};;;" for i in range(60)])
    checked: list[int] = []
    check = exchange.check_candidate

    def counted(candidate, lang):  # type: ignore[no-untyped-def]
        checked.append(candidate.line)
        return check(candidate, lang)

    monkeypatch.setattr(exchange, "check_candidate", counted)
    report = import_contacts(db, source, progress=lambda done, total: done == 0)
    assert report.cancelled and count_people(db) == 0
    # Only the first batch of 3 rows was read and checked.
    assert checked == [2, 3, 4]


@pytest.mark.sqlite_only("counts the triggers of SQLite's full-text index")
def test_a_damaged_row_far_down_rolls_back_the_batches_written_before_it(db, tmp_path):
    rows = [f"Адам {i};;0555 {i:06d};;;" for i in range(20)]
    rows.append("Адам;;;" + "ы" * 200_000 + ";;")  # a cell over the limit, in the 7th batch
    source = _write(tmp_path / "long.csv", rows)
    with pytest.raises(ContactFileError):
        import_contacts(db, source)
    assert count_people(db) == 0
    assert _trigger_present(db)
    # A dry run of the same file stops the same way.
    with pytest.raises(ContactFileError):
        import_contacts(db, source, dry_run=True)


def test_the_preview_reads_only_the_rows_it_shows(tmp_path):
    rows = [f"Адам {i};;0555 {i:06d};;;" for i in range(30)]
    rows.append("Адам;;;" + "ы" * 200_000 + ";;")  # a cell over the limit, far down
    source = _write(tmp_path / "long.csv", rows)
    shown = preview_contacts(source, None, 5)
    assert [c.full_name for c in shown] == [f"Адам {i}" for i in range(5)]
    with pytest.raises(ContactFileError):
        detect_columns(source)


def test_search_text_made_in_two_parts_is_the_whole():
    own = own_search_text(
        "Ёлкина Айгүл",
        phones=[("+996555123456", "0555 123 456"), ("", "12")],
        emails=["Aigul@Example.KG"],
        messengers=["@aigul"],
        notes="Ёлка",
    )
    assert own == (
        "елкина айгүл",
        "aigul@example.kg @aigul елка 996555123456 0555123456 555123456 55123456 5123456 123456 12",
    )
    topics = (Bi("экономика", "экономика"), "саясат")
    position = Bi("Редактор", "Редактор")
    whole = person_search_columns(
        "Ёлкина Айгүл",
        position=position,
        outlet_name="Кабар",
        topics=topics,
        phones=[("+996555123456", "0555 123 456"), ("", "12")],
        emails=["Aigul@Example.KG"],
        messengers=["@aigul"],
        notes="Ёлка",
    )
    assert whole == (own[0], shared_search_text(own[1], position, "Кабар", topics))
    assert whole[1].startswith("редактор кабар экономика саясат aigul@")
    # Nothing shared or nothing of one's own leaves no stray space.
    assert shared_search_text("", "", "", ()) == ""
    assert shared_search_text("x", "", "", ()) == "x"
    assert shared_search_text("", "", "Кабар", ()) == "кабар"


def test_a_row_whose_values_cannot_be_made_while_reading_is_checked_by_the_plan(
    db, tmp_path, monkeypatch
):
    source = _write(
        tmp_path / "people.csv",
        [f"Адам {i};Медиа;0555 {i:06d};adam{i}@example.kg;тема;" for i in range(5)],
    )
    check = exchange.check_person

    def refusing(record):  # type: ignore[no-untyped-def]
        if record.full_name == "Адам 3":
            raise ContactError("field.empty", field="full name")
        return check(record)

    monkeypatch.setattr(exchange, "check_person", refusing)
    report = import_contacts(db, source)
    assert report.created == 5
    found = list_people(db, PersonFilter(text="adam3@example.kg")).rows
    assert [p.full_name for p in found] == ["Адам 3"]
    assert list_people(db, PersonFilter(text="медиа")).total == 5
