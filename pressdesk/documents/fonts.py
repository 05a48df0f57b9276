"""Find and register a TrueType font that can print Kyrgyz and Kazakh letters in PDFs."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from pressdesk import APP_NAME
from pressdesk.documents.model import DocumentError
from pressdesk.fileio import atomic_write_text
from pressdesk.paths import resources_dir

log = logging.getLogger(__name__)

# Kyrgyz ң ө ү and Kazakh ә і ғ қ ұ һ, both cases; without them a PDF shows empty boxes.
SPECIAL_LETTERS: Final = "ңөүәіғқұһ"
REQUIRED_CHARS: Final = (
    SPECIAL_LETTERS
    + SPECIAL_LETTERS.upper()
    + "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    + "«»–№"
)


def install_hint(platform: str | None = None) -> str:
    """Say how to get a suitable font on this system (the shipped one was not found either)."""
    system = platform or sys.platform
    letters = " ".join(SPECIAL_LETTERS)
    if system == "win32":
        return (
            "PressDesk's own font is missing: reinstall PressDesk, or choose a TrueType font "
            f"that covers {letters} (for example Arial or Times New Roman) in Settings"
        )
    if system == "darwin":
        return f"Choose a TrueType font that covers {letters} (for example Arial) in Settings"
    return (
        "Install DejaVu Sans (Debian/Ubuntu: apt install fonts-dejavu-core; Fedora: dnf install "
        f"dejavu-sans-fonts) or set a TrueType font that covers {letters} in Settings"
    )


class FontNotFoundError(DocumentError):
    """No TrueType font covering the Kyrgyz and Kazakh letters was found."""


@dataclass(frozen=True)
class FontSet:
    """The files of one font family; missing styles fall back to ``regular``."""

    family: str
    regular: Path
    bold: Path | None = None
    italic: Path | None = None
    bold_italic: Path | None = None


@dataclass(frozen=True)
class FontCandidate:
    """A well-known family and the file names its styles have on Windows, macOS and Linux."""

    family: str
    regular: tuple[str, ...]
    bold: tuple[str, ...] = ()
    italic: tuple[str, ...] = ()
    bold_italic: tuple[str, ...] = ()


def _liberation(name: str) -> FontCandidate:
    stem = "Liberation" + name.replace(" ", "")
    return FontCandidate(
        f"Liberation {name}",
        (f"{stem}-Regular.ttf",),
        (f"{stem}-Bold.ttf",),
        (f"{stem}-Italic.ttf",),
        (f"{stem}-BoldItalic.ttf",),
    )


def _noto(name: str) -> FontCandidate:
    stem = "Noto" + name
    return FontCandidate(
        f"Noto {name}",
        (f"{stem}-Regular.ttf",),
        (f"{stem}-Bold.ttf",),
        (f"{stem}-Italic.ttf",),
        (f"{stem}-BoldItalic.ttf",),
    )


# In order of preference. Names are matched case-insensitively, so "arial.ttf" (Windows) and
# "Arial.ttf" (macOS) are one entry.
KNOWN_FONTS: Final[tuple[FontCandidate, ...]] = (
    FontCandidate(
        "Times New Roman",
        ("times.ttf", "Times New Roman.ttf"),
        ("timesbd.ttf", "Times New Roman Bold.ttf"),
        ("timesi.ttf", "Times New Roman Italic.ttf"),
        ("timesbi.ttf", "Times New Roman Bold Italic.ttf"),
    ),
    _liberation("Serif"),
    FontCandidate(
        "Arial",
        ("arial.ttf",),
        ("arialbd.ttf", "Arial Bold.ttf"),
        ("ariali.ttf", "Arial Italic.ttf"),
        ("arialbi.ttf", "Arial Bold Italic.ttf"),
    ),
    FontCandidate(
        "Calibri", ("calibri.ttf",), ("calibrib.ttf",), ("calibrii.ttf",), ("calibriz.ttf",)
    ),
    _liberation("Sans"),
    FontCandidate(
        "DejaVu Sans",
        ("DejaVuSans.ttf",),
        ("DejaVuSans-Bold.ttf",),
        ("DejaVuSans-Oblique.ttf",),
        ("DejaVuSans-BoldOblique.ttf",),
    ),
    FontCandidate(
        "DejaVu Serif",
        ("DejaVuSerif.ttf",),
        ("DejaVuSerif-Bold.ttf",),
        ("DejaVuSerif-Italic.ttf",),
        ("DejaVuSerif-BoldItalic.ttf",),
    ),
    _noto("Sans"),
    _noto("Serif"),
)


@dataclass(frozen=True)
class FontSearch:
    """Where to look for fonts: folders scanned recursively, and whether to ask fontconfig."""

    dirs: tuple[Path, ...]
    use_fontconfig: bool = True
    candidates: tuple[FontCandidate, ...] = KNOWN_FONTS


def default_search() -> FontSearch:
    """Return the font folders of this platform, the fonts shipped with PressDesk first."""
    home = Path.home()
    dirs: list[Path] = [resources_dir() / "fonts"]
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [
            home / "Library" / "Fonts",
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/System/Library/Fonts"),
        ]
    else:
        dirs += [
            home / ".local" / "share" / "fonts",
            home / ".fonts",
            Path("/usr/local/share/fonts"),
            Path("/usr/share/fonts"),
        ]
    return FontSearch(dirs=tuple(dirs), use_fontconfig=sys.platform not in ("win32", "darwin"))


def missing_chars(path: Path, chars: str = REQUIRED_CHARS) -> str | None:
    """Return the characters of ``chars`` the font at ``path`` lacks, or None if unreadable."""
    cmap = _cmap(str(path))
    if cmap is None:
        return None
    return "".join(ch for ch in dict.fromkeys(chars) if ord(ch) not in cmap)


def find_font(
    explicit: str | os.PathLike[str] | None = None, search: FontSearch | None = None
) -> FontSet:
    """Return a font covering :data:`REQUIRED_CHARS`: ``explicit`` if usable, else a system font.

    Raises :class:`FontNotFoundError` naming a font to install when nothing suitable exists.
    """
    return _find_font_cached(
        str(explicit) if explicit else None, search if search is not None else default_search()
    )


@functools.lru_cache(maxsize=16)
def _find_font_cached(explicit: str | None, search: FontSearch) -> FontSet:
    key = _search_key(explicit, search)
    remembered = _remembered_font(key)
    if remembered is not None:
        return remembered
    found = _search_font(explicit, search)
    _remember_font(key, found)
    return found


# --- the choice remembered between runs --------------------------------------------------------

ENV_CACHE_DIR: Final = "PRESSDESK_CACHE_DIR"
CACHE_FILE: Final = "pdf-font.json"
_CACHE_VERSION: Final = 1


def font_cache_file() -> Path:
    """Return the file that remembers the chosen font (in the user's cache folder)."""
    folder = os.environ.get(ENV_CACHE_DIR)
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir(APP_NAME, appauthor=False)
    return Path(folder) / CACHE_FILE


def _stamp(path: Path) -> str:
    try:
        info = path.stat()
    except OSError:
        return f"{path}:-"
    return f"{path}:{info.st_mtime_ns}:{info.st_size}"


def _folder_stamps(folder: Path) -> list[str]:
    """Stamp every folder below ``folder``: a font added or removed anywhere changes one."""
    stamps = [_stamp(folder)]
    if folder.is_dir():
        for root, dirs, _files in os.walk(folder):
            dirs.sort()
            stamps.extend(_stamp(Path(root) / name) for name in dirs)
    return stamps


def _search_key(explicit: str | None, search: FontSearch) -> str:
    """Return what the search's answer depends on: the setting, the candidates and the
    modification times of the font folders (and of fontconfig's configuration)."""
    parts = [str(_CACHE_VERSION), explicit or "", repr(search.candidates), REQUIRED_CHARS]
    if explicit:
        parts.append(_stamp(Path(explicit).expanduser()))
    for folder in search.dirs:
        parts.extend(_folder_stamps(folder))
    if search.use_fontconfig:
        parts.append("fontconfig")
        for config in (Path("/etc/fonts"), Path("/etc/fonts/conf.d")):
            parts.append(_stamp(config))
        parts.append(_stamp(Path.home() / ".config" / "fontconfig"))
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


_STYLES: Final = ("regular", "bold", "italic", "bold_italic")
_CACHE_ENTRIES: Final = 8


def _read_cache() -> dict[str, Any]:
    try:
        data = json.loads(font_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != _CACHE_VERSION:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def _remembered_font(key: str) -> FontSet | None:
    """Return the font remembered for ``key`` if its files are still the ones checked."""
    try:
        data = _read_cache().get(key)
        if data is None:
            return None
        files = {style: data["files"][style] for style in _STYLES}
        stamps = data["stamps"]
        family = str(data["family"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    paths = {style: Path(value) if value else None for style, value in files.items()}
    for style, path in paths.items():
        if path is not None and _stamp(path) != stamps.get(style):
            return None
    regular = paths["regular"]
    if regular is None:
        return None
    return FontSet(family, regular, paths["bold"], paths["italic"], paths["bold_italic"])


def _remember_font(key: str, fonts: FontSet) -> None:
    """Write the choice for the next run; a cache that cannot be written only costs time."""
    files = {style: getattr(fonts, style) for style in _STYLES}
    entries = {k: v for k, v in _read_cache().items() if k != key}
    entries[key] = {
        "family": fonts.family,
        "files": {style: str(path) if path else None for style, path in files.items()},
        "stamps": {style: _stamp(path) for style, path in files.items() if path is not None},
    }
    # The newest few choices (the Settings font and the default one, per search) are kept.
    kept = dict(list(entries.items())[-_CACHE_ENTRIES:])
    target = font_cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": _CACHE_VERSION, "entries": kept}, ensure_ascii=False)
        atomic_write_text(target, text)
    except OSError as exc:
        log.info("The chosen font is not remembered (%s): %s", target, exc)


def _search_font(explicit: str | None, search: FontSearch) -> FontSet:
    """Look for the font: the explicit file, then the known families in the font folders."""
    problems: list[str] = []
    if explicit:
        found, problem = _from_explicit(Path(explicit).expanduser(), search)
        if found is not None:
            return found
        problems.append(problem)
        log.warning("%s; looking for a system font instead", problem)
    index = _font_index(search)
    for candidate in search.candidates:
        regular = _pick(index, candidate.regular)
        if regular is None:
            continue
        lacking = missing_chars(regular)
        if lacking is None:
            continue
        if lacking:
            log.info("Font %s lacks %s; skipped", regular, " ".join(lacking))
            continue
        return FontSet(
            family=candidate.family,
            regular=regular,
            bold=_pick_style(candidate.bold, regular),
            italic=_pick_style(candidate.italic, regular),
            bold_italic=_pick_style(candidate.bold_italic, regular),
        )
    problems.append("No suitable TrueType font found in the system font folders")
    raise FontNotFoundError(". ".join([*problems, install_hint()]) + ".")


def _from_explicit(path: Path, search: FontSearch) -> tuple[FontSet | None, str]:
    if not path.is_file():
        return None, f"The font file set in Settings does not exist: {path}"
    lacking = missing_chars(path)
    if lacking is None:
        return None, f"The font set in Settings is not a usable TrueType font: {path}"
    if lacking:
        return None, f"The font set in Settings ({path.name}) lacks the letters {' '.join(lacking)}"
    family = _family_name(str(path)) or path.stem
    for candidate in search.candidates:
        if path.name.lower() in (name.lower() for name in candidate.regular):
            return FontSet(
                family=candidate.family,
                regular=path,
                bold=_pick_style(candidate.bold, path),
                italic=_pick_style(candidate.italic, path),
                bold_italic=_pick_style(candidate.bold_italic, path),
            ), ""
    return FontSet(
        family=family,
        regular=path,
        bold=_pick_style(_guess_names(path.name, "Bold", "bd"), path),
        italic=_pick_style(_guess_names(path.name, "Italic", "i"), path),
        bold_italic=_pick_style(_guess_names(path.name, "BoldItalic", "bi"), path),
    ), ""


def _guess_names(filename: str, style: str, short: str) -> tuple[str, ...]:
    stem, _, ext = filename.rpartition(".")
    base = stem.removesuffix("-Regular").removesuffix("Regular")
    return (f"{base}-{style}.{ext}", f"{base}{style}.{ext}", f"{base}{short}.{ext}")


def _pick(index: dict[str, Path], names: tuple[str, ...]) -> Path | None:
    for name in names:
        found = index.get(name.lower())
        if found is not None:
            return found
    return None


def _pick_style(names: tuple[str, ...], regular: Path) -> Path | None:
    # A style file is only taken from the regular file's folder, so that bold Arial from one
    # install is never paired with regular Arial of another version.
    try:
        siblings = {p.name.lower(): p for p in regular.parent.iterdir() if p.is_file()}
    except OSError:
        return None
    path = _pick(siblings, names)
    if path is None or missing_chars(path):
        return None
    return path


def _font_index(search: FontSearch) -> dict[str, Path]:
    index: dict[str, Path] = {}
    for folder in search.dirs:
        for path in _walk_fonts(folder):
            index.setdefault(path.name.lower(), path)
    if search.use_fontconfig:
        for path in _fontconfig_files():
            index.setdefault(path.name.lower(), path)
    return index


def _walk_fonts(folder: Path) -> list[Path]:
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(".ttf"):
                found.append(Path(root) / name)
    return found


def _fontconfig_files() -> list[Path]:
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    try:
        out = subprocess.run(
            [exe, "--format", "%{file}\n"],
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(Path(line) for line in out.splitlines() if line.lower().endswith(".ttf"))


def _cmap(path: str) -> frozenset[int] | None:
    info = _face_info(path)
    return None if info is None else info[0]


def _family_name(path: str) -> str | None:
    info = _face_info(path)
    return None if info is None else info[1]


@functools.lru_cache(maxsize=64)
def _face_info(path: str) -> tuple[frozenset[int], str] | None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        face = TTFontFile(path, charInfo=1)
    # A broken, unsupported (e.g. CFF outlines) or non-embeddable font fails in many ways inside
    # the parser; any of them only means "not this font".
    except Exception as exc:
        log.info("Cannot use font %s: %s", path, exc)
        return None
    name = getattr(face, "familyName", b"")
    family = name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
    return frozenset(face.charToGlyph or ()), family


@dataclass(frozen=True)
class RegisteredFonts:
    """The reportlab font names of a registered :class:`FontSet`."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


_register_lock = threading.Lock()
_registered: dict[FontSet, RegisteredFonts] = {}


def register_fonts(fonts: FontSet) -> RegisteredFonts:
    """Register ``fonts`` with reportlab once and return the names to use in styles."""
    with _register_lock:
        known = _registered.get(fonts)
        if known is not None:
            return known
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        def register(path: Path | None, fallback: str) -> str:
            if path is None:
                return fallback
            digest = hashlib.sha1(str(path).encode("utf-8"), usedforsecurity=False).hexdigest()
            name = f"PD-{path.stem}-{digest[:8]}"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
            return name

        regular = register(fonts.regular, "")
        bold = register(fonts.bold, regular)
        italic = register(fonts.italic, regular)
        bold_italic = register(fonts.bold_italic, bold if fonts.bold else italic)
        # addMapping also records the reverse (name -> style); when a style falls back to
        # another file the plainer style must be added last so its reverse entry wins.
        for is_bold, is_italic, name in (
            (1, 1, bold_italic),
            (0, 1, italic),
            (1, 0, bold),
            (0, 0, regular),
        ):
            addMapping(regular, is_bold, is_italic, name)
        result = RegisteredFonts(regular, bold, italic, bold_italic)
        _registered[fonts] = result
        return result
