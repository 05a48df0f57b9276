"""Split a person's full name into family, given and middle names when no structure came with it.

Kyrgyz and Russian lists write "Фамилия Имя Отчество" (family name first); Western address
books write "Given Middle Family". The script and typical endings decide which order a name is
in; a name structured by the file it came from is kept as it came, never guessed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_PREFIXES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "г-н", "г-жа", "д-р", "проф"}
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "мл", "ст"})
# Family names of the region: -ов/-ев/-ин, -ский, and Kyrgyz уулу/кызы; in Latin letters too.
_FAMILY_CYRILLIC = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|енко)$")
_FAMILY_LATIN = re.compile(r"(?:ov|ova|ev|eva|yev|yeva|in|ina|yn|yna|skiy|skaya|sky|enko)$")
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|ич|уулу|кызы)$")
_KYRGYZ_PARTICLES = frozenset({"уулу", "кызы", "uulu", "kyzy"})


class NameParts(NamedTuple):
    """The five components of a vCard N property."""

    family: str = ""
    given: str = ""
    middle: str = ""
    prefix: str = ""
    suffix: str = ""


def _bare(word: str) -> str:
    return word.casefold().strip(".,")


def _is_cyrillic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    return bool(letters) and cyrillic * 2 >= len(letters)


def split_full_name(name: str) -> NameParts:
    """Return a best guess at the structure of ``name`` (see the module docstring)."""
    text = " ".join(name.split())
    if not text:
        return NameParts()
    if not any(ch.isalpha() for ch in text):
        return NameParts(text)  # a phone number standing in for a name
    if "," in text:
        # "Doe, John" is the family-name-first form of Western address books.
        family, _, rest = text.partition(",")
        words = rest.split()
        return NameParts(family.strip(), words[0] if words else "", " ".join(words[1:]))
    words = text.split()
    prefix: list[str] = []
    suffix: list[str] = []
    while len(words) > 1 and _bare(words[0]) in _PREFIXES:
        prefix.append(words.pop(0))
    while len(words) > 1 and _bare(words[-1]) in _SUFFIXES:
        suffix.insert(0, words.pop())
    pre, suf = " ".join(prefix), " ".join(suffix)
    if len(words) == 1:
        word = words[0]
        surname = _FAMILY_CYRILLIC.search(word.casefold()) or _FAMILY_LATIN.search(word.casefold())
        if _is_cyrillic(word) or surname:
            return NameParts(word, "", "", pre, suf)
        return NameParts("", word, "", pre, suf)
    lower = [w.casefold() for w in words]
    if _is_cyrillic(text):
        family_first = True
        if len(words) >= 3 and _PATRONYMIC.search(lower[1]) and not _PATRONYMIC.search(lower[2]):
            family_first = False  # "Иван Петрович Сидоров"
        elif (
            len(words) == 2
            and _FAMILY_CYRILLIC.search(lower[1])
            and not _FAMILY_CYRILLIC.search(lower[0])
        ):
            family_first = False  # "Бакыт Асанов"
        if lower[-1] in _KYRGYZ_PARTICLES and len(words) >= 3:
            # "Бакыт Асан уулу": the father's name with уулу/кызы stands as the family name.
            return NameParts(" ".join(words[-2:]), words[0], " ".join(words[1:-2]), pre, suf)
    else:
        family_first = bool(_FAMILY_LATIN.search(lower[0]) and not _FAMILY_LATIN.search(lower[-1]))
        if lower[-1] in _KYRGYZ_PARTICLES and len(words) >= 3:
            return NameParts(" ".join(words[-2:]), words[0], " ".join(words[1:-2]), pre, suf)
    if family_first:
        return NameParts(words[0], words[1], " ".join(words[2:]), pre, suf)
    return NameParts(words[-1], words[0], " ".join(words[1:-1]), pre, suf)


def name_matches(full_name: str, parts: NameParts) -> bool:
    """Return True if every word of the structured name still occurs in ``full_name``.

    A structured name kept from an imported card is written back only while the person's
    name has not been edited into something else.
    """
    words = {_bare(w) for w in full_name.split()}
    wanted = [_bare(w) for part in parts[:3] for w in part.replace(",", " ").split()]
    return bool(wanted) and all(w in words for w in wanted)


def join_name(parts: NameParts) -> str:
    """Return a display name from structured parts, family name first as the region writes."""
    return " ".join(p for p in (parts.family, parts.given, parts.middle) if p.strip())
