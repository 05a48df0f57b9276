"""The ``pressdesk`` subcommands, run in-process and as a real process without a display."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk import __version__, cli
from pressdesk.app import main as app_main
from pressdesk.storage.lock import DatabaseLock
from tests.support.fresh_process import last_line


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_in_a_fresh_process_without_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "pressdesk", "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"PressDesk {__version__}"


def test_subcommands_do_not_import_qt(tmp_path):
    code = (
        "import sys; from pressdesk import app; "
        f"app.main(['--data-dir', {str(tmp_path)!r}, 'demo']); "
        f"rc = app.main(['--data-dir', {str(tmp_path)!r}, 'check']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; "
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "OK:" in result.stdout


def test_check_without_database(capsys):
    code, _, err = run(capsys, "check")
    assert code == 1
    assert "no database" in err


def test_demo_then_check(capsys, data_dir):
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert "organisation and staff" in out
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert out.startswith("OK:")
    code, out, _ = run(capsys, "staff", "list")
    assert "Жумабаева Айгүл Бекеновна" in out
    code, _, err = run(capsys, "demo")
    assert code == 1
    assert "already holds data" in err


def test_global_options_move_everything(capsys, tmp_path):
    other = tmp_path / "elsewhere"
    code, _, _ = run(capsys, "--data-dir", str(other), "demo")
    assert code == 0
    assert (other / "pressdesk.db").exists()
    assert (other / "logs" / "pressdesk.log").exists()
    db_file = tmp_path / "custom.db"
    code, _, _ = run(capsys, "--db", f"sqlite:///{db_file}", "staff", "add", "Бекова Нуржан")
    assert code == 0
    assert db_file.exists()


def test_env_db_is_honoured(capsys, tmp_path, monkeypatch):
    db_file = tmp_path / "env.db"
    monkeypatch.setenv("PRESSDESK_DB", str(db_file))
    assert run(capsys, "staff", "add", "Осмонова Үмүт")[0] == 0
    assert db_file.exists()


@pytest.mark.sqlite_only("file backups (a server is backed up with pg_dump, tests/pg)")
def test_backup_and_restore(capsys, tmp_path, data_dir, write_demo):
    write_demo()
    backup = tmp_path / "b.db"
    code, out, _ = run(capsys, "backup", str(backup))
    assert code == 0 and backup.exists()
    run(capsys, "staff", "add", "Кийин Кошулган")
    code, _, err = run(capsys, "restore", str(backup))
    assert code == 2
    assert "--yes" in err
    code, out, _ = run(capsys, "restore", "--yes", str(backup))
    assert code == 0
    assert "kept as" in out
    _, out, _ = run(capsys, "staff", "list")
    assert "Кийин Кошулган" not in out
    kept = next(data_dir.glob("pressdesk.before-restore-*.db"))
    conn = sqlite3.connect(kept)
    try:
        names = [r[0] for r in conn.execute("SELECT full_name FROM staff_member")]
    finally:
        conn.close()
    assert "Кийин Кошулган" in names


def test_restore_asks_on_a_terminal(capsys, tmp_path, monkeypatch, write_demo):
    write_demo()
    backup = tmp_path / "b.db"
    run(capsys, "backup", str(backup))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    code, out, _ = run(capsys, "restore", str(backup))
    assert code == 1
    assert "Nothing was changed" in out
    monkeypatch.setattr("builtins.input", lambda _prompt: "ооба")
    code, _, _ = run(capsys, "restore", str(backup))
    assert code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"plain text, not a database\n", "not a PressDesk database"),
        (b"SQLite format 3\x00" + b"\xff" * 200, ""),
    ],
)
def test_bad_database_gives_message_not_traceback(capsys, tmp_path, content, message):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    for command in (["check"], ["demo"], ["staff", "list"], ["backup", str(tmp_path / "x.db")]):
        code, _out, err = run(capsys, "--db", str(bad), *command)
        assert code == 3, command
        assert err.startswith("pressdesk: ")
        assert "Traceback" not in err
        assert message in err
    assert bad.read_bytes() == content


@pytest.mark.sqlite_only("the lock file beside the database file")
def test_locked_database(capsys, data_dir, write_demo):
    write_demo()
    lock = DatabaseLock(data_dir / "pressdesk.db")
    lock.acquire()
    try:
        code, out, _ = run(capsys, "check")  # a read-only check may run beside the app
        assert code == 0 and out.startswith("OK")
        code, _, err = run(capsys, "staff", "list")
    finally:
        lock.release()
    assert code == 3
    assert "already open in another PressDesk" in err


def test_profile_set_and_show(capsys, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    code, _, _ = run(
        capsys,
        "profile",
        "set",
        "--name-ky",
        "Кыргыз Республикасынын Саламаттык сактоо министрлиги",
        "--head-name",
        "Үсөнов Эмил",
        "--default-doc-lang",
        "ru",
        "--place-ky",
        "Бишкек ш.",
        "--place-ru",
        "г. Бишкек",
        "--logo",
        str(logo),
    )
    assert code == 0
    _, out, _ = run(capsys, "profile", "show")
    assert "name_ky: Кыргыз Республикасынын Саламаттык сактоо министрлиги" in out
    assert "place_ky: Бишкек ш." in out and "place_ru: г. Бишкек" in out
    assert "default_doc_lang: ru" in out
    assert "logo: 108 bytes" in out
    code, _, err = run(capsys, "profile", "set", "--default-doc-lang", "en")
    assert code == 1
    assert "Kyrgyz (ky) or Russian (ru)" in err


def test_no_command_opens_the_gui(monkeypatch):
    called: dict[str, object] = {}

    def fake_run_gui(**kwargs: object) -> int:
        called.update(kwargs)
        return 0

    import pressdesk.gui.application as application

    monkeypatch.setattr(application, "run_gui", fake_run_gui)
    assert app_main(["--data-dir", "/tmp/x"]) == 0
    assert called == {"data_dir": "/tmp/x", "db_url": None, "open_file": None}


def test_entry_points_declared():
    text = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'pressdesk = "pressdesk.app:main"' in text
    assert "[project.gui-scripts]" in text


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None)),
        (["--data-dir", "D:/Пресс"], ("D:/Пресс", None)),
        (
            ["--db=postgresql+psycopg://u@host/pd", "--data-dir", "x"],
            ("x", "postgresql+psycopg://u@host/pd"),
        ),
        (["check"], None),
        (["--data-dir", "x", "demo"], None),
        (["backup.db"], None),
        (["--help"], None),
        (["--version"], None),
        (["--data-dir"], None),  # the full parser says the folder is missing
        (["--data"], None),  # no abbreviations: the full parser decides
    ],
)
def test_a_start_with_only_global_options_opens_the_window_without_the_full_parser(
    argv, expected, monkeypatch
):
    from pressdesk import app

    start = app.window_start(argv)
    assert (None if start is None else (start.data_dir, start.db)) == expected
    # The window's start builds no parser of the commands.
    opened: list[dict[str, object]] = []
    monkeypatch.setattr(cli, "build_parser", lambda *_: pytest.fail("parser built"))
    monkeypatch.setattr(app, "preload_database_layer", lambda: None)
    monkeypatch.setattr(
        "pressdesk.gui.application.run_gui", lambda **kwargs: opened.append(kwargs) or 0
    )
    if expected is not None:
        assert app.main(argv) == 0
        assert opened == [{"data_dir": expected[0], "db_url": expected[1], "open_file": None}]


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_the_command_words_are_those_of_the_full_parser():
    assert set(_commands(cli.build_parser())) == cli.command_names()


@pytest.mark.parametrize("word", sorted(cli.command_names()))
def test_a_command_builds_its_own_parser_the_same_as_the_full_one(word):
    full = _commands(cli.build_parser())[word]
    section = next((words for words in cli.SECTION_COMMANDS.values() if word in words), ())
    own = _commands(cli.build_parser(word))
    assert set(own) == {*cli.CORE_COMMANDS, *section}
    assert own[word].format_help() == full.format_help()


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["--data-dir", "events", "events", "export", "1", "x.pdf"], "events"),
        (["--db=x.db", "inventory", "list"], "inventory"),
        (["--version"], None),
        (["--", "contacts"], None),
        (["ministry.db"], None),
        ([], None),
    ],
)
def test_the_command_word_is_found_past_the_options_and_their_values(argv, word):
    assert cli.command_in(argv) == word


def test_a_command_imports_no_other_section_commands(tmp_path):
    script = (
        "import sys\n"
        "from pressdesk import cli\n"
        "cli.main(['--data-dir', sys.argv[1], 'inventory', 'list'])\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('pressdesk.commands.'))))\n"
    )
    imported = {m.rsplit(".", 1)[1] for m in last_line(script, str(tmp_path / "data")).split()}
    assert imported & set(cli.SECTION_COMMANDS) == {"assets"}
