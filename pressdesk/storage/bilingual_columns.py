"""Schema steps that turn a one-language text column into a Kyrgyz and a Russian column.

Used by migrations: ``title`` becomes ``title_ky`` (renamed in place, so indexes, triggers and
foreign keys stay untouched and no table is rebuilt) plus a new ``title_ru``. Each stored value
then moves to the language it is written in; a value with no clue of its language goes to the
organisation's document language. Nothing is lost and nothing is translated. Going back joins
the two columns into one, preferring the value of the document language.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from pressdesk.bilingual import detect_language


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def document_language(connection: Connection) -> str:
    """The organisation's document language, ``ky`` when there is no organisation yet."""
    try:
        row = connection.execute(
            sa.text("SELECT default_doc_lang FROM organisation WHERE id = 1")
        ).first()
    except sa.exc.DBAPIError:  # pragma: no cover - the table exists from the first revision
        return "ky"
    lang = row[0] if row else "ky"
    return lang if lang in ("ky", "ru") else "ky"


def split_columns(
    connection: Connection, table: str, columns: Iterable[tuple[str, sa.types.TypeEngine[str]]]
) -> None:
    """Turn each ``(column, type)`` of ``table`` into ``column_ky`` and ``column_ru``."""
    default = document_language(connection)
    t = _quote(connection, table)
    for column, type_ in columns:
        ky, ru = f"{column}_ky", f"{column}_ru"
        connection.execute(
            sa.text(
                f"ALTER TABLE {t} RENAME COLUMN {_quote(connection, column)} "
                f"TO {_quote(connection, ky)}"
            )
        )
        type_sql = type_.compile(dialect=connection.dialect)
        connection.execute(
            sa.text(
                f"ALTER TABLE {t} ADD COLUMN {_quote(connection, ru)} {type_sql} "
                "NOT NULL DEFAULT ''"
            )
        )
        rows = connection.execute(
            sa.text(f"SELECT id, {_quote(connection, ky)} FROM {t}")
        ).fetchall()
        russian = [
            {"id": row_id, "value": value}
            for row_id, value in rows
            if value and value.strip() and detect_language(value, default) == "ru"
        ]
        if russian:
            connection.execute(
                sa.text(
                    f"UPDATE {t} SET {_quote(connection, ru)} = :value, "
                    f"{_quote(connection, ky)} = '' WHERE id = :id"
                ),
                russian,
            )


def join_columns(connection: Connection, table: str, columns: Iterable[str]) -> None:
    """Undo :func:`split_columns`: one column again, the document language's value first."""
    default = document_language(connection)
    t = _quote(connection, table)
    for column in columns:
        ky, ru = _quote(connection, f"{column}_ky"), _quote(connection, f"{column}_ru")
        first, second = (ky, ru) if default == "ky" else (ru, ky)
        connection.execute(
            sa.text(f"UPDATE {t} SET {ky} = CASE WHEN {first} <> '' THEN {first} ELSE {second} END")
        )
        connection.execute(sa.text(f"ALTER TABLE {t} DROP COLUMN {ru}"))
        connection.execute(
            sa.text(f"ALTER TABLE {t} RENAME COLUMN {ky} TO {_quote(connection, column)}")
        )
