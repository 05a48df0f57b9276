"""Recognise the contact tables other programs export and what each of their columns holds.

Google Contacts (the old "Given Name … E-mail 1 - Type, E-mail 1 - Value" and the current
"First Name … E-mail 1 - Label" layouts), Outlook on Windows and on the web (in English and
Russian), Thunderbird (English and Russian, comma or semicolon) and the Russian-language
exports of Yandex and Mail.ru all name their columns differently; several of their columns
hold phones or e-mails of one kind each. This module gives every column a role:

- a key of the plain contact fields (``full_name``, ``position``, ``notes`` …);
- ``tel:<kind>:<column>`` for a phone of a known kind, ``mail:<column>`` for an e-mail,
  ``web:<column>``, ``im:<service>:<column>``, ``adr:<kind>:<part>:<column>``;
- ``g:<section>:<n>:<attribute>`` for Google's numbered groups (the type and the value of
  "Phone 3" are two columns that belong together).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressdesk.exchange.tabular import FieldSpec, header_key

# Roles of the columns of client exports, by title (compared as header_key folds them).
_ROLES: dict[str, str] = {}


def _add(role: str, *titles: str) -> None:
    for title in titles:
        _ROLES[header_key(title)] = role


# Names.
_add("full_name", "Name", "Full Name", "Полное имя", "ФИО", "Ф.И.О.")
_add("display", "Display Name", "Отображаемое имя", "Имя для отображения", "Показывать как")
_add("given", "First Name", "Given Name", "Имя")
_add("middle", "Middle Name", "Additional Name", "Отчество", "Второе имя")
_add("family", "Last Name", "Family Name", "Surname", "Фамилия")
_add("prefix", "Name Prefix", "Обращение")
_add("suffix", "Suffix", "Name Suffix", "Суффикс")
_add("nickname", "Nickname", "Ник", "Никнейм", "Псевдоним", "Прозвище")
# Work.
_add("outlet", "Company", "Organization", "Organisation", "Organization Name", "Компания")
_add("outlet", "Организация", "Место работы")
_add("position", "Job Title", "Organization Title", "Должность")
_add("department", "Department", "Organization Department", "Отдел", "Подразделение")
# E-mail.
_add(
    "mail",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Primary Email",
    "Secondary Email",
    "Email Address",
    "Адрес эл. почты",
    "Адрес электронной почты",
    "Адрес 2 эл. почты",
    "Адрес 3 эл. почты",
    "Основной адрес эл. почты",
    "Дополнительный адрес эл. почты",
    "Альтернативный адрес электронной почты",
    "Электронная почта",
    "Дополнительная электронная почта",
    "Эл. почта",
    "Доп. e-mail",
    "E-mail 2",
    "E-mail 3",
)
# Phones, by kind.
_add(
    "tel:work",
    "Business Phone",
    "Business Phone 2",
    "Company Main Phone",
    "Assistant's Phone",
    "Callback",
    "Work Phone",
    "Рабочий телефон",
    "Телефон (раб.)",
    "Телефон раб.",
    "Телефон 2 (раб.)",
    "Основной телефон организации",
    "Телефон помощника",
)
_add(
    "tel:mobile",
    "Mobile Phone",
    "Mobile Number",
    "Car Phone",
    "Мобильный телефон",
    "Мобильный",
    "Сотовый телефон",
    "Сотовый",
    "Номер сотового телефона",
    "Телефон в машине",
)
_add(
    "tel:home",
    "Home Phone",
    "Home Phone 2",
    "Домашний телефон",
    "Телефон (дом.)",
    "Телефон 2 (дом.)",
)
_add(
    "tel:fax",
    "Business Fax",
    "Home Fax",
    "Other Fax",
    "Fax Number",
    "Факс",
    "Факс (раб.)",
    "Факс (дом.)",
    "Другой факс",
    "Номер факса",
)
_add(
    "tel:other",
    "Other Phone",
    "Primary Phone",
    "Pager",
    "Pager Number",
    "Radio Phone",
    "ISDN",
    "TTY/TDD Phone",
    "Telex",
    "Другой телефон",
    "Основной телефон",
    "Пейджер",
    "Номер пейджера",
    "Радиотелефон",
)
# Web, messengers.
_add(
    "web",
    "Web Page",
    "Personal Web Page",
    "Web Page 1",
    "Web Page 2",
    "Веб-страница",
    "Веб-страница 1",
    "Веб-страница 2",
    "Личная веб-страница",
    "Сайт",
)
_add("im:other", "IM Address", "IMAddress", "Screen Name", "Адрес для мгновенных сообщений")
_add("im:skype", "Skype")
_add("telegram", "Telegram")
_add("whatsapp", "WhatsApp")
# Dates, notes, groups.
_add("birthday", "Birthday", "День рождения", "Дата рождения")
_add("birth_year", "Birth Year", "Год рождения")
_add("birth_month", "Birth Month", "Месяц рождения")
_add("birth_day", "Birth Day")
_add("notes", "Notes", "Заметки", "Комментарий", "Примечание", "Примечания")
_add("topics", "Categories", "Group Membership", "Labels", "Категории", "Группы")
# Addresses: Outlook's separate parts, Thunderbird's, and one-cell addresses.
for _kind, _outlook, _tb, _ru in (
    ("work", "Business", "Work", "раб."),
    ("home", "Home", "Home", "дом."),
    ("other", "Other", "", "другой"),
):
    _add(f"adr:{_kind}:street", f"{_outlook} Street", f"{_outlook} Street 2")
    _add(f"adr:{_kind}:street", f"{_outlook} Street 3")
    _add(f"adr:{_kind}:city", f"{_outlook} City")
    _add(f"adr:{_kind}:region", f"{_outlook} State")
    _add(f"adr:{_kind}:code", f"{_outlook} Postal Code")
    _add(f"adr:{_kind}:country", f"{_outlook} Country/Region", f"{_outlook} Country")
    _add(f"adr:{_kind}:pobox", f"{_outlook} PO Box")
    _add(f"adr:{_kind}:formatted", f"{_outlook} Address")
    _add(f"adr:{_kind}:street", f"Улица ({_ru} адрес)", f"Улица 2 ({_ru} адрес)")
    _add(f"adr:{_kind}:city", f"Город ({_ru} адрес)")
    _add(f"adr:{_kind}:region", f"Область ({_ru} адрес)")
    _add(f"adr:{_kind}:code", f"Индекс ({_ru} адрес)")
    _add(f"adr:{_kind}:country", f"Страна или регион ({_ru} адрес)")
    if _tb:
        _add(f"adr:{_kind}:street", f"{_tb} Address", f"{_tb} Address 2")
        _add(f"adr:{_kind}:city", f"{_tb} City")
        _add(f"adr:{_kind}:region", f"{_tb} State", f"{_tb} County")
        _add(f"adr:{_kind}:code", f"{_tb} ZipCode", f"{_tb} Post Code")
        _add(f"adr:{_kind}:country", f"{_tb} Country")
_add("adr:home:formatted", "Домашний адрес")
_add("adr:work:formatted", "Рабочий адрес", "Адрес (раб.)")
_add("adr:other:formatted", "Адрес", "Почтовый адрес")
_add("adr:home:city", "Город")
_add("adr:work:city", "Город (раб.)")
_add("adr:home:country", "Страна")
_add("adr:work:country", "Страна (раб.)")
_add("adr:home:code", "Почтовый индекс")
_add("adr:work:code", "Почтовый индекс (раб.)")

# Google's numbered groups: "E-mail 2 - Value", "Phone 1 - Label", "Address 1 - City" …
_GOOGLE = re.compile(
    r"^(?P<section>e mail|phone|website|im|organization|address|relation|event|custom field"
    r"|external id) (?P<n>\d+) (?P<attr>.+)$"
)
_GOOGLE_ATTRS = {
    "type": "type",
    "label": "type",
    "value": "value",
    "service": "service",
    "name": "name",
    "title": "title",
    "department": "department",
    "formatted": "formatted",
    "street": "street",
    "city": "city",
    "po box": "pobox",
    "region": "region",
    "postal code": "code",
    "country": "country",
    "extended address": "extended",
}
_GOOGLE_SECTIONS = {
    "e mail": "email",
    "phone": "phone",
    "website": "website",
    "im": "im",
    "organization": "org",
    "address": "address",
}
# The same concept under a plain field and a client role: the more precise role wins a column.
_CONCEPT = {
    "phone": "phone",
    "phone2": "phone",
    "email": "email",
    "email2": "email",
    "full_name": "name",
    "family": "name",
    "given": "name",
    "telegram": "telegram",
    "whatsapp": "whatsapp",
}

#: Client titles as header-detection fields, so a file whose columns are only, say,
#: "Primary Email" still has its header row found.
DETECTION_FIELDS: tuple[FieldSpec, ...] = tuple(
    FieldSpec(f"detect:{role}", tuple(t for t, r in _ROLES.items() if r == role))
    for role in sorted(set(_ROLES.values()))
)


def _concept(role: str) -> str:
    if role.startswith(("tel:", "g:phone:")):
        return "phone"
    if role.startswith(("mail", "g:email:")):
        return "email"
    if role in {"display", "full_name", "given", "family", "middle"}:
        return "name"
    return _CONCEPT.get(role, role)


def detect_layout(titles: Sequence[str]) -> str:
    """Return the exporting program of a header ("google", "outlook" …), or "" if unknown."""
    keys = {header_key(t) for t in titles}
    if any(_GOOGLE.match(k) and k.startswith(("e mail", "phone")) for k in keys):
        return "google"
    if {"primary email", "display name"} & keys or "mobile number" in keys:
        return "thunderbird"
    if "job title" in keys or "e mail address" in keys or "business phone" in keys:
        return "outlook"
    if "отображаемое имя" in keys or "основной адрес эл почты" in keys:
        return "thunderbird"
    if "обращение" in keys or "адрес эл почты" in keys:
        return "outlook"
    # Russian web mail (Yandex, Mail.ru): the name split into parts and typed phones.
    if {"фамилия", "имя"} <= keys and (keys & {header_key(t) for t in _RUSSIAN_WEBMAIL}):
        return "webmail"
    return ""


_RUSSIAN_WEBMAIL = ("Мобильный телефон", "Рабочий телефон", "Домашний телефон", "Отчество")


def _role(key: str, keys: set[str]) -> str | None:
    if key == "title":
        # Outlook's "Title" is Mr./Dr.; the position is "Job Title". Alone it is the position.
        return "prefix" if "job title" in keys else None
    if key == "день рождения" and keys & {"год рождения", "месяц рождения"}:
        return "birth_day"  # Thunderbird in Russian splits the birthday into three columns
    if key in {"имя", "first name", "given name"} and not keys & {
        "фамилия",
        "last name",
        "family name",
        "surname",
    }:
        return None  # "Имя" alone is the whole name, as a plain table means it
    if key in _ROLES:
        return _ROLES[key]
    google = _GOOGLE.match(key)
    if google:
        section = _GOOGLE_SECTIONS.get(google["section"])
        attr = _GOOGLE_ATTRS.get(google["attr"])
        if section is None or attr is None:
            return "ignore"
        return f"g:{section}:{google['n']}:{attr}"
    return _ROLES.get(key)


def interpret(
    header: Sequence[str], matched: dict[str, int], *, explicit: bool = False
) -> dict[str, int]:
    """Return the role → column choice for ``header``; ``matched`` is the plain-field match.

    With ``explicit`` (a mapping the user chose) the user's fields keep their columns unless a
    client role says the same more precisely (a typed phone for "phone"); otherwise client
    roles win and plain fields fill what is left.
    """
    keys = {header_key(cell) for cell in header}
    layout = detect_layout(header)
    roles: dict[int, str] = {}
    for column, cell in enumerate(header):
        key = header_key(cell)
        if not key:
            continue
        role = _role(key, keys)
        if role is None or role == "ignore":
            continue
        if not layout and role in {"given", "family", "full_name"} | set(_CONCEPT):
            continue  # a plain table: its name and phone columns are the plain fields'
        roles[column] = role
    chosen: dict[str, int] = {}
    taken: set[int] = set()
    by_column = {column: key for key, column in matched.items()}
    for column, role in roles.items():
        user_key = by_column.get(column)
        if explicit and user_key is not None and _concept(user_key) != _concept(role):
            continue
        name = role if role in _SINGLE or role.startswith("g:") else f"{role}:{column}"
        if name in chosen:
            continue
        chosen[name] = column
        taken.add(column)
    for key, column in matched.items():
        if column in taken or key.startswith("detect:"):
            continue
        if (
            not explicit
            and _concept(key) in {"name"}
            and any(_concept(r) == "name" for r in chosen)
        ):
            continue
        if key not in chosen:
            chosen[key] = column
            taken.add(column)
    # In column order, so phones and e-mails keep the order the file gives them.
    return dict(sorted(chosen.items(), key=lambda pair: pair[1]))


# Roles that take one column only; the others may repeat and get the column number.
_SINGLE = frozenset(
    {
        "full_name",
        "display",
        "given",
        "middle",
        "family",
        "prefix",
        "suffix",
        "nickname",
        "outlet",
        "position",
        "department",
        "birthday",
        "birth_year",
        "birth_month",
        "birth_day",
        "notes",
        "topics",
        "telegram",
        "whatsapp",
    }
)
