"""Format dates and look up the fixed labels that printed documents use, in Kyrgyz and Russian."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, get_args

Lang = Literal["ky", "ru"]
LANGS: Final[tuple[Lang, ...]] = get_args(Lang)

# Kyrgyz month names are the same in every position of a date line.
_MONTHS_KY: Final = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_MONTHS_RU_NOMINATIVE: Final = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_MONTHS_RU_GENITIVE: Final = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)

# Kyrgyz dates in running text put the month in its possessive form ("3-декабры") and, before a
# noun, in the locative-attributive form ("28-ноябрындагы № 45-к буйругу"), as the official
# texts in the seeds do ("2019-жылдын 2-сентябрындагы", "2020-жылдын 30-апрелиндеги").
_MONTHS_KY_POSSESSIVE: Final = (
    "январы",
    "февралы",
    "марты",
    "апрели",
    "майы",
    "июну",
    "июлу",
    "августу",
    "сентябры",
    "октябры",
    "ноябры",
    "декабры",
)
_MONTHS_KY_ATTRIBUTIVE: Final = (
    "январындагы",
    "февралындагы",
    "мартындагы",
    "апрелиндеги",
    "майындагы",
    "июнундагы",
    "июлундагы",
    "августундагы",
    "сентябрындагы",
    "октябрындагы",
    "ноябрындагы",
    "декабрындагы",
)

LabelKey = Literal[
    "approve",
    "page_of",
    "official_use",
    "signature",
    "signature_hint",
    "name_hint",
    "date",
    "number_sign",
    "blank_date",
]

# Every fixed word a rendered document prints lives here, so a native speaker can check and fix
# them in one place. "{page}" and "{total}" in "page_of" are filled in by the renderers.
_LABELS: Final[dict[LabelKey, dict[Lang, str]]] = {
    "approve": {"ky": "БЕКИТЕМ", "ru": "УТВЕРЖДАЮ"},
    "page_of": {"ky": "{total} беттин {page}-бети", "ru": "Страница {page} из {total}"},
    "official_use": {"ky": "Кызматтык пайдалануу үчүн", "ru": "Для служебного пользования"},
    "signature": {"ky": "колу", "ru": "подпись"},
    "signature_hint": {"ky": "(колу)", "ru": "(подпись)"},
    "name_hint": {"ky": "(аты-жөнү)", "ru": "(Ф.И.О.)"},
    "date": {"ky": "Күнү", "ru": "Дата"},
    "number_sign": {"ky": "№", "ru": "№"},
    "blank_date": {"ky": "«___» ____________ 20__-ж.", "ru": "«___» ____________ 20__ г."},
}

LABELS: Final[Mapping[LabelKey, Mapping[Lang, str]]] = MappingProxyType(
    {key: MappingProxyType(value) for key, value in _LABELS.items()}
)


def check_lang(lang: str) -> Lang:
    """Return ``lang`` as a document language or raise ValueError naming the allowed ones."""
    if lang not in LANGS:
        raise ValueError(f"Unsupported document language {lang!r}; use one of {', '.join(LANGS)}")
    return lang


def label(key: LabelKey, lang: Lang) -> str:
    """Return the document label ``key`` in ``lang``."""
    return _LABELS[key][check_lang(lang)]


def page_of(page: int, total: int, lang: Lang) -> str:
    """Return the footer text "page N of M" in ``lang``."""
    return label("page_of", lang).format(page=page, total=total)


def month_name(month: int, lang: Lang) -> str:
    """Return the nominative name of ``month`` (1–12), as used in titles."""
    _check_month(month)
    names = _MONTHS_KY if check_lang(lang) == "ky" else _MONTHS_RU_NOMINATIVE
    return names[month - 1]


def format_date(d: datetime.date, lang: Lang) -> str:
    """Format ``d`` for a date line or running text: ky «2026-жылдын 21-ноябры», ru «21 ноября
    2026 г.» (the same as :func:`format_date_long`)."""
    return format_date_long(d, lang)


def format_date_long(d: datetime.date, lang: Lang) -> str:
    """Format ``d`` for running text and headings: ky «2026-жылдын 3-декабры», ru «3 декабря
    2026 г.»."""
    if check_lang(lang) == "ky":
        return f"{d.year}-жылдын {d.day}-{_MONTHS_KY_POSSESSIVE[d.month - 1]}"
    return f"{d.day} {_MONTHS_RU_GENITIVE[d.month - 1]} {d.year} г."


def format_date_of(d: datetime.date, lang: Lang) -> str:
    """Format ``d`` before a noun ("dated …"): ky «2026-жылдын 28-ноябрындагы», ru «от 28 ноября
    2026 г.»."""
    if check_lang(lang) == "ky":
        return f"{d.year}-жылдын {d.day}-{_MONTHS_KY_ATTRIBUTIVE[d.month - 1]}"
    return f"от {format_date_long(d, lang)}"


def order_reference(number: str, d: datetime.date | None, lang: Lang) -> str:
    """Name an order: ky «2026-жылдын 28-ноябрындагы № 45-к буйругу», ru «приказ от 28 ноября
    2026 г. № 45-к» (without a date: «№ 45-к буйругу», «приказ № 45-к»)."""
    number = number.strip()
    if check_lang(lang) == "ky":
        when = f"{format_date_of(d, lang)} " if d else ""
        return f"{when}№ {number} буйругу"
    when = f" {format_date_of(d, lang)}" if d else ""
    return f"приказ{when} № {number}"


def format_date_short(d: datetime.date) -> str:
    """Format ``d`` as "21.11.2026", the same in both languages."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_month_year(year: int, month: int, lang: Lang) -> str:
    """Format a month for a title: ky «2026-ж. ноябрь», ru «ноябрь 2026 г.»."""
    name = month_name(month, lang)
    if lang == "ky":
        return f"{year}-ж. {name}"
    return f"{name} {year} г."


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"Month must be 1–12, got {month}")
