"""Plain rows of the content plan: what the GUI and exports receive, never ORM objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.messages import UserError
from pressdesk.services.plan.recurrence import parse_exdates
from pressdesk.storage.plan_models import PlanItem
from pressdesk.textfold import fold

DEFAULT_WAIT_DAYS = 3
# No text in either language (Bi is frozen, so one value serves every default).
EMPTY = Bi()


class PlanError(UserError, ValueError):
    """A plan item cannot be saved or changed as asked; the message says why."""


class PlanNotFound(UserError, LookupError):
    """No plan item (or campaign) with that id."""

    code = "record.missing"


@dataclass(frozen=True)
class PlanItemInput:
    """The fields a person edits on a plan item; ``time`` None means all day.

    Title, topic and audience hold a Kyrgyz and a Russian value; a plain string given instead
    is placed into the language it is written in when the item is saved.
    """

    date: dt.date
    title: Bi
    time: dt.time | None = None
    duration_minutes: int = 60
    topic: Bi = EMPTY
    audience: Bi = EMPTY
    format: str = "news"
    channels: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    language: str = "both"
    responsible_id: int | None = None
    campaign_id: int | None = None
    notes: str = ""
    file_links: tuple[str, ...] = ()
    published_links: tuple[str, ...] = ()
    rrule: str = ""
    exdates: tuple[dt.date, ...] = ()


INPUT_FIELDS = tuple(f.name for f in fields(PlanItemInput))
LINE_FIELDS = ("outlets", "file_links", "published_links")
# The fields kept in Kyrgyz and in Russian.
BI_FIELDS = ("title", "topic", "audience")


@dataclass(frozen=True)
class PlanItemRow:
    """A plan item as shown: a stored item, or one occurrence of a series (``virtual``).

    For a virtual occurrence ``id`` and ``series_id`` are the series' id and ``original_date``
    the occurrence's date; an edited occurrence is a stored item with both set.
    """

    id: int
    date: dt.date
    title: Bi
    time: dt.time | None = None
    duration_minutes: int = 60
    topic: Bi = EMPTY
    audience: Bi = EMPTY
    format: str = "news"
    channels: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    language: str = "both"
    responsible_id: int | None = None
    responsible_name: str = ""
    campaign_id: int | None = None
    campaign_name: Bi = EMPTY
    notes: str = ""
    file_links: tuple[str, ...] = ()
    published_links: tuple[str, ...] = ()
    status: str = "idea"
    status_at: dt.datetime | None = None
    sent_at: dt.datetime | None = None
    approved_at: dt.datetime | None = None
    approved_by: str = ""
    approved_by_id: int | None = None
    return_comment: str = ""
    published_at: dt.datetime | None = None
    rrule: str = ""
    exdates: tuple[dt.date, ...] = ()
    series_end: dt.date | None = None
    series_id: int | None = None
    original_date: dt.date | None = None
    virtual: bool = False
    sequence: int = 0
    ical_uid: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_series(self) -> bool:
        """Return True for the master of a recurring series (not one of its occurrences)."""
        return bool(self.rrule) and not self.virtual

    @property
    def key(self) -> str:
        """Return an id unique in any list: "12", or "12@2026-11-23" for a series occurrence."""
        if self.virtual and self.original_date is not None:
            return f"{self.id}@{self.original_date.isoformat()}"
        return str(self.id)

    @property
    def all_day(self) -> bool:
        """Return True if the item has no time of day."""
        return self.time is None

    def as_input(self) -> PlanItemInput:
        """Return the editable fields, ready to change and pass to update_item."""
        return PlanItemInput(**{name: getattr(self, name) for name in INPUT_FIELDS})


@dataclass(frozen=True)
class PlanFilter:
    """Agenda filters; an empty set means "any"."""

    statuses: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    formats: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    responsible_ids: frozenset[int] = frozenset()
    campaign_ids: frozenset[int] = frozenset()
    text: str = ""

    def matches(self, row: PlanItemRow) -> bool:
        """Return True if ``row`` passes every filter."""
        if self.statuses and row.status not in self.statuses:
            return False
        if self.channels and not self.channels.intersection(row.channels):
            return False
        if self.formats and row.format not in self.formats:
            return False
        if self.languages and row.language not in self.languages:
            return False
        if self.responsible_ids and row.responsible_id not in self.responsible_ids:
            return False
        if self.campaign_ids and row.campaign_id not in self.campaign_ids:
            return False
        if self.text.strip():
            # Either language finds the item.
            texts = (row.title, row.topic, row.audience)
            haystack = fold(" ".join([*(t for v in texts for t in (v.ky, v.ru)), row.notes]))
            return fold(self.text) in haystack
        return True


def as_bi(value: Bi | str, default: str) -> Bi:
    """``value`` as a Kyrgyz and Russian text: a plain string goes to the language it is in."""
    if isinstance(value, Bi):
        return value
    return Bi.guess(value, default) if value.strip() else Bi()


def utcnow() -> dt.datetime:
    """Return the current UTC time without tzinfo, as the database stores times."""
    return clock.utcnow()


def status_flags(
    status: str,
    day: dt.date,
    sent_at: dt.datetime | None,
    *,
    today: dt.date,
    now: dt.datetime,
    wait_days: int,
) -> frozenset[str]:
    """Return the warnings for an item with this status, day and request time."""
    flags: set[str] = set()
    if status == "approved" and day < today:
        flags.add("overdue")
    if status == "sent" and sent_at is not None and now - sent_at > dt.timedelta(days=wait_days):
        flags.add("waiting")
    return frozenset(flags)


def item_flags(
    row: PlanItemRow, *, today: dt.date, now: dt.datetime, wait_days: int = DEFAULT_WAIT_DAYS
) -> frozenset[str]:
    """Return the warnings of an item: "overdue" and/or "waiting" (see plan_labels)."""
    if row.virtual or row.rrule:
        # A standing rubric is approved once; its dates are not deadlines of their own.
        return frozenset()
    return status_flags(
        row.status, row.date, row.sent_at, today=today, now=now, wait_days=wait_days
    )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _bi(v: Mapping[Any, Any], name: str) -> Bi:
    return Bi(v[f"{name}_ky"] or "", v[f"{name}_ru"] or "")


def row_from_values(
    v: Mapping[Any, Any],
    channels: tuple[str, ...],
    responsible_name: str,
    campaign_name: Bi,
    flags: frozenset[str] = frozenset(),
) -> PlanItemRow:
    """Return a row from the plan_item column values of one item."""
    return PlanItemRow(
        id=v["id"],
        date=v["date"],
        title=_bi(v, "title"),
        time=v["time"],
        duration_minutes=v["duration_minutes"],
        topic=_bi(v, "topic"),
        audience=_bi(v, "audience"),
        format=v["format"],
        channels=channels,
        outlets=_lines(v["outlets"]) if v["outlets"] else (),
        language=v["language"],
        responsible_id=v["responsible_id"],
        responsible_name=responsible_name,
        campaign_id=v["campaign_id"],
        campaign_name=campaign_name,
        notes=v["notes"],
        file_links=_lines(v["file_links"]) if v["file_links"] else (),
        published_links=_lines(v["published_links"]) if v["published_links"] else (),
        status=v["status"],
        status_at=v["status_at"],
        sent_at=v["sent_at"],
        approved_at=v["approved_at"],
        approved_by=v["approved_by"],
        approved_by_id=v["approved_by_id"],
        return_comment=v["return_comment"],
        published_at=v["published_at"],
        rrule=v["rrule"],
        exdates=parse_exdates(v["exdates"]) if v["exdates"] else (),
        series_end=v["series_end"],
        series_id=v["series_id"],
        original_date=v["original_date"],
        sequence=v["sequence"],
        ical_uid=v["ical_uid"],
        created_at=v["created_at"],
        updated_at=v["updated_at"],
        flags=flags,
    )


_COLUMNS = tuple(c.name for c in PlanItem.__table__.columns)


def to_row(
    item: PlanItem,
    responsible_name: str = "",
    campaign_name: Bi = EMPTY,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    wait_days: int = DEFAULT_WAIT_DAYS,
) -> PlanItemRow:
    """Return the plain row of a stored item (used inside the plan services)."""
    values = {name: getattr(item, name) for name in _COLUMNS}
    flags: frozenset[str] = frozenset()
    if today is not None and not item.rrule:
        flags = status_flags(
            item.status,
            item.date,
            item.sent_at,
            today=today,
            now=now or utcnow(),
            wait_days=wait_days,
        )
    codes = tuple(c.code for c in item.channels)
    return row_from_values(values, codes, responsible_name, campaign_name, flags)
