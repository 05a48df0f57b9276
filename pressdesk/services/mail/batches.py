"""Mailings as records: create one with its recipients, list them, settle the ones in doubt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update

from pressdesk.messages import UserError
from pressdesk.services.mail.addresses import is_address
from pressdesk.storage.engine import Database
from pressdesk.storage.mail_models import MAIL_LANGUAGES, WAVES, MailBatch, MailRecipient
from pressdesk.storage.models import stored_now


@dataclass(frozen=True)
class BatchDraft:
    """What a mailing sends; ``subjects`` and ``bodies`` by language (ky, ru, en)."""

    subjects: dict[str, str]
    bodies: dict[str, str]
    attachments: Sequence[Path] = ()
    embargo_text: str = ""
    source: str = ""
    wave_delay_minutes: int = 60


@dataclass(frozen=True)
class RecipientDraft:
    """One person or address to send to; ``skip_reason`` is a message code (do-not-contact…)."""

    address: str
    language: str = "ky"
    wave: str = "rest"
    person_id: int | None = None
    name: str = ""
    skip_reason: str = ""


@dataclass
class RecipientRow:
    """A recipient as the lists show it."""

    id: int
    name: str
    address: str
    language: str
    wave: str
    status: str
    reason: str
    attempts: int
    person_id: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


def languages_of(batch: MailBatch) -> list[str]:
    """Return the languages the batch has a subject and a body in, in the order ky, ru, en."""
    return [
        lang
        for lang in MAIL_LANGUAGES
        if getattr(batch, f"subject_{lang}").strip() and getattr(batch, f"body_{lang}").strip()
    ]


def create_batch(db: Database, draft: BatchDraft, recipients: Iterable[RecipientDraft]) -> int:
    """Store a mailing and its recipients (all queued, or skipped with a reason); return its id.

    People without an address, with an address that is not one, or marked «do not contact»
    are kept as skipped with the reason, so the lists show them; an address already in the
    mailing is skipped too, so nobody gets the same message twice.
    """
    batch = MailBatch(
        source=draft.source,
        attachments="\n".join(str(p) for p in draft.attachments),
        embargo_text=draft.embargo_text.strip(),
        wave_delay_minutes=max(0, draft.wave_delay_minutes),
    )
    for lang in MAIL_LANGUAGES:
        setattr(batch, f"subject_{lang}", draft.subjects.get(lang, "").strip())
        setattr(batch, f"body_{lang}", draft.bodies.get(lang, ""))
    if not languages_of(batch):
        raise UserError("mail.no_text")
    with db.session() as session:
        session.add(batch)
        session.flush()
        seen: set[str] = set()
        for item in recipients:
            address = item.address.strip()
            reason = item.skip_reason
            if not reason:
                if not address:
                    reason = "problem.no_email"
                elif not is_address(address):
                    reason = "problem.not_email"
                elif address.lower() in seen:
                    reason = "problem.duplicate_address"
            if not reason:
                seen.add(address.lower())
            session.add(
                MailRecipient(
                    batch_id=batch.id,
                    person_id=item.person_id,
                    name=item.name[:300],
                    address=address[:320],
                    language=item.language if item.language in MAIL_LANGUAGES else "ky",
                    wave=item.wave if item.wave in WAVES else "rest",
                    status="skipped" if reason else "queued",
                    reason=reason,
                )
            )
        return batch.id


def recover(db: Database, batch_id: int) -> list[RecipientRow]:
    """Mark recipients left «sending» by an interrupted run as «in doubt»; return all in doubt.

    Their message may or may not have been accepted by the server: they are never resent nor
    counted as sent until the user decides (``settle_in_doubt``).
    """
    with db.session() as session:
        session.execute(
            update(MailRecipient)
            .where(MailRecipient.batch_id == batch_id, MailRecipient.status == "sending")
            .values(status="in_doubt", updated_at=stored_now())
        )
    return recipients(db, batch_id, status="in_doubt")


def settle_in_doubt(db: Database, recipient_id: int, *, was_sent: bool) -> None:
    """Record the user's decision on a recipient in doubt: sent, or to be sent again."""
    with db.session() as session:
        row = session.get(MailRecipient, recipient_id)
        if row is None:
            raise UserError("record.missing")
        if row.status != "in_doubt":
            return
        row.status = "sent" if was_sent else "queued"
        row.finished_at = stored_now() if was_sent else None


def recipients(db: Database, batch_id: int, *, status: str | None = None) -> list[RecipientRow]:
    """Return the recipients of a mailing, first wave first, in the order they were added."""
    query = select(MailRecipient).where(MailRecipient.batch_id == batch_id)
    if status is not None:
        query = query.where(MailRecipient.status == status)
    query = query.order_by(MailRecipient.wave != "first", MailRecipient.id)
    with db.session() as session:
        return [
            RecipientRow(
                id=r.id,
                name=r.name,
                address=r.address,
                language=r.language,
                wave=r.wave,
                status=r.status,
                reason=r.reason,
                attempts=r.attempts,
                person_id=r.person_id,
            )
            for r in session.scalars(query)
        ]


def status_counts(db: Database, batch_id: int) -> dict[str, int]:
    """Return how many recipients of the mailing are in each status."""
    counts: dict[str, int] = {}
    for row in recipients(db, batch_id):
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts
