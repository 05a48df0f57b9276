"""Holding statements: written in Kyrgyz and Russian before any crisis and agreed with the head.

draft → sent → returned with a comment or approved. Changing an approved text makes it a draft
again; every step is kept with its time and person.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.messages import Term
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.services.crisis.records import (
    CrisisError,
    StatementInput,
    StatementRow,
    load_scenario,
    one_line,
    staff_member,
    statement_rows,
    trimmed,
)
from pressdesk.storage.crisis_models import (
    STATEMENT_STATUSES,
    TITLE_LIMIT,
    HoldingStatement,
    HoldingStatementHistory,
)
from pressdesk.storage.engine import Database, by_name_in
from pressdesk.storage.models import Organisation

__all__ = [
    "STEPS",
    "add_statement",
    "get_statement",
    "get_statement_status",
    "set_statement_status",
    "update_statement",
]

# The steps a statement may take from each status.
STEPS: dict[str, tuple[str, ...]] = {
    "draft": ("sent",),
    "sent": ("returned", "approved", "draft"),
    "returned": ("sent", "draft"),
    "approved": ("draft",),
}
STATUS_TERMS = {
    "draft": Term("draft"),
    "sent": Term("sent for approval"),
    "returned": Term("returned"),
    "approved": Term("approved"),
}


def _check_statement(data: StatementInput) -> tuple[Bi, Bi]:
    title, text = one_line(data.title), trimmed(data.text)
    if text.empty:
        raise CrisisError("crisis.statement_needs_text")
    if max(len(title.ky), len(title.ru)) > TITLE_LIMIT:
        raise CrisisError("crisis.name_too_long", limit=TITLE_LIMIT)
    return title, text


def _load_statement(session: Session, statement_id: int) -> HoldingStatement:
    found = session.get(HoldingStatement, statement_id)
    if found is None:
        raise CrisisError("crisis.no_statement", id=statement_id)
    return found


def _step(
    session: Session,
    statement: HoldingStatement,
    new: str,
    *,
    by_id: int | None = None,
    by_name: str = "",
    comment: str = "",
) -> dt.datetime:
    now = clock.now().replace(microsecond=0)
    session.add(
        HoldingStatementHistory(
            statement_id=statement.id,
            at=now,
            old_value=statement.status,
            new_value=new,
            by_name=by_name_in(session, by_name),
            by_id=by_id,
            comment=comment,
        )
    )
    statement.status = new
    return now


def add_statement(db: Database, scenario_id: int, data: StatementInput, by_name: str = "") -> int:
    """Save a draft statement for a scenario and return its id."""
    title, text = _check_statement(data)
    with db.session() as session:
        load_scenario(session, scenario_id)
        statement = HoldingStatement(
            scenario_id=scenario_id, title=title, text=text, status="draft"
        )
        session.add(statement)
        session.flush()
        session.add(
            HoldingStatementHistory(
                statement_id=statement.id,
                at=clock.now().replace(microsecond=0),
                old_value="",
                new_value="draft",
                by_name=by_name,
            )
        )
        return statement.id


def get_statement(db: Database, statement_id: int) -> StatementRow:
    """Return one statement with its approval and trail."""
    with db.session() as session:
        scenario_id = _load_statement(session, statement_id).scenario_id
        rows = statement_rows(session, [scenario_id])[scenario_id]
        return next(row for row in rows if row.id == statement_id)


def get_statement_status(db: Database, statement_id: int) -> str:
    """Return the status of a statement."""
    with db.session() as session:
        return _load_statement(session, statement_id).status


def update_statement(
    db: Database,
    statement_id: int,
    data: StatementInput,
    by_name: str = "",
    *,
    seen_version: int | None = None,
) -> None:
    """Change a statement's text; an approved or sent text becomes a draft that needs approval.

    A statement changed since ``seen_version`` was read (its text, or a step of its approval)
    is refused with ChangedMeanwhile.
    """
    title, text = _check_statement(data)
    with db.session() as session:
        claim_unchanged(session, HoldingStatement, statement_id, seen_version)
        statement = _load_statement(session, statement_id)
        if (title, text) == (statement.title, statement.text):
            return
        statement.title = title
        statement.text = text
        if statement.status != "draft":
            _step(session, statement, "draft", by_name=by_name)
            statement.approved_by = ""
            statement.approved_by_id = None
            statement.approved_at = None


def set_statement_status(
    db: Database,
    statement_id: int,
    status: str,
    *,
    by_id: int | None = None,
    comment: str = "",
) -> None:
    """Move a statement one step on; approval is in the head's name unless a person is given.

    An approved statement is kept ready in both languages, so approval needs both texts.
    """
    if status not in STATEMENT_STATUSES:
        raise CrisisError("crisis.unknown_status", status=status, allowed=STATEMENT_STATUSES)
    with db.session() as session:
        statement = _load_statement(session, statement_id)
        if status not in STEPS[statement.status]:
            raise CrisisError(
                "crisis.bad_step", old=STATUS_TERMS[statement.status], new=STATUS_TERMS[status]
            )
        comment = comment.strip()
        if status == "returned" and not comment:
            raise CrisisError("crisis.return_needs_comment")
        if status == "approved" and not (statement.text_ky.strip() and statement.text_ru.strip()):
            raise CrisisError("crisis.approve_needs_both")
        member = staff_member(session, by_id)
        by_name = member.full_name if member is not None else ""
        if status == "approved" and not by_name:
            org = session.get(Organisation, 1)
            by_name = org.head_name if org is not None else ""
        now = _step(session, statement, status, by_id=by_id, by_name=by_name, comment=comment)
        if status == "approved":
            statement.approved_by = by_name
            statement.approved_by_id = by_id
            statement.approved_at = now
        else:
            statement.approved_by = ""
            statement.approved_by_id = None
            statement.approved_at = None


def delete_statement(db: Database, statement_id: int) -> None:
    """Delete a statement with its history; approved or not, it is gone from the plan."""
    with db.session() as session:
        session.delete(_load_statement(session, statement_id))
