"""Refresh resources/i18n/pressdesk_{ky,ru,en}.ts from the GUI sources with PySide6's lupdate."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "pressdesk" / "gui"
LANGUAGES = ("ky", "ru", "en")


def find_lupdate() -> list[str]:
    """Return the command that runs lupdate, from PySide6 or from PATH."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None  # type: ignore[assignment]  # noqa: N806
    if PySide6 is not None:
        folder = Path(PySide6.__file__).resolve().parent
        for name in ("lupdate", "lupdate.exe"):
            candidate = folder / name
            if candidate.exists():
                return [str(candidate)]
    for name in ("pyside6-lupdate", "lupdate", "lupdate-qt6"):
        found = shutil.which(name)
        if found:
            return [found]
    raise SystemExit("lupdate not found: install PySide6 (pip install PySide6-Essentials).")


def main() -> int:
    """Update every .ts file; translations already made are kept, vanished strings dropped."""
    command = find_lupdate()
    # Relative paths keep the <location> entries the same on every machine.
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = (I18N / f"pressdesk_{lang}.ts").relative_to(ROOT)
        result = subprocess.run(
            [
                *command,
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts),
            ],
            check=False,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            return result.returncode
        print(result.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
