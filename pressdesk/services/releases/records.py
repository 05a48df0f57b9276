"""Press releases: add, change, delete, move through approval, and list them with filters.

A release is numbered from 1 in each calendar year without gaps. Its status goes draft → sent
(to the head for approval) → returned with a comment or approved → distributed; every step is
recorded with its time and person. An approved text is frozen as a version: changing the
release afterwards makes it a draft of the next version, which needs approval again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.messages import LINES, Message, Term, UserError
from pressdesk.services.concurrency import claim_unchanged, mark_changed
from pressdesk.services.coverage.keys import is_web_address
from pressdesk.storage.contacts_models import Person
from pressdesk.storage.contacts_search import search_fold
from pressdesk.storage.engine import Database, by_name_in
from pressdesk.storage.events_models import Event
from pressdesk.storage.models import Organisation, StaffMember
from pressdesk.storage.plan_models import PlanItem
from pressdesk.storage.releases_models import (
    RELEASE_KINDS,
    RELEASE_STATUSES,
    TITLE_LIMIT,
    PressRelease,
    PressReleaseHistory,
    PressReleaseQuote,
    PressReleaseVersion,
)

__all__ = [
    "STEPS",
    "HistoryRow",
    "QuoteInput",
    "ReleaseError",
    "ReleaseFilter",
    "ReleaseInput",
    "ReleaseNotFound",
    "ReleaseRow",
    "VersionRow",
    "add_release",
    "delete_release",
    "resolve_staff",
    "set_status",
    "text_counts",
    "update_release",
    "validate_release",
]

# The steps a release may take from each status.
STEPS: dict[str, tuple[str, ...]] = {
    "draft": ("sent",),
    "sent": ("returned", "approved", "draft"),
    "returned": ("sent", "draft"),
    "approved": ("distributed",),
    "distributed": (),
}
STATUS_TERMS = {
    "draft": Term("draft"),
    "sent": Term("sent for approval"),
    "returned": Term("returned"),
    "approved": Term("approved"),
    "distributed": Term("distributed"),
}
# How many times a new release tries for a number another writer took at the same moment.
_NUMBER_ATTEMPTS = 3


class ReleaseError(UserError, ValueError):
    """A press release cannot be saved or moved on; the message says why."""


class ReleaseNotFound(UserError, LookupError):
    """No press release with that id."""


@dataclass(frozen=True)
class QuoteInput:
    """A quote: who said it (a staff member, a contact, or a typed name) and the words."""

    text: Bi
    speaker: str = ""
    speaker_title: Bi = field(default_factory=lambda: Bi("", ""))
    staff_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class ReleaseInput:
    """What the user writes for one release; ``date`` is today when not given."""

    title: Bi
    lead: Bi = field(default_factory=lambda: Bi("", ""))
    body: Bi = field(default_factory=lambda: Bi("", ""))
    kind: str = "press_release"
    date: dt.date | None = None
    quotes: tuple[QuoteInput, ...] = ()
    media_contact_id: int | None = None
    links: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    embargo_at: dt.datetime | None = None
    plan_item_id: int | None = None
    event_id: int | None = None


@dataclass(frozen=True)
class HistoryRow:
    """One step of a release's trace."""

    at: dt.datetime
    kind: str
    old_value: str
    new_value: str
    by_name: str
    comment: str


@dataclass(frozen=True)
class VersionRow:
    """The frozen text of one approved version."""

    number: int
    title: Bi
    lead: Bi
    body: Bi
    quotes: Bi
    approved_by: str
    approved_by_id: int | None
    approved_at: dt.datetime


@dataclass(frozen=True)
class ReleaseRow:
    """A stored release as lists, documents and the command line read it."""

    id: int
    year: int
    number: int
    date: dt.date
    kind: str
    title: Bi
    lead: Bi
    body: Bi
    status: str
    status_at: dt.datetime | None
    version: int
    quotes: tuple[QuoteInput, ...] = ()
    media_contact_id: int | None = None
    links: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    embargo_at: dt.datetime | None = None
    plan_item_id: int | None = None
    event_id: int | None = None
    return_comment: str = ""
    history: tuple[HistoryRow, ...] = ()
    versions: tuple[VersionRow, ...] = ()
    #: The release's row version when read; an edit from this copy is refused once it changed.
    row_version: int | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        """The number as printed: ``12/2026``."""
        return f"{self.number}/{self.year}"


@dataclass(frozen=True)
class ReleaseFilter:
    """Which releases to list: a year, a status, a kind, a link, words of the title."""

    year: int | None = None
    status: str = ""
    kind: str = ""
    plan_item_id: int | None = None
    event_id: int | None = None
    text: str = ""


def _lines(values: tuple[str, ...]) -> str:
    return "\n".join(v.strip() for v in values if v.strip())


def _split(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line.strip())


def validate_release(data: ReleaseInput) -> list[Message]:
    """Return what is wrong with ``data`` on its own (empty if it can be checked further)."""
    problems: list[Message] = []
    title = data.title.stripped()
    if not title.ky and not title.ru:
        problems.append(Message("release.needs_title"))
    if max(len(title.ky), len(title.ru)) > TITLE_LIMIT:
        problems.append(Message("field.too_long", field=Term("title"), limit=TITLE_LIMIT))
    if data.kind not in RELEASE_KINDS:
        problems.append(
            Message(
                "field.unknown",
                field=Term("press release kind"),
                value=data.kind,
                allowed=RELEASE_KINDS,
            )
        )
    for link in data.links:
        if link.strip() and not is_web_address(link):
            problems.append(Message("release.bad_link", url=link.strip()[:200]))
    for path in data.attachments:
        if path.strip() and not Path(path.strip()).is_file():
            problems.append(Message("release.no_attachment", path=path.strip()))
    for number, quote in enumerate(data.quotes, start=1):
        if quote.text.stripped().empty:
            problems.append(Message("release.quote_needs_text", number=number))
        if not quote.speaker.strip() and quote.staff_id is None and quote.person_id is None:
            problems.append(Message("release.quote_needs_speaker", number=number))
    return problems


def _check_links(session: Session, data: ReleaseInput) -> list[Message]:
    problems: list[Message] = []
    if data.plan_item_id is not None and session.get(PlanItem, data.plan_item_id) is None:
        problems.append(Message("coverage.no_plan_item", id=data.plan_item_id))
    if data.event_id is not None and session.get(Event, data.event_id) is None:
        problems.append(Message("coverage.no_event", id=data.event_id))
    staff = [data.media_contact_id, *(q.staff_id for q in data.quotes)]
    for staff_id in staff:
        if staff_id is not None and session.get(StaffMember, staff_id) is None:
            problems.append(Message("release.no_staff", id=staff_id))
    for quote in data.quotes:
        if quote.person_id is not None and session.get(Person, quote.person_id) is None:
            problems.append(Message("coverage.no_person", id=quote.person_id))
    return problems


def _checked(session: Session, data: ReleaseInput) -> None:
    problems = validate_release(data)
    if not problems:
        problems = _check_links(session, data)
    if problems:
        raise ReleaseError(LINES, lines=problems)


def _speaker(session: Session, quote: QuoteInput) -> tuple[str, Bi]:
    """The name and position printed for a quote: typed ones first, else the linked person's."""
    name, title = quote.speaker.strip(), quote.speaker_title.stripped()
    if quote.staff_id is not None:
        member = session.get(StaffMember, quote.staff_id)
        if member is not None:
            name = name or member.full_name
            if title.empty:
                title = Bi(member.position_ky or "", member.position_ru or "")
    elif quote.person_id is not None:
        person = session.get(Person, quote.person_id)
        if person is not None:
            name = name or person.full_name
            if title.empty:
                title = Bi(person.position_ky or "", person.position_ru or "")
    return name, title


def _apply(session: Session, release: PressRelease, data: ReleaseInput) -> None:
    release.kind = data.kind
    release.title_ky = " ".join(data.title.ky.split())
    release.title_ru = " ".join(data.title.ru.split())
    release.lead_ky, release.lead_ru = data.lead.ky.strip(), data.lead.ru.strip()
    release.body_ky, release.body_ru = data.body.ky.strip(), data.body.ru.strip()
    release.media_contact_id = data.media_contact_id
    release.links = _lines(data.links)
    release.attachments = _lines(data.attachments)
    release.embargo_at = (
        data.embargo_at.replace(second=0, microsecond=0, tzinfo=None) if data.embargo_at else None
    )
    release.plan_item_id = data.plan_item_id
    release.event_id = data.event_id
    for old in session.scalars(
        select(PressReleaseQuote).where(PressReleaseQuote.release_id == release.id)
    ):
        session.delete(old)
    session.flush()
    for position, quote in enumerate(data.quotes):
        name, title = _speaker(session, quote)
        session.add(
            PressReleaseQuote(
                release_id=release.id,
                position=position,
                staff_id=quote.staff_id,
                person_id=quote.person_id,
                speaker=name,
                speaker_title_ky=title.ky,
                speaker_title_ru=title.ru,
                text_ky=quote.text.ky.strip(),
                text_ru=quote.text.ru.strip(),
            )
        )


def _history(
    session: Session,
    release_id: int,
    kind: str,
    *,
    old: str = "",
    new: str = "",
    by_name: str = "",
    by_id: int | None = None,
    comment: str = "",
) -> None:
    session.add(
        PressReleaseHistory(
            release_id=release_id,
            at=clock.now().replace(microsecond=0),
            kind=kind,
            old_value=old,
            new_value=new,
            by_name=by_name_in(session, by_name),
            by_id=by_id,
            comment=comment,
        )
    )


def _next_number(session: Session, year: int) -> int:
    top = session.scalar(select(func.max(PressRelease.number)).where(PressRelease.year == year))
    return int(top or 0) + 1


def text_counts(text: str) -> tuple[int, int]:
    """Return the characters (without line breaks) and the words of a text, as the editor
    shows them."""
    return len(text.replace("\r", "").replace("\n", "")), len(text.split())


def add_release(db: Database, data: ReleaseInput, *, by_name: str = "") -> int:
    """Save a new draft release with the next number of its year; return its id.

    Two windows adding at once may take the same number; the second then takes the next one.
    """
    for _attempt in range(_NUMBER_ATTEMPTS - 1):
        try:
            return _add_release(db, data, by_name)
        except IntegrityError:
            continue
    return _add_release(db, data, by_name)


def _add_release(db: Database, data: ReleaseInput, by_name: str) -> int:
    day = data.date or clock.today()
    with db.session() as session:
        _checked(session, data)
        release = PressRelease(
            year=day.year,
            number=_next_number(session, day.year),
            date=day,
            status="draft",
            status_at=clock.now().replace(microsecond=0),
            version=1,
        )
        session.add(release)
        session.flush()
        _apply(session, release, data)
        _history(session, release.id, "created", new="draft", by_name=by_name)
        session.commit()
        return release.id


def _quotes_text(session: Session, release_id: int) -> Bi:
    """The quotes as printed, "speaker: text" one per paragraph, in each language."""
    ky: list[str] = []
    ru: list[str] = []
    for quote in _quote_rows(session, release_id):
        for texts, text, title in (
            (ky, quote.text_ky, quote.speaker_title_ky),
            (ru, quote.text_ru, quote.speaker_title_ru),
        ):
            if text:
                who = ", ".join(part for part in (quote.speaker, title) if part)
                texts.append(f"{who}: {text}")
    return Bi("\n\n".join(ky), "\n\n".join(ru))


def _quote_rows(session: Session, release_id: int) -> list[PressReleaseQuote]:
    return list(
        session.scalars(
            select(PressReleaseQuote)
            .where(PressReleaseQuote.release_id == release_id)
            .order_by(PressReleaseQuote.position)
        )
    )


def _text_of(release: PressRelease, session: Session) -> tuple[str, ...]:
    quotes = _quotes_text(session, release.id)
    return (
        release.title_ky,
        release.title_ru,
        release.lead_ky,
        release.lead_ru,
        release.body_ky,
        release.body_ru,
        quotes.ky,
        quotes.ru,
    )


def _load(session: Session, release_id: int) -> PressRelease:
    release = session.get(PressRelease, release_id)
    if release is None:
        raise ReleaseNotFound("release.missing", id=release_id)
    return release


def update_release(
    db: Database,
    release_id: int,
    data: ReleaseInput,
    *,
    by_name: str = "",
    seen_version: int | None = None,
) -> None:
    """Save changes; a change of the text of an approved release starts its next version.

    With ``seen_version`` (the row version the editor read) the change is refused with
    :class:`ChangedMeanwhile` when someone else changed the release since.
    """
    with db.session() as session:
        claim_unchanged(session, PressRelease, release_id, seen_version)
        release = _load(session, release_id)
        mark_changed(release)
        _checked(session, data)
        day = data.date or release.date
        if day.year != release.year:
            raise ReleaseError("release.year_fixed", year=release.year)
        before = _text_of(release, session)
        release.date = day
        _apply(session, release, data)
        session.flush()
        changed = _text_of(release, session) != before
        if changed and release.status in ("approved", "distributed"):
            old = release.status
            release.version += 1
            release.status = "draft"
            release.status_at = clock.now().replace(microsecond=0)
            _history(
                session,
                release.id,
                "status",
                old=old,
                new="draft",
                by_name=by_name,
                comment=f"v{release.version}",
            )
        elif changed:
            _history(session, release.id, "edit", by_name=by_name)
        session.commit()


def delete_release(db: Database, release_id: int) -> None:
    """Delete a release never approved; later unapproved ones of its year move up a number.

    Numbers stay without gaps: an approved release keeps its number, so a release before it
    cannot be deleted.
    """
    with db.session() as session:
        release = _load(session, release_id)
        if _approved_ever(session, release):
            raise ReleaseError("release.cannot_delete", number=release.number)
        later = list(
            session.scalars(
                select(PressRelease)
                .where(PressRelease.year == release.year, PressRelease.number > release.number)
                .order_by(PressRelease.number)
            )
        )
        if any(_approved_ever(session, other) for other in later):
            raise ReleaseError("release.later_approved", number=release.number)
        session.delete(release)
        session.flush()
        for other in later:
            other.number -= 1
            session.flush()
        session.commit()


def _approved_ever(session: Session, release: PressRelease) -> bool:
    if release.status in ("approved", "distributed"):
        return True
    found = session.scalar(
        select(PressReleaseVersion.id).where(PressReleaseVersion.release_id == release.id).limit(1)
    )
    return found is not None


def resolve_staff(db: Database, name: str) -> int:
    """Return the id of the staff member with this full name (case folded)."""
    folded = search_fold(name.strip())
    with db.session() as session:
        found = session.scalar(
            select(StaffMember.id).where(StaffMember.name_folded == folded).limit(1)
        )
        if found is None:
            for sid, full in session.execute(select(StaffMember.id, StaffMember.full_name)):
                if search_fold(full) == folded:
                    return int(sid)
            raise ReleaseError("release.no_staff_named", name=name)
        return int(found)


def set_status(
    db: Database,
    release_id: int,
    status: str,
    *,
    by_id: int | None = None,
    by_name: str = "",
    comment: str = "",
) -> None:
    """Move a release one step on, recording when, by whom and why.

    Returning needs a comment. Approving freezes the text as the current version; without a
    person named, the approval is recorded in the head's name from the profile.
    """
    if status not in RELEASE_STATUSES:
        raise ReleaseError(
            "field.unknown",
            field=Term("press release status"),
            value=status,
            allowed=RELEASE_STATUSES,
        )
    with db.session() as session:
        release = _load(session, release_id)
        if status not in STEPS[release.status]:
            raise ReleaseError(
                "release.bad_step", old=STATUS_TERMS[release.status], new=STATUS_TERMS[status]
            )
        comment = comment.strip()
        if status == "returned" and not comment:
            raise ReleaseError("release.return_needs_comment")
        if by_id is not None:
            member = session.get(StaffMember, by_id)
            if member is None:
                raise ReleaseError("release.no_staff", id=by_id)
            by_name = by_name or member.full_name
        if status == "approved" and not by_name:
            org = session.get(Organisation, 1)
            by_name = org.head_name if org is not None else ""
        now = clock.now().replace(microsecond=0)
        old = release.status
        release.status = status
        release.status_at = now
        release.return_comment = comment if status == "returned" else ""
        if status == "approved":
            quotes = _quotes_text(session, release.id)
            session.add(
                PressReleaseVersion(
                    release_id=release.id,
                    number=release.version,
                    title_ky=release.title_ky,
                    title_ru=release.title_ru,
                    lead_ky=release.lead_ky,
                    lead_ru=release.lead_ru,
                    body_ky=release.body_ky,
                    body_ru=release.body_ru,
                    quotes_ky=quotes.ky,
                    quotes_ru=quotes.ru,
                    approved_by=by_name,
                    approved_by_id=by_id,
                    approved_at=now,
                )
            )
        _history(
            session,
            release.id,
            "status",
            old=old,
            new=status,
            by_name=by_name,
            by_id=by_id,
            comment=comment,
        )
        session.commit()
