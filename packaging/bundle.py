"""Build PressDesk for people who never see Python, and prove the build works.

    python packaging/bundle.py [--dist DIR] [--no-deb] [--no-smoke]

1. compiles the translations (a missing or unfinished Kyrgyz/Russian text stops here);
2. builds dist/PressDesk/ with PyInstaller (packaging/pressdesk.spec): PressDesk and pressdesk-cli;
3. smoke-tests that folder: --version, demo into a temporary folder, the self-test (every
   section page built offscreen), the Kyrgyz handover act as PDF read back with pdftotext;
4. on Linux, wraps it into dist/pressdesk_VERSION_ARCH.deb and smoke-tests the unpacked package;
   on Windows with Inno Setup installed, builds dist/PressDesk-VERSION-setup.exe.

Run through ``python packaging/bootstrap.py bundle``, which prepares the tools first.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pressdesk.spec"
DESKTOP_FILE = ROOT / "packaging" / "pressdesk.desktop"
ISS = ROOT / "packaging" / "pressdesk.iss"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

# What the bundle needs from a Debian/Ubuntu system: the C library, OpenGL/EGL and the X11/xcb
# libraries Qt's platform plugin loads (the rest of Qt travels inside the bundle).
DEB_DEPENDS = (
    "libc6 (>= 2.31)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libx11-xcb1",
    "libdbus-1-3",
)
DEB_SUGGESTS = ("gnome-keyring | kwalletmanager",)
# A word of the Kyrgyz approval block: proves the PDF holds Kyrgyz text, not boxes.
KYRGYZ_PROBE = "БЕКИТЕМ"


def version() -> str:
    text = (ROOT / "pressdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if match is None:
        raise SystemExit("pressdesk/__init__.py has no __version__")
    return match[1]


def say(message: str) -> None:
    print(f"[pressdesk bundle] {message}", flush=True)


# --- building ------------------------------------------------------------------------------


def compile_translations() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    import build_translations

    try:
        built = build_translations.compile_catalogues(check=True)
    except build_translations.TranslationError as exc:
        raise SystemExit(str(exc)) from None
    say(f"translations: {len(built)} catalogues")


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller; return the bundle folder."""
    compile_translations()
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    say("building the bundle with PyInstaller")
    subprocess.run(command, check=True, cwd=ROOT)
    folder = dist / "PressDesk"
    for name in ("PressDesk", "pressdesk-cli"):
        if not (folder / f"{name}{EXE_SUFFIX}").is_file():
            raise SystemExit(f"the bundle has no {name}{EXE_SUFFIX}")
    return folder


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# --- smoke test ----------------------------------------------------------------------------


def _run(command: list[str], env: dict[str, str], timeout: int = 300) -> tuple[int, str]:
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    return result.returncode, result.stdout + result.stderr


def pdf_text(pdf: Path) -> str:
    """Return the text of a PDF: pdftotext (poppler) where installed, else pypdf."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        result = subprocess.run(
            [pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=False
        )
        return result.stdout if result.returncode == 0 else f"pdftotext failed: {result.stderr}"
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def smoke_test(gui: Path, cli: Path) -> list[str]:
    """Run the built programs as a user would; return what failed (empty: all good)."""
    failures: list[str] = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("PRESSDESK_DATA_DIR", "PRESSDESK_DB", "PRESSDESK_RESOURCES", "PYTHONPATH"):
        env.pop(name, None)
    expected = f"PressDesk {version()}"
    for program in (gui, cli):
        code, out = _run([str(program), "--version"], env)
        if code != 0 or expected not in out:
            failures.append(f"{program.name} --version: exit {code}: {out.strip()[-500:]}")
    with tempfile.TemporaryDirectory(prefix="pressdesk-smoke-") as tmp:
        data = Path(tmp) / "data"
        steps: list[tuple[str, list[str]]] = [
            ("demo", ["demo"]),
            ("self-test", ["selftest"]),
            ("check", ["check"]),
            ("handover act", ["handover", str(Path(tmp) / "act.pdf"), "--outgoing",
                              "Асанова Айгүл", "--incoming", "Бекмуратов Нурлан", "--lang", "ky"]),
        ]  # fmt: skip
        for label, args in steps:
            code, out = _run([str(cli), "--data-dir", str(data), *args], env)
            if code != 0:
                failures.append(f"{label}: exit {code}: {out.strip()[-1500:]}")
                return failures
            if label == "self-test" and "FAIL" in out:
                failures.append(f"self-test: {out}")
        text = pdf_text(Path(tmp) / "act.pdf")
        if KYRGYZ_PROBE not in text:
            failures.append(f"the Kyrgyz PDF does not read back: {text[:300]!r}")
    return failures


# --- Debian package ------------------------------------------------------------------------


def deb_architecture() -> str:
    found = shutil.which("dpkg")
    if found:
        return subprocess.run(
            [found, "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def deb_control(size_kb: int) -> str:
    return (
        f"Package: pressdesk\n"
        f"Version: {version()}\n"
        f"Architecture: {deb_architecture()}\n"
        f"Maintainer: PressDesk <pressdesk@users.noreply.github.com>\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        f"Suggests: {', '.join(DEB_SUGGESTS)}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Description: desktop workplace of a government body's press secretary\n"
        f" Media contacts, content plan, events with checklists, equipment, official\n"
        f" accounts, archive index and the handover act, in Kyrgyz, Russian and English.\n"
        f" Works offline on a local database; documents are written as DOCX and PDF.\n"
    )


LAUNCHER = """#!/bin/sh
# PressDesk lives in /opt/pressdesk; this starts it with the arguments given.
exec /opt/pressdesk/{program} "$@"
"""


def build_deb(bundle: Path, out_dir: Path, compression: tuple[str, ...] = ("-Zxz",)) -> Path:
    """Wrap the bundle into a .deb: /opt/pressdesk, launchers, menu entry and icons."""
    with tempfile.TemporaryDirectory(prefix="pressdesk-deb-") as tmp:
        root = Path(tmp) / "pkg"
        shutil.copytree(bundle, root / "opt" / "pressdesk", symlinks=True)
        bin_dir = root / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        for command, program in (("pressdesk", "PressDesk"), ("pressdesk-cli", "pressdesk-cli")):
            launcher = bin_dir / command
            launcher.write_text(LAUNCHER.format(program=program), encoding="utf-8")
            launcher.chmod(0o755)
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copyfile(DESKTOP_FILE, apps / "pressdesk.desktop")
        # Drawn by Qt in a process of its own, which needs no display.
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "hicolor",
             str(root / "usr" / "share" / "icons" / "hicolor")],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        doc = root / "usr" / "share" / "doc" / "pressdesk"
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(
            "PressDesk is free software under the GNU General Public License, version 3 or "
            "later.\nThe Liberation Serif fonts in /opt/pressdesk/_internal/resources/fonts are "
            "under the SIL Open Font License 1.1 (LICENSE-Liberation.txt there).\n",
            encoding="utf-8",
        )
        for path in root.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
            elif not path.is_symlink():
                path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
        debian = root / "DEBIAN"
        debian.mkdir()
        size_kb = (folder_size(root) + 1023) // 1024
        (debian / "control").write_text(deb_control(size_kb), encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"pressdesk_{version()}_{deb_architecture()}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def smoke_test_deb(deb: Path) -> list[str]:
    """Unpack the .deb into a scratch root and run the programs from /opt/pressdesk there."""
    with tempfile.TemporaryDirectory(prefix="pressdesk-debx-") as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        opt = Path(tmp) / "opt" / "pressdesk"
        failures = []
        for required in (
            "usr/bin/pressdesk",
            "usr/bin/pressdesk-cli",
            "usr/share/applications/pressdesk.desktop",
            "usr/share/icons/hicolor/48x48/apps/pressdesk.png",
            "usr/share/icons/hicolor/scalable/apps/pressdesk.svg",
        ):
            if not (Path(tmp) / required).exists():
                failures.append(f"the package lacks /{required}")
        failures += smoke_test(opt / "PressDesk", opt / "pressdesk-cli")
        return failures


# --- Windows installer ---------------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def build_installer(bundle: Path, out_dir: Path) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        say("Inno Setup (ISCC.exe) not found: no installer built")
        return None
    subprocess.run(
        [str(iscc), f"/DAppVersion={version()}", f"/DBundleDir={bundle}",
         f"/O{out_dir}", str(ISS)],
        check=True,
    )  # fmt: skip
    return out_dir / f"PressDesk-{version()}-setup.exe"


# --- command line --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bundle.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-deb", action="store_true", help="do not build the .deb")
    parser.add_argument("--no-smoke", action="store_true", help="do not run the smoke tests")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build_bundle(args.dist, args.work)
    took = time.monotonic() - started
    say(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MB, built in {took:.0f} s)")
    failures: list[str] = []
    if not args.no_smoke:
        failures += smoke_test(
            bundle / f"PressDesk{EXE_SUFFIX}", bundle / f"pressdesk-cli{EXE_SUFFIX}"
        )
    if sys.platform.startswith("linux") and not args.no_deb:
        deb = build_deb(bundle, args.dist)
        say(f"package: {deb} ({deb.stat().st_size / 2**20:.0f} MB)")
        if not args.no_smoke:
            failures += smoke_test_deb(deb)
    if sys.platform == "win32":
        installer = build_installer(bundle, args.dist)
        if installer is not None:
            say(f"installer: {installer}")
    for failure in failures:
        say(f"SMOKE TEST FAILED: {failure}")
    if not failures and not args.no_smoke:
        say("smoke tests passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
