"""Build the press release on the organisation's letterhead and its approval sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang, format_date_long
from pressdesk.documents.phrases import name_with_position

# Every fixed word of the release documents, so a native speaker can check both languages in
# one place.
_WORDS: dict[str, dict[Lang, str]] = {
    "kind.press_release": {"ky": "Пресс-релиз", "ru": "Пресс-релиз"},
    "kind.information": {"ky": "Маалыматтык билдирүү", "ru": "Информационное сообщение"},
    "kind.media_advisory": {"ky": "ЖМК үчүн анонс", "ru": "Анонс для СМИ"},
    "kind.statement": {"ky": "Билдирүү", "ru": "Заявление"},
    "kind.fact_sheet": {"ky": "Маалымкат", "ru": "Справка"},
    "embargo": {
        "ky": "ЭМБАРГО: {when} чейин жарыялоого болбойт",
        "ru": "ЭМБАРГО: не публиковать до {when}",
    },
    "at_time": {"ky": "{date}, саат {time}", "ru": "{date}, {time}"},
    "links": {"ky": "Шилтемелер", "ru": "Ссылки"},
    "attachments": {"ky": "Тиркемелер", "ru": "Приложения"},
    "media_contact": {"ky": "ЖМК үчүн байланыш", "ru": "Контакты для СМИ"},
    "contact": {"ky": "Байланышуучу адам", "ru": "Контактное лицо"},
    "phone": {"ky": "Телефон", "ru": "Телефон"},
    "email": {"ky": "Электрондук почта", "ru": "Электронная почта"},
    "website": {"ky": "Расмий сайт", "ru": "Официальный сайт"},
    "address": {"ky": "Дареги", "ru": "Адрес"},
    "sheet_title": {"ky": "Макулдашуу барагы", "ru": "Лист согласования"},
    "document": {"ky": "Документ", "ru": "Документ"},
    "number": {"ky": "Катталган номери", "ru": "Регистрационный номер"},
    "version": {"ky": "Текстин версиясы", "ru": "Версия текста"},
    "stage": {"ky": "Баскычы", "ru": "Этап"},
    "position": {"ky": "Кызматы", "ru": "Должность"},
    "name": {"ky": "Аты-жөнү", "ru": "Ф.И.О."},
    "date": {"ky": "Күнү", "ru": "Дата"},
    "sign": {"ky": "Колу", "ru": "Подпись"},
    "remarks": {"ky": "Сын-пикирлер", "ru": "Замечания"},
    "prepared": {"ky": "Даярдалды", "ru": "Подготовлено"},
    "agreed": {"ky": "Макулдашылды", "ru": "Согласовано"},
    "returned_with": {
        "ky": "{date} кайтарылды: {comment}",
        "ru": "Возвращено {date}: {comment}",
    },
}

# The content of a signature cell: about 25 mm of no-break spaces.
_SIGN: Final = "\u00a0" * 28


def word(key: str, lang: Lang) -> str:
    """Return the fixed word ``key`` in ``lang``."""
    return _WORDS[key][lang]


def kind_label(kind: str, lang: Lang) -> str:
    """Return the name of a release kind: «Пресс-релиз», «Маалымкат» / «Справка»."""
    return word(f"kind.{kind}", lang)


@dataclass(frozen=True)
class Quote:
    """A quote as printed: the speaker, the position and the words in the document's language."""

    speaker: str
    position: str
    text: str


@dataclass(frozen=True)
class Letterhead:
    """The organisation's details from the profile, as the letterhead prints them."""

    org_name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    place: str = ""


@dataclass(frozen=True)
class MediaContact:
    """Whom the media call about the release."""

    name: str
    position: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ReleaseFacts:
    """A release in one language, ready to print."""

    kind: str
    number: str
    date: dt.date
    title: str
    lead: str = ""
    body: str = ""
    quotes: Sequence[Quote] = ()
    embargo_at: dt.datetime | None = None
    links: Sequence[str] = ()
    attachments: Sequence[str] = ()
    contact: MediaContact | None = None


def _paragraphs(text: str) -> list[str]:
    """Split a text into paragraphs at blank lines; single line breaks join with a space."""
    chunks = [" ".join(chunk.split()) for chunk in text.replace("\r", "").split("\n\n")]
    return [chunk for chunk in chunks if chunk]


def _when(moment: dt.datetime, lang: Lang) -> str:
    return word("at_time", lang).format(
        date=format_date_long(moment.date(), lang), time=f"{moment:%H:%M}"
    )


def build_release(
    facts: ReleaseFacts,
    letterhead: Letterhead,
    *,
    lang: Lang,
    generated_at: dt.datetime | None = None,
) -> dm.Document:
    """Return the release on the letterhead: embargo, lead, text, quotes, links, contacts."""
    blocks: list[dm.Block] = []
    details = [letterhead.address, letterhead.phone, letterhead.email, letterhead.website]
    details = [d for d in details if d]
    if details:
        blocks.append(dm.Paragraph(" · ".join(details), align="center"))
        blocks.append(dm.Spacer(3))
    if facts.embargo_at is not None:
        blocks.append(
            dm.Paragraph(
                word("embargo", lang).format(when=_when(facts.embargo_at, lang)), bold=True
            )
        )
    if facts.lead:
        blocks.extend(dm.Paragraph(p, bold=True, align="justify") for p in _paragraphs(facts.lead))
    blocks.extend(dm.Paragraph(p, align="justify") for p in _paragraphs(facts.body))
    for quote in facts.quotes:
        for part in _paragraphs(quote.text):
            blocks.append(dm.Paragraph(f"«{part}»", italic=True, align="justify"))
        who = name_with_position(quote.speaker, quote.position)
        if who:
            blocks.append(dm.Paragraph(f"— {who}", align="right"))
    if facts.links:
        blocks.append(dm.Heading(word("links", lang), level=2))
        blocks.append(dm.BulletList(list(facts.links), official=False))
    if facts.attachments:
        blocks.append(dm.Heading(word("attachments", lang), level=2))
        blocks.append(dm.BulletList(list(facts.attachments), official=False))
    contact = facts.contact
    if contact is not None and (contact.name or contact.phone or contact.email):
        blocks.append(dm.Heading(word("media_contact", lang), level=2))
        pairs = [
            (word("contact", lang), name_with_position(contact.name, contact.position)),
            (word("phone", lang), contact.phone),
            (word("email", lang), contact.email),
        ]
        blocks.append(dm.KeyValue([(k, v) for k, v in pairs if v]))
    return dm.Document(
        lang=lang,
        title=kind_label(facts.kind, lang),
        subtitle=facts.title,
        org_name=letterhead.org_name,
        blocks=blocks,
        number=facts.number,
        place=letterhead.place or None,
        date=facts.date,
        author=letterhead.org_name or None,
        subject=facts.title,
        generated_at=generated_at,
    )


@dataclass(frozen=True)
class Approver:
    """One row of the approval sheet: the stage, who, the position and the date if signed."""

    stage: str
    name: str
    position: str
    date: dt.date | None = None
    remarks: str = ""


def approvers_of(
    *,
    lang: Lang,
    preparer: tuple[str, str],
    head: tuple[str, str],
    prepared_on: dt.date | None,
    approved_on: dt.date | None,
    returns: Sequence[tuple[dt.date, str]] = (),
) -> list[Approver]:
    """Return the sheet's rows: who prepared the text and the head who agrees it."""
    remarks = "; ".join(
        word("returned_with", lang).format(date=f"{day:%d.%m.%Y}", comment=comment)
        for day, comment in returns
    )
    return [
        Approver(word("prepared", lang), preparer[0], preparer[1], prepared_on),
        Approver(word("agreed", lang), head[0], head[1], approved_on, remarks),
    ]


def build_approval_sheet(
    facts: ReleaseFacts,
    approvers: Sequence[Approver],
    *,
    org_name: str,
    version: int,
    lang: Lang,
    generated_at: dt.datetime | None = None,
) -> dm.Document:
    """Return the approval sheet (макулдашуу барагы / лист согласования) of a release."""
    # Portrait A4 holds 165 mm of table: the minimums keep every header word whole.
    columns = [
        dm.Column(word("stage", lang), 1.0, min_width_mm=27),
        dm.Column(word("position", lang), 2.0, min_width_mm=30),
        dm.Column(word("name", lang), 1.6, min_width_mm=30),
        dm.Column(word("date", lang), 1.0, align="center", min_width_mm=20),
        dm.Column(word("sign", lang), 1.0, min_width_mm=25),
        dm.Column(word("remarks", lang), 1.6, min_width_mm=30),
    ]
    rows = [
        [
            a.stage,
            a.position,
            a.name,
            a.date.strftime("%d.%m.%Y") if a.date else "",
            _SIGN,
            a.remarks,
        ]
        for a in approvers
    ]
    facts_block = dm.KeyValue(
        [
            (word("document", lang), f"{kind_label(facts.kind, lang)} «{facts.title}»"),
            (word("number", lang), facts.number),
            (word("version", lang), str(version)),
        ]
    )
    return dm.Document(
        lang=lang,
        title=word("sheet_title", lang),
        org_name=org_name,
        blocks=[
            facts_block,
            dm.Spacer(4),
            dm.Table(columns, rows, min_row_height_mm=14),
        ],
        author=org_name or None,
        subject=facts.title,
        generated_at=generated_at,
    )
