"""``pressdesk inquiries …``: add, list, the approval steps, the answer, capture, the request
note, bad input without a traceback, and the migration that adds the tables and takes them away."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from pressdesk import cli
from pressdesk.commands import inquiries as commands
from pressdesk.storage import migrate
from pressdesk.storage.inquiries_models import (
    INQUIRY_CHANNELS,
    INQUIRY_KINDS,
    INQUIRY_OUTCOMES,
    INQUIRY_STATUSES,
)

TABLES = {"inquiry", "inquiry_history"}


def _run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), "inquiries", *argv])
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_choices_are_the_stored_ones():
    assert commands.KINDS == INQUIRY_KINDS
    assert commands.CHANNELS == INQUIRY_CHANNELS
    assert commands.OUTCOMES == INQUIRY_OUTCOMES
    assert set(commands.STATUSES) == set(INQUIRY_STATUSES) - {"answered"}


def test_an_inquiry_goes_from_the_command_line_through_approval_to_its_answer(data_dir, tmp_path):
    code, out, err = _run(
        data_dir,
        "add",
        "--from",
        "reporter@example.kg",
        "--question",
        "Сколько тонн семян закуплено?",
        "--kind",
        "data",
        "--due",
        "2026-11-19",
    )
    assert code == 1 and "before the day" in err and "Traceback" not in err
    code, out, err = _run(
        data_dir,
        "add",
        "--from",
        "reporter@example.kg",
        "--question",
        "Сколько тонн семян закуплено?",
        "--written",
        "--number",
        "Вх-15",
        "--unit",
        "Отдел семеноводства",
    )
    assert code == 0, err
    iid = out.strip()
    assert iid.isdigit() and "not in the contact base" in err
    fields = _run(data_dir, "list")[1].strip().split("\t")
    # Written on Friday 20 November: the legal term of two weeks ends on 4 December.
    assert (fields[0], fields[3], fields[4], fields[6]) == (
        iid,
        "written",
        "assigned",
        "2026-12-04",
    )
    assert _run(data_dir, "list", "--due-by", "2026-12-03")[1] == ""
    assert _run(data_dir, "list", "--due-by", "2026-12-04")[1].startswith(iid)
    code, _, err = _run(data_dir, "status", iid, "approved")
    assert code == 1 and "cannot go from" in err
    assert _run(data_dir, "status", iid, "sent")[0] == 0
    code, _, err = _run(data_dir, "status", iid, "returned")
    assert code == 1 and "comment" in err
    assert _run(data_dir, "status", iid, "returned", "--comment", "Дополните")[0] == 0
    assert _run(data_dir, "status", iid, "sent")[0] == 0
    assert _run(data_dir, "status", iid, "approved")[0] == 0
    answer = tmp_path / "answer.txt"
    answer.write_text("Сведения составляют коммерческую тайну.", encoding="utf-8")
    code, _, err = _run(data_dir, "answer", iid, "--text", str(answer), "--outcome", "refused")
    assert code == 1 and "legal ground" in err
    code, out, err = _run(
        data_dir,
        "answer",
        iid,
        "--text",
        str(answer),
        "--outcome",
        "refused",
        "--ground",
        "Статья 5 Закона «О доступе к информации»",
    )
    assert code == 0, err
    code, out, _ = _run(data_dir, "show", iid)
    assert "answered\t" in out and "refused" in out and "Статья 5" in out
    steps = [line.split("\t")[1] for line in out.splitlines() if line.startswith("2026-")]
    assert steps == [
        "created",
        "assigned -> sent",
        "sent -> returned",
        "returned -> sent",
        "sent -> approved",
        "approved -> answered",
    ]
    assert "\tsent -> returned\t\tДополните" in out
    assert _run(data_dir, "list", "--overdue")[1] == ""


def test_bad_input_on_the_command_line_is_a_sentence(data_dir, tmp_path):
    code, _, err = _run(data_dir, "add", "--from", "x@example.kg", "--question", "?", "--written")
    assert code == 1 and "incoming number" in err and "Traceback" not in err
    code, _, err = _run(data_dir, "add", "--from", "not a sender", "--question", "?")
    assert code == 1 and "not a contact id" in err
    code, _, err = _run(data_dir, "add", "--from", "x@example.kg", "--question", "?", "--due", "x")
    assert code == 2 and "--due" in err
    assert _run(data_dir, "list")[1] == ""
    big = tmp_path / "big.eml"
    big.write_text("а" * 300_000, encoding="utf-8")
    code, _, err = _run(data_dir, "capture", str(big))
    assert code == 1 and "KB" in err and "Traceback" not in err
    code, _, err = _run(data_dir, "answer", "77", "--text", str(big))
    assert code == 1 and "50000 characters" in err
    small = tmp_path / "small.txt"
    small.write_text("Ответ", encoding="utf-8")
    code, _, err = _run(data_dir, "answer", "77", "--text", str(small))
    assert code == 1 and "77" in err


def test_capture_proposes_and_saves_a_pasted_message(data_dir, tmp_path):
    message = tmp_path / "mail.eml"
    message.write_text(
        "From: Reporter <reporter@example.kg>\nSubject: Семена\n\n"
        "Прокомментируйте цены на семена до 24.11.\n\n> старое письмо\n",
        encoding="utf-8",
    )
    code, out, err = _run(data_dir, "capture", str(message))
    assert code == 0, err
    assert "reporter@example.kg" in out and "1 line(s) kept apart" in out
    assert "due\t2026-11-24" in out
    assert _run(data_dir, "list")[1] == ""
    code, out, err = _run(data_dir, "capture", str(message), "--save")
    assert code == 0, err
    iid = out.strip().splitlines()[-1]
    assert iid.isdigit()
    shown = _run(data_dir, "show", iid)[1]
    assert "Прокомментируйте" in shown and "старое письмо" not in shown


def test_the_request_note_is_written_in_either_language(data_dir, tmp_path):
    iid = _run(data_dir, "add", "--from", "r@example.kg", "--question", "Канча?")[1].strip()
    code, _, err = _run(data_dir, "note", iid, str(tmp_path / "n.pdf"), "--lang", "ky")
    assert code == 1 and "unit" in err and not (tmp_path / "n.pdf").exists()
    for lang, suffix in (("ky", ".docx"), ("ru", ".pdf")):
        path = tmp_path / f"note-{lang}{suffix}"
        code, _, err = _run(
            data_dir, "note", iid, str(path), "--unit", "Статистика", "--lang", lang
        )
        assert code == 0 and path.stat().st_size > 1000, err
    code, _, err = _run(data_dir, "note", iid, str(tmp_path / "n.txt"), "--unit", "Статистика")
    assert code == 1 and ".docx" in err and not (tmp_path / "n.txt").exists()


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
    _at(db_file, "0015")
    assert not TABLES & _tables(db_file)
    _at(db_file, "0017")
    assert _tables(db_file) >= TABLES
    _at(db_file, "0015", downgrade=True)
    assert not TABLES & _tables(db_file)
