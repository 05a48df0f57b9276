"""The keyword watch's words: kept in the database, matched with the contact search's folding."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select

from pressdesk.services.coverage.records import CoverageError, CoverageNotFound
from pressdesk.storage.contacts_search import search_fold
from pressdesk.storage.coverage_models import CoverageKeyword
from pressdesk.storage.engine import Database

__all__ = [
    "KeywordMatcher",
    "KeywordRow",
    "add_keyword",
    "delete_keyword",
    "keyword_key",
    "list_keywords",
]

_WORD = re.compile(r"[^\W_]", re.UNICODE)
# Case endings of Russian nouns and adjectives (and the Kyrgyz possessive -и/-ы), longest first:
# a keyword word loses one so that «министерство» finds «министерстве», «сельского» finds
# «сельскому». Names keep -ов/-ев/-ин, so «Асанов» never finds «Асанбек».
_ENDINGS = (
    *("ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями"),
    *("ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им"),
    *("ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях"),
    *("а", "я", "о", "е", "ы", "и", "у", "ю", "ь"),
)
# Only longer words lose an ending, and their stem keeps at least this many letters.
_STEM_FROM = 6
_STEM_MIN = 5


@dataclass(frozen=True)
class KeywordRow:
    """A keyword as the list shows it."""

    id: int
    text: str
    active: bool


def keyword_key(text: str) -> str:
    """Return ``text`` folded (case, ё, Kyrgyz letters' forms) with spaces collapsed."""
    return " ".join(search_fold(text).split())


def _stem(word: str) -> str:
    if len(word) >= _STEM_FROM and word.isalpha():
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _STEM_MIN:
                return word[: -len(ending)]
    return word


def _pattern(key: str) -> str:
    """Return the pattern of a folded keyword: each word from a word start, endings free."""
    return r"\w*\s+".join(re.escape(_stem(word)) for word in key.split())


class KeywordMatcher:
    """Finds which keywords a text mentions, in any letter case, ё written as е or not.

    Each word of a keyword matches at the start of a word and may go on with an ending, so
    «Айыл чарба министрлиги» finds «айыл чарба министрлигинин», «Министерство сельского
    хозяйства» finds «министерстве сельского хозяйства», «Асанов» finds «Асановдун».
    One pattern of the keywords' first words finds, in a single scan, the places where a
    keyword may start; only the keywords with that first word are tried there.
    """

    def __init__(self, keywords: Iterable[str]) -> None:
        """Compile ``keywords`` (as typed); blank ones are left out."""
        self._by_key: dict[str, str] = {}
        for text in keywords:
            key = keyword_key(text)
            if key and key not in self._by_key:
                self._by_key[key] = text.strip()
        heads: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for key in self._by_key:
            pattern = re.compile(r"(?<!\w)" + _pattern(key))
            heads.setdefault(_stem(key.split()[0]), []).append((key, pattern))
        # A first word found at a place may hide a shorter one that starts the same way.
        self._at: dict[str, list[tuple[str, re.Pattern[str]]]] = {
            head: [
                pair for other, pairs in heads.items() if head.startswith(other) for pair in pairs
            ]
            for head in heads
        }
        self._single = {key for pairs in heads.values() for key, _ in pairs if " " not in key}
        alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        self._heads = re.compile(r"(?<!\w)(?:" + alternatives + ")") if heads else None

    def __bool__(self) -> bool:
        return self._heads is not None

    def match(self, *texts: str) -> list[str]:
        """Return the keywords (as typed) found in any of ``texts``, in the order given."""
        if self._heads is None:
            return []
        folded = "\n".join(search_fold(text) for text in texts if text)
        found: set[str] = set()
        for place in self._heads.finditer(folded):
            for key, pattern in self._at[place.group()]:
                if key in found:
                    continue
                # A one-word keyword is its first word: finding that is finding the keyword.
                if key in self._single or pattern.match(folded, place.start()):
                    found.add(key)
        return [text for key, text in self._by_key.items() if key in found]


def add_keyword(db: Database, text: str) -> int:
    """Add a keyword and return its id; one with fewer than two letters or a repeat is refused."""
    clean = " ".join(text.split())
    key = keyword_key(clean)
    if len(_WORD.findall(key)) < 2:
        raise CoverageError("coverage.keyword_short")
    with db.session() as session:
        if session.scalar(select(CoverageKeyword.id).where(CoverageKeyword.folded == key)):
            raise CoverageError("coverage.keyword_exists", keyword=clean)
        keyword = CoverageKeyword(text=clean, folded=key, active=True)
        session.add(keyword)
        session.flush()
        return keyword.id


def list_keywords(db: Database, *, active_only: bool = False) -> list[KeywordRow]:
    """Return the keywords in the order they were added."""
    query = select(CoverageKeyword).order_by(CoverageKeyword.id)
    if active_only:
        query = query.where(CoverageKeyword.active.is_(True))
    with db.session() as session:
        return [KeywordRow(k.id, k.text, k.active) for k in session.scalars(query)]


def delete_keyword(db: Database, keyword_id: int) -> None:
    """Remove a keyword from the watch."""
    with db.session() as session:
        result = session.execute(delete(CoverageKeyword).where(CoverageKeyword.id == keyword_id))
        if getattr(result, "rowcount", 0):
            return
    raise CoverageNotFound()


def matcher_for(db: Database, extra: Sequence[str] = ()) -> KeywordMatcher:
    """Return a matcher of the active keywords (and ``extra`` ones)."""
    return KeywordMatcher([*(k.text for k in list_keywords(db, active_only=True)), *extra])
