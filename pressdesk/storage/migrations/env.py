"""Alembic environment: runs on the connection PressDesk hands over, or on a URL for dev use."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from pressdesk.storage.contacts_search import include_name
from pressdesk.storage.schema import metadata

config = context.config
target_metadata = metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        # The full-text index tables are managed by hand, not by autogenerate.
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
