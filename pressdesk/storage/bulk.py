"""Bulk inserts of plain rows, with a faster path on SQLite."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, insert


def insert_plain_rows(
    connection: Connection, table: Table, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert plain rows (values of ``names``, that SQLite takes as they are) in bulk."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
        return
    # Child rows are ints, text and booleans the driver takes as they are, so the per-row
    # parameter processing of the expression layer is skipped. They go in as multi-row
    # statements, hundreds of rows each: about half the time of executemany, which also hands
    # the interpreter back and forth once per row.
    quote = connection.dialect.identifier_preparer.quote
    dbapi = cast(sqlite3.Connection, connection.connection.dbapi_connection)
    per_statement = max(
        1, min(500, dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(names))
    )
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES "
    one = "(" + ", ".join("?" * len(names)) + ")"
    cursor = dbapi.cursor()
    try:
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            cursor.execute(
                head + ", ".join([one] * len(chunk)), list(itertools.chain.from_iterable(chunk))
            )
    finally:
        cursor.close()
