"""one outlet per folded name and one act per number, kept by unique indexes

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 22:30:00.000000
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    bind = op.get_bind()
    # Outlets of the same name made before the rule stay, each with its people and history;
    # the later ones get a search key of their own (the name and its search by the beginning
    # are unchanged), and saving one of them asks for a name that tells them apart.
    rows = bind.execute(
        sa.text("SELECT id, name_folded FROM outlet ORDER BY name_folded, id")
    ).all()
    seen: set[str] = set()
    for outlet_id, folded in rows:
        if folded in seen:
            bind.execute(
                sa.text("UPDATE outlet SET name_folded = :key WHERE id = :id"),
                {"key": f"{folded} #{outlet_id}", "id": outlet_id},
            )
            log.warning("Outlet %s has the name of an earlier outlet: %s", outlet_id, folded)
        seen.add(folded)
    op.create_index("ux_outlet_name_folded", "outlet", ["name_folded"], unique=True)
    # An issued act's number is never changed: if two acts already share one, the index waits
    # until they are corrected, and numbering stays serialized meanwhile.
    shared = bind.execute(
        sa.text("SELECT number FROM handover_act GROUP BY number HAVING COUNT(*) > 1")
    ).all()
    if shared:
        log.warning("Acts share a number, no unique index: %s", [n for (n,) in shared])
    else:
        op.create_index("ux_handover_act_number", "handover_act", ["number"], unique=True)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ux_outlet_name_folded", table_name="outlet")
    if sa.inspect(bind).has_index("handover_act", "ux_handover_act_number"):
        op.drop_index("ux_handover_act_number", table_name="handover_act")
