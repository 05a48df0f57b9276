"""Invite the media to an event: pick recipients, check equal access, write the media advisory
and the mail-merge table, and note the invitation in each person's interaction log."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.documents import Document, render
from pressdesk.documents.builders_events import AdvisoryContact, build_advisory, kind_and_title
from pressdesk.documents.locale import Lang, check_lang, format_date
from pressdesk.exchange.events_io import MergeEvent, RecipientLine, write_recipients
from pressdesk.messages import Term
from pressdesk.services.contacts import query as contacts_query
from pressdesk.services.contacts.log import InteractionRecord, log_interaction
from pressdesk.services.contacts.values import ContactError, ContactNotFound, PersonFilter
from pressdesk.services.events.printing import facts_of
from pressdesk.services.events.records import EventError, EventRow, event_ref, get_event
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import get_profile
from pressdesk.storage.contacts_models import Outlet
from pressdesk.storage.engine import Database

ADVISORY_FORMATS = (".docx", ".pdf")
RECIPIENT_FORMATS = (".csv", ".xlsx")
_OWNERSHIP: dict[str, dict[str, str]] = {
    "state": {"ky": "мамлекеттик", "ru": "государственное"},
    "private": {"ky": "жеке", "ru": "частное"},
}
_SUBJECT = {"ky": "Пресс-анонс", "ru": "Пресс-анонс"}
# What each document prints about the event.
ADVISORY_TEXTS = ("title", "place", "speakers", "organisers", "topic")
RECIPIENT_TEXTS = ("title", "place")


@dataclass(frozen=True)
class Recipient:
    """A person to invite, with the ownership of their outlet ("" without an outlet)."""

    person_id: int
    full_name: str
    position: Bi
    outlet_id: int | None
    outlet_name: str
    ownership: str
    email: str
    phone: str
    preferred_channel: str
    do_not_contact: bool


@dataclass(frozen=True)
class RecipientSet:
    """The chosen recipients, those left out for "do not contact", and the equal-access check."""

    recipients: tuple[Recipient, ...]
    excluded: tuple[Recipient, ...] = ()

    @property
    def state_count(self) -> int:
        """Return how many recipients work for state media."""
        return sum(r.ownership == "state" for r in self.recipients)

    @property
    def private_count(self) -> int:
        """Return how many recipients work for private media."""
        return sum(r.ownership == "private" for r in self.recipients)

    @property
    def balance(self) -> str:
        """Return "mixed", "state_only", "private_only" or "none" (no outlet known)."""
        state, private = self.state_count, self.private_count
        if state and private:
            return "mixed"
        if state:
            return "state_only"
        return "private_only" if private else "none"

    @property
    def warning(self) -> str:
        """Return the equal-access warning, or "" when state and private media are both invited."""
        if self.balance == "state_only":
            return (
                f"Only state media are invited ({self.state_count} people). Equal access is a "
                "principle of the press service: add private and independent outlets."
            )
        if self.balance == "private_only":
            return (
                f"Only private media are invited ({self.private_count} people). Equal access is "
                "a principle of the press service: add state outlets."
            )
        return ""

    @property
    def without_email(self) -> tuple[Recipient, ...]:
        """Return recipients that have no e-mail address (to call or message instead)."""
        return tuple(r for r in self.recipients if not r.email)


def _recipients(db: Database, ids: Sequence[int]) -> list[Recipient]:
    with db.session() as session:
        rows = contacts_query.person_rows(session, ids)
        outlets = {r.outlet_id for r in rows if r.outlet_id is not None}
        ownership: dict[int, str] = {}
        if outlets:
            query = select(Outlet.id, Outlet.ownership).where(Outlet.id.in_(outlets))
            ownership = {int(row[0]): str(row[1]) for row in session.execute(query)}
    return [
        Recipient(
            person_id=r.id,
            full_name=r.full_name,
            position=r.position,
            outlet_id=r.outlet_id,
            outlet_name=r.outlet_name,
            ownership=ownership.get(r.outlet_id, "") if r.outlet_id is not None else "",
            email=r.email,
            phone=r.phone,
            preferred_channel=r.preferred_channel,
            do_not_contact=r.do_not_contact,
        )
        for r in rows
    ]


def resolve_recipients(
    db: Database,
    *,
    list_ids: Iterable[int] = (),
    filters: Iterable[PersonFilter] = (),
    person_ids: Iterable[int] = (),
) -> RecipientSet:
    """Return everyone on the given lists, matching the filters or person_ids by id, once each.

    People marked "do not contact" are set apart in ``excluded``.
    """
    ids: dict[int, None] = {}
    try:
        for list_id in list_ids:
            ids.update(dict.fromkeys(contacts_query.person_ids(db, PersonFilter(list_id=list_id))))
        for flt in filters:
            ids.update(dict.fromkeys(contacts_query.person_ids(db, flt)))
    except (ContactError, ContactNotFound) as exc:
        raise EventError(exc.code, **exc.values) from exc  # worded by its code
    ids.update(dict.fromkeys(person_ids))
    found = _recipients(db, list(ids))
    return RecipientSet(
        recipients=tuple(r for r in found if not r.do_not_contact),
        excluded=tuple(r for r in found if r.do_not_contact),
    )


def _invitable(db: Database, event_id: int) -> EventRow:
    row = get_event(db, event_id)
    if row.protocol:
        title = row.title.text(get_profile(db).default_doc_lang)
        raise EventError("events.protocol_no_advisory", title=title)
    return row


def advisory_document(
    db: Database, event_id: int, *, lang: Lang | str, generated_at: dt.datetime | None = None
) -> Document:
    """Return the media advisory (пресс-анонс): what, when, where, who speaks, whom to call."""
    language = check_lang(lang)
    row = _invitable(db, event_id)
    profile = get_profile(db)
    contact = AdvisoryContact(
        name=profile.secretary_name,
        title=profile.secretary_title(language),
        phone=profile.phone,
        email=profile.email,
    )
    until = row.starts_at.date() - dt.timedelta(days=1)
    return build_advisory(
        facts_of(row, language),
        contact,
        lang=language,
        org_name=profile.name(language),
        accreditation_until=until if until >= clock.today() else None,
        generated_at=generated_at,
    )


def advisory_refs(db: Database, event_id: int) -> list[Ref]:
    """Return the records the media advisory prints: the event's title, place, speakers,
    organisers and topic (the contact comes from the organisation profile)."""
    _invitable(db, event_id)
    return [event_ref(event_id, ADVISORY_TEXTS)]


def recipients_refs(db: Database, event_id: int, recipients: Sequence[Recipient] = ()) -> list[Ref]:
    """Return the records the mail-merge table prints: the event's title and place, and the
    positions of the recipients."""
    _invitable(db, event_id)
    people = sorted({r.person_id for r in recipients})
    return [
        event_ref(event_id, RECIPIENT_TEXTS),
        *(Ref("person", person_id, ("position",)) for person_id in people),
    ]


def invitation_refs(
    db: Database,
    event_id: int,
    recipients: Sequence[Recipient] = (),
    *,
    advisory: bool = True,
    table: bool = True,
) -> list[Ref]:
    """Return the records the advisory and the recipients table of an invitation print."""
    refs = advisory_refs(db, event_id) if advisory else []
    return refs + (recipients_refs(db, event_id, recipients) if table else [])


def check_advisory_path(path: str | os.PathLike[str]) -> None:
    """Raise EventError unless ``path`` is a file type the advisory is written as."""
    suffix = Path(path).suffix.lower()
    if suffix not in ADVISORY_FORMATS:
        raise EventError(
            "file.cannot_write_as",
            what=Term("an advisory"),
            suffix=suffix or Term("a file without extension"),
            allowed=ADVISORY_FORMATS,
        )


def check_recipients_path(path: str | os.PathLike[str]) -> None:
    """Raise EventError unless ``path`` is a file type the recipients table is written as."""
    suffix = Path(path).suffix.lower()
    if suffix not in RECIPIENT_FORMATS:
        raise EventError(
            "file.cannot_write_as",
            what=Term("recipients"),
            suffix=suffix or Term("a file without extension"),
            allowed=RECIPIENT_FORMATS,
        )


def export_advisory(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    font_path: str | None = None,
) -> None:
    """Write the media advisory to ``path`` (.docx or .pdf)."""
    check_advisory_path(path)
    render(advisory_document(db, event_id, lang=lang), path, font_path=font_path)


def export_recipients(
    db: Database,
    event_id: int,
    recipients: Sequence[Recipient],
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
) -> int:
    """Write the mail-merge table of recipients (.csv or .xlsx); return the number of rows."""
    language = check_lang(lang)
    check_recipients_path(path)
    row = _invitable(db, event_id)
    same_day = row.starts_at.date() == row.ends_at.date()
    event = MergeEvent(
        title=kind_and_title(row.kind, row.title.get(language), language),
        date=format_date(row.starts_at.date(), language),
        time=f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}" if same_day else f"{row.starts_at:%H:%M}",
        place=row.place.get(language),
    )
    lines = [
        RecipientLine(
            full_name=r.full_name,
            position=r.position.get(language),
            outlet=r.outlet_name,
            ownership=_OWNERSHIP.get(r.ownership, {}).get(language, ""),
            email=r.email,
            phone=r.phone,
            channel=r.preferred_channel,
        )
        for r in recipients
    ]
    return write_recipients(path, lines, event, lang=language)


def record_invitations(
    db: Database,
    event_id: int,
    person_ids: Iterable[int],
    *,
    on: dt.date | None = None,
    channel: str = "email",
    lang: Lang | str = "ky",
) -> int:
    """Note the invitation in each person's interaction log; return how many entries."""
    language = check_lang(lang)
    row = _invitable(db, event_id)
    title = row.title.text(language)
    subject = f"{_SUBJECT[language]}: {title} ({format_date(row.starts_at.date(), language)})"
    count = 0
    for pid in dict.fromkeys(person_ids):
        try:
            log_interaction(
                db,
                InteractionRecord(
                    happened_on=on or clock.today(),
                    channel=channel,
                    subject=subject[:500],
                    note=f"event-{event_id}",
                    person_id=pid,
                ),
            )
        except (ContactError, ContactNotFound) as exc:
            raise EventError(exc.code, **exc.values) from exc  # worded by its code
        count += 1
    return count


@dataclass(frozen=True)
class InvitationResult:
    """What ``invite`` did: files written, log entries added, and the equal-access warning."""

    recipients: int
    logged: int
    warning: str
    advisory: Path | None = None
    table: Path | None = None


def invite(
    db: Database,
    event_id: int,
    chosen: RecipientSet,
    *,
    lang: Lang | str,
    advisory_path: str | os.PathLike[str] | None = None,
    table_path: str | os.PathLike[str] | None = None,
    log: bool = True,
    on: dt.date | None = None,
    channel: str = "email",
    font_path: str | None = None,
) -> InvitationResult:
    """Write the advisory and the recipients table, then log the invitation for each person."""
    if advisory_path is not None:
        export_advisory(db, event_id, advisory_path, lang=lang, font_path=font_path)
    if table_path is not None:
        export_recipients(db, event_id, chosen.recipients, table_path, lang=lang)
    logged = 0
    if log:
        ids = [r.person_id for r in chosen.recipients]
        logged = record_invitations(db, event_id, ids, on=on, channel=channel, lang=lang)
    return InvitationResult(
        recipients=len(chosen.recipients),
        logged=logged,
        warning=chosen.warning,
        advisory=Path(advisory_path) if advisory_path is not None else None,
        table=Path(table_path) if table_path is not None else None,
    )
