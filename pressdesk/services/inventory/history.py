"""Hand equipment out and take it back, change its condition, and read an item's history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from pressdesk import clock
from pressdesk.messages import Message
from pressdesk.services.inventory.items import (
    ItemFilter,
    ItemRow,
    holder_map,
    list_items,
    record_movement,
    to_item_row,
)
from pressdesk.services.validation import (
    FieldProblem,
    NotFound,
    ValidationError,
    text_limit,
    unknown_value,
)
from pressdesk.storage.assets_models import CONDITIONS, EquipmentItem, EquipmentMovement
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember
from pressdesk.textfold import fold


@dataclass(frozen=True)
class MovementRow:
    """One entry of an item's history: created, check-out, check-in, condition change, edit."""

    id: int
    item_id: int
    action: str
    happened_on: dt.date
    due_on: dt.date | None = None
    staff_id: int | None = None
    person_name: str = ""
    note: str = ""
    recorded_at: dt.datetime | None = None


def set_condition(
    db: Database, item_id: int, condition: str, *, note: str = "", on: dt.date | None = None
) -> ItemRow:
    """Change an item's condition (repaired, broken, written off) with a note in its history."""
    if condition not in CONDITIONS:
        raise ValidationError([unknown_value("condition", condition)])
    with db.session() as session:
        item = session.get(EquipmentItem, item_id)
        if item is None:
            raise NotFound(f"No inventory item with id {item_id}.")
        if item.condition != condition:
            text = f"{item.condition} → {condition}" + (f": {note.strip()}" if note.strip() else "")
            item.condition = condition
            record_movement(session, item, "condition", on or clock.today(), text)
        session.flush()
        return to_item_row(item, holder_map(session, [item_id]).get(item_id))


def _movement_row(m: EquipmentMovement) -> MovementRow:
    return MovementRow(
        m.id,
        m.item_id,
        m.action,
        m.happened_on,
        m.due_on,
        m.staff_id,
        m.person_name,
        m.note,
        m.recorded_at,
    )


def check_out(
    db: Database,
    item_id: int,
    person: str = "",
    *,
    staff_id: int | None = None,
    on: dt.date | None = None,
    due: dt.date | None = None,
    note: str = "",
) -> MovementRow:
    """Hand an item to a staff member (``staff_id``) or a named person until ``due``."""
    today = clock.today()
    on = on or today
    problems: list[FieldProblem] = []
    with db.session() as session:
        item = session.get(EquipmentItem, item_id)
        if item is None:
            raise NotFound(f"No inventory item with id {item_id}.")
        name = " ".join(person.split())
        if staff_id is not None:
            member = session.get(StaffMember, staff_id)
            if member is None:
                problems.append(FieldProblem("staff_id", Message("problem.no_staff")))
            else:
                name = member.full_name
        elif name:
            match = session.scalar(
                select(StaffMember.id).where(StaffMember.name_folded == fold(name)).limit(1)
            )
            staff_id = int(match) if match is not None else None
        if not name:
            problems.append(FieldProblem("person", Message("problem.say_who_takes")))
        text_limit(problems, "person", name, 200)
        if item.condition == "written_off":
            problems.append(FieldProblem("item", Message("problem.written_off")))
        current = holder_map(session, [item_id]).get(item_id)
        if current is not None:
            problems.append(
                FieldProblem(
                    "item", Message("problem.already_with", name=current[0], date=current[1])
                )
            )
        if on > today:
            problems.append(FieldProblem("happened_on", Message("problem.future")))
        if due is not None and due < on:
            problems.append(FieldProblem("due_on", Message("problem.before_checkout")))
        if problems:
            raise ValidationError(problems)
        movement = record_movement(
            session,
            item,
            "check_out",
            on,
            note.strip(),
            due_on=due,
            staff_id=staff_id,
            person_name=name,
        )
        session.flush()
        return _movement_row(movement)


def check_in(
    db: Database, item_id: int, *, on: dt.date | None = None, note: str = ""
) -> MovementRow:
    """Record that a checked-out item came back."""
    today = clock.today()
    on = on or today
    with db.session() as session:
        item = session.get(EquipmentItem, item_id)
        if item is None:
            raise NotFound(f"No inventory item with id {item_id}.")
        current = holder_map(session, [item_id]).get(item_id)
        problems: list[FieldProblem] = []
        if current is None:
            problems.append(FieldProblem("item", Message("problem.not_checked_out")))
        elif on < current[1]:
            problems.append(FieldProblem("happened_on", Message("problem.before_checkout")))
        if on > today:
            problems.append(FieldProblem("happened_on", Message("problem.future")))
        if problems:
            raise ValidationError(problems)
        assert current is not None
        movement = record_movement(
            session, item, "check_in", on, note.strip(), person_name=current[0]
        )
        session.flush()
        return _movement_row(movement)


def item_history(db: Database, item_id: int) -> list[MovementRow]:
    """Return an item's history, oldest first."""
    with db.session() as session:
        if session.get(EquipmentItem, item_id) is None:
            raise NotFound(f"No inventory item with id {item_id}.")
        movements = session.scalars(
            select(EquipmentMovement)
            .where(EquipmentMovement.item_id == item_id)
            .order_by(EquipmentMovement.happened_on, EquipmentMovement.id)
        )
        return [_movement_row(m) for m in movements]


def overdue_items(db: Database, *, today: dt.date | None = None) -> list[ItemRow]:
    """Return checked-out items whose return date has passed."""
    today = today or clock.today()
    rows = list_items(db, ItemFilter(checked_out=True, include_written_off=True)).rows
    return [r for r in rows if r.due_on is not None and r.due_on < today]
