"""Refresh the .ts translation sources in resources/i18n from the GUI code with lupdate.

The window's own strings go to ``pressdesk_<lang>.ts``; each section package
``pressdesk/gui/<section>/`` has its own catalogue ``pressdesk-<section>_<lang>.ts``, so a
translator can take one section at a time. ``update_translations.py plan`` refreshes only the
content plan's catalogue.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_translations import find_qt_tool

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "pressdesk" / "gui"
LANGUAGES = ("ky", "ru", "en")
# Sub-packages of pressdesk/gui that belong to the window itself rather than to one section.
SHARED_PACKAGES = {"settings", "models", "widgets", "__pycache__"}


def catalogues() -> dict[str, list[Path]]:
    """Map each catalogue name to its source files."""
    result: dict[str, list[Path]] = {"pressdesk": []}
    for path in sorted(SOURCES.rglob("*.py")):
        parts = path.relative_to(SOURCES).parts
        if len(parts) > 1 and parts[0] not in SHARED_PACKAGES:
            result.setdefault(f"pressdesk-{parts[0]}", []).append(path)
        else:
            result["pressdesk"].append(path)
    # The sentences of the errors the services raise (codes and values) belong to the window.
    result["pressdesk"] += [
        ROOT / "pressdesk" / name
        for name in (
            "messages.py",
            "message_texts.py",
            "message_texts_data.py",
            "message_texts_desk.py",
        )
    ]
    return result


def ts_file(catalogue: str, lang: str) -> Path:
    """Return the .ts file of ``catalogue`` in ``lang``."""
    return I18N / f"{catalogue}_{lang}.ts"


def find_lupdate() -> list[str]:
    """Return the command that runs lupdate, from PySide6 or from PATH."""
    return find_qt_tool("lupdate")


def main(only: list[str] | None = None) -> int:
    """Update the .ts files; translations already made are kept, vanished strings dropped."""
    command = find_lupdate()
    I18N.mkdir(parents=True, exist_ok=True)
    wanted = {name if name.startswith("pressdesk") else f"pressdesk-{name}" for name in only or []}
    for catalogue, files in catalogues().items():
        if wanted and catalogue not in wanted:
            continue
        # Relative paths keep the <location> entries the same on every machine.
        sources = [str(p.relative_to(ROOT)) for p in files]
        code = _update(command, catalogue, sources)
        if code:
            return code
    return 0


def _update(command: list[str], catalogue: str, sources: list[str]) -> int:
    for lang in LANGUAGES:
        ts = ts_file(catalogue, lang).relative_to(ROOT)
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
    sys.exit(main(sys.argv[1:]))
