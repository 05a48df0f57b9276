"""Show other people's changes on a shared server without waiting for a section to be reopened.

A dedicated connection listens on the channel every client announces its changes on (see
:mod:`pressdesk.storage.changes`); every two seconds the window reads what arrived and, when
another computer changed something, the page shown reads its records again. The connection is
made in the background and, once lost, tried again every half minute; nothing here waits for
the network on the window's thread.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from pressdesk.gui.widgets.jobs import JobRunner
from pressdesk.storage.changes import CHANNEL, parse
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

#: How often the window looks for announcements, in milliseconds.
INTERVAL_MS = 2000
#: How long to wait before connecting again after the connection was lost or refused.
RETRY_SECONDS = 30.0


def listening_connection(db: Database) -> Any:
    """Open a connection of its own to ``db``'s server that listens on the channel."""
    import psycopg

    engine = db.engine
    args, params = engine.dialect.create_connect_args(engine.url)
    connection = psycopg.connect(*args, **params, autocommit=True)
    connection.execute(f"LISTEN {CHANNEL}")
    return connection


class ChangeListener(QObject):
    """Emits ``changed`` with the tables another client changed on the database watched."""

    changed = Signal(frozenset)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.connection: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.runner = JobRunner(None)
        #: When (``time.monotonic``) the next connection may be tried.
        self._next_try = 0.0
        self._failed = False

    def watch(self, db: Database | None) -> None:
        """Listen on ``db`` if it is a shared server; stop listening otherwise."""
        if db is self.db:
            return
        self.stop()
        if db is None or db.is_sqlite:
            return
        self.db = db
        self._next_try = 0.0
        self.timer.start()
        self._connect()

    def stop(self) -> None:
        """Stop listening and close the listening connection."""
        self.timer.stop()
        self.db = None
        self._close(self.connection)
        self.connection = None

    @staticmethod
    def _close(connection: Any) -> None:
        if connection is not None:
            try:
                connection.close()
            except Exception as exc:  # a connection already broken
                log.debug("Closing the listening connection: %s", exc)

    def _connect(self) -> None:
        """Start connecting in the background, unless a try is under way or due later."""
        if self.db is None or self.runner.running or time.monotonic() < self._next_try:
            return
        self._next_try = time.monotonic() + RETRY_SECONDS
        db = self.db
        self.runner.start(
            lambda _progress: listening_connection(db),
            "",
            quiet=True,
            on_done=lambda connection: self._connected(db, connection),
            on_failed=self._refused,
        )

    def _connected(self, db: Database, connection: Any) -> None:
        if db is not self.db:  # the window moved to another database meanwhile
            self._close(connection)
            return
        self.connection = connection
        self._failed = False

    def _refused(self, _details: str) -> None:
        if not self._failed and self.db is not None:
            log.warning("Cannot listen for changes on %s: %s", self.db.where, self.runner.error)
        self._failed = True

    @Slot()
    def poll(self) -> None:
        """Read the announcements that arrived; emit the tables others changed."""
        import psycopg

        if self.db is None:
            return
        if self.connection is None:
            self._connect()
            return
        tables: set[str] = set()
        try:
            for note in self.connection.notifies(timeout=0):
                client, changed = parse(note.payload)
                if client != self.db.client_id:
                    tables |= changed
        except psycopg.Error as exc:
            log.warning("Listening for changes stopped (%s); trying again", exc)
            self._close(self.connection)
            self.connection = None
            return
        if tables:
            self.changed.emit(frozenset(tables))
