"""Names as official documents print them («Б.Т. Асанов») and matching one person's names."""

from __future__ import annotations

import re

from pressdesk.textfold import fold

_INITIAL = re.compile(r"^(\w)\.?$")
# Kyrgyz patronymics are often written as two words: «Асанов Бакыт Токтогул уулу».
_PATRONYMIC_TAILS = frozenset(("уулу", "кызы", "улы", "қызы"))


def _words(name: str) -> list[str]:
    # "А.Б. Жумабаева" and "Жумабаева А.Б." split into their initials as well.
    return [w for w in re.split(r"[\s.]+", name.replace(".", ". ")) if w]


def initials_surname(full_name: str) -> str:
    """Return "Б.Т. Асанов" for "Асанов Бакыт Токтогулович" (surname first, as registers keep it).

    A two-word patronymic («Токтогул уулу») gives one initial; a name already written with
    initials ("Асанов Б.Т.", "Б.Т. Асанов") comes back in the "Б.Т. Асанов" form; a single word is
    returned as it is.
    """
    text = " ".join(full_name.split())
    if not text:
        return ""
    parts = text.split(" ")
    leading = _words(" ".join(parts[:-1]))
    if leading and all(_INITIAL.match(p) for p in leading) and not _INITIAL.match(parts[-1]):
        return f"{_initials(leading)} {parts[-1]}"  # already "Б.Т. Асанов"
    surname, rest = parts[0], parts[1:]
    if not rest:
        return surname
    if len(rest) >= 2 and fold(rest[-1]) in _PATRONYMIC_TAILS:
        rest = rest[:-1]
    return f"{_initials(_words(' '.join(rest)))} {surname}"


def _initials(words: list[str]) -> str:
    return "".join(f"{w[0].upper()}." for w in words if w)


def same_person(first: str, second: str) -> bool:
    """Return True if two spellings name one person: "Жумабаева Айгүл" matches
    "Жумабаева Айгүл Бекеновна" and "Жумабаева А.Б."; the surname must be the same.
    """
    a, b = _words(fold(first)), _words(fold(second))
    if not a or not b or a[0] != b[0]:
        return False
    if len(a) == 1 or len(b) == 1:
        return len(a) == len(b)
    for x, y in zip(a[1:], b[1:], strict=False):
        if x == y:
            continue
        if (len(x) == 1 or len(y) == 1) and x[0] == y[0]:
            continue
        return False
    return True
