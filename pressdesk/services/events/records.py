"""Events: create, change, move, list and delete them, and give them their checklist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.messages import LINES, Message, Term, UserError
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import document_language_in
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import (
    EVENT_KINDS,
    AccreditationEntry,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Event,
    EventTask,
    event_plan_item,
)
from pressdesk.storage.plan_models import PlanItem
from pressdesk.textfold import fold

__all__ = [
    "EVENT_KINDS",
    "EVENT_TEXTS",
    "MAX_EVENT_DAYS",
    "EventError",
    "EventInput",
    "EventNotFound",
    "EventRow",
    "LinkedPlanItem",
    "apply_template",
    "create_event",
    "delete_event",
    "due_date_for",
    "event_ref",
    "get_event",
    "list_events",
    "plan_item_choices",
    "plan_item_refs",
    "update_event",
    "validate_event",
]

# Longer than this is a campaign, not an event; a typo in the year is the usual cause.
MAX_EVENT_DAYS = 60


class EventError(UserError, ValueError):
    """An event, template, task or accreditation line cannot be saved; the message says why."""


class EventNotFound(UserError, LookupError):
    """No event, template, task or accreditation line with that id."""

    code = "record.missing"


# The texts of an event that documents print, each kept in Kyrgyz and in Russian.
EVENT_TEXTS = ("title", "place", "organisers", "speakers", "topic", "key_messages", "notes")

# No text in either language.
EMPTY = Bi()

# A text as given: both languages, or one string whose language is told from its letters.
TextValue = Bi | str
# One item per line: both languages, or the lines of one language.
LinesValue = Bi | Sequence[str]


def when_text(moment: dt.datetime) -> str:
    """Format a moment as "25.11.2026 10:00" for messages."""
    return moment.strftime("%d.%m.%Y %H:%M")


def as_text(value: TextValue, default_lang: str = "ky") -> Bi:
    """Return ``value`` as both languages; a plain string goes to the language it is written in."""
    if isinstance(value, Bi):
        return value
    return Bi.guess(value.strip(), default_lang)


def as_lines(value: LinesValue, default_lang: str = "ky") -> Bi:
    """Return one-per-line items as both languages, each value trimmed and without empty lines."""
    if isinstance(value, Bi):
        return Bi("\n".join(value.lines("ky")), "\n".join(value.lines("ru")))
    if isinstance(value, str):
        value = value.splitlines()
    items = "\n".join(item.strip() for item in value if item.strip())
    return Bi.guess(items, default_lang)


def _one_line(value: Bi) -> Bi:
    return Bi(" ".join(value.ky.split()), " ".join(value.ru.split()))


@dataclass(frozen=True)
class LinkedPlanItem:
    """A content-plan item an event is linked to (or could be)."""

    id: int
    date: dt.date
    title: Bi
    status: str


@dataclass(frozen=True)
class EventInput:
    """An event as the editor fills it in; times are Bishkek local time.

    Texts are given in both languages (``Bi``); a plain string (or a tuple of lines) is placed
    into the language it is written in.
    """

    kind: str
    title: TextValue
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: TextValue = EMPTY
    organisers: LinesValue = EMPTY
    speakers: LinesValue = EMPTY
    topic: TextValue = EMPTY
    key_messages: LinesValue = EMPTY
    protocol: bool = False
    notes: TextValue = EMPTY
    plan_item_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class _Clean:
    """An event checked and trimmed, every text in both languages."""

    kind: str
    title: Bi
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: Bi
    organisers: Bi
    speakers: Bi
    topic: Bi
    key_messages: Bi
    protocol: bool
    notes: Bi
    plan_item_ids: frozenset[int]


@dataclass(frozen=True)
class EventRow:
    """A stored event with its checklist and accreditation counts.

    Organisers, speakers and key messages hold one item per line (``Bi.lines``).
    """

    id: int
    kind: str
    title: Bi
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: Bi
    organisers: Bi
    speakers: Bi
    topic: Bi
    key_messages: Bi
    protocol: bool
    notes: Bi
    sequence: int
    updated_at: dt.datetime | None
    plan_items: tuple[LinkedPlanItem, ...] = ()
    tasks_total: int = 0
    tasks_done: int = 0
    tasks_overdue: int = 0
    accreditation_total: int = 0
    accredited: int = 0

    def as_input(self) -> EventInput:
        """Return the editable fields, for changing the event."""
        return EventInput(
            kind=self.kind,
            title=self.title,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            place=self.place,
            organisers=self.organisers,
            speakers=self.speakers,
            topic=self.topic,
            key_messages=self.key_messages,
            protocol=self.protocol,
            notes=self.notes,
            plan_item_ids=frozenset(item.id for item in self.plan_items),
        )

    @property
    def is_past(self) -> bool:
        """Return True if the event has ended."""
        return self.ends_at < clock.now()


def event_ref(event_id: int, fields: Iterable[str] = ()) -> Ref:
    """Return the record a document prints about an event: ``fields`` of it, or all its texts."""
    return Ref("event", event_id, tuple(fields))


def plan_item_refs(item_ids: Iterable[int]) -> list[Ref]:
    """Return the content-plan items a document names by title."""
    return [Ref("plan_item", item_id, ("title",)) for item_id in sorted(set(item_ids))]


def validate_event(data: EventInput) -> list[Message]:
    """Return what is wrong with ``data`` (empty if it can be saved)."""
    problems: list[Message] = []
    if data.kind not in EVENT_KINDS:
        problems.append(Message("events.unknown_kind", kind=data.kind, allowed=EVENT_KINDS))
    title = _one_line(as_text(data.title))
    if title.empty:
        problems.append(Message("events.needs_title"))
    elif max(len(title.ky), len(title.ru)) > 500:
        problems.append(Message("field.too_long", field=Term("title"), limit=500))
    place = as_text(data.place).stripped()
    if max(len(place.ky), len(place.ru)) > 500:
        problems.append(Message("field.too_long", field=Term("place"), limit=500))
    if data.ends_at < data.starts_at:
        problems.append(Message("events.ends_early", end=data.ends_at, start=data.starts_at))
    elif data.ends_at - data.starts_at > dt.timedelta(days=MAX_EVENT_DAYS):
        problems.append(
            Message(
                "events.too_long",
                days=MAX_EVENT_DAYS,
                start=data.starts_at,
                end=data.ends_at,
            )
        )
    return problems


def due_date_for(
    phase: str, offset_days: int, starts_at: dt.datetime, ends_at: dt.datetime
) -> dt.date:
    """Return a checklist deadline: "after" lines count from the last day, others from the first."""
    base = ends_at.date() if phase == "after" else starts_at.date()
    return base + dt.timedelta(days=offset_days)


def _clean(data: EventInput, default_lang: str) -> _Clean:
    problems = validate_event(data)
    if problems:
        raise EventError(LINES, lines=problems)
    return _Clean(
        kind=data.kind,
        title=_one_line(as_text(data.title, default_lang)),
        starts_at=data.starts_at.replace(second=0, microsecond=0, tzinfo=None),
        ends_at=data.ends_at.replace(second=0, microsecond=0, tzinfo=None),
        place=as_text(data.place, default_lang).stripped(),
        organisers=as_lines(data.organisers, default_lang),
        speakers=as_lines(data.speakers, default_lang),
        topic=as_text(data.topic, default_lang).stripped(),
        key_messages=as_lines(data.key_messages, default_lang),
        protocol=data.protocol,
        notes=as_text(data.notes, default_lang).stripped(),
        plan_item_ids=data.plan_item_ids,
    )


def _write(session: Session, event: Event, data: _Clean) -> None:
    event.kind = data.kind
    event.title = data.title
    event.starts_at = data.starts_at
    event.ends_at = data.ends_at
    event.place = data.place
    event.organisers = data.organisers
    event.speakers = data.speakers
    event.topic = data.topic
    event.key_messages = data.key_messages
    event.protocol = data.protocol
    event.notes = data.notes
    session.flush()
    wanted = set(data.plan_item_ids)
    if wanted:
        found = set(session.scalars(select(PlanItem.id).where(PlanItem.id.in_(wanted))))
        missing = sorted(wanted - found)
        if missing:
            raise EventError("events.no_plan_item", ids=missing)
    session.execute(delete(event_plan_item).where(event_plan_item.c.event_id == event.id))
    if wanted:
        session.execute(
            insert(event_plan_item),
            [{"event_id": event.id, "plan_item_id": item_id} for item_id in sorted(wanted)],
        )


def event_in(session: Session, event_id: int) -> Event:
    """Return the ORM event or raise EventNotFound."""
    event = session.get(Event, event_id)
    if event is None:
        raise EventNotFound(f"No event with id {event_id}.")
    return event


def _linked(item: PlanItem) -> LinkedPlanItem:
    return LinkedPlanItem(item.id, item.date, item.title, item.status)


def _rows(session: Session, events: list[Event], today: dt.date) -> list[EventRow]:
    ids = [e.id for e in events]
    if not ids:
        return []
    links: dict[int, list[LinkedPlanItem]] = {}
    for event_id, item in session.execute(
        select(event_plan_item.c.event_id, PlanItem)
        .join(PlanItem, PlanItem.id == event_plan_item.c.plan_item_id)
        .where(event_plan_item.c.event_id.in_(ids))
        .order_by(PlanItem.date, PlanItem.id)
    ):
        links.setdefault(event_id, []).append(_linked(item))
    tasks: dict[int, tuple[int, int, int]] = {}
    for event_id, total, done, overdue in session.execute(
        select(
            EventTask.event_id,
            func.count(EventTask.id),
            func.count(EventTask.done_at),
            func.sum(
                case((EventTask.done_at.is_(None) & (EventTask.due_date < today), 1), else_=0)
            ),
        )
        .where(EventTask.event_id.in_(ids))
        .group_by(EventTask.event_id)
    ):
        tasks[event_id] = (int(total), int(done), int(overdue or 0))
    accreditation: dict[int, tuple[int, int]] = {}
    for event_id, total, accredited in session.execute(
        select(
            AccreditationEntry.event_id,
            func.count(AccreditationEntry.id),
            func.sum(case((AccreditationEntry.status.in_(("accredited", "attended")), 1), else_=0)),
        )
        .where(AccreditationEntry.event_id.in_(ids))
        .group_by(AccreditationEntry.event_id)
    ):
        accreditation[event_id] = (int(total), int(accredited or 0))
    return [
        EventRow(
            id=e.id,
            kind=e.kind,
            title=e.title,
            starts_at=e.starts_at,
            ends_at=e.ends_at,
            place=e.place,
            organisers=e.organisers,
            speakers=e.speakers,
            topic=e.topic,
            key_messages=e.key_messages,
            protocol=e.protocol,
            notes=e.notes,
            sequence=e.sequence,
            updated_at=e.updated_at,
            plan_items=tuple(links.get(e.id, ())),
            tasks_total=tasks.get(e.id, (0, 0, 0))[0],
            tasks_done=tasks.get(e.id, (0, 0, 0))[1],
            tasks_overdue=tasks.get(e.id, (0, 0, 0))[2],
            accreditation_total=accreditation.get(e.id, (0, 0))[0],
            accredited=accreditation.get(e.id, (0, 0))[1],
        )
        for e in events
    ]


def get_event(db: Database, event_id: int, *, today: dt.date | None = None) -> EventRow:
    """Return one event with its counts."""
    with db.session() as session:
        return _rows(session, [event_in(session, event_id)], today or clock.today())[0]


def list_events(
    db: Database,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kinds: Iterable[str] = (),
    text: str = "",
    today: dt.date | None = None,
) -> list[EventRow]:
    """Return events touching ``start`` … ``end`` (both optional) in time order.

    ``text`` matches title, place, topic, speakers and organisers in either language, in any
    letter case, Kyrgyz letters too.
    """
    stmt = select(Event).order_by(Event.starts_at, Event.id)
    if start is not None:
        stmt = stmt.where(Event.ends_at >= dt.datetime.combine(start, dt.time.min))
    if end is not None:
        stmt = stmt.where(
            Event.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
        )
    wanted = sorted(set(kinds))
    if wanted:
        stmt = stmt.where(Event.kind.in_(wanted))
    needle = fold(text.strip())
    with db.session() as session:
        events = list(session.scalars(stmt))
        if needle:
            # SQLite folds only ASCII letters, so matching happens here.
            events = [
                e
                for e in events
                if any(
                    value.matches(needle)
                    for value in (e.title, e.place, e.topic, e.speakers, e.organisers)
                )
            ]
        return _rows(session, events, today or clock.today())


def create_event(
    db: Database,
    data: EventInput,
    *,
    with_checklist: bool = True,
    template_id: int | None = None,
) -> EventRow:
    """Save a new event; with ``with_checklist`` the template of its kind gives it dated tasks."""
    with db.session() as session:
        clean = _clean(data, document_language_in(session))
        event = Event(kind=clean.kind, title=clean.title, sequence=0)
        session.add(event)
        _write(session, event, clean)
        if with_checklist:
            _apply(session, event, template_id)
        event_id = event.id
    return get_event(db, event_id)


def update_event(
    db: Database, event_id: int, data: EventInput, *, seen_sequence: int | None = None
) -> EventRow:
    """Change an event; moving it moves the open deadlines of its checklist by the same days.

    With ``seen_sequence`` (the event's sequence when the editor read it) the change is refused
    with :class:`ChangedMeanwhile` when someone else changed the event since.
    """
    with db.session() as session:
        claim_unchanged(session, Event, event_id, seen_sequence, version="sequence")
        clean = _clean(data, document_language_in(session))
        event = event_in(session, event_id)
        start_shift = clean.starts_at.date() - event.starts_at.date()
        end_shift = clean.ends_at.date() - event.ends_at.date()
        for task in session.scalars(
            select(EventTask).where(EventTask.event_id == event_id, EventTask.done_at.is_(None))
        ):
            shift = end_shift if task.phase == "after" else start_shift
            if shift:
                task.due_date = task.due_date + shift
        _write(session, event, clean)
        event.sequence += 1
    return get_event(db, event_id)


def delete_event(db: Database, event_id: int) -> None:
    """Delete an event with its checklist and accreditation list."""
    with db.session() as session:
        session.delete(event_in(session, event_id))


def _apply(session: Session, event: Event, template_id: int | None) -> int:
    if template_id is None:
        template = session.scalar(
            select(ChecklistTemplate)
            .where(ChecklistTemplate.kind == event.kind)
            .order_by(ChecklistTemplate.id)
            .limit(1)
        )
        if template is None:
            return 0
    else:
        found = session.get(ChecklistTemplate, template_id)
        if found is None:
            raise EventNotFound(f"No checklist template with id {template_id}.")
        template = found
    start = session.scalar(
        select(func.coalesce(func.max(EventTask.position), -1)).where(
            EventTask.event_id == event.id
        )
    )
    items = list(
        session.scalars(
            select(ChecklistTemplateItem)
            .where(ChecklistTemplateItem.template_id == template.id)
            .order_by(ChecklistTemplateItem.position, ChecklistTemplateItem.id)
        )
    )
    for index, item in enumerate(items, start=int(start or 0) + 1):
        session.add(
            EventTask(
                event_id=event.id,
                position=index,
                phase=item.phase,
                text_ky=item.text_ky,
                text_ru=item.text_ru,
                due_date=due_date_for(item.phase, item.offset_days, event.starts_at, event.ends_at),
                responsible_id=item.responsible_id,
                note="",
            )
        )
    session.flush()
    return len(items)


def apply_template(
    db: Database, event_id: int, template_id: int | None = None, *, replace_open: bool = False
) -> int:
    """Add a template's lines to an event as dated tasks (default: the template of its kind).

    ``replace_open`` first removes the open tasks, keeping what is done. Returns the number added.
    """
    with db.session() as session:
        event = event_in(session, event_id)
        if replace_open:
            session.execute(
                delete(EventTask).where(EventTask.event_id == event_id, EventTask.done_at.is_(None))
            )
        return _apply(session, event, template_id)


def plan_item_choices(db: Database, around: dt.date, *, days: int = 14) -> list[LinkedPlanItem]:
    """Return content-plan items within ``days`` of ``around``, to link an event to."""
    first, last = around - dt.timedelta(days=days), around + dt.timedelta(days=days)
    with db.session() as session:
        items = session.scalars(
            select(PlanItem)
            .where(PlanItem.date.between(first, last), PlanItem.is_series.is_(False))
            .order_by(PlanItem.date, PlanItem.id)
        )
        return [_linked(item) for item in items]
