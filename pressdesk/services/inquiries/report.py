"""The report on media inquiries for a month, quarter, half-year or year (DOCX, PDF, XLSX).

Inquiries are counted by the day they were received. An answer is on time when it went out by
the first deadline (the journalist's or the legal one); time to answer is counted in hours from
receipt to the answer; "in full" is the share of answers with the outcome "answered".
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from pressdesk import clock
from pressdesk.documents import render
from pressdesk.documents.builders_inquiries_report import (
    InquiryStats,
    Refusal,
    build_inquiry_report,
    indicator_values,
    word,
)
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.exchange.xlsx_stream import Sheet, write_xlsx_stream
from pressdesk.messages import Term
from pressdesk.services.coverage.report import ReportScope, period_scope, scope_label
from pressdesk.services.inquiries.records import InquiryError
from pressdesk.services.profile import get_profile
from pressdesk.storage.contacts_models import Outlet
from pressdesk.storage.engine import Database
from pressdesk.storage.inquiries_models import INQUIRY_CHANNELS, INQUIRY_KINDS, Inquiry

__all__ = ["REPORT_FORMATS", "export_inquiry_report", "inquiry_stats", "period_scope"]

REPORT_FORMATS = (".docx", ".pdf", ".xlsx")


def _sorted(counter: Counter[str], order: tuple[str, ...]) -> list[tuple[str, int]]:
    return [(code, counter[code]) for code in order if counter[code]]


def inquiry_stats(db: Database, start: dt.date, end: dt.date, lang: Lang) -> InquiryStats:
    """Return the indicators of the inquiries received from ``start`` to ``end`` inclusive."""
    query = (
        select(
            Inquiry.received_at,
            Inquiry.kind,
            Inquiry.channel,
            Inquiry.outlet_name,
            Outlet.name,
            Outlet.ownership,
            Inquiry.status,
            Inquiry.due_on,
            Inquiry.answered_at,
            Inquiry.outcome,
            Inquiry.question,
            Inquiry.ground_ky,
            Inquiry.ground_ru,
        )
        .outerjoin(Outlet, Outlet.id == Inquiry.outlet_id)
        .where(
            Inquiry.received_at >= dt.datetime.combine(start, dt.time()),
            Inquiry.received_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
        )
        .order_by(Inquiry.received_at)
    )
    today = clock.today()
    kinds: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    owners: Counter[str] = Counter()
    outlets: Counter[tuple[str, str]] = Counter()
    outcomes: Counter[str] = Counter()
    hours: list[float] = []
    on_time = total = open_ = overdue = interviews = granted = 0
    refusals: list[Refusal] = []
    with db.session() as session:
        rows = session.execute(query).all()
    for (
        received,
        kind,
        channel,
        typed_outlet,
        outlet,
        ownership,
        status,
        due_on,
        answered_at,
        outcome,
        question,
        ground_ky,
        ground_ru,
    ) in rows:
        total += 1
        kinds[kind] += 1
        channels[channel] += 1
        owner = ownership or ""
        owners[owner] += 1
        name = outlet or typed_outlet
        if name:
            outlets[(name, owner)] += 1
        if kind == "interview":
            interviews += 1
            granted += outcome in ("answered", "partly")
        if answered_at is None or status != "answered":
            open_ += 1
            overdue += due_on is not None and due_on < today
            continue
        outcomes[outcome or "answered"] += 1
        hours.append(max(0.0, (answered_at - received).total_seconds() / 3600))
        on_time += due_on is None or answered_at.date() <= due_on
        if outcome == "refused":
            ground = (ground_ky if lang == "ky" else ground_ru) or ground_ru or ground_ky
            text = " ".join(question.split())
            refusals.append(
                Refusal(
                    received.date(), name, text[:200] + ("…" if len(text) > 200 else ""), ground
                )
            )
    answered = total - open_
    return InquiryStats(
        total=total,
        answered=answered,
        open=open_,
        overdue=overdue,
        median_hours=statistics.median(hours) if hours else None,
        on_time=on_time / answered if answered else None,
        full=outcomes["answered"] / answered if answered else None,
        outcomes=dict(outcomes),
        by_kind=_sorted(kinds, INQUIRY_KINDS),
        by_channel=_sorted(channels, INQUIRY_CHANNELS),
        by_ownership=_sorted(owners, ("state", "private", "")),
        by_outlet=sorted(
            ((name, own, n) for (name, own), n in outlets.items()), key=lambda t: (-t[2], t[0])
        ),
        refusals=refusals,
        interviews=interviews,
        interviews_granted=granted,
    )


def _sheets(stats: InquiryStats, lang: Lang) -> list[Sheet]:
    count, share = word("c.count", lang), word("c.share", lang)

    def counts(title: str, rows: list[tuple[str, int]], prefix: str) -> Sheet:
        return Sheet(
            word(title, lang),
            [word("c.name", lang), count, share],
            [
                [word(f"{prefix}.{code}", lang), n, round(n / stats.total, 4) if stats.total else 0]
                for code, n in rows
            ],
            [34, 14, 12],
        )

    return [
        Sheet(
            word("main", lang),
            [word("c.indicator", lang), word("c.value", lang)],
            [[word(key, lang), value] for key, value in indicator_values(stats)],
            [50, 16],
        ),
        counts("s.kind", stats.by_kind, "kind"),
        counts("s.channel", stats.by_channel, "channel"),
        counts("s.ownership", stats.by_ownership, "own"),
        Sheet(
            word("s.outlet", lang),
            [word("c.outlet", lang), word("c.ownership", lang), count],
            [[name, word(f"own.{own}", lang), n] for name, own, n in stats.by_outlet],
            [34, 18, 12],
        ),
        Sheet(
            word("s.refusals", lang),
            [
                word("c.date", lang),
                word("c.outlet", lang),
                word("c.question", lang),
                word("c.ground", lang),
            ],
            [[r.day, r.outlet, r.question, r.ground] for r in stats.refusals],
            [12, 24, 60, 60],
        ),
    ]


def export_inquiry_report(
    db: Database,
    path: str | os.PathLike[str],
    scope: ReportScope,
    *,
    lang: Lang | str,
    font_path: str | None = None,
) -> int:
    """Write the report on ``scope`` to .docx, .pdf or .xlsx; return how many inquiries it counts.

    The file is written whole or not at all.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise InquiryError(
            "file.cannot_export_as",
            what=Term("the report"),
            suffix=suffix or Term("a file without extension"),
            allowed=REPORT_FORMATS,
        )
    language = check_lang(lang)
    stats = inquiry_stats(db, scope.start, scope.end, language)
    if suffix == ".xlsx":
        write_xlsx_stream(path, _sheets(stats, language))
        return stats.total
    profile = get_profile(db)
    document = build_inquiry_report(
        stats,
        lang=language,
        period_label=scope_label(scope, language),
        org_name=profile.name(language),
        signer=(profile.secretary_title(language), profile.secretary_name),
    )
    render(document, path, font_path=font_path)
    return stats.total
