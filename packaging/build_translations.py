"""Compile resources/i18n/*.ts into .qm files with the lrelease shipped in PySide6."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def find_qt_tool(tool: str) -> list[str]:
    """Return the command that runs Qt's ``tool`` (lrelease, lupdate), from PySide6 or PATH."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None  # type: ignore[assignment]  # noqa: N806
    if PySide6 is not None:
        folder = Path(PySide6.__file__).resolve().parent
        for name in (tool, f"{tool}.exe"):
            candidate = folder / name
            if candidate.exists():
                return [str(candidate)]
    for name in (f"pyside6-{tool}", tool, f"{tool}-qt6"):
        found = shutil.which(name)
        if found:
            return [found]
    raise SystemExit(f"{tool} not found: install PySide6 (pip install PySide6-Essentials).")


def main() -> int:
    """Build every .qm that is missing or older than its .ts."""
    command = find_qt_tool("lrelease")
    built = 0
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            return result.returncode
        built += 1
    print(f"translations: {built} built")
    return 0


if __name__ == "__main__":
    sys.exit(main())
