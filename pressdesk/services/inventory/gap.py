"""The recommended equipment kit and the gap view: what the press service lacks for its work."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, func, select

from pressdesk.assets_vocab import FAULTY_CONDITIONS, USABLE_CONDITIONS
from pressdesk.messages import Message
from pressdesk.services.validation import FieldProblem, ValidationError, text_limit, unknown_value
from pressdesk.storage.assets_models import (
    EQUIPMENT_CATEGORIES,
    EquipmentItem,
    RecommendedEquipment,
)
from pressdesk.storage.engine import Database

#: The recommended minimum kit of a press service (Media Policy Institute handbook, 2022).
DEFAULT_RECOMMENDED = ("video_camera", "microphone", "lapel_microphone", "photo_camera", "printer")
MAX_RECOMMENDED_QUANTITY = 999


@dataclass(frozen=True)
class RecommendedRow:
    """A line of the recommended kit: a category and how many the service should have."""

    category: str
    quantity: int = 1
    note: str = ""


@dataclass(frozen=True)
class GapRow:
    """The recommended kit against what the service has, for one category."""

    category: str
    needed: int
    usable: int
    faulty: int
    missing: int
    note: str = ""


def recommended_list(db: Database) -> list[RecommendedRow]:
    """Return the recommended kit in the order it was entered."""
    with db.session() as session:
        rows = session.scalars(select(RecommendedEquipment).order_by(RecommendedEquipment.id))
        return [RecommendedRow(r.category, r.quantity, r.note) for r in rows]


def _check_recommended(row: RecommendedRow) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if row.category not in EQUIPMENT_CATEGORIES:
        problems.append(unknown_value("category", row.category))
    if not 1 <= row.quantity <= MAX_RECOMMENDED_QUANTITY:
        problems.append(
            FieldProblem("quantity", Message("problem.between", limit=MAX_RECOMMENDED_QUANTITY))
        )
    text_limit(problems, "note", row.note.strip(), 300)
    return problems


def set_recommended(db: Database, row: RecommendedRow) -> RecommendedRow:
    """Add a category to the recommended kit or change its quantity and note."""
    problems = _check_recommended(row)
    if problems:
        raise ValidationError(problems)
    with db.session() as session:
        existing = session.scalar(
            select(RecommendedEquipment).where(RecommendedEquipment.category == row.category)
        )
        if existing is None:
            existing = RecommendedEquipment(category=row.category)
            session.add(existing)
        existing.quantity = row.quantity
        existing.note = row.note.strip()
    return replace(row, note=row.note.strip())


def remove_recommended(db: Database, category: str) -> bool:
    """Remove a category from the recommended kit; return False if it was not there."""
    with db.session() as session:
        result = session.execute(
            delete(RecommendedEquipment).where(RecommendedEquipment.category == category)
        )
        return bool(getattr(result, "rowcount", 0))


def replace_recommended(db: Database, rows: Sequence[RecommendedRow]) -> list[RecommendedRow]:
    """Replace the whole recommended kit with ``rows`` (in that order)."""
    problems = [p for row in rows for p in _check_recommended(row)]
    categories = [row.category for row in rows]
    if len(set(categories)) != len(categories):
        problems.append(FieldProblem("category", Message("problem.category_twice")))
    if problems:
        raise ValidationError(problems)
    with db.session() as session:
        session.execute(delete(RecommendedEquipment))
        session.flush()
        for row in rows:
            session.add(
                RecommendedEquipment(
                    category=row.category, quantity=row.quantity, note=row.note.strip()
                )
            )
    return recommended_list(db)


def reset_recommended(db: Database) -> list[RecommendedRow]:
    """Restore the handbook's recommended minimum: one of each of the five items."""
    return replace_recommended(db, [RecommendedRow(c) for c in DEFAULT_RECOMMENDED])


def gap_view(db: Database) -> list[GapRow]:
    """Compare the recommended kit with the items owned; ``missing`` is what a budget must buy."""
    with db.session() as session:
        counts: dict[tuple[str, str], int] = {
            (str(category), str(condition)): int(count)
            for category, condition, count in session.execute(
                select(EquipmentItem.category, EquipmentItem.condition, func.count()).group_by(
                    EquipmentItem.category, EquipmentItem.condition
                )
            )
        }
        recommended = session.scalars(
            select(RecommendedEquipment).order_by(RecommendedEquipment.id)
        ).all()
        result = []
        for rec in recommended:
            usable = sum(counts.get((rec.category, c), 0) for c in USABLE_CONDITIONS)
            faulty = sum(counts.get((rec.category, c), 0) for c in FAULTY_CONDITIONS)
            result.append(
                GapRow(
                    rec.category,
                    rec.quantity,
                    usable,
                    faulty,
                    max(0, rec.quantity - usable),
                    rec.note,
                )
            )
        return result
