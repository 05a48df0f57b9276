"""Media inquiries: add, change, answer, move through approval and delete them.

An inquiry comes from a journalist (a person of the contact base, or a name and address as
received) and is prepared by a structural unit and a staff member. Its status goes new →
assigned → sent (to the head) → returned with a comment or approved; recording the answer
sent (date, channel, text or file, outcome) makes it answered. Every step is kept with its
time and person, as plan items and press releases keep theirs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.exchange.phones import check_email, check_phone
from pressdesk.messages import LINES, Message, Term, UserError
from pressdesk.services.concurrency import claim_unchanged, mark_changed
from pressdesk.services.inquiries.deadlines import DEFAULT_TERM, LegalTerm, legal_due_for
from pressdesk.storage.contacts_models import Outlet, Person, PersonEmail, PersonPhone
from pressdesk.storage.engine import Database, by_name_in
from pressdesk.storage.inquiries_models import (
    INQUIRY_CHANNELS,
    INQUIRY_KINDS,
    INQUIRY_OUTCOMES,
    INQUIRY_STATUSES,
    NAME_LIMIT,
    NUMBER_LIMIT,
    Inquiry,
    InquiryHistory,
)
from pressdesk.storage.models import Organisation, StaffMember

__all__ = [
    "QUESTION_LIMIT",
    "STEPS",
    "AnswerInput",
    "InquiryError",
    "InquiryInput",
    "InquiryNotFound",
    "add_inquiry",
    "answer_inquiry",
    "delete_inquiry",
    "find_sender",
    "is_written",
    "set_status",
    "update_inquiry",
    "validate_inquiry",
]

# The longest question or answer text kept (a long letter fits; a pasted mailbox does not).
QUESTION_LIMIT = 50_000

# The steps an inquiry may take from each status with ``set_status``; the answer is recorded
# with ``answer_inquiry``.
STEPS: dict[str, tuple[str, ...]] = {
    "new": ("assigned", "sent"),
    "assigned": ("sent", "new"),
    "sent": ("returned", "approved", "assigned"),
    "returned": ("sent", "assigned"),
    "approved": ("sent",),
    "answered": (),
}
STATUS_TERMS = {
    "new": Term("new"),
    "assigned": Term("with the unit"),
    "sent": Term("sent for approval"),
    "returned": Term("returned"),
    "approved": Term("approved"),
    "answered": Term("answered"),
}


class InquiryError(UserError, ValueError):
    """An inquiry cannot be saved, answered or moved on; the message says why."""


class InquiryNotFound(UserError, LookupError):
    """No inquiry with that id."""


@dataclass(frozen=True)
class InquiryInput:
    """What the user records of one inquiry; ``received_at`` is now when not given."""

    question: str
    kind: str = "comment"
    channel: str = "phone"
    received_at: dt.datetime | None = None
    incoming_number: str = ""
    person_id: int | None = None
    outlet_id: int | None = None
    sender: str = ""
    sender_address: str = ""
    outlet_name: str = ""
    question_files: tuple[str, ...] = ()
    quoted: str = ""
    journalist_due: dt.date | None = None
    unit: Bi = field(default_factory=lambda: Bi("", ""))
    staff_id: int | None = None
    draft: str = ""


@dataclass(frozen=True)
class AnswerInput:
    """The answer sent: its text or files, how and when, and the outcome."""

    text: str = ""
    files: tuple[str, ...] = ()
    channel: str = ""
    answered_at: dt.datetime | None = None
    outcome: str = "answered"
    ground: Bi = field(default_factory=lambda: Bi("", ""))
    redirected_to: str = ""


def is_written(data: InquiryInput) -> bool:
    """Return True for a written request under the law on access to information."""
    return data.channel == "written" or data.kind == "written_request"


def _unknown(term: str, value: str, allowed: tuple[str, ...]) -> Message:
    return Message("field.unknown", field=Term(term), value=value, allowed=allowed)


def validate_inquiry(data: InquiryInput) -> list[Message]:
    """Return what is wrong with ``data`` on its own (empty if it can be checked further)."""
    problems: list[Message] = []
    if not data.question.strip():
        problems.append(Message("inquiry.needs_question"))
    if len(data.question) > QUESTION_LIMIT:
        problems.append(Message("field.too_long", field=Term("question"), limit=QUESTION_LIMIT))
    if data.kind not in INQUIRY_KINDS:
        problems.append(_unknown("inquiry kind", data.kind, INQUIRY_KINDS))
    if data.channel not in INQUIRY_CHANNELS:
        problems.append(_unknown("inquiry channel", data.channel, INQUIRY_CHANNELS))
    if is_written(data) and not data.incoming_number.strip():
        problems.append(Message("inquiry.written_needs_number"))
    if len(data.incoming_number.strip()) > NUMBER_LIMIT:
        problems.append(
            Message("field.too_long", field=Term("incoming number"), limit=NUMBER_LIMIT)
        )
    for name, value in (
        ("sender", data.sender),
        ("sender's address", data.sender_address),
        ("outlet", data.outlet_name),
    ):
        if len(value.strip()) > NAME_LIMIT:
            problems.append(Message("field.too_long", field=Term(name), limit=NAME_LIMIT))
    received = (data.received_at or clock.now()).date()
    if data.journalist_due is not None and data.journalist_due < received:
        problems.append(
            Message("inquiry.due_before_received", due=data.journalist_due, received=received)
        )
    for path in data.question_files:
        if path.strip() and not Path(path.strip()).is_file():
            problems.append(Message("inquiry.no_file", path=path.strip()))
    return problems


def _check_links(session: Session, data: InquiryInput) -> list[Message]:
    problems: list[Message] = []
    if data.person_id is not None and session.get(Person, data.person_id) is None:
        problems.append(Message("coverage.no_person", id=data.person_id))
    if data.outlet_id is not None and session.get(Outlet, data.outlet_id) is None:
        problems.append(Message("inquiry.no_outlet", id=data.outlet_id))
    if data.staff_id is not None and session.get(StaffMember, data.staff_id) is None:
        problems.append(Message("release.no_staff", id=data.staff_id))
    return problems


def _checked(session: Session, data: InquiryInput) -> None:
    problems = validate_inquiry(data)
    if not problems:
        problems = _check_links(session, data)
    if problems:
        raise InquiryError(LINES, lines=problems)


def _lines(values: tuple[str, ...]) -> str:
    return "\n".join(v.strip() for v in values if v.strip())


def _minute(moment: dt.datetime) -> dt.datetime:
    """A local time to the minute, without zone, as stored."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


def _first(*days: dt.date | None) -> dt.date | None:
    known = [d for d in days if d is not None]
    return min(known) if known else None


def _apply(session: Session, inquiry: Inquiry, data: InquiryInput, legal: dt.date | None) -> None:
    inquiry.kind, inquiry.channel = data.kind, data.channel
    inquiry.incoming_number = data.incoming_number.strip()
    inquiry.person_id, inquiry.outlet_id = data.person_id, data.outlet_id
    sender, outlet = data.sender.strip(), data.outlet_name.strip()
    if data.person_id is not None and not sender:
        person = session.get(Person, data.person_id)
        sender = person.full_name if person is not None else ""
        if person is not None and data.outlet_id is None and person.outlet_id is not None:
            inquiry.outlet_id = person.outlet_id
    if inquiry.outlet_id is not None and not outlet:
        found = session.get(Outlet, inquiry.outlet_id)
        outlet = found.name if found is not None else ""
    inquiry.sender, inquiry.outlet_name = sender, outlet
    inquiry.sender_address = data.sender_address.strip()
    inquiry.question = data.question.strip()
    inquiry.question_files = _lines(data.question_files)
    inquiry.quoted = data.quoted.strip()
    inquiry.journalist_due = data.journalist_due
    inquiry.legal_due = legal
    inquiry.due_on = _first(data.journalist_due, legal)
    inquiry.unit_ky = " ".join(data.unit.ky.split())
    inquiry.unit_ru = " ".join(data.unit.ru.split())
    inquiry.staff_id = data.staff_id
    inquiry.draft = data.draft.strip()


def _history(
    session: Session,
    inquiry_id: int,
    kind: str,
    *,
    old: str = "",
    new: str = "",
    by_name: str = "",
    by_id: int | None = None,
    comment: str = "",
) -> None:
    session.add(
        InquiryHistory(
            inquiry_id=inquiry_id,
            at=_minute(clock.now()),
            kind=kind,
            old_value=old,
            new_value=new,
            by_name=by_name_in(session, by_name),
            by_id=by_id,
            comment=comment,
        )
    )


def _legal(db: Database, data: InquiryInput, term: LegalTerm) -> dt.date | None:
    if not is_written(data):
        return None
    received = (data.received_at or clock.now()).date()
    return legal_due_for(db, received, term)


def add_inquiry(
    db: Database, data: InquiryInput, *, term: LegalTerm = DEFAULT_TERM, by_name: str = ""
) -> int:
    """Save a new inquiry; a written request gets its legal due date. Return its id."""
    problems = validate_inquiry(data)
    if problems:
        raise InquiryError(LINES, lines=problems)
    legal = _legal(db, data, term)
    with db.session() as session:
        _checked(session, data)
        now = _minute(clock.now())
        inquiry = Inquiry(
            received_at=_minute(data.received_at) if data.received_at else now,
            status="assigned" if data.staff_id or not data.unit.empty else "new",
            status_at=now,
        )
        session.add(inquiry)
        _apply(session, inquiry, data, legal)
        session.flush()
        _history(session, inquiry.id, "created", new=inquiry.status, by_name=by_name)
        return inquiry.id


def _load(session: Session, inquiry_id: int) -> Inquiry:
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise InquiryNotFound("inquiry.missing", id=inquiry_id)
    return inquiry


def update_inquiry(
    db: Database,
    inquiry_id: int,
    data: InquiryInput,
    *,
    term: LegalTerm = DEFAULT_TERM,
    by_name: str = "",
    seen_version: int | None = None,
) -> None:
    """Save changes to an inquiry; the legal due date follows its receipt date.

    With ``seen_version`` (the row version the editor read) the change is refused with
    :class:`ChangedMeanwhile` when someone else changed the inquiry since.
    """
    with db.session() as session:
        received = _load(session, inquiry_id).received_at
    if data.received_at is None:
        data = _with_received(data, received)
    problems = validate_inquiry(data)
    if problems:
        raise InquiryError(LINES, lines=problems)
    legal = _legal(db, data, term)
    with db.session() as session:
        claim_unchanged(session, Inquiry, inquiry_id, seen_version)
        inquiry = _load(session, inquiry_id)
        mark_changed(inquiry)
        _checked(session, data)
        inquiry.received_at = _minute(data.received_at or received)
        _apply(session, inquiry, data, legal)
        _history(session, inquiry.id, "edit", by_name=by_name)


def _with_received(data: InquiryInput, received: dt.datetime) -> InquiryInput:
    from dataclasses import replace

    return replace(data, received_at=received)


def answer_inquiry(
    db: Database,
    inquiry_id: int,
    answer: AnswerInput,
    *,
    by_id: int | None = None,
    by_name: str = "",
) -> None:
    """Record the answer sent and its outcome; the inquiry becomes answered.

    A refusal needs its legal ground; the answer needs a text or a file, and an inquiry
    without a question cannot be answered.
    """
    problems: list[Message] = []
    if not answer.text.strip() and not any(f.strip() for f in answer.files):
        problems.append(Message("inquiry.answer_needs_text"))
    if len(answer.text) > QUESTION_LIMIT:
        problems.append(Message("field.too_long", field=Term("answer"), limit=QUESTION_LIMIT))
    if answer.outcome not in INQUIRY_OUTCOMES:
        problems.append(_unknown("inquiry outcome", answer.outcome, INQUIRY_OUTCOMES))
    if answer.outcome == "refused" and answer.ground.stripped().empty:
        problems.append(Message("inquiry.refusal_needs_ground"))
    if answer.channel and answer.channel not in INQUIRY_CHANNELS:
        problems.append(_unknown("inquiry channel", answer.channel, INQUIRY_CHANNELS))
    for path in answer.files:
        if path.strip() and not Path(path.strip()).is_file():
            problems.append(Message("inquiry.no_file", path=path.strip()))
    if problems:
        raise InquiryError(LINES, lines=problems)
    with db.session() as session:
        inquiry = _load(session, inquiry_id)
        if not inquiry.question.strip():
            raise InquiryError("inquiry.answer_without_question", id=inquiry_id)
        when = _minute(answer.answered_at or clock.now())
        if when < inquiry.received_at:
            raise InquiryError(
                "inquiry.answer_before_received", received=inquiry.received_at.date()
            )
        by_name = _by_name(session, by_id, by_name)
        old = inquiry.status
        inquiry.answered_at = when
        inquiry.answer_channel = answer.channel or inquiry.channel
        inquiry.answer_text = answer.text.strip()
        inquiry.answer_files = _lines(answer.files)
        inquiry.outcome = answer.outcome
        ground = answer.ground.stripped() if answer.outcome == "refused" else Bi("", "")
        inquiry.ground_ky, inquiry.ground_ru = ground.ky, ground.ru
        inquiry.redirected_to = (
            answer.redirected_to.strip() if answer.outcome == "redirected" else ""
        )
        inquiry.status, inquiry.status_at = "answered", _minute(clock.now())
        _history(
            session,
            inquiry.id,
            "answer",
            old=old,
            new="answered",
            by_name=by_name,
            by_id=by_id,
            comment=answer.outcome,
        )


def _by_name(session: Session, by_id: int | None, by_name: str) -> str:
    if by_id is None:
        return by_name
    member = session.get(StaffMember, by_id)
    if member is None:
        raise InquiryError("release.no_staff", id=by_id)
    return by_name or member.full_name


def set_status(
    db: Database,
    inquiry_id: int,
    status: str,
    *,
    by_id: int | None = None,
    by_name: str = "",
    comment: str = "",
) -> None:
    """Move an inquiry one step on, recording when, by whom and why.

    Returning needs a comment; an approval without a person named is the head's (profile).
    """
    if status not in INQUIRY_STATUSES:
        raise InquiryError(
            "field.unknown",
            field=Term("inquiry status"),
            value=status,
            allowed=INQUIRY_STATUSES,
        )
    if status == "answered":
        raise InquiryError("inquiry.answer_via_answer")
    with db.session() as session:
        inquiry = _load(session, inquiry_id)
        if status not in STEPS[inquiry.status]:
            raise InquiryError(
                "inquiry.bad_step", old=STATUS_TERMS[inquiry.status], new=STATUS_TERMS[status]
            )
        comment = comment.strip()
        if status == "returned" and not comment:
            raise InquiryError("inquiry.return_needs_comment")
        by_name = _by_name(session, by_id, by_name)
        if status == "approved" and not by_name:
            org = session.get(Organisation, 1)
            by_name = org.head_name if org is not None else ""
        old = inquiry.status
        inquiry.status, inquiry.status_at = status, _minute(clock.now())
        inquiry.return_comment = comment if status == "returned" else ""
        _history(
            session,
            inquiry.id,
            "status",
            old=old,
            new=status,
            by_name=by_name,
            by_id=by_id,
            comment=comment,
        )


def delete_inquiry(db: Database, inquiry_id: int) -> None:
    """Delete an inquiry and its history."""
    with db.session() as session:
        session.delete(_load(session, inquiry_id))


@dataclass(frozen=True)
class Sender:
    """Who an inquiry is from, as found in the contact base (``person_id`` None if not)."""

    person_id: int | None
    name: str = ""
    outlet_id: int | None = None
    address: str = ""


def find_sender(db: Database, value: str) -> Sender:
    """Find the person a PERSON-ID, an e-mail address or a phone number belongs to.

    An address or number nobody in the base has gives a Sender without a person (to offer
    adding one); one matching two people is refused, naming them.
    """
    text = value.strip()
    with db.session() as session:
        if text.isdigit() and len(text) < 9:
            person = session.get(Person, int(text))
            if person is None:
                raise InquiryError("coverage.no_person", id=int(text))
            return Sender(person.id, person.full_name, person.outlet_id)
        if "@" in text:
            email = check_email(text)
            key = email.normalized or text.lower()
            query = select(PersonEmail.person_id).where(PersonEmail.normalized == key)
        else:
            phone = check_phone(text)
            if not phone.e164:
                raise InquiryError("inquiry.bad_sender", value=text[:100])
            query = select(PersonPhone.person_id).where(PersonPhone.e164 == phone.e164)
        ids = sorted(set(session.scalars(query)))
        if len(ids) > 1:
            names = [session.get(Person, pid) for pid in ids]
            raise InquiryError(
                "inquiry.sender_ambiguous",
                value=text,
                people=", ".join(f"{p.full_name} ({p.id})" for p in names if p is not None),
            )
        if not ids:
            return Sender(None, address=text)
        person = session.get(Person, ids[0])
        assert person is not None
        return Sender(person.id, person.full_name, person.outlet_id, text)
