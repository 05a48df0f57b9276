"""Imports go one way: gui → services → storage / exchange / documents; Qt only in gui."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "pressdesk"
LAYERS_BELOW_GUI = ("services", "storage", "exchange", "documents", "commands")


@cache  # every test reads the same files; each is parsed once
def _imports(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return frozenset(names)


def _modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]


def test_qt_is_imported_only_in_gui():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if "gui" not in path.relative_to(PACKAGE).parts
        and path.name != "app.py"
        and any(name.startswith("PySide6") for name in _imports(path))
    ]
    assert offenders == []


def test_lower_layers_do_not_import_gui():
    offenders = []
    for path in _modules():
        parts = path.relative_to(PACKAGE).parts
        if parts[0] in LAYERS_BELOW_GUI and any(
            name.startswith("pressdesk.gui") for name in _imports(path)
        ):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_storage_does_not_import_services():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if path.relative_to(PACKAGE).parts[0] in {"storage", "documents", "exchange"}
        and any(name.startswith("pressdesk.services") for name in _imports(path))
    ]
    assert offenders == []


def test_keyring_only_in_secrets():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if path.name != "secrets.py"
        and any(name.split(".")[0] == "keyring" for name in _imports(path))
    ]
    assert offenders == []


def test_sqlite_specific_sql_stays_in_storage():
    offenders = []
    for path in _modules():
        if path.relative_to(PACKAGE).parts[0] in {"storage"}:
            continue
        text = path.read_text(encoding="utf-8")
        if "PRAGMA" in text or "fts5" in text.lower() or "import sqlite3" in text:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_only_the_entry_points_import_the_cli_module():
    """Commands and the window share exit codes through pressdesk.exitcodes, not the CLI module."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if path.name not in {"cli.py", "app.py"}
        and any(
            name == "pressdesk.cli" or name.startswith("pressdesk.cli.") for name in _imports(path)
        )
    ]
    assert offenders == []


def test_services_have_one_package_per_section():
    loose = sorted(
        path.name
        for path in (PACKAGE / "services").glob("*.py")
        if path.name.split("_")[0]
        in {"contacts", "events", "handover", "plan", "inventory", "accounts", "archive"}
    )
    assert loose == []


def test_no_module_is_longer_than_600_lines():
    """A module that outgrows 600 lines holds more than one idea; split it before it grows on."""
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for path in _modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert too_long == {}
