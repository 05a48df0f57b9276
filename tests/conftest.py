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
from tests.support.pg_templates import PgTemplates  # noqa: E402
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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="the store the tests' databases live in: the embedded SQLite file (default) or a "
        "PostgreSQL server started for the run; with postgresql only the tests that open a "
        "database run, and those marked sqlite_only are skipped, saying why",
    )


def on_server(config: pytest.Config) -> bool:
    """Return True when the tests' databases are on a PostgreSQL server (team mode)."""
    return bool(config.getoption("--backend") == "postgresql")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the server, run the tests that open a database; skip the SQLite-only ones."""
    if not on_server(config):
        return
    kept, left = [], []
    for item in items:
        names = getattr(item, "fixturenames", ())
        if not {"runtime", "db", "demo_db"} & set(names):
            left.append(item)
            continue
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else "checks the embedded SQLite store"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        kept.append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(scope="session")
def pg_templates(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PgTemplates | None]:
    """With ``--backend postgresql``, a server for this test process and its template
    databases; None otherwise."""
    if not on_server(request.config):
        yield None
        return
    from tests.support.pgserver import running_server

    with running_server() as server:
        yield PgTemplates(server, tmp_path_factory.mktemp("pg-templates"))


@pytest.fixture
def runtime(data_dir: Path, pg_templates: PgTemplates | None, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A Runtime on the temporary data folder; with ``--backend postgresql`` its database (and
    that of every command run in the test) is a new one on the test server."""
    from pressdesk.runtime import Runtime

    if pg_templates is None:
        yield Runtime.create(str(data_dir))
        return
    monkeypatch.setenv("PRESSDESK_DB", pg_templates.migrated())
    made = Runtime.create(str(data_dir))
    yield made
    # The test's databases (the first, or the demo copy it moved to) go with it.
    for url in {os.environ.get("PRESSDESK_DB", ""), made.db_url} - {""}:
        pg_templates.drop(url)


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
def write_demo(
    data_dir: Path,
    database_templates: DatabaseTemplates,
    pg_templates: PgTemplates | None,
    runtime,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[..., Path]:
    """Return a function that writes the demo data into a data folder (the test's unless given)
    as `pressdesk demo` does; a folder with no database yet gets a copy of a file filled once.
    With ``--backend postgresql`` the test's own database on the server is the demo copy."""
    from pressdesk.paths import DB_FILENAME
    from pressdesk.runtime import Runtime

    def write(folder: Path | None = None) -> Path:
        folder = folder or data_dir
        target = folder / DB_FILENAME
        if pg_templates is not None and folder == data_dir:
            runtime.db_url = pg_templates.demo()
            monkeypatch.setenv("PRESSDESK_DB", runtime.db_url)
            return target
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
def demo_db(db, runtime, database_templates: DatabaseTemplates, pg_templates, monkeypatch):  # type: ignore[no-untyped-def]
    """The temporary database filled with demo data (copied from a file filled once)."""
    if pg_templates is None:
        database_templates.fill_demo(db)
        yield db
        return
    # On the server: the test's database becomes a copy of the demo template.
    db.close()
    url = pg_templates.demo()
    monkeypatch.setenv("PRESSDESK_DB", url)
    runtime.db_url = url
    demo = runtime.open_db()
    yield demo
    demo.close()
