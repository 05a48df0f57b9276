"""a bilingual topic vocabulary and bilingual positions of journalists

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pressdesk.bilingual import Bi, pair_key
from pressdesk.storage.bilingual_columns import join_columns, split_columns
from pressdesk.textfold import fold

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_POSITIONS = [("position", sa.String(length=300))]


def _refold_topics(connection: sa.engine.Connection, *, bilingual: bool) -> None:
    """Recompute the unique key of every topic from its name(s)."""
    if bilingual:
        rows = connection.execute(sa.text("SELECT id, name_ky, name_ru FROM topic")).fetchall()
        keys = [
            {"id": row_id, "key": pair_key(Bi(ky or "", ru or ""), 100)} for row_id, ky, ru in rows
        ]
    else:
        rows = connection.execute(sa.text("SELECT id, name FROM topic")).fetchall()
        keys = [{"id": row_id, "key": fold(name or "")[:100]} for row_id, name in rows]
    if keys:
        # Two steps, so that no intermediate state repeats a key of the unique index.
        connection.execute(
            sa.text("UPDATE topic SET name_folded = '#' || CAST(id AS TEXT) WHERE id = :id"), keys
        )
        connection.execute(sa.text("UPDATE topic SET name_folded = :key WHERE id = :id"), keys)


def upgrade() -> None:
    # Columns are renamed and added in place: the person table carries the full-text triggers,
    # which a table rebuild would drop, and topic rows are referenced by cascading keys.
    connection = op.get_bind()
    split_columns(connection, "topic", [("name", sa.String(length=100))])
    _refold_topics(connection, bilingual=True)
    split_columns(connection, "person", _POSITIONS)
    split_columns(connection, "outlet_history", _POSITIONS)
    # The search text of people needs no refresh: every position and topic name keeps its
    # text, only the column it is kept in changes, and the search text already holds it.


def downgrade() -> None:
    connection = op.get_bind()
    join_columns(connection, "outlet_history", ["position"])
    join_columns(connection, "person", ["position"])
    join_columns(connection, "topic", ["name"])
    _refold_topics(connection, bilingual=False)
