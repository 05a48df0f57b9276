"""One clock for "today": pinning it, and the dates where calendars turn (year end, W53, 29 Feb)."""

from __future__ import annotations

import ast
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk import cli, clock
from pressdesk.services.events.records import EventInput, create_event
from pressdesk.services.events.tasks import TaskInput, add_task, week_tasks
from pressdesk.services.plan.items import PlanItemInput, create_item
from pressdesk.services.plan.periods import PeriodError, parse_period, period_containing
from pressdesk.services.plan.workflow import change_status, flagged_items
from tests.support.pinned import PINNED_NOW

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_test_starts_on_the_pinned_day():
    assert clock.now() == PINNED_NOW
    assert clock.today() == PINNED_NOW.date()
    assert os.environ[clock.ENV_VAR] == PINNED_NOW.isoformat()


def test_frozen_moves_the_clock_and_puts_it_back():
    with clock.frozen("2027-01-01T00:00:05") as moment:
        assert clock.today() == dt.date(2027, 1, 1)
        assert clock.now() == dt.datetime(2027, 1, 1, 0, 0, 5)
        assert clock.utcnow() == moment.astimezone(dt.UTC).replace(tzinfo=None)
        with clock.frozen(dt.date(2028, 2, 29)):
            assert clock.today() == dt.date(2028, 2, 29)
        assert clock.today() == dt.date(2027, 1, 1)
    assert clock.now() == PINNED_NOW


def test_an_aware_moment_is_read_in_local_time():
    aware = dt.datetime(2026, 12, 31, 23, 59, 30, tzinfo=dt.UTC)
    with clock.frozen(aware):
        assert clock.utcnow() == aware.replace(tzinfo=None)
        assert clock.now() == aware.astimezone().replace(tzinfo=None)


def test_the_environment_pins_a_whole_process(monkeypatch):
    monkeypatch.setenv(clock.ENV_VAR, "2030-06-15")
    previous = clock.set_source(None)
    try:
        assert clock.today() == dt.date(2030, 6, 15)
    finally:
        clock.set_source(previous)
    monkeypatch.setenv(clock.ENV_VAR, "not a date")
    previous = clock.set_source(None)
    try:
        # Garbage in the variable means the system clock, never a crash at start-up.
        wall = dt.datetime.now()
        assert abs((clock.now() - wall).total_seconds()) < 60
    finally:
        clock.set_source(previous)


def test_the_package_reads_no_wall_clock_but_through_the_clock_module():
    """A direct ``date.today()`` or ``QDate.currentDate()`` would make a test depend on its day.

    A line that must compare with real time (file modification times) says so: "# wall clock".
    """
    forbidden = {
        ("date", "today"),
        ("datetime", "now"),
        ("datetime", "utcnow"),
        ("QDate", "currentDate"),
        ("QDateTime", "currentDateTime"),
    }
    offenders = []
    for path in (ROOT / "pressdesk").rglob("*.py"):
        if path.name == "clock.py":
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Attribute):
                continue
            owner = node.value
            owner_name = (
                owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            )
            # time.time() on the module, not a widget's .time() (a QTimeEdit's value).
            module_time = isinstance(owner, ast.Name) and (owner.id, node.attr) == ("time", "time")
            if (owner_name, node.attr) not in forbidden and not module_time:
                continue
            if "# wall clock" not in lines[node.lineno - 1]:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


@pytest.mark.parametrize(
    ("day", "week", "decade", "month", "quarter"),
    [
        (dt.date(2026, 12, 28), "2026-W53", "2026-12-3", "2026-12", "2026-Q4"),
        (dt.date(2026, 12, 31), "2026-W53", "2026-12-3", "2026-12", "2026-Q4"),
        (dt.date(2027, 1, 1), "2026-W53", "2027-01-1", "2027-01", "2027-Q1"),
        (dt.date(2027, 1, 3), "2026-W53", "2027-01-1", "2027-01", "2027-Q1"),
        (dt.date(2027, 1, 4), "2027-W01", "2027-01-1", "2027-01", "2027-Q1"),
        (dt.date(2028, 2, 29), "2028-W09", "2028-02-3", "2028-02", "2028-Q1"),
        (dt.date(2026, 11, 10), "2026-W46", "2026-11-1", "2026-11", "2026-Q4"),
        (dt.date(2026, 11, 11), "2026-W46", "2026-11-2", "2026-11", "2026-Q4"),
        (dt.date(2026, 11, 21), "2026-W47", "2026-11-3", "2026-11", "2026-Q4"),
    ],
)
def test_the_period_holding_a_day(day, week, decade, month, quarter):
    for kind, key in (("week", week), ("decade", decade), ("month", month), ("quarter", quarter)):
        period = period_containing(kind, day)  # type: ignore[arg-type]
        assert period.key == key
        assert period.start <= day <= period.end


def test_week_53_and_the_last_ten_days_of_december_span_the_year_end():
    week = parse_period("2026-W53")
    assert (week.start, week.end) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert [d.day for d in week.dates()] == [28, 29, 30, 31, 1, 2, 3]
    assert parse_period("2027-W52").next().key == "2028-W01"  # 2027 has 52 ISO weeks
    with pytest.raises(PeriodError, match="ISO weeks 1–52"):
        parse_period("2027-W53")
    decade = parse_period("2026-12-3")
    assert (decade.start, decade.end) == (dt.date(2026, 12, 21), dt.date(2026, 12, 31))
    assert len(decade.dates()) == 11
    assert parse_period("2028-02-3").end == dt.date(2028, 2, 29)
    assert parse_period("2027-02-3").end == dt.date(2027, 2, 28)


def test_an_approved_item_is_overdue_from_the_first_second_of_the_next_year(db):
    item = create_item(
        db, PlanItemInput(date=dt.date(2026, 12, 31), title="Жыл жыйынтыгы"), status="draft"
    )
    change_status(db, item.id, "sent")
    change_status(db, item.id, "approved", by_name="Асанов Б.")
    with clock.frozen("2026-12-31T23:59:59"):
        assert flagged_items(db) == []
    with clock.frozen("2027-01-01T00:00:00"):
        assert [(r.id, sorted(r.flags)) for r in flagged_items(db)] == [(item.id, ["overdue"])]


def test_a_request_waits_across_the_year_end(db):
    with clock.frozen("2026-12-30T17:00"):
        item = create_item(
            db, PlanItemInput(date=dt.date(2027, 1, 12), title="Брифинг"), status="draft"
        )
        change_status(db, item.id, "sent")
    with clock.frozen("2027-01-01T16:59"):
        assert flagged_items(db, wait_days=2) == []
    with clock.frozen("2027-01-01T17:01"):
        assert [r.id for r in flagged_items(db, wait_days=2)] == [item.id]


def test_plan_cli_follows_the_clock_over_new_year(capsys):
    with clock.frozen("2026-12-30T09:00"):
        code, out, err = run(capsys, "plan", "add", "Куттуктоо", "--date", "2026-12-31", "--draft")
        assert code == 0, err
        item_id = out.split("\t")[0]
        assert run(capsys, "plan", "status", item_id, "sent")[0] == 0
        assert run(capsys, "plan", "status", item_id, "approved", "--by", "Асанов Б.")[0] == 0
        assert run(capsys, "plan", "flagged")[0] == 0
    with clock.frozen("2027-01-02T09:00"):
        code, out, _ = run(capsys, "plan", "flagged")
        assert code == cli.EXIT_PROBLEMS
        assert "Куттуктоо" in out and "overdue" in out


def test_this_weeks_tasks_on_a_sunday_after_new_year(db):
    start = dt.datetime(2027, 1, 5, 10, 0)
    event = create_event(
        db,
        EventInput(
            kind="briefing", title="Брифинг", starts_at=start, ends_at=start + dt.timedelta(hours=1)
        ),
    )
    old = add_task(db, event.id, TaskInput("before", dt.date(2026, 12, 29), text_ky="Аккредитация"))
    new = add_task(db, event.id, TaskInput("after", dt.date(2027, 1, 3), text_ky="Пресс-релиз"))
    with clock.frozen("2027-01-03T12:00"):  # Sunday, the last day of 2026-W53
        week = week_tasks(db)
        assert week.label == "2026-W53"
        mine = [(t.id, t.state) for t in week.tasks if t.id in (old.id, new.id)]
        assert mine == [(old.id, "overdue"), (new.id, "open")]
    with clock.frozen("2027-01-04T08:00"):  # Monday of 2027-W01: the task left open came along
        week = week_tasks(db)
        assert week.label == "2027-W01"
        mine = {t.id: t.state for t in week.tasks if t.id in (old.id, new.id)}
        assert mine == {old.id: "overdue", new.id: "overdue"}


FAKETIME_SLICE = [
    "tests/unit/test_clock.py",
    "tests/unit/test_plan_cli.py",
    "tests/unit/test_plan_items.py",
    "tests/unit/test_inventory.py",
    "tests/unit/test_events.py",
    "tests/gui/test_plan_page.py",
]


@pytest.mark.skipif(sys.platform != "linux", reason="libfaketime is a Linux library")
@pytest.mark.timeout(660)  # a whole inner test run; the inner run itself stops at 600 s
@pytest.mark.parametrize(
    "moment",
    ["@2028-02-29 09:30:00", "@2026-12-31 23:59:50", "@2033-01-02 12:00:00"],
    ids=["leap-day", "new-year-eve", "sunday"],
)
def test_date_sensitive_tests_pass_with_the_system_clock_moved(moment, tmp_path):
    """Run the tests that deal most with dates with the system clock moved years ahead."""
    if os.environ.get("PRESSDESK_INNER_FAKETIME"):
        pytest.skip("already running under a moved clock")
    faketime = shutil.which("faketime")
    assert faketime, "faketime is not installed: `apt-get install faketime` (the set-up does it)"
    env = dict(os.environ, PRESSDESK_INNER_FAKETIME="1")
    env.pop(clock.ENV_VAR, None)  # the inner run pins its own clock, as any test run does
    slice_ = FAKETIME_SLICE if moment.startswith("@2028") else FAKETIME_SLICE[:3]
    result = subprocess.run(
        [faketime, "-f", moment, sys.executable, "-m", "pytest", "-q", "-p", "no:xdist",
         "--basetemp", str(tmp_path / "t"), *slice_],
        check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
