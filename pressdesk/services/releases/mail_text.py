"""A press release as e-mail: the subject and plain text in Kyrgyz and Russian, the mailing to
send, and for a mail client without PressDesk's server one BCC message or a ``mailto:`` link."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

from pressdesk.documents.builders_releases import ReleaseFacts, kind_label, word
from pressdesk.documents.locale import Lang, format_date_long
from pressdesk.documents.phrases import name_with_position
from pressdesk.fileio import atomic_write_bytes
from pressdesk.services.mail.batches import BatchDraft
from pressdesk.services.mail.compose import build_message, load_attachments, pick_language
from pressdesk.services.mail.sender import WIRE_POLICY
from pressdesk.services.profile import get_profile
from pressdesk.services.releases.printing import release_facts
from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.records import ReleaseError, ReleaseRow
from pressdesk.storage.engine import Database
from pressdesk.storage.mail_models import MailBatch

__all__ = [
    "MAILTO_LIMIT",
    "bcc_messages",
    "mail_draft",
    "mailto_links",
    "release_mail_texts",
    "source_of",
    "write_bcc_eml",
]

#: At most this many addresses go into one ``mailto:`` link; more need .eml files.
MAILTO_LIMIT = 20
# A longer link is cut by some mail clients and browsers: the text then stays out of it.
_MAILTO_LENGTH = 1800
_LANGS: tuple[Lang, ...] = ("ky", "ru")
# The words of the e-mail that the printed release does not have.
_WORDS: dict[str, dict[Lang, str]] = {
    "subject_embargo": {"ky": "[ЭМБАРГО {when} чейин]", "ru": "[ЭМБАРГО до {when}]"},
    "number": {"ky": "{kind} № {number}, {date}", "ru": "{kind} № {number}, {date}"},
    "attached": {"ky": "Тиркелген файлдар", "ru": "Приложенные файлы"},
}


def source_of(release_id: int) -> str:
    """Return the mark of the release's mailings in the mail engine (``release:12``)."""
    return f"release:{release_id}"


def _paragraphs(text: str) -> list[str]:
    chunks = [" ".join(chunk.split()) for chunk in text.replace("\r", "").split("\n\n")]
    return [chunk for chunk in chunks if chunk]


def _embargo_line(moment: dt.datetime, lang: Lang) -> str:
    when = word("at_time", lang).format(
        date=format_date_long(moment.date(), lang), time=f"{moment:%H:%M}"
    )
    return word("embargo", lang).format(when=when)


def _subject(facts: ReleaseFacts, lang: Lang) -> str:
    subject = f"{kind_label(facts.kind, lang)}: {facts.title}"
    if facts.embargo_at is not None:
        when = f"{facts.embargo_at:%d.%m.%Y %H:%M}"
        subject = f"{_WORDS['subject_embargo'][lang].format(when=when)} {subject}"
    return subject


def _body(facts: ReleaseFacts, lang: Lang, org_name: str) -> str:
    """The release as plain text: the embargo first, then what the printed release holds."""
    parts: list[str] = []
    if facts.embargo_at is not None:
        parts.append(_embargo_line(facts.embargo_at, lang))
    head = _WORDS["number"][lang].format(
        kind=kind_label(facts.kind, lang),
        number=facts.number,
        date=format_date_long(facts.date, lang),
    )
    parts.append("\n".join(line for line in (org_name, head) if line))
    parts.append(facts.title)
    parts.extend(_paragraphs(facts.lead))
    parts.extend(_paragraphs(facts.body))
    for item in facts.quotes:
        said = "\n".join(f"«{p}»" for p in _paragraphs(item.text))
        who = name_with_position(item.speaker, item.position)
        parts.append(f"{said}\n— {who}" if who else said)
    if facts.links:
        parts.append("\n".join([f"{word('links', lang)}:", *(f"- {u}" for u in facts.links)]))
    if facts.attachments:
        names = [f"- {name}" for name in facts.attachments]
        parts.append("\n".join([f"{_WORDS['attached'][lang]}:", *names]))
    contact = facts.contact
    if contact is not None and (contact.name or contact.phone or contact.email):
        lines = [f"{word('media_contact', lang)}:"]
        who = name_with_position(contact.name, contact.position)
        lines += [who] if who else []
        lines += [f"{word('phone', lang)}: {contact.phone}"] if contact.phone else []
        lines += [f"{word('email', lang)}: {contact.email}"] if contact.email else []
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def release_mail_texts(db: Database, release_id: int) -> dict[str, tuple[str, str]]:
    """Return ``{lang: (subject, text)}`` for each language the release has a title in.

    The subject names the kind and the title, headed by the embargo when there is one; the
    text opens with the embargo line, then the number and date, title, lead, body, quotes,
    links, the names of the attached files and whom the media call.
    """
    row = get_release(db, release_id)
    return _texts(db, row)


def _texts(db: Database, row: ReleaseRow) -> dict[str, tuple[str, str]]:
    profile = get_profile(db)
    texts: dict[str, tuple[str, str]] = {}
    for lang in _LANGS:
        if not row.title.get(lang).strip():
            continue
        facts = release_facts(db, row, lang)
        texts[lang] = (_subject(facts, lang), _body(facts, lang, profile.name(lang)))
    if not texts:
        raise ReleaseError("release.needs_title")
    return texts


def mail_draft(db: Database, release_id: int, *, wave_delay_minutes: int = 60) -> BatchDraft:
    """Return the mailing of a release for the mail engine: texts by language, attachments."""
    row = get_release(db, release_id)
    texts = _texts(db, row)
    return BatchDraft(
        subjects={lang: subject for lang, (subject, _) in texts.items()},
        bodies={lang: body for lang, (_, body) in texts.items()},
        attachments=tuple(Path(p) for p in row.attachments),
        source=source_of(release_id),
        wave_delay_minutes=wave_delay_minutes,
    )


def _batch(draft: BatchDraft) -> MailBatch:
    """A mailing held in memory only, for one message written to a file."""
    batch = MailBatch(attachments="\n".join(str(p) for p in draft.attachments), embargo_text="")
    for lang in ("ky", "ru", "en"):
        setattr(batch, f"subject_{lang}", draft.subjects.get(lang, ""))
        setattr(batch, f"body_{lang}", draft.bodies.get(lang, ""))
    return batch


def _by_language(batch: MailBatch, recipients: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """Group ``(address, language)`` pairs by the language each will be written in."""
    groups: dict[str, list[str]] = {}
    for address, language in recipients:
        groups.setdefault(pick_language(batch, language), []).append(address)
    return groups


def bcc_messages(
    db: Database, release_id: int, recipients: Sequence[tuple[str, str]], sender: str
) -> dict[str, EmailMessage]:
    """Return one message per language with the addresses in BCC, for the user's mail client.

    ``recipients`` are ``(address, language)`` pairs; the message is addressed to ``sender``
    (the mailbox itself), so no recipient sees another's address. ``X-Unsent`` makes mail
    clients open it as a message to send.
    """
    batch = _batch(mail_draft(db, release_id))
    attachments = load_attachments(batch)
    messages: dict[str, EmailMessage] = {}
    for lang, addresses in _by_language(batch, recipients).items():
        message = build_message(
            batch, sender=sender, address=sender, language=lang, attachments=attachments
        )
        if not sender:
            del message["From"]
            del message["To"]
            message["To"] = "undisclosed-recipients:;"
        message["Bcc"] = ", ".join(addresses)
        message["X-Unsent"] = "1"
        messages[lang] = message
    return messages


def write_bcc_eml(
    db: Database,
    release_id: int,
    recipients: Sequence[tuple[str, str]],
    path: str | os.PathLike[str],
    sender: str = "",
) -> list[Path]:
    """Write the BCC message(s) as .eml; with two languages, ``name-ky.eml`` and ``name-ru.eml``.

    Return the files written. Nothing is recorded: the user sends them from the mail client.
    """
    target = Path(path)
    messages = bcc_messages(db, release_id, recipients, sender)
    written: list[Path] = []
    for lang, message in messages.items():
        file = target if len(messages) == 1 else target.with_name(f"{target.stem}-{lang}.eml")
        atomic_write_bytes(file, message.as_bytes(policy=WIRE_POLICY))
        written.append(file)
    return written


def mailto_links(
    db: Database, release_id: int, recipients: Sequence[tuple[str, str]]
) -> dict[str, str]:
    """Return a ``mailto:`` link per language, the addresses in BCC, for a handful of people.

    More than ``MAILTO_LIMIT`` addresses are refused. The text goes into the link while it
    stays short enough for mail clients; attachments cannot travel in a link.
    """
    if len(recipients) > MAILTO_LIMIT:
        raise ReleaseError("release.mailto_too_many", limit=MAILTO_LIMIT, count=len(recipients))
    batch = _batch(mail_draft(db, release_id))
    links: dict[str, str] = {}
    for lang, addresses in _by_language(batch, recipients).items():
        subject = getattr(batch, f"subject_{lang}")
        body = getattr(batch, f"body_{lang}")
        link = f"mailto:?bcc={','.join(addresses)}&subject={quote(subject, safe='')}"
        with_body = f"{link}&body={quote(body, safe='')}"
        links[lang] = with_body if len(with_body) <= _MAILTO_LENGTH else link
    return links
