"""How many records each section holds, to tell an empty section from a filtered one."""

from __future__ import annotations

from sqlalchemy import func, select

from pressdesk.storage.assets_models import Account, ArchiveSet, EquipmentItem
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.coverage_models import CoverageRecord
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import Event
from pressdesk.storage.models import Base, StaffMember
from pressdesk.storage.plan_models import PlanItem

#: The entities counted for each section key.
SECTION_ENTITIES: dict[str, tuple[type[Base], ...]] = {
    "contacts": (Person, Outlet),
    "plan": (PlanItem,),
    "events": (Event,),
    "inventory": (EquipmentItem,),
    "accounts": (Account,),
    "archive": (ArchiveSet,),
    "staff": (StaffMember,),
    "coverage": (CoverageRecord,),
}


def record_count(db: Database, section: str) -> int:
    """Return how many records the section ``section`` holds, whatever the filters."""
    with db.session() as session:
        return sum(
            session.scalar(select(func.count()).select_from(entity)) or 0
            for entity in SECTION_ENTITIES[section]
        )


def is_section_empty(db: Database, section: str) -> bool:
    """Return True if the section holds no record at all."""
    return record_count(db, section) == 0
