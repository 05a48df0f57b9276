"""Plain values of the media contact base: outlets, people, filters and pages of rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Generic, TypeVar

from pressdesk.bilingual import Bi
from pressdesk.exchange.phones import display_phone
from pressdesk.messages import Term, UserError
from pressdesk.storage.contacts_models import (
    CHANNELS,
    COVERAGE_FORMATS,
    LANGUAGES,
    MESSENGERS,
    OUTLET_KINDS,
    OWNERSHIPS,
    PERSON_KINDS,
    PHONE_KINDS,
    PLATFORMS,
    REGIONS,
    SCALES,
)

__all__ = [
    "CHANNELS",
    "COVERAGE_FORMATS",
    "LANGUAGES",
    "MESSENGERS",
    "OUTLET_KINDS",
    "OUTLET_SORTS",
    "OWNERSHIPS",
    "PERSON_KINDS",
    "PERSON_SORTS",
    "PHONE_KINDS",
    "PLATFORMS",
    "REGIONS",
    "SCALES",
    "ContactError",
    "ContactNotFound",
    "EmailValue",
    "HistoryRow",
    "MessengerValue",
    "OutletFilter",
    "OutletRecord",
    "OutletRow",
    "Page",
    "PersonFilter",
    "PersonRecord",
    "PersonRow",
    "PhoneValue",
    "Saved",
]

T = TypeVar("T")

PERSON_SORTS = (
    "relevance",
    "name",
    "kind",
    "position",
    "outlet",
    "phone",
    "email",
    "languages",
    "preferred_channel",
    "last_verified",
    "last_contacted",
    "do_not_contact",
    "created",
    "updated",
)
OUTLET_SORTS = (
    "name",
    "kind",
    "scale",
    "region",
    "languages",
    "ownership",
    "platforms",
    "circulation",
    "audience",
    "first_wave",
    "exclusive_partner",
    "people",
    "updated",
)


class ContactError(UserError, ValueError):
    """A contact record cannot be saved as given; the code and values say why."""


class ContactNotFound(UserError, LookupError):
    """No outlet, person, list or log entry with that id."""

    code = "record.missing"


@dataclass(frozen=True)
class PhoneValue:
    """A phone number as entered and, when valid, its E.164 form."""

    raw: str
    kind: str = "mobile"
    e164: str = ""
    valid: bool = True
    problem: str = ""

    @property
    def display(self) -> str:
        """Return the number in readable international form, or as entered if invalid."""
        return display_phone(self.e164, self.raw)


@dataclass(frozen=True)
class EmailValue:
    """An e-mail address; an invalid one is kept with ``valid`` False."""

    address: str
    valid: bool = True
    problem: str = ""


@dataclass(frozen=True)
class MessengerValue:
    """A messenger handle (Telegram @name, WhatsApp number, …)."""

    service: str
    handle: str


@dataclass(frozen=True)
class OutletRecord:
    """A media outlet as the editor shows it; ``id`` is None before the first save."""

    name: str
    kind: str = "online"
    platforms: frozenset[str] = frozenset()
    scale: str = "national"
    region: str = ""
    languages: frozenset[str] = frozenset()
    ownership: str = "private"
    formats: frozenset[str] = frozenset()
    circulation: int | None = None
    periodicity: str = ""
    audience: int | None = None
    audience_note: str = ""
    website: str = ""
    social_links: str = ""
    phone: str = ""
    email: str = ""
    first_wave: bool = False
    exclusive_partner: bool = False
    notes: str = ""
    id: int | None = None
    #: The outlet's row version when it was read; a save refuses when the outlet changed since.
    row_version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class OutletRow:
    """One line of the outlet table."""

    id: int
    name: str
    kind: str
    platforms: frozenset[str]
    scale: str
    region: str
    languages: frozenset[str]
    ownership: str
    formats: frozenset[str]
    circulation: int | None
    audience: int | None
    website: str
    phone: str
    email: str
    first_wave: bool
    exclusive_partner: bool
    people_count: int


@dataclass(frozen=True)
class PersonRecord:
    """A person as the editor shows it; ``id`` is None before the first save.

    ``outlet_name`` and ``last_contacted`` are read-only: they come from the outlet and the log.
    The position and the topics are named in Kyrgyz and Russian; the topics come from the
    shared vocabulary, found by a name in either language.
    """

    full_name: str
    kind: str = "journalist"
    position: Bi = field(default_factory=Bi)
    outlet_id: int | None = None
    topics: tuple[Bi, ...] = ()
    phones: tuple[PhoneValue, ...] = ()
    emails: tuple[EmailValue, ...] = ()
    messengers: tuple[MessengerValue, ...] = ()
    languages: frozenset[str] = frozenset()
    preferred_channel: str = ""
    birthday: dt.date | None = None
    source: str = ""
    last_verified: dt.date | None = None
    do_not_contact: bool = False
    notes: str = ""
    id: int | None = None
    outlet_name: str = ""
    outlet_since: dt.date | None = None
    last_contacted: dt.date | None = None
    #: The person's row version when read; a save refuses when the person changed since.
    row_version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PersonRow:
    """One line of the people table: the first phone and e-mail stand for all of them."""

    id: int
    full_name: str
    kind: str
    position: Bi
    outlet_id: int | None
    outlet_name: str
    phone: str
    email: str
    topics: tuple[Bi, ...]
    languages: frozenset[str]
    preferred_channel: str
    last_verified: dt.date | None
    last_contacted: dt.date | None
    do_not_contact: bool
    invalid_values: int


@dataclass(frozen=True)
class HistoryRow:
    """A former place of work of a person."""

    outlet_id: int | None
    outlet_name: str
    position: Bi
    started_on: dt.date | None
    ended_on: dt.date


@dataclass(frozen=True)
class Page(Generic[T]):
    """A slice of a longer result: the rows from ``offset`` and how many there are in all."""

    rows: list[T]
    total: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        """Return True if rows after this page exist."""
        return self.offset + len(self.rows) < self.total


@dataclass(frozen=True)
class Saved(Generic[T]):
    """A saved record and the problems kept for correction (invalid phones, e-mails)."""

    record: T
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonFilter:
    """What the people view shows; empty sets mean "any", None flags mean "either"."""

    text: str = ""
    kinds: frozenset[str] = frozenset()
    outlet_ids: frozenset[int] = frozenset()
    without_outlet: bool = False
    outlet_kinds: frozenset[str] = frozenset()
    scales: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    ownerships: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    outlet_languages: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    # Topic names in either language, as saved filters have always stored them.
    topics: frozenset[str] = frozenset()
    preferred_channels: frozenset[str] = frozenset()
    list_id: int | None = None
    first_wave: bool | None = None
    exclusive_partner: bool | None = None
    do_not_contact: bool | None = None
    has_invalid: bool | None = None
    # Stale records: never verified, or verified before this date.
    verified_before: dt.date | None = None
    contacted_since: dt.date | None = None

    def to_json(self) -> str:
        """Serialise the filter for a saved-filter list."""
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, frozenset):
                if value:
                    data[f.name] = sorted(value)
            elif isinstance(value, dt.date):
                data[f.name] = value.isoformat()
            elif value not in (None, "", False):
                data[f.name] = value
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> PersonFilter:
        """Read a filter written by ``to_json``; unknown keys are ignored."""
        try:
            data = json.loads(raw) if raw.strip() else {}
        except ValueError as exc:
            raise ContactError("contacts.filter_unreadable", detail=str(exc)) from exc
        if not isinstance(data, dict):
            raise ContactError("contacts.filter_unreadable")
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            default = getattr(cls(), f.name)
            if isinstance(default, frozenset):
                values[f.name] = frozenset(value if isinstance(value, list) else [])
            elif f.name in {"verified_before", "contacted_since"}:
                values[f.name] = dt.date.fromisoformat(value) if value else None
            else:
                values[f.name] = value
        return cls(**values)


@dataclass(frozen=True)
class OutletFilter:
    """What the outlet view shows; empty sets mean "any", None flags mean "either"."""

    text: str = ""
    kinds: frozenset[str] = frozenset()
    scales: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    ownerships: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    formats: frozenset[str] = frozenset()
    first_wave: bool | None = None
    exclusive_partner: bool | None = None
    list_id: int | None = None
    ids: frozenset[int] = field(default_factory=frozenset)


def codes_to_text(codes: Iterable[str]) -> str:
    """Store a set of codes as ",a,b," so a portable LIKE can filter on one of them."""
    ordered = sorted(set(codes))
    return f",{','.join(ordered)}," if ordered else ""


def text_to_codes(value: str) -> frozenset[str]:
    """Read a set of codes stored by ``codes_to_text``."""
    return frozenset(part for part in value.split(",") if part)


def check_codes(values: Iterable[str], allowed: Sequence[str], what: str) -> frozenset[str]:
    """Return ``values`` as a set, or raise ContactError naming the unknown ones."""
    found = frozenset(values)
    unknown = sorted(found - set(allowed))
    if unknown:
        raise ContactError(
            "contacts.unknown_codes",
            what=Term(what),
            values=unknown,
            allowed=[a for a in allowed if a],
        )
    return found
