"""Kyrgyz and Russian words of the content plan, in one table a native speaker can check."""

from __future__ import annotations

from typing import Final

from pressdesk.documents.locale import Lang, check_lang

# Every fixed word the plan shows or prints (statuses, formats, languages, flags, weekdays and
# period names). Keys are "group.code". Wording not found in the sources is marked "(?)" in
# the comment next to it so that a native speaker knows where to look first.
LABELS: Final[dict[str, dict[Lang, str]]] = {
    "status.idea": {"ky": "Идея", "ru": "Идея"},
    "status.draft": {"ky": "Долбоор", "ru": "Черновик"},
    "status.sent": {"ky": "Макулдашууда", "ru": "На согласовании"},
    "status.approved": {"ky": "Макулдашылды", "ru": "Согласовано"},
    "status.returned": {"ky": "Кайра иштетүүгө кайтарылды", "ru": "Возвращено на доработку"},
    "status.published": {"ky": "Жарыяланды", "ru": "Опубликовано"},
    "status.cancelled": {"ky": "Жокко чыгарылды", "ru": "Отменено"},
    "format.press_release": {"ky": "Пресс-релиз", "ru": "Пресс-релиз"},
    "format.news": {"ky": "Жаңылык", "ru": "Новость"},
    "format.article": {"ky": "Макала", "ru": "Статья"},
    "format.interview": {"ky": "Маек", "ru": "Интервью"},
    "format.comment": {"ky": "Комментарий, билдирүү", "ru": "Комментарий, заявление"},
    "format.post": {"ky": "Пост", "ru": "Пост"},
    "format.photo_report": {"ky": "Фоторепортаж", "ru": "Фоторепортаж"},
    "format.video": {"ky": "Видео", "ru": "Видео"},
    "format.live": {"ky": "Түз эфир", "ru": "Прямой эфир"},
    "format.speech": {"ky": "Сүйлөнө турган сөз", "ru": "Выступление"},
    "format.greeting": {"ky": "Куттуктоо тексти", "ru": "Поздравительный текст"},
    "format.bulletin": {"ky": "Маалыматтык бюллетень", "ru": "Информационный бюллетень"},
    "format.reference_note": {"ky": "Маалымкат", "ru": "Справка"},
    "format.other": {"ky": "Башка", "ru": "Другое"},
    "language.ky": {"ky": "кырг.", "ru": "кырг."},
    "language.ru": {"ky": "орус.", "ru": "рус."},
    "language.both": {"ky": "кырг., орус.", "ru": "кырг., рус."},
    "language.other": {"ky": "башка", "ru": "другой"},
    "flag.overdue": {
        "ky": "Мөөнөтү өттү, жарыялана элек",  # (?)
        "ru": "Срок прошёл, не опубликовано",
    },
    "flag.waiting": {
        "ky": "Макулдашуу {days} күндөн ашык күтүлүүдө",  # (?)
        "ru": "Ждёт согласования более {days} дн.",
    },
    "flag.holiday": {"ky": "Майрам күнү", "ru": "Праздничный день"},
    "all_day": {"ky": "күн бою", "ru": "весь день"},  # (?)
    "weekday.0": {"ky": "дүйшөмбү", "ru": "понедельник"},
    "weekday.1": {"ky": "шейшемби", "ru": "вторник"},
    "weekday.2": {"ky": "шаршемби", "ru": "среда"},
    "weekday.3": {"ky": "бейшемби", "ru": "четверг"},
    "weekday.4": {"ky": "жума", "ru": "пятница"},
    "weekday.5": {"ky": "ишемби", "ru": "суббота"},
    "weekday.6": {"ky": "жекшемби", "ru": "воскресенье"},
    "weekday_short.0": {"ky": "дш", "ru": "пн"},
    "weekday_short.1": {"ky": "шш", "ru": "вт"},
    "weekday_short.2": {"ky": "шр", "ru": "ср"},
    "weekday_short.3": {"ky": "бш", "ru": "чт"},
    "weekday_short.4": {"ky": "жм", "ru": "пт"},
    "weekday_short.5": {"ky": "иш", "ru": "сб"},
    "weekday_short.6": {"ky": "жк", "ru": "вс"},
    # Period names. {month} is the nominative month name in ky, the genitive one in ru
    # ("ноября") except in "period.month", where Russian uses the nominative ("ноябрь").
    "period.day": {"ky": "{date}", "ru": "{date}"},
    "period.week": {
        "ky": "{year}-жылдын {week}-аптасы ({days})",
        "ru": "{week}-я неделя {year} г. ({days})",
    },
    "period.decade": {
        "ky": "{year}-жылдын {month} айынын {n}-декадасы",
        "ru": "{n}-я декада {month} {year} г.",
    },
    "period.month": {"ky": "{year}-жылдын {month} айы", "ru": "{month} {year} г."},
    "period.quarter": {"ky": "{year}-жылдын {n}-чейреги", "ru": "{n} квартал {year} г."},
    "period.year": {"ky": "{year}-жыл", "ru": "{year} год"},
    "period.range": {"ky": "{start} – {end}", "ru": "{start} – {end}"},
    # Day spans inside a week label: "23–29-ноябрь" / "23–29 ноября".
    "days.same_month": {"ky": "{d1}–{d2}-{month}", "ru": "{d1}–{d2} {month}"},
    "days.two_months": {
        "ky": "{d1}-{month1} – {d2}-{month2}",
        "ru": "{d1} {month1} – {d2} {month2}",
    },
}

MONTHS_RU_GENITIVE: Final = (
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

ROMAN_QUARTERS: Final = ("I", "II", "III", "IV")


def text(key: str, lang: Lang | str) -> str:
    """Return the plan word ``key`` in ``lang`` (raise KeyError for an unknown key)."""
    return LABELS[key][check_lang(lang)]


def status_label(status: str, lang: Lang | str) -> str:
    """Return the name of a workflow status."""
    return text(f"status.{status}", lang)


def format_label(fmt: str, lang: Lang | str) -> str:
    """Return the name of a content format."""
    return text(f"format.{fmt}", lang)


def language_label(language: str, lang: Lang | str) -> str:
    """Return the short name of an item's language."""
    return text(f"language.{language}", lang)


def weekday_name(weekday: int, lang: Lang | str, *, short: bool = False) -> str:
    """Return the name of a weekday (0 = Monday)."""
    return text(f"weekday{'_short' if short else ''}.{weekday}", lang)


def flag_label(flag: str, lang: Lang | str, *, wait_days: int = 3) -> str:
    """Return the warning text of an item flag."""
    return text(f"flag.{flag}", lang).format(days=wait_days)
