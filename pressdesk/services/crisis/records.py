"""The crisis kit: scenarios, the working group and the instant-notice contacts.

The holding statements of each scenario are listed with it; their approval is in ``statements``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi
from pressdesk.messages import UserError
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.storage.contacts_models import Person, PersonEmail, PersonPhone
from pressdesk.storage.contacts_search import search_fold
from pressdesk.storage.crisis_models import (
    CRISIS_ROLES,
    NAME_LIMIT,
    TITLE_LIMIT,
    CrisisContact,
    CrisisGroupMember,
    CrisisScenario,
    HoldingStatement,
    HoldingStatementHistory,
)
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember

__all__ = [
    "ContactInput",
    "ContactRow",
    "CrisisError",
    "MemberRow",
    "ScenarioInput",
    "ScenarioRow",
    "StatementInput",
    "StatementRow",
    "StepRow",
    "add_contact",
    "add_scenario",
    "delete_scenario",
    "get_scenario",
    "list_contacts",
    "list_group",
    "list_scenarios",
    "remove_contact",
    "remove_member",
    "resolve_staff",
    "set_member",
    "update_scenario",
]

PHONE_LIMIT = 100


class CrisisError(UserError, ValueError):
    """A part of the crisis kit cannot be saved or moved on; the message says why."""


@dataclass(frozen=True)
class ScenarioInput:
    """A scenario as the user writes it: name, what happens, who decides and who speaks."""

    name: Bi
    description: Bi = field(default_factory=Bi)
    decides_id: int | None = None
    speaker_id: int | None = None


@dataclass(frozen=True)
class StatementInput:
    """The title and text of a holding statement in both languages."""

    title: Bi
    text: Bi


@dataclass(frozen=True)
class StepRow:
    """One step of a statement's trail."""

    at: dt.datetime
    old_value: str
    new_value: str
    by_name: str
    comment: str


@dataclass(frozen=True)
class StatementRow:
    """A stored holding statement with its approval and trail."""

    id: int
    scenario_id: int
    title: Bi
    text: Bi
    status: str
    approved_by: str
    approved_at: dt.datetime | None
    trail: tuple[StepRow, ...] = ()
    #: The version read: a save from it refuses a statement changed since (None checks nothing).
    row_version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ScenarioRow:
    """A stored scenario with the names of who decides and who speaks, and its statements."""

    id: int
    name: Bi
    description: Bi
    decides_id: int | None
    decides_name: str
    decides_position: Bi
    speaker_id: int | None
    speaker_name: str
    speaker_position: Bi
    statements: tuple[StatementRow, ...] = ()
    #: The version read: a save from it refuses a scenario changed since (None checks nothing).
    row_version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MemberRow:
    """A member of the working group as the plan prints it."""

    staff_id: int
    full_name: str
    position: Bi
    unit: Bi
    phone: str
    role: str
    duty: Bi


@dataclass(frozen=True)
class ContactInput:
    """Someone to tell at once: a name and a phone are needed; a staff member fills in both."""

    full_name: str = ""
    phone: str = ""
    role: Bi = field(default_factory=Bi)
    email: str = ""
    staff_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class ContactRow:
    """A stored instant-notice contact."""

    id: int
    full_name: str
    role: Bi
    phone: str
    email: str
    staff_id: int | None
    person_id: int | None = None


def one_line(value: Bi) -> Bi:
    """Return ``value`` with the spaces of each language collapsed to single ones."""
    return Bi(" ".join(value.ky.split()), " ".join(value.ru.split()))


def trimmed(value: Bi) -> Bi:
    """Return ``value`` without leading and trailing white space; lines inside stay."""
    return Bi(value.ky.strip(), value.ru.strip())


def staff_member(session: Session, staff_id: int | None) -> StaffMember | None:
    """Return the staff member ``staff_id`` (None for None); an unknown id is refused."""
    if staff_id is None:
        return None
    member = session.get(StaffMember, staff_id)
    if member is None:
        raise CrisisError("crisis.no_staff", id=staff_id)
    return member


def resolve_staff(db: Database, name: str) -> int:
    """Return the id of the staff member with this full name (case folded)."""
    folded = search_fold(name.strip())
    with db.session() as session:
        for sid, full in session.execute(select(StaffMember.id, StaffMember.full_name)):
            if search_fold(full) == folded:
                return int(sid)
    raise CrisisError("crisis.no_staff_named", name=name)


# --- scenarios --------------------------------------------------------------------------------


def _check_scenario(session: Session, data: ScenarioInput) -> Bi:
    name = one_line(data.name)
    if name.empty:
        raise CrisisError("crisis.needs_name")
    if max(len(name.ky), len(name.ru)) > NAME_LIMIT:
        raise CrisisError("crisis.name_too_long", limit=NAME_LIMIT)
    staff_member(session, data.decides_id)
    staff_member(session, data.speaker_id)
    return name


def load_scenario(session: Session, scenario_id: int) -> CrisisScenario:
    """Return scenario ``scenario_id`` in ``session``; an unknown id is refused."""
    found = session.get(CrisisScenario, scenario_id)
    if found is None:
        raise CrisisError("crisis.no_scenario", id=scenario_id)
    return found


def add_scenario(db: Database, data: ScenarioInput) -> int:
    """Save a new scenario at the end of the list and return its id."""
    with db.session() as session:
        name = _check_scenario(session, data)
        last = session.scalar(select(func.max(CrisisScenario.position))) or 0
        scenario = CrisisScenario(
            position=last + 1,
            name=name,
            description=trimmed(data.description),
            decides_id=data.decides_id,
            speaker_id=data.speaker_id,
        )
        session.add(scenario)
        session.flush()
        return scenario.id


def update_scenario(
    db: Database, scenario_id: int, data: ScenarioInput, *, seen_version: int | None = None
) -> None:
    """Change a scenario; its statements stay as they are. A scenario changed since
    ``seen_version`` was read is refused with ChangedMeanwhile."""
    with db.session() as session:
        name = _check_scenario(session, data)
        claim_unchanged(session, CrisisScenario, scenario_id, seen_version)
        scenario = load_scenario(session, scenario_id)
        scenario.name = name
        scenario.description = trimmed(data.description)
        scenario.decides_id = data.decides_id
        scenario.speaker_id = data.speaker_id


def delete_scenario(db: Database, scenario_id: int) -> None:
    """Delete a scenario with its statements."""
    with db.session() as session:
        session.delete(load_scenario(session, scenario_id))


def statement_rows(session: Session, ids: list[int]) -> dict[int, list[StatementRow]]:
    """Return the statements of scenarios ``ids`` by scenario, each with its trail."""
    if not ids:
        return {}
    trail: dict[int, list[StepRow]] = {}
    statements = list(
        session.scalars(
            select(HoldingStatement)
            .where(HoldingStatement.scenario_id.in_(ids))
            .order_by(HoldingStatement.id)
        )
    )
    if statements:
        for step in session.scalars(
            select(HoldingStatementHistory)
            .where(HoldingStatementHistory.statement_id.in_([s.id for s in statements]))
            .order_by(HoldingStatementHistory.at, HoldingStatementHistory.id)
        ):
            trail.setdefault(step.statement_id, []).append(
                StepRow(step.at, step.old_value, step.new_value, step.by_name, step.comment)
            )
    found: dict[int, list[StatementRow]] = {}
    for s in statements:
        found.setdefault(s.scenario_id, []).append(
            StatementRow(
                s.id,
                s.scenario_id,
                s.title,
                s.text,
                s.status,
                s.approved_by,
                s.approved_at,
                tuple(trail.get(s.id, ())),
                row_version=s.row_version,
            )
        )
    return found


def _names(session: Session, ids: set[int]) -> dict[int, StaffMember]:
    if not ids:
        return {}
    return {m.id: m for m in session.scalars(select(StaffMember).where(StaffMember.id.in_(ids)))}


def _scenario_rows(session: Session, scenarios: list[CrisisScenario]) -> list[ScenarioRow]:
    people = _names(
        session,
        {i for s in scenarios for i in (s.decides_id, s.speaker_id) if i is not None},
    )
    statements = statement_rows(session, [s.id for s in scenarios])
    rows = []
    for s in scenarios:
        decides = people.get(s.decides_id) if s.decides_id is not None else None
        speaker = people.get(s.speaker_id) if s.speaker_id is not None else None
        rows.append(
            ScenarioRow(
                s.id,
                s.name,
                s.description,
                s.decides_id,
                decides.full_name if decides else "",
                decides.position if decides else Bi(),
                s.speaker_id,
                speaker.full_name if speaker else "",
                speaker.position if speaker else Bi(),
                tuple(statements.get(s.id, ())),
                row_version=s.row_version,
            )
        )
    return rows


def list_scenarios(db: Database) -> list[ScenarioRow]:
    """Return every scenario in its order, with its statements."""
    with db.session() as session:
        scenarios = list(
            session.scalars(
                select(CrisisScenario).order_by(CrisisScenario.position, CrisisScenario.id)
            )
        )
        return _scenario_rows(session, scenarios)


def get_scenario(db: Database, scenario_id: int) -> ScenarioRow:
    """Return one scenario with its statements."""
    with db.session() as session:
        return _scenario_rows(session, [load_scenario(session, scenario_id)])[0]


# --- the working group ------------------------------------------------------------------------


def set_member(db: Database, staff_id: int, role: str, duty: Bi | None = None) -> None:
    """Put a staff member into the working group with a role, or change their role and duty."""
    if role not in CRISIS_ROLES:
        raise CrisisError("crisis.unknown_role", role=role, allowed=CRISIS_ROLES)
    duty = one_line(duty or Bi())
    if max(len(duty.ky), len(duty.ru)) > TITLE_LIMIT:
        raise CrisisError("crisis.duty_too_long", limit=TITLE_LIMIT)
    with db.session() as session:
        staff_member(session, staff_id)
        member = session.scalar(
            select(CrisisGroupMember).where(CrisisGroupMember.staff_id == staff_id)
        )
        if member is None:
            member = CrisisGroupMember(staff_id=staff_id)
            session.add(member)
        member.role = role
        member.duty = duty


def remove_member(db: Database, staff_id: int) -> None:
    """Take a staff member out of the working group (nothing happens if they are not in it)."""
    with db.session() as session:
        member = session.scalar(
            select(CrisisGroupMember).where(CrisisGroupMember.staff_id == staff_id)
        )
        if member is not None:
            session.delete(member)


def list_group(db: Database) -> list[MemberRow]:
    """Return the working group: the head first, then press staff, lawyers and units."""
    with db.session() as session:
        found = session.execute(
            select(CrisisGroupMember, StaffMember).join(
                StaffMember, StaffMember.id == CrisisGroupMember.staff_id
            )
        ).all()
        rows = [
            MemberRow(
                staff.id,
                staff.full_name,
                staff.position,
                staff.unit,
                staff.phone,
                member.role,
                member.duty,
            )
            for member, staff in found
        ]
    return sorted(rows, key=lambda r: (CRISIS_ROLES.index(r.role), r.full_name))


# --- instant-notice contacts ------------------------------------------------------------------


def _person(session: Session, person_id: int | None) -> tuple[str, str, str, Bi]:
    """Return the name, first phone, first e-mail and position of a person of the contact base."""
    if person_id is None:
        return "", "", "", Bi()
    person = session.get(Person, person_id)
    if person is None:
        raise CrisisError("crisis.no_person", id=person_id)
    phone = session.scalar(
        select(PersonPhone.raw)
        .where(PersonPhone.person_id == person_id)
        .order_by(PersonPhone.position, PersonPhone.id)
        .limit(1)
    )
    email = session.scalar(
        select(PersonEmail.address)
        .where(PersonEmail.person_id == person_id)
        .order_by(PersonEmail.position, PersonEmail.id)
        .limit(1)
    )
    return person.full_name, phone or "", email or "", person.position


def add_contact(db: Database, data: ContactInput) -> int:
    """Add a contact for instant notice; a staff member's or a contact's name, phone, e-mail
    and position fill in what is left blank."""
    with db.session() as session:
        member = staff_member(session, data.staff_id)
        p_name, p_phone, p_email, p_position = _person(session, data.person_id)
        name = " ".join(data.full_name.split()) or (member.full_name if member else p_name)
        phone = data.phone.strip() or (member.phone if member else p_phone)
        role = one_line(data.role)
        if role.empty:
            role = one_line(member.position if member is not None else p_position)
        if not name:
            raise CrisisError("crisis.contact_needs_name")
        if not phone:
            raise CrisisError("crisis.contact_needs_phone", name=name)
        too_long = len(name) > 200 or len(phone) > PHONE_LIMIT or len(data.email) > 200
        if too_long or max(len(role.ky), len(role.ru)) > NAME_LIMIT:
            raise CrisisError("crisis.contact_too_long", name=name)
        last = session.scalar(select(func.max(CrisisContact.position))) or 0
        contact = CrisisContact(
            position=last + 1,
            staff_id=data.staff_id,
            person_id=data.person_id,
            full_name=name,
            role=role,
            phone=phone,
            email=data.email.strip() or (member.email if member else p_email),
        )
        session.add(contact)
        session.flush()
        return contact.id


def remove_contact(db: Database, contact_id: int) -> None:
    """Delete an instant-notice contact."""
    with db.session() as session:
        found = session.get(CrisisContact, contact_id)
        if found is None:
            raise CrisisError("crisis.no_contact", id=contact_id)
        session.delete(found)


def list_contacts(db: Database) -> list[ContactRow]:
    """Return the instant-notice contacts in the order they were added."""
    with db.session() as session:
        return [
            ContactRow(c.id, c.full_name, c.role, c.phone, c.email, c.staff_id, c.person_id)
            for c in session.scalars(
                select(CrisisContact).order_by(CrisisContact.position, CrisisContact.id)
            )
        ]
