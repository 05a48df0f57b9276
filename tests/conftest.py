"""Test set-up: offscreen Qt, a temporary data folder and an in-memory keyring for every test."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# Qt looks for a runtime dir on Linux and warns when it is missing; give it a private one.
os.environ.setdefault(
    "XDG_RUNTIME_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "pressdesk-xdg")
)
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)

from pressdesk import clock  # noqa: E402
from pressdesk.logs import shutdown_logging  # noqa: E402
from tests.support.memkeyring import MemoryKeyring  # noqa: E402
from tests.support.pinned import PINNED_NOW  # noqa: E402
from tests.support.templates import DatabaseTemplates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Mutation testing tools (tests/mutation/run.py and its plugin), not tests.
collect_ignore = ["mutation"]

# Property-based tests draw the same examples on every run and machine, so a failure in CI is one
# anybody can repeat, and a loaded machine neither fails them on time nor slows them much.
settings.register_profile(
    "pressdesk",
    max_examples=60,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("pressdesk")

# Pinned for the whole session too, so module- and session-scoped fixtures (demo databases built
# once) see the same day as the tests, and commands run as subprocesses inherit it.
os.environ[clock.ENV_VAR] = PINNED_NOW.isoformat()
clock.set_source(None)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Build the .qm translation files once, as the set-up command does."""
    if hasattr(session.config, "workerinput"):
        return  # a parallel worker: the controlling process has built them already
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_translations.py")],
        check=True,
        capture_output=True,
    )


@pytest.fixture(autouse=True)
def pinned_clock() -> Iterator[dt.datetime]:
    """Stop PressDesk's clock at ``PINNED_NOW``; a test moves it with ``clock.frozen(...)``."""
    with clock.frozen(PINNED_NOW) as moment:
        yield moment


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point PressDesk at a fresh data folder and keep the user's environment out."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PRESSDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PRESSDESK_DB", raising=False)
    yield folder
    shutdown_logging()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Replace the keyring backend with one that lives in memory."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def runtime(data_dir: Path):  # type: ignore[no-untyped-def]
    """A Runtime on the temporary data folder."""
    from pressdesk.runtime import Runtime

    return Runtime.create(str(data_dir))


@pytest.fixture(scope="session")
def database_templates(tmp_path_factory: pytest.TempPathFactory) -> DatabaseTemplates:
    """Migrated and demo databases made once in this process, copied for each test."""
    return DatabaseTemplates(tmp_path_factory.mktemp("database-templates"))


@pytest.fixture
def db(runtime, database_templates: DatabaseTemplates):  # type: ignore[no-untyped-def]
    """An open, migrated, empty database in the temporary data folder (a copy of one migrated
    file: running every migration for each test took most of a second)."""
    from pressdesk.storage.engine import sqlite_file_of

    file = sqlite_file_of(runtime.db_url)
    if file is not None and not file.exists():
        database_templates.copy_migrated(file)
    database = runtime.open_db()
    yield database
    database.close()


@pytest.fixture
def write_demo(data_dir: Path, database_templates: DatabaseTemplates) -> Callable[..., Path]:
    """Return a function that writes the demo data into a data folder (the test's unless given)
    as `pressdesk demo` does; a folder with no database yet gets a copy of a file filled once."""
    from pressdesk.paths import DB_FILENAME
    from pressdesk.runtime import Runtime

    def write(folder: Path | None = None) -> Path:
        folder = folder or data_dir
        target = folder / DB_FILENAME
        if not target.exists():
            database_templates.copy_demo(target)
            return target
        database = Runtime.create(str(folder)).open_db()
        try:
            database_templates.fill_demo(database)
        finally:
            database.close()
        return target

    return write


@pytest.fixture
def demo_db(db, database_templates: DatabaseTemplates):  # type: ignore[no-untyped-def]
    """The temporary database filled with demo data (copied from a file filled once)."""
    database_templates.fill_demo(db)
    return db
