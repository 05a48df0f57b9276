"""Where table text may break, so that no word, date or number is ever cut.

A line breaks at spaces. A word wider than its column breaks, in this order of preference:
after a hyphen of a compound word («пресс-релиз»); in a link or an e-mail address after
``/ . @ - _ ? & = #``; at a hyphenation point of a long word (Russian by the hyphenation
dictionary, Kyrgyz by its syllable rules), with a hyphen added. Dates, times, phone numbers and
codes such as inventory numbers («ИН-0004», «№ 45-к») are never broken.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Final

NBSP: Final = "\xa0"
# Python's whitespace except the no-break space.
BREAKABLE_SPACE: Final = re.compile(r"[^\S\xa0]+")

_LETTER = r"A-Za-zА-Яа-яЁёӨөҮүҢңӘәІіҒғҚқҰұҺһ"
# Spans that must stay on one line; spaces inside them become no-break spaces.
_PROTECTED_SPANS: Final = re.compile(
    r"(?:\+\d{1,3}[\s\-]?)?\(?\d{2,4}\)?(?:[\s\-]\d{2,4}){2,4}"  # phone numbers
    r"|№\s?\S+"  # "№ 45-к"
    r"|\d{1,2}[.:]\d{2}(?:[.:]\d{2,4})?"  # dates 03.12.2026, times 10:00
    r"|\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?"  # 12 500 som
)
# Protecting changes only the spaces inside a span: after a number sign, or between digits
# (a closing bracket may come first, an opening one after). A text with neither keeps its
# spaces, and the spans need not be looked for (an e-mail address with digits, a date).
_MAY_PROTECT: Final = re.compile(r"№\s|\d\)?\s[\d(]")
# A code: a few letters, then a hyphen and a number (ИН-0004, KG-12, 45-к).
_CODE: Final = re.compile(rf"^(?:[{_LETTER}]{{1,5}}-\d[\w./-]*|\d+[-/][{_LETTER}\d]{{1,4}})$")
_SPACE: Final = re.compile(r"\s")
_LINKISH: Final = re.compile(r"@|://|^www\.|/")
_LINK_BREAK_AFTER: Final = frozenset("/.@-_?&=#")
# The pieces of a link (or of a compound word), each up to and with the mark it breaks after.
_LINK_PIECES: Final = re.compile(r"[^/.@\-_?&=#]*[/.@\-_?&=#]|[^/.@\-_?&=#]+")
_COMPOUND_PIECES: Final = re.compile(r"[^-]*-|[^-]+")
_VOWELS: Final = frozenset("аеёиоуыэюяөүәіұaeiouy")
_KY_LETTERS: Final = frozenset("өүңӨҮҢ")
# Words shorter than this are never hyphenated; neither are the first/last two letters.
_HYPHEN_MIN_WORD: Final = 7
_HYPHEN_EDGE: Final = 2


@dataclass(frozen=True)
class Piece:
    """A piece of a word; ``hyphen`` says a hyphen is printed when the line breaks after it."""

    text: str
    hyphen: bool = False


def protect(text: str) -> str:
    """Join the spans that must not break (phone numbers, dates, "№ 45") with no-break spaces."""
    if _MAY_PROTECT.search(text) is None:
        return text
    return _PROTECTED_SPANS.sub(lambda found: _SPACE.sub(NBSP, found.group(0)), text)


def words(line: str) -> list[str]:
    """Return the words of one line of protected text (split at breakable spaces)."""
    return [word for word in BREAKABLE_SPACE.split(line) if word]


def is_protected(word: str) -> bool:
    """Return True for a word that must never be broken (a code, a number, a date)."""
    core = word.strip(",;:.!?)(«»\"'")
    if NBSP in core or _CODE.match(core):
        return True
    return bool(core) and sum(map(str.isdigit, core)) * 2 >= len(core)


def soft_pieces(word: str) -> list[Piece]:
    """Split ``word`` where a line may break without hyphenation (compounds, links)."""
    return [Piece(text) for text in soft_texts(word)]


def soft_texts(word: str) -> list[str]:
    """Return the texts of :func:`soft_pieces` (none of which takes a hyphen)."""
    if is_protected(word):
        return [word]
    if _LINKISH.search(word):
        return _LINK_PIECES.findall(word)
    if "-" in word.strip("-"):
        return _COMPOUND_PIECES.findall(word)
    return [word]


def hyphenated_pieces(word: str, lang: str) -> list[Piece]:
    """Split ``word`` at every point a line may break, hyphenation points included."""
    result: list[Piece] = []
    for piece in soft_pieces(word):
        if is_protected(piece.text) or _LINKISH.search(word):
            result.append(piece)
            continue
        syllables = hyphenate(piece.text, lang)
        result += [Piece(part, hyphen=True) for part in syllables[:-1]]
        result.append(Piece(syllables[-1], piece.hyphen))
    return result


def hyphenate(word: str, lang: str) -> list[str]:
    """Return ``word`` split at its hyphenation points (one part if it has none)."""
    core = word.rstrip(".,;:!?»)\"'")
    tail = word[len(core) :]
    head = ""
    while core and not core[0].isalpha():
        head, core = head + core[0], core[1:]
    if len(core) < _HYPHEN_MIN_WORD or not core.isalpha():
        return [word]
    kyrgyz = lang == "ky" or any(ch in _KY_LETTERS for ch in core)
    points = _syllable_points(core) if kyrgyz else _dictionary_points(core)
    points = [p for p in points if _HYPHEN_EDGE <= p <= len(core) - _HYPHEN_EDGE]
    if not points:
        return [word]
    parts = [core[start:end] for start, end in zip([0, *points], [*points, len(core)], strict=True)]
    parts[0] = head + parts[0]
    parts[-1] += tail
    return parts


def _dictionary_points(word: str) -> list[int]:
    dictionary = _russian_dictionary()
    if dictionary is None:
        return _syllable_points(word)
    return list(dictionary.positions(word))


@functools.cache
def _russian_dictionary() -> Any:
    try:
        import pyphen
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return pyphen.Pyphen(lang="ru_RU")


def _syllable_points(word: str) -> list[int]:
    """Break points by Kyrgyz syllable rules: one consonant between vowels opens the next
    syllable (ба-ла); of two, the second does (ал-ма); of three, the last one does (айт-ты)."""
    lowered = word.lower()
    vowels = [index for index, char in enumerate(lowered) if char in _VOWELS]
    points = []
    for left, right in itertools.pairwise(vowels):
        consonants = right - left - 1
        point = right - 1 if consonants else right
        # Ь, Ъ and Й stay with the letter before them.
        while point < len(word) and lowered[point] in "ьъ":
            point += 1
        points.append(point)
    return points


Measure = Callable[[str], float]


def word_min_width(
    word: str, measure: Measure, *, hyphens: bool = False, lang: str = "ru"
) -> float:
    """Return the width of the widest piece of one ``word`` that cannot be broken further."""
    if not hyphens:
        return max(map(measure, soft_texts(word)), default=0.0)
    pieces = hyphenated_pieces(word, lang)
    return max(
        (measure(piece.text + ("-" if piece.hyphen else "")) for piece in pieces), default=0.0
    )


def min_width(
    text: str,
    measure: Measure,
    *,
    hyphens: bool = False,
    lang: str = "ru",
    word_width: Measure | None = None,
) -> float:
    """Return the width of the widest piece of ``text`` that cannot be broken further.

    ``word_width`` gives the narrowest width of one word (a cached :func:`word_min_width`).
    """
    widest = 0.0
    for line in protect(text).split("\n"):
        for word in words(line):
            if word_width is not None:
                width = word_width(word)
            else:
                width = word_min_width(word, measure, hyphens=hyphens, lang=lang)
            widest = max(widest, width)
    return widest


def max_width(text: str, measure: Measure) -> float:
    """Return the width of the longest hard line of ``text`` set without breaks."""
    return max((measure(line) for line in text.split("\n")), default=0.0)


def fit_columns(
    mins: list[float],
    maxs: list[float],
    weights: list[float],
    available: float,
    *,
    levels: Iterable[list[float]] = (),
) -> list[float] | None:
    """Share ``available`` width between columns; None if their minimum widths do not fit.

    Each column gets at least its minimum (its widest unbreakable piece). If every column can
    have its whole text on one line, the room left is shared by the columns' weights. Else the
    first of ``levels`` (the widths for rows of 1, 2, ... lines) that fits is given, and the
    room left grows each column towards its longest text; otherwise each column grows from its
    minimum in proportion to how much more its text would take.
    """
    need = sum(mins)
    if need > available + 0.01:
        return None
    maxs = [max(lo, hi) for lo, hi in zip(mins, maxs, strict=True)]
    want = sum(maxs)
    if want <= available:
        spare = available - want
        total = sum(weights) or 1.0
        return [hi + spare * weight / total for hi, weight in zip(maxs, weights, strict=True)]
    for level in levels:
        usual = [min(max(lo, t), hi) for lo, t, hi in zip(mins, level, maxs, strict=True)]
        if sum(usual) <= available:
            share = (available - sum(usual)) / (want - sum(usual))
            return [t + (hi - t) * share for t, hi in zip(usual, maxs, strict=True)]
    share = (available - need) / (want - need)
    return [lo + (hi - lo) * share for lo, hi in zip(mins, maxs, strict=True)]
