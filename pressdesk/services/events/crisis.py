"""The crisis checklist: an event template of the first hour and the first day of a crisis.

The template ships with the database (migration 0018) as the template of the "crisis" event
kind; it is edited like any other, and a crisis is opened as an event that takes its dated tasks.
"""

from __future__ import annotations

import datetime as dt

from pressdesk.bilingual import Bi
from pressdesk.services.events.records import EventError, EventInput, EventRow, create_event
from pressdesk.services.events.templates import TemplateRow, default_template
from pressdesk.storage.engine import Database

__all__ = ["CRISIS_KIND", "CRISIS_TEMPLATE_NAME", "crisis_template", "open_crisis"]

CRISIS_KIND = "crisis"
CRISIS_TEMPLATE_NAME = Bi(
    "Кризистик кырдаал: биринчи саат жана биринчи күн",
    "Кризисная ситуация: первый час и первые сутки",
)


def crisis_template(db: Database) -> TemplateRow | None:
    """Return the checklist template of crises, if the user has not deleted it."""
    return default_template(db, CRISIS_KIND)


def open_crisis(db: Database, title: Bi, starts_at: dt.datetime) -> EventRow:
    """Record a crisis as an event from ``starts_at`` with the crisis checklist as its tasks."""
    template = crisis_template(db)
    if template is None:
        raise EventError("crisis.no_template", name=CRISIS_TEMPLATE_NAME.ru)
    data = EventInput(kind=CRISIS_KIND, title=title, starts_at=starts_at, ends_at=starts_at)
    return create_event(db, data, template_id=template.id)
