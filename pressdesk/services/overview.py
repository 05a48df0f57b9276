"""How many records each section holds, to tell an empty section from a filtered one."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from sqlalchemy import func, select

if TYPE_CHECKING:
    from pressdesk.storage.engine import Database
    from pressdesk.storage.models import Base

#: The entities counted for each section key, as ``module:Class``: a page asks only about its
#: own section, so only that section's models are imported.
SECTION_ENTITIES: dict[str, tuple[str, ...]] = {
    "contacts": ("contacts_models:Person", "contacts_models:Outlet"),
    "plan": ("plan_models:PlanItem",),
    "events": ("events_models:Event",),
    "inventory": ("assets_models:EquipmentItem",),
    "accounts": ("assets_models:Account",),
    "archive": ("assets_models:ArchiveSet",),
    "staff": ("models:StaffMember",),
    "coverage": ("coverage_models:CoverageRecord",),
    "releases": ("releases_models:PressRelease",),
    "inquiries": ("inquiries_models:Inquiry",),
    "crisis": ("crisis_models:CrisisScenario", "crisis_models:HoldingStatement"),
}


def section_entities(section: str) -> tuple[type[Base], ...]:
    """Return the model classes counted for ``section``."""
    entities: list[type[Base]] = []
    for name in SECTION_ENTITIES[section]:
        module, _, cls = name.partition(":")
        entities.append(getattr(importlib.import_module(f"pressdesk.storage.{module}"), cls))
    return tuple(entities)


def record_count(db: Database, section: str) -> int:
    """Return how many records the section ``section`` holds, whatever the filters."""
    with db.session() as session:
        return sum(
            session.scalar(select(func.count()).select_from(entity)) or 0
            for entity in section_entities(section)
        )


def is_section_empty(db: Database, section: str) -> bool:
    """Return True if the section holds no record at all."""
    return record_count(db, section) == 0
