"""Exchange the plan with calendars (.ics): export with stable UIDs, re-import updates by UID.

A series is written as one VEVENT with its RRULE, EXDATE and UID, and each changed occurrence
as a VEVENT with the same UID and RECURRENCE-ID, so calendars show the series as one and
update it on the next import (see plan_ical_import for reading).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from pressdesk import clock
from pressdesk.documents.builders_plan import word
from pressdesk.documents.locale import Lang, check_lang, format_date
from pressdesk.exchange.errors import IcsError
from pressdesk.exchange.icalendar_io import TZID, CalendarEvent, write_ics
from pressdesk.services.plan.holidays import channel_names
from pressdesk.services.plan.ical_import import (
    IMPORTED_BY,
    UID_DOMAIN,
    IcsImportReport,
    import_ics,
)
from pressdesk.services.plan.items import (
    PlanError,
    PlanFilter,
    PlanItemRow,
    items_by_ids,
    list_items,
    list_series,
)
from pressdesk.services.plan.labels import format_label, language_label, status_label
from pressdesk.services.plan.periods import MAX_RANGE_DAYS
from pressdesk.services.plan.recurrence import first_occurrence, is_occurrence, occurrences
from pressdesk.services.plan.refs import item_refs
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import document_language
from pressdesk.storage.engine import Database
from pressdesk.storage.plan_models import PlanItem

BISHKEK = ZoneInfo(TZID)

__all__ = [
    "IMPORTED_BY",
    "STATUS_MAP",
    "UID_DOMAIN",
    "IcsImportReport",
    "export_ics",
    "ics_refs",
    "import_ics",
    "item_uid",
    "to_event",
]

# Calendars show TENTATIVE items greyed out; only what the head approved is CONFIRMED.
STATUS_MAP = {
    "idea": "TENTATIVE",
    "draft": "TENTATIVE",
    "sent": "TENTATIVE",
    "returned": "TENTATIVE",
    "approved": "CONFIRMED",
    "published": "CONFIRMED",
    "cancelled": "CANCELLED",
}


def item_uid(row: PlanItemRow) -> str:
    """Return the stable UID: plan-<id>@pressdesk, or plan-<series>-<yyyymmdd>@pressdesk.

    An occurrence keeps the series form even once edited, so the calendar updates it.
    """
    if row.series_id is not None and row.original_date is not None:
        return f"plan-{row.series_id}-{row.original_date:%Y%m%d}@{UID_DOMAIN}"
    if row.ical_uid:
        return row.ical_uid
    return f"plan-{row.id}@{UID_DOMAIN}"


def _description(row: PlanItemRow, lang: Lang, channels: dict[str, str]) -> str:
    topic = row.topic.get(lang)
    lines = [topic] if topic else []
    facts = [
        (word("format", lang), format_label(row.format, lang)),
        (word("channels", lang), ", ".join(channels.get(c, c) for c in row.channels)),
        (word("outlets", lang), ", ".join(row.outlets)),
        (word("language", lang), language_label(row.language, lang)),
        (word("audience", lang), row.audience.get(lang)),
        (word("responsible", lang), row.responsible_name),
        (word("status", lang), status_label(row.status, lang)),
    ]
    if row.approved_by and row.approved_at:
        approval = f"{row.approved_by}, {format_date(row.approved_at.date(), lang)}"
        facts.append((word("approved_by", lang), approval))
    lines += [f"{name}: {value}" for name, value in facts if value]
    lines += list(row.published_links) + list(row.file_links)
    if row.notes:
        lines += ["", row.notes]
    return "\n".join(lines)


def to_event(
    row: PlanItemRow, lang: Lang, channels: dict[str, str], extra_days: int = 0
) -> CalendarEvent:
    """Return the calendar event of a plan row in ``lang`` (``extra_days``: see
    PlanItem.extra_days); every text is the one of ``lang``, never the other language's."""
    categories = [format_label(row.format, lang), *(channels.get(c, c) for c in row.channels)]
    if row.campaign_name.get(lang):
        categories.append(row.campaign_name.get(lang))
    return CalendarEvent(
        uid=item_uid(row),
        summary=row.title.get(lang),
        start=row.date,
        time=row.time,
        duration_minutes=row.duration_minutes + 1440 * extra_days,
        description=_description(row, lang, channels),
        categories=tuple(dict.fromkeys(c for c in categories if c)),
        status=STATUS_MAP[row.status],
        sequence=row.sequence,
        last_modified=row.updated_at,
        url=row.published_links[0] if row.published_links else "",
        x_status=row.status,
        days=1 + extra_days,
    )


def _whole_plan_range(db: Database) -> tuple[dt.date, dt.date]:
    with db.session() as session:
        first, last = session.execute(
            select(func.min(PlanItem.date), func.max(PlanItem.date))
        ).one()
    today = clock.today()
    start = first or today
    # Endless series are written one year ahead of today (or of the last single item).
    end = max(last or today, today) + dt.timedelta(days=365)
    if (end - start).days >= MAX_RANGE_DAYS:
        start = end - dt.timedelta(days=MAX_RANGE_DAYS - 1)
    return start, end


def _at(day: dt.date, time: dt.time | None) -> dt.date | dt.datetime:
    return day if time is None else dt.datetime.combine(day, time, tzinfo=BISHKEK)


def _extra_days(db: Database, ids: list[int]) -> dict[int, int]:
    with db.session() as session:
        return dict(
            session.execute(
                select(PlanItem.id, PlanItem.extra_days).where(
                    PlanItem.id.in_(ids), PlanItem.extra_days > 0
                )
            ).all()
        )


def _override_ids(db: Database, series_ids: list[int]) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(PlanItem.id).where(PlanItem.series_id.in_(series_ids))))


def _selection(
    db: Database, start: dt.date | None, end: dt.date | None, filters: PlanFilter | None
) -> tuple[list[PlanItemRow], list[PlanItemRow], list[PlanItemRow]]:
    """The single items, the series and the changed occurrences an export writes."""
    if start is None or end is None:
        start, end = _whole_plan_range(db)
    singles = list_items(db, start, end, filters=filters, expand=False)
    masters = [
        m
        for m in list_series(db)
        if (filters is None or filters.matches(m))
        and (
            occurrences(m.rrule, m.date, start, end, exdates=m.exdates)
            or any(s.series_id == m.id for s in singles)
        )
    ]
    ids = [m.id for m in masters]
    changed = items_by_ids(db, _override_ids(db, ids)) if ids else []
    return singles, masters, changed


def ics_refs(
    db: Database,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    filters: PlanFilter | None = None,
) -> list[Ref]:
    """The records whose texts :func:`export_ics` writes, for the check before writing."""
    singles, masters, changed = _selection(db, start, end, filters)
    return item_refs([*masters, *changed, *singles], campaigns=True)


def export_ics(
    db: Database,
    path: str | os.PathLike[str],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    filters: PlanFilter | None = None,
    lang: Lang | str | None = None,
    name: str = "",
) -> int:
    """Write the plan of ``start`` … ``end`` (default: all) as .ics; return the VEVENT count.

    Every text is the one of ``lang`` (by default the organisation's document language).
    Single items are those dated in the range; a series with a date in the range is written
    whole (RRULE, EXDATE), with every changed occurrence it has.
    """
    language = check_lang(lang or document_language(db))
    singles, masters, changed = _selection(db, start, end, filters)
    by_id = {m.id: m for m in masters}
    extra = _extra_days(db, [r.id for r in (*singles, *masters, *changed)])
    channels = channel_names(db, language)
    events: list[CalendarEvent] = []
    for master in masters:
        own = [c for c in changed if c.series_id == master.id and c.original_date is not None]
        rdates = tuple(
            sorted(
                c.original_date
                for c in own
                if c.original_date is not None
                and not is_occurrence(master.rrule, master.date, c.original_date)
            )
        )
        # DTSTART always counts as an occurrence in iCalendar (and for COUNT); the plan's
        # first day need not be one (a Friday rubric planned from a Monday).
        first = first_occurrence(master.rrule, master.date) or master.date
        event = to_event(master, language, channels, extra.get(master.id, 0))
        events.append(
            replace(event, start=first, rrule=master.rrule, exdates=master.exdates, rdates=rdates)
        )
        for occurrence in own:
            assert occurrence.original_date is not None
            event = to_event(occurrence, language, channels, extra.get(occurrence.id, 0))
            events.append(
                replace(
                    event,
                    uid=item_uid(master),
                    recurrence_id=_at(occurrence.original_date, master.time),
                )
            )
    for row in singles:
        if row.series_id in by_id:
            continue  # written with its series above
        # An occurrence whose series is left out stands alone under its own UID.
        events.append(to_event(row, language, channels, extra.get(row.id, 0)))
    try:
        write_ics(path, events, name=name or "Контент-план")
    except IcsError as exc:
        raise PlanError(str(exc)) from exc
    return len(events)
