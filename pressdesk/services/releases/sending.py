"""Send a press release to the media through the mail engine.

The recipients come from a distribution list or all media people; each gets an individual
message in their language, the first wave first. The rules a careful press secretary keeps:

- a release not approved goes out only when the user confirms, and that is recorded in its
  history;
- people who already got the release never get it again: a second send goes to the new people
  only, and only when the user confirms;
- an interrupted mailing resumes where it stopped; a recipient in doubt is listed for the user
  to decide, never resent silently.

Each message sent is noted in the person's interaction log; once one has gone out the release
is «distributed» (see ``deliveries``, whose functions are offered here too).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import exists, or_, select

from pressdesk.services.contacts import query as contacts_query
from pressdesk.services.contacts.lists import find_list
from pressdesk.services.contacts.values import ContactError, ContactNotFound, PersonFilter
from pressdesk.services.mail import batches
from pressdesk.services.mail.addresses import is_address
from pressdesk.services.mail.batches import RecipientDraft
from pressdesk.services.mail.people import recipients_from_people
from pressdesk.services.mail.sender import SendReport, Transport, send_batch
from pressdesk.services.profile import get_profile
from pressdesk.services.releases.deliveries import (
    ReleaseRecipient,
    _release_rows,
    log_deliveries,
    mark_distributed,
    release_recipients,
    settle_recipient,
)
from pressdesk.services.releases.mail_text import mail_draft, source_of
from pressdesk.services.releases.records import (
    STATUS_TERMS,
    ReleaseError,
    _history,
    _load,
)
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.engine import Database
from pressdesk.storage.mail_models import MailBatch, MailRecipient
from pressdesk.storage.releases_models import PressReleaseVersion

__all__ = [
    "MEDIA_KINDS",
    "PlannedRecipient",
    "ReleaseRecipient",
    "SendOutcome",
    "SendPlan",
    "check_confirmations",
    "choose_people",
    "log_deliveries",
    "mark_distributed",
    "plan_sending",
    "release_recipients",
    "resume_release",
    "send_release",
    "settle_recipient",
]

#: The kinds of people «all media» means, besides anyone who works for an outlet.
MEDIA_KINDS = frozenset({"journalist", "editor", "camera_operator", "photographer", "blogger"})
# Statuses meaning the person has, or may have, the release, or will get it from an open mailing.
_GOT = ("sent", "in_doubt")
_OPEN = ("queued", "sending")
# What the history says, in the language of the profile.
_UNAPPROVED_NOTE = {
    "ky": "Макулдашылбаган текст колдонуучунун ырастоосу менен жөнөтүлдү",
    "ru": "Несогласованный текст отправлен после подтверждения пользователя",
}


@dataclass(frozen=True)
class PlannedRecipient:
    """A chosen person as the send will treat them; ``reason`` is the skip code, if skipped."""

    person_id: int | None
    name: str
    address: str
    language: str
    wave: str
    ownership: str = ""
    outlet: str = ""
    reason: str = ""


@dataclass(frozen=True)
class SendPlan:
    """What sending a release to the chosen people would do, to show before sending.

    ``to_send``: people who get it now; ``skipped``: do-not-contact, no or bad address, with
    the reason; ``already``: chosen people who got it (or may have: in doubt) before;
    ``pending``: messages of an interrupted mailing still to go; ``in_doubt``: recipients
    waiting for the user's decision.
    """

    release_id: int
    label: str
    status: str
    to_send: tuple[PlannedRecipient, ...]
    skipped: tuple[PlannedRecipient, ...]
    already: tuple[PlannedRecipient, ...]
    pending: int = 0
    in_doubt: tuple[ReleaseRecipient, ...] = ()
    #: The text going out is the approved one (approved, or distributed after approval).
    approved: bool = False

    @property
    def needs_approval_confirmation(self) -> bool:
        """Return True if sending would need the user to confirm an unapproved text."""
        return not self.approved and bool(self.to_send or self.pending)

    @property
    def needs_again_confirmation(self) -> bool:
        """Return True if some chosen people already got it and new ones would get it now."""
        return bool(self.to_send) and bool(self.already)

    @property
    def state_count(self) -> int:
        """Return how many people getting it now work for state media."""
        return sum(r.ownership == "state" for r in self.to_send)

    @property
    def private_count(self) -> int:
        """Return how many people getting it now work for private media."""
        return sum(r.ownership == "private" for r in self.to_send)

    @property
    def balance(self) -> str:
        """Return "mixed", "state_only", "private_only" or "none" (no outlet known)."""
        state, private = self.state_count, self.private_count
        if state and private:
            return "mixed"
        if state:
            return "state_only"
        return "private_only" if private else "none"


@dataclass
class SendOutcome:
    """What ``send_release`` did, for the window and the command line to report."""

    plan: SendPlan
    report: SendReport = field(default_factory=SendReport)
    logged: int = 0
    status: str = ""
    #: Messages still queued after the run (the rest wave when only the first was sent).
    waiting: int = 0


def choose_people(
    db: Database,
    *,
    list_id: int | None = None,
    list_name: str = "",
    all_media: bool = False,
    where: PersonFilter | None = None,
) -> list[int]:
    """Return the ids of the people to send to, in the contact base's order.

    A distribution list by id or name, or all media people (journalists, editors, camera
    operators, photographers, bloggers, and anyone working for an outlet); ``where`` narrows
    either down (ownership, region, first wave…).
    """
    try:
        if list_name.strip():
            list_id = find_list(db, list_name).id
    except ContactNotFound:
        raise ReleaseError("release.no_list", name=list_name.strip()) from None
    try:
        if list_id is not None:
            ids = contacts_query.person_ids(db, PersonFilter(list_id=list_id))
        elif all_media:
            with db.session() as session:
                media = set(
                    session.scalars(
                        select(Person.id).where(
                            or_(Person.kind.in_(MEDIA_KINDS), Person.outlet_id.is_not(None))
                        )
                    )
                )
            ids = [i for i in contacts_query.person_ids(db, PersonFilter()) if i in media]
        else:
            raise ReleaseError("release.choose_recipients")
        if where is not None:
            narrowed = set(contacts_query.person_ids(db, where))
            ids = [i for i in ids if i in narrowed]
    except (ContactError, ContactNotFound) as exc:
        raise ReleaseError(exc.code, **exc.values) from exc  # worded by its code
    return ids


def _outlets(db: Database, person_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Return ``{person id: (ownership, outlet name)}`` for the people with an outlet."""
    with db.session() as session:
        rows = session.execute(
            select(Person.id, Outlet.ownership, Outlet.name)
            .join(Outlet, Outlet.id == Person.outlet_id)
            .where(Person.id.in_(list(person_ids)))
        )
        return {int(pid): (str(own), str(name)) for pid, own, name in rows}


def _skip_reason(draft: RecipientDraft, seen: set[str]) -> str:
    """The engine's reasons to skip a recipient, known before the mailing is made."""
    address = draft.address.strip()
    if draft.skip_reason:
        return draft.skip_reason
    if not address:
        return "problem.no_email"
    if not is_address(address):
        return "problem.not_email"
    if address.lower() in seen:
        return "problem.duplicate_address"
    seen.add(address.lower())
    return ""


def plan_sending(db: Database, release_id: int, person_ids: Iterable[int]) -> SendPlan:
    """Return what sending the release to ``person_ids`` would do; nothing is changed.

    People who got the release from an earlier mailing (or may have: in doubt), or are still
    queued in an interrupted one, are not sent to again.
    """
    with db.session() as session:
        release = _load(session, release_id)
        label, status = f"{release.number}/{release.year}", release.status
        frozen = session.scalar(
            select(PressReleaseVersion.id).where(
                PressReleaseVersion.release_id == release_id,
                PressReleaseVersion.number == release.version,
            )
        )
        # A release sent out without approval is «distributed» but its text was never approved.
        approved = status == "approved" or (status == "distributed" and frozen is not None)
    earlier = _release_rows(db, release_id)
    got_people = {r.person_id for r in earlier if r.status in _GOT and r.person_id is not None}
    got_addresses = {r.address.lower() for r in earlier if r.status in _GOT and r.address}
    open_people = {r.person_id for r in earlier if r.status in _OPEN and r.person_id is not None}
    open_addresses = {r.address.lower() for r in earlier if r.status in _OPEN and r.address}
    drafts = recipients_from_people(db, person_ids)
    outlets = _outlets(db, [d.person_id for d in drafts if d.person_id is not None])
    to_send: list[PlannedRecipient] = []
    skipped: list[PlannedRecipient] = []
    already: list[PlannedRecipient] = []
    seen: set[str] = set(open_addresses)
    for draft in drafts:
        address = draft.address.strip()
        ownership, outlet = outlets.get(draft.person_id or 0, ("", ""))
        planned = PlannedRecipient(
            draft.person_id, draft.name, address, draft.language, draft.wave, ownership, outlet
        )
        if draft.person_id in got_people or address.lower() in got_addresses:
            already.append(planned)
            continue
        if draft.person_id in open_people:
            continue  # goes with the interrupted mailing when it resumes
        reason = _skip_reason(draft, seen)
        if reason:
            skipped.append(replace(planned, reason=reason))
        else:
            to_send.append(planned)
    return SendPlan(
        release_id=release_id,
        label=label,
        status=status,
        to_send=tuple(to_send),
        skipped=tuple(skipped),
        already=tuple(already),
        pending=sum(r.status in _OPEN for r in earlier),
        in_doubt=tuple(r for r in release_recipients(db, release_id) if r.status == "in_doubt"),
        approved=approved,
    )


def _doc_lang(db: Database) -> str:
    lang = get_profile(db).default_doc_lang
    return lang if lang in ("ky", "ru") else "ky"


def check_confirmations(
    db: Database,
    plan: SendPlan,
    *,
    confirm_unapproved: bool = False,
    confirm_again: bool = False,
    by_name: str = "",
) -> None:
    """Refuse what needs the user's word and was not confirmed; record a confirmed unapproved
    send in the release's history.

    Raise ``ReleaseError`` with ``release.send_unapproved`` or ``release.send_again`` (the
    window asks and calls again with the confirmation), or ``release.nothing_new`` when there
    is nobody to send to.
    """
    if not plan.to_send and not plan.pending:
        raise ReleaseError("release.nothing_new", number=plan.label, count=len(plan.already))
    if plan.needs_again_confirmation and not confirm_again:
        raise ReleaseError(
            "release.send_again",
            number=plan.label,
            count=len(plan.already),
            new=len(plan.to_send),
        )
    if plan.needs_approval_confirmation:
        if not confirm_unapproved:
            raise ReleaseError(
                "release.send_unapproved", number=plan.label, status=STATUS_TERMS[plan.status]
            )
        note = _UNAPPROVED_NOTE[_doc_lang(db)]
        with db.session() as session:
            release = _load(session, plan.release_id)
            _history(
                session,
                release.id,
                "status",
                old=release.status,
                new=release.status,
                by_name=by_name,
                comment=note,
            )


def send_release(
    db: Database,
    release_id: int,
    person_ids: Iterable[int],
    transport: Transport,
    sender: str,
    *,
    wave: str = "all",
    rest_now: bool = False,
    confirm_unapproved: bool = False,
    confirm_again: bool = False,
    by_name: str = "",
    per_minute: int = 0,
    wave_delay_minutes: int = 60,
    retry_pause: float = 5.0,
    sleep: Callable[[float], None] = time.sleep,
    on_progress: Callable[[int, int], None] | None = None,
) -> SendOutcome:
    """Send the release to the chosen people who have not got it, and resume what was cut off.

    Interrupted mailings of the release go on first (their recipients in doubt are reported,
    not resent); then a new mailing goes to the people never sent to. With no people given
    it only resumes, and does nothing when nothing is left to send. ``wave``, ``rest_now``,
    ``per_minute``, ``retry_pause`` and ``sleep`` are those of ``send_batch``. ``UserError``
    from the engine (login refused, server gone, attachment missing) stops the run with
    everything done so far recorded and logged.
    """
    chosen = list(person_ids)
    plan = plan_sending(db, release_id, chosen)
    if not chosen and not plan.pending:
        return SendOutcome(plan, status=plan.status)  # a resume with nothing left to send
    check_confirmations(
        db,
        plan,
        confirm_unapproved=confirm_unapproved,
        confirm_again=confirm_again,
        by_name=by_name,
    )
    outcome = SendOutcome(plan)
    draft = (
        mail_draft(db, release_id, wave_delay_minutes=wave_delay_minutes) if plan.to_send else None
    )
    try:
        open_ids = _open_batches(db, release_id)
        if draft is not None:
            recipients = [
                RecipientDraft(r.address, r.language, r.wave, r.person_id, r.name, r.reason)
                for r in (*plan.to_send, *plan.skipped)
            ]
            open_ids.append(batches.create_batch(db, draft, recipients))
        for batch_id in open_ids:
            report = send_batch(
                db,
                batch_id,
                transport,
                sender,
                wave=wave,
                rest_now=rest_now,
                per_minute=per_minute,
                retry_pause=retry_pause,
                sleep=sleep,
                on_progress=on_progress,
            )
            _merge(outcome.report, report)
    finally:
        outcome.logged = log_deliveries(db, release_id)
        outcome.status = mark_distributed(
            db, release_id, by_name, unapproved_confirmed=confirm_unapproved
        )
    outcome.waiting = sum(r.status == "queued" for r in _release_rows(db, release_id))
    return outcome


def resume_release(
    db: Database,
    release_id: int,
    transport: Transport,
    sender: str,
    **options: object,
) -> SendOutcome:
    """Go on with the interrupted mailings of the release, sending to nobody new.

    ``options`` are those of ``send_release``.
    """
    return send_release(db, release_id, (), transport, sender, **options)  # type: ignore[arg-type]


def _merge(total: SendReport, part: SendReport) -> None:
    total.sent.extend(part.sent)
    total.refused.extend(part.refused)
    total.in_doubt.extend(a for a in part.in_doubt if a not in total.in_doubt)
    total.rest_waiting += part.rest_waiting
    if part.rest_due is not None:
        total.rest_due = max(total.rest_due or part.rest_due, part.rest_due)


def _open_batches(db: Database, release_id: int) -> list[int]:
    """Return the release's mailings that still have messages queued or being sent."""
    with db.session() as session:
        return list(
            session.scalars(
                select(MailBatch.id)
                .where(
                    MailBatch.source == source_of(release_id),
                    exists().where(
                        MailRecipient.batch_id == MailBatch.id,
                        MailRecipient.status.in_(_OPEN),
                    ),
                )
                .order_by(MailBatch.id)
            )
        )
