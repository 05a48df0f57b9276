"""Checklist templates per event type: lines before, during and after, with relative deadlines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pressdesk.messages import LINES, Message
from pressdesk.services.events.records import EventError, EventNotFound, due_date_for
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import (
    EVENT_KINDS,
    MAX_OFFSET_DAYS,
    PHASES,
    ChecklistTemplate,
    ChecklistTemplateItem,
)
from pressdesk.storage.models import StaffMember

DEFAULT_FOLLOW_UP_DAYS = 30


@dataclass(frozen=True)
class TemplateItemInput:
    """A template line: phase, days from the event (negative = before), text in ky and ru."""

    phase: str
    offset_days: int
    text_ky: str = ""
    text_ru: str = ""
    responsible_id: int | None = None


@dataclass(frozen=True)
class TemplateItemRow:
    """A stored template line with the name of its default responsible person."""

    id: int
    phase: str
    offset_days: int
    text_ky: str
    text_ru: str
    responsible_id: int | None
    responsible_name: str

    def text(self, lang: str) -> str:
        """Return the text in ``lang``, falling back to the other language."""
        primary, other = (
            (self.text_ky, self.text_ru) if lang == "ky" else (self.text_ru, self.text_ky)
        )
        return primary or other

    def as_input(self) -> TemplateItemInput:
        """Return the line as editable input."""
        return TemplateItemInput(
            self.phase, self.offset_days, self.text_ky, self.text_ru, self.responsible_id
        )


@dataclass(frozen=True)
class TemplateInput:
    """A whole template as the settings editor holds it; lines keep their order."""

    kind: str
    name_ky: str
    name_ru: str
    follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS
    items: tuple[TemplateItemInput, ...] = ()


@dataclass(frozen=True)
class TemplateRow:
    """A stored template with its lines in order."""

    id: int
    kind: str
    name_ky: str
    name_ru: str
    follow_up_days: int
    items: tuple[TemplateItemRow, ...]

    def name(self, lang: str) -> str:
        """Return the name in ``lang``, falling back to the other language."""
        primary, other = (
            (self.name_ky, self.name_ru) if lang == "ky" else (self.name_ru, self.name_ky)
        )
        return primary or other

    def as_input(self) -> TemplateInput:
        """Return the template as editable input."""
        return TemplateInput(
            self.kind,
            self.name_ky,
            self.name_ru,
            self.follow_up_days,
            tuple(item.as_input() for item in self.items),
        )

    def preview(
        self, starts_at: dt.datetime, ends_at: dt.datetime
    ) -> list[tuple[dt.date, TemplateItemRow]]:
        """Return the deadline each line would get for an event at ``starts_at`` … ``ends_at``."""
        return [
            (due_date_for(item.phase, item.offset_days, starts_at, ends_at), item)
            for item in self.items
        ]


def _line_name(item: TemplateItemInput, number: int) -> Message:
    text = (item.text_ru or item.text_ky).strip()
    if text:
        return Message("problem.line_text", number=number, text=text[:60])
    return Message("problem.line", number=number)


def validate_template(data: TemplateInput) -> list[Message]:
    """Return what is wrong with ``data`` (empty if it can be saved)."""
    problems: list[Message] = []
    if data.kind not in EVENT_KINDS:
        problems.append(Message("events.unknown_kind", kind=data.kind, allowed=EVENT_KINDS))
    if not (data.name_ky.strip() or data.name_ru.strip()):
        problems.append(Message("events.template_needs_name"))
    window = data.follow_up_days
    if not 0 <= window <= MAX_OFFSET_DAYS:
        problems.append(Message("events.follow_up_range", limit=MAX_OFFSET_DAYS, days=window))
    for number, item in enumerate(data.items, start=1):
        line = _line_name(item, number)
        if item.phase not in PHASES:
            problems.append(
                Message("events.line_phase", line=line, phase=item.phase, allowed=PHASES)
            )
            continue
        if not (item.text_ky.strip() or item.text_ru.strip()):
            problems.append(Message("events.line_needs_text", line=line))
        if max(len(item.text_ky.strip()), len(item.text_ru.strip())) > 500:
            problems.append(Message("events.line_too_long", line=line, limit=500))
        days = item.offset_days
        if item.phase == "before" and days > 0:
            problems.append(Message("events.line_before_late", line=line, days=days))
        elif item.phase == "before" and days < -MAX_OFFSET_DAYS:
            problems.append(Message("events.line_too_early", line=line, limit=MAX_OFFSET_DAYS))
        elif item.phase == "during" and days < 0:
            problems.append(Message("events.line_during_early", line=line))
        elif item.phase == "after" and days < 0:
            problems.append(Message("events.line_after_early", line=line))
        elif item.phase != "before" and 0 <= window < days:
            problems.append(
                Message("events.line_beyond_window", line=line, days=days, window=window)
            )
    return problems


def _rows(session: Session, templates: list[ChecklistTemplate]) -> list[TemplateRow]:
    ids = [t.id for t in templates]
    items: dict[int, list[TemplateItemRow]] = {}
    if ids:
        for item, staff_name in session.execute(
            select(ChecklistTemplateItem, StaffMember.full_name)
            .outerjoin(StaffMember, StaffMember.id == ChecklistTemplateItem.responsible_id)
            .where(ChecklistTemplateItem.template_id.in_(ids))
            .order_by(ChecklistTemplateItem.position, ChecklistTemplateItem.id)
        ):
            items.setdefault(item.template_id, []).append(
                TemplateItemRow(
                    item.id,
                    item.phase,
                    item.offset_days,
                    item.text_ky,
                    item.text_ru,
                    item.responsible_id,
                    staff_name or "",
                )
            )
    return [
        TemplateRow(
            t.id, t.kind, t.name_ky, t.name_ru, t.follow_up_days, tuple(items.get(t.id, ()))
        )
        for t in templates
    ]


def list_templates(db: Database, kind: str | None = None) -> list[TemplateRow]:
    """Return the templates (of one event type, if given) in the order of the types."""
    stmt = select(ChecklistTemplate).order_by(ChecklistTemplate.id)
    if kind is not None:
        stmt = stmt.where(ChecklistTemplate.kind == kind)
    with db.session() as session:
        rows = _rows(session, list(session.scalars(stmt)))
    return sorted(rows, key=lambda r: (EVENT_KINDS.index(r.kind), r.id))


def get_template(db: Database, template_id: int) -> TemplateRow:
    """Return one template with its lines."""
    with db.session() as session:
        found = session.get(ChecklistTemplate, template_id)
        if found is None:
            raise EventNotFound(f"No checklist template with id {template_id}.")
        return _rows(session, [found])[0]


def default_template(db: Database, kind: str) -> TemplateRow | None:
    """Return the template new events of ``kind`` get (the oldest of that type), if any."""
    found = list_templates(db, kind)
    return found[0] if found else None


def save_template(db: Database, data: TemplateInput, template_id: int | None = None) -> TemplateRow:
    """Create a template or replace one with ``data``; existing events keep their tasks."""
    problems = validate_template(data)
    if problems:
        raise EventError(LINES, lines=problems)
    with db.session() as session:
        staff = {item.responsible_id for item in data.items if item.responsible_id is not None}
        if staff:
            known = set(session.scalars(select(StaffMember.id).where(StaffMember.id.in_(staff))))
            if staff - known:
                missing = ", ".join(map(str, sorted(staff - known)))
                raise EventError("staff.missing", id=missing)
        if template_id is None:
            template = ChecklistTemplate(kind=data.kind)
            session.add(template)
        else:
            found = session.get(ChecklistTemplate, template_id)
            if found is None:
                raise EventNotFound(f"No checklist template with id {template_id}.")
            template = found
        template.kind = data.kind
        template.name_ky = " ".join(data.name_ky.split())
        template.name_ru = " ".join(data.name_ru.split())
        template.follow_up_days = data.follow_up_days
        session.flush()
        session.execute(
            delete(ChecklistTemplateItem).where(ChecklistTemplateItem.template_id == template.id)
        )
        for position, item in enumerate(data.items):
            session.add(
                ChecklistTemplateItem(
                    template_id=template.id,
                    position=position,
                    phase=item.phase,
                    offset_days=item.offset_days,
                    text_ky=" ".join(item.text_ky.split()),
                    text_ru=" ".join(item.text_ru.split()),
                    responsible_id=item.responsible_id,
                )
            )
        session.flush()
        return _rows(session, [template])[0]


def delete_template(db: Database, template_id: int) -> None:
    """Delete a template; events made with it keep their tasks."""
    with db.session() as session:
        found = session.get(ChecklistTemplate, template_id)
        if found is None:
            raise EventNotFound(f"No checklist template with id {template_id}.")
        session.delete(found)
