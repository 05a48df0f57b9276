"""Build the request note to a structural unit (кызматтык кат / служебная записка) asking for
the material of the answer to a media inquiry by a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang, format_date_long
from pressdesk.documents.phrases import ky_dative

# Every fixed word of the request note, so a native speaker can check both languages in one
# place.
_WORDS: dict[str, dict[Lang, str]] = {
    "title": {"ky": "Кызматтык кат", "ru": "Служебная записка"},
    "to": {"ky": "Кимге", "ru": "Кому"},
    "from": {"ky": "Кимден", "ru": "От кого"},
    "subject": {
        "ky": "ЖМКнын суроо-талабына жооп даярдоо үчүн материал берүү жөнүндө",
        "ru": "О представлении материала для ответа на запрос СМИ",
    },
    "received": {
        "ky": "{date} басма сөз кызматына {channel} ЖМКнын суроо-талабы келип түштү.",
        "ru": "{date} в пресс-службу {channel} поступил запрос СМИ.",
    },
    "author": {"ky": "Суроо-талаптын автору: {who}.", "ru": "Автор запроса: {who}."},
    "at": {"ky": "{date} (саат {time})", "ru": "{date} в {time}"},
    "question": {"ky": "Суроо", "ru": "Вопрос"},
    "written": {
        "ky": "Суроо-талап «Маалыматка жетүү жөнүндө» Мыйзамга ылайык жазуу жүзүндө берилген "
        "(кирүүчү № {number}); жооптун мыйзамдагы мөөнөтү — {legal}.",
        "ru": "Запрос подан в письменной форме в соответствии с Законом «О доступе к "
        "информации» (вх. № {number}); установленный законом срок ответа — {legal}.",
    },
    "journalist_due": {
        "ky": "Журналист жоопту {due} чейин күтөт.",
        "ru": "Журналист ожидает ответ до {due}.",
    },
    "ask": {
        "ky": "Жоопту даярдоо үчүн керектүү материалды {due} чейин басма сөз кызматына "
        "берүүңүздү суранам.",
        "ru": "Прошу представить в пресс-службу материал для подготовки ответа в срок до {due}.",
    },
    "contact": {
        "ky": "Суроолор боюнча байланыш: {contact}.",
        "ru": "По вопросам обращаться: {contact}.",
    },
    "channel.phone": {"ky": "телефон аркылуу", "ru": "по телефону"},
    "channel.email": {"ky": "электрондук почта аркылуу", "ru": "по электронной почте"},
    "channel.telegram": {"ky": "Telegram аркылуу", "ru": "через Telegram"},
    "channel.whatsapp": {"ky": "WhatsApp аркылуу", "ru": "через WhatsApp"},
    "channel.in_person": {"ky": "жеке кайрылуу менен", "ru": "при личном обращении"},
    "channel.letter": {"ky": "кат аркылуу", "ru": "письмом"},
    "channel.written": {"ky": "жазуу жүзүндө", "ru": "в письменной форме"},
}


def word(key: str, lang: Lang) -> str:
    """Return the fixed word ``key`` in ``lang``."""
    return _WORDS[key][lang]


@dataclass(frozen=True)
class NoteFacts:
    """A request note in one language, ready to print."""

    number: str
    date: dt.date
    unit: str
    received_at: dt.datetime
    channel: str
    sender: str
    outlet: str
    question: str
    due: dt.date
    incoming_number: str = ""
    legal_due: dt.date | None = None
    journalist_due: dt.date | None = None
    contact: str = ""


@dataclass(frozen=True)
class NoteSigner:
    """Who signs the note (the press secretary by default) and the organisation."""

    org_name: str
    title: str = ""
    name: str = ""
    place: str = ""


def _until(day: dt.date, lang: Lang) -> str:
    text = format_date_long(day, lang)
    return ky_dative(text) if lang == "ky" else text


def _sentence(text: str) -> str:
    """Drop the second full stop where a sentence ends in an abbreviation («2026 г.»)."""
    return text.replace("г..", "г.").replace("ж..", "ж.")


def _paragraphs(text: str) -> list[str]:
    chunks = [" ".join(chunk.split()) for chunk in text.replace("\r", "").split("\n\n")]
    return [chunk for chunk in chunks if chunk]


def build_request_note(
    facts: NoteFacts, signer: NoteSigner, *, lang: Lang, generated_at: dt.datetime | None = None
) -> dm.Document:
    """Return the note: addressee, subject, the inquiry quoted, the date asked, the signature."""
    blocks: list[dm.Block] = [
        dm.KeyValue(
            [
                (word("to", lang), facts.unit),
                (word("from", lang), ", ".join(p for p in (signer.title, signer.name) if p)),
            ]
        ),
        dm.Spacer(3),
        dm.Paragraph(word("subject", lang), bold=True),
        dm.Spacer(2),
    ]
    who = facts.sender or facts.outlet
    if facts.sender and facts.outlet:
        who = f"{facts.sender} ({facts.outlet})"
    day = format_date_long(facts.received_at.date(), lang)
    if lang == "ky":
        day += "нде" if day.endswith("и") else "нда"
    when = word("at", lang).format(date=day, time=f"{facts.received_at:%H:%M}")
    received = word("received", lang).format(
        date=when, channel=word(f"channel.{facts.channel}", lang)
    )
    if who:
        received += " " + word("author", lang).format(who=who)
    blocks.append(dm.Paragraph(_sentence(received), align="justify"))
    blocks.append(dm.Paragraph(word("question", lang) + ":", bold=True))
    blocks.extend(
        dm.Paragraph(f"«{p}»", italic=True, align="justify") for p in _paragraphs(facts.question)
    )
    if facts.incoming_number and facts.legal_due is not None:
        blocks.append(
            dm.Paragraph(
                _sentence(
                    word("written", lang).format(
                        number=facts.incoming_number,
                        legal=format_date_long(facts.legal_due, lang),
                    )
                ),
                align="justify",
            )
        )
    if facts.journalist_due is not None:
        blocks.append(
            dm.Paragraph(
                _sentence(
                    word("journalist_due", lang).format(due=_until(facts.journalist_due, lang))
                ),
                align="justify",
            )
        )
    blocks.append(
        dm.Paragraph(
            _sentence(word("ask", lang).format(due=_until(facts.due, lang))), align="justify"
        )
    )
    if facts.contact:
        blocks.append(
            dm.Paragraph(word("contact", lang).format(contact=facts.contact), align="justify")
        )
    signatures = (
        [dm.Signature(role=signer.title, name=signer.name)] if signer.name or signer.title else []
    )
    return dm.Document(
        lang=lang,
        title=word("title", lang),
        org_name=signer.org_name,
        blocks=blocks,
        signatures=signatures,
        number=facts.number,
        place=signer.place or None,
        date=facts.date,
        author=signer.name or None,
        subject=word("subject", lang),
        generated_at=generated_at,
    )
