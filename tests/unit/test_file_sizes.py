"""No source file of the application grows past 600 lines: a longer one is a sign to split it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pressdesk"
MAX_LINES = 600
# Alembic writes the migration scripts; they are kept as generated.
GENERATED = PACKAGE / "storage" / "migrations" / "versions"


def _long_files(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if GENERATED in path.parents:
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            found.append(f"{path.relative_to(root).as_posix()}: {lines} lines")
    return found


def test_no_source_file_is_over_600_lines() -> None:
    assert _long_files(PACKAGE) == []


def test_a_long_file_is_named_with_its_length(tmp_path: Path) -> None:
    (tmp_path / "short.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    (tmp_path / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert _long_files(tmp_path) == ["long.py: 601 lines"]
