"""Who got a press release: the recipients of its mailings with their results, the entries in
their interaction logs, the «distributed» status once a message has gone out, and the user's
decision on a recipient in doubt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from pressdesk import clock
from pressdesk.documents.builders_releases import kind_label
from pressdesk.services.contacts.log import refresh_last_contacted
from pressdesk.services.mail import batches
from pressdesk.services.releases.mail_text import source_of
from pressdesk.services.releases.records import ReleaseError, _history, _load, set_status
from pressdesk.storage.contacts_models import Interaction, Person
from pressdesk.storage.engine import Database
from pressdesk.storage.mail_models import MailBatch, MailRecipient

__all__ = [
    "ReleaseRecipient",
    "log_deliveries",
    "mark_distributed",
    "release_recipients",
    "settle_recipient",
]

# What the interaction log says, in the language the person got the release in.
_LOG_SUBJECT = {
    "ky": "Электрондук почта аркылуу жөнөтүлдү: {kind} № {number} «{title}»",
    "ru": "Отправлено по электронной почте: {kind} № {number} «{title}»",
}


@dataclass(frozen=True)
class ReleaseRecipient:
    """One message of the release's mailings: to whom, which wave, when, and what came of it.

    ``status``: queued, sending, in_doubt, sent, refused or skipped; ``reason``: the skip
    code, the server's reply or the .eml file written; ``at``: local time of the result (or of
    the attempt); ``by_file``: written as an .eml file for the mail client, not sent by
    PressDesk.
    """

    id: int
    batch_id: int
    person_id: int | None
    name: str
    address: str
    language: str
    wave: str
    status: str
    reason: str
    at: dt.datetime | None
    by_file: bool = False


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _day(moment: dt.datetime | None) -> dt.date | None:
    local = _local(moment)
    return local.date() if local is not None else None


def _release_rows(db: Database, release_id: int) -> list[MailRecipient]:
    source = source_of(release_id)
    with db.session() as session:
        rows = list(
            session.scalars(
                select(MailRecipient)
                .join(MailBatch, MailBatch.id == MailRecipient.batch_id)
                .where(MailBatch.source == source)
                .order_by(MailRecipient.batch_id, MailRecipient.wave != "first", MailRecipient.id)
            )
        )
        session.expunge_all()
    return rows


def release_recipients(db: Database, release_id: int) -> list[ReleaseRecipient]:
    """Return every recipient of every mailing of the release, mailing by mailing, first wave
    first: the «who got what» of the release."""
    return [
        ReleaseRecipient(
            id=r.id,
            batch_id=r.batch_id,
            person_id=r.person_id,
            name=r.name,
            address=r.address,
            language=r.language,
            wave=r.wave,
            status=r.status,
            reason=r.reason,
            at=_local(r.finished_at or r.started_at),
            by_file=r.status == "sent" and r.reason.endswith(".eml"),
        )
        for r in _release_rows(db, release_id)
    ]


def mark_distributed(
    db: Database, release_id: int, by_name: str = "", *, unapproved_confirmed: bool = False
) -> str:
    """Make the release «distributed» once a message of it has gone out; return its status.

    An approved release takes the step of its status flow; one not approved only when the user
    confirmed sending it so (``unapproved_confirmed``), so a text changed since the send is not
    marked as gone out behind the user's back.
    """
    sent = any(r.status == "sent" for r in _release_rows(db, release_id))
    with db.session() as session:
        release = _load(session, release_id)
        status = release.status
    if not sent or status == "distributed":
        return status
    if status == "approved":
        set_status(db, release_id, "distributed", by_name=by_name)
        return "distributed"
    if not unapproved_confirmed:
        return status
    # Sent without approval, as the user confirmed (recorded before sending).
    with db.session() as session:
        release = _load(session, release_id)
        _history(session, release.id, "status", old=status, new="distributed", by_name=by_name)
        release.status = "distributed"
        release.status_at = clock.now().replace(microsecond=0)
    return "distributed"


def _log_subject(db: Database, release_id: int, lang: str) -> str:
    lang = lang if lang in ("ky", "ru") else "ky"
    with db.session() as session:
        release = _load(session, release_id)
        title = (release.title_ky, release.title_ru)
        kind, number = release.kind, f"{release.number}/{release.year}"
    text = (title[0] if lang == "ky" else title[1]) or title[0] or title[1]
    subject = _LOG_SUBJECT[lang].format(
        kind=kind_label(kind, lang),  # type: ignore[arg-type]
        number=number,
        title=text,
    )
    return subject[:500]


def log_deliveries(db: Database, release_id: int) -> int:
    """Note each message of the release sent to a person in their interaction log, once.

    Safe to call again (after a crash, a resume, a decision on one in doubt): a person already
    noted for this release is not noted twice. Return how many entries were added.
    """
    note = f"release-{release_id}"
    sent = [r for r in _release_rows(db, release_id) if r.status == "sent" and r.person_id]
    if not sent:
        return 0
    subjects = {lang: _log_subject(db, release_id, lang) for lang in ("ky", "ru")}
    today = clock.today()
    with db.session() as session:
        noted = set(
            session.scalars(
                select(Interaction.person_id).where(
                    Interaction.note == note, Interaction.channel == "email"
                )
            )
        )
        people = {
            int(pid): outlet
            for pid, outlet in session.execute(
                select(Person.id, Person.outlet_id).where(
                    Person.id.in_([r.person_id for r in sent])
                )
            )
        }
        added: list[int] = []
        for row in sent:
            pid = row.person_id
            if pid is None or pid in noted or pid not in people:
                continue
            noted.add(pid)
            session.add(
                Interaction(
                    person_id=pid,
                    outlet_id=people[pid],
                    happened_on=_day(row.finished_at) or today,
                    channel="email",
                    subject=subjects["ru" if row.language == "ru" else "ky"],
                    note=note,
                )
            )
            added.append(pid)
        session.flush()
        refresh_last_contacted(session, added)
    return len(added)


def settle_recipient(
    db: Database, release_id: int, recipient_id: int, *, was_sent: bool, by_name: str = ""
) -> None:
    """Record the user's decision on a recipient in doubt: it was sent (noted in the log), or
    it goes back to the queue and the next send or resume sends it."""
    source = source_of(release_id)
    with db.session() as session:
        found = session.scalar(
            select(MailRecipient.id)
            .join(MailBatch, MailBatch.id == MailRecipient.batch_id)
            .where(MailRecipient.id == recipient_id, MailBatch.source == source)
        )
    if found is None:
        raise ReleaseError("record.missing")
    batches.settle_in_doubt(db, recipient_id, was_sent=was_sent)
    if was_sent:
        log_deliveries(db, release_id)
        mark_distributed(db, release_id, by_name)
