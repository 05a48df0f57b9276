"""The built program, not the source tree: the bundle and the .deb start, run every section
page, fill a demo database and write a Kyrgyz act that reads back.

This builds dist/PressDesk with PyInstaller into a temporary folder (about a minute), exactly as
`python packaging/bootstrap.py bundle` does, and runs the same smoke test on it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle  # noqa: E402

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the Windows workflow builds and smoke-tests the bundle and the installer itself",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    return bundle.build_bundle(work / "dist", work / "build")


def test_the_bundle_runs_every_section_and_writes_a_kyrgyz_act(built: Path) -> None:
    assert bundle.smoke_test(built / "PressDesk", built / "pressdesk-cli") == []
    internal = built / "_internal"
    assert (internal / "resources" / "i18n" / "pressdesk-plan_ky.qm").is_file()
    assert (internal / "resources" / "fonts" / "LiberationSerif-Regular.ttf").is_file()
    assert not list((internal / "resources" / "i18n").glob("*.ts"))
    qt_catalogues = {p.name for p in internal.rglob("qtbase_*.qm")}
    assert "qtbase_ru.qm" in qt_catalogues and "qtbase_de.qm" not in qt_catalogues


def test_the_bundle_carries_the_server_driver(built: Path) -> None:
    """A server that does not answer is a sentence about the server, not a missing driver."""
    url = "postgresql+psycopg://pressdesk:secret@127.0.0.1:1/pressdesk?connect_timeout=3"
    done = subprocess.run(
        [str(built / "pressdesk-cli"), "--db", url, "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "127.0.0.1:1" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "psycopg" not in done.stderr.lower()
    assert "secret" not in done.stderr


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is a Debian tool")
def test_the_deb_installs_under_opt_with_a_menu_entry(built: Path, tmp_path: Path) -> None:
    deb = bundle.build_deb(built, tmp_path, compression=("-Zgzip", "-z1"))
    info = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    )
    assert "Package: pressdesk" in info.stdout and "libxcb-cursor0" in info.stdout
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    )
    assert "./opt/pressdesk/PressDesk" in contents.stdout
    assert "./usr/share/icons/hicolor/256x256/apps/pressdesk.png" in contents.stdout
    assert bundle.smoke_test_deb(deb) == []
