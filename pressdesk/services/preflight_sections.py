"""The records whose texts go into documents, registered for the check before printing.

Labels are English here; the window shows them translated (``gui/widgets/preflight.py``).
A section's group is registered when one of its sections is first asked for, so a document
of the content plan does not load the models of the contacts and the inventory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pressdesk.bilingual import Bi
from pressdesk.services.preflight import Section, TextField, register

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pressdesk.storage.assets_models import ArchiveSet, EquipmentItem
    from pressdesk.storage.contacts_models import Person, Topic
    from pressdesk.storage.events_models import Event
    from pressdesk.storage.plan_models import PlanItem

# -- organisation ---------------------------------------------------------------------------


def _register_staff() -> None:
    from pressdesk.storage.models import StaffMember

    register(
        Section(
            key="staff",
            label="Staff",
            model=StaffMember,
            fields=(
                TextField("position", "Position", limit=300),
                TextField("unit", "Unit", limit=300),
            ),
            describe=lambda m: m.full_name,
        )
    )


# -- events ----------------------------------------------------------------------------------


def _event_changed(_session: Session, event: Event) -> None:
    # Calendars that imported the event take a filled-in text as an update.
    event.sequence += 1


def _register_events() -> None:
    from pressdesk.storage.events_models import Event, EventTask

    register(
        Section(
            key="event",
            label="Events",
            model=Event,
            fields=(
                TextField("title", "Title", limit=500),
                TextField("place", "Place", limit=500),
                TextField("organisers", "Organisers", multiline=True, limit=5000),
                TextField("speakers", "Speakers", multiline=True, limit=5000),
                TextField("topic", "Topic", limit=1000),
                TextField("key_messages", "Key messages", multiline=True, limit=5000),
                TextField("notes", "Notes", multiline=True, limit=10000),
            ),
            describe=lambda e: e.title,
            after_fill=_event_changed,
        )
    )

    register(
        Section(
            key="event_task",
            label="Checklist",
            model=EventTask,
            fields=(TextField("text", "Task", limit=500),),
            describe=lambda t: t.text,
        )
    )


# -- content plan ----------------------------------------------------------------------------


def _plan_item_changed(_session: Session, item: PlanItem) -> None:
    # Calendars that imported the item take a filled-in text as an update.
    item.sequence += 1


def _register_plan() -> None:
    from pressdesk.storage.plan_models import PlanCampaign, PlanItem

    register(
        Section(
            key="plan_item",
            label="Content plan",
            model=PlanItem,
            fields=(
                TextField("title", "Title", limit=500),
                TextField("topic", "Topic", multiline=True, limit=5000),
                TextField("audience", "Audience", limit=500),
            ),
            describe=lambda i: i.title,
            after_fill=_plan_item_changed,
        )
    )

    register(
        Section(
            key="plan_campaign",
            label="Campaigns",
            model=PlanCampaign,
            fields=(
                TextField("name", "Name", limit=300),
                TextField("goal", "Goal", multiline=True, limit=5000),
                TextField("audiences", "Audiences", limit=1000),
                TextField("key_messages", "Key messages", multiline=True, limit=5000),
            ),
            describe=lambda c: c.name,
        )
    )


# -- equipment, accounts, archive -------------------------------------------------------------


def _equipment_filled(_session: Session, item: EquipmentItem) -> None:
    from pressdesk.services.inventory.items import search_text

    # The search text holds the name, place and notes in both languages.
    item.search_text = search_text(item)


def _describe_item(item: EquipmentItem) -> Bi:
    # The inventory number names the item in either language; the name follows it.
    return Bi(
        f"{item.inventory_number} {item.name.text('ky')}".strip(),
        f"{item.inventory_number} {item.name.text('ru')}".strip(),
    )


def _archive_filled(_session: Session, archive_set: ArchiveSet) -> None:
    from pressdesk.services.archive.records import search_text

    archive_set.search_text = search_text(archive_set)


def _register_assets() -> None:
    from pressdesk.storage.assets_models import Account, ArchiveSet, EquipmentItem

    register(
        Section(
            key="equipment",
            label="Equipment",
            model=EquipmentItem,
            fields=(
                TextField("name", "Name", limit=300),
                TextField("location", "Location", limit=300),
                TextField("notes", "Notes", multiline=True, limit=5000),
            ),
            describe=_describe_item,
            after_fill=_equipment_filled,
        )
    )

    register(
        Section(
            key="account",
            label="Accounts",
            model=Account,
            fields=(
                TextField("name", "Name", limit=300),
                TextField("two_factor_method", "Two-factor method", limit=200),
                TextField("recovery_location", "Recovery codes kept at", limit=1000),
            ),
            describe=lambda a: a.name if not a.name.empty else a.login,
        )
    )

    register(
        Section(
            key="archive",
            label="Archive",
            model=ArchiveSet,
            fields=(
                TextField("title", "Title", limit=500),
                TextField("drive_label", "Drive label", limit=200),
            ),
            describe=lambda s: s.title,
            after_fill=_archive_filled,
        )
    )


# -- contacts --------------------------------------------------------------------------------


def _topic_filled(session: Session, topic: Topic) -> None:
    from pressdesk.services.contacts.topics import topic_filled

    topic_filled(session, topic)


def _person_filled(session: Session, person: Person) -> None:
    from pressdesk.services.contacts.records import reindex_people

    # The search text holds the position in both languages.
    reindex_people(session, [person.id])


def _register_contacts() -> None:
    from pressdesk.storage.contacts_models import Person, Topic

    register(
        Section(
            key="topic",
            label="Contact topics",
            model=Topic,
            fields=(TextField("name", "Topic", limit=100),),
            describe=lambda t: t.name,
            after_fill=_topic_filled,
        )
    )

    register(
        Section(
            key="person",
            label="Journalists",
            model=Person,
            fields=(TextField("position", "Position", limit=300),),
            describe=lambda p: p.full_name,
            after_fill=_person_filled,
        )
    )


#: The registration that adds each section.
_GROUPS: dict[str, Callable[[], None]] = {
    "staff": _register_staff,
    "event": _register_events,
    "event_task": _register_events,
    "plan_item": _register_plan,
    "plan_campaign": _register_plan,
    "equipment": _register_assets,
    "account": _register_assets,
    "archive": _register_assets,
    "topic": _register_contacts,
    "person": _register_contacts,
}


def register_section(key: str) -> None:
    """Register the group of sections ``key`` belongs to; KeyError for an unknown key."""
    _GROUPS[key]()
