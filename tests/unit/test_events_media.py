"""Invitations, accreditation lists, iCalendar, the CLI and the demo part of events."""

from __future__ import annotations

import csv
import datetime as dt
import random

import icalendar
import pytest

from pressdesk import cli, clock
from pressdesk.exchange.events_io import event_uid
from pressdesk.services.contacts.lists import ListRecord, add_to_list, save_list
from pressdesk.services.contacts.log import list_interactions
from pressdesk.services.contacts.records import delete_people, save_outlet, save_person
from pressdesk.services.contacts.values import (
    EmailValue,
    OutletRecord,
    PersonFilter,
    PersonRecord,
    PhoneValue,
)
from pressdesk.services.demo import _fill_foundation
from pressdesk.services.events.accreditation import (
    AccreditationInput,
    accreditation_list,
    add_entry,
    add_people,
    deletion_notice,
    lists_of_people,
    set_status,
)
from pressdesk.services.events.demo import fill_events_demo
from pressdesk.services.events.invitations import (
    export_recipients,
    invite,
    resolve_recipients,
)
from pressdesk.services.events.printing import export_ics, vevents
from pressdesk.services.events.records import EventError, EventInput, create_event, list_events
from pressdesk.services.events.tasks import list_tasks

START = dt.datetime(2026, 11, 25, 10, 0)


def event(db, **changes):
    fields = {
        "kind": "briefing",
        "title": "Брифинг: ун жана нан баасы",
        "starts_at": START,
        "ends_at": START + dt.timedelta(hours=1),
        "place": "Пресс-борбор, Киев көчөсү, 96а",
    }
    fields.update(changes)
    return create_event(db, EventInput(**fields))


def media(db):
    """Two state outlets, one private, a journalist at each and one person not to contact."""
    people = {}
    for name, outlet, ownership in (
        ("Асанова Жылдыз", "Кабар", "state"),
        ("Бейшеналиева Айжан", "Биринчи радио", "state"),
        ("=Токтогулов Нурбек", "Kloop", "private"),
    ):
        saved = save_outlet(db, OutletRecord(outlet, ownership=ownership)).record
        person = save_person(
            db,
            PersonRecord(
                name,
                outlet_id=saved.id,
                phones=(PhoneValue("+996 555 123 456"),),
                emails=(EmailValue(f"p{len(people)}@example.kg"),),
            ),
        ).record
        people[name] = person.id
    quiet = save_person(db, PersonRecord("Өмүрова Гүлзат", do_not_contact=True)).record
    people["quiet"] = quiet.id
    return people


def test_recipients_from_lists_and_filters_with_equal_access_warning(db):
    people = media(db)
    state_list = save_list(db, ListRecord("Мамлекеттик ЖМК"))
    assert state_list.id is not None
    add_to_list(
        db,
        state_list.id,
        person_ids=[people["Асанова Жылдыз"], people["Бейшеналиева Айжан"], people["quiet"]],
    )
    chosen = resolve_recipients(db, list_ids=[state_list.id])
    assert len(chosen.recipients) == 2 and [r.full_name for r in chosen.excluded] == [
        "Өмүрова Гүлзат"
    ]
    assert chosen.balance == "state_only"
    assert "Only state media" in chosen.warning and "Equal access" in chosen.warning
    private = resolve_recipients(db, filters=[PersonFilter(ownerships=frozenset({"private"}))])
    assert private.balance == "private_only" and "Only private media" in private.warning
    both = resolve_recipients(
        db, list_ids=[state_list.id], person_ids=[people["=Токтогулов Нурбек"]]
    )
    assert both.balance == "mixed" and both.warning == ""
    assert len(both.recipients) == 3


def test_invitation_writes_safe_csv_and_logs_each_person(db, tmp_path):
    people = media(db)
    row = event(db)
    chosen = resolve_recipients(db, person_ids=people.values())
    result = invite(
        db,
        row.id,
        chosen,
        lang="ky",
        table_path=tmp_path / "recipients.csv",
        on=dt.date(2026, 11, 18),
    )
    assert result.recipients == 3 and result.logged == 3 and result.warning == ""
    raw = (tmp_path / "recipients.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "recipients.csv").open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    assert lines[0][:3] == ["Аты-жөнү", "Кызматы", "ЖМК"]
    names = {line[0] for line in lines[1:]}
    assert "'=Токтогулов Нурбек" in names and "Асанова Жылдыз" in names
    assert {line[3] for line in lines[1:]} == {"мамлекеттик", "жеке"}
    assert all(
        line[7] == "Брифинг: ун жана нан баасы" or "Брифинг" in line[7] for line in lines[1:]
    )
    log = list_interactions(db, person_id=people["Асанова Жылдыз"]).rows
    assert log[0].happened_on == dt.date(2026, 11, 18) and "Пресс-анонс" in log[0].subject
    with pytest.raises(EventError, match="use one of"):
        export_recipients(db, row.id, chosen.recipients, tmp_path / "r.txt", lang="ru")


def test_protocol_event_has_no_advisory_and_no_accreditation(db, tmp_path):
    people = media(db)
    closed = event(db, kind="internal", title="Коллегия", protocol=True)
    chosen = resolve_recipients(db, person_ids=people.values())
    with pytest.raises(EventError, match="protocol event"):
        invite(db, closed.id, chosen, lang="ru", advisory_path=tmp_path / "a.pdf")
    with pytest.raises(EventError, match="protocol event"):
        add_people(db, closed.id, [people["Асанова Жылдыз"]])


def test_deleted_contact_stays_on_the_accreditation_list_as_text(db):
    people = media(db)
    row = event(db)
    added = add_people(db, row.id, [people["Асанова Жылдыз"], people["=Токтогулов Нурбек"]])
    assert len(added) == 2
    assert add_people(db, row.id, [people["Асанова Жылдыз"]]) == []
    set_status(db, added[0].id, "accredited")
    walk_in = add_entry(
        db, row.id, AccreditationInput("Сатыбалдиева Жылдыз", "Агро-Блог", status="attended")
    )
    assert walk_in.text_only
    notice = deletion_notice(db, [people["Асанова Жылдыз"]])
    assert "accreditation list of “Брифинг: ун жана нан баасы”" in notice
    assert "as text" in notice
    assert [p.event_id for p in lists_of_people(db, [people["Асанова Жылдыз"]])] == [row.id]
    delete_people(db, [people["Асанова Жылдыз"]])
    kept = {r.full_name: r for r in accreditation_list(db, row.id)}
    assert set(kept) == {"Асанова Жылдыз", "=Токтогулов Нурбек", "Сатыбалдиева Жылдыз"}
    gone = kept["Асанова Жылдыз"]
    assert gone.person_id is None and gone.text_only
    assert gone.outlet_name == "Кабар" and gone.status == "accredited"
    assert gone.email == "p0@example.kg" and gone.phone
    assert deletion_notice(db, [people["=Токтогулов Нурбек"]]).startswith("This contact is")
    with pytest.raises(EventError, match="Unknown accreditation status"):
        set_status(db, gone.id, "maybe")


def test_events_in_icalendar_have_stable_uids_and_place(db, tmp_path):
    first = event(db)
    second = event(
        db, kind="press_tour", title="Пресс-тур", ends_at=START + dt.timedelta(days=1, hours=8)
    )
    assert export_ics(db, tmp_path / "events.ics", lang="ky") == 2
    calendar = icalendar.Calendar.from_ical((tmp_path / "events.ics").read_bytes())
    found = {str(v["UID"]): v for v in calendar.walk("VEVENT")}
    assert (
        set(found)
        == {event_uid(first.id), event_uid(second.id)}
        == {"event-1@pressdesk", "event-2@pressdesk"}
    )
    tour = found["event-2@pressdesk"]
    assert str(tour["LOCATION"]) == "Пресс-борбор, Киев көчөсү, 96а"
    assert tour.decoded("DTEND") - tour.decoded("DTSTART") == dt.timedelta(days=1, hours=8)
    components = vevents(db, lang="ru")
    assert [str(c["UID"]) for c in components] == ["event-1@pressdesk", "event-2@pressdesk"]
    assert "Брифинг" in str(components[0]["CATEGORIES"].cats[0])


def _cli(capsys, monkeypatch, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_exports_and_reports_bad_input(runtime, capsys, monkeypatch, tmp_path):
    database = runtime.open_db()
    try:
        row = event(database)
        media_ids = media(database)
        add_people(database, row.id, [pid for name, pid in media_ids.items() if name != "quiet"])
    finally:
        database.close()
    code, out, _ = _cli(capsys, monkeypatch, "events", "list")
    assert code == 0
    assert out.splitlines()[0].startswith(
        f"{row.id}\t2026-11-25 10:00\tbriefing\tБрифинг: ун жана нан баасы"
    )
    code, out, _ = _cli(
        capsys,
        monkeypatch,
        "events",
        "export",
        str(row.id),
        str(tmp_path / "card.docx"),
        "--lang",
        "ru",
    )
    assert code == 0 and (tmp_path / "card.docx").stat().st_size > 0
    code, out, _ = _cli(
        capsys, monkeypatch, "events", "export", str(row.id), str(tmp_path / "e.ics")
    )
    assert code == 0 and b"event-1@pressdesk" in (tmp_path / "e.ics").read_bytes()
    code, out, _ = _cli(
        capsys, monkeypatch, "events", "accreditation", str(row.id), str(tmp_path / "sheet.docx")
    )
    assert code == 0 and "3 journalists" in out
    code, _, err = _cli(
        capsys, monkeypatch, "events", "accreditation", str(row.id), str(tmp_path / "sheet.txt")
    )
    assert code == cli.EXIT_PROBLEMS and "use one of .docx, .pdf" in err
    code, _, err = _cli(capsys, monkeypatch, "events", "export", "99", str(tmp_path / "x.pdf"))
    assert code == cli.EXIT_PROBLEMS and "No event with id 99" in err
    code, out, _ = _cli(
        capsys, monkeypatch, "events", "tasks", "--week", "2026-W48", "--lang", "ru"
    )
    assert code == 0 and out.startswith("2026-W48: 2026-11-23 – 2026-11-29")
    assert "Зарегистрировать журналистов" in out
    code, _, err = _cli(capsys, monkeypatch, "events", "tasks", "--week", "soon")
    assert code == cli.EXIT_PROBLEMS and "ISO week" in err
    code, _, err = _cli(capsys, monkeypatch, "events", "list", "--from", "25.11.2026")
    assert code == cli.EXIT_USAGE and "not a date" in err


def test_demo_events_without_contacts_still_fill(db):
    _fill_foundation(db, random.Random(1))
    assert fill_events_demo(db, random.Random(1)) > 0
    rows = list_events(db)
    today = clock.today()
    assert len({r.kind for r in rows}) >= 6
    assert any(r.ends_at.date() < today for r in rows) and any(
        r.starts_at.date() > today for r in rows
    )
    states = {t.state for r in rows for t in list_tasks(db, r.id)}
    assert states == {"done", "open", "overdue"}
    lists = [accreditation_list(db, r.id) for r in rows if r.accreditation_total]
    assert lists and all(len(entries) == 1 for entries in lists)


def test_demo_events_use_contacts_when_present(db):
    from pressdesk.services.contacts.demo import fill_contacts

    _fill_foundation(db, random.Random(2))
    fill_contacts(db, random.Random(2))
    fill_events_demo(db, random.Random(2))
    entries = [e for r in list_events(db) for e in accreditation_list(db, r.id)]
    assert len([e for e in entries if e.person_id is not None]) >= 10
    assert {e.status for e in entries} >= {"requested", "accredited", "attended", "refused"}


def _both(value) -> str:
    return f"{value.ky} {value.ru}"


def test_demo_events_follow_the_farming_year(db):
    from pressdesk.services.events.demo import demo_events

    december = " ".join(
        f"{_both(d.title)} {_both(d.topic)}" for d in demo_events(dt.date(2026, 12, 4))
    )
    for wrong in ("Жазгы талаа иштеринин", "весеннего сева", "уборочной", "оруу"):
        assert wrong not in december, wrong
    assert "итоги сельскохозяйственного года" in december
    assert "кыштоо" in december.casefold()
    may = " ".join(_both(d.title) for d in demo_events(dt.date(2026, 5, 10)))
    assert "Жазгы талаа иштеринин жүрүшү" in may and "итоги сельскохозяйственного" not in may
    # Each seasonal event is chosen by the month it falls in, not by today's month.
    late_november = {d.day: d.title for d in demo_events(dt.date(2026, 11, 30))}
    assert late_november[14].ru == "Пресс-конференция: итоги сельскохозяйственного года"
    assert late_november[14].ky == "Пресс-конференция: айыл чарба жылынын жыйынтыктары"
    _fill_foundation(db, random.Random(3))
    with clock.frozen(dt.datetime(2026, 12, 4, 9, 0)):
        fill_events_demo(db, random.Random(3))
        titles = [r.title.ky for r in list_events(db)]
    assert "Малды кыштоого даярдык боюнча пресс-конференция" in titles
    assert not any("Жазгы талаа иштеринин жыйынтыктары" in t for t in titles)
