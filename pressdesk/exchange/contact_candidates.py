"""Turn a table row or a vCard into one contact candidate: plain texts, before any checking."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from pressdesk.exchange.phones import split_multi
from pressdesk.exchange.tabular import SourceRow
from pressdesk.exchange.vcard import Address, VCard

# Google separates several values of one cell with " ::: " and marks the preferred one "* ".
_GOOGLE_SEPARATOR = re.compile(r"\s*:::\s*")
# Google's own groups, which say nothing about a journalist's beat.
_SYSTEM_GROUPS = frozenset({"mycontacts", "my contacts", "starred"})
_ADDRESS_PARTS = ("pobox", "extended", "street", "city", "region", "code", "country")
_PLAIN_PHONES = {"phone": "mobile", "phone2": "work"}
_KIND_ORDER = {"mobile": 0, "work": 1, "home": 2, "other": 3, "fax": 4}
# What Outlook writes into an empty date column.
_EMPTY_DATES = frozenset({"0/0/00", "0/0/0000", "00.00.0000", "00.00.00", "1/1/1601"})


@dataclass
class ContactCandidate:
    """One contact read from a file, before any checking; texts as found.

    ``lenient`` is set for files other programs wrote (vCards, Google or Outlook tables): an odd
    optional value there goes to the notes instead of refusing the row.
    """

    line: int
    full_name: str = ""
    # A one-language column (``position``, ``topics``) and the Kyrgyz and Russian columns
    # of a file that has both.
    position: str = ""
    position_ky: str = ""
    position_ru: str = ""
    outlet: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    messengers: list[tuple[str, str]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    topics_ky: list[str] = field(default_factory=list)
    topics_ru: list[str] = field(default_factory=list)
    kind: str = ""
    languages: str = ""
    notes: str = ""
    source: str = ""
    birthday: str = ""
    last_verified: str = ""
    do_not_contact: str = ""
    uid: str = ""
    # family, given, middle, prefix, suffix as the file structured the name; empty if not.
    name_parts: tuple[str, str, str, str, str] = ("", "", "", "", "")
    nickname: str = ""
    department: str = ""
    addresses: list[Address] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    photo: bool = False
    problems: list[str] = field(default_factory=list)
    lenient: bool = False
    # The name may be made up from an address or phone when the row has none.
    name_optional: bool = False

    def summary(self) -> str:
        """Return a short description for error lists: the name or the first address."""
        text = self.full_name or (self.emails[0] if self.emails else "")
        if not text and self.phones:
            text = self.phones[0][0]
        return text[:60] + ("…" if len(text) > 60 else "")


def _multi(value: str) -> list[str]:
    """Split a cell of several values: Google's " ::: " or the usual ; , and line breaks."""
    if ":::" not in value:
        return split_multi(value)
    parts: list[str] = []
    for chunk in _GOOGLE_SEPARATOR.split(value):
        parts.extend(split_multi(chunk))
    return parts


def _phone_kind(label: str) -> str:
    text = label.casefold().replace("*", "").strip()
    if "fax" in text or "факс" in text:
        return "fax"
    if any(w in text for w in ("mobile", "cell", "моб", "сот")):
        return "mobile"
    if any(w in text for w in ("work", "business", "раб")):
        return "work"
    if any(w in text for w in ("home", "дом")):
        return "home"
    return "other"


def _cyrillic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum("\u0400" <= ch <= "\u04ff" for ch in letters) * 2 >= len(letters)


def compose_name(family: str, given: str, middle: str) -> str:
    """Return a full name from its parts: "Фамилия Имя Отчество", or "Given Middle Family"."""
    parts = [p.strip() for p in (family, given, middle)]
    if _cyrillic(" ".join(parts)):
        return " ".join(p for p in parts if p)
    return " ".join(p for p in (parts[1], parts[2], parts[0]) if p)


def _groups(row: SourceRow) -> dict[tuple[str, str], dict[str, str]]:
    """Collect Google's numbered columns: (section, number) → attribute → text."""
    found: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for key, value in row.values.items():
        if key.startswith("g:") and value:
            _, section, number, attr = key.split(":")
            found[(section, number)][attr] = value
    return found


def _address(kind: str, parts: dict[str, str]) -> Address | None:
    kind = kind if kind in {"work", "home"} else ""
    if not any(parts.get(p) for p in _ADDRESS_PARTS):
        formatted = " ".join(parts.get("formatted", "").split())
        return Address(kind, street=formatted) if formatted else None
    return Address(
        kind,
        parts.get("pobox", ""),
        parts.get("extended", ""),
        parts.get("street", ""),
        parts.get("city", ""),
        parts.get("region", ""),
        parts.get("code", ""),
        parts.get("country", ""),
    )


def _birthday(row: SourceRow) -> str:
    text = row.get("birthday").strip()
    if text in _EMPTY_DATES:
        return ""
    if text:
        return text
    year, month, day = row.get("birth_year"), row.get("birth_month"), row.get("birth_day")
    if month.isdigit() and day.isdigit():
        if year.isdigit():
            return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
        return f"--{int(month):02d}-{int(day):02d}"
    return ""


def _topic_cell(value: str) -> list[str]:
    return list(_topic_names(value)) if value else []


# A file repeats a few topic cells on most of its rows.
@lru_cache(maxsize=1024)
def _topic_names(value: str) -> tuple[str, ...]:
    return tuple(
        t.lstrip("* ").strip()
        for t in _multi(value)
        if t.lstrip("* ").strip().casefold() not in _SYSTEM_GROUPS
    )


# What a column's values add to a candidate: phones of a kind, e-mails, web pages, handles of a
# service, parts of an address; None for a column read by name further on.
_Action = tuple[str, str, str] | None


def _action(key: str) -> _Action:
    role = key.split(":")
    if role[0] == "tel":
        return ("phone", role[1], "")
    if key in _PLAIN_PHONES:
        return ("phone", _PLAIN_PHONES[key], "")
    if role[0] == "mail" or key in {"email", "email2"}:
        return ("email", "", "")
    if role[0] == "web":
        return ("url", "", "")
    if role[0] == "im":
        return ("im", role[1], "")
    if key in {"telegram", "whatsapp"}:
        return ("im", key, "")
    if role[0] == "adr":
        return ("adr", role[1], role[2])
    return None


@lru_cache(maxsize=64)
def _actions(keys: tuple[str, ...]) -> tuple[tuple[tuple[str, str, str, str], ...], bool]:
    """The columns that add to a candidate's lists, with their action; whether any is Google's.

    Every row of a file has the same columns: they are sorted out once, not on each row.
    """
    found = []
    for key in keys:
        action = _action(key)
        if action is not None:
            found.append((key, *action))
    return tuple(found), any(key.startswith("g:") for key in keys)


def from_row(row: SourceRow, *, layout: str, has_name_column: bool) -> ContactCandidate:
    """Return the candidate of one table row read with the roles of contact_columns."""
    values = row.values
    get = values.get
    phones: list[tuple[str, str]] = []
    emails: list[str] = []
    urls: list[str] = []
    messengers: list[tuple[str, str]] = []
    addresses: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    actions, grouped = _actions(tuple(values))
    for key, action, first, second in actions:
        value = values[key]
        if not value:
            continue
        if action == "phone":
            phones += [(p, first) for p in _multi(value)]
        elif action == "email":
            emails += _multi(value)
        elif action == "url":
            urls += _multi(value)
        elif action == "im":
            messengers += [(first, h) for h in _multi(value)]
        else:
            # One address per kind; Outlook's "Business Street 2" joins its street.
            group = addresses[(first, "")]
            group[second] = f"{group[second]}, {value}" if second in group else value
    org = ("", "", "")
    groups = sorted(_groups(row).items(), key=lambda g: int(g[0][1])) if grouped else []
    for (section, number), attrs in groups:
        label = attrs.get("type", "")
        if section == "phone":
            phones += [(p, _phone_kind(label)) for p in _multi(attrs.get("value", ""))]
        elif section == "email":
            emails += _multi(attrs.get("value", ""))
        elif section == "website":
            urls += _multi(attrs.get("value", ""))
        elif section == "im":
            service = attrs.get("service", "") or label
            messengers += [
                (service.strip("* ").casefold(), h) for h in _multi(attrs.get("value", ""))
            ]
        elif section == "address":
            kind = _phone_kind(label)
            addresses[(kind if kind in {"work", "home"} else "other", number)].update(attrs)
        elif section == "org" and not org[0] and (attrs.get("name") or attrs.get("title")):
            org = (attrs.get("name", ""), attrs.get("title", ""), attrs.get("department", ""))
    if layout:
        # Client exports list phone columns alphabetically (Outlook: "Business Fax" first);
        # the first phone stands for the person in lists, so the mobile one leads.
        phones.sort(key=lambda pair: _KIND_ORDER.get(pair[1], len(_KIND_ORDER)))
    parts = (
        get("family", ""),
        get("given", ""),
        get("middle", ""),
        get("prefix", ""),
        get("suffix", ""),
    )
    name = get("full_name", "") or get("display", "")
    if not name and any(parts[:3]):
        name = compose_name(*parts[:3])
    topics, topics_ky, topics_ru = (
        _topic_cell(get(key, "")) for key in ("topics", "topics_ky", "topics_ru")
    )
    return ContactCandidate(
        line=row.line,
        full_name=name,
        position=get("position", "") or org[1],
        position_ky=get("position_ky", ""),
        position_ru=get("position_ru", ""),
        outlet=get("outlet", "") or org[0],
        phones=phones,
        emails=emails,
        messengers=messengers,
        topics=topics,
        topics_ky=topics_ky,
        topics_ru=topics_ru,
        kind=get("kind", ""),
        languages=get("languages", ""),
        notes=get("notes", ""),
        source=get("source", ""),
        birthday=_birthday(row),
        last_verified=get("last_verified", ""),
        do_not_contact=get("do_not_contact", ""),
        name_parts=parts if any(parts) else ("", "", "", "", ""),
        nickname=get("nickname", ""),
        department=get("department", "") or org[2],
        addresses=[a for (kind, _), p in addresses.items() if (a := _address(kind, p))],
        urls=urls,
        lenient=bool(layout),
        name_optional=bool(layout) or not has_name_column,
    )


_VCARD_PHONE_KINDS = (
    ("cell", "mobile"),
    ("iphone", "mobile"),
    ("fax", "fax"),
    ("work", "work"),
    ("home", "home"),
)


def from_vcard(card: VCard) -> ContactCandidate:
    """Return the candidate of one vCard."""
    phones: list[tuple[str, str]] = []
    for number, types in card.phones:
        found = {t.strip() for t in types.split(",")}
        kind = next((k for t, k in _VCARD_PHONE_KINDS if t in found), "")
        if not kind:
            kind = "other" if found - {"voice", "pref", "internet", ""} else "mobile"
        phones.append((number, kind))
    structure = card.name_structure()
    return ContactCandidate(
        line=card.line,
        full_name=card.name,
        position=card.title,
        outlet=card.org,
        phones=phones,
        emails=list(card.emails),
        messengers=list(card.messengers),
        topics=[c for c in card.categories if c.casefold() not in _SYSTEM_GROUPS],
        languages=",".join(card.languages),
        notes=card.note,
        birthday=card.birthday,
        uid=card.uid,
        name_parts=(
            structure.family,
            structure.given,
            structure.middle,
            structure.prefix,
            structure.suffix,
        ),
        nickname=card.nickname,
        department=card.department,
        addresses=list(card.addresses),
        urls=list(card.urls),
        photo=card.photo,
        problems=list(card.problems),
        lenient=True,
        name_optional=True,
    )
