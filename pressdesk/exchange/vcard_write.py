"""Write vCard 3.0: folded lines, escaped values, a stable UID and the name structure."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable

from pressdesk.exchange.contact_notes import join_notes, split_note
from pressdesk.exchange.contact_notes import line as note_line
from pressdesk.exchange.im_services import messenger_line
from pressdesk.exchange.names import NameParts, name_matches, split_full_name
from pressdesk.exchange.vcard_card import MAX_LINE, VCard
from pressdesk.exchange.vcard_card import components as _components


def escape(value: str) -> str:
    """Escape a text value for vCard 3.0."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = MAX_LINE
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = "", 0, MAX_LINE - 1
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)


_TEL_TYPES = {"mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX", "other": "OTHER"}


def format_name_parts(parts: NameParts) -> str:
    """Return name parts as the stored N value: family;given;middle;prefix;suffix."""
    return ";".join(escape(p) for p in parts)


def read_name_parts(value: str) -> NameParts:
    """Read a stored N value back into its parts."""
    if not value.strip():
        return NameParts()
    parts = [p.strip() for p in _components(value)] + [""] * 5
    return NameParts(*parts[:5])


def _name_for(card: VCard) -> NameParts:
    given = NameParts(card.family, card.given, card.middle, card.prefix, card.suffix)
    if any(given):
        return given
    stored = read_name_parts(card.name_parts)
    if any(stored) and name_matches(card.name, stored):
        return stored
    return split_full_name(card.name)


def derived_uid(card: VCard) -> str:
    """Return a UID that stays the same while the person's first address or phone does.

    Calendars and address books match a re-imported card on its UID; without one they would
    add the person a second time.
    """
    key = (card.emails[:1] or [p for p, _ in card.phones[:1]] or [card.name])[0]
    digest = hashlib.sha256(key.strip().casefold().encode("utf-8")).digest()
    return "pressdesk-" + base64.b32encode(digest[:15]).decode("ascii").lower()


def write_vcards(cards: Iterable[VCard]) -> str:
    """Return ``cards`` as vCard 3.0 text with CRLF line ends.

    Labelled lines of the note (nickname, address, website, birthday without a year; see
    contact_notes) become their own properties; the rest of the note stays NOTE.
    """
    lines: list[str] = []
    for card in cards:
        extras = split_note(card.note)
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"UID:{escape(card.uid or derived_uid(card))}"]
        lines.append(f"FN:{escape(card.name)}")
        lines.append(f"N:{';'.join(escape(p) for p in _name_for(card))}")
        nicknames = [n for n in (card.nickname, *extras.nicknames) if n]
        if nicknames:
            lines.append("NICKNAME:" + ",".join(escape(n) for n in dict.fromkeys(nicknames)))
        department = card.department or extras.department
        if card.org:
            org = escape(card.org) + (f";{escape(department)}" if department else "")
            lines.append(f"ORG:{org}")
        if card.title:
            lines.append(f"TITLE:{escape(card.title)}")
        for number, kind in card.phones:
            lines.append(f"TEL;TYPE={_TEL_TYPES.get(kind, 'VOICE')}:{number}")
        lines += [f"EMAIL;TYPE=INTERNET:{escape(e)}" for e in card.emails]
        lines += [messenger_line(service, h) for service, h in card.messengers]
        for address in card.addresses:
            kind = f";TYPE={address.kind.upper()}" if address.kind in {"work", "home"} else ""
            parts = (
                address.pobox,
                address.extended,
                address.street,
                address.locality,
                address.region,
                address.code,
                address.country,
            )
            lines.append(f"ADR{kind}:" + ";".join(escape(p) for p in parts))
        for kind, text in extras.addresses:
            param = f";TYPE={kind.upper()}" if kind in {"work", "home"} else ""
            lines.append(f"ADR{param}:;;{escape(text)};;;;")
        if card.categories:
            lines.append("CATEGORIES:" + ",".join(escape(c) for c in card.categories))
        if card.birthday and not card.birthday.startswith("--"):
            lines.append(f"BDAY:{card.birthday}")
        elif card.birthday or extras.birthday:
            month, day = extras.birthday or (int(card.birthday[2:4]), int(card.birthday[5:7]))
            lines.append(f"BDAY:--{month:02d}{day:02d}")
        lines += [
            f"LANG:{escape(code)}" for code in dict.fromkeys([*card.languages, *extras.languages])
        ]
        urls = list(dict.fromkeys([*card.urls, *extras.websites]))
        lines += ["URL:" + " ".join(u.split()) for u in urls]
        rest = extras.rest
        if department and not card.org and not card.department:
            rest = join_notes(rest, [note_line("department", department)])
        if rest:
            lines.append(f"NOTE:{escape(rest)}")
        lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)
