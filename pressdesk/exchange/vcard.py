"""Read vCard 2.1 (Outlook, Android), 3.0 (Google, Apple) and 4.0; write vCard 3.0.

Reading is lenient where other programs are sloppy: a card without BEGIN, a line that is not a
property, an unknown character set or a value PressDesk cannot use is noted on the card and
skipped, never a reason to refuse the file. A file cut short inside a card is refused.
The card's fields are in vcard_card and writing in vcard_write; both are re-exported here.
"""

from __future__ import annotations

import codecs
import datetime as dt
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pressdesk.exchange.encodings import detect_8bit, is_cut_utf16, utf16_without_bom
from pressdesk.exchange.errors import VCardError
from pressdesk.exchange.im_services import (
    X_SERVICES,
    read_impp,
    read_social,
)
from pressdesk.exchange.limits import (
    VCARD_CARDS,
    VCARD_PROPERTY_BYTES,
    VCARD_TEXT_BYTES,
    LimitExceeded,
)
from pressdesk.exchange.vcard_card import (
    MAX_LINE,
    NO_YEAR,
    Address,
    VCard,
    components,
    unescape,
)
from pressdesk.exchange.vcard_write import (
    derived_uid,
    escape,
    fold_line,
    format_name_parts,
    read_name_parts,
    write_vcards,
)
from pressdesk.messages import Message

__all__ = [
    "MAX_LINE",
    "NO_YEAR",
    "Address",
    "VCard",
    "VCardError",
    "derived_uid",
    "escape",
    "fold_line",
    "format_name_parts",
    "normalise_birthday",
    "parse_vcards",
    "read_name_parts",
    "write_vcards",
]


@dataclass(frozen=True)
class _Property:
    line: int
    name: str
    params: dict[str, list[str]]
    raw: bytes


# --- reading ----------------------------------------------------------------------------------


_BREAK = re.compile(rb"\r\n|\r|\n")
_BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
# Values that are pictures, sounds or keys: read past, never kept (a photo is only noted).
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})


def _physical_lines(data: bytes) -> Iterator[bytes]:
    """Yield the lines of ``data`` one by one, whatever their line ends."""
    start = 0
    for match in _BREAK.finditer(data):
        yield data[start : match.start()]
        start = match.end()
    yield data[start:]


class _Logical:
    """One logical line being unfolded: its pieces, joined once when it is complete.

    Joining at the end keeps unfolding linear; a line of a million folds used to be copied a
    million times. The pieces of a picture are counted, not kept.
    """

    def __init__(self, number: int, first: bytes) -> None:
        self.number = number
        self.pieces = [first]
        self.size = len(first)
        self.head = b""
        self.binary = False
        self.qp = False
        self._find_head()

    def _find_head(self) -> None:
        if self.head or b":" not in self.pieces[-1]:
            return
        head, _value = _split_head(
            b"".join(self.pieces) if len(self.pieces) > 1 else self.pieces[0]
        )
        self.head = head.upper()
        name = self.head.split(b";", 1)[0].rsplit(b".", 1)[-1].strip().decode("ascii", "replace")
        self.binary = name in _BINARY or b"ENCODING=B" in self.head or b";BASE64" in self.head
        self.qp = b"QUOTED-PRINTABLE" in self.head
        if self.binary:
            self.pieces = [head + b":"]

    def add(self, piece: bytes, *, soft_break: bool) -> None:
        if soft_break and self.pieces[-1].endswith(b"="):
            self.pieces[-1] = self.pieces[-1][:-1]
        self.size += len(piece)
        if piece and not self.binary:
            self.pieces.append(piece)
            self._find_head()

    @property
    def open_soft_break(self) -> bool:
        """Return True when the line ends in a quoted-printable soft break ("=")."""
        return self.qp and self.pieces[-1].endswith(b"=")

    def text(self) -> bytes:
        return b"".join(self.pieces)


def _split_lines(data: bytes, name: str = "The file") -> Iterator[tuple[int, bytes]]:
    """Yield logical lines: continuations unfolded, quoted-printable soft breaks joined.

    A value other than a picture longer than the per-value limit, or more text in all than
    the file limit, is refused as soon as it is read.
    """
    current: _Logical | None = None
    text_bytes = 0
    qp_open = False
    in_binary = False

    def done(line: _Logical) -> tuple[int, bytes]:
        nonlocal text_bytes
        body = line.text()
        if not line.binary:
            text_bytes += len(body)
            if text_bytes > VCARD_TEXT_BYTES.value:
                raise LimitExceeded(VCARD_TEXT_BYTES, name)
        return line.number, body

    for number, line in enumerate(_physical_lines(data), start=1):
        if current is not None and (qp_open or line[:1] in (b" ", b"\t")):
            if qp_open:
                current.add(line.lstrip(b" \t"), soft_break=True)
            else:
                current.add(line[1:], soft_break=False)
            if not current.binary and current.size > VCARD_PROPERTY_BYTES.value:
                raise LimitExceeded(VCARD_PROPERTY_BYTES, name, current.number)
        elif not line.strip():
            qp_open = False
            continue
        elif in_binary and b":" not in line and _BASE64_LINE.match(line):
            continue  # vCard 2.1: a picture's base64 lines follow it unfolded
        else:
            if current is not None:
                yield done(current)
            current = _Logical(number, line)
            in_binary = current.binary
            if not current.binary and current.size > VCARD_PROPERTY_BYTES.value:
                raise LimitExceeded(VCARD_PROPERTY_BYTES, name, number)
        qp_open = current.open_soft_break
    if current is not None:
        yield done(current)


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


_NAME = re.compile(r"^[A-Za-z0-9-]+$")


def _property(number: int, line: bytes) -> _Property | None:
    if b":" not in line:
        return None
    head, raw = _split_head(line)
    text_head = head.decode("ascii", errors="replace")
    parts = _split_unquoted(text_head, ";")
    name = parts[0].strip().upper()
    if "." in name:
        name = name.rsplit(".", 1)[1]  # drop the group prefix: item1.TEL
    if not _NAME.match(name):
        return None
    return _Property(number, name, _parse_params(parts[1:]), raw)


def _split_head(line: bytes) -> tuple[bytes, bytes]:
    colon = line.find(b":")
    if colon < 0:
        return line, b""
    if line.find(b'"', 0, colon) < 0:
        return line[:colon], line[colon + 1 :]
    quoted = False  # a quoted parameter value may hold a colon
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


def _charset(prop: _Property, default_charset: str) -> str:
    """Return the text encoding to read ``prop`` with: the declared one if it is usable."""
    declared = (prop.params.get("CHARSET") or [""])[0]
    if not declared:
        return default_charset
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return default_charset
    # rot13, base64, zlib and the like are codecs too, but not text encodings.
    if not getattr(info, "_is_text_encoding", True):
        return default_charset
    return info.name


def _decode(prop: _Property, default_charset: str) -> str:
    raw = prop.raw
    encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    charset = _charset(prop, default_charset)
    try:
        return raw.decode(charset)
    except (UnicodeError, ValueError, LookupError):
        # Wrong bytes for the declared encoding, or an encoding that fails on any input.
        return raw.decode(default_charset, errors="replace")


def _add_messenger(card: VCard, service: str, handle: str) -> None:
    handle = handle.strip()
    if handle and (service, handle) not in card.messengers:
        card.messengers.append((service, handle))


def _impp(card: VCard, prop: _Property, value: str) -> None:
    hints = [*prop.params.get("X-SERVICE-TYPE", []), *prop.params.get("TYPE", [])]
    _add_messenger(card, *read_impp(unescape(value).strip(), hints))


def _social(card: VCard, prop: _Property, value: str) -> None:
    user = (prop.params.get("X-USER") or [""])[0]
    _add_messenger(card, *read_social(unescape(value).strip(), prop.params.get("TYPE", []), user))


_BDAY_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")
_BDAY_NO_YEAR = re.compile(r"^(?:--|-)?(\d{2})-?(\d{2})$")
_BDAY_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def normalise_birthday(value: str, *, text: bool = False) -> str:
    """Return a birthday as 1985-04-12, as --04-12 when it has no year, else the text as is."""
    raw = " ".join(value.split())
    if text or not raw:
        return raw
    full = _BDAY_FULL.match(raw)
    dotted = _BDAY_DOTTED.match(raw)
    if full or dotted:
        year, month, day = (
            (int(full[1]), int(full[2]), int(full[3]))
            if full
            else (int(dotted[3]), int(dotted[2]), int(dotted[1]))  # type: ignore[index]
        )
        try:
            dt.date(year, month, day)
        except ValueError:
            return raw
        if year == NO_YEAR:
            return f"--{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}"
    partial = _BDAY_NO_YEAR.match(raw)
    if partial:
        month, day = int(partial[1]), int(partial[2])
        try:
            dt.date(2000, month, day)
        except ValueError:
            return raw
        return f"--{month:02d}-{day:02d}"
    return raw


def _types(prop: _Property) -> list[str]:
    return [t.lower() for t in prop.params.get("TYPE", [])]


def _apply(card: VCard, prop: _Property, value: str) -> None:
    name = prop.name
    types = _types(prop)
    if name == "VERSION":
        card.version = value.strip()
    elif name == "UID":
        card.uid = unescape(value).strip()
    elif name == "FN":
        card.full_name = card.full_name or unescape(value).strip()
    elif name == "N" and not card._has_n:
        # With ALTID a card may carry N twice (two scripts); the first one is the name.
        parts = [p.strip() for p in components(value)] + [""] * 5
        card.family, card.given, card.middle, card.prefix, card.suffix = parts[:5]
        card._has_n = any(parts[:5])
    elif name == "NICKNAME":
        nicks = [n.strip() for n in components(value, ",") if n.strip()]
        card.nickname = ", ".join(dict.fromkeys([*filter(None, [card.nickname]), *nicks]))
    elif name == "ORG" and not card.org:
        parts = [p.strip() for p in components(value)]
        card.org = parts[0]
        card.department = ", ".join(p for p in parts[1:] if p)
    elif name in {"TITLE", "ROLE"} and not card.title:
        card.title = unescape(value).strip()
    elif name == "TEL":
        number = unescape(value).strip()
        if number.lower().startswith("tel:"):
            number = number[4:]
        if number:
            card.phones.append((number, ",".join(types)))
    elif name == "EMAIL":
        address = unescape(value).strip()
        if address.lower().startswith("mailto:"):
            address = address[7:]
        if address:
            card.emails.append(address)
    elif name == "ADR":
        parts = [" ".join(p.split()) for p in components(value)] + [""] * 7
        kind = next((t for t in ("work", "home") if t in types), "")
        postal = Address(kind, *parts[:7])
        if postal.text():
            card.addresses.append(postal)
    elif name == "NOTE":
        note = unescape(value).replace("\r\n", "\n").strip()
        if note:
            card.note = f"{card.note}\n{note}" if card.note else note
    elif name == "CATEGORIES":
        card.categories.extend(c.strip() for c in components(value, ",") if c.strip())
    elif name == "BDAY":
        is_text = any(v.lower() == "text" for v in prop.params.get("VALUE", []))
        card.birthday = normalise_birthday(unescape(value), text=is_text)
    elif name == "URL":
        url = unescape(value).strip()
        if url:
            card.urls.append(url)
    elif name == "LANG":
        card.languages.append(unescape(value).strip().lower())
    elif name == "PHOTO":
        card.photo = True
    elif name == "IMPP":
        _impp(card, prop, value)
    elif name == "X-SOCIALPROFILE":
        _social(card, prop, value)
    elif name in X_SERVICES:
        _add_messenger(card, X_SERVICES[name], unescape(value))


_CHUNK = 1024 * 1024


def _is_utf8(data: bytes) -> bool:
    """Return True if ``data`` is UTF-8, checked a piece at a time (the file may be large)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), _CHUNK):
            decoder.decode(data[start : start + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _default_charset(data: bytes) -> str:
    if not _is_utf8(data):
        # An 8-bit file without a declared charset: detect it rather than assume one.
        return detect_8bit(data)
    return "utf-8"


def _to_bytes(data: bytes, name: str) -> bytes:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if is_cut_utf16(data):
        raise VCardError(
            f"{name} is UTF-16 text that ends in the middle of a character: it is cut short "
            "or damaged. Export the contacts again.",
            code="utf16_cut",
            file=name,
        )
    utf16 = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    utf16 = utf16 or utf16_without_bom(data)
    if utf16 is None:
        return data
    # Re-encoded a piece at a time: the whole text is never held twice over.
    decoder = codecs.getincrementaldecoder(utf16)(errors="replace")
    pieces = [
        decoder.decode(data[start : start + _CHUNK]).encode("utf-8")
        for start in range(0, len(data), _CHUNK)
    ]
    pieces.append(decoder.decode(b"", final=True).encode("utf-8"))
    return b"".join(pieces)


def parse_vcards(data: bytes, *, name: str = "The file") -> list[VCard]:
    """Parse every card in ``data``; raise VCardError for a file that is not vCard or is cut.

    A file over a limit (cards, text besides photos, one value) raises LimitExceeded.
    """
    data = _to_bytes(data, name)
    if _count_cards(data) > VCARD_CARDS.value:
        raise LimitExceeded(VCARD_CARDS, name)
    default_charset = _default_charset(data)
    cards: list[VCard] = []
    current: VCard | None = None
    depth = 0  # vCard 2.1 may embed a whole card in AGENT
    loose: list[_Property] = []
    for number, line in _split_lines(data, name):
        prop = _property(number, line)
        if prop is None:
            if current is not None:
                current.problems.append(
                    Message("problem.vcard_line_ignored", line=number, text=_preview(line))
                )
            continue
        value = _decode(prop, default_charset)
        word = value.strip().upper()
        if prop.name == "BEGIN" and word == "VCARD":
            if current is not None:
                depth += 1
                continue
            current = VCard(line=number)
            if loose:
                current.problems.append(
                    Message("problem.vcard_lines_outside", first=loose[0].line, last=number - 1)
                )
                loose = []
        elif prop.name == "END" and word == "VCARD":
            if depth:
                depth -= 1
            elif current is not None:
                _add_card(cards, current, name)
                current = None
            elif loose:
                # Some programs leave out BEGIN:VCARD; the lines before END are still a card.
                card = VCard(line=loose[0].line)
                for item in loose:
                    _apply(card, item, _decode(item, default_charset))
                card.problems.append(Message("problem.vcard_no_begin"))
                _add_card(cards, card, name)
                loose = []
        elif current is None:
            loose.append(prop)
        elif not depth:
            _apply(current, prop, value)
    if current is not None:
        raise VCardError(
            f"The file ends inside the contact that starts on line {current.line}: "
            "it is probably cut short.",
            code="vcard_cut",
            line=current.line,
        )
    if not cards:
        raise VCardError(
            "The file holds no vCard contacts (no BEGIN:VCARD … END:VCARD).", code="vcard_none"
        )
    return cards


_CARD_EDGE = re.compile(rb"(?im)^(BEGIN|END):VCARD[ \t]*\r?$")


def _count_cards(data: bytes) -> int:
    """Count the cards by their BEGIN and END lines alone, in a moment.

    A file of too many cards is refused before any is read. Nested cards (AGENT) are not
    counted, as the reading does not count them; the count could only exceed the reading's
    where a quoted-printable value ran on into a line that reads BEGIN:VCARD. The reading
    counts again, exactly.
    """
    depth = cards = 0
    for match in _CARD_EDGE.finditer(data):
        if match[1].upper() == b"BEGIN":
            depth += 1
        elif depth:
            depth -= 1
            cards += depth == 0
    return cards


def _add_card(cards: list[VCard], card: VCard, name: str) -> None:
    if len(cards) == VCARD_CARDS.value:
        raise LimitExceeded(VCARD_CARDS, name)
    cards.append(card)


def _preview(line: bytes) -> str:
    return repr(line[:40].decode("utf-8", errors="replace"))
