"""on PostgreSQL, trigram indexes for searching people by the beginnings of words

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 20:50:00.000000
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

INDEXES = (
    ("ix_person_search_name_trgm", "search_name"),
    ("ix_person_search_text_trgm", "search_text"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # SQLite searches its FTS5 index
    # pg_trgm ships with PostgreSQL and a database owner may add it; where the server does not
    # allow it, search works as before, reading every row.
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        log.warning("No trigram index for the people search: %s", str(exc.orig).splitlines()[0])
        return
    for name, column in INDEXES:
        bind.execute(
            sa.text(
                f"CREATE INDEX IF NOT EXISTS {name} ON person USING gin ({column} gin_trgm_ops)"
            )
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name, _column in INDEXES:
        bind.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
