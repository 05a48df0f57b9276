"""Press releases: validation, numbering without gaps, the approval flow and frozen versions."""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.releases.reading import get_release, list_releases, version_diff
from pressdesk.services.releases.records import (
    QuoteInput,
    ReleaseError,
    ReleaseFilter,
    ReleaseInput,
    ReleaseNotFound,
    add_release,
    delete_release,
    set_status,
    text_counts,
    update_release,
)
from pressdesk.services.staff import StaffRow, save_staff


def _input(**changes: object) -> ReleaseInput:
    values: dict[str, object] = {
        "title": Bi("Жаңы мектептер ачылды", "Открыты новые школы"),
        "lead": Bi("Министрлик үч мектеп ачты.", "Министерство открыло три школы."),
        "body": Bi("Биринчи абзац.\n\nЭкинчи абзац.", "Первый абзац.\n\nВторой абзац."),
    }
    values.update(changes)
    return ReleaseInput(**values)  # type: ignore[arg-type]


def _approve(db, release_id: int) -> None:
    set_status(db, release_id, "sent", by_name="Асанова А.")
    set_status(db, release_id, "approved", by_name="Токтогулов Б.")


def test_numbers_run_per_year_and_close_up_when_a_draft_is_deleted(db):
    first = add_release(db, _input())
    second = add_release(db, _input())
    third = add_release(db, _input(date=dt.date(2025, 12, 30)))
    assert [get_release(db, i).label for i in (first, second, third)] == [
        f"1/{clock.today().year}",
        f"2/{clock.today().year}",
        "1/2025",
    ]
    delete_release(db, first)
    assert get_release(db, second).number == 1
    fourth = add_release(db, _input())
    assert get_release(db, fourth).number == 2


def test_an_approved_number_stays_so_earlier_drafts_cannot_leave_a_gap(db):
    first = add_release(db, _input())
    second = add_release(db, _input())
    _approve(db, second)
    with pytest.raises(ReleaseError) as caught:
        delete_release(db, first)
    assert caught.value.code == "release.later_approved"
    with pytest.raises(ReleaseError) as caught:
        delete_release(db, second)
    assert caught.value.code == "release.cannot_delete"
    with pytest.raises(ReleaseError) as caught:
        update_release(db, second, _input(date=dt.date(2025, 1, 5)))
    assert caught.value.code == "release.year_fixed"


def test_bad_input_is_listed_line_by_line(db, tmp_path):
    bad = _input(
        title=Bi(" ", ""),
        kind="rumour",
        links=("not a link",),
        attachments=(str(tmp_path / "gone.jpg"),),
        quotes=(QuoteInput(text=Bi("", "")),),
    )
    with pytest.raises(ReleaseError) as caught:
        add_release(db, bad)
    codes = [line.code for line in caught.value.values["lines"]]
    assert codes == [
        "release.needs_title",
        "field.unknown",
        "release.bad_link",
        "release.no_attachment",
        "release.quote_needs_text",
        "release.quote_needs_speaker",
    ]
    with pytest.raises(ReleaseError):
        add_release(db, _input(plan_item_id=999))
    assert list_releases(db) == []


def test_the_flow_records_each_step_with_time_person_and_comment(db):
    rid = add_release(db, _input())
    with pytest.raises(ReleaseError) as caught:
        set_status(db, rid, "approved")
    assert caught.value.code == "release.bad_step"
    set_status(db, rid, "sent", by_name="Асанова А.")
    with pytest.raises(ReleaseError) as caught:
        set_status(db, rid, "returned")
    assert caught.value.code == "release.return_needs_comment"
    set_status(db, rid, "returned", by_name="Токтогулов Б.", comment="Цифраларды тактагыла")
    assert get_release(db, rid).return_comment == "Цифраларды тактагыла"
    set_status(db, rid, "sent", by_name="Асанова А.")
    set_status(db, rid, "approved", by_name="Токтогулов Б.")
    set_status(db, rid, "distributed", by_name="Асанова А.")
    row = get_release(db, rid)
    assert row.status == "distributed"
    steps = [(h.kind, h.old_value, h.new_value, h.by_name) for h in row.history]
    assert steps == [
        ("created", "", "draft", ""),
        ("status", "draft", "sent", "Асанова А."),
        ("status", "sent", "returned", "Токтогулов Б."),
        ("status", "returned", "sent", "Асанова А."),
        ("status", "sent", "approved", "Токтогулов Б."),
        ("status", "approved", "distributed", "Асанова А."),
    ]
    assert row.history[2].comment == "Цифраларды тактагыла"
    assert all(h.at == clock.now().replace(microsecond=0) for h in row.history)
    with pytest.raises(ReleaseError):
        set_status(db, rid, "published")
    with pytest.raises(ReleaseNotFound):
        set_status(db, 999, "sent")


def test_approval_without_a_name_is_recorded_in_the_staff_members_name(db):
    member = save_staff(db, StaffRow(full_name="Бакыт Токтогулов"))
    rid = add_release(db, _input())
    set_status(db, rid, "sent")
    set_status(db, rid, "approved", by_id=member.id)
    version = get_release(db, rid).versions[0]
    assert (version.approved_by, version.approved_by_id) == ("Бакыт Токтогулов", member.id)


def test_editing_an_approved_release_freezes_it_and_starts_the_next_version(db):
    quote = QuoteInput(text=Bi("Бул маанилүү кадам.", "Это важный шаг."), speaker="Б. Токтогулов")
    rid = add_release(db, _input(quotes=(quote,)))
    _approve(db, rid)
    # A change that does not touch the text keeps the approval.
    update_release(db, rid, _input(quotes=(quote,), links=("https://example.kg/news/1",)))
    assert get_release(db, rid).status == "approved"
    changed = _input(
        quotes=(quote,),
        body=Bi("Биринчи абзац.\n\nҮчүнчү абзац.", "Первый абзац.\n\nТретий абзац."),
    )
    update_release(db, rid, changed, by_name="Асанова А.")
    row = get_release(db, rid)
    assert (row.status, row.version) == ("draft", 2)
    assert row.versions[0].number == 1
    assert row.versions[0].body.ru == "Первый абзац.\n\nВторой абзац."
    assert "Это важный шаг." in row.versions[0].quotes.ru
    diff = version_diff(db, rid, 1, lang="ru")
    assert "-Второй абзац." in diff and "+Третий абзац." in diff
    assert "Первый абзац." not in [line[1:] for line in diff.splitlines() if line[:1] in "+-"]
    _approve(db, rid)
    row = get_release(db, rid)
    assert [v.number for v in row.versions] == [1, 2]
    assert version_diff(db, rid, 1, 2, lang="ky").count("+Үчүнчү абзац.") == 1
    with pytest.raises(ReleaseError):
        version_diff(db, rid, 7)


def test_the_list_filters_by_status_kind_year_and_words(db):
    a = add_release(db, _input(kind="statement"))
    b = add_release(db, _input(title=Bi("Сел коркунучу", "Угроза селей")))
    set_status(db, b, "sent")
    assert [r.id for r in list_releases(db)] == [b, a]
    assert [r.id for r in list_releases(db, ReleaseFilter(status="sent"))] == [b]
    assert [r.id for r in list_releases(db, ReleaseFilter(kind="statement"))] == [a]
    assert [r.id for r in list_releases(db, ReleaseFilter(text="селей"))] == [b]
    assert list_releases(db, ReleaseFilter(year=2000)) == []


def test_a_number_taken_at_the_same_moment_makes_the_new_release_take_the_next(db, monkeypatch):
    from pressdesk.services.releases import records

    first = add_release(db, _input())
    real = records._next_number
    calls = []

    def stale(session, year):  # the first try reads the count before the other writer's insert
        calls.append(year)
        return 1 if len(calls) == 1 else real(session, year)

    monkeypatch.setattr(records, "_next_number", stale)
    second = add_release(db, _input())
    assert (get_release(db, first).number, get_release(db, second).number) == (1, 2)
    assert len(calls) == 2


def test_the_editor_counts_characters_and_words():
    assert text_counts("Жаңы мектеп\nачылды.") == (18, 3)
    assert text_counts("") == (0, 0)
