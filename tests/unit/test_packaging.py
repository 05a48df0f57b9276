"""What the installers rest on: the file argument, build-time translations, icons, packages."""

from __future__ import annotations

import configparser
import importlib
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pressdesk import app
from pressdesk.cli import build_parser, command_names

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bootstrap  # noqa: E402
import build_translations  # noqa: E402
import bundle  # noqa: E402
import make_icons  # noqa: E402

COMMANDS = command_names()


@pytest.mark.parametrize(
    ("argv", "rest", "file"),
    [
        (["/home/a/ministry.db"], [], "/home/a/ministry.db"),
        (["--data-dir", "/d", "x.db"], ["--data-dir", "/d"], "x.db"),
        (["--db", "y.db"], ["--db", "y.db"], None),  # a value of --db, not a file to open
        (["--data-dir=/d", "C:\\Users\\A\\Ish.db"], ["--data-dir=/d"], "C:\\Users\\A\\Ish.db"),
        (["demo"], ["demo"], None),
        (["--data-dir", "/d", "plan", "list"], ["--data-dir", "/d", "plan", "list"], None),
        (["--", "-odd name.db"], [], "-odd name.db"),
        (["--version"], ["--version"], None),
        ([], [], None),
    ],
)
def test_a_file_to_open_is_told_from_a_command(argv, rest, file):
    assert app.split_file_argument(argv, COMMANDS) == (rest, file)


def test_commands_are_known_to_the_file_argument():
    assert {"demo", "plan", "contacts", "handover", "selftest"} <= COMMANDS


def test_main_opens_the_window_on_a_file(monkeypatch, tmp_path):
    called: dict[str, object] = {}
    import pressdesk.gui.application as application

    monkeypatch.setattr(application, "run_gui", lambda **kw: called.update(kw) or 0)
    target = tmp_path / "база данных.db"
    assert app.main(["--data-dir", str(tmp_path), str(target)]) == 0
    assert called == {"data_dir": str(tmp_path), "db_url": None, "open_file": str(target)}


@pytest.mark.parametrize(
    ("program", "console"),
    [
        ("pressdesk-cli", True),
        (r"C:\Users\A\AppData\Local\Programs\PressDesk\pressdesk-cli.exe", True),
        ("/opt/pressdesk/PressDesk", False),
        ("PressDesk.exe", False),
        ("/usr/bin/pressdesk", False),
    ],
)
def test_the_console_twin_is_known_by_its_name(program, console):
    assert app.is_console_program(program) is console


def test_the_console_twin_runs_commands_and_never_opens_the_window(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["pressdesk-cli.exe"])
    assert app.main() == 2  # no command: the help, not a window
    assert "usage: pressdesk" in capsys.readouterr().out


def test_an_internal_error_reaches_the_user_as_a_sentence(monkeypatch, capsys, data_dir):
    from pressdesk import cli

    def broken(args, runtime):
        raise RuntimeError("boom")

    parser = build_parser()
    args = parser.parse_args(["check"])
    args.handler = broken
    assert cli.run(args) == cli.EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" not in err
    assert str(data_dir / "logs" / "pressdesk.log") in err
    assert "RuntimeError: boom" in (data_dir / "logs" / "pressdesk.log").read_text()


# --- translations --------------------------------------------------------------------------


def test_the_shipped_catalogues_are_complete():
    assert build_translations.problems() == []
    found = build_translations.catalogues()
    assert "pressdesk" in found and len(found) >= 8
    assert all(set(langs) == {"ky", "ru", "en"} for langs in found.values())


def test_a_missing_language_or_an_unfinished_text_stops_the_build(tmp_path):
    for ts in (ROOT / "resources" / "i18n").glob("pressdesk-archive_*.ts"):
        shutil.copy(ts, tmp_path)
    (tmp_path / "pressdesk-archive_en.ts").unlink()
    ky = tmp_path / "pressdesk-archive_ky.ts"
    text = ky.read_text(encoding="utf-8")
    first = text.index("<translation>")
    ky.write_text(
        text[:first] + '<translation type="unfinished">' + text[first + 13 :], encoding="utf-8"
    )
    problems = build_translations.problems(tmp_path)
    assert any("pressdesk-archive_en.ts is missing" in p for p in problems)
    assert any(p.startswith("pressdesk-archive_ky.ts:") and "not translated" in p for p in problems)
    with pytest.raises(build_translations.TranslationError, match="incomplete"):
        build_translations.compile_catalogues(tmp_path, tmp_path / "out", check=True)


def test_a_wheel_built_from_a_clean_tree_carries_every_translation(tmp_path):
    """No .qm in git: the build hook makes them, for a wheel and for an install from it."""
    tree = tmp_path / "tree"
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / name.decode()
        if source.is_file():
            (tree / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, tree / name.decode())
    assert not list((tree / "resources" / "i18n").glob("*.qm"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "wheel"), str(tree)],
        check=False, capture_output=True, text=True,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (wheel,) = (tmp_path / "wheel").glob("pressdesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    expected = {
        f"pressdesk/_resources/i18n/{ts.stem}.qm"
        for ts in (ROOT / "resources" / "i18n").glob("*.ts")
    }
    assert expected <= set(names)
    assert "pressdesk/_resources/fonts/LiberationSerif-Regular.ttf" in names
    assert "pressdesk/_resources/icons/pressdesk.ico" in names
    assert any(n.startswith("pressdesk/storage/migrations/versions/0001") for n in names)


# --- icons, launcher, package --------------------------------------------------------------


def test_the_windows_icon_has_every_size_from_16_to_256():
    data = (ROOT / "resources" / "icons" / "pressdesk.ico").read_bytes()
    assert make_icons.read_ico_sizes(data) == list(make_icons.ICO_SIZES)


def test_the_icon_file_is_what_the_svg_renders(tmp_path):
    # In a process of its own: the renderer needs a Qt application of its own kind.
    script = ROOT / "packaging" / "make_icons.py"
    subprocess.run(
        [sys.executable, str(script), "hicolor", str(tmp_path / "hicolor")],
        check=True,
        capture_output=True,
    )
    icon = tmp_path / "hicolor" / "256x256" / "apps" / "pressdesk.png"
    assert icon.read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "pressdesk.svg").is_file()
    assert make_icons.read_ico_sizes(make_icons.ico_bytes({16: b"a", 256: b"b"})) == [16, 256]


def test_the_menu_entry_opens_files_with_the_installed_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "pressdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "pressdesk %f"
    assert desktop["Icon"] == "pressdesk"
    assert "application/vnd.sqlite3" in desktop["MimeType"]
    assert desktop["Name[ky]" if "Name[ky]" in desktop else "GenericName[ky]"]


def test_the_package_depends_on_what_qt_loads():
    control = bundle.deb_control(1000)
    depends = next(line for line in control.splitlines() if line.startswith("Depends:"))
    for package in (*bootstrap.QT_LIBRARIES.values(), *bootstrap.DESKTOP_LIBRARIES.values()):
        if package.startswith("libglib"):
            continue  # travels inside the bundle
        assert package in depends
    assert "Version: " + bundle.version() in control


def test_pages_and_demo_parts_named_at_run_time_exist():
    """The bundle takes every pressdesk module; these are the ones imported by name."""
    from pressdesk.gui.sections import SECTIONS
    from pressdesk.services.demo import SECTION_DEMOS

    for module, attribute in SECTION_DEMOS:
        assert hasattr(importlib.import_module(module), attribute)
    built = [section for section in SECTIONS if section.factory is not None]
    assert len(built) >= 8
    spec = (ROOT / "packaging" / "pressdesk.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("pressdesk")' in spec
    assert 'name="pressdesk-cli", console=True' in spec


def test_the_installer_script_names_its_languages_and_keeps_the_data():
    iss = (ROOT / "packaging" / "pressdesk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert 'Name: "ky"; MessagesFile: "compiler:Languages\\Russian.isl,i18n\\Kyrgyz.isl"' in iss
    assert "SetupIconFile=..\\resources\\icons\\pressdesk.ico" in iss
    assert "usPostUninstall" in iss and "MB_YESNO" in iss
    for lang in ("ky", "ru", "en"):
        assert f"{lang}.RemoveDataQuestion=" in iss
    isl = (ROOT / "packaging" / "i18n" / "Kyrgyz.isl").read_text(encoding="utf-8")
    assert "LanguageID=$0440" in isl and "WelcomeLabel1=" in isl
