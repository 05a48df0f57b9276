"""Show other people's changes on a shared server without waiting for a section to be reopened.

A dedicated connection listens on the channel every client announces its changes on (see
:mod:`pressdesk.storage.changes`); every two seconds the window reads what arrived and, when
another computer changed something, the page shown reads its records again. A lost connection
is tried again at the next tick; nothing here ever blocks the window.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from pressdesk.storage.changes import CHANNEL, parse
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

#: How often the window looks for announcements, in milliseconds.
INTERVAL_MS = 2000


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
        self._failed = False

    def watch(self, db: Database | None) -> None:
        """Listen on ``db`` if it is a shared server; stop listening otherwise."""
        if db is self.db:
            return
        self.stop()
        if db is None or db.is_sqlite:
            return
        self.db = db
        self.timer.start()
        self._connect()

    def stop(self) -> None:
        """Stop listening and close the listening connection."""
        self.timer.stop()
        self.db = None
        if self.connection is not None:
            try:
                self.connection.close()
            except Exception as exc:  # a connection already broken
                log.debug("Closing the listening connection: %s", exc)
        self.connection = None

    def _connect(self) -> None:
        assert self.db is not None
        import psycopg

        engine = self.db.engine
        args, params = engine.dialect.create_connect_args(engine.url)
        try:
            self.connection = psycopg.connect(*args, **params, autocommit=True)
            self.connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            self.connection = None
            if not self._failed:
                log.warning("Cannot listen for changes on %s: %s", self.db.where, exc)
            self._failed = True
            return
        self._failed = False

    @Slot()
    def poll(self) -> None:
        """Read the announcements that arrived; emit the tables others changed."""
        import psycopg

        if self.db is None:
            return
        if self.connection is None:
            self._connect()
            if self.connection is None:
                return
        tables: set[str] = set()
        try:
            for note in self.connection.notifies(timeout=0):
                client, changed = parse(note.payload)
                if client != self.db.client_id:
                    tables |= changed
        except psycopg.Error as exc:
            log.warning("Listening for changes stopped (%s); trying again", exc)
            self.connection = None
            return
        if tables:
            self.changed.emit(frozenset(tables))
