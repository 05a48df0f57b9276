"""The coverage report for the head: a period, a campaign or an event, as DOCX, PDF or XLSX."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from sqlalchemy import select

from pressdesk import clock
from pressdesk.documents import Document, render
from pressdesk.documents.builders_coverage import (
    TOP_COUNT,
    EventLine,
    Figures,
    OutletLine,
    PlanLine,
    ReportData,
    Signers,
    TopLine,
    build_coverage_report,
)
from pressdesk.documents.builders_events import kind_label
from pressdesk.documents.locale import Lang, check_lang, format_date_short
from pressdesk.documents.phrases import format_date_range
from pressdesk.messages import Term
from pressdesk.services.coverage.feedback import coverage_of_events, coverage_of_plan_items
from pressdesk.services.coverage.records import (
    CoverageError,
    CoverageFilter,
    filtered,
)
from pressdesk.services.coverage.stats import CoverageSummary, period_summary
from pressdesk.services.events.records import EventRow, get_event, list_events
from pressdesk.services.plan.campaigns import campaign_items, get_campaign
from pressdesk.services.plan.holidays import channel_names
from pressdesk.services.plan.items import PlanItemRow, list_items
from pressdesk.services.plan.labels import ROMAN_QUARTERS, format_label
from pressdesk.services.plan.periods import Period, PeriodError, parse_period
from pressdesk.services.plan.printing import printed_rows
from pressdesk.services.profile import get_profile
from pressdesk.storage.coverage_models import CoverageRecord
from pressdesk.storage.engine import Database

__all__ = [
    "REPORT_FORMATS",
    "ReportScope",
    "export_report",
    "half_year",
    "period_scope",
    "previous_scope",
    "report_data",
    "report_document",
    "scope_label",
]

REPORT_FORMATS: Final = (".docx", ".pdf", ".xlsx")
ScopeKind = Literal["period", "campaign", "event"]
_HALF = re.compile(r"^(\d{4})-?H([12])$", re.IGNORECASE)
_ROMAN_HALVES: Final = ("I", "II")


@dataclass(frozen=True)
class ReportScope:
    """What a report covers: a period of a known kind, a campaign or an event.

    ``kind`` of a period is one of decade, month, quarter, half, year; ``previous`` is the
    period before it, of the same length, that the trend compares against.
    """

    scope: ScopeKind
    start: dt.date
    end: dt.date
    period_kind: str = ""
    campaign_id: int | None = None
    event_id: int | None = None


def half_year(value: str) -> ReportScope:
    """Read a half-year written as 2026-H1 or 2026-H2."""
    match = _HALF.match(value.strip())
    if not match:
        raise PeriodError("coverage.not_a_half", value=value)
    year, half = int(match[1]), int(match[2])
    if not 1 <= year <= 9999:
        raise PeriodError("plan.year_outside", year=str(year))
    start = dt.date(year, 1 if half == 1 else 7, 1)
    end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    return ReportScope("period", start, end, "half")


def period_scope(kind: str, value: str) -> ReportScope:
    """Read the period ``value`` that must be of ``kind`` (decade, month, quarter, half, year)."""
    if kind == "half":
        return half_year(value)
    period = parse_period(value)
    if period.kind != kind:
        raise PeriodError("coverage.period_kind", value=value)
    return ReportScope("period", period.start, period.end, kind)


def previous_scope(scope: ReportScope) -> ReportScope | None:
    """Return the period before ``scope``, of the same kind (None for a campaign or event)."""
    if scope.scope != "period":
        return None
    if scope.period_kind == "half":
        first = scope.start.month == 1
        year = scope.start.year - 1 if first else scope.start.year
        if year < 1:
            return None
        return half_year(f"{year}-H{2 if first else 1}")
    try:
        before = Period(scope.period_kind, scope.start, scope.end).previous()  # type: ignore[arg-type]
    except (PeriodError, ValueError, OverflowError):
        return None
    return ReportScope("period", before.start, before.end, scope.period_kind)


def scope_label(scope: ReportScope, lang: Lang, db: Database | None = None) -> str:
    """Return the name of the period, campaign or event in ``lang``."""
    if scope.scope == "campaign" and db is not None and scope.campaign_id is not None:
        campaign = get_campaign(db, scope.campaign_id)
        dates = format_date_range(campaign.start_date, campaign.end_date, lang)
        return f"{campaign.name.get(lang)} ({dates})"
    if scope.scope == "event" and db is not None and scope.event_id is not None:
        event = get_event(db, scope.event_id)
        return f"{event.title.get(lang)} ({format_date_short(event.starts_at.date())})"
    if scope.period_kind == "half":
        n = 1 if scope.start.month == 1 else 2
        if lang == "ky":
            return f"{scope.start.year}-жылдын {n}-жарым жылдыгы"
        return f"{_ROMAN_HALVES[n - 1]} полугодие {scope.start.year} г."
    if scope.period_kind == "quarter" and lang == "ky":
        return f"{scope.start.year}-жылдын {ROMAN_QUARTERS[(scope.start.month - 1) // 3]} чейреги"
    kind = scope.period_kind if scope.period_kind else "range"
    return Period(kind, scope.start, scope.end).label(lang)  # type: ignore[arg-type]


# --- gathering ---------------------------------------------------------------------------------


def _filter(scope: ReportScope) -> CoverageFilter:
    return CoverageFilter(campaign_id=scope.campaign_id, event_id=scope.event_id)


def _record_span(db: Database, flt: CoverageFilter) -> tuple[dt.date, dt.date] | None:
    from sqlalchemy import func

    with db.session() as session:
        span: tuple[dt.datetime | None, dt.datetime | None] = session.execute(
            filtered(select(CoverageRecord), flt).with_only_columns(
                func.min(CoverageRecord.published_at), func.max(CoverageRecord.published_at)
            )
        ).one()
    low, high = span
    if low is None or high is None:
        return None
    return low.date(), high.date()


def _resolved(db: Database, scope: ReportScope) -> ReportScope:
    """Return ``scope`` with the days of a campaign or event widened to its publications."""
    if scope.scope == "period":
        return scope
    if scope.scope == "campaign":
        assert scope.campaign_id is not None
        campaign = get_campaign(db, scope.campaign_id)
        start, end = campaign.start_date, campaign.end_date
    else:
        assert scope.event_id is not None
        event = get_event(db, scope.event_id)
        start, end = event.starts_at.date(), event.ends_at.date()
    span = _record_span(db, _filter(scope))
    if span is not None:
        start, end = min(start, span[0]), max(end, span[1])
    return ReportScope(scope.scope, start, end, "", scope.campaign_id, scope.event_id)


def _figures(summary: CoverageSummary) -> Figures:
    return Figures(
        total=summary.total,
        outlets=summary.outlets,
        national_outlets=sum(1 for o in summary.by_outlet if o.scale == "national"),
        platforms=summary.platforms,
        mentions=summary.mentions,
        head_quoted=summary.head_quoted,
        reach=summary.reach,
        feedback_total=sum(summary.feedback.values()),
        by_tone=summary.by_tone,
    )


def _plan_rows(db: Database, scope: ReportScope, event: EventRow | None) -> list[PlanItemRow]:
    if scope.scope == "campaign":
        assert scope.campaign_id is not None
        return printed_rows(campaign_items(db, scope.campaign_id))
    if scope.scope == "event":
        if event is None or not event.plan_items:
            return []
        ids = {item.id for item in event.plan_items}
        first = min(item.date for item in event.plan_items)
        last = max(item.date for item in event.plan_items)
        return [row for row in printed_rows(list_items(db, first, last)) if row.id in ids]
    return printed_rows(list_items(db, scope.start, scope.end))


def _plan_lines(
    db: Database, rows: Sequence[PlanItemRow], lang: Lang
) -> tuple[list[PlanLine], list[PlanLine]]:
    covered = coverage_of_plan_items(db, {row.id for row in rows if not row.virtual})
    names = channel_names(db, lang)
    by_format: dict[str, list[int]] = {}
    by_channel: dict[str, list[int]] = {}
    for row in rows:
        published = int(row.status == "published" or covered.get(row.id, 0) > 0)
        records = 0 if row.virtual else covered.get(row.id, 0)
        for table, key in [(by_format, row.format)] + [(by_channel, c) for c in row.channels]:
            counts = table.setdefault(key, [0, 0, 0])
            counts[0] += 1
            counts[1] += published
            counts[2] += records

    def lines(table: dict[str, list[int]], name: object) -> list[PlanLine]:
        ordered = sorted(table.items(), key=lambda pair: (-pair[1][0], pair[0]))
        return [PlanLine(name(code), *counts) for code, counts in ordered]  # type: ignore[operator]

    return (
        lines(by_format, lambda code: format_label(code, lang)),
        lines(by_channel, lambda code: names.get(code, code)),
    )


def _events(
    db: Database, scope: ReportScope, event: EventRow | None, lang: Lang
) -> list[EventLine]:
    today = clock.today()
    if scope.scope == "event":
        held = [event] if event is not None else []
    else:
        held = [
            e
            for e in list_events(db, start=scope.start, end=scope.end)
            if e.starts_at.date() <= today
        ]
        if scope.scope == "campaign":
            ids = {row.id for row in campaign_items(db, scope.campaign_id or 0)}
            held = [e for e in held if any(item.id in ids for item in e.plan_items)]
    counts = coverage_of_events(db, [e.id for e in held])
    return [
        EventLine(
            e.starts_at.date(),
            kind_label(e.kind, lang),
            e.title.get(lang),
            counts.get(e.id, 0),
        )
        for e in held
    ]


def _top(db: Database, scope: ReportScope) -> list[TopLine]:
    flt = CoverageFilter(
        start=scope.start, end=scope.end, campaign_id=scope.campaign_id, event_id=scope.event_id
    )
    rec = CoverageRecord
    query = (
        filtered(select(CoverageRecord), flt)
        .with_only_columns(
            rec.published_at, rec.outlet_name, rec.title, rec.tone, rec.reach, rec.mentions
        )
        .order_by(
            rec.reach.is_(None),
            rec.reach.desc(),
            rec.mentions.desc(),
            rec.head_quoted.desc(),
            rec.published_at.desc(),
            rec.id,
        )
    )
    with db.session() as session:
        return [
            TopLine(when.date(), outlet, title, tone, reach, mentions)
            for when, outlet, title, tone, reach, mentions in session.execute(
                query.limit(TOP_COUNT)
            )
        ]


def report_data(db: Database, scope: ReportScope, lang: Lang | str) -> ReportData:
    """Gather every figure of the report on ``scope`` in ``lang``."""
    language = check_lang(lang)
    scope = _resolved(db, scope)
    flt = _filter(scope)
    summary = period_summary(db, scope.start, scope.end, flt)
    before = previous_scope(scope)
    previous = period_summary(db, before.start, before.end) if before else None
    event = get_event(db, scope.event_id) if scope.event_id is not None else None
    plan_format, plan_channel = _plan_lines(db, _plan_rows(db, scope, event), language)
    return ReportData(
        scope_kind=scope.scope,
        scope_label=scope_label(scope, language, db),
        current=_figures(summary),
        previous=_figures(previous) if previous else None,
        previous_label=scope_label(before, language) if before else "",
        outlets=[
            OutletLine(o.name, o.count, o.kind, o.scale, o.ownership) for o in summary.by_outlet
        ],
        by_platform=summary.by_platform,
        by_kind=summary.by_kind,
        by_outlet_kind=summary.by_outlet_kind,
        by_ownership=summary.by_ownership,
        by_week=summary.by_week,
        plan_by_format=plan_format,
        plan_by_channel=plan_channel,
        events=_events(db, scope, event, language),
        top=_top(db, scope),
        feedback=summary.feedback,
    )


def _signers(db: Database, lang: Lang) -> tuple[str, Signers]:
    profile = get_profile(db)
    return profile.name(lang), Signers(
        head_title=profile.head_title(lang),
        head_name=profile.head_name,
        secretary_title=profile.secretary_title(lang),
        secretary_name=profile.secretary_name,
    )


def report_document(db: Database, scope: ReportScope, *, lang: Lang | str) -> Document:
    """Return the printable report on ``scope`` in ``lang``."""
    language = check_lang(lang)
    org_name, signers = _signers(db, language)
    return build_coverage_report(
        report_data(db, scope, language), lang=language, org_name=org_name, signers=signers
    )


def export_report(
    db: Database,
    path: str | os.PathLike[str],
    scope: ReportScope,
    *,
    lang: Lang | str,
    font_path: str | None = None,
) -> int:
    """Write the report to .docx, .pdf or .xlsx (the data); return how many records it counts.

    The file is written whole or not at all: a failure leaves no half-written file.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise CoverageError(
            "file.cannot_export_as",
            what=Term("the report"),
            suffix=suffix or Term("a file without extension"),
            allowed=REPORT_FORMATS,
        )
    language = check_lang(lang)
    if suffix == ".xlsx":
        from pressdesk.services.coverage.report_xlsx import write_report_xlsx

        data = report_data(db, scope, language)
        resolved = _resolved(db, scope)
        write_report_xlsx(db, path, resolved, data, lang=language)
        return data.current.total
    org_name, signers = _signers(db, language)
    data = report_data(db, scope, language)
    doc = build_coverage_report(data, lang=language, org_name=org_name, signers=signers)
    render(doc, path, font_path=font_path)
    return data.current.total
