"""The ``pressdesk plan …`` subcommands and the demo content plan."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import icalendar
import pytest

from pressdesk import cli, clock
from pressdesk.services import demo
from pressdesk.services.plan.demo import fill_plan_demo
from pressdesk.services.plan.items import list_items, list_series
from pressdesk.services.plan.workflow import flagged_items


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_status_history(capsys):
    code, out, _ = run(
        capsys,
        "plan",
        "add",
        "Пресс-релиз",
        "--date",
        "2026-11-23",
        "--time",
        "10:00",
        "--channel",
        "website",
        "--draft",
    )
    assert code == 0
    item_id = out.split("\t")[0]
    assert run(capsys, "plan", "status", item_id, "sent")[0] == 0
    code, _, err = run(capsys, "plan", "status", item_id, "published")
    assert code == cli.EXIT_PROBLEMS and "allowed next steps" in err
    code, _, err = run(capsys, "plan", "status", item_id, "approved")
    assert code == cli.EXIT_PROBLEMS and "Say who approved" in err
    assert run(capsys, "plan", "status", item_id, "approved", "--by", "Асанов Б.")[0] == 0
    code, out, _ = run(capsys, "plan", "list", "--from", "2026-11-23", "--to", "23.11.2026")
    assert out.splitlines() == [f"2026-11-23 10:00\tapproved\tПресс-релиз\t#{item_id}"]
    code, out, _ = run(capsys, "plan", "history", item_id)
    assert "status: sent → approved\tАсанов Б." in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("plan", "list", "--from", "2026-11-30", "--to", "2026-11-01"), "is before --from"),
        (("plan", "list", "--from", "2026-02-30", "--to", "2026-03-01"), "that month has 28 days"),
        (("plan", "export", "x.pdf", "--week", "2026-11"), "expects a week"),
        (("plan", "export", "x.pdf", "--decade", "2026-11-5"), "is not a period"),
        (("plan", "export", "x.txt", "--month", "2026-11"), "use one of .docx, .pdf, .ics"),
        (("plan", "export", "x.pdf", "--campaign", "жок"), "no campaign named"),
        (
            (
                "plan",
                "add",
                "X",
                "--date",
                "2026-11-01",
                "--repeat",
                "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
            ),
            "do not exist",
        ),
        (("plan", "status", "abc", "draft"), "not an item id"),
        (("plan", "status", "999", "draft"), "no plan item"),
    ],
)
def test_bad_input_gives_a_message(capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code != 0
    assert message in err


def test_demo_then_export_every_format(capsys, tmp_path, write_demo):
    write_demo()
    today = clock.today()
    for name, option, key in (
        ("week.pdf", "--week", f"{today.isocalendar()[0]}-W{today.isocalendar()[1]:02d}"),
        ("decade.docx", "--decade", f"{today:%Y-%m}-2"),
        ("month.ics", "--month", f"{today:%Y-%m}"),
    ):
        code, out, err = run(
            capsys, "plan", "export", str(tmp_path / name), option, key, "--lang", "ru"
        )
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 0
    cal = icalendar.Calendar.from_ical((tmp_path / "month.ics").read_bytes())
    assert len(cal.walk("VEVENT")) >= 15
    code, out, err = run(
        capsys, "plan", "export", str(tmp_path / "c.pdf"), "--campaign", "жер үлүштөрүнүн"
    )
    assert code == 0, err
    code, out, _ = run(capsys, "plan", "flagged", "--days", "3")
    assert code == cli.EXIT_PROBLEMS and "waiting" in out


def test_demo_plan_is_realistic(db):
    # Only the organisation and staff; the plan part is filled below with a fixed date.
    demo.DEMO_PARTS[0].fill(db, __import__("random").Random(1))
    today = dt.date(2026, 11, 22)
    count = fill_plan_demo(db, __import__("random").Random(1), today=today)
    assert count >= 32
    rows = list_items(db, dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    singles = [r for r in rows if not r.virtual]
    assert len(singles) >= 30
    statuses = Counter(r.status for r in singles)
    assert set(statuses) == {
        "idea",
        "draft",
        "sent",
        "approved",
        "returned",
        "published",
        "cancelled",
    }
    assert any(r.campaign_id for r in singles)
    assert {r.language for r in singles} >= {"ky", "ru", "both"}
    assert all(r.responsible_name for r in singles)
    series = list_series(db)
    assert len(series) == 1 and series[0].rrule == "FREQ=WEEKLY;BYDAY=FR"
    assert sum(1 for r in rows if r.virtual) >= 8
    published = [r for r in singles if r.status == "published"]
    assert all(r.date < today and r.published_links for r in published)
    assert {f for r in flagged_items(db, today=today) for f in r.flags} == {"overdue", "waiting"}


def test_export_leaves_out_ideas_unless_all_is_given(capsys, tmp_path):
    from pypdf import PdfReader

    for title, draft in (("Пландагы жаңылык", True), ("Жөн гана идея", False)):
        argv = ["plan", "add", title, "--date", "2026-11-24", "--format", "news"]
        assert run(capsys, *argv, *(["--draft"] if draft else []))[0] == 0
    plain, everything = tmp_path / "plain.pdf", tmp_path / "all.pdf"
    code, out, err = run(capsys, "plan", "export", str(plain), "--week", "2026-W48")
    assert code == 0, err
    assert out.startswith("1 items written")
    code, out, err = run(capsys, "plan", "export", str(everything), "--week", "2026-W48", "--all")
    assert code == 0, err
    assert out.startswith("2 items written")

    def text(path):
        return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())

    assert "Пландагы жаңылык" in text(plain) and "Жөн гана идея" not in text(plain)
    assert "Жөн гана идея" in text(everything) and "Идея" in text(everything)


def _demo_plan(db, today):
    demo.DEMO_PARTS[0].fill(db, __import__("random").Random(1))
    fill_plan_demo(db, __import__("random").Random(1), today=today)
    first = today.replace(day=1)
    return [r for r in list_items(db, first, first + dt.timedelta(days=62)) if not r.virtual]


def test_demo_plan_in_december_speaks_of_winter(db):
    rows = _demo_plan(db, dt.date(2026, 12, 4))
    titles = " ".join(f"{r.title.ky} {r.title.ru} {r.topic.ky} {r.topic.ru}" for r in rows)
    for summer_or_spring in (
        "вакцинац",
        "Старт весенн",
        "себүү башталды",
        "Жазгы талаа иштеринин жыйынтыктары",
        "күзгү себүү",
        "оруу башталды",
    ):
        assert summer_or_spring not in titles, summer_or_spring
    for winter in (
        "2026-жылдын айыл чарба жылынын жыйынтыктары",
        "Жаңы жыл менен куттуктоо",
        "Зимовка скота",
        "Жазгы талаа иштерине даярдык",
        "6 % годовых",
        "жылдык отчет",
        "тоют запасы",
    ):
        assert winter in titles, winter
    greeting = next(r for r in rows if r.title.ky == "Жаңы жыл менен куттуктоо")
    assert greeting.date == dt.date(2026, 12, 30)


@pytest.mark.parametrize(
    "today",
    [dt.date(2026, 4, 10), dt.date(2027, 7, 31), dt.date(2028, 2, 29), dt.date(2030, 12, 31)],
)
def test_demo_plan_works_on_any_day_and_follows_the_season(db, today):
    rows = _demo_plan(db, today)
    statuses = {r.status for r in rows}
    assert {"draft", "approved", "cancelled"} <= statuses
    published = [r for r in rows if r.status == "published"]
    assert all(r.date < today for r in published)
    titles = " ".join(f"{r.title.ky} {r.title.ru}" for r in rows)
    assert "{" not in titles  # every year placeholder is filled in
    if today.month == 4:
        assert "вакцинац" in titles and "Жаңы жыл" not in titles
    if today.month == 7:
        assert "Уборка зерновых" in titles and "Жаңы жыл" not in titles
    if today.month == 12:
        assert "Жаңы жыл менен куттуктоо" in titles
        assert f"{today.year}-жылдын айыл чарба жылынын жыйынтыктары" in titles
