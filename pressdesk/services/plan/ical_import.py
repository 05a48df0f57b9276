"""Update the content plan from an .ics file, in one transaction.

Events PressDesk exported update their items; events of other calendars become ideas and are
updated by their UID on the next import. A series keeps its rule (expanded in the event's own
time zone, see plan_ical_series); a VEVENT with RECURRENCE-ID changes that one occurrence; a
cancelled occurrence leaves its date out of the series; a cancelled event is not imported as
an active item. What cannot be read is left out with a message, the rest is imported.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi, detect_language
from pressdesk.exchange.errors import IcsError
from pressdesk.exchange.icalendar_io import Moment
from pressdesk.exchange.icalendar_read import IcsContent, IcsEvent, read_ics
from pressdesk.messages import Message, Term
from pressdesk.services.plan.ical_series import Occurrence, SeriesShape, local, shape_of
from pressdesk.services.plan.ical_series import split_length as _split_length
from pressdesk.services.plan.items import (
    PlanError,
    PlanItemInput,
    add_history,
    apply_input,
    title_text,
    to_row,
    utcnow,
)
from pressdesk.services.plan.recurrence import first_occurrence
from pressdesk.services.plan.series import detach_in, find_override, skip_in
from pressdesk.services.plan.workflow import TRANSITIONS
from pressdesk.services.profile import document_language
from pressdesk.storage.engine import Database
from pressdesk.storage.plan_models import PlanItem
from pressdesk.textfold import fold

UID_DOMAIN = "pressdesk"
IMPORTED_BY = "iCalendar"
ITEM_UID = re.compile(rf"^plan-(\d+)@{UID_DOMAIN}$")
OCCURRENCE_UID = re.compile(rf"^plan-(\d+)-(\d{{8}})@{UID_DOMAIN}$")
MAX_TITLE = 500
MAX_ITEM_ID = 2**63 - 1
_COMPONENT_NAMES = {
    "VTODO": Term("tasks (VTODO)"),
    "VJOURNAL": Term("journal entries (VJOURNAL)"),
    "VFREEBUSY": Term("free/busy times (VFREEBUSY)"),
}


@dataclass
class IcsImportReport:
    """What an .ics import did; ``problems`` say what was left out and why.

    Each problem is a ``Message``: English as a ``str``, worded by the window in its language.
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[Message] = field(default_factory=list)


def _stamp(moment: Moment) -> str:
    day, time = local(moment)
    return f"{day:%Y%m%d}" + (f"T{time:%H%M}" if time is not None else "")


def _clip(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…"


def _title(event: IcsEvent) -> str:
    first_line = next((ln.strip() for ln in event.description.splitlines() if ln.strip()), "")
    title = event.summary or first_line or ("" if event.uid_derived else event.uid) or "—"
    return _clip(title)


def merged_text(current: Bi, text: str, default: str) -> Bi:
    """``current`` with ``text`` put into the language it is written in.

    A calendar holds one language: a text equal to either stored value changes nothing, and
    a changed one replaces only the value of its own language.
    """
    text = text.strip()
    if not text or fold(text) in (fold(current.ky), fold(current.ru)):
        return current
    return current.with_value(detect_language(text, default), text)


def _group(events: list[IcsEvent]) -> tuple[list[IcsEvent], dict[str, list[IcsEvent]]]:
    """Split events into masters and changed occurrences by UID.

    Events sharing a UID without RECURRENCE-ID are different events, never merged: the later
    ones get a UID of their own made from their start.
    """
    masters: list[IcsEvent] = []
    seen: dict[str, IcsEvent] = {}
    changes: dict[str, list[IcsEvent]] = defaultdict(list)
    for event in events:
        if event.recurrence_id is not None:
            changes[event.uid].append(event)
            continue
        own = event
        if own.uid in seen:
            own = replace(own, uid=f"{own.uid}#{_stamp(own.start)}")
        seen[own.uid] = own
        masters.append(own)
    return masters, changes


class _Importer:
    """Write the events of one file into an open session."""

    def __init__(self, session: Session, report: IcsImportReport, lang: str) -> None:
        self.session = session
        self.report = report
        # Where a text of no clear language goes: the organisation's document language.
        self.lang = lang
        self.today = clock.today()
        self.at = utcnow()
        # Items by the UID of the calendar they came from, read once: a query per event
        # (and the flush before each) was most of the time of a large file.
        self.by_uid: dict[str, int] = {
            uid: item_id
            for uid, item_id in session.execute(
                select(PlanItem.ical_uid, PlanItem.id).where(PlanItem.ical_uid.is_not(None))
            )
            if uid
        }

    def _by_uid(self, uid: str) -> PlanItem | None:
        item_id = self.by_uid.get(uid)
        return self.session.get(PlanItem, item_id) if item_id is not None else None

    # --- reporting ------------------------------------------------------------------------

    def skip(self, event: IcsEvent, why: Message) -> None:
        self.report.skipped += 1
        self.report.problems.append(
            Message("problem.ical_of_event", event=event.named, problem=why)
        )

    def note(self, event: IcsEvent, shape: SeriesShape) -> None:
        self.report.problems.extend(
            Message("ical.remark", event=event.named, problem=p) for p in shape.problems
        )

    # --- writing --------------------------------------------------------------------------

    def _data(self, event: IcsEvent, day: dt.date, time: dt.time | None) -> PlanItemInput:
        minutes, _ = _split_length(event.duration, all_day=event.all_day)
        return PlanItemInput(
            date=day,
            title=Bi.guess(_title(event), self.lang),
            time=time,
            duration_minutes=minutes if time is not None else 60,
            topic=merged_text(Bi(), event.description, self.lang),
        )

    def _create(self, data: PlanItemInput, event: IcsEvent, uid: str | None) -> PlanItem:
        item = PlanItem(date=data.date, title=data.title, status="idea", status_at=self.at)
        self.session.add(item)
        apply_input(self.session, item, data)
        item.extra_days = _split_length(event.duration, all_day=event.all_day)[1]
        item.ical_uid = uid
        self.session.flush()
        if uid:
            self.by_uid[uid] = item.id
        add_history(self.session, item, "created", at=self.at, new="idea", by_name=IMPORTED_BY)
        return item

    def _change(self, item: PlanItem, data: PlanItemInput, extra_days: int) -> bool:
        changes = apply_input(self.session, item, data)
        if item.extra_days != extra_days:
            changes.append(("extra_days", str(item.extra_days), str(extra_days)))
            item.extra_days = extra_days
        if not changes:
            return False
        item.sequence += 1
        for name, old, new in changes:
            add_history(
                self.session,
                item,
                "edit",
                at=self.at,
                field_name=name,
                old=old,
                new=new,
                by_name=IMPORTED_BY,
            )
        return True

    def _cancel(self, item: PlanItem, event: IcsEvent) -> None:
        if item.status == "cancelled":
            self.report.unchanged += 1
            return
        if "cancelled" not in TRANSITIONS.get(item.status, ()):
            title = repr(title_text(item.title))
            self.skip(
                event, Message("problem.ical_cancelled_but", title=title, status=Term(item.status))
            )
            return
        old, item.status, item.status_at = item.status, "cancelled", self.at
        item.sequence += 1
        add_history(
            self.session,
            item,
            "status",
            at=self.at,
            field_name="status",
            old=old,
            new="cancelled",
            by_name=IMPORTED_BY,
        )
        self.report.updated += 1

    # --- events ---------------------------------------------------------------------------

    def master(self, event: IcsEvent, changes: list[IcsEvent]) -> None:
        """Import a plain event or a series with its changed occurrences."""
        if legacy := OCCURRENCE_UID.match(event.uid):
            self._legacy_occurrence(event, int(legacy[1]), legacy[2])
            return
        item: PlanItem | None
        if own := ITEM_UID.match(event.uid):
            item = self._own_item(int(own[1]))
            if item is None:
                self.skip(event, Message("ical.item_deleted"))
                return
        else:
            item = self._by_uid(event.uid)
        if item is None and event.status == "CANCELLED":
            self.skip(event, Message("ical.cancelled_there"))
            return
        if item is not None and event.sequence < item.sequence:
            self.skip(event, Message("ical.plan_newer", title=repr(title_text(item.title))))
            return
        if item is not None and event.status == "CANCELLED":
            self._cancel(item, event)
            return
        shape = shape_of(event, self.today)
        self.note(event, shape)
        if shape.singles:
            self._singles(event, shape, changes)
            return
        data = replace(
            self._data(event, shape.day, shape.time), rrule=shape.rule, exdates=shape.exdates
        )
        extra = _split_length(event.duration, all_day=event.all_day)[1]
        fresh = item is None
        if item is None:
            item = self._create(data, event, event.uid)
            self.report.created += 1
        else:
            current = to_row(item).as_input()
            # The export starts a series on its first real date; the plan may start it
            # earlier (a Friday rubric planned from a Monday): the same series.
            if (
                item.rrule
                and data.rrule == item.rrule
                and data.date > item.date
                and first_occurrence(item.rrule, item.date) == data.date
            ):
                data = replace(data, date=item.date)
            merged = replace(
                current,
                date=data.date,
                time=data.time,
                duration_minutes=data.duration_minutes if data.time else current.duration_minutes,
                title=merged_text(current.title, _clip(event.summary), self.lang),
                rrule=data.rrule,
                exdates=data.exdates,
            )
            if self._change(item, merged, extra):
                self.report.updated += 1
            else:
                self.report.unchanged += 1
        if item.rrule:
            self._occurrences(item, shape, changes, fresh=fresh)
        elif changes:
            self._orphans(event.uid, changes)

    def _occurrences(
        self,
        master: PlanItem,
        shape: SeriesShape,
        changes: list[IcsEvent],
        *,
        fresh: bool = False,
    ) -> None:
        """Store the changed, moved and cancelled dates of a series.

        For a series created by this import they are part of it and not counted on their own.
        """
        moved = {m.original: m for m in shape.moved}
        given: dict[dt.date, IcsEvent] = {}
        for one in changes:
            assert one.recurrence_id is not None
            given[shape.key(one.recurrence_id)] = one
        for key in sorted(set(moved) | set(given)):
            change = given.get(key)
            if change is not None and change.status == "CANCELLED":
                changed = skip_in(self.session, master, key, at=self.at, by_name=IMPORTED_BY)
                if not fresh:
                    self.report.updated += changed
                    self.report.unchanged += not changed
                continue
            if change is not None:
                day, time = local(change.start)
            else:
                day, time = moved[key].day, moved[key].time
            self._occurrence(master, key, day, time, change)

    def _occurrence(
        self,
        master: PlanItem,
        key: dt.date,
        day: dt.date,
        time: dt.time | None,
        change: IcsEvent | None,
        *,
        legacy: bool = False,
    ) -> None:
        existing = find_override(self.session, master.id, key)
        stale = change is not None and change.sequence < (existing.sequence if existing else 0)
        if stale and not legacy:
            assert change is not None
            self.skip(change, Message("ical.occurrence_newer"))
            return
        item = existing or detach_in(
            self.session, master, key, at=self.at, by_name=IMPORTED_BY, day=day, check=False
        )
        current = to_row(item).as_input()
        data = replace(current, date=day, time=time)
        extra = item.extra_days
        if change is not None:
            minutes, extra = _split_length(change.duration, all_day=change.all_day)
            data = replace(
                data,
                duration_minutes=minutes if time is not None else current.duration_minutes,
                title=merged_text(current.title, _clip(change.summary), self.lang),
            )
            if existing is None and master.ical_uid and change.description.strip():
                # Another calendar's text of this occurrence; PressDesk's own export writes
                # a summary of the item there, which is no topic.
                data = replace(
                    data, topic=merged_text(current.topic, change.description, self.lang)
                )
        changed = self._change(item, data, extra)
        if change is None:
            return  # a date moved by summer time: part of the series, not counted on its own
        if existing is None:
            self.report.created += 1
        elif changed:
            self.report.updated += 1
        else:
            self.report.unchanged += 1

    def _singles(self, event: IcsEvent, shape: SeriesShape, changes: list[IcsEvent]) -> None:
        given = {_stamp(c.recurrence_id): c for c in changes if c.recurrence_id is not None}
        for occurrence in shape.singles:
            key = occurrence_key(occurrence)
            change = given.pop(key, None)
            source = change or event
            if change is not None and change.status == "CANCELLED":
                continue
            day, time = local(change.start) if change else (occurrence.day, occurrence.time)
            self._single(source, f"{event.uid}#{key}", day, time)
        for key, change in given.items():
            if change.status != "CANCELLED":
                self._single(change, f"{event.uid}#{key}", *local(change.start))

    def _single(self, event: IcsEvent, uid: str, day: dt.date, time: dt.time | None) -> None:
        data = self._data(event, day, time)
        extra = _split_length(event.duration, all_day=event.all_day)[1]
        item = self._by_uid(uid)
        if item is None:
            self._create(data, event, uid)
            self.report.created += 1
            return
        current = to_row(item).as_input()
        title = (
            merged_text(current.title, _clip(event.summary), self.lang)
            if event.summary
            else current.title
        )
        merged = replace(current, date=day, time=time, title=title)
        if time is not None:
            merged = replace(merged, duration_minutes=data.duration_minutes)
        if self._change(item, merged, extra):
            self.report.updated += 1
        else:
            self.report.unchanged += 1

    def _own_item(self, item_id: int) -> PlanItem | None:
        """Return the item a PressDesk UID names; None for one the database cannot hold."""
        # A UID from another program may carry any number; the database's ids stop at 2^63.
        return self.session.get(PlanItem, item_id) if item_id <= MAX_ITEM_ID else None

    def _legacy_occurrence(self, event: IcsEvent, series_id: int, stamp: str) -> None:
        """Import an occurrence exported one by one by earlier PressDesk versions."""
        try:
            original = dt.datetime.strptime(stamp, "%Y%m%d").date()
        except ValueError:
            self.skip(event, Message("ical.no_such_date", value=stamp))
            return
        master = self._own_item(series_id)
        if master is None or not master.rrule:
            self.skip(event, Message("ical.series_deleted"))
            return
        existing = find_override(self.session, series_id, original)
        day, time = local(event.start)
        if existing is None and (
            event.sequence < master.sequence
            or (
                (day, time) == (original, master.time)
                and (
                    not event.summary
                    or merged_text(master.title, _clip(event.summary), self.lang) == master.title
                )
            )
        ):
            self.report.unchanged += 1
            return
        self._occurrence(master, original, day, time, event, legacy=True)

    def orphans(self, uid: str, changes: list[IcsEvent]) -> None:
        """Import changed occurrences whose series is not in the file."""
        self._orphans(uid, changes)

    def _orphans(self, uid: str, changes: list[IcsEvent]) -> None:
        own = ITEM_UID.match(uid)
        master = self._own_item(int(own[1])) if own else self._by_uid(uid)
        if master is not None and master.rrule:
            shape = SeriesShape(master.date, master.time)
            self._occurrences(master, shape, changes)
            return
        for change in changes:
            assert change.recurrence_id is not None
            if change.status == "CANCELLED":
                self.skip(change, Message("ical.cancels_unknown"))
                continue
            why = Message("ical.changes_unknown")
            self.report.problems.append(
                Message("problem.ical_of_event", event=change.named, problem=why)
            )
            self._single(change, f"{uid}#{_stamp(change.recurrence_id)}", *local(change.start))


def _no_events(name: str, content: IcsContent) -> PlanError:
    others = [
        Message("problem.ical_components", count=count, what=_COMPONENT_NAMES.get(kind, kind))
        for kind, count in content.others.items()
    ]
    if others:
        return PlanError("ical.no_events_only", file=name, others=others)
    return PlanError("ical.no_events", file=name)


def import_ics(
    db: Database, path: str | os.PathLike[str], *, lang: str | None = None
) -> IcsImportReport:
    """Update the plan from an .ics file and report what changed and what was left out.

    A title or text goes to the language it is written in; ``lang`` (by default the
    organisation's document language) takes the texts whose language cannot be told.
    """
    try:
        content = read_ics(path)
    except IcsError as exc:
        raise PlanError(str(exc)) from exc
    if not content.events and not content.problems:
        raise _no_events(Path(path).name, content)
    report = IcsImportReport(problems=list(content.problems), skipped=content.skipped)
    masters, changes = _group(content.events)
    default = lang if lang in ("ky", "ru") else document_language(db)
    with db.session() as session:
        importer = _Importer(session, report, default)
        for event in masters:
            importer.master(event, changes.pop(event.uid, []))
        for uid, group in changes.items():
            importer.orphans(uid, group)
    return report


def occurrence_key(occurrence: Occurrence) -> str:
    """Return the UID suffix of an occurrence imported as an item of its own."""
    return f"{occurrence.day:%Y%m%d}" + (
        f"T{occurrence.time:%H%M}" if occurrence.time is not None else ""
    )
