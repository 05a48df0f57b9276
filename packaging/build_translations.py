"""Compile resources/i18n/*.ts into .qm files with the lrelease shipped in PySide6.

    python packaging/build_translations.py            # build the .qm files that are out of date
    python packaging/build_translations.py --check    # also fail on a missing or unfinished text

The wheel's build hook, the bundle and the set-up all call this, so a catalogue that lacks a
language, or a Kyrgyz or Russian text left unfinished, stops the build instead of reaching a user
as English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ky", "ru", "en")
# English is the source language: its catalogue may leave texts as they are in the code.
MUST_TRANSLATE = ("ky", "ru")


class TranslationError(Exception):
    """A catalogue cannot be shipped: the message lists every problem."""


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
    raise TranslationError(f"{tool} not found: install PySide6 (pip install PySide6-Essentials).")


def catalogues(folder: Path = I18N) -> dict[str, dict[str, Path]]:
    """Return the .ts files by catalogue ("pressdesk", "pressdesk-plan", …) and language."""
    found: dict[str, dict[str, Path]] = {}
    for ts in sorted(folder.glob("*.ts")):
        base, _, lang = ts.stem.rpartition("_")
        found.setdefault(base, {})[lang] = ts
    return found


def problems(folder: Path = I18N) -> list[str]:
    """Return what keeps the catalogues from being shipped (missing languages, unfinished texts)."""
    found = catalogues(folder)
    if not found:
        return [f"no translation sources (*.ts) in {folder}"]
    issues = []
    for base, by_lang in found.items():
        for lang in LANGUAGES:
            if lang not in by_lang:
                issues.append(f"{base}: the {lang} catalogue {base}_{lang}.ts is missing")
        for lang in MUST_TRANSLATE:
            if lang in by_lang:
                issues.extend(_unfinished(by_lang[lang]))
    return issues


def _unfinished(ts: Path) -> list[str]:
    try:
        root = ET.parse(ts).getroot()
    except ET.ParseError as exc:
        return [f"{ts.name}: not a readable catalogue ({exc})"]
    issues = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            has_text = translation is not None and (
                (translation.text or "").strip() or translation.find("numerusform") is not None
            )
            if kind == "unfinished" or not has_text:
                source = message.findtext("source", "")
                issues.append(f"{ts.name}: [{name}] «{source[:60]}» is not translated")
    return issues


def compile_catalogues(
    folder: Path = I18N, out_dir: Path | None = None, *, check: bool = False, force: bool = False
) -> list[Path]:
    """Build a .qm for each .ts (into ``out_dir``, else beside it); return the .qm files.

    With ``check``, missing languages and unfinished texts raise :class:`TranslationError`.
    """
    if check:
        issues = problems(folder)
        if issues:
            raise TranslationError("Translations are incomplete:\n  " + "\n  ".join(issues))
    command = find_qt_tool("lrelease")
    target_dir = out_dir or folder
    target_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = target_dir / f"{ts.stem}.qm"
        built.append(qm)
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
            raise TranslationError(f"lrelease failed on {ts.name}:\n{result.stdout}{result.stderr}")
    return built


def main(argv: list[str]) -> int:
    try:
        built = compile_catalogues(check="--check" in argv, force="--force" in argv)
    except TranslationError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"translations: {len(built)} catalogues ready")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
