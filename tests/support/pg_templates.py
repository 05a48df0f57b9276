"""Databases on the test server made from template databases, for ``--backend postgresql``.

Like the SQLite files of :mod:`tests.support.templates`, a migrated database and one holding
the demo data are built once per test process; each test gets its own copy, made by
``CREATE DATABASE … TEMPLATE``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import keyring

from pressdesk import clock
from tests.support.memkeyring import MemoryKeyring
from tests.support.pgserver import PASSWORD, SUPERUSER, PgServer


class PgTemplates:
    """Template databases on ``server`` and the copies made from them."""

    def __init__(self, server: PgServer, folder: Path) -> None:
        self.server = server
        self._folder = folder
        self._migrated: str | None = None
        self._demo: dict[tuple[dt.datetime, dt.datetime], str] = {}

    def _execute(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.server.port,
            user=SUPERUSER,
            password=PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(statement)

    def _build(self, *, demo: bool) -> str:
        from pressdesk.services.demo import fill_demo
        from pressdesk.storage.opening import open_database

        name = f"template_{uuid.uuid4().hex[:12]}"
        self._execute(f'CREATE DATABASE "{name}"')
        previous = keyring.get_keyring()
        secrets = MemoryKeyring()
        keyring.set_keyring(secrets)
        try:
            db = open_database(self.server.url(name), None)
            try:
                if demo:
                    fill_demo(db)
            finally:
                db.close()
        finally:
            keyring.set_keyring(previous)
        assert not secrets.store, "the demo data keeps secrets; its database cannot be copied"
        return name

    def _copy(self, template: str) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.server.url(name)

    def drop(self, url: str) -> None:
        """Drop the test's database (any connection left open is closed by the server)."""
        from sqlalchemy import make_url

        name = make_url(url).database
        if name is not None and name.startswith("t_"):
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def migrated(self) -> str:
        """Return the URL of a new database migrated to the newest schema, with no data."""
        if self._migrated is None:
            self._migrated = self._build(demo=False)
        return self._copy(self._migrated)

    def demo(self) -> str:
        """Return the URL of a new database holding the demo data written at the clock's "now"
        (built with ``fill_demo`` each time when the clock runs)."""
        moment = (clock.now(), clock.utcnow())
        if moment != (clock.now(), clock.utcnow()):
            name = self._build(demo=True)
            return self.server.url(name)
        if moment not in self._demo:
            self._demo[moment] = self._build(demo=True)
        return self._copy(self._demo[moment])
