"""Write a press release (DOCX, PDF) on the letterhead, one language per document, and its
approval sheet."""

from __future__ import annotations

import os
from pathlib import Path

from pressdesk.documents import FORMATS, Document, render
from pressdesk.documents.builders_releases import (
    Letterhead,
    MediaContact,
    Quote,
    ReleaseFacts,
    approvers_of,
    build_approval_sheet,
    build_release,
)
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.messages import Term
from pressdesk.services.profile import OrgProfile, get_profile
from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.records import ReleaseError, ReleaseRow
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember

__all__ = [
    "approval_sheet_document",
    "check_document_path",
    "export_approval_sheet",
    "export_release",
    "release_document",
]


def check_document_path(path: str | os.PathLike[str], what: str = "a press release") -> None:
    """Raise ReleaseError unless ``path`` ends in .docx or .pdf."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ReleaseError(
            "file.cannot_write_as",
            what=Term(what),
            suffix=suffix or Term("a file without extension"),
            allowed=FORMATS,
        )


def _staff(db: Database, staff_id: int | None) -> StaffMember | None:
    if staff_id is None:
        return None
    with db.session() as session:
        member = session.get(StaffMember, staff_id)
        if member is not None:
            session.expunge(member)
        return member


def _contact(db: Database, row: ReleaseRow, profile: OrgProfile, lang: Lang) -> MediaContact:
    member = _staff(db, row.media_contact_id)
    if member is not None:
        position = member.position_ky if lang == "ky" else member.position_ru
        return MediaContact(
            member.full_name, position, member.phone or profile.phone, member.email or profile.email
        )
    return MediaContact(
        profile.secretary_name,
        profile.secretary_title_ky if lang == "ky" else profile.secretary_title_ru,
        profile.phone,
        profile.email,
    )


def release_facts(db: Database, row: ReleaseRow, lang: Lang) -> ReleaseFacts:
    """Return what the documents print of ``row`` in ``lang``; a missing title is refused."""
    title = row.title.get(lang).strip()
    if not title:
        raise ReleaseError("release.no_text", lang=lang)
    quotes = [
        Quote(q.speaker, q.speaker_title.get(lang), q.text.get(lang))
        for q in row.quotes
        if q.text.get(lang).strip()
    ]
    return ReleaseFacts(
        kind=row.kind,
        number=row.label,
        date=row.date,
        title=title,
        lead=row.lead.get(lang),
        body=row.body.get(lang),
        quotes=quotes,
        embargo_at=row.embargo_at,
        links=row.links,
        attachments=[Path(p).name for p in row.attachments],
        contact=_contact(db, row, get_profile(db), lang),
    )


def release_document(db: Database, release_id: int, *, lang: Lang | str) -> Document:
    """Return the release on the organisation's letterhead in one language."""
    language = check_lang(lang)
    row = get_release(db, release_id)
    profile = get_profile(db)
    address = profile.address_ky if language == "ky" else profile.address_ru
    letterhead = Letterhead(
        org_name=profile.name(language),
        address=address,
        phone=profile.phone,
        email=profile.email,
        website=profile.website,
        place=profile.place(language),
    )
    return build_release(release_facts(db, row, language), letterhead, lang=language)


def approval_sheet_document(db: Database, release_id: int, *, lang: Lang | str) -> Document:
    """Return the approval sheet: who prepared the text, the head who agrees it, dates, signs."""
    language = check_lang(lang)
    row = get_release(db, release_id)
    profile = get_profile(db)
    contact = _contact(db, row, profile, language)
    current = [v for v in row.versions if v.number == row.version]
    head_name, head_title = profile.head_name, profile.head_title(language)
    if current and current[0].approved_by_id is not None:
        member = _staff(db, current[0].approved_by_id)
        if member is not None:
            head_name = member.full_name
            head_title = (member.position_ky if language == "ky" else member.position_ru) or ""
    elif current and current[0].approved_by:
        head_name = current[0].approved_by
    returns = [
        (h.at.date(), h.comment) for h in row.history if h.new_value == "returned" and h.comment
    ]
    created = next((h.at.date() for h in row.history if h.kind == "created"), row.date)
    approvers = approvers_of(
        lang=language,
        preparer=(contact.name, contact.position),
        head=(head_name, head_title),
        prepared_on=created,
        approved_on=current[0].approved_at.date() if current else None,
        returns=returns,
    )
    return build_approval_sheet(
        release_facts(db, row, language),
        approvers,
        org_name=profile.name(language),
        version=row.version,
        lang=language,
    )


def export_release(
    db: Database,
    release_id: int,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    font_path: str | None = None,
) -> None:
    """Write the release to ``path`` (.docx or .pdf) at once or not at all."""
    check_document_path(path)
    render(release_document(db, release_id, lang=lang), path, font_path=font_path)


def export_approval_sheet(
    db: Database,
    release_id: int,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    font_path: str | None = None,
) -> None:
    """Write the approval sheet to ``path`` (.docx or .pdf) at once or not at all."""
    check_document_path(path, "an approval sheet")
    render(approval_sheet_document(db, release_id, lang=lang), path, font_path=font_path)
