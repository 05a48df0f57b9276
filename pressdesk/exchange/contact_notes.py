"""Contact values without a field of their own, kept as labelled lines of the notes.

A nickname, a postal address, a website, a birthday without a year or languages PressDesk has
no code for are written into a person's notes as "Label: value" lines, readable and searchable
there. The vCard export reads the same lines back into NICKNAME, ADR, URL and BDAY.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# What the import writes (Russian, the official language every press service reads) and the
# other spellings the export also accepts, should someone retype a label.
LABELS: dict[str, tuple[str, ...]] = {
    "nickname": ("Псевдоним", "Nickname", "Лакап ат"),
    "department": ("Отдел", "Department", "Бөлүм"),
    "address": ("Адрес", "Address", "Дарек"),
    "website": ("Сайт", "Website", "Веб-сайт"),
    "birthday": ("День рождения", "Birthday", "Туулган күнү"),
    "languages": ("Языки", "Languages", "Тилдер"),
}
ADDRESS_KINDS: dict[str, tuple[str, ...]] = {
    "work": ("рабочий", "work", "жумуш"),
    "home": ("домашний", "home", "үй"),
    "other": ("другой", "other", "башка"),
}
_LINE = re.compile(
    r"^\s*(?P<label>[^:()\n]{2,40}?)\s*(?:\((?P<kind>[^)]{1,30})\))?\s*:\s*(?P<v>.+)$"
)
_PARTIAL_DAY = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?$")


def line(key: str, value: str, kind: str = "") -> str:
    """Return the notes line of ``value`` under the label of ``key`` (and an address kind)."""
    label = LABELS[key][0]
    if kind and kind in ADDRESS_KINDS:
        label = f"{label} ({ADDRESS_KINDS[kind][0]})"
    return f"{label}: {' '.join(value.split())}"


def partial_birthday(month: int, day: int) -> str:
    """Return a birthday without a year as the notes show it: 10.02."""
    return f"{day:02d}.{month:02d}"


@dataclass
class NoteValues:
    """Values read back from labelled notes lines, and the notes without those lines."""

    rest: str = ""
    nicknames: list[str] = field(default_factory=list)
    addresses: list[tuple[str, str]] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    birthday: tuple[int, int] | None = None
    department: str = ""
    languages: list[str] = field(default_factory=list)


def _key_of(label: str) -> str | None:
    folded = label.strip().casefold()
    return next(
        (key for key, names in LABELS.items() if folded in {n.casefold() for n in names}), None
    )


def _kind_of(text: str | None) -> str:
    if not text:
        return ""
    folded = text.strip().casefold()
    return next(
        (k for k, names in ADDRESS_KINDS.items() if folded in {n.casefold() for n in names}),
        "other",
    )


def split_note(note: str) -> NoteValues:
    """Pick the labelled lines the export turns into vCard properties out of ``note``."""
    found = NoteValues()
    kept: list[str] = []
    for raw in note.splitlines():
        match = _LINE.match(raw)
        key = _key_of(match["label"]) if match else None
        value = match["v"].strip() if match else ""
        if match is None or key is None:
            kept.append(raw)
        elif key == "nickname":
            found.nicknames.append(value)
        elif key == "address":
            found.addresses.append((_kind_of(match["kind"]), value))
        elif key == "website":
            found.websites.append(value)
        elif key == "department" and not found.department:
            found.department = value
        elif key == "languages":
            found.languages += [w for w in re.split(r"[,;\s]+", value) if w]
        elif key == "birthday" and found.birthday is None and (day := _PARTIAL_DAY.match(value)):
            month, dd = int(day["m"]), int(day["d"])
            if 1 <= month <= 12 and 1 <= dd <= 31:
                found.birthday = (month, dd)
            else:
                kept.append(raw)
        else:
            # A birthday given as text stays in the note.
            kept.append(raw)
    found.rest = "\n".join(kept).strip()
    return found


def join_notes(notes: str, lines: Iterable[str]) -> str:
    """Append ``lines`` to ``notes``, leaving out lines the notes already hold."""
    if not lines:
        # What most rows of an import have: nothing to add.
        return notes.strip()
    present = {ln.strip() for ln in notes.splitlines()}
    extra = [ln for ln in dict.fromkeys(lines) if ln.strip() and ln.strip() not in present]
    return "\n".join(part for part in (notes.strip(), *extra) if part)
