"""bilingual texts of events

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pressdesk.storage.bilingual_columns import join_columns, split_columns

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The texts of an event that go into its documents; each becomes a Kyrgyz and a Russian column.
COLUMNS: list[tuple[str, sa.types.TypeEngine[str]]] = [
    ("title", sa.String(length=500)),
    ("place", sa.String(length=500)),
    ("organisers", sa.Text()),
    ("speakers", sa.Text()),
    ("topic", sa.Text()),
    ("key_messages", sa.Text()),
    ("notes", sa.Text()),
]


def upgrade() -> None:
    # Columns are renamed and added in place: no table rebuild, so the foreign keys that
    # cascade from event_task, accreditation and event_plan_item stay untouched.
    split_columns(op.get_bind(), "event", COLUMNS)


def downgrade() -> None:
    join_columns(op.get_bind(), "event", [name for name, _type in reversed(COLUMNS)])
