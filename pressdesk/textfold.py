"""Fold text for case-insensitive search and sorting across Kyrgyz, Kazakh and Russian."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Return ``text`` case-folded and NFC-normalised; ё is kept distinct from е only in sorting."""
    if text.isascii():
        # ASCII text is its own normal form, and ASCII letters fold to their lower case.
        return text.lower().strip()
    # Case folding can leave combining marks out of canonical order (İ + a mark below), so the
    # result is normalised again: folding a folded text then changes nothing.
    folded = unicodedata.normalize("NFC", text).casefold()
    return unicodedata.normalize("NFC", folded).strip()


# Kyrgyz/Kazakh letters are placed right after their Russian base letter, as in printed
# Kyrgyz and Kazakh dictionaries, instead of after я as code points would put them.
_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_ORDER = {ch: i for i, ch in enumerate(_ALPHABET)}


def sort_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Return a key that sorts Cyrillic text in Kyrgyz/Russian dictionary order, then Latin."""
    key: list[tuple[int, int | str]] = []
    for ch in fold(text):
        pos = _ORDER.get(ch)
        if pos is not None:
            key.append((1, pos))
        else:
            key.append((0, ch) if not ch.isalpha() else (2, ch))
    return tuple(key)


class _ContextLetter(Exception):
    """A letter whose sort key depends on its neighbours (see sort_text)."""


class _SortPieces(dict[int, str]):
    """The encoded sort key of each folded letter, worked out on first use (a str.translate
    table: the whole name is encoded in one call instead of a loop over its letters)."""

    def __missing__(self, code: int) -> str:
        key = sort_key(f"0{chr(code)}0")
        if len(key) != 3:
            raise _ContextLetter
        piece = self[code] = _sort_piece(*key[1])
        return piece


_SORT_PIECES = _SortPieces()


def _sort_piece(cls: int, item: int | str) -> str:
    return str(cls) + (chr(0x3000 + item) if isinstance(item, int) else item)


def sort_text(value: str) -> str:
    """Encode ``textfold.sort_key`` as a string whose binary order is Kyrgyz dictionary order."""
    # The key of a letter does not depend on its neighbours, so each letter is encoded once.
    try:
        return fold(value).translate(_SORT_PIECES)[:700]
    except _ContextLetter:
        return "".join(_sort_piece(cls, item) for cls, item in sort_key(value))[:700]
