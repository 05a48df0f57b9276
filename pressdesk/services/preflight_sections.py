"""The records whose texts go into documents, registered for the check before printing.

Labels are English here; the window shows them translated (``gui/widgets/preflight.py``).
"""

from __future__ import annotations

from pressdesk.services.preflight import Section, TextField, register
from pressdesk.storage.events_models import EventTask
from pressdesk.storage.models import StaffMember

# -- organisation ---------------------------------------------------------------------------

register(
    Section(
        key="staff",
        label="Staff",
        model=StaffMember,
        fields=(TextField("position", "Position", limit=300),),
        describe=lambda m: m.full_name,
    )
)

# -- events ----------------------------------------------------------------------------------

register(
    Section(
        key="event_task",
        label="Checklist",
        model=EventTask,
        fields=(TextField("text", "Task", limit=500),),
        describe=lambda t: t.text,
    )
)
