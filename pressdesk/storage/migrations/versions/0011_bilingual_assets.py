"""bilingual texts of equipment, accounts, archive and staff

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pressdesk.storage.bilingual_columns import join_columns, split_columns

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Each text that goes into the inventory, the accounts register, the archive index or the
# handover act, with its column type. Logins, addresses, serial numbers, folders and people's
# names are proper names and stay single.
_COLUMNS: dict[str, list[tuple[str, sa.types.TypeEngine[str]]]] = {
    "equipment_item": [
        ("name", sa.String(length=300)),
        ("location", sa.String(length=300)),
        ("notes", sa.Text()),
    ],
    "account": [
        ("name", sa.String(length=300)),
        ("two_factor_method", sa.String(length=200)),
        ("recovery_location", sa.Text()),
    ],
    "archive_set": [
        ("title", sa.String(length=500)),
        ("drive_label", sa.String(length=200)),
    ],
    "staff_member": [("unit", sa.String(length=300))],
}


def upgrade() -> None:
    # Renamed in place: equipment_item and archive_set are referenced by foreign keys and keep
    # their folded search column, which already holds every value moved here.
    connection = op.get_bind()
    for table, columns in _COLUMNS.items():
        split_columns(connection, table, columns)


def downgrade() -> None:
    connection = op.get_bind()
    for table, columns in reversed(list(_COLUMNS.items())):
        join_columns(connection, table, [name for name, _type in reversed(columns)])
