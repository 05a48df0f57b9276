"""One individual message per recipient: their language, the embargo, the attachments."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from pressdesk import clock
from pressdesk.messages import UserError
from pressdesk.services.mail.batches import languages_of
from pressdesk.storage.mail_models import MailBatch


@dataclass(frozen=True)
class Attachment:
    """A file read once for the whole mailing."""

    name: str
    maintype: str
    subtype: str
    data: bytes


def load_attachments(batch: MailBatch) -> list[Attachment]:
    """Read the batch's files; raise ``UserError`` naming the first one that is gone."""
    loaded: list[Attachment] = []
    for line in batch.attachments.splitlines():
        if not line.strip():
            continue
        path = Path(line.strip())
        try:
            data = path.read_bytes()
        except OSError:
            raise UserError("mail.attachment_missing", path=str(path)) from None
        kind, _ = mimetypes.guess_type(path.name)
        maintype, _, subtype = (kind or "application/octet-stream").partition("/")
        loaded.append(Attachment(path.name, maintype, subtype, data))
    return loaded


def pick_language(batch: MailBatch, wanted: str) -> str:
    """Return ``wanted`` if the batch has its text, else the first language it has."""
    have = languages_of(batch)
    if not have:
        raise UserError("mail.no_text")
    return wanted if wanted in have else have[0]


def _subject_header(subject: str) -> str:
    """Return the subject as the wire carries it, folded into encoded words where needed.

    The folding of Python 3.11's mail policy puts the space between two words outside the
    encoded words when it breaks a long Kyrgyz or Russian subject there, and readers drop such
    spaces («талаа иштери» arrives as «талааиштери»); ``Header`` keeps every space inside.
    """
    charset = "us-ascii" if subject.isascii() else "utf-8"
    return Header(subject, charset, header_name="Subject").encode(maxlinelen=76)


def build_message(
    batch: MailBatch,
    *,
    sender: str,
    address: str,
    language: str,
    attachments: list[Attachment],
) -> EmailMessage:
    """Return the message to one recipient: To is that address only, no CC, no other names.

    The embargo, if any, heads the subject in brackets and the first line of the text.
    """
    lang = pick_language(batch, language)
    subject = getattr(batch, f"subject_{lang}")
    body = getattr(batch, f"body_{lang}")
    if batch.embargo_text:
        subject = f"[{batch.embargo_text}] {subject}"
        body = f"{batch.embargo_text}\n\n{body}"
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = address
    msg.set_raw("Subject", _subject_header(subject))
    msg["Date"] = format_datetime(clock.utcnow_aware())
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    msg.set_content(body)
    # After the content: setting it clears every Content-* header.
    msg["Content-Language"] = lang
    for item in attachments:
        msg.add_attachment(
            item.data, maintype=item.maintype, subtype=item.subtype, filename=item.name
        )
    return msg
