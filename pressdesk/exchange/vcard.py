"""Read vCard 2.1 (Outlook, quoted-printable), 3.0 (Google) and 4.0 (Apple); write vCard 3.0."""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_LINE = 75


class VCardError(ValueError):
    """The file cannot be read as vCards; the message says where and why."""


@dataclass
class VCard:
    """The fields of one contact card that PressDesk uses."""

    line: int = 0
    version: str = ""
    full_name: str = ""
    family: str = ""
    given: str = ""
    middle: str = ""
    org: str = ""
    title: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    messengers: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    categories: list[str] = field(default_factory=list)
    birthday: str = ""
    urls: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Return FN, or the name assembled from N (family, given, middle)."""
        if self.full_name.strip():
            return self.full_name.strip()
        return " ".join(p for p in (self.family, self.given, self.middle) if p.strip())


@dataclass(frozen=True)
class _Property:
    line: int
    name: str
    params: dict[str, list[str]]
    raw: bytes


# --- reading ----------------------------------------------------------------------------------


def _split_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Split into logical lines: unfold continuations and quoted-printable soft breaks."""
    physical = re.split(rb"\r\n|\r|\n", data)
    logical: list[tuple[int, bytes]] = []
    qp_open = False
    for number, line in enumerate(physical, start=1):
        if logical and (qp_open or (line[:1] in (b" ", b"\t"))):
            prev_no, prev = logical[-1]
            if qp_open:
                logical[-1] = (prev_no, prev[:-1] + line.lstrip(b" \t"))
            else:
                logical[-1] = (prev_no, prev + line[1:])
        elif line.strip():
            logical.append((number, line))
        else:
            qp_open = False
            continue
        current = logical[-1][1]
        head = current.split(b":", 1)[0].upper()
        qp_open = b"QUOTED-PRINTABLE" in head and current.endswith(b"=")
    return logical


def _parse_params(parts: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in parts:
        if "=" in part:
            key, value = part.split("=", 1)
            values = [
                v.strip().strip('"') for v in re.split(r",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", value)
            ]
            params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
        elif part.strip():
            # vCard 2.1 allows bare parameters: TEL;WORK;VOICE or ;QUOTED-PRINTABLE.
            bare = part.strip().upper()
            key = "ENCODING" if bare in {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"} else "TYPE"
            params.setdefault(key, []).append(bare)
    return params


def _property(number: int, line: bytes) -> _Property | None:
    if b":" not in line:
        return None
    head, raw = _split_head(line)
    text_head = head.decode("ascii", errors="replace")
    parts = _split_unquoted(text_head, ";")
    name = parts[0].strip().upper()
    if "." in name:
        name = name.rsplit(".", 1)[1]  # drop the group prefix: item1.TEL
    return _Property(number, name, _parse_params(parts[1:]), raw)


def _split_head(line: bytes) -> tuple[bytes, bytes]:
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return line[:index], line[index + 1 :]
    return line, b""


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _decode(prop: _Property, default_charset: str) -> str:
    raw = prop.raw
    encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    charset = (prop.params.get("CHARSET") or [default_charset])[0]
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = default_charset
    try:
        return raw.decode(charset)
    except UnicodeDecodeError:
        return raw.decode("cp1251", errors="replace")


def _unescape(value: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(value):
        ch = value[index]
        if ch == "\\" and index + 1 < len(value):
            nxt = value[index + 1]
            out.append("\n" if nxt in "nN" else nxt)
            index += 2
            continue
        out.append(ch)
        index += 1
    return "".join(out)


def _components(value: str, sep: str = ";") -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(value):
        ch = value[index]
        if ch == "\\" and index + 1 < len(value):
            current.append(value[index : index + 2])
            index += 2
            continue
        if ch == sep:
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        index += 1
    parts.append(_unescape("".join(current)))
    return parts


_MESSENGER_SCHEMES = {
    "tg": "telegram",
    "telegram": "telegram",
    "whatsapp": "whatsapp",
    "viber": "viber",
    "signal": "signal",
    "sgnl": "signal",
}


def _apply(card: VCard, prop: _Property, value: str) -> None:
    name = prop.name
    types = [t.lower() for t in prop.params.get("TYPE", [])]
    if name == "VERSION":
        card.version = value.strip()
    elif name == "FN":
        card.full_name = _unescape(value).strip()
    elif name == "N":
        parts = [*_components(value), "", "", ""]
        card.family, card.given, card.middle = (p.strip() for p in parts[:3])
    elif name == "ORG":
        card.org = _components(value)[0].strip()
    elif name in {"TITLE", "ROLE"} and not card.title:
        card.title = _unescape(value).strip()
    elif name == "TEL":
        number = value.strip()
        if number.lower().startswith("tel:"):
            number = number[4:]
        if number:
            card.phones.append((number, ",".join(types)))
    elif name == "EMAIL":
        address = _unescape(value).strip()
        if address.lower().startswith("mailto:"):
            address = address[7:]
        if address:
            card.emails.append(address)
    elif name == "NOTE":
        card.note = _unescape(value).replace("\r\n", "\n").strip()
    elif name == "CATEGORIES":
        card.categories.extend(c.strip() for c in _components(value, ",") if c.strip())
    elif name == "BDAY":
        card.birthday = value.strip()
    elif name == "URL":
        card.urls.append(_unescape(value).strip())
    elif name == "LANG":
        card.languages.append(value.strip().lower())
    elif name == "IMPP" or name.startswith("X-"):
        _messenger(card, name, value.strip(), types)


def _messenger(card: VCard, name: str, value: str, types: list[str]) -> None:
    if name.startswith("X-"):
        service = name[2:].lower()
        if service in {"telegram", "whatsapp", "viber", "signal"} and value:
            card.messengers.append((service, value))
        return
    scheme, _, handle = value.partition(":")
    service = _MESSENGER_SCHEMES.get(scheme.lower()) or next(
        (_MESSENGER_SCHEMES[t] for t in types if t in _MESSENGER_SCHEMES), "other"
    )
    card.messengers.append((service, handle or value))


def parse_vcards(data: bytes) -> list[VCard]:
    """Parse every card in ``data``; raise VCardError for a file that is not vCard or is cut."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16").encode("utf-8")
    try:
        data.decode("utf-8")
        default_charset = "utf-8"
    except UnicodeDecodeError:
        # Old Outlook writes 8-bit text in the Windows code page without saying so.
        default_charset = "cp1251"
    cards: list[VCard] = []
    current: VCard | None = None
    for number, line in _split_lines(data):
        prop = _property(number, line)
        if prop is None:
            if current is None:
                continue
            raise VCardError(f"Line {number} is not a vCard property: {_preview(line)}")
        value = _decode(prop, default_charset)
        if prop.name == "BEGIN" and value.strip().upper() == "VCARD":
            if current is not None:
                raise VCardError(
                    f"The contact that starts on line {current.line} has no END:VCARD."
                )
            current = VCard(line=number)
        elif prop.name == "END" and value.strip().upper() == "VCARD":
            if current is None:
                raise VCardError(f"Line {number} ends a contact that was never started.")
            cards.append(current)
            current = None
        elif current is not None:
            _apply(current, prop, value)
    if current is not None:
        raise VCardError(
            f"The file ends inside the contact that starts on line {current.line}: "
            "it is probably cut short."
        )
    if not cards:
        raise VCardError("The file holds no vCard contacts (no BEGIN:VCARD … END:VCARD).")
    return cards


def _preview(line: bytes) -> str:
    return repr(line[:40].decode("utf-8", errors="replace"))


# --- writing ----------------------------------------------------------------------------------


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


_TEL_TYPES = {"mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX"}


def write_vcards(cards: Iterable[VCard]) -> str:
    """Return ``cards`` as vCard 3.0 text with CRLF line ends."""
    lines: list[str] = []
    for card in cards:
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"FN:{escape(card.name)}"]
        family, given, middle = card.family, card.given, card.middle
        if not (family or given):
            words = card.name.split()
            family, given, middle = [*words, "", "", ""][:3]
        lines.append(f"N:{escape(family)};{escape(given)};{escape(middle)};;")
        if card.org:
            lines.append(f"ORG:{escape(card.org)}")
        if card.title:
            lines.append(f"TITLE:{escape(card.title)}")
        for number, kind in card.phones:
            lines.append(f"TEL;TYPE={_TEL_TYPES.get(kind, 'VOICE')}:{number}")
        lines += [f"EMAIL;TYPE=INTERNET:{escape(e)}" for e in card.emails]
        lines += [f"X-{service.upper()}:{escape(h)}" for service, h in card.messengers]
        if card.categories:
            lines.append("CATEGORIES:" + ",".join(escape(c) for c in card.categories))
        if card.birthday:
            lines.append(f"BDAY:{card.birthday}")
        lines += [f"URL:{escape(u)}" for u in card.urls]
        if card.note:
            lines.append(f"NOTE:{escape(card.note)}")
        lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)
