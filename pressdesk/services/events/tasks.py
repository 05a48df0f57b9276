"""Checklist tasks of events: tick off, add, change, and the overview of one ISO week."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.messages import LINES, Message, Term
from pressdesk.services.events.records import EventError, EventNotFound, event_in
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import PHASES, Event, EventTask
from pressdesk.storage.models import StaffMember

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
_PHASE_ORDER = {phase: index for index, phase in enumerate(PHASES)}


@dataclass(frozen=True)
class TaskInput:
    """A checklist line as the user enters it; a text in one language is enough."""

    phase: str
    due_date: dt.date
    text_ky: str = ""
    text_ru: str = ""
    responsible_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class TaskRow:
    """A dated checklist line with its event; ``overdue`` is computed for the given day."""

    id: int
    event_id: int
    event_title: Bi
    event_kind: str
    event_starts_at: dt.datetime
    position: int
    phase: str
    text_ky: str
    text_ru: str
    due_date: dt.date
    done_at: dt.datetime | None
    responsible_id: int | None
    responsible_name: str
    note: str
    overdue: bool
    # The responsible person's position, as documents name them.
    responsible_position: Bi

    @property
    def done(self) -> bool:
        """Return True if the task is ticked off."""
        return self.done_at is not None

    @property
    def state(self) -> str:
        """Return "done", "overdue" or "open"."""
        return "done" if self.done else "overdue" if self.overdue else "open"

    @property
    def texts(self) -> Bi:
        """Return the text in both languages (documents print one of them exactly)."""
        return Bi(self.text_ky, self.text_ru)

    def text(self, lang: str) -> str:
        """Return the text in ``lang``, falling back to the other language (for screens)."""
        return self.texts.text(lang)

    def as_input(self) -> TaskInput:
        """Return the editable fields."""
        return TaskInput(
            self.phase,
            self.due_date,
            self.text_ky,
            self.text_ru,
            self.responsible_id,
            self.note,
        )


@dataclass(frozen=True)
class WeekTasks:
    """The tasks of one ISO week across all events, overdue ones first."""

    year: int
    week: int
    monday: dt.date
    sunday: dt.date
    tasks: tuple[TaskRow, ...]

    @property
    def label(self) -> str:
        """Return the week as "2026-W48"."""
        return f"{self.year}-W{self.week:02d}"

    @property
    def overdue_count(self) -> int:
        """Return how many of the tasks are overdue."""
        return sum(task.overdue for task in self.tasks)


def parse_week(text: str) -> dt.date:
    """Return the Monday of an ISO week written as "2026-W48"."""
    match = _WEEK.match(text)
    if match is None:
        raise EventError("events.not_a_week", text=text)
    try:
        return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError as exc:
        raise EventError("events.week_of_year", text=text) from exc


def _select() -> Select[EventTask, Event, StaffMember]:
    return (
        select(EventTask, Event, StaffMember)
        .join(Event, Event.id == EventTask.event_id)
        .outerjoin(StaffMember, StaffMember.id == EventTask.responsible_id)
    )


def _row(task: EventTask, event: Event, staff: StaffMember | None, today: dt.date) -> TaskRow:
    return TaskRow(
        id=task.id,
        event_id=event.id,
        event_title=event.title,
        event_kind=event.kind,
        event_starts_at=event.starts_at,
        position=task.position,
        phase=task.phase,
        text_ky=task.text_ky,
        text_ru=task.text_ru,
        due_date=task.due_date,
        done_at=task.done_at,
        responsible_id=task.responsible_id,
        responsible_name=staff.full_name if staff is not None else "",
        note=task.note,
        overdue=task.done_at is None and task.due_date < today,
        responsible_position=staff.position if staff is not None else Bi(),
    )


def _one(session: Session, task_id: int, today: dt.date) -> TaskRow:
    found = session.execute(_select().where(EventTask.id == task_id)).first()
    if found is None:
        raise EventNotFound(f"No checklist task with id {task_id}.")
    return _row(found[0], found[1], found[2], today)


def list_tasks(db: Database, event_id: int, *, today: dt.date | None = None) -> list[TaskRow]:
    """Return an event's checklist: before, during, after, each by deadline."""
    day = today or clock.today()
    with db.session() as session:
        event_in(session, event_id)
        rows = [
            _row(task, event, name, day)
            for task, event, name in session.execute(
                _select().where(EventTask.event_id == event_id)
            )
        ]
    return sorted(rows, key=lambda r: (_PHASE_ORDER[r.phase], r.due_date, r.position, r.id))


def _clean(data: TaskInput) -> TaskInput:
    problems: list[Message] = []
    if data.phase not in PHASES:
        problems.append(Message("events.unknown_phase", phase=data.phase, allowed=PHASES))
    text_ky, text_ru = " ".join(data.text_ky.split()), " ".join(data.text_ru.split())
    if not (text_ky or text_ru):
        problems.append(Message("events.task_needs_text"))
    if max(len(text_ky), len(text_ru)) > 500:
        problems.append(Message("field.too_long", field=Term("task text"), limit=500))
    if problems:
        raise EventError(LINES, lines=problems)
    return TaskInput(data.phase, data.due_date, text_ky, text_ru, data.responsible_id, data.note)


def _check_staff(session: Session, staff_id: int | None) -> None:
    if staff_id is not None and session.get(StaffMember, staff_id) is None:
        raise EventError("staff.missing", id=staff_id)


def add_task(db: Database, event_id: int, data: TaskInput) -> TaskRow:
    """Add a line to an event's checklist."""
    clean = _clean(data)
    with db.session() as session:
        event_in(session, event_id)
        _check_staff(session, clean.responsible_id)
        last = session.scalar(
            select(func.coalesce(func.max(EventTask.position), -1)).where(
                EventTask.event_id == event_id
            )
        )
        task = EventTask(
            event_id=event_id,
            position=int(last if last is not None else -1) + 1,
            phase=clean.phase,
            text_ky=clean.text_ky,
            text_ru=clean.text_ru,
            due_date=clean.due_date,
            responsible_id=clean.responsible_id,
            note=clean.note.strip(),
        )
        session.add(task)
        session.flush()
        return _one(session, task.id, clock.today())


def update_task(db: Database, task_id: int, data: TaskInput) -> TaskRow:
    """Change a checklist line (its done state stays as it is)."""
    clean = _clean(data)
    with db.session() as session:
        task = session.get(EventTask, task_id)
        if task is None:
            raise EventNotFound(f"No checklist task with id {task_id}.")
        _check_staff(session, clean.responsible_id)
        task.phase = clean.phase
        task.text_ky = clean.text_ky
        task.text_ru = clean.text_ru
        task.due_date = clean.due_date
        task.responsible_id = clean.responsible_id
        task.note = clean.note.strip()
        session.flush()
        return _one(session, task_id, clock.today())


def delete_task(db: Database, task_id: int) -> None:
    """Remove a line from a checklist."""
    with db.session() as session:
        task = session.get(EventTask, task_id)
        if task is None:
            raise EventNotFound(f"No checklist task with id {task_id}.")
        session.delete(task)


def set_done(
    db: Database, task_id: int, done: bool = True, *, at: dt.datetime | None = None
) -> TaskRow:
    """Tick a task off (recording when) or open it again."""
    with db.session() as session:
        task = session.get(EventTask, task_id)
        if task is None:
            raise EventNotFound(f"No checklist task with id {task_id}.")
        if done:
            if task.done_at is None:
                task.done_at = (at or clock.now()).replace(microsecond=0, tzinfo=None)
        else:
            task.done_at = None
        session.flush()
        return _one(session, task_id, clock.today())


def week_tasks(
    db: Database,
    week: str | dt.date | None = None,
    *,
    today: dt.date | None = None,
    include_done: bool = True,
) -> WeekTasks:
    """Return the tasks due in an ISO week ("2026-W48", any day of it, or this week).

    Open tasks overdue from earlier weeks come too when the week is the current one or later,
    since they still have to be done; overdue tasks come first.
    """
    day = today or clock.today()
    if week is None:
        anchor = day
    elif isinstance(week, str):
        anchor = parse_week(week)
    else:
        anchor = week
    monday = anchor - dt.timedelta(days=anchor.weekday())
    sunday = monday + dt.timedelta(days=6)
    in_week = EventTask.due_date.between(monday, sunday)
    condition: ColumnElement[bool] = in_week
    if sunday >= day:
        condition = or_(in_week, (EventTask.due_date < monday) & EventTask.done_at.is_(None))
    stmt = _select().where(condition)
    if not include_done:
        stmt = stmt.where(EventTask.done_at.is_(None))
    with db.session() as session:
        rows = [_row(task, event, name, day) for task, event, name in session.execute(stmt)]
    rows.sort(
        key=lambda r: (not r.overdue, r.due_date, r.event_starts_at, r.event_id, r.position, r.id)
    )
    year, number, _weekday = monday.isocalendar()
    return WeekTasks(year, number, monday, sunday, tuple(rows))
