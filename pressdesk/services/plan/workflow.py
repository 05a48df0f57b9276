"""The approval workflow of plan items: allowed transitions, stamps, history and warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.messages import Term
from pressdesk.services.plan.items import (
    DEFAULT_WAIT_DAYS,
    PlanError,
    PlanItemRow,
    add_history,
    load_item,
    row_in,
    row_order,
    to_row,
    utcnow,
)
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember
from pressdesk.storage.plan_models import PLAN_STATUSES, PlanItem, PlanItemHistory

# idea → draft → sent for approval → approved / returned → published / cancelled.
# "sent → draft" withdraws a request; "approved → draft" reopens an approved text for changes
# (it then needs approval again); a cancelled item can be revived as an idea or a draft.
TRANSITIONS: Final[dict[str, tuple[str, ...]]] = {
    "idea": ("draft", "cancelled"),
    "draft": ("sent", "idea", "cancelled"),
    "sent": ("approved", "returned", "draft", "cancelled"),
    "returned": ("draft", "sent", "cancelled"),
    "approved": ("published", "draft", "cancelled"),
    "published": (),
    "cancelled": ("idea", "draft"),
}

_NAMES: Final = {
    "idea": "idea",
    "draft": "draft",
    "sent": "sent for approval",
    "approved": "approved",
    "returned": "returned",
    "published": "published",
    "cancelled": "cancelled",
}


class TransitionError(PlanError):
    """A status change that the workflow does not allow."""


@dataclass(frozen=True)
class HistoryRow:
    """One entry of an item's trace; ``kind`` is "created", "status" or "edit"."""

    at: dt.datetime
    kind: str
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    by_name: str = ""
    by_id: int | None = None
    comment: str = ""


def allowed_transitions(status: str) -> tuple[str, ...]:
    """Return the statuses an item in ``status`` may move to."""
    if status not in TRANSITIONS:
        raise PlanError("plan.unknown_status", status=status, allowed=PLAN_STATUSES)
    return TRANSITIONS[status]


def check_transition(current: str, target: str) -> None:
    """Raise TransitionError, naming the allowed steps, if ``current`` → ``target`` is illegal."""
    if target not in TRANSITIONS:
        raise TransitionError("plan.unknown_status", status=target, allowed=PLAN_STATUSES)
    allowed = allowed_transitions(current)
    if target in allowed:
        return
    if current == target:
        raise TransitionError("plan.status_already", status=Term(_NAMES[current]))
    steps = [Term(_NAMES[s]) for s in allowed]
    raise TransitionError(
        "plan.transition",
        current=Term(_NAMES[current]),
        target=Term(_NAMES[target]),
        steps=steps or Term("none, it is final"),
    )


def change_status(
    db: Database,
    item_id: int,
    target: str,
    *,
    by_name: str = "",
    by_id: int | None = None,
    comment: str = "",
    published_link: str = "",
    now: dt.datetime | None = None,
) -> PlanItemRow:
    """Move an item to ``target``, stamping the time and who did it; return the item.

    An approval must say who approved (``by_name`` or a staff ``by_id``); returning an item
    needs a comment. For one occurrence of a series, detach it first (plan_series).
    """
    at = now or utcnow()
    with db.session() as session:
        item = load_item(session, item_id)
        status_in(
            session,
            item,
            target,
            at=at,
            by_name=by_name,
            by_id=by_id,
            comment=comment,
            published_link=published_link,
        )
        return row_in(session, item)


def status_in(
    session: Session,
    item: PlanItem,
    target: str,
    *,
    at: dt.datetime,
    by_name: str = "",
    by_id: int | None = None,
    comment: str = "",
    published_link: str = "",
) -> None:
    """Move ``item`` to ``target`` inside a session (see :func:`change_status`)."""
    check_transition(item.status, target)
    name = by_name.strip()
    if by_id is not None:
        person = session.get(StaffMember, by_id)
        if person is None:
            raise PlanError("staff.missing", id=by_id)
        name = name or person.full_name
    if target == "approved" and not name:
        raise PlanError("plan.approval_needs_name")
    if target == "returned" and not comment.strip():
        raise PlanError("plan.return_needs_comment")
    previous = item.status
    item.status = target
    item.status_at = at
    if target == "sent":
        item.sent_at = at
    if target == "approved":
        item.approved_at = at
        item.approved_by = name
        item.approved_by_id = by_id
    elif target in ("draft", "sent", "returned", "idea"):
        item.approved_at = None
        item.approved_by = ""
        item.approved_by_id = None
    if target == "returned":
        item.return_comment = comment.strip()
    if target == "published":
        item.published_at = at
        link = published_link.strip()
        links = [line for line in item.published_links.splitlines() if line.strip()]
        if link and link not in links:
            item.published_links = "\n".join([*links, link])
    item.sequence += 1
    add_history(
        session,
        item,
        "status",
        at=at,
        field_name="status",
        old=previous,
        new=target,
        by_name=name,
        by_id=by_id,
        comment=comment,
    )


def item_history(db: Database, item_id: int) -> list[HistoryRow]:
    """Return the item's trace, oldest first."""
    with db.session() as session:
        load_item(session, item_id)
        entries = session.scalars(
            select(PlanItemHistory)
            .where(PlanItemHistory.item_id == item_id)
            .order_by(PlanItemHistory.at, PlanItemHistory.id)
        )
        return [
            HistoryRow(
                at=e.at,
                kind=e.kind,
                field=e.field,
                old_value=e.old_value,
                new_value=e.new_value,
                by_name=e.by_name,
                by_id=e.by_id,
                comment=e.comment,
            )
            for e in entries
        ]


def flagged_items(
    db: Database,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    wait_days: int = DEFAULT_WAIT_DAYS,
) -> list[PlanItemRow]:
    """Return items overdue (approved, day passed, not published) or waiting too long."""
    today = today or clock.today()
    now = now or utcnow()
    if wait_days < 0:
        raise PlanError("plan.approval_wait")
    with db.session() as session:
        items = session.scalars(
            select(PlanItem).where(
                PlanItem.is_series.is_(False),
                or_(
                    and_(PlanItem.status == "approved", PlanItem.date < today),
                    and_(
                        PlanItem.status == "sent",
                        PlanItem.sent_at < now - dt.timedelta(days=wait_days),
                    ),
                ),
            )
        ).all()
        staff = {
            s.id: s.full_name
            for s in session.scalars(
                select(StaffMember).where(
                    StaffMember.id.in_({i.responsible_id for i in items if i.responsible_id})
                )
            )
        }
        rows = [
            to_row(
                i,
                staff.get(i.responsible_id or 0, ""),
                today=today,
                now=now,
                wait_days=wait_days,
            )
            for i in items
        ]
    return sorted((r for r in rows if r.flags), key=row_order)


@dataclass(frozen=True)
class ApprovalStats:
    """How long approvals took: count of approvals and days from request to decision."""

    decided: int
    average_days: float
    longest_days: float


def approval_stats(db: Database, start: dt.date, end: dt.date) -> ApprovalStats:
    """Return how long the head took to approve or return items decided in the range."""
    lo = dt.datetime.combine(start, dt.time())
    hi = dt.datetime.combine(end, dt.time.max)
    with db.session() as session:
        entries = session.scalars(
            select(PlanItemHistory)
            .where(PlanItemHistory.kind == "status", PlanItemHistory.at <= hi)
            .order_by(PlanItemHistory.item_id, PlanItemHistory.at, PlanItemHistory.id)
        ).all()
    waits: list[float] = []
    sent: dict[int, dt.datetime] = {}
    for entry in entries:
        if entry.new_value == "sent":
            sent[entry.item_id] = entry.at
        elif entry.new_value in ("approved", "returned") and entry.item_id in sent:
            asked = sent.pop(entry.item_id)
            if entry.at >= lo:
                waits.append((entry.at - asked).total_seconds() / 86400)
    if not waits:
        return ApprovalStats(0, 0.0, 0.0)
    return ApprovalStats(len(waits), sum(waits) / len(waits), max(waits))
