"""The act's plan section: what the successor must act on in the next days, rubrics in one row."""

from __future__ import annotations

import datetime as dt

from pressdesk.documents.builders_events import kind_label
from pressdesk.documents.locale import Lang, format_date_long, format_date_short
from pressdesk.services.events.records import EventRow, list_events
from pressdesk.services.handover.draft import DraftLine, DraftSection
from pressdesk.services.handover.labels import joined, word
from pressdesk.services.plan.items import list_items, list_series
from pressdesk.services.plan.labels import status_label
from pressdesk.services.plan.recurrence import RuleError, occurrences
from pressdesk.services.plan.refs import event_refs, item_refs
from pressdesk.services.plan.rows import PlanItemRow
from pressdesk.services.preflight import Ref
from pressdesk.storage.engine import Database
from pressdesk.textfold import sort_key

# Items the successor has to carry on: waiting for the head's approval, or approved and due.
ACTIONABLE_STATUSES = ("sent", "approved")
# The one text of an item or event the section prints.
_TITLE = ("title",)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def plan_window(today: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the ``days`` days starting ``today``."""
    return today, today + dt.timedelta(days=max(days, 1) - 1)


def _rule_parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for chunk in rule.split(";"):
        name, _, value = chunk.partition("=")
        if name and value:
            parts[name.strip().upper()] = value.strip().upper()
    return parts


def _weekdays(parts: dict[str, str], start: dt.date) -> list[int] | None:
    if "BYDAY" not in parts:
        return [start.weekday()]
    days = []
    for code in parts["BYDAY"].split(","):
        if code not in _WEEKDAYS:
            return None  # "1MO" (the first Monday of a month) is not a plain weekly day
        days.append(_WEEKDAYS.index(code))
    return sorted(days)


def rule_text(rule: str, start: dt.date, until: dt.date | None, lang: Lang) -> str:
    """Describe a repeat rule in words: "ар дүйшөмбү күнү, 05.03.2027-жылга чейин",
    "каждый понедельник до 05.03.2027"."""
    parts = _rule_parts(rule)
    freq = parts.get("FREQ", "")
    step = parts.get("INTERVAL", "1")
    interval = int(step) if step.isdigit() else 1
    text = word("rule.other", lang)
    if freq == "DAILY" and interval == 1 and "BYDAY" not in parts:
        text = word("rule.daily", lang)
    elif freq == "WEEKLY":
        days = _weekdays(parts, start)
        if days:
            if len(days) == 1:
                every = word(f"every.{days[0]}", lang)
            else:
                names = joined([word(f"on_days.{d}", lang) for d in days], lang)
                every = word("rule.every_days", lang).format(days=names)
            text = (
                every
                if interval == 1
                else word("rule.every_n_weeks", lang).format(n=interval, days=every)
            )
        elif interval == 1:
            text = word("rule.weekly", lang)
    elif freq == "MONTHLY" and interval == 1:
        month_day = parts.get("BYMONTHDAY", "")
        if month_day.isdigit():
            text = word("rule.monthly_on", lang).format(day=int(month_day))
        elif "BYDAY" not in parts and "BYMONTHDAY" not in parts:
            text = word("rule.monthly_on", lang).format(day=start.day)
        else:
            text = word("rule.monthly", lang)
    elif freq == "YEARLY" and interval == 1:
        text = word("rule.yearly", lang)
    if until is not None:
        text = word("rule.until", lang).format(rule=text, date=format_date_short(until))
    return text


def _when(day: dt.date, time: dt.time | None) -> str:
    return format_date_short(day) + (f", {time:%H:%M}" if time else "")


def event_status(event: EventRow, lang: Lang) -> str:
    """Return how far an event's preparation is: its checklist done and overdue."""
    if not event.tasks_total:
        return word("event.planned", lang)
    text = word("event.preparing", lang).format(done=event.tasks_done, total=event.tasks_total)
    if event.tasks_overdue:
        text += "; " + word("event.overdue", lang).format(n=event.tasks_overdue)
    return text


def _records(
    db: Database, today: dt.date, days: int
) -> tuple[list[PlanItemRow], list[tuple[PlanItemRow, dt.date]], list[EventRow]]:
    """The items, the series (with their first date in the window) and the events the
    section lists."""
    start, end = plan_window(today, days)
    items = [
        row
        for row in list_items(db, start, end, today=today, expand=False)
        if row.status in ACTIONABLE_STATUSES
    ]
    series_rows: list[tuple[PlanItemRow, dt.date]] = []
    for series in list_series(db):
        if series.status not in ACTIONABLE_STATUSES:
            continue
        try:
            dates = occurrences(series.rrule, series.date, start, end, exdates=series.exdates)
        except RuleError:
            continue
        if dates:
            series_rows.append((series, dates[0]))
    return items, series_rows, list_events(db, start=start, end=end, today=today)


def plan_section_refs(db: Database, today: dt.date, days: int) -> list[Ref]:
    """The records whose texts the act's plan section prints: titles of items and events
    (each line of :func:`plan_section` carries its own)."""
    items, series_rows, events = _records(db, today, days)
    series = [row for row, _ in series_rows]
    return item_refs([*items, *series], fields=_TITLE) + event_refs(events, _TITLE)


def plan_section(db: Database, lang: Lang, today: dt.date, days: int) -> DraftSection:
    """Return the plan items sent or approved and the events of the next ``days`` days.

    Every title is the one of ``lang``; see :func:`plan_section_refs` for the check."""
    start, end = plan_window(today, days)
    items, series_rows, events = _records(db, today, days)
    entries: list[tuple[dt.date, str, DraftLine]] = []
    for row in items:
        title = row.title.get(lang)
        cells = [
            _when(row.date, row.time),
            word("plan.item", lang),
            title,
            status_label(row.status, lang),
        ]
        entries.append((row.date, title, DraftLine(cells, refs=item_refs([row], fields=_TITLE))))
    for series, first in series_rows:
        title = series.title.get(lang)
        cells = [
            rule_text(series.rrule, series.date, series.series_end, lang),
            word("plan.series", lang),
            title,
            status_label(series.status, lang),
        ]
        line = DraftLine(cells, refs=item_refs([series], fields=_TITLE))
        entries.append((first, title, line))
    for event in events:
        moment = event.starts_at
        title = event.title.get(lang)
        cells = [
            _when(moment.date(), moment.time()),
            kind_label(event.kind, lang),
            title,
            event_status(event, lang),
        ]
        line = DraftLine(cells, refs=event_refs([event], _TITLE))
        entries.append((moment.date(), title, line))
    entries.sort(key=lambda e: (e[0], sort_key(e[1])))
    span = {
        "start": format_date_long(start, lang),
        "end": format_date_long(end, lang),
        "days": days,
    }
    return DraftSection(
        "plan",
        word("section.plan", lang),
        word("plan.intro", lang).format(**span),
        "table",
        columns=[word(f"col.{key}", lang) for key in ("when", "what", "item_title", "status")],
        lines=[line for _day, _title, line in entries],
        empty=word("plan.none", lang).format(**span),
    )
