"""Printed plans (DOCX, PDF) for a period or a campaign, and the export entry point."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pressdesk.documents import Document, Table, render
from pressdesk.documents.builders_plan import (
    CampaignHeader,
    PlanLine,
    PlanSigners,
    build_plan_document,
)
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.services.plan_campaigns import campaign_items, get_campaign
from pressdesk.services.plan_holidays import channel_names, holidays_between
from pressdesk.services.plan_items import PlanError, PlanFilter, PlanItemRow, list_items
from pressdesk.services.plan_labels import (
    format_label,
    language_label,
    status_label,
    text,
    weekday_name,
)
from pressdesk.services.plan_periods import Period
from pressdesk.services.profile import get_profile
from pressdesk.storage.engine import Database

EXPORT_FORMATS = (".docx", ".pdf", ".ics")
# A printed plan longer than this is not something anyone signs; it also keeps a mistaken
# request (a month holding 10,000 items) from tying up the program for minutes.
MAX_PRINT_ROWS = 3000


def plan_lines(db: Database, rows: list[PlanItemRow], lang: Lang) -> list[PlanLine]:
    """Return the printable lines of ``rows`` in ``lang``."""
    if len(rows) > MAX_PRINT_ROWS:
        raise PlanError(
            f"The plan holds {len(rows)} items; a printed plan takes at most {MAX_PRINT_ROWS}. "
            "Print a shorter period (a week or a ten-day period) or filter the items."
        )
    if not rows:
        return []
    channels = channel_names(db, lang)
    holidays: dict[dt.date, str] = {}
    for holiday in holidays_between(db, rows[0].date, rows[-1].date):
        holidays.setdefault(holiday.date, holiday.name(lang))
    return [
        PlanLine(
            date=row.date,
            weekday=weekday_name(row.date.weekday(), lang),
            time=row.time.strftime("%H:%M") if row.time else text("all_day", lang),
            format=format_label(row.format, lang),
            title=row.title,
            topic=row.topic,
            audience=row.audience,
            channels=[channels.get(code, code) for code in row.channels],
            outlets=list(row.outlets),
            language=language_label(row.language, lang),
            responsible=row.responsible_name,
            status=status_label(row.status, lang),
            holiday=holidays.get(row.date, ""),
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


def plan_document(
    db: Database,
    period: Period,
    *,
    lang: Lang | str,
    filters: PlanFilter | None = None,
    include_cancelled: bool = False,
) -> Document:
    """Return the printable plan of ``period`` in ``lang`` (cancelled items left out)."""
    language = check_lang(lang)
    rows = list_items(db, period.start, period.end, filters=filters)
    if not include_cancelled:
        rows = [row for row in rows if row.status != "cancelled"]
    org_name, signers = _signers(db, language)
    return build_plan_document(
        plan_lines(db, rows, language),
        lang=language,
        period_label=period.label(language),
        org_name=org_name,
        signers=signers,
    )


def campaign_document(db: Database, campaign_id: int, *, lang: Lang | str) -> Document:
    """Return the printable media plan of a campaign with its goal and key messages."""
    language = check_lang(lang)
    campaign = get_campaign(db, campaign_id)
    rows = [row for row in campaign_items(db, campaign_id) if row.status != "cancelled"]
    period = Period("range", campaign.start_date, campaign.end_date).label(language)
    org_name, signers = _signers(db, language)
    header = CampaignHeader(
        name=campaign.name,
        period=period,
        goal=campaign.goal,
        audiences=campaign.audiences,
        key_messages=campaign.key_messages,
    )
    return build_plan_document(
        plan_lines(db, rows, language),
        lang=language,
        period_label=campaign.name,
        org_name=org_name,
        signers=signers,
        campaign=header,
    )


def export_plan(
    db: Database,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    period: Period | None = None,
    campaign_id: int | None = None,
    font_path: str | None = None,
) -> int:
    """Write the plan of a period or campaign to .docx, .pdf or .ics; return the item count."""
    if (period is None) == (campaign_id is None):
        raise PlanError("Export either a period or a campaign.")
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise PlanError(
            f"Cannot export the plan as {suffix or 'a file without extension'!r}: "
            f"use one of {', '.join(EXPORT_FORMATS)}."
        )
    if suffix == ".ics":
        from pressdesk.services.plan_ical import export_ics

        if period is None:
            assert campaign_id is not None
            campaign = get_campaign(db, campaign_id)
            period = Period("range", campaign.start_date, campaign.end_date)
            filters = PlanFilter(campaign_ids=frozenset({campaign_id}))
            return export_ics(
                db, path, start=period.start, end=period.end, filters=filters, lang=lang
            )
        return export_ics(db, path, start=period.start, end=period.end, lang=lang)
    if period is not None:
        doc = plan_document(db, period, lang=lang)
    else:
        assert campaign_id is not None
        doc = campaign_document(db, campaign_id, lang=lang)
    render(doc, path, font_path=font_path)
    return sum(len(block.rows) for block in doc.blocks if isinstance(block, Table))
