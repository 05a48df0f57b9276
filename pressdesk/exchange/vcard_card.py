"""The vCard fields PressDesk uses, and the escaping rules of vCard values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressdesk.exchange.names import NameParts

MAX_LINE = 75
# Apple writes a birthday without a year as 1604 (a leap year long before anyone living).
NO_YEAR = 1604


@dataclass
class Address:
    """A postal address (ADR) with its kind: work, home, other or empty."""

    kind: str = ""
    pobox: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    code: str = ""
    country: str = ""

    def text(self) -> str:
        """Return the address on one line, the way a person writes it."""
        parts = (
            self.pobox,
            self.extended,
            self.street,
            self.locality,
            self.region,
            self.code,
            self.country,
        )
        return ", ".join(" ".join(p.split()) for p in parts if p.strip())


@dataclass
class VCard:
    """The fields of one contact card that PressDesk reads or writes."""

    line: int = 0
    version: str = ""
    uid: str = ""
    full_name: str = ""
    family: str = ""
    given: str = ""
    middle: str = ""
    prefix: str = ""
    suffix: str = ""
    # The N value kept from an imported card ("family;given;middle;prefix;suffix"), written
    # back on export while it still matches the name.
    name_parts: str = ""
    nickname: str = ""
    org: str = ""
    department: str = ""
    title: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    messengers: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    categories: list[str] = field(default_factory=list)
    birthday: str = ""
    urls: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    photo: bool = False
    # What could not be read on this card, for the import report.
    problems: list[str] = field(default_factory=list)
    _has_n: bool = False

    @property
    def name(self) -> str:
        """Return FN, or the name assembled from N (family, given, middle)."""
        return card_name(self.full_name, self.family, self.given, self.middle)

    def name_structure(self) -> NameParts:
        """Return the structured name as read from N (empty parts when there was none)."""
        return NameParts(self.family, self.given, self.middle, self.prefix, self.suffix)


def card_name(full_name: str, family: str, given: str, middle: str) -> str:
    """Return ``full_name``, or else the filled parts of the name joined by spaces."""
    # Kept out of the property so that mutation testing changes it too.
    if full_name.strip():
        return full_name.strip()
    return " ".join(p for p in (family, given, middle) if p.strip())


_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def unescape(value: str) -> str:
    """Return a vCard text value with its backslash escapes resolved."""
    if "\\" not in value:
        return value
    return _ESCAPED.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)


_TOKENS = {
    sep: re.compile(r"\\.|" + re.escape(sep) + r"|[^\\" + sep + r"]+|\\", re.DOTALL) for sep in ";,"
}


def components(value: str, sep: str = ";") -> list[str]:
    """Split a structured value on unescaped ``sep`` and unescape each part."""
    parts: list[str] = []
    current: list[str] = []
    for token in _TOKENS[sep].findall(value):
        if token == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(token)
    parts.append(unescape("".join(current)))
    return parts
