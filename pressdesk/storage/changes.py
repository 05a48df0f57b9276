"""Announce on a shared PostgreSQL server which tables a transaction changed.

Every write transaction of a client ends with ``pg_notify('pressdesk', payload)`` sent inside
that transaction, so the announcement is delivered only if it commits. The payload is the
client's id and the tables changed; the window of every other client listening on the channel
reads what changed and shows it. SQLite files have one user at a time and announce nothing.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.dml import UpdateBase

CHANNEL = "pressdesk"
_TOUCHED = "pressdesk_touched"


def payload(client: str, tables: set[str]) -> str:
    """The announcement of ``tables`` changed by ``client``."""
    return f"{client}:{','.join(sorted(tables))}"


def parse(announcement: str) -> tuple[str, frozenset[str]]:
    """Return the client id and the tables of an announcement."""
    client, _, tables = announcement.partition(":")
    return client, frozenset(t for t in tables.split(",") if t)


def announce_changes(engine: Engine, sessions: sessionmaker[Session], client: str) -> None:
    """Make every session of ``sessions`` on ``engine`` announce the tables it wrote to, as
    ``client`` (the id of the open database, so its own window can tell its changes apart)."""

    @event.listens_for(engine, "after_execute")
    def _remember(conn: Connection, statement: object, *_args: object) -> None:
        if isinstance(statement, UpdateBase):
            table = getattr(statement, "table", None)
            name = getattr(table, "name", None)
            if name:
                conn.info.setdefault(_TOUCHED, set()).add(str(name))

    @event.listens_for(sessions, "before_commit")
    def _announce(session: Session) -> None:
        if not session.in_transaction():
            return
        session.flush()
        conn = session.connection()
        touched = conn.info.pop(_TOUCHED, None)
        if touched:
            # PostgreSQL keeps a payload under 8,000 bytes; table names are short.
            conn.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": payload(client, touched)[:7900]},
            )

    @event.listens_for(engine, "rollback")
    def _forget(conn: Connection) -> None:
        # Nothing was changed after all; the connection goes back to the pool clean.
        conn.info.pop(_TOUCHED, None)
