"""``pressdesk releases …``: add with text files, list, the approval steps, exports, templates,
and the migration that adds the tables and takes them away again."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from pressdesk import cli
from pressdesk.services.releases.templates import TEMPLATES, template
from pressdesk.storage import migrate
from pressdesk.storage.releases_models import RELEASE_KINDS
from tests.support.one_language import foreign_words

TABLES = {"press_release", "press_release_quote", "press_release_version", "press_release_history"}


def _run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), "releases", *argv])
    return code, out.getvalue(), err.getvalue()


def test_a_release_goes_from_the_command_line_to_the_head_and_to_paper(data_dir, tmp_path):
    body = tmp_path / "body.txt"
    body.write_text("Биринчи абзац.\n\nЭкинчи абзац.", encoding="utf-8")
    body_ru = tmp_path / "body-ru.txt"
    body_ru.write_text("Первый абзац.\n\nВторой абзац.", encoding="utf-8")
    code, out, err = _run(
        data_dir,
        "add",
        "--title",
        "Жаңы мектептер",
        "--title-ru",
        "Новые школы",
        "--body",
        str(body),
        "--body-ru",
        str(body_ru),
        "--kind",
        "statement",
    )
    assert code == 0, err
    rid = out.strip()
    assert rid.isdigit()
    code, out, _ = _run(data_dir, "list")
    fields = out.strip().split("\t")
    assert (fields[0], *fields[3:6]) == (rid, "statement", "draft", "v1")
    # Returning needs a comment; a step out of order is refused with exit 1 and a sentence.
    assert _run(data_dir, "status", rid, "approved")[0] == 1
    assert _run(data_dir, "status", rid, "sent")[0] == 0
    code, _, err = _run(data_dir, "status", rid, "returned")
    assert code == 1 and "Say what to change" in err and "Traceback" not in err
    assert _run(data_dir, "status", rid, "returned", "--comment", "Кыскартыңыз")[0] == 0
    code, _, err = _run(data_dir, "status", rid, "sent", "--by", "Жок Адам")
    assert code == 1 and "Жок Адам" in err
    assert _run(data_dir, "status", rid, "sent")[0] == 0
    assert _run(data_dir, "status", rid, "approved")[0] == 0
    assert "\tapproved\t" in _run(data_dir, "list", "--status", "approved")[1]
    assert _run(data_dir, "list", "--status", "draft")[1] == ""
    for lang in ("ky", "ru"):
        for suffix in (".docx", ".pdf"):
            path = tmp_path / f"release-{lang}{suffix}"
            code, _, err = _run(data_dir, "export", rid, str(path), "--lang", lang)
            assert code == 0 and path.stat().st_size > 1000, err
        sheet = tmp_path / f"sheet-{lang}.pdf"
        assert _run(data_dir, "approval-sheet", rid, str(sheet), "--lang", lang)[0] == 0
        assert sheet.exists()
    code, _, err = _run(data_dir, "export", rid, str(tmp_path / "x.txt"))
    assert code == 1 and ".docx" in err and not (tmp_path / "x.txt").exists()
    code, _, err = _run(data_dir, "export", "999", str(tmp_path / "y.pdf"))
    assert code == 1 and "999" in err and not (tmp_path / "y.pdf").exists()
    code, _, err = _run(data_dir, "add", "--title", "x", "--body", str(tmp_path / "gone.txt"))
    assert code == 2 and "gone.txt" in err


def test_a_release_without_a_russian_title_is_not_printed_in_russian(data_dir, tmp_path):
    rid = _run(data_dir, "add", "--title", "Жаңы мектептер")[1].strip()
    code, _, err = _run(data_dir, "export", rid, str(tmp_path / "r.docx"), "--lang", "ru")
    assert code == 1 and "(ru)" in err and not (tmp_path / "r.docx").exists()


def test_every_kind_has_a_template_in_each_language_and_only_that_language():
    assert set(TEMPLATES) == set(RELEASE_KINDS)
    for kind in RELEASE_KINDS:
        start = template(kind)
        assert start.kind == kind
        for part in (start.title, start.lead, start.body):
            assert part.ky and part.ru
            assert foreign_words(part.ky, "ky") == []
            assert foreign_words(part.ru, "ru") == []


def _at(db_file: Path, revision: str, *, downgrade: bool = False) -> None:
    engine = create_engine(f"sqlite:///{db_file}")
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if downgrade else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _tables(db_file: Path) -> set[str]:
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_the_migration_adds_the_tables_and_takes_them_away(tmp_path):
    db_file = tmp_path / "old.db"
    _at(db_file, "0013")
    assert not TABLES & _tables(db_file)
    _at(db_file, "0015")
    assert _tables(db_file) >= TABLES
    engine = create_engine(f"sqlite:///{db_file}")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO press_release (id, year, number, date, kind, title_ky, title_ru, "
                "lead_ky, lead_ru, body_ky, body_ru, links, attachments, status, version, "
                "return_comment) VALUES (1, 2026, 1, '2026-12-01', 'statement', 'а', '', '', '', "
                "'', '', '', '', 'draft', 1, '')"
            )
        )
    engine.dispose()
    _at(db_file, "0013", downgrade=True)
    assert not TABLES & _tables(db_file)


def test_show_and_diff_print_the_trace_and_the_changes_between_versions(data_dir, tmp_path):
    body = tmp_path / "v1.txt"
    body.write_text("Биринчи абзац.\n\nЭкинчи абзац.", encoding="utf-8")
    rid = _run(data_dir, "add", "--title", "Жаңы мектептер", "--body", str(body))[1].strip()
    for status in ("sent", "approved"):
        assert _run(data_dir, "status", rid, status)[0] == 0
    from pressdesk.bilingual import Bi
    from pressdesk.runtime import Runtime
    from pressdesk.services.releases.records import ReleaseInput, update_release

    db = Runtime.create(str(data_dir)).open_db()
    try:
        update_release(
            db,
            int(rid),
            ReleaseInput(title=Bi("Жаңы мектептер", ""), body=Bi("Биринчи абзац.\n\nҮчүнчү.", "")),
        )
    finally:
        db.close()
    code, out, _ = _run(data_dir, "show", rid)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split("\t")[2:4] == ["draft", "v2"]
    assert [line.split("\t")[1] for line in lines[1:4]] == [
        "created",
        "draft -> sent",
        "sent -> approved",
    ]
    assert lines[-1].startswith("v1\tapproved ")
    code, out, _ = _run(data_dir, "diff", rid, "1")
    assert code == 0
    assert "-Экинчи абзац." in out and "+Үчүнчү." in out
    code, _, err = _run(data_dir, "diff", rid, "5")
    assert code == 1 and "version 5" in err
