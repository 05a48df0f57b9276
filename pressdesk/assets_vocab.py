"""Names of equipment categories, conditions, account services and archive kinds in ky/ru/en."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from pressdesk.storage.assets_models import (
    ACCOUNT_SERVICES,
    ARCHIVE_KINDS,
    CONDITIONS,
    EQUIPMENT_CATEGORIES,
    OWNER_TYPES,
)
from pressdesk.textfold import fold

VocabLang = Literal["ky", "ru", "en"]

_PUNCTUATION = re.compile(r"[\s\"'«»“”„()\[\]{}_/\\,.;:!?*#+|–—-]+")


def normalise_word(text: str) -> str:
    """Return ``text`` folded, with ё as е and punctuation collapsed to single spaces."""
    return _PUNCTUATION.sub(" ", fold(text).replace("ё", "е")).strip()


@dataclass(frozen=True)
class Vocabulary:
    """A closed list of codes with a label per language and extra words accepted on import."""

    codes: tuple[str, ...]
    labels: Mapping[str, Mapping[VocabLang, str]]
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = [code for code in self.codes if code not in self.labels]
        if missing:
            raise ValueError(f"No labels for {', '.join(missing)}")

    def label(self, code: str, lang: str) -> str:
        """Return the label of ``code`` in ``lang`` (English for an unknown language)."""
        names = self.labels.get(code)
        if names is None:
            return code
        for name_lang, text in names.items():
            if name_lang == lang:
                return text
        return names["en"]

    def parse(self, text: str) -> str | None:
        """Return the code named by ``text`` (a code, or a word in ky/ru/en), or None."""
        return self._lookup.get(normalise_word(text))

    def words(self, lang: str) -> list[str]:
        """Return the labels of every code in ``lang``, for a hint of accepted values."""
        return [self.label(code, lang) for code in self.codes]

    @cached_property
    def _lookup(self) -> dict[str, str]:
        lookup: dict[str, str] = {}
        for code in self.codes:
            for word in _words_of(code, self.labels[code].values(), self.aliases.get(code, ())):
                lookup.setdefault(word, code)
        return lookup


def _words_of(code: str, labels: Iterable[str], aliases: Iterable[str]) -> list[str]:
    words = [normalise_word(code)]
    for text in (*labels, *aliases):
        words.append(normalise_word(text))
        # "Tripod / stabiliser" is also accepted as "tripod" or "stabiliser" alone.
        words.extend(normalise_word(part) for part in re.split(r"[/,]", text) if part.strip())
    return [word for word in words if word]


CATEGORY_VOCAB = Vocabulary(
    EQUIPMENT_CATEGORIES,
    {
        "computer": {"ky": "Компьютер", "ru": "Компьютер", "en": "Computer"},
        "laptop": {"ky": "Ноутбук", "ru": "Ноутбук", "en": "Laptop"},
        "phone": {"ky": "Телефон", "ru": "Телефон", "en": "Phone"},
        "photo_camera": {"ky": "Фотоаппарат", "ru": "Фотоаппарат", "en": "Photo camera"},
        "video_camera": {"ky": "Видеокамера", "ru": "Видеокамера", "en": "Video camera"},
        "microphone": {"ky": "Микрофон", "ru": "Микрофон", "en": "Microphone"},
        "lapel_microphone": {
            "ky": "Топчу микрофон",
            "ru": "Петличный микрофон",
            "en": "Lapel microphone",
        },
        "audio_recorder": {"ky": "Диктофон", "ru": "Диктофон", "en": "Audio recorder"},
        "lighting": {
            "ky": "Жарык берүүчү жабдуу",
            "ru": "Осветительное оборудование",
            "en": "Lighting",
        },
        "tripod": {
            "ky": "Штатив, стабилизатор",
            "ru": "Штатив, стабилизатор",
            "en": "Tripod / stabiliser",
        },
        "printer": {"ky": "Принтер", "ru": "Принтер", "en": "Printer"},
        "projector": {"ky": "Проектор", "ru": "Проектор", "en": "Projector"},
        "display": {"ky": "Дисплей, панель", "ru": "Дисплей, панель", "en": "Display"},
        "editing_station": {
            "ky": "Монтаж жасоочу стол",
            "ru": "Монтажная станция",
            "en": "Editing station",
        },
        "storage_drive": {
            "ky": "Маалымат сактагыч (диск)",
            "ru": "Накопитель (диск)",
            "en": "Storage drive",
        },
        "network": {
            "ky": "Тармактык жабдуу",
            "ru": "Сетевое оборудование",
            "en": "Network equipment",
        },
        "press_vest": {"ky": "«Пресса» жилети", "ru": "Жилет «Пресса»", "en": "Press vest"},
        "software_licence": {
            "ky": "Программалык камсыздоо лицензиясы",
            "ru": "Лицензия на ПО",
            "en": "Software licence",
        },
        "subscription": {"ky": "Жазылуу", "ru": "Подписка", "en": "Subscription"},
        "other": {"ky": "Башка", "ru": "Прочее", "en": "Other"},
    },
    {
        "computer": ("ПК", "системный блок", "стационардык компьютер", "desktop", "PC"),
        "laptop": ("notebook", "ноутбук компьютер"),
        "phone": (
            "смартфон",
            "мобильный телефон",
            "уюлдук телефон",
            "жумушчу телефон",
            "smartphone",
        ),
        "photo_camera": ("фотокамера", "camera", "фотоаппарат зеркальный"),
        "microphone": ("радиомикрофон", "mic"),
        "lapel_microphone": (
            "петличка",
            "микрофон-петличка",
            "петличный",
            "lavalier",
            "clip microphone",
            "топчу",
        ),
        "audio_recorder": ("аудиорекордер", "recorder", "диктофон цифровой"),
        "lighting": ("свет", "осветитель", "софтбокс", "жарык", "light"),
        "tripod": ("стабилизатор", "штатив", "gimbal", "монопод"),
        "printer": ("МФУ", "принтер лазерный", "МФУ лазерное"),
        "display": ("монитор", "экран", "телевизор", "панель", "monitor", "screen"),
        "editing_station": ("монтажный стол", "станция видеомонтажа", "монтаж"),
        "storage_drive": (
            "жесткий диск",
            "внешний диск",
            "флешка",
            "накопитель",
            "диск",
            "сырткы диск",
            "HDD",
            "SSD",
            "NAS",
        ),
        "network": ("роутер", "маршрутизатор", "коммутатор", "модем", "Wi-Fi", "router"),
        "press_vest": ("жилет", "жилет пресса", "пресса жилети", "vest"),
        "software_licence": (
            "ПО",
            "лицензия",
            "программное обеспечение",
            "программалык камсыздоо",
            "software",
            "licence",
            "license",
        ),
        "subscription": ("подписка на сервис", "subscription service"),
        "other": ("другое", "прочие", "башкалар"),
    },
)

CONDITION_VOCAB = Vocabulary(
    CONDITIONS,
    {
        "new": {"ky": "Жаңы", "ru": "Новое", "en": "New"},
        "good": {"ky": "Жакшы", "ru": "Исправное", "en": "Good"},
        "needs_repair": {
            "ky": "Оңдоону талап кылат",
            "ru": "Требует ремонта",
            "en": "Needs repair",
        },
        "broken": {"ky": "Бузук", "ru": "Неисправное", "en": "Broken"},
        "written_off": {"ky": "Эсептен чыгарылган", "ru": "Списано", "en": "Written off"},
    },
    {
        "new": ("новый", "новая", "жаны"),
        "good": (
            "хорошее",
            "хорошо",
            "исправно",
            "исправен",
            "рабочее",
            "работает",
            "в рабочем состоянии",
            "иштейт",
            "жакшы абалда",
            "ok",
            "working",
        ),
        "needs_repair": ("ремонт", "нужен ремонт", "требуется ремонт", "оңдоо керек", "repair"),
        "broken": (
            "сломано",
            "сломан",
            "неисправно",
            "неисправен",
            "не работает",
            "иштебейт",
            "бузулган",
        ),
        "written_off": (
            "списан",
            "списана",
            "списанное",
            "эсептен чыгарылды",
            "write off",
            "written-off",
        ),
    },
)

SERVICE_VOCAB = Vocabulary(
    ACCOUNT_SERVICES,
    {
        "website_cms": {"ky": "Расмий сайт (CMS)", "ru": "Сайт (CMS)", "en": "Website CMS"},
        "facebook": {"ky": "Facebook", "ru": "Facebook", "en": "Facebook"},
        "instagram": {"ky": "Instagram", "ru": "Instagram", "en": "Instagram"},
        "telegram": {"ky": "Telegram", "ru": "Telegram", "en": "Telegram"},
        "youtube": {"ky": "YouTube", "ru": "YouTube", "en": "YouTube"},
        "tiktok": {"ky": "TikTok", "ru": "TikTok", "en": "TikTok"},
        "x": {"ky": "X (Twitter)", "ru": "X (Twitter)", "en": "X (Twitter)"},
        "email": {"ky": "Электрондук почта", "ru": "Электронная почта", "en": "E-mail"},
        "domain_hosting": {
            "ky": "Домен, хостинг",
            "ru": "Домен, хостинг",
            "en": "Domain / hosting",
        },
        "other": {"ky": "Башка", "ru": "Прочее", "en": "Other"},
    },
    {
        "website_cms": ("сайт", "website", "cms", "веб-сайт"),
        "x": ("twitter",),
        "email": ("почта", "mail", "e-mail", "email"),
        "domain_hosting": ("домен", "хостинг", "domain", "hosting"),
    },
)

OWNER_VOCAB = Vocabulary(
    OWNER_TYPES,
    {
        "official": {"ky": "Расмий", "ru": "Официальный", "en": "Official"},
        "personal": {
            "ky": "Кызматкердин жеке аккаунту",
            "ru": "Личный аккаунт сотрудника",
            "en": "Personal account of an employee",
        },
    },
    {"personal": ("жеке", "личный", "personal")},
)

KIND_VOCAB = Vocabulary(
    ARCHIVE_KINDS,
    {
        "photo": {"ky": "Сүрөт", "ru": "Фото", "en": "Photo"},
        "video": {"ky": "Видео", "ru": "Видео", "en": "Video"},
        "audio": {"ky": "Аудио", "ru": "Аудио", "en": "Audio"},
        "document": {"ky": "Документ", "ru": "Документ", "en": "Document"},
        "mixed": {"ky": "Аралаш", "ru": "Смешанный", "en": "Mixed"},
    },
    {
        "photo": ("фотографии", "сүрөттөр", "фотоархив"),
        "video": ("видеозапись", "видеоархив"),
        "audio": ("аудиозапись", "аудиоархив", "үн жазуу"),
        "document": ("документы", "документтер", "docs", "documents"),
        "mixed": ("разное", "ар түрдүү"),
    },
)

#: The fields that describe an archive entry of each kind. A "document" is a registered
#: document (a regulation, a job description, an approved plan): it has a number, a date and a
#: number of sheets of its paper original, and is kept in a folder, a cabinet or a safe; a set of
#: document files (press releases of a year) has a file count instead.
ARCHIVE_KIND_FIELDS: Mapping[str, tuple[str, ...]] = {
    "photo": ("title", "taken_on", "event_title", "item_count", "size_bytes", "location"),
    "video": ("title", "taken_on", "event_title", "item_count", "size_bytes", "location"),
    "audio": ("title", "taken_on", "event_title", "item_count", "size_bytes", "location"),
    "document": ("title", "doc_number", "taken_on", "sheets", "item_count", "location"),
    "mixed": ("title", "taken_on", "event_title", "item_count", "size_bytes", "location"),
}

#: Names of the archive fields a registered document adds, for forms and file headers.
ARCHIVE_FIELD_LABELS: Mapping[str, Mapping[VocabLang, str]] = {
    "doc_number": {"ky": "Документтин номери", "ru": "Номер документа", "en": "Document number"},
    "sheets": {"ky": "Барактардын саны", "ru": "Количество листов", "en": "Sheets"},
}

#: Conditions in which an item counts as usable in the gap view.
USABLE_CONDITIONS = ("new", "good")
#: Conditions that still count as owned but not usable.
FAULTY_CONDITIONS = ("needs_repair", "broken")

_SIZE_UNITS = {
    "ky": ("байт", "КБ", "МБ", "ГБ", "ТБ"),
    "ru": ("байт", "КБ", "МБ", "ГБ", "ТБ"),
    "en": ("bytes", "KB", "MB", "GB", "TB"),
}


def format_size(size: int, lang: str) -> str:
    """Return a size such as "1,5 ГБ" (decimal comma in ky/ru, point in en)."""
    units = _SIZE_UNITS.get(lang, _SIZE_UNITS["en"])
    value = float(size)
    unit = 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    text = f"{int(value)}" if unit == 0 or value >= 100 else f"{value:.1f}".rstrip("0").rstrip(".")
    if lang != "en":
        text = text.replace(".", ",")
    return f"{text} {units[unit]}"
