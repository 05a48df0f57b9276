"""Set up a development environment and run PressDesk or its test suite.

    python3 packaging/bootstrap.py run [PRESSDESK ARGS...]   # set up, then open the app
    python3 packaging/bootstrap.py test [PYTEST ARGS...]     # set up, then ruff, mypy, pytest
                                                             # (without ARGS, then tests/unit
                                                             # again on a PostgreSQL server)
    python3 packaging/bootstrap.py bench                     # set up, then the benchmarks
    python3 packaging/bootstrap.py bundle [--no-deb]         # build dist/PressDesk (+ .deb or
                                                             # the Windows installer), smoke-test it

Only the Python standard library is used here, so it runs on a fresh machine. It creates
``.venv`` in the checkout, installs the project with its development tools, installs the system
libraries Qt needs on Debian/Ubuntu (or says exactly which command to run), and compiles the
translations.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".pressdesk-installed"
MIN_PYTHON = (3, 11)

# Shared libraries PySide6's wheels load, and the Debian packages that provide them.
QT_LIBRARIES = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
}
# Needed only to show windows on an X11 desktop (the xcb platform plugin).
DESKTOP_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
}
# A TrueType font with Kyrgyz and Kazakh letters for PDF documents.
FONT_PACKAGE = "fonts-dejavu-core"


def say(message: str) -> None:
    print(f"[pressdesk setup] {message}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def check_python() -> None:
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"PressDesk needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer; "
            f"this is {sys.version.split()[0]}."
        )


def is_debian() -> bool:
    return sys.platform.startswith("linux") and Path("/etc/debian_version").exists()


def apt_install(packages: list[str], why: str) -> None:
    """Install Debian packages as root or through sudo, or stop with the exact command."""
    if not packages:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    prefix: list[str] | None = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        prefix = []
    elif (
        shutil.which("sudo")
        and subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False).returncode == 0
    ):
        prefix = ["sudo"]
    if prefix is None or not shutil.which("apt-get"):
        sys.exit(
            f"PressDesk needs system packages for {why}. Install them and run this again:\n"
            f"    sudo apt-get install {' '.join(packages)}"
        )
    say(f"installing {' '.join(packages)} ({why})")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*prefix, *command], check=True, env=env, stdout=subprocess.DEVNULL)


def missing_libraries(libraries: dict[str, str]) -> list[str]:
    return sorted({pkg for lib, pkg in libraries.items() if ctypes.util.find_library(lib) is None})


def font_missing() -> bool:
    folders = [Path("/usr/share/fonts"), Path.home() / ".fonts", Path.home() / ".local/share/fonts"]
    wanted = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf")
    for folder in folders:
        if folder.is_dir() and any(next(folder.rglob(name), None) for name in wanted):
            return False
    return True


def postgres_present() -> bool:
    """Return True if PostgreSQL's initdb and pg_ctl are on PATH or in Debian's folders."""
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return True
    return any(
        (folder / "initdb").exists() and (folder / "pg_ctl").exists()
        for folder in Path("/usr/lib/postgresql").glob("*/bin")
    )


def ensure_system(desktop: bool, tests: bool = False) -> None:
    """Make sure the libraries Qt loads and a Kyrgyz-capable font are present.

    The tests also need libfaketime (the date-sensitive tests run with the clock moved),
    pdftotext (the built bundle's Kyrgyz PDF is read back) and PostgreSQL's server programs
    (the team-mode tests start a throw-away cluster of their own).
    """
    if not sys.platform.startswith("linux"):
        return
    if not is_debian():
        missing = missing_libraries(QT_LIBRARIES)
        if missing:
            say(f"Qt may need these libraries (Debian names): {' '.join(missing)}")
        return
    packages = missing_libraries(QT_LIBRARIES)
    if desktop:
        packages += missing_libraries(DESKTOP_LIBRARIES)
    if font_missing():
        packages.append(FONT_PACKAGE)
    if tests and shutil.which("faketime") is None:
        packages.append("faketime")
    if tests and shutil.which("pdftotext") is None:
        packages.append("poppler-utils")
    if tests and not postgres_present():
        packages.append("postgresql")
    apt_install(sorted(set(packages)), "Qt, PDF fonts and test tools")


def ensure_venv() -> Path:
    python = venv_python()
    if python.exists():
        return python
    say(f"creating {VENV}")
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(VENV, ignore_errors=True)
        if is_debian():
            # Debian ships venv's pip bootstrap separately.
            apt_install(
                [f"python{sys.version_info[0]}.{sys.version_info[1]}-venv"], "virtual environments"
            )
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        else:
            sys.exit(f"Could not create a virtual environment: {exc}")
    return python


def ensure_packages(python: Path) -> None:
    """Install the project with its development extras when pyproject.toml changed."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8").strip() == digest:
        return
    say("installing PressDesk and its tools into .venv (first run takes a few minutes)")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(digest, encoding="utf-8")


def build_translations(python: Path) -> None:
    subprocess.run([str(python), str(ROOT / "packaging" / "build_translations.py")], check=True)


def setup(desktop: bool, tests: bool = False) -> Path:
    check_python()
    ensure_system(desktop, tests)
    python = ensure_venv()
    ensure_packages(python)
    build_translations(python)
    return python


def run_app(args: list[str]) -> int:
    python = setup(desktop=True)
    if (
        sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        and not args
    ):
        say("no desktop display found (DISPLAY is not set); PressDesk needs one to show its window")
        return 1
    return subprocess.run([str(python), "-m", "pressdesk", *args], check=False).returncode


def run_tests(args: list[str]) -> int:
    python = setup(desktop=False, tests=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        ("ruff check", [str(python), "-m", "ruff", "check", "pressdesk", "tests", "packaging"]),
        (
            "ruff format",
            [str(python), "-m", "ruff", "format", "--check", "pressdesk", "tests", "packaging"],
        ),
        ("mypy", [str(python), "-m", "mypy"]),
        # Two workers: the suite is sized for a 2-core machine.
        ("pytest", [str(python), "-m", "pytest", "-n", "2", *args]),
    ]
    if not args:
        # The tests that open a database (storage, services, commands) once more, on a
        # PostgreSQL server the run starts itself: team mode is checked as a press centre uses it.
        steps.append(
            (
                "pytest on PostgreSQL",
                [str(python), "-m", "pytest", "-n", "2", "--backend", "postgresql", "tests/unit"],
            )
        )
    for name, command in steps:
        say(f"running {name}")
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
        if result.returncode != 0:
            say(f"{name} failed")
            return result.returncode
    return 0


def run_bench(args: list[str]) -> int:
    python = setup(desktop=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        str(python),
        "-m",
        "pytest",
        "tests/bench",
        "-m",
        "bench",
        "-s",
        "-p",
        "no:randomly",
        *args,
    ]
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def run_bundle(args: list[str]) -> int:
    python = setup(desktop=False, tests=True)
    command = [str(python), str(ROOT / "packaging" / "bundle.py"), *args]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "bench", "bundle", "setup"}:
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    if action == "run":
        return run_app(rest)
    if action == "test":
        return run_tests(rest)
    if action == "bench":
        return run_bench(rest)
    if action == "bundle":
        return run_bundle(rest)
    setup(desktop=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
