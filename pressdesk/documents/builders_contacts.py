"""Build the media contact directory ("ЖМК базасы" / "База СМИ") grouped by outlet."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from pressdesk import clock
from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang, format_date_long

_WORDS: dict[str, dict[Lang, str]] = {
    "title": {"ky": "ЖМК базасы", "ru": "База СМИ"},
    "subtitle_list": {"ky": "Таратуу тизмеси: {name}", "ru": "Список рассылки: {name}"},
    "date": {"ky": "Түзүлгөн күнү", "ru": "Дата составления"},
    "outlets": {"ky": "ЖМК саны", "ru": "Количество СМИ"},
    "people": {"ky": "Байланыштар саны", "ru": "Количество контактов"},
    "state_private": {
        "ky": "Мамлекеттик / жеке ЖМК",
        "ru": "Государственные / частные СМИ",
    },
    "no_outlet": {"ky": "ЖМКга тиешелүү эмес байланыштар", "ru": "Контакты вне СМИ"},
    "name": {"ky": "Аты-жөнү", "ru": "Ф.И.О."},
    "position": {"ky": "Кызматы", "ru": "Должность"},
    "phone": {"ky": "Телефон", "ru": "Телефон"},
    "email": {"ky": "Электрондук почта", "ru": "E-mail"},
    "topics": {"ky": "Темалар", "ru": "Темы"},
    "empty": {"ky": "Тизмеде байланыштар жок.", "ru": "В списке нет контактов."},
    "outlet_contacts": {"ky": "Редакциянын байланыштары", "ru": "Контакты редакции"},
}


def word(key: str, lang: Lang) -> str:
    """Return a fixed word of the directory in ``lang``."""
    return _WORDS[key][lang]


@dataclass(frozen=True)
class DirectoryPerson:
    """One person line: texts already formatted for print."""

    name: str
    position: str = ""
    phones: Sequence[str] = ()
    emails: Sequence[str] = ()
    topics: Sequence[str] = ()


@dataclass(frozen=True)
class DirectoryOutlet:
    """One outlet group; ``name`` empty means people without an outlet."""

    name: str
    description: str = ""
    contacts: str = ""
    people: Sequence[DirectoryPerson] = field(default_factory=tuple)


def build_contact_directory(
    outlets: Sequence[DirectoryOutlet],
    *,
    lang: Lang,
    org_name: str = "",
    on: datetime.date | None = None,
    list_name: str = "",
    state_count: int | None = None,
    private_count: int | None = None,
    official_use: bool = False,
) -> dm.Document:
    """Return the directory document: header facts, then one table of people per outlet.

    ``official_use`` prints the restricted-use mark («Кызматтык пайдалануу үчүн» / «Для
    служебного пользования»): the base holds personal phones and e-mails.
    """
    on = on or clock.today()
    people_total = sum(len(o.people) for o in outlets)
    named = [o for o in outlets if o.name]
    facts: list[tuple[str, str]] = [
        (word("date", lang), format_date_long(on, lang)),
        (word("outlets", lang), str(len(named))),
        (word("people", lang), str(people_total)),
    ]
    if state_count is not None and private_count is not None:
        facts.append((word("state_private", lang), f"{state_count} / {private_count}"))
    blocks: list[dm.Block] = [dm.KeyValue(facts), dm.Spacer(3)]
    columns = [
        dm.Column(word("name", lang), 2.0),
        dm.Column(word("position", lang), 1.5),
        dm.Column(word("phone", lang), 1.4),
        dm.Column(word("email", lang), 2.3),
        dm.Column(word("topics", lang), 1.5),
    ]
    for outlet in outlets:
        blocks.append(dm.Heading(outlet.name or word("no_outlet", lang), level=2))
        if outlet.description:
            blocks.append(dm.Paragraph(outlet.description, italic=True))
        if outlet.contacts:
            blocks.append(dm.Paragraph(f"{word('outlet_contacts', lang)}: {outlet.contacts}"))
        if outlet.people:
            rows = [
                [
                    p.name,
                    p.position,
                    "\n".join(p.phones),
                    "\n".join(p.emails),
                    ", ".join(p.topics),
                ]
                for p in outlet.people
            ]
            blocks.append(dm.Table(columns, rows, numbered=True, column_group="people"))
    if not outlets:
        blocks.append(dm.Paragraph(word("empty", lang)))
    subtitle = word("subtitle_list", lang).format(name=list_name) if list_name else None
    return dm.Document(
        lang=lang,
        title=word("title", lang),
        subtitle=subtitle,
        org_name=org_name,
        blocks=blocks,
        landscape=True,
        official_use=official_use,
        subject=word("title", lang),
        generated_at=datetime.datetime.combine(on, datetime.time(12, 0)),
    )
