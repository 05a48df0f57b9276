"""Team mode: the tests here run against a real PostgreSQL server started for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.gui.conftest import answers  # noqa: F401 - scripts the window's dialogs here too
from tests.support.pgserver import PgServer, running_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    with running_server() as server:
        yield server


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The URL of a new, empty database on the test server."""
    return pg_server.create_database()
