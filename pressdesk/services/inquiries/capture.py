"""Quick capture: read a pasted e-mail or messenger message into a proposed inquiry.

The sender is looked up in the contact base by e-mail address, then by phone number; the
outlet comes from the person, from the address's domain or from an outlet named in the text.
Earlier messages quoted below the new one (lines starting with ">", "On … wrote:", "… жазды:",
"-----Original Message-----") are kept apart from the question.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parseaddr, parsedate_to_datetime

from sqlalchemy import select

from pressdesk import clock
from pressdesk.services.contacts.values import EmailValue, PersonRecord, PhoneValue
from pressdesk.services.inquiries.records import InquiryError, InquiryInput, find_sender
from pressdesk.storage.contacts_models import Outlet
from pressdesk.storage.contacts_search import search_fold
from pressdesk.storage.engine import Database

__all__ = [
    "MESSAGE_LIMIT",
    "Capture",
    "capture_input",
    "capture_message",
    "new_contact",
    "split_message",
]

# The largest pasted message read: a long letter is a few kilobytes, a pasted mailbox is not.
MESSAGE_LIMIT = 256 * 1024

_HEADER = re.compile(
    r"^(from|от|кимден|to|кому|кимге|subject|тема|темасы|date|дата|sent|отправлено|cc|копия)"
    r"\s*:\s*(.*)$",
    re.IGNORECASE,
)
_QUOTE_START = re.compile(
    r"^(-{2,}\s*(original message|исходное сообщение|пересылаемое сообщение|forwarded message)"
    r".*|.*\b(wrote|написал|написала|пишет|жазды|жазган)\s*:\s*$)",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d\s\-()]{7,16}\d")
_DATE = r"(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?"
# "до 25.11", "by 25.11.2026", "25.11 чейин", "25.11.2026-ж. чейин": the journalist's deadline.
_DUE = (
    re.compile(r"(?:\bдо|\bby|\bне позднее)\s+" + _DATE, re.IGNORECASE),
    re.compile(_DATE + r"[\w.\-]*\s+чейин", re.IGNORECASE),
)
_SIGNATURE = re.compile(r"^(--\s*|—\s*|с уважением.*|урматтоо менен.*|best regards.*)$", re.I)


@dataclass(frozen=True)
class Capture:
    """What a pasted message proposes: the sender, the outlet, the question and the history."""

    question: str
    quoted: str = ""
    subject: str = ""
    sender: str = ""
    address: str = ""
    phone: str = ""
    person_id: int | None = None
    outlet_id: int | None = None
    outlet_name: str = ""
    channel: str = "email"
    received_at: dt.datetime | None = None
    # A deadline the message names ("до 25.11", "25.11 чейин").
    journalist_due: dt.date | None = None
    # The person is new to the contact base: offer adding them.
    new_contact: bool = False


@dataclass(frozen=True)
class _Parts:
    headers: dict[str, str]
    body: list[str]
    signature: list[str]
    quoted: list[str]


def split_message(text: str) -> tuple[dict[str, str], str, str, str]:
    """Return the headers, the new text, its signature and the quoted history of a message."""
    parts = _split(text)
    return (
        parts.headers,
        "\n".join(parts.body).strip(),
        "\n".join(parts.signature).strip(),
        "\n".join(parts.quoted).strip(),
    )


def _split(text: str) -> _Parts:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines):
        found = _HEADER.match(lines[index].strip())
        if not found:
            break
        key = search_fold(found.group(1))
        key = {
            "от": "from",
            "кимден": "from",
            "тема": "subject",
            "темасы": "subject",
            "дата": "date",
            "sent": "date",
            "отправлено": "date",
        }.get(key, key)
        headers.setdefault(key, found.group(2).strip())
        index += 1
    body: list[str] = []
    quoted: list[str] = []
    for position in range(index, len(lines)):
        line = lines[position]
        if line.lstrip().startswith(">") or _QUOTE_START.match(line.strip()):
            quoted = lines[position:]
            break
        body.append(line)
    signature: list[str] = []
    for position, line in enumerate(body):
        if _SIGNATURE.match(line.strip()):
            signature = body[position:]
            body = body[:position]
            break
    return _Parts(headers, body, signature, quoted)


def _received(value: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


def _due_in(text: str, received: dt.date) -> dt.date | None:
    """The first date the text asks the answer by, not before ``received``."""
    for pattern in _DUE:
        found = pattern.search(text)
        if not found:
            continue
        day, month, year = int(found[1]), int(found[2]), found[3]
        full = int(year) + (2000 if len(year) == 2 else 0) if year else received.year
        try:
            due = dt.date(full, month, day)
        except ValueError:
            continue
        if not year and due < received:
            due = due.replace(year=due.year + 1) if (month, day) != (2, 29) else due
        if due >= received:
            return due
    return None


def _outlet(db: Database, address: str, text: str) -> tuple[int | None, str]:
    """The outlet whose e-mail domain is the sender's, else one named in the text."""
    domain = address.rsplit("@", 1)[1].lower() if "@" in address else ""
    folded = search_fold(text)
    with db.session() as session:
        outlets = session.execute(select(Outlet.id, Outlet.name, Outlet.email)).all()
    if domain:
        for oid, name, email in outlets:
            if email and email.lower().rsplit("@", 1)[-1] == domain:
                return oid, name
    named = [
        (oid, name)
        for oid, name, _email in outlets
        if len(name) >= 3 and search_fold(name) in folded
    ]
    if named:
        return max(named, key=lambda pair: len(pair[1]))
    return None, ""


def capture_message(db: Database, text: str) -> Capture:
    """Read a pasted message and propose an inquiry from it (nothing is saved).

    A message over MESSAGE_LIMIT bytes or an empty one is refused with a message; an address
    or number matching two people in the base is refused, naming them.
    """
    size = len(text.encode("utf-8", "replace"))
    if size > MESSAGE_LIMIT:
        raise InquiryError(
            "inquiry.message_too_large", size=(size + 1023) // 1024, limit=MESSAGE_LIMIT // 1024
        )
    parts = _split(text)
    question = "\n".join(parts.body).strip()
    if not question and not parts.quoted:
        raise InquiryError("inquiry.message_empty")
    name, address = parseaddr(parts.headers.get("from", ""))
    own = "\n".join(parts.body + parts.signature)
    if not address or "@" not in address:
        found = _EMAIL.search(own)
        address = found.group(0) if found else ""
    phone_found = _PHONE.search("\n".join(parts.signature) or own)
    phone = " ".join(phone_found.group(0).split()) if phone_found else ""
    sender = None
    for value in (address, phone):
        if value:
            try:
                candidate = find_sender(db, value)
            except InquiryError as exc:
                if exc.code == "inquiry.sender_ambiguous":
                    raise
                continue
            if candidate.person_id is not None:
                sender = candidate
                break
    outlet_id: int | None = sender.outlet_id if sender else None
    outlet_name = ""
    if outlet_id is None:
        outlet_id, outlet_name = _outlet(db, address, own)
    received_at = _received(parts.headers.get("date", ""))
    received = received_at.date() if received_at else clock.today()
    return Capture(
        question=question or "\n".join(parts.quoted).strip(),
        quoted="\n".join(parts.quoted).strip(),
        subject=parts.headers.get("subject", ""),
        sender=sender.name if sender else name.strip(),
        address=address,
        phone=phone,
        person_id=sender.person_id if sender else None,
        outlet_id=outlet_id,
        outlet_name=outlet_name,
        channel="email" if parts.headers.get("from") or address else "telegram",
        received_at=received_at,
        journalist_due=_due_in(question, received),
        new_contact=sender is None and bool(address or phone or name),
    )


def capture_input(capture: Capture, *, kind: str = "comment") -> InquiryInput:
    """Return the inquiry a capture proposes, ready to be corrected and saved."""
    question = capture.question
    if capture.subject and capture.subject not in question:
        question = f"{capture.subject}\n\n{question}"
    return InquiryInput(
        question=question,
        kind=kind,
        channel=capture.channel,
        received_at=capture.received_at,
        person_id=capture.person_id,
        outlet_id=capture.outlet_id,
        sender="" if capture.person_id else capture.sender,
        sender_address=capture.address or capture.phone,
        quoted=capture.quoted,
        journalist_due=capture.journalist_due,
    )


def new_contact(capture: Capture) -> PersonRecord:
    """Return the journalist a capture found no one for, ready to be offered for adding."""
    name = capture.sender or capture.address.split("@", 1)[0] or capture.phone
    return PersonRecord(
        full_name=name,
        outlet_id=capture.outlet_id,
        emails=(EmailValue(capture.address),) if capture.address else (),
        phones=(PhoneValue(capture.phone),) if capture.phone else (),
        source="inquiry",
    )
