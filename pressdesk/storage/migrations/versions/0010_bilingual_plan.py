"""bilingual texts of the content plan

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pressdesk.bilingual import Bi, detect_language, pair_key
from pressdesk.storage.bilingual_columns import document_language, join_columns, split_columns

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_ITEM_COLUMNS: list[tuple[str, sa.types.TypeEngine[str]]] = [
    ("title", sa.String(length=500)),
    ("topic", sa.Text()),
    ("audience", sa.String(length=500)),
]
_CAMPAIGN_COLUMNS: list[tuple[str, sa.types.TypeEngine[str]]] = [
    ("goal", sa.Text()),
    ("audiences", sa.Text()),
    ("key_messages", sa.Text()),
]


def upgrade() -> None:
    connection = op.get_bind()
    # Columns renamed in place, no table rebuilt: plan_item is referenced by cascading foreign
    # keys (channels, history, series occurrences, events) that a rebuild would put at risk.
    split_columns(connection, "plan_item", _ITEM_COLUMNS)
    split_columns(connection, "plan_campaign", _CAMPAIGN_COLUMNS)
    # The campaign name: the old column becomes the key of both names and keeps its unique
    # constraint (uq_plan_campaign_name); SQLite cannot drop that constraint without rebuilding
    # the table. The names themselves go into two new columns.
    op.execute("ALTER TABLE plan_campaign RENAME COLUMN name TO name_key")
    op.execute("ALTER TABLE plan_campaign ADD COLUMN name_ky VARCHAR(300) NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE plan_campaign ADD COLUMN name_ru VARCHAR(300) NOT NULL DEFAULT ''")
    default = document_language(connection)
    rows = connection.execute(
        sa.text("SELECT id, name_key FROM plan_campaign ORDER BY id")
    ).fetchall()
    values = []
    keys: set[str] = set()
    for row_id, stored in rows:
        name = stored or ""
        lang = detect_language(name, default)
        value = Bi(name, "") if lang == "ky" else Bi("", name)
        key = pair_key(value, 300)
        if key in keys:
            # Names that differed only in letter case were allowed; their keys are not.
            key = f"{key[:280]}\x1f#{row_id}"
        keys.add(key)
        values.append({"id": row_id, "ky": value.ky, "ru": value.ru, "key": key})
    if values:
        connection.execute(
            sa.text(
                "UPDATE plan_campaign SET name_ky = :ky, name_ru = :ru, name_key = :key "
                "WHERE id = :id"
            ),
            values,
        )


def downgrade() -> None:
    connection = op.get_bind()
    default = document_language(connection)
    rows = connection.execute(
        sa.text("SELECT id, name_ky, name_ru FROM plan_campaign ORDER BY id")
    ).fetchall()
    taken: set[str] = set()
    values = []
    for row_id, ky, ru in rows:
        first, second = (ky, ru) if default == "ky" else (ru, ky)
        name = first or second or ""
        # Two campaigns may share a name in different languages; one column must not.
        if name in taken:
            name = f"{name[:290]} (#{row_id})"
        taken.add(name)
        values.append({"id": row_id, "name": name})
    if values:
        connection.execute(
            sa.text("UPDATE plan_campaign SET name_key = :name WHERE id = :id"), values
        )
    op.execute("ALTER TABLE plan_campaign DROP COLUMN name_ru")
    op.execute("ALTER TABLE plan_campaign DROP COLUMN name_ky")
    op.execute("ALTER TABLE plan_campaign RENAME COLUMN name_key TO name")
    join_columns(connection, "plan_campaign", [name for name, _ in _CAMPAIGN_COLUMNS])
    join_columns(connection, "plan_item", [name for name, _ in _ITEM_COLUMNS])
