"""A monitoring record names the press release it is based on: stored, listed, checked,
typed on the command line, and the column comes and goes with migration 0016."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.services.coverage.feedback import add_feedback
from pressdesk.services.coverage.records import (
    CoverageError,
    CoverageInput,
    add_record,
    get_record,
    list_records,
    records_for_release,
    release_choices,
    update_record,
)
from pressdesk.services.coverage.report import period_scope, report_data
from pressdesk.services.releases.records import ReleaseInput, add_release, delete_release
from pressdesk.storage import migrate


def _release(db, title: str = "Жаңы мектептер", day: dt.date = dt.date(2026, 11, 16)) -> int:
    return add_release(db, ReleaseInput(title=Bi(title, "Новые школы"), date=day))


def _record(db, n: int, **links: object) -> int:
    return add_record(
        db,
        CoverageInput(
            published_at=dt.datetime(2026, 11, 17 + n, 9, 0),
            outlet=f"Кабар {n}",
            title=f"Публикация номер {n} о новых школах",
            reach=100 * n,
            **links,  # type: ignore[arg-type]
        ),
    )


def test_a_record_links_a_release_and_the_release_lists_its_publications(db):
    release = _release(db)
    other = _release(db, "Башка релиз")
    first = _record(db, 1, release_id=release)
    second = _record(db, 2, release_id=release)
    _record(db, 3, release_id=other)
    _record(db, 4)
    assert get_record(db, first).release_id == release
    # Newest first, only the release's own.
    assert [r.id for r in records_for_release(db, release)] == [second, first]
    assert [r.outlet for r in records_for_release(db, other)] == ["Кабар 3"]
    assert records_for_release(db, 999) == []
    # An edit can drop the link.
    row = get_record(db, second)
    update_record(
        db,
        second,
        CoverageInput(
            **{
                name: getattr(row, name)
                for name in CoverageInput.__dataclass_fields__
                if name != "release_id"
            }
        ),
    )
    assert [r.id for r in records_for_release(db, release)] == [first]


def test_an_unknown_release_is_refused_and_nothing_is_saved(db):
    before = list_records(db).total
    with pytest.raises(CoverageError) as caught:
        _record(db, 1, release_id=404)
    codes = [line.code for line in caught.value.values["lines"]]
    assert codes == ["release.missing"]
    assert "404" in str(caught.value)
    assert list_records(db).total == before


def test_deleting_the_release_keeps_the_publication(db):
    release = _release(db)
    record = _record(db, 1, release_id=release)
    delete_release(db, release)
    assert get_record(db, record).release_id is None


def test_the_editor_choices_hold_recent_releases_and_the_one_linked(db):
    old = _release(db, "Эски релиз", dt.date(2026, 1, 10))
    recent = _release(db, "Жаңы релиз", dt.date(2026, 11, 10))
    day = dt.date(2026, 11, 20)
    assert [c.id for c in release_choices(db, day)] == [recent]
    assert {c.id for c in release_choices(db, day, keep=old)} == {recent, old}
    choice = release_choices(db, day)[0]
    assert (choice.year, choice.number, choice.title.ky) == (2026, 2, "Жаңы релиз")


def test_top_publications_do_not_change_with_a_release_link(db):
    ids = [_record(db, n) for n in range(1, 5)]
    scope = period_scope("month", "2026-11")
    before = report_data(db, scope, "ru").top
    release = _release(db)
    for record_id in ids[:2]:
        row = get_record(db, record_id)
        update_record(
            db,
            record_id,
            CoverageInput(
                **{
                    **{n: getattr(row, n) for n in CoverageInput.__dataclass_fields__},
                    "release_id": release,
                }
            ),
        )
    after = report_data(db, scope, "ru").top
    assert after == before and len(after) == 4


def _cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), "coverage", *argv])
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_links_a_release(data_dir, runtime):
    db = runtime.open_db()
    try:
        release = _release(db)
    finally:
        db.close()
    base = ["add", "--date", "2026-11-19", "--outlet", "Кабар", "--no-fetch"]
    code, out, _err = _cli(
        data_dir, *base, "--title", "Мектептер ачылды", "--release", str(release)
    )
    assert code == 0, out
    code, _out, err = _cli(data_dir, *base, "--title", "Башка материал", "--release", "777")
    assert code != 0 and "777" in err
    db = runtime.open_db()
    try:
        linked = records_for_release(db, release)
        assert [r.title for r in linked] == ["Мектептер ачылды"]
        assert list_records(db).total == 1
    finally:
        db.close()


def _at(db_file: Path, revision: str, *, downgrade: bool = False) -> None:
    # As the migrations run: on a connection of their own, foreign keys off.
    engine = create_engine(f"sqlite:///{db_file}")
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if downgrade else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _columns(db_file: Path) -> set[str]:
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        return {c["name"] for c in inspect(engine).get_columns("coverage_record")}
    finally:
        engine.dispose()


def _count(db_file: Path, table: str) -> int:
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
    finally:
        engine.dispose()


@pytest.mark.sqlite_only("reads SQLite's table layout")
def test_migration_0016_adds_the_column_and_takes_it_away_keeping_the_records(runtime):
    db = runtime.open_db()
    release = _release(db)
    linked = _record(db, 1, release_id=release)
    plain = _record(db, 2)
    add_feedback(db, "comments", 7, record_id=linked)
    db_file = db.file
    db.close()
    assert "release_id" in _columns(db_file)
    _at(db_file, "0015", downgrade=True)
    assert "release_id" not in _columns(db_file)
    assert _count(db_file, "coverage_record") == 2
    assert _count(db_file, "coverage_feedback") == 1  # nothing cascaded away
    _at(db_file, "head")
    assert "release_id" in _columns(db_file)
    db = runtime.open_db()
    try:
        assert get_record(db, linked).release_id is None
        assert get_record(db, plain).title.startswith("Публикация номер 2")
        from pressdesk.storage.check import check_database

        assert check_database(db).ok
    finally:
        db.close()
