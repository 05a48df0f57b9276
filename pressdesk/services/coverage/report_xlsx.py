"""The coverage report's data as a workbook: one sheet per table, and every publication."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence

from sqlalchemy import select

from pressdesk.chart_palette import SERIES
from pressdesk.documents import model as m
from pressdesk.documents.builders_coverage import (
    OWNERSHIP_ORDER,
    TONE_ORDER,
    PlanLine,
    ReportData,
    indicator_lines,
    outlet_kind_chart,
    ownership_chart,
    sorted_counts,
    tone_chart,
    week_chart,
)
from pressdesk.documents.coverage_words import vocab, word
from pressdesk.documents.locale import Lang
from pressdesk.exchange.table_write import CellValue
from pressdesk.exchange.xlsx_charts import SheetChart
from pressdesk.exchange.xlsx_stream import Sheet, write_xlsx_stream
from pressdesk.services.coverage.records import CoverageFilter, filtered
from pressdesk.services.coverage.report import ReportScope
from pressdesk.storage.coverage_models import CoverageRecord
from pressdesk.storage.engine import Database


def _counts(
    title: str,
    first: str,
    counts: list[tuple[str, int]],
    group: str,
    lang: Lang,
    *,
    unit: str = "c.count",
    chart: SheetChart | None = None,
) -> Sheet:
    return Sheet(
        title,
        [first, word(unit, lang)],
        [[vocab(group, code, lang), n] for code, n in counts],
        [34, 14],
        chart,
    )


def _charted(
    title: str,
    first: str,
    counts: list[tuple[str, int]],
    group: str,
    lang: Lang,
    *,
    chart: m.Chart,
) -> Sheet:
    """Return a sheet of ``counts`` with the report's ``chart`` of them, in its colours."""
    colours = chart.colors or ((SERIES[0],) if chart.kind == "column" else SERIES)
    return _counts(
        title,
        first,
        counts,
        group,
        lang,
        chart=SheetChart(chart.kind, chart.title, colours[: max(len(counts), 1)]),
    )


def _plan(title: str, first: str, lines: Sequence[PlanLine], lang: Lang) -> Sheet:
    return Sheet(
        title,
        [first, word("c.planned", lang), word("c.published", lang), word("c.covered", lang)],
        [[line.name, line.planned, line.published, line.covered] for line in lines],
        [30, 16, 16, 18],
    )


def _records(db: Database, scope: ReportScope, lang: Lang) -> Sheet:
    rec = CoverageRecord
    query = (
        filtered(
            select(CoverageRecord),
            CoverageFilter(
                start=scope.start,
                end=scope.end,
                campaign_id=scope.campaign_id,
                event_id=scope.event_id,
            ),
        )
        .with_only_columns(
            rec.published_at,
            rec.outlet_name,
            rec.kind,
            rec.platform,
            rec.title,
            rec.url,
            rec.tone,
            rec.mentions,
            rec.head_quoted,
            rec.reach,
        )
        .order_by(rec.published_at, rec.id)
    )
    # The names of the codes are looked up once, not per row.
    names: dict[tuple[str, str], str] = {}

    def name(group: str, code: str) -> str:
        key = (group, code)
        if key not in names:
            names[key] = vocab(group, code, lang)
        return names[key]

    yes, no = word("yes", lang), word("no", lang)
    with db.session() as session:
        rows: list[list[CellValue]] = [
            [
                when.date(),
                when.strftime("%H:%M"),
                outlet,
                name("kind", kind),
                name("platform", platform),
                title,
                url,
                name("tone", tone),
                mentions,
                yes if quoted else no,
                reach,
            ]
            for when, outlet, kind, platform, title, url, tone, mentions, quoted, reach in (
                session.execute(query)
            )
        ]
    headers = [
        word("c.date", lang),
        word("c.time", lang),
        word("c.outlet", lang),
        word("c.material", lang),
        word("c.platform", lang),
        word("c.title", lang),
        word("c.link", lang),
        word("c.tone", lang),
        word("c.mentions", lang),
        word("c.quoted", lang),
        word("c.reach", lang),
    ]
    return Sheet(
        word("x.records", lang), headers, rows, [11, 7, 24, 16, 14, 60, 40, 14, 12, 12, 10]
    )


def _weeks(by_week: Mapping[dt.date, int], lang: Lang) -> Sheet:
    return Sheet(
        word("x.weeks", lang),
        [word("c.week", lang), word("c.count", lang)],
        [[monday, by_week[monday]] for monday in sorted(by_week)],
        [14, 14],
        SheetChart("column", week_chart(by_week, lang).title, (SERIES[0],)),
    )


def report_sheets(db: Database, scope: ReportScope, data: ReportData, *, lang: Lang) -> list[Sheet]:
    """Return the sheets of the report's workbook in ``lang``."""
    indicators = Sheet(
        word("x.indicators", lang),
        [
            word("i.indicator", lang),
            word("i.current", lang),
            word("i.previous", lang),
        ],
        [[name, now, before] for name, now, before in indicator_lines(data, lang)],
        [60, 18, 18],
    )
    outlets = Sheet(
        word("x.outlets", lang),
        [
            word("c.outlet", lang),
            word("c.kind", lang),
            word("c.scale", lang),
            word("c.ownership", lang),
            word("c.count", lang),
        ],
        [
            [
                line.name,
                vocab("outlet_kind", line.kind, lang),
                vocab("scale", line.scale, lang),
                vocab("ownership", line.ownership, lang),
                line.count,
            ]
            for line in data.outlets
        ],
        [30, 24, 18, 18, 12],
    )
    events = Sheet(
        word("x.events", lang),
        [
            word("c.date", lang),
            word("c.kind", lang),
            word("c.event", lang),
            word("c.records", lang),
        ],
        [[e.day, e.kind, e.title, e.records] for e in data.events],
        [11, 24, 60, 14],
    )
    top = Sheet(
        word("x.top", lang),
        [
            word("c.date", lang),
            word("c.outlet", lang),
            word("c.title", lang),
            word("c.tone", lang),
            word("c.reach", lang),
            word("c.mentions", lang),
        ],
        [
            [t.day, t.outlet, t.title, vocab("tone", t.tone, lang), t.reach, t.mentions]
            for t in data.top
        ],
        [11, 24, 60, 14, 12, 12],
    )
    return [
        indicators,
        outlets,
        _counts(
            word("x.platforms", lang),
            word("c.platform", lang),
            sorted_counts(data.by_platform),
            "platform",
            lang,
        ),
        _counts(
            word("x.kinds", lang),
            word("c.material", lang),
            sorted_counts(data.by_kind),
            "kind",
            lang,
        ),
        _charted(
            word("x.tone", lang),
            word("c.tone", lang),
            sorted_counts(data.current.by_tone, TONE_ORDER),
            "tone",
            lang,
            chart=tone_chart(data.current.by_tone, lang),
        ),
        _weeks(data.by_week, lang),
        _charted(
            word("x.outlet_kinds", lang),
            word("c.kind", lang),
            sorted_counts(data.by_outlet_kind),
            "outlet_kind",
            lang,
            chart=outlet_kind_chart(data.by_outlet_kind, lang),
        ),
        _charted(
            word("x.ownership", lang),
            word("c.ownership", lang),
            sorted_counts(data.by_ownership, OWNERSHIP_ORDER),
            "owners",
            lang,
            chart=ownership_chart(data.by_ownership, lang),
        ),
        _plan(word("x.plan_format", lang), word("c.format", lang), data.plan_by_format, lang),
        _plan(word("x.plan_channel", lang), word("c.channel", lang), data.plan_by_channel, lang),
        events,
        top,
        _counts(
            word("x.feedback", lang),
            word("c.feedback", lang),
            sorted_counts(data.feedback),
            "feedback",
            lang,
            unit="c.number",
        ),
        _records(db, scope, lang),
    ]


def write_report_xlsx(
    db: Database, path: str | os.PathLike[str], scope: ReportScope, data: ReportData, *, lang: Lang
) -> None:
    """Write the report's workbook to ``path`` atomically."""
    write_xlsx_stream(path, report_sheets(db, scope, data, lang=lang))
