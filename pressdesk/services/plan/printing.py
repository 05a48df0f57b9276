"""Printed plans (DOCX, PDF) for a period or a campaign, and the export entry point."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from pressdesk.documents import Document, render
from pressdesk.documents.builders_events import kind_label
from pressdesk.documents.builders_plan import (
    CampaignHeader,
    PlanEvent,
    PlanLine,
    PlanSigners,
    build_plan_document,
    period_heading,
)
from pressdesk.documents.locale import Lang, check_lang, format_date_short
from pressdesk.documents.phrases import format_date_range
from pressdesk.messages import Term
from pressdesk.services.events.records import EventRow, list_events
from pressdesk.services.plan.campaigns import CampaignRow, campaign_items, get_campaign
from pressdesk.services.plan.holidays import channel_names, holidays_between
from pressdesk.services.plan.items import PlanError, PlanFilter, PlanItemRow, list_items
from pressdesk.services.plan.labels import (
    format_label,
    language_label,
    status_label,
    text,
    weekday_name,
)
from pressdesk.services.plan.periods import Period
from pressdesk.services.plan.refs import campaign_refs, event_refs, item_refs
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import get_profile
from pressdesk.storage.engine import Database

EXPORT_FORMATS = (".docx", ".pdf", ".ics")
# A printed plan longer than this is not something anyone signs; it also keeps a mistaken
# request (a month holding 10,000 items) from tying up the program for minutes.
MAX_PRINT_ROWS = 3000
# Ideas are not yet a plan and returned items wait for rework: the head is not asked to approve
# them unless the whole list is asked for. Cancelled items are never printed.
DRAFT_STATUSES = frozenset({"idea", "returned"})
# What "only approved items" prints: what the head approved, published or not yet.
APPROVED_STATUSES = frozenset({"approved", "published"})


def printed_rows(
    rows: Iterable[PlanItemRow], *, include_all: bool = False, approved_only: bool = False
) -> list[PlanItemRow]:
    """Return the items a printed plan shows: no cancelled ones, no ideas or returned ones
    unless ``include_all``; only approved (and published) ones with ``approved_only``."""
    if approved_only:
        return [row for row in rows if row.status in APPROVED_STATUSES]
    left_out = {"cancelled"} if include_all else {"cancelled", *DRAFT_STATUSES}
    return [row for row in rows if row.status not in left_out]


def _holidays(db: Database, start: dt.date, end: dt.date, lang: Lang) -> dict[dt.date, str]:
    holidays: dict[dt.date, str] = {}
    for holiday in holidays_between(db, start, end):
        holidays.setdefault(holiday.date, holiday.name(lang))
    return holidays


def status_cell(row: PlanItemRow, lang: Lang) -> str:
    """The approval status a printed row states: the status and, once approved, by whom and
    when (the day of the approval)."""
    label = status_label(row.status, lang)
    if row.status in APPROVED_STATUSES and row.approved_by:
        when = f", {format_date_short(row.approved_at.date())}" if row.approved_at else ""
        return f"{label}\n{row.approved_by}{when}"
    return label


def plan_lines(db: Database, rows: list[PlanItemRow], lang: Lang) -> list[PlanLine]:
    """Return the printable lines of ``rows`` in ``lang``."""
    if len(rows) > MAX_PRINT_ROWS:
        raise PlanError("plan.too_many_to_print", count=len(rows), limit=MAX_PRINT_ROWS)
    if not rows:
        return []
    channels = channel_names(db, lang)
    holidays = _holidays(db, rows[0].date, rows[-1].date, lang)
    return [
        PlanLine(
            date=row.date,
            weekday=weekday_name(row.date.weekday(), lang),
            time=row.time.strftime("%H:%M") if row.time else text("all_day", lang),
            format=format_label(row.format, lang),
            title=row.title.get(lang),
            topic=row.topic.get(lang),
            audience=row.audience.get(lang),
            channels=[channels.get(code, code) for code in row.channels],
            outlets=list(row.outlets),
            language=language_label(row.language, lang),
            responsible=row.responsible_name,
            status=status_cell(row, lang),
            holiday=holidays.get(row.date, ""),
        )
        for row in rows
    ]


def plan_events(db: Database, rows: list[EventRow], lang: Lang) -> list[PlanEvent]:
    """Return the printable lines of the events ``rows`` in ``lang``."""
    if not rows:
        return []
    first = min(row.starts_at.date() for row in rows)
    last = max(row.starts_at.date() for row in rows)
    holidays = _holidays(db, first, last, lang)
    return [
        PlanEvent(
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            weekday=weekday_name(row.starts_at.weekday(), lang),
            kind=kind_label(row.kind, lang),
            title=row.title.get(lang),
            topic=row.topic.get(lang),
            place=row.place.get(lang),
            speakers=row.speakers.lines(lang),
            protocol=row.protocol,
            holiday=holidays.get(row.starts_at.date(), ""),
        )
        for row in rows
    ]


def _signers(db: Database, lang: Lang) -> tuple[str, PlanSigners]:
    profile = get_profile(db)
    return profile.name(lang), PlanSigners(
        head_title=profile.head_title(lang),
        head_name=profile.head_name,
        secretary_title=profile.secretary_title(lang),
        secretary_name=profile.secretary_name,
    )


def _period_records(
    db: Database,
    period: Period,
    filters: PlanFilter | None,
    include_all: bool,
    approved_only: bool = False,
) -> tuple[list[PlanItemRow], list[EventRow]]:
    rows = printed_rows(
        list_items(db, period.start, period.end, filters=filters),
        include_all=include_all,
        approved_only=approved_only,
    )
    return rows, list_events(db, start=period.start, end=period.end)


def _period_plan(
    db: Database,
    period: Period,
    lang: Lang,
    filters: PlanFilter | None,
    include_all: bool,
    *,
    approved_only: bool = False,
) -> tuple[Document, int]:
    rows, events = _period_records(db, period, filters, include_all, approved_only=approved_only)
    org_name, signers = _signers(db, lang)
    doc = build_plan_document(
        plan_lines(db, rows, lang),
        lang=lang,
        period_label=period_heading(period.kind, period.start, period.end, lang),
        org_name=org_name,
        signers=signers,
        events=plan_events(db, events, lang),
        with_drafts=include_all,
        approved_only=approved_only,
    )
    return doc, len(rows)


def plan_document(
    db: Database,
    period: Period,
    *,
    lang: Lang | str,
    filters: PlanFilter | None = None,
    include_all: bool = False,
    approved_only: bool = False,
) -> Document:
    """Return the printable plan of ``period`` in ``lang``: the period's events, then the
    materials (ideas and returned items only with ``include_all``; cancelled ones never)."""
    return _period_plan(
        db, period, check_lang(lang), filters, include_all, approved_only=approved_only
    )[0]


def _campaign_records(
    db: Database, campaign_id: int, include_all: bool, approved_only: bool = False
) -> tuple[CampaignRow, list[PlanItemRow], list[EventRow]]:
    campaign = get_campaign(db, campaign_id)
    items = campaign_items(db, campaign_id)
    rows = printed_rows(items, include_all=include_all, approved_only=approved_only)
    ids = {row.id for row in items}
    events = [
        event
        for event in list_events(db, start=campaign.start_date, end=campaign.end_date)
        if any(item.id in ids for item in event.plan_items)
    ]
    return campaign, rows, events


def _campaign_plan(
    db: Database, campaign_id: int, lang: Lang, include_all: bool, approved_only: bool = False
) -> tuple[Document, int]:
    campaign, rows, events = _campaign_records(db, campaign_id, include_all, approved_only)
    org_name, signers = _signers(db, lang)
    header = CampaignHeader(
        name=campaign.name.get(lang),
        period=format_date_range(campaign.start_date, campaign.end_date, lang),
        goal=campaign.goal.get(lang),
        audiences=campaign.audiences.get(lang),
        key_messages=campaign.messages(lang),
    )
    doc = build_plan_document(
        plan_lines(db, rows, lang),
        lang=lang,
        period_label=campaign.name.get(lang),
        org_name=org_name,
        signers=signers,
        campaign=header,
        events=plan_events(db, events, lang) if events else None,
        with_drafts=include_all,
        approved_only=approved_only,
    )
    return doc, len(rows)


def campaign_document(
    db: Database,
    campaign_id: int,
    *,
    lang: Lang | str,
    include_all: bool = False,
    approved_only: bool = False,
) -> Document:
    """Return the printable content plan of a campaign with its goal and key messages, and
    the events linked to its items."""
    return _campaign_plan(db, campaign_id, check_lang(lang), include_all, approved_only)[0]


def document_refs(
    db: Database,
    *,
    period: Period | None = None,
    campaign_id: int | None = None,
    filters: PlanFilter | None = None,
    include_all: bool = False,
    approved_only: bool = False,
) -> list[Ref]:
    """The records whose texts the printed plan of a period or campaign shows: its items, its
    events and, for a campaign, the campaign's facts."""
    if (period is None) == (campaign_id is None):
        raise PlanError("plan.period_or_campaign")
    if period is not None:
        rows, events = _period_records(
            db, period, filters, include_all, approved_only=approved_only
        )
        return item_refs(rows) + event_refs(events)
    assert campaign_id is not None
    _campaign, rows, events = _campaign_records(db, campaign_id, include_all, approved_only)
    return campaign_refs(campaign_id) + item_refs(rows) + event_refs(events)


def export_refs(
    db: Database,
    path: str | os.PathLike[str],
    *,
    period: Period | None = None,
    campaign_id: int | None = None,
    include_all: bool = False,
    approved_only: bool = False,
) -> list[Ref]:
    """The records whose texts :func:`export_plan` writes to ``path`` (by its extension)."""
    if Path(path).suffix.lower() != ".ics":
        return document_refs(
            db,
            period=period,
            campaign_id=campaign_id,
            include_all=include_all,
            approved_only=approved_only,
        )
    from pressdesk.services.plan.ical import ics_refs

    if period is not None:
        return ics_refs(db, start=period.start, end=period.end)
    if campaign_id is None:
        raise PlanError("plan.period_or_campaign")
    campaign = get_campaign(db, campaign_id)
    return ics_refs(
        db,
        start=campaign.start_date,
        end=campaign.end_date,
        filters=PlanFilter(campaign_ids=frozenset({campaign_id})),
    )


def export_plan(
    db: Database,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    period: Period | None = None,
    campaign_id: int | None = None,
    include_all: bool = False,
    approved_only: bool = False,
    font_path: str | None = None,
) -> int:
    """Write the plan of a period or campaign to .docx, .pdf or .ics; return how many
    materials it holds (calendar entries for .ics)."""
    if (period is None) == (campaign_id is None):
        raise PlanError("plan.period_or_campaign")
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise PlanError(
            "file.cannot_export_as",
            what=Term("the plan"),
            suffix=suffix or Term("a file without extension"),
            allowed=EXPORT_FORMATS,
        )
    if suffix == ".ics":
        from pressdesk.services.plan.ical import export_ics

        if period is None:
            assert campaign_id is not None
            campaign = get_campaign(db, campaign_id)
            period = Period("range", campaign.start_date, campaign.end_date)
            filters = PlanFilter(campaign_ids=frozenset({campaign_id}))
            return export_ics(
                db, path, start=period.start, end=period.end, filters=filters, lang=lang
            )
        return export_ics(db, path, start=period.start, end=period.end, lang=lang)
    language = check_lang(lang)
    if period is not None:
        doc, count = _period_plan(
            db, period, language, None, include_all, approved_only=approved_only
        )
    else:
        assert campaign_id is not None
        doc, count = _campaign_plan(db, campaign_id, language, include_all, approved_only)
    render(doc, path, font_path=font_path)
    return count
