"""Manage the organisation's staff: responsible persons and signatories."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from sqlalchemy import select

from pressdesk.bilingual import Bi
from pressdesk.messages import Term, UserError
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember
from pressdesk.textfold import fold, sort_key

# The default of a bilingual field: no text in either language.
NO_TEXT = Bi()


@dataclass(frozen=True)
class StaffRow:
    """A staff member as a plain value; ``id`` is None before the first save.

    The position and the unit are texts in Kyrgyz and in Russian; the name is a proper name.
    ``row_version`` is the version read for editing: a save refuses a member changed since
    (None checks nothing).
    """

    full_name: str
    position_ky: str = ""
    position_ru: str = ""
    unit: Bi = NO_TEXT
    phone: str = ""
    email: str = ""
    is_signatory: bool = False
    active: bool = True
    notes: str = ""
    id: int | None = None
    row_version: int | None = field(default=None, compare=False)

    def position(self, lang: str) -> str:
        """Return the position in ``lang``, falling back to the other language."""
        primary, other = (
            (self.position_ky, self.position_ru)
            if lang == "ky"
            else (self.position_ru, self.position_ky)
        )
        return primary or other

    @property
    def positions(self) -> Bi:
        """The position in both languages."""
        return Bi(self.position_ky, self.position_ru)


_FIELDS = [f.name for f in fields(StaffRow) if f.name not in ("id", "row_version")]


class StaffError(UserError, ValueError):
    """A staff record cannot be saved as given."""


class StaffNotFound(UserError, LookupError):
    """No staff member with that id."""

    code = "record.missing"


def _to_row(member: StaffMember) -> StaffRow:
    return StaffRow(
        id=member.id,
        row_version=member.row_version,
        **{name: getattr(member, name) for name in _FIELDS},
    )


def list_staff(db: Database, *, active_only: bool = False, search: str = "") -> list[StaffRow]:
    """Return staff sorted by name, optionally only active ones or matching ``search``."""
    with db.session() as session:
        query = select(StaffMember)
        if active_only:
            query = query.where(StaffMember.active.is_(True))
        if search.strip():
            query = query.where(StaffMember.name_folded.contains(fold(search)))
        rows = [_to_row(m) for m in session.scalars(query)]
    return sorted(rows, key=lambda r: sort_key(r.full_name))


def get_staff(db: Database, staff_id: int) -> StaffRow:
    """Return one staff member."""
    with db.session() as session:
        member = session.get(StaffMember, staff_id)
        if member is None:
            raise StaffNotFound(f"No staff member with id {staff_id}.")
        return _to_row(member)


def save_staff(db: Database, row: StaffRow) -> StaffRow:
    """Create or update a staff member; return it with its id.

    A member changed since ``row.row_version`` was read is refused with ChangedMeanwhile.
    """
    name = " ".join(row.full_name.split())
    if not name:
        raise StaffError("staff.needs_name")
    if len(name) > 200:
        raise StaffError("field.too_long", field=Term("full name"), limit=200)
    with db.session() as session:
        if row.id is None:
            member = StaffMember(full_name=name)
            session.add(member)
        else:
            claim_unchanged(session, StaffMember, row.id, row.row_version)
            found = session.get(StaffMember, row.id)
            if found is None:
                raise StaffNotFound(f"No staff member with id {row.id}.")
            member = found
        for field_name in _FIELDS:
            value = getattr(row, field_name)
            if isinstance(value, str):
                value = value.strip()
            elif isinstance(value, Bi):
                value = value.stripped()
            setattr(member, field_name, value)
        member.full_name = name
        member.name_folded = fold(name)
        session.flush()
        return _to_row(member)


def delete_staff(db: Database, staff_id: int) -> None:
    """Delete a staff member."""
    with db.session() as session:
        member = session.get(StaffMember, staff_id)
        if member is None:
            raise StaffNotFound(f"No staff member with id {staff_id}.")
        session.delete(member)


def signatories(db: Database) -> list[StaffRow]:
    """Return active staff who may sign documents."""
    return [r for r in list_staff(db, active_only=True) if r.is_signatory]
