"""Reading press releases: one with its quotes, history and versions, a filtered list, and the
differences between two versions of its text."""

from __future__ import annotations

import difflib

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi
from pressdesk.services.releases.records import (
    HistoryRow,
    QuoteInput,
    ReleaseError,
    ReleaseFilter,
    ReleaseRow,
    VersionRow,
    _load,
    _quote_rows,
    _quotes_text,
    _split,
)
from pressdesk.storage.contacts_search import search_fold
from pressdesk.storage.engine import Database
from pressdesk.storage.releases_models import (
    PressRelease,
    PressReleaseHistory,
    PressReleaseVersion,
)


def _row(session: Session, release: PressRelease, *, full: bool) -> ReleaseRow:
    quotes: tuple[QuoteInput, ...] = ()
    history: tuple[HistoryRow, ...] = ()
    versions: tuple[VersionRow, ...] = ()
    if full:
        quotes = tuple(
            QuoteInput(
                text=Bi(q.text_ky, q.text_ru),
                speaker=q.speaker,
                speaker_title=Bi(q.speaker_title_ky, q.speaker_title_ru),
                staff_id=q.staff_id,
                person_id=q.person_id,
            )
            for q in _quote_rows(session, release.id)
        )
        history = tuple(
            HistoryRow(h.at, h.kind, h.old_value, h.new_value, h.by_name, h.comment)
            for h in session.scalars(
                select(PressReleaseHistory)
                .where(PressReleaseHistory.release_id == release.id)
                .order_by(PressReleaseHistory.id)
            )
        )
        versions = tuple(
            VersionRow(
                number=v.number,
                title=Bi(v.title_ky, v.title_ru),
                lead=Bi(v.lead_ky, v.lead_ru),
                body=Bi(v.body_ky, v.body_ru),
                quotes=Bi(v.quotes_ky, v.quotes_ru),
                approved_by=v.approved_by,
                approved_by_id=v.approved_by_id,
                approved_at=v.approved_at,
            )
            for v in session.scalars(
                select(PressReleaseVersion)
                .where(PressReleaseVersion.release_id == release.id)
                .order_by(PressReleaseVersion.number)
            )
        )
    return ReleaseRow(
        id=release.id,
        year=release.year,
        number=release.number,
        date=release.date,
        kind=release.kind,
        title=Bi(release.title_ky, release.title_ru),
        lead=Bi(release.lead_ky, release.lead_ru),
        body=Bi(release.body_ky, release.body_ru),
        status=release.status,
        status_at=release.status_at,
        version=release.version,
        quotes=quotes,
        media_contact_id=release.media_contact_id,
        links=_split(release.links),
        attachments=_split(release.attachments),
        embargo_at=release.embargo_at,
        plan_item_id=release.plan_item_id,
        event_id=release.event_id,
        return_comment=release.return_comment,
        history=history,
        versions=versions,
        row_version=release.row_version,
    )


def get_release(db: Database, release_id: int) -> ReleaseRow:
    """Return a release with its quotes, history and approved versions."""
    with db.session() as session:
        return _row(session, _load(session, release_id), full=True)


def list_releases(db: Database, where: ReleaseFilter | None = None) -> list[ReleaseRow]:
    """Return the releases the filter picks, newest number first."""
    where = where or ReleaseFilter()
    query = select(PressRelease)
    if where.year is not None:
        query = query.where(PressRelease.year == where.year)
    if where.status:
        query = query.where(PressRelease.status == where.status)
    if where.kind:
        query = query.where(PressRelease.kind == where.kind)
    if where.plan_item_id is not None:
        query = query.where(PressRelease.plan_item_id == where.plan_item_id)
    if where.event_id is not None:
        query = query.where(PressRelease.event_id == where.event_id)
    query = query.order_by(PressRelease.year.desc(), PressRelease.number.desc())
    needle = search_fold(where.text.strip())
    with db.session() as session:
        rows = [_row(session, r, full=False) for r in session.scalars(query)]
    if needle:
        rows = [
            r
            for r in rows
            if needle in search_fold(r.title.ky) or needle in search_fold(r.title.ru)
        ]
    return rows


def release_text(row: ReleaseRow | VersionRow, lang: str) -> str:
    """The whole text of a release or version in one language, as compared between versions."""
    parts = [row.title.get(lang), row.lead.get(lang), row.body.get(lang)]
    if isinstance(row, VersionRow):
        parts.append(row.quotes.get(lang))
    return "\n\n".join(p for p in parts if p)


def version_diff(
    db: Database, release_id: int, old: int, new: int | None = None, *, lang: str = "ky"
) -> str:
    """Return the line differences between approved version ``old`` and ``new`` (or the
    text being written now when ``new`` is None), as a unified diff."""
    row = get_release(db, release_id)
    versions = {v.number: v for v in row.versions}

    def text_of(number: int | None) -> tuple[str, str]:
        if number is None:
            with db.session() as session:
                quotes = _quotes_text(session, release_id).get(lang)
            current = "\n\n".join(p for p in (release_text(row, lang), quotes) if p)
            return current, f"v{row.version}"
        if number not in versions:
            raise ReleaseError("release.no_version", number=number)
        return release_text(versions[number], lang), f"v{number}"

    before, before_name = text_of(old)
    after, after_name = text_of(new)
    lines = difflib.unified_diff(
        before.splitlines(), after.splitlines(), before_name, after_name, lineterm=""
    )
    return "\n".join(lines)
