"""Phrases the document builders share: spans of dates and a name with its position."""

from __future__ import annotations

import datetime

from pressdesk.documents.locale import Lang, format_date_long


def _ky_day_month(d: datetime.date) -> str:
    """Return «3-декабры»: the day with the month in its possessive form."""
    return format_date_long(d, "ky").split(" ", 1)[1]


def ky_ablative(text: str) -> str:
    """Add the ablative ending to a Kyrgyz date ending in a possessive month («3-декабрынан»)."""
    # A possessive month ends in ы, у or и; the ending follows the vowel harmony.
    return text + ("нен" if text.endswith("и") else "нан")


def ky_dative(text: str) -> str:
    """Add the dative ending to a Kyrgyz date ending in a possessive month («3-декабрына»)."""
    return text + ("не" if text.endswith("и") else "на")


def ru_day_month(d: datetime.date) -> str:
    """Return «3 декабря»: the day with the month in the genitive, without the year."""
    return format_date_long(d, "ru").rsplit(" ", 2)[0]


def _ru_from(d: datetime.date) -> str:
    # «со 2 декабря» is read «со второго»; every other day takes «с».
    return "со" if d.day == 2 else "с"


def format_date_range(start: datetime.date, end: datetime.date, lang: Lang) -> str:
    """Format a span of days for running text: ky «2026-жылдын 23-ноябрынан 29-ноябрына
    чейин», ru «с 23 по 29 ноября 2026 г.»; a single day is printed as that day."""
    if start == end:
        return format_date_long(start, lang)
    if lang == "ky":
        first = ky_ablative(_ky_day_month(start))
        last = ky_dative(_ky_day_month(end))
        if start.year == end.year:
            return f"{start.year}-жылдын {first} {last} чейин"
        return f"{start.year}-жылдын {first} {end.year}-жылдын {last} чейин"
    until = format_date_long(end, lang)
    if start.year != end.year:
        return f"{_ru_from(start)} {format_date_long(start, lang)} по {until}"
    if start.month == end.month:
        return f"{_ru_from(start)} {start.day} по {until}"
    return f"{_ru_from(start)} {ru_day_month(start)} по {until}"


def name_with_position(name: str, position: str) -> str:
    """Return «Name, position»: a position after a comma starts with a small letter.

    A position that opens with an abbreviation («ЖМК боюнча…», «IT-…») keeps its capitals.
    """
    name, position = name.strip(), position.strip()
    if not position:
        return name
    if not name:
        return position
    first = position.split(" ", 1)[0].rstrip(",.;:")
    keep = len(first) > 1 and (first.isupper() or any(ch.isupper() for ch in first[1:]))
    if not keep:
        position = position[0].lower() + position[1:]
    return f"{name}, {position}"
