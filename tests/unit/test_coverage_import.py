"""Importing monitoring records (CSV, XLSX, saved feeds) all-or-nothing, and the CLI round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from pressdesk import cli
from pressdesk.services.coverage.importing import import_coverage
from pressdesk.services.coverage.records import CoverageError, CoverageFilter, list_records
from pressdesk.storage import migrate
from pressdesk.storage.check import check_database

DATA = Path(__file__).resolve().parent.parent / "data" / "coverage"

GOOD_CSV = """Мониторинг за ноябрь 2026
Дата;Время;СМИ;Заголовок;Ссылка;Тональность;Вид материала;Охват
25.11.2026;10:30;24.kg;Минсельхоз: субсидии;https://24.kg/n/1?utm_source=t;позитивная;новость;12 000
26.11.2026;;КТРК;Подготовка к весеннему севу;;нейтральная;сюжет;
27.11.2026 18:05;;Азаттык;Министр Асанов ответил на вопросы;https://azattyk.org/a/2;;интервью;
"""


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_in_cp1251_with_russian_headers_is_imported(db, tmp_path):
    path = tmp_path / "monitoring.csv"
    path.write_bytes(GOOD_CSV.encode("cp1251"))
    result = import_coverage(db, path)
    assert result.rejected == [] and len(result.written) == 3
    rows = {r.outlet: r for r in list_records(db).rows}
    assert rows["24.kg"].published_at == dt.datetime(2026, 11, 25, 10, 30)
    assert rows["24.kg"].tone == "positive" and rows["24.kg"].reach == 12000
    assert rows["КТРК"].kind == "tv_story" and rows["КТРК"].published_at.hour == 0
    assert rows["Азаттык"].published_at == dt.datetime(2026, 11, 27, 18, 5)
    assert rows["Азаттык"].tone == ""
    # The same file again: everything is already recorded, nothing doubles.
    again = import_coverage(db, path)
    assert (len(again.written), again.skipped) == (0, 3)
    assert list_records(db).total == 3


def test_one_bad_row_stops_the_whole_import_and_every_bad_row_is_named(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "date,outlet,title,tone,url\n"
        "2026-11-25,24.kg,Good row,positive,https://24.kg/1\n"
        "31.02.2026,24.kg,Bad date,neutral,\n"
        "2026-11-26,,No outlet,superb,notalink\n",
        encoding="utf-8",
    )
    result = import_coverage(db, path)
    assert result.written == []
    assert [p.line for p in result.rejected] == [3, 4]
    assert "not a date" in str(result.rejected[0])
    reasons = str(result.rejected[1])
    assert "unknown tone" in reasons
    assert list_records(db).total == 0


def test_xlsx_with_kyrgyz_headers(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Күнү", "Басылма", "Аталышы", "Шилтеме", "Мамиле", "Платформа"])
    sheet.append(
        [dt.datetime(2026, 11, 24, 9, 15), "Кабар", "Үрөн фонду толукталды", "", "оң", "сайт"]
    )
    sheet.append(["2026-11-23", "Биринчи радио", "Эфирде министр", "", "терс", "радио"])
    path = tmp_path / "monitoring.xlsx"
    book.save(path)
    result = import_coverage(db, path)
    assert result.rejected == [], result.rejected
    rows = {r.outlet: r for r in list_records(db).rows}
    assert rows["Кабар"].tone == "positive" and rows["Кабар"].platform == "website"
    assert rows["Биринчи радио"].tone == "negative" and rows["Биринчи радио"].platform == "radio"


def test_saved_feed_file_becomes_records(db):
    result = import_coverage(db, DATA / "google_alerts.xml")
    assert len(result.written) == 2 and result.rejected == []
    rows = list_records(db).rows
    assert {r.platform for r in rows} == {"website", "telegram"}
    # Google Alerts is not the outlet: each item is named by the site it links to.
    assert {r.outlet for r in rows} == {"akyl.example.kg", "t.me/agronews_kg"}
    assert all(r.tone == "" for r in rows)


def test_other_file_types_are_refused(db, tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(CoverageError) as caught:
        import_coverage(db, path)
    assert caught.value.code == "coverage.import_type"


def test_cli_add_list_import_watch_round_trip(capsys, tmp_path):
    code, out, err = run(
        capsys,
        "coverage",
        "add",
        "--date",
        "2026-11-19T09:30",
        "--outlet",
        "24.kg",
        "--title",
        "Министрлик жаңы программаны сунуштады",
        "--url",
        "https://24.kg/news/77/",
        "--tone",
        "positive",
    )
    assert code == 0, err
    assert out.startswith("Record 1 added")
    assert "not in the contact base" in err
    code, out, err = run(
        capsys,
        "coverage",
        "add",
        "--date",
        "2026-11-19",
        "--outlet",
        "Kaktus",
        "--title",
        "Другое",
        "--url",
        "http://www.24.kg/news/77?utm_source=x",
    )
    assert code == 1 and "already recorded: record 1" in err
    code, out, err = run(
        capsys, "coverage", "add", "--date", "19.11", "--outlet", "A", "--title", "B"
    )
    assert code == 2 and "--date" in err
    code, out, err = run(
        capsys,
        "coverage",
        "add",
        "--date",
        "2026-11-19",
        "--outlet",
        "A",
        "--title",
        "B",
        "--event",
        "42",
    )
    assert code == 1 and "no event with id 42" in err

    path = tmp_path / "m.csv"
    path.write_text("date;outlet;title\n2026-11-10;Кабар;Кабар жазды\n", encoding="utf-8")
    code, out, _ = run(capsys, "coverage", "import", str(path), "--dry-run")
    assert code == 0 and "Would import: 1 records" in out
    code, out, _ = run(capsys, "coverage", "list", "--from", "2026-11-10", "--to", "2026-11-10")
    assert out == ""
    code, out, _ = run(capsys, "coverage", "import", str(path))
    assert code == 0 and "Imported: 1 records" in out
    code, out, _ = run(capsys, "coverage", "list", "--from", "2026-11-01", "--to", "2026-11-30")
    lines = out.splitlines()
    assert [line.split("\t")[3] for line in lines] == ["24.kg", "Кабар"]
    assert lines[0].split("\t")[2] == "positive"
    code, out, _ = run(capsys, "coverage", "list", "--tone", "unset")
    assert [line.split("\t")[3] for line in out.splitlines()] == ["Кабар"]

    assert run(capsys, "coverage", "keyword", "add", "Минсельхоз")[0] == 0
    code, out, _ = run(capsys, "coverage", "watch", "--feed-file", str(DATA / "google_alerts.xml"))
    assert code == 0
    assert "Глава Минсельхоза" in out and "[Минсельхоз]" in out
    assert out.rstrip().endswith("1 new matches in 2 items.")
    code, out, err = run(capsys, "coverage", "watch", "--feed-file", str(DATA / "page.html"))
    assert code == 1 and "cannot import page.html" in err.lower()


def test_cli_watch_reports_a_failing_feed_and_goes_on(capsys):
    assert (
        run(capsys, "coverage", "feed", "add", "http://127.0.0.1:9/rss", "--name", "Down")[0] == 0
    )
    code, out, err = run(capsys, "coverage", "watch")
    assert code == 1
    assert "Down" in err
    assert "0 new matches" in out
    code, out, _ = run(capsys, "coverage", "feed", "list")
    assert "coverage.feed_" in out


@pytest.mark.sqlite_only("reads SQLite's catalogue (sqlite_master)")
def test_coverage_tables_come_and_go_with_their_migration(db):
    from alembic import command

    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
    with db.engine.connect() as conn:
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert not any(name.startswith("coverage_") for name in tables)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert migrate.current_revision(db) == migrate.head_revision()
    assert check_database(db).ok


def test_demo_monitoring_is_two_months_of_mixed_tone_linked_records(demo_db):
    today = dt.date(2026, 11, 20)
    page = list_records(demo_db, CoverageFilter(), limit=500)
    assert 100 <= page.total <= 130
    days = [r.published_at.date() for r in page.rows]
    assert min(days) >= today - dt.timedelta(days=62) and max(days) <= today
    tones = {r.tone for r in page.rows}
    assert {"positive", "neutral", "negative"} <= tones
    assert sum(1 for r in page.rows if r.event_id) >= 10
    assert sum(1 for r in page.rows if r.plan_item_id) >= 5
    assert sum(1 for r in page.rows if r.outlet_id) == page.total
    from pressdesk.services.coverage.inbox import list_inbox

    assert 3 <= len(list_inbox(demo_db)) <= 8
