"""``pressdesk plan`` for several items at once, and the printed plan's approval status."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pypdf import PdfReader

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.services.plan.items import PlanItemInput, create_item, get_item, list_items
from pressdesk.services.plan.periods import parse_period
from pressdesk.services.plan.printing import export_plan, plan_document
from pressdesk.services.plan.workflow import change_status
from pressdesk.services.profile import get_profile, save_profile
from pressdesk.services.staff import StaffRow, save_staff

MONDAY = dt.date(2026, 12, 7)  # 2026-W50


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class Shared:
    """The test database, opened only between command runs (a command locks it)."""

    def __init__(self, runtime):
        self.runtime = runtime

    def call(self, func, *args, **kwargs):
        db = self.runtime.open_db()
        try:
            return func(db, *args, **kwargs)
        finally:
            db.close()


@pytest.fixture
def week(runtime):
    shared = Shared(runtime)
    rows = [
        shared.call(
            create_item,
            PlanItemInput(
                date=MONDAY + dt.timedelta(days=n), title=Bi(f"Маалымат №{n}", f"Пресс-релиз №{n}")
            ),
            status="draft",
        )
        for n in range(5)
    ]
    return shared, [str(r.id) for r in rows]


def item(shared, item_id):
    return shared.call(get_item, int(item_id))


def statuses(shared, ids):
    return [item(shared, i).status for i in ids]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("status", "--week", "2026-W50", "--from-status", "draft", "sent"), ["sent"] * 5),
        (("status", "{0}", "{1}", "sent"), ["sent", "sent", "draft", "draft", "draft"]),
        (("status", "{0}", "cancelled"), ["cancelled", "draft", "draft", "draft", "draft"]),
    ],
)
def test_status_of_several_items(capsys, week, argv, expected):
    db, ids = week
    code, out, _ = run(capsys, "plan", *(a.format(*ids) for a in argv))
    assert code == 0, out
    assert statuses(db, ids) == expected


def test_week_sent_then_approved_by_the_head(capsys, week):
    db, ids = week
    profile = db.call(get_profile)
    db.call(save_profile, replace(profile, head_name="Асанов Б."))
    assert run(capsys, "plan", "status", "--week", "2026-W50", "sent")[0] == 0
    code, out, _ = run(capsys, "plan", "status", *ids[:3], "approved")
    assert code == 0 and out.count("approved") == 3
    assert {item(db, i).approved_by for i in ids[:3]} == {"Асанов Б."}
    # Sending again: the approved ones are left alone and said so.
    code, out, err = run(capsys, "plan", "status", *ids, "sent")
    assert code != 0 or "left as it was" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("status", "sent"), "at least one item"),
        (("status", "--week", "2026-W50", "1", "sent"), "not both"),
        (("status", "--from-status", "draft", "1", "2", "sent"), "goes with --week"),
        (("status", "--week", "2026-11", "sent"), "expects a week"),
        (("move", "1"), "plan move ID DATE"),
        (("move", "x", "2026-12-08"), "not an item id"),
        (("move", "1", "2", "--days", "1", "--time", "10:00"), "--time goes with"),
        (("copy", "999", "--days", "7"), "no plan item"),
        (("assign", "1", "--staff", "999"), "no staff member"),
    ],
)
def test_bad_input_is_told(capsys, week, argv, message):
    code, out, err = run(capsys, "plan", *argv)
    assert code != 0
    assert message in out + err


def test_move_copy_assign_delete(capsys, week):
    db, ids = week
    db.call(change_status, int(ids[0]), "sent")
    code, out, _ = run(capsys, "plan", "move", ids[0], "2026-12-12", "--time", "10:30")
    assert code == 0
    moved = item(db, ids[0])
    assert (moved.date, moved.time, moved.status) == (
        dt.date(2026, 12, 12),
        dt.time(10, 30),
        "draft",
    )
    assert run(capsys, "plan", "move", ids[1], ids[2], "--days", "-1")[0] == 0
    assert [item(db, i).date for i in ids[1:3]] == [MONDAY, MONDAY + dt.timedelta(1)]
    code, out, _ = run(capsys, "plan", "copy", ids[3], ids[4], "--days", "7")
    assert code == 0 and len(out.splitlines()) == 2
    person = db.call(save_staff, StaffRow("Жумабаева Айгүл"))
    assert run(capsys, "plan", "assign", *ids, "--staff", str(person.id))[0] == 0
    assert {item(db, i).responsible_id for i in ids} == {person.id}
    assert run(capsys, "plan", "assign", ids[0], "--nobody")[0] == 0
    assert item(db, ids[0]).responsible_id is None
    assert run(capsys, "plan", "edit", ids[3], "--channel", "website")[0] == 0
    assert item(db, ids[3]).channels == ("website",)
    assert run(capsys, "plan", "delete", ids[3], ids[4])[0] == 0
    assert len(db.call(list_items, MONDAY, MONDAY + dt.timedelta(days=6))) == 3


@pytest.mark.parametrize(
    ("lang", "approved", "sent", "header", "note"),
    [
        ("ky", "Макулдашылды", "Макулдашууда", "Макулдашуу абалы", "гана көрсөтүлдү"),
        ("ru", "Согласовано", "На согласовании", "Статус согласования", "только согласованные"),
    ],
)
def test_printed_plan_states_each_rows_approval(
    capsys, week, tmp_path, lang, approved, sent, header, note
):
    db, ids = week
    for i in ids:
        db.call(change_status, int(i), "sent")
    db.call(
        change_status, int(ids[0]), "approved", by_name="Асанов Б.", now=dt.datetime(2026, 12, 5, 9)
    )
    period = parse_period("2026-W50")
    doc = db.call(plan_document, period, lang=lang)
    text = repr(doc)
    assert approved in text and sent in text and header in text
    assert "Асанов Б., 05.12.2026" in text
    path = tmp_path / f"plan-{lang}.pdf"
    assert db.call(export_plan, path, lang=lang, period=period, approved_only=True) == 1
    pages = " ".join(p.extract_text() for p in PdfReader(path).pages)
    pdf = " ".join(pages.replace("\xad", "").replace("\u200b", "").split())
    assert "№0" in pdf and "№1" not in pdf
    assert note in pdf and "Асанов Б., 05.12.2026" in pdf
    code, out, _ = run(
        capsys,
        "plan",
        "export",
        str(tmp_path / "cli.pdf"),
        "--week",
        "2026-W50",
        "--lang",
        lang,
        "--approved-only",
    )
    assert code == 0 and out.startswith("1 items")


def test_commands_record_the_person_chosen_at_this_computer(capsys, week):
    from pressdesk.services.plan.workflow import item_history
    from pressdesk.services.team import remember_staff

    db, ids = week
    member = db.call(save_staff, StaffRow("Токтосунов Айбек", "Басма катчы", "Пресс-секретарь"))
    db.call(lambda d: remember_staff(db.runtime.settings, d, member.id))
    assert run(capsys, "plan", "status", ids[0], "sent")[0] == 0
    assert run(capsys, "plan", "move", ids[1], "2026-12-12")[0] == 0
    assert db.call(item_history, int(ids[0]))[-1].by_name == "Токтосунов Айбек"
    assert db.call(item_history, int(ids[1]))[-1].by_name == "Токтосунов Айбек"
    # A name given on the command line comes first.
    assert run(capsys, "plan", "status", ids[2], "sent", "--by", "Асанова А.")[0] == 0
    assert db.call(item_history, int(ids[2]))[-1].by_name == "Асанова А."
