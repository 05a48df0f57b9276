"""Run a use case for real inside one transaction, then roll it back: a dry run that cannot lie.

A dry run that only checks the file predicts what the checks know; the database can still
refuse the rows (a number too large for an integer column, a constraint). Here every session
the use case opens is a savepoint inside one outer transaction on one connection, so the
statements run exactly as in the real import and nothing of them is kept.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator

from sqlalchemy.orm import sessionmaker

from pressdesk.storage.engine import Database


@contextlib.contextmanager
def rolled_back(db: Database) -> Iterator[Database]:
    """Yield a Database whose every session writes into a transaction rolled back at the end."""
    with _one_transaction(db, keep=False) as scratch:
        yield scratch


@contextlib.contextmanager
def all_or_nothing(db: Database) -> Iterator[Database]:
    """Yield a Database whose every session writes into one transaction, committed when the
    ``with`` block ends normally and rolled back when it raises: work that spans many use
    cases is kept whole or not at all."""
    with _one_transaction(db, keep=True) as target:
        yield target


@contextlib.contextmanager
def _one_transaction(db: Database, *, keep: bool) -> Iterator[Database]:
    with db.engine.connect() as connection:
        outer = connection.begin()
        done = False
        try:
            if connection.dialect.name == "sqlite":
                # Python's sqlite3 begins a transaction only before a write; a savepoint
                # released outside one would commit. Begin it here, so nothing can.
                connection.exec_driver_sql("BEGIN")
            sessions = sessionmaker(
                bind=connection,
                join_transaction_mode="create_savepoint",
                expire_on_commit=False,
            )
            yield dataclasses.replace(db, sessions=sessions, lock=None)
            done = True
        finally:
            if keep and done:
                outer.commit()
            else:
                outer.rollback()
