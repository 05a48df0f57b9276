"""Texts kept in Kyrgyz and in Russian, and telling which language a stored text is written in.

A document is produced in one language, so every text the user types that can go into a
document holds two values: ``Bi(ky, ru)``. Proper names (people, outlets, brands, logins)
stay single strings. Nothing is ever translated by machine: a value missing in the document's
language is reported before the document is written (see :mod:`pressdesk.services.preflight`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressdesk.documents.locale import check_lang
from pressdesk.textfold import fold

# Letters of the Kyrgyz alphabet that Russian does not have.
_KYRGYZ_LETTERS = frozenset("ңөүҢӨҮ")
# Letters of the Russian alphabet that Kyrgyz writes only in loanwords.
_RUSSIAN_LETTERS = frozenset("щъЩЪ")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent words of each language that the other does not use.
_RUSSIAN_WORDS = _wordset(
    """
    и в во не на с со что как по для от до из за при о об или но а к ко у же бы ли
    это этот эта эти того тех тем был была были будет быть есть нет
    год года году лет месяц неделя день дня дней итоги итогов новые новых новый новая
    вопросы вопросов вопрос работа работы сельского хозяйства хозяйство министерство
    министерства министра заместитель заместителя пресс-центр город города улица
    компьютер ноутбук камера фотоаппарат микрофон служебный служебная служебное
    рабочий рабочая рабочее сотрудник сотрудника отдел отдела управление управления
    встреча встречи интервью условия условий программа программы развитие развития
    поддержка поддержки субсидии кредит кредиты руководитель руководителя
    сайт сайта страница публикация публикации новость новости пост посты
    ответственный ответственная дата место тема темы участники участник
    """
)
_KYRGYZ_WORDS = _wordset(
    """
    жана менен үчүн боюнча жөнүндө дагы бирок эмес болуп болот керек бар жок
    бул ал алар биз мен сен ошол бир эки үч жыл жылы жылдын ай айы күн күнү апта
    жаңы жыйынтыктары жыйынтыгы маселелер маселеси иш иштер ишмердүүлүгү
    министрлиги министрлигинин министрдин орун басары шаары көчөсү кызматы кызматкери
    компьютери жумушчу кызматтык басма сөз пресс-борбору борбору шарттары шарттар
    айыл чарба чарбасы өнүктүрүү колдоо программасы сайты баракчасы жарыялоо
    жооптуу күнү орду темасы катышуучулар жолугушуу маегин маек
    """
)
# Russian word endings that Kyrgyz words do not have.
_RUSSIAN_ENDINGS = (
    "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ие", "ые", "ых", "ия", "ый", "ий", "ой",
)  # fmt: skip
# Kyrgyz suffixes (case and possessive endings, verb forms); the short dative and locative
# endings (-га, -ка, -да, -та…) and the plural -тор are left out: Russian words end the
# same way (поездка, работа, редактор).
_KYRGYZ_ENDINGS = (
    "дын", "дин", "тын", "тин", "нын", "нин", "дун", "дүн", "тун", "түн", "нун", "нүн",
    "лар", "лер", "дар", "дер", "тар", "тер", "лор", "лөр", "дор", "дөр", "төр",
    "гө", "кө", "сы", "си", "су", "сү", "дагы", "деги", "тагы", "теги",
    "ган", "ген", "кан", "кен", "уу", "үү", "ыш", "иш", "ыга", "ына", "ине", "уна",
    "лик", "лык", "дик", "дык", "тик", "тык", "чы", "чи",
)  # fmt: skip
# Long vowels are Kyrgyz; Russian words with "оо" start with prefixes like со-, ко-, зоо-.
_LONG_VOWELS = ("аа", "ээ", "ыы", "уу", "үү", "өө", "ии")


def _score(text: str) -> int:
    """Positive when ``text`` reads as Kyrgyz, negative when it reads as Russian."""
    score = 0
    for word in _WORD.findall(fold(text)):
        if _KYRGYZ_LETTERS.intersection(word):
            score += 3
        if _RUSSIAN_LETTERS.intersection(word):
            score -= 2
        if word in _KYRGYZ_WORDS:
            score += 2
        elif word in _RUSSIAN_WORDS:
            score -= 2
        elif len(word) > 4:
            if word.endswith(_RUSSIAN_ENDINGS):
                score -= 1
            elif word.endswith(_KYRGYZ_ENDINGS):
                score += 1
        long_o = "оо" in word and not word.startswith(("с", "к", "з"))
        if long_o or any(v in word for v in _LONG_VOWELS):
            score += 1
    return score


def detect_language(text: str, default: str = "ky") -> str:
    """Return ``"ky"`` or ``"ru"``: the language ``text`` is written in, else ``default``.

    The Kyrgyz-only letters ң, ө and ү decide at once; otherwise frequent words, word endings
    and long vowels are weighed. A text with no clue at all (a number, a brand) gets ``default``.
    """
    if not text.strip():
        return default
    score = _score(text)
    if score > 0:
        return "ky"
    if score < 0:
        return "ru"
    return default


def other_language(lang: str) -> str:
    """The other document language."""
    return "ru" if lang == "ky" else "ky"


_SEPARATORS = re.compile(r"\s+[/|]\s+|\s+[—–-]\s+|\n")


def looks_doubled(text: str) -> bool:
    """True when ``text`` holds both languages at once, as pasted «Брифинг / Брифинг».

    The text is split at a slash, a bar, a dash between spaces or a line break; it is doubled
    when one part reads as Kyrgyz and another as Russian, or when two parts are the same text
    (a dash between identical halves; a dash alone is ordinary punctuation).
    """
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    for sep in ("/", "|"):
        halves = [p.strip() for p in text.split(sep) if p.strip()]
        if len(halves) == 2 and fold(halves[0]) == fold(halves[1]):
            return True
    dash = re.split(r"\s+[—–-]\s+", text)
    if len(dash) == 2 and fold(dash[0]) == fold(dash[1]) and dash[0].strip():
        return True
    if "/" not in text and "|" not in text:
        return False
    scores = [_score(p) for p in parts]
    kyrgyz, russian = max(scores), min(scores)
    return kyrgyz > 0 and russian < 0 and max(kyrgyz, -russian) >= 2


def pair_key(value: Bi, limit: int = 300) -> str:
    """A folded key of both values, for uniqueness and search: ``ky`` and ``ru`` joined."""
    key = f"{fold(value.ky)}\x1f{fold(value.ru)}"
    return key[:limit]


@dataclass(frozen=True, slots=True)
class Bi:
    """A text in Kyrgyz and in Russian; either may be empty."""

    ky: str = ""
    ru: str = ""

    def __composite_values__(self) -> tuple[str, str]:
        return self.ky, self.ru

    @classmethod
    def one(cls, text: str, lang: str) -> Bi:
        """A value known only in ``lang``."""
        return cls(ky=text) if check_lang(lang) == "ky" else cls(ru=text)

    @classmethod
    def guess(cls, text: str, default: str = "ky") -> Bi:
        """A value placed into the language it is written in (see :func:`detect_language`)."""
        return cls.one(text, detect_language(text, default))

    @classmethod
    def same(cls, text: str) -> Bi:
        """The same text in both languages: a number, a code, a brand."""
        return cls(text, text)

    def get(self, lang: str) -> str:
        """The value in ``lang`` exactly as stored, possibly empty."""
        return self.ky if check_lang(lang) == "ky" else self.ru

    def text(self, lang: str) -> str:
        """The value in ``lang``, else the other one: for lists and screens, never documents."""
        return self.get(lang) or self.get(other_language(lang))

    def lines(self, lang: str) -> list[str]:
        """The non-empty lines of the value in ``lang``."""
        return [line.strip() for line in self.get(lang).splitlines() if line.strip()]

    def missing(self, lang: str) -> bool:
        """True when the other language holds something and ``lang`` holds nothing."""
        return not self.get(lang).strip() and bool(self.get(other_language(lang)).strip())

    @property
    def empty(self) -> bool:
        return not self.ky.strip() and not self.ru.strip()

    def with_value(self, lang: str, text: str) -> Bi:
        """A copy with the value in ``lang`` replaced."""
        if check_lang(lang) == "ky":
            return Bi(text, self.ru)
        return Bi(self.ky, text)

    def stripped(self) -> Bi:
        return Bi(self.ky.strip(), self.ru.strip())

    def matches(self, needle: str) -> bool:
        """True when the folded ``needle`` occurs in either value."""
        folded = fold(needle)
        return folded in fold(self.ky) or folded in fold(self.ru)

    def __bool__(self) -> bool:
        return not self.empty
