"""Who works at this computer: the staff member whose name goes into histories and approvals.

On a shared server several people change the same plan, releases and inquiries; each computer
remembers, per database, which staff member works there, so the trail names that person and
not the press secretary of the profile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressdesk import settings
from pressdesk.services.staff import StaffNotFound, get_staff

if TYPE_CHECKING:
    from pressdesk.storage.engine import Database


def _chosen(store: settings.Settings) -> dict[str, int]:
    raw = store.get(settings.TEAM_MEMBERS)
    return {str(k): int(v) for k, v in raw.items() if isinstance(v, int)}


def remembered_staff(store: settings.Settings, db: Database) -> int | None:
    """Return the staff id chosen on this computer for ``db``, or None."""
    return _chosen(store).get(db.where)


def remember_staff(store: settings.Settings, db: Database, staff_id: int | None) -> str:
    """Keep ``staff_id`` (None: the profile's press secretary) as who works here on ``db``;
    return the name now recorded in histories."""
    chosen = _chosen(store)
    if staff_id is None:
        chosen.pop(db.where, None)
    else:
        chosen[db.where] = staff_id
    store.set(settings.TEAM_MEMBERS, chosen)
    return apply_identity(store, db)


def apply_identity(store: settings.Settings, db: Database) -> str:
    """Set who works on ``db`` here from the settings; a staff member deleted meanwhile falls
    back to the profile's press secretary. Return the name set (empty for the fallback)."""
    staff_id = remembered_staff(store, db)
    name = ""
    if staff_id is not None:
        try:
            name = get_staff(db, staff_id).full_name
        except StaffNotFound:
            name = ""
    db.acting_name = name
    return name
