"""Write the request note to a structural unit (DOCX, PDF) in Kyrgyz or Russian."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.documents import FORMATS, Document, render
from pressdesk.documents.builders_inquiries import NoteFacts, NoteSigner, build_request_note
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.messages import Term
from pressdesk.services.inquiries.queries import get_inquiry
from pressdesk.services.inquiries.records import InquiryError
from pressdesk.services.profile import get_profile
from pressdesk.storage.engine import Database

__all__ = ["export_request_note", "note_due", "request_note_document"]


def note_due(received: dt.date, due_on: dt.date | None, today: dt.date) -> dt.date:
    """The date the unit is asked for the material: a day before the first deadline (not
    before today), or the next day when the inquiry has no deadline."""
    if due_on is None:
        return today + dt.timedelta(days=1)
    return max(due_on - dt.timedelta(days=1), today, received)


def request_note_document(
    db: Database,
    inquiry_id: int,
    *,
    lang: Lang | str,
    unit: Bi | str | None = None,
    due: dt.date | None = None,
) -> Document:
    """Return the note asking the unit for the material of inquiry ``inquiry_id`` by ``due``."""
    language = check_lang(lang)
    row = get_inquiry(db, inquiry_id)
    if isinstance(unit, str):
        unit = Bi(unit, unit)
    chosen = unit if unit is not None and not unit.stripped().empty else row.unit
    unit_name = chosen.get(language).strip() or chosen.get("ru" if language == "ky" else "ky")
    if not unit_name.strip():
        raise InquiryError("inquiry.note_needs_unit")
    today = clock.today()
    received = row.received_at.date()
    if due is not None and due < received:
        raise InquiryError("inquiry.due_before_received", due=due, received=received)
    profile = get_profile(db)
    contact = ", ".join(p for p in (profile.secretary_name, profile.phone, profile.email) if p)
    facts = NoteFacts(
        number=str(row.id),
        date=today,
        unit=unit_name.strip(),
        received_at=row.received_at,
        channel=row.channel,
        sender=row.sender or row.sender_address,
        outlet=row.outlet_name,
        question=row.question,
        due=due or note_due(received, row.due_on, today),
        incoming_number=row.incoming_number,
        legal_due=row.legal_due,
        journalist_due=row.journalist_due,
        contact=contact,
    )
    signer = NoteSigner(
        org_name=profile.name(language),
        title=profile.secretary_title(language),
        name=profile.secretary_name,
        place=profile.place(language),
    )
    return build_request_note(facts, signer, lang=language)


def export_request_note(
    db: Database,
    inquiry_id: int,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    unit: Bi | str | None = None,
    due: dt.date | None = None,
    font_path: str | None = None,
) -> None:
    """Write the request note to ``path`` (.docx or .pdf) at once or not at all."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InquiryError(
            "file.cannot_write_as",
            what=Term("a request note"),
            suffix=suffix or Term("a file without extension"),
            allowed=FORMATS,
        )
    document = request_note_document(db, inquiry_id, lang=lang, unit=unit, due=due)
    render(document, path, font_path=font_path)
