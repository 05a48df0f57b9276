"""The inventory's totals: how many items of each condition, checked out, and what they cost."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from pressdesk.services.inventory.items import ItemFilter, filter_conditions, open_checkouts
from pressdesk.storage.assets_models import EquipmentItem
from pressdesk.storage.engine import Database


@dataclass(frozen=True)
class InventorySummary:
    """Counts and total cost of the items a filter selects."""

    items: int
    total_cost: Decimal
    by_condition: dict[str, int]
    checked_out: int


def inventory_summary(db: Database, flt: ItemFilter | None = None) -> InventorySummary:
    """Return counts by condition, checked-out count and total cost of the items ``flt`` selects."""
    where = filter_conditions(flt or ItemFilter())
    with db.session() as session:
        by_condition = {
            str(condition): int(count)
            for condition, count in session.execute(
                select(EquipmentItem.condition, func.count())
                .where(*where)
                .group_by(EquipmentItem.condition)
            )
        }
        costs = session.scalars(
            select(EquipmentItem.cost).where(*where, EquipmentItem.cost.is_not(None))
        )
        total = sum((Decimal(c) for c in costs if c is not None), Decimal("0.00"))
        holders = open_checkouts()
        out = session.scalar(
            select(func.count())
            .select_from(EquipmentItem)
            .where(*where, EquipmentItem.id.in_(select(holders.c.item_id)))
        )
    return InventorySummary(sum(by_condition.values()), total, by_condition, int(out or 0))
