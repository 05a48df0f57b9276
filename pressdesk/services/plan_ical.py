"""Exchange the plan with calendars (.ics): export with stable UIDs, re-import updates by UID."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from pressdesk import clock
from pressdesk.documents.builders_plan import word
from pressdesk.documents.locale import Lang, check_lang, format_date
from pressdesk.exchange.icalendar_io import CalendarEvent, IcsError, read_ics, write_ics
from pressdesk.services.plan_holidays import channel_names
from pressdesk.services.plan_items import (
    PlanError,
    PlanFilter,
    PlanItemInput,
    PlanItemRow,
    PlanNotFound,
    create_item,
    get_item,
    list_items,
    update_item,
)
from pressdesk.services.plan_labels import format_label, language_label, status_label
from pressdesk.services.plan_periods import MAX_RANGE_DAYS
from pressdesk.services.plan_recurrence import RuleError, check_rule
from pressdesk.services.plan_series import detach_occurrence
from pressdesk.storage.engine import Database
from pressdesk.storage.plan_models import PlanItem

UID_DOMAIN = "pressdesk"
IMPORTED_BY = "iCalendar"
_ITEM_UID = re.compile(rf"^plan-(\d+)@{UID_DOMAIN}$")
_OCCURRENCE_UID = re.compile(rf"^plan-(\d+)-(\d{{8}})@{UID_DOMAIN}$")
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
    lines = [row.topic] if row.topic else []
    facts = [
        (word("format", lang), format_label(row.format, lang)),
        (word("channels", lang), ", ".join(channels.get(c, c) for c in row.channels)),
        (word("outlets", lang), ", ".join(row.outlets)),
        (word("language", lang), language_label(row.language, lang)),
        (word("audience", lang), row.audience),
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


def to_event(row: PlanItemRow, lang: Lang, channels: dict[str, str]) -> CalendarEvent:
    """Return the calendar event of a plan row."""
    categories = [format_label(row.format, lang), *(channels.get(c, c) for c in row.channels)]
    if row.campaign_name:
        categories.append(row.campaign_name)
    return CalendarEvent(
        uid=item_uid(row),
        summary=row.title,
        start=row.date,
        time=row.time,
        duration_minutes=row.duration_minutes,
        description=_description(row, lang, channels),
        categories=tuple(dict.fromkeys(c for c in categories if c)),
        status=STATUS_MAP[row.status],
        sequence=row.sequence,
        last_modified=row.updated_at,
        url=row.published_links[0] if row.published_links else "",
        x_status=row.status,
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


def export_ics(
    db: Database,
    path: str | os.PathLike[str],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    filters: PlanFilter | None = None,
    lang: Lang | str = "ru",
    name: str = "",
) -> int:
    """Write the plan of ``start`` … ``end`` (default: all) as .ics; return the event count.

    Series are written occurrence by occurrence, bounded by the range.
    """
    language = check_lang(lang)
    if start is None or end is None:
        start, end = _whole_plan_range(db)
    rows = list_items(db, start, end, filters=filters)
    channels = channel_names(db, language)
    events = [to_event(row, language, channels) for row in rows]
    try:
        write_ics(path, events, name=name or ("Медиа-план" if language == "ky" else "Медиаплан"))
    except IcsError as exc:
        raise PlanError(str(exc)) from exc
    return len(events)


@dataclass
class IcsImportReport:
    """What an .ics import did."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


def _changed(row: PlanItemRow, event: CalendarEvent) -> PlanItemInput | None:
    data = row.as_input()
    new = replace(
        data,
        date=event.start,
        time=event.time,
        duration_minutes=event.duration_minutes if event.time else data.duration_minutes,
        title=event.summary or data.title,
    )
    return None if new == data else new


def _apply(db: Database, row: PlanItemRow, event: CalendarEvent, report: IcsImportReport) -> None:
    if event.sequence < row.sequence:
        report.skipped += 1
        report.problems.append(
            f"{event.uid}: the plan has a newer version of {row.title!r}; kept the plan's."
        )
        return
    new = _changed(row, event)
    if new is None:
        report.unchanged += 1
        return
    if row.is_series:
        new = replace(new, date=row.date)
    update_item(db, row.id, new, by_name=IMPORTED_BY)
    report.updated += 1


def _import_one(db: Database, event: CalendarEvent, report: IcsImportReport) -> None:
    if match := _ITEM_UID.match(event.uid):
        try:
            row = get_item(db, int(match[1]))
        except PlanNotFound:
            report.skipped += 1
            report.problems.append(f"{event.uid}: that item was deleted from the plan.")
            return
        _apply(db, row, event, report)
        return
    if match := _OCCURRENCE_UID.match(event.uid):
        original = dt.datetime.strptime(match[2], "%Y%m%d").date()
        try:
            master = get_item(db, int(match[1]))
        except PlanNotFound:
            report.skipped += 1
            report.problems.append(f"{event.uid}: that series was deleted from the plan.")
            return
        occurrence = replace(master, date=original, series_id=master.id, original_date=original)
        if event.sequence < master.sequence or _changed(occurrence, event) is None:
            report.unchanged += 1
            return
        detached = detach_occurrence(db, master.id, original, by_name=IMPORTED_BY)
        _apply(db, replace(detached, sequence=0), event, report)
        return
    with db.session() as session:
        found = session.scalar(select(PlanItem.id).where(PlanItem.ical_uid == event.uid))
    if found is not None:
        _apply(db, get_item(db, found), event, report)
        return
    if event.recurrence_id is not None:
        report.skipped += 1
        report.problems.append(f"{event.uid}: changed occurrences of other calendars' series.")
        return
    rule = ""
    if event.rrule:
        try:
            rule = check_rule(event.rrule, event.start)[0]
        except RuleError as exc:
            report.problems.append(f"{event.uid}: only the first date kept ({exc})")
    data = PlanItemInput(
        date=event.start,
        title=event.summary or event.uid,
        time=event.time,
        duration_minutes=event.duration_minutes,
        topic=event.description.strip(),
        rrule=rule,
    )
    created = create_item(db, data, by_name=IMPORTED_BY)
    with db.session() as session:
        item = session.get(PlanItem, created.id)
        assert item is not None
        item.ical_uid = event.uid
    report.created += 1


def import_ics(db: Database, path: str | os.PathLike[str]) -> IcsImportReport:
    """Update the plan from an .ics file and report what changed.

    Events exported by PressDesk update their items (date, time, duration, title); other
    events become new ideas, updated on the next import.
    """
    try:
        events, problems = read_ics(path)
    except IcsError as exc:
        raise PlanError(str(exc)) from exc
    report = IcsImportReport(problems=list(problems), skipped=len(problems))
    for event in events:
        try:
            _import_one(db, event, report)
        except PlanError as exc:
            report.skipped += 1
            report.problems.append(f"{event.uid}: {exc}")
    return report
