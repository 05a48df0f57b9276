"""Counts of a period's coverage for the dashboard and the report: by tone, platform, kind…"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select

from pressdesk.services.coverage.records import CoverageFilter, filtered
from pressdesk.storage.contacts_models import Outlet
from pressdesk.storage.coverage_models import CoverageFeedback, CoverageRecord
from pressdesk.storage.engine import Database

__all__ = ["CoverageSummary", "OutletCount", "period_summary", "week_start"]


@dataclass(frozen=True)
class OutletCount:
    """Publications of one outlet in the period (``outlet_id`` None: not in the contact base)."""

    outlet_id: int | None
    name: str
    count: int
    kind: str = ""
    ownership: str = ""
    scale: str = ""


@dataclass(frozen=True)
class CoverageSummary:
    """The Table 5 figures of a period and the splits the charts draw.

    ``by_tone`` has the key "" for records whose tone is still to set; ``by_ownership`` and
    ``by_outlet_kind`` have "" for outlets not in the contact base. ``by_week`` is keyed by the
    Monday of each week, every week of the period present (zero when nothing was published);
    ``by_day`` has only the days something was published.
    """

    start: dt.date
    end: dt.date
    total: int = 0
    mentions: int = 0
    head_quoted: int = 0
    reach: int = 0
    outlets: int = 0
    platforms: int = 0
    by_tone: dict[str, int] = field(default_factory=dict)
    by_platform: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    by_ownership: dict[str, int] = field(default_factory=dict)
    by_outlet_kind: dict[str, int] = field(default_factory=dict)
    by_outlet: list[OutletCount] = field(default_factory=list)
    by_week: dict[dt.date, int] = field(default_factory=dict)
    by_day: dict[dt.date, int] = field(default_factory=dict)
    feedback: dict[str, int] = field(default_factory=dict)


def week_start(day: dt.date) -> dt.date:
    """Return the Monday of the week ``day`` falls in."""
    return day - dt.timedelta(days=day.weekday())


def _counts(rows: object) -> dict[str, int]:
    return {str(key or ""): int(count) for key, count in rows}  # type: ignore[attr-defined]


def period_summary(
    db: Database, start: dt.date, end: dt.date, flt: CoverageFilter | None = None
) -> CoverageSummary:
    """Count the records published from ``start`` to ``end`` (both included).

    ``flt`` narrows them further (a campaign, an event…); its own dates are replaced.
    """
    base_filter = CoverageFilter(**{**(flt.__dict__ if flt else {}), "start": start, "end": end})
    records = filtered(select(CoverageRecord.id), base_filter).subquery()
    rec = CoverageRecord

    def grouped(column: ColumnElement[str] | Any) -> dict[str, int]:
        query = (
            select(column, func.count())
            .select_from(rec)
            .outerjoin(Outlet, Outlet.id == rec.outlet_id)
            .where(rec.id.in_(select(records.c.id)))
            .group_by(column)
        )
        return _counts(session.execute(query))

    with db.session() as session:
        total, mentions, quoted, reach = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(rec.mentions), 0),
                func.coalesce(func.sum(func.cast(rec.head_quoted, type_=rec.mentions.type)), 0),
                func.coalesce(func.sum(rec.reach), 0),
            ).where(rec.id.in_(select(records.c.id)))
        ).one()
        by_tone = grouped(rec.tone)
        by_platform = grouped(rec.platform)
        by_kind = grouped(rec.kind)
        by_ownership = grouped(Outlet.ownership)
        by_outlet_kind = grouped(Outlet.kind)
        outlet_rows = session.execute(
            select(
                rec.outlet_id,
                func.min(rec.outlet_name),
                rec.outlet_key,
                func.count(),
                func.min(Outlet.kind),
                func.min(Outlet.ownership),
                func.min(Outlet.scale),
            )
            .outerjoin(Outlet, Outlet.id == rec.outlet_id)
            .where(rec.id.in_(select(records.c.id)))
            .group_by(rec.outlet_id, rec.outlet_key)
        ).all()
        # Counted per day in SQL: a year holds thousands of records but only 366 days.
        day_of = func.date(rec.published_at)
        day_rows = session.execute(
            select(day_of, func.count()).where(rec.id.in_(select(records.c.id))).group_by(day_of)
        ).all()
        feedback = _counts(
            session.execute(
                select(CoverageFeedback.kind, func.sum(CoverageFeedback.count))
                .where(
                    CoverageFeedback.record_id.in_(select(records.c.id))
                    | (
                        (CoverageFeedback.period_start >= start)
                        & (CoverageFeedback.period_end <= end)
                    )
                )
                .group_by(CoverageFeedback.kind)
            )
        )
    by_day = {dt.date.fromisoformat(str(text)): int(n) for text, n in day_rows if text}
    weeks: Counter[dt.date] = Counter()
    for day, count in by_day.items():
        weeks[week_start(day)] += count
    by_week: dict[dt.date, int] = {}
    monday = week_start(start)
    while monday <= end:
        by_week[monday] = weeks.get(monday, 0)
        monday += dt.timedelta(days=7)
    by_outlet = sorted(
        (
            OutletCount(oid, name or "", int(n), kind or "", own or "", scale or "")
            for oid, name, _key, n, kind, own, scale in outlet_rows
        ),
        key=lambda o: (-o.count, o.name),
    )
    return CoverageSummary(
        start=start,
        end=end,
        total=int(total),
        mentions=int(mentions),
        head_quoted=int(quoted),
        reach=int(reach),
        outlets=len(by_outlet),
        platforms=len(by_platform),
        by_tone=by_tone,
        by_platform=by_platform,
        by_kind=by_kind,
        by_ownership=by_ownership,
        by_outlet_kind=by_outlet_kind,
        by_outlet=by_outlet,
        by_week=by_week,
        by_day=dict(sorted(by_day.items())),
        feedback=feedback,
    )
