"""Build the coverage report for the head: Table 5 indicators, outlets, tone, plan, events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from pressdesk.chart_palette import ownership_colour, tone_colour
from pressdesk.documents import model as m
from pressdesk.documents.charts import format_count
from pressdesk.documents.coverage_words import vocab, word
from pressdesk.documents.locale import Lang, format_date_short

TONE_ORDER: Final = ("positive", "neutral", "negative", "")
OWNERSHIP_ORDER: Final = ("state", "private", "")
TOP_COUNT: Final = 10
NBSP: Final = "\u00a0"


@dataclass(frozen=True)
class OutletLine:
    """Publications of one outlet; kind, scale and ownership are codes ("" when unknown)."""

    name: str
    count: int
    kind: str = ""
    scale: str = ""
    ownership: str = ""


@dataclass(frozen=True)
class Figures:
    """The counts of one period that the report compares."""

    total: int = 0
    outlets: int = 0
    national_outlets: int = 0
    platforms: int = 0
    mentions: int = 0
    head_quoted: int = 0
    reach: int = 0
    feedback_total: int = 0
    by_tone: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanLine:
    """Plan fulfilment of one format or channel (already named in the document's language)."""

    name: str
    planned: int
    published: int
    covered: int


@dataclass(frozen=True)
class EventLine:
    """An event held and how many publications covered it."""

    day: dt.date
    kind: str
    title: str
    records: int


@dataclass(frozen=True)
class TopLine:
    """One of the top publications."""

    day: dt.date
    outlet: str
    title: str
    tone: str
    reach: int | None
    mentions: int


@dataclass(frozen=True)
class ReportData:
    """Everything the report prints, gathered by the coverage service."""

    scope_kind: str  # "period", "campaign" or "event"
    scope_label: str
    current: Figures
    previous: Figures | None = None
    previous_label: str = ""
    outlets: Sequence[OutletLine] = ()
    by_platform: Mapping[str, int] = field(default_factory=dict)
    by_kind: Mapping[str, int] = field(default_factory=dict)
    by_outlet_kind: Mapping[str, int] = field(default_factory=dict)
    by_ownership: Mapping[str, int] = field(default_factory=dict)
    by_week: Mapping[dt.date, int] = field(default_factory=dict)
    plan_by_format: Sequence[PlanLine] = ()
    plan_by_channel: Sequence[PlanLine] = ()
    events: Sequence[EventLine] = ()
    top: Sequence[TopLine] = ()
    feedback: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Signers:
    """Who approves the report (the head) and who signs it (the press secretary)."""

    head_title: str = ""
    head_name: str = ""
    secretary_title: str = ""
    secretary_name: str = ""


def percent(part: float, whole: float) -> str:
    """Return ``part`` of ``whole`` as a whole percentage: "42 %" ("0 %" of nothing)."""
    return f"{round(100 * part / whole) if whole else 0}{NBSP}%"


def change(now: int, before: int) -> str:
    """Return the change from ``before`` to ``now``: "+5 (+12 %)", "−3 (−20 %)" or "0"."""
    delta = now - before
    if delta == 0:
        return "0"
    sign = "+" if delta > 0 else "−"
    text = f"{sign}{format_count(abs(delta))}"
    if before:
        text += f" ({sign}{round(100 * abs(delta) / before)}{NBSP}%)"
    return text


def sorted_counts(counts: Mapping[str, int], order: Sequence[str] = ()) -> list[tuple[str, int]]:
    """Return ``counts`` in ``order`` first (zeros too), the rest largest first.

    The code "" (tone still to set, outlet not in the base) is left out when it counts nothing.
    """
    known = [(code, counts.get(code, 0)) for code in order if code or counts.get(code, 0)]
    rest = sorted(
        ((code, n) for code, n in counts.items() if code not in order), key=lambda p: (-p[1], p[0])
    )
    return known + rest


def indicator_lines(data: ReportData, lang: Lang) -> list[tuple[str, int, int | None]]:
    """Return the Table 5 indicators: name, this period's value, the previous one (or None)."""
    now, before = data.current, data.previous
    tone_now, tone_before = now.by_tone, (before.by_tone if before else {})
    lines: list[tuple[str, int, int | None]] = [
        (word("i.total", lang), now.total, before.total if before else None),
        (word("i.outlets", lang), now.outlets, before.outlets if before else None),
        (
            word("i.national", lang),
            now.national_outlets,
            before.national_outlets if before else None,
        ),
        (word("i.platforms", lang), now.platforms, before.platforms if before else None),
        (word("i.mentions", lang), now.mentions, before.mentions if before else None),
        (
            word("i.positive", lang),
            tone_now.get("positive", 0),
            tone_before.get("positive", 0) if before else None,
        ),
        (
            word("i.negative", lang),
            tone_now.get("negative", 0),
            tone_before.get("negative", 0) if before else None,
        ),
        (word("i.quoted", lang), now.head_quoted, before.head_quoted if before else None),
        (word("i.reach", lang), now.reach, before.reach if before else None),
        (
            word("i.feedback", lang),
            now.feedback_total,
            before.feedback_total if before else None,
        ),
    ]
    return lines


def _indicators(data: ReportData, lang: Lang) -> m.Table:
    lines = indicator_lines(data, lang)
    if data.previous is None:
        columns = [
            m.Column(word("i.indicator", lang), 4.0),
            m.Column(word("i.value", lang), 1.4, "right"),
        ]
        rows = [[name, format_count(value)] for name, value, _ in lines]
    else:
        columns = [
            m.Column(word("i.indicator", lang), 3.6),
            m.Column(word("i.current", lang), 1.5, "right"),
            m.Column(word("i.previous", lang), 1.5, "right"),
            m.Column(word("i.change", lang), 1.5, "right"),
        ]
        rows = [
            [name, format_count(value), format_count(old or 0), change(value, old or 0)]
            for name, value, old in lines
        ]
    return m.Table(columns, rows, numbered=True)


def _share_table(
    counts: list[tuple[str, int]], first: str, group: str, lang: Lang, *, unit: str = "c.count"
) -> m.Table:
    total = sum(n for _, n in counts)
    rows = [[vocab(group, code, lang), format_count(n), percent(n, total)] for code, n in counts]
    rows.append([word("total_line", lang), format_count(total), percent(total, total)])
    return m.Table(
        [
            m.Column(first, 3.0),
            m.Column(word(unit, lang), 1.3, "right"),
            m.Column(word("c.share", lang), 1.0, "right"),
        ],
        rows,
    )


#: Names a code ("positive", "tv", "state"…) in the language of the chart.
Namer = Callable[[str], str]


def _chart(
    kind: str,
    title: str,
    pairs: list[tuple[str, int]],
    name: Namer,
    *,
    colors: Sequence[str] = (),
) -> m.Chart:
    return m.Chart(
        kind,  # type: ignore[arg-type]
        title,
        [name(code) for code, _ in pairs],
        [float(n) for _, n in pairs],
        tuple(colors),
    )


def tone_pie(by_tone: Mapping[str, int], title: str, name: Namer) -> m.Chart:
    """Return the pie of tones (positive, neutral, negative, still to set), named by ``name``."""
    pairs = sorted_counts(by_tone, TONE_ORDER)
    return _chart("pie", title, pairs, name, colors=[tone_colour(c) for c, _ in pairs])


def count_columns(labels: Sequence[str], counts: Sequence[int], title: str) -> m.Chart:
    """Return columns of a count in time (per week, day or month), one colour."""
    return m.Chart("column", title, list(labels), [float(n) for n in counts])


def outlet_kind_bars(by_outlet_kind: Mapping[str, int], title: str, name: Namer) -> m.Chart:
    """Return the bars of publications by outlet kind, the largest first."""
    return _chart("bar", title, sorted_counts(by_outlet_kind), name)


def ownership_pie(by_ownership: Mapping[str, int], title: str, name: Namer) -> m.Chart:
    """Return the pie of state, private and unknown outlets, named by ``name``."""
    pairs = sorted_counts(by_ownership, OWNERSHIP_ORDER)
    return _chart("pie", title, pairs, name, colors=[ownership_colour(c) for c, _ in pairs])


def _namer(group: str, lang: Lang) -> Namer:
    return lambda code: vocab(group, code, lang)


def tone_chart(by_tone: Mapping[str, int], lang: Lang) -> m.Chart:
    """Return the pie of tones (positive, neutral, negative, still to set)."""
    return tone_pie(by_tone, word("ch.tone", lang), _namer("tone", lang))


def week_chart(by_week: Mapping[dt.date, int], lang: Lang) -> m.Chart:
    """Return the columns of publications per week, each week named by its Monday."""
    weeks = sorted(by_week)
    return count_columns(
        [f"{monday:%d.%m}" for monday in weeks],
        [by_week[monday] for monday in weeks],
        word("ch.weeks", lang),
    )


def outlet_kind_chart(by_outlet_kind: Mapping[str, int], lang: Lang) -> m.Chart:
    """Return the bars of publications by outlet kind."""
    return outlet_kind_bars(by_outlet_kind, word("ch.kinds", lang), _namer("outlet_kind", lang))


def ownership_chart(by_ownership: Mapping[str, int], lang: Lang) -> m.Chart:
    """Return the pie of state, private and unknown outlets."""
    return ownership_pie(by_ownership, word("ch.ownership", lang), _namer("owners", lang))


def _plan_table(lines: Sequence[PlanLine], first: str, lang: Lang) -> m.Table:
    rows = [
        [
            line.name,
            format_count(line.planned),
            format_count(line.published),
            format_count(line.covered),
            percent(line.published, line.planned),
        ]
        for line in lines
    ]
    return m.Table(
        [
            m.Column(first, 2.6),
            m.Column(word("c.planned", lang), 1.4, "right"),
            m.Column(word("c.published", lang), 1.4, "right"),
            m.Column(word("c.covered", lang), 1.5, "right"),
            m.Column(word("c.percent", lang), 1.3, "right"),
        ],
        rows,
    )


def _sections(data: ReportData, lang: Lang) -> list[m.Block]:
    now = data.current
    blocks: list[m.Block] = []
    # 1. Table 5 indicators and the trend.
    intro: list[m.Block] = [_indicators(data, lang)]
    if data.previous is not None:
        label = data.previous_label.rstrip(".")
        intro.append(m.Paragraph(f"{word('previous', lang)}: {label}.", italic=True))
    blocks.append(m.Section(word("s.indicators", lang), intro))
    # 2. Outlets with kind and scale.
    outlet_blocks: list[m.Block] = []
    if data.outlets:
        rows = [
            [
                line.name,
                vocab("outlet_kind", line.kind, lang),
                vocab("scale", line.scale, lang),
                vocab("ownership", line.ownership, lang),
                format_count(line.count),
            ]
            for line in data.outlets
        ]
        outlet_blocks.append(
            m.Table(
                [
                    m.Column(word("c.outlet", lang), 2.6),
                    m.Column(word("c.kind", lang), 2.0),
                    m.Column(word("c.scale", lang), 1.7),
                    m.Column(word("c.ownership", lang), 1.7),
                    m.Column(word("c.count", lang), 1.3, "right"),
                ],
                rows,
                numbered=True,
            )
        )
        unknown = sum(line.count for line in data.outlets if not line.kind)
        if unknown:
            outlet_blocks.append(
                m.Paragraph(
                    word("unknown_outlets", lang).format(n=format_count(unknown)), italic=True
                )
            )
        outlet_blocks.append(outlet_kind_chart(data.by_outlet_kind, lang))
    else:
        outlet_blocks.append(m.Paragraph(word("none", lang), italic=True))
    blocks.append(m.Section(word("s.outlets", lang), outlet_blocks))
    # 3. Platforms and kinds of material.
    platform_blocks: list[m.Block] = []
    if now.total:
        platform_blocks.append(
            _share_table(
                sorted_counts(data.by_platform), word("c.platform", lang), "platform", lang
            )
        )
        platform_blocks.append(
            _share_table(sorted_counts(data.by_kind), word("c.material", lang), "kind", lang)
        )
    else:
        platform_blocks.append(m.Paragraph(word("none", lang), italic=True))
    blocks.append(m.Section(word("s.platforms", lang), platform_blocks))
    # 4. Tone and its trend; publications per week.
    tone_blocks: list[m.Block] = []
    tones = sorted_counts(now.by_tone, TONE_ORDER)
    if data.previous is not None:
        before = data.previous.by_tone
        total_before = data.previous.total
        rows = [
            [
                vocab("tone", code, lang),
                format_count(n),
                percent(n, now.total),
                format_count(before.get(code, 0)),
                percent(before.get(code, 0), total_before),
            ]
            for code, n in tones
        ]
        tone_blocks.append(
            m.Table(
                [
                    m.Column(word("c.tone", lang), 2.2),
                    m.Column(word("i.current", lang), 1.5, "right"),
                    m.Column(word("c.share", lang), 1.0, "right"),
                    m.Column(word("i.previous", lang), 1.5, "right"),
                    m.Column(word("c.share", lang), 1.0, "right"),
                ],
                rows,
            )
        )
        delta = now.total - data.previous.total
        key = "trend.up" if delta > 0 else "trend.down" if delta < 0 else "trend.same"
        trend = [word(key, lang).format(n=format_count(abs(delta)))]
        for tone in ("positive", "negative"):
            trend.append(
                word(f"trend.{tone}", lang).format(
                    now=percent(now.by_tone.get(tone, 0), now.total),
                    before=percent(before.get(tone, 0), total_before),
                )
            )
        tone_blocks.append(m.Paragraph(" ".join(trend), align="justify"))
    else:
        tone_blocks.append(_share_table(tones, word("c.tone", lang), "tone", lang))
    tone_blocks.append(tone_chart(now.by_tone, lang))
    if len(data.by_week) > 1:
        tone_blocks.append(week_chart(data.by_week, lang))
    blocks.append(m.Section(word("s.tone", lang), tone_blocks))
    # 5. State and private outlets (equal access).
    owners = sorted_counts(data.by_ownership, OWNERSHIP_ORDER)
    own_blocks: list[m.Block] = [_share_table(owners, word("c.ownership", lang), "owners", lang)]
    if now.total:
        own_blocks.append(
            m.Paragraph(
                word("equal_access", lang).format(
                    state=percent(data.by_ownership.get("state", 0), now.total),
                    private=percent(data.by_ownership.get("private", 0), now.total),
                )
            )
        )
        own_blocks.append(ownership_chart(data.by_ownership, lang))
    blocks.append(m.Section(word("s.ownership", lang), own_blocks))
    # 6. Plan fulfilment.
    plan_blocks: list[m.Block] = []
    if data.plan_by_format:
        planned = sum(line.planned for line in data.plan_by_format)
        published = sum(line.published for line in data.plan_by_format)
        plan_blocks.append(
            m.Paragraph(
                word("plan_summary", lang).format(
                    planned=format_count(planned),
                    published=format_count(published),
                    percent=percent(published, planned),
                )
            )
        )
        plan_blocks.append(m.Heading(word("plan_by_format", lang), 2))
        plan_blocks.append(_plan_table(data.plan_by_format, word("c.format", lang), lang))
        if data.plan_by_channel:
            plan_blocks.append(m.Heading(word("plan_by_channel", lang), 2))
            plan_blocks.append(_plan_table(data.plan_by_channel, word("c.channel", lang), lang))
    else:
        plan_blocks.append(m.Paragraph(word("no_plan", lang), italic=True))
    blocks.append(m.Section(word("s.plan", lang), plan_blocks))
    # 7. Events held and their coverage.
    if data.events:
        event_blocks: list[m.Block] = [
            m.Table(
                [
                    m.Column(word("c.date", lang), 1.2),
                    m.Column(word("c.kind", lang), 1.8),
                    m.Column(word("c.event", lang), 4.0),
                    m.Column(word("c.records", lang), 1.5, "right"),
                ],
                [
                    [format_date_short(e.day), e.kind, e.title, format_count(e.records)]
                    for e in data.events
                ],
                numbered=True,
            )
        ]
    else:
        event_blocks = [m.Paragraph(word("no_events", lang), italic=True)]
    blocks.append(m.Section(word("s.events", lang), event_blocks))
    # 8. Top publications.
    if data.top:
        top_blocks: list[m.Block] = [
            m.Paragraph(word("top_note", lang).format(n=len(data.top)), italic=True),
            m.Table(
                [
                    m.Column(word("c.date", lang), 1.2),
                    m.Column(word("c.outlet", lang), 1.9),
                    m.Column(word("c.title", lang), 4.2),
                    m.Column(word("c.tone", lang), 1.5),
                    m.Column(word("c.reach", lang), 1.2, "right"),
                ],
                [
                    [
                        format_date_short(t.day),
                        t.outlet,
                        t.title,
                        vocab("tone", t.tone, lang),
                        format_count(t.reach) if t.reach is not None else "–",
                    ]
                    for t in data.top
                ],
                numbered=True,
            ),
        ]
    else:
        top_blocks = [m.Paragraph(word("none", lang), italic=True)]
    blocks.append(m.Section(word("s.top", lang), top_blocks))
    # 9. Feedback.
    feedback = [(code, n) for code, n in sorted_counts(data.feedback) if n]
    if feedback:
        fb_blocks: list[m.Block] = [
            _share_table(feedback, word("c.feedback", lang), "feedback", lang, unit="c.number")
        ]
    else:
        fb_blocks = [m.Paragraph(word("no_feedback", lang), italic=True)]
    blocks.append(m.Section(word("s.feedback", lang), fb_blocks))
    # A closing line, which the signature keeps with it on the last page.
    blocks.append(m.Spacer(2))
    blocks.append(m.Paragraph(word("closing", lang), align="justify"))
    return blocks


def build_coverage_report(
    data: ReportData,
    *,
    lang: Lang,
    org_name: str = "",
    signers: Signers | None = None,
    generated_at: dt.datetime | None = None,
) -> m.Document:
    """Return the report with the head's approval block and the press secretary's signature."""
    signers = signers or Signers()
    approval = (
        m.Approval(title=signers.head_title, name=signers.head_name)
        if signers.head_name or signers.head_title
        else None
    )
    signatures = (
        [m.Signature(role=signers.secretary_title, name=signers.secretary_name)]
        if signers.secretary_name or signers.secretary_title
        else []
    )
    subtitle = f"{word('scope.' + data.scope_kind, lang)}: {data.scope_label}"
    return m.Document(
        lang=lang,
        title=word("title", lang),
        subtitle=subtitle,
        org_name=org_name,
        blocks=_sections(data, lang),
        approval=approval,
        signatures=signatures,
        author=signers.secretary_name or None,
        subject=subtitle,
        generated_at=generated_at,
    )
