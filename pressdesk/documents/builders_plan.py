"""Build the printed content plan (контент-план) of a period or a campaign for approval."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang, format_date_long, format_date_short, month_name
from pressdesk.documents.phrases import format_date_range, ky_dative, ru_day_month

# The plan is called «контент-план» in both languages, in every title and text, as the
# program's section is named.
_WORDS: dict[str, dict[Lang, str]] = {
    "title": {"ky": "Басма сөз кызматынын контент-планы", "ru": "Контент-план пресс-службы"},
    "campaign_title": {
        "ky": "Маалымат өнөктүгүнүн контент-планы",
        "ru": "Контент-план информационной кампании",
    },
    "date": {"ky": "Күнү", "ru": "Дата"},
    "time": {"ky": "Убакыт", "ru": "Время"},
    "format": {"ky": "Формат", "ru": "Формат"},
    "topic": {"ky": "Тема, маалыматтык себеп", "ru": "Тема, информационный повод"},
    "channels": {"ky": "Каналдар, ЖМК", "ru": "Каналы, СМИ"},
    "language": {"ky": "Тили", "ru": "Язык"},
    "responsible": {"ky": "Жооптуу", "ru": "Ответственный"},
    "status": {"ky": "Макулдашуу абалы", "ru": "Статус согласования"},
    "empty": {
        "ky": "Бул мезгилге пландалган материалдар жок.",
        "ru": "На этот период материалы не запланированы.",
    },
    "campaign": {"ky": "Өнөктүк", "ru": "Кампания"},
    "period": {"ky": "Мөөнөтү", "ru": "Сроки"},
    "goal": {"ky": "Максаты", "ru": "Цель"},
    "audiences": {"ky": "Максаттуу аудитория", "ru": "Целевая аудитория"},
    "key_messages": {"ky": "Негизги билдирүүлөр", "ru": "Ключевые сообщения"},
    "holiday": {"ky": "майрам", "ru": "праздник"},
    "audience": {"ky": "Аудитория", "ru": "Аудитория"},
    "outlets": {"ky": "ЖМК", "ru": "СМИ"},
    "total": {"ky": "Материалдардын саны", "ru": "Всего материалов"},
    "approved_by": {"ky": "Макулдашкан", "ru": "Согласовал"},
    "events_section": {"ky": "Иш-чаралар", "ru": "Мероприятия"},
    "materials_section": {"ky": "Маалыматтык материалдар", "ru": "Информационные материалы"},
    "no_events": {
        "ky": "Бул мезгилге иш-чаралар пландалган эмес.",
        "ru": "На этот период мероприятия не запланированы.",
    },
    "event_kind": {"ky": "Иш-чаранын түрү", "ru": "Вид мероприятия"},
    "event_title": {"ky": "Аталышы, темасы", "ru": "Наименование, тема"},
    "place": {"ky": "Өтүүчү жери", "ru": "Место проведения"},
    "speakers": {"ky": "Катышуучу жетекчилер, спикерлер", "ru": "Участвуют, выступают"},
    "protocol": {"ky": "протоколдук, ЖМКга жабык", "ru": "протокольное, закрыто для СМИ"},
    "events_total": {"ky": "Иш-чаралардын саны", "ru": "Всего мероприятий"},
    "approved_only_note": {
        "ky": "Макулдашылган материалдар гана көрсөтүлдү.",
        "ru": "Показаны только согласованные материалы.",
    },
    "draft_note": {
        "ky": "Идеялар жана кайра иштетүүгө кайтарылган материалдар да көрсөтүлдү.",
        "ru": "Включены также идеи и материалы, возвращённые на доработку.",
    },
}


def word(key: str, lang: Lang) -> str:
    """Return a fixed word of the plan document in ``lang``."""
    return _WORDS[key][lang]


# --- dates in headings ------------------------------------------------------------------------

_ROMAN = ("I", "II", "III", "IV")


def period_heading(kind: str, start: datetime.date, end: datetime.date, lang: Lang) -> str:
    """Return the line under the plan's title naming the period it is for: ky «2026-жылдын
    декабрь айына», ru «на декабрь 2026 г.»; a week or any span of days by its dates."""
    year = start.year
    if kind == "month":
        if lang == "ky":
            return f"{year}-жылдын {month_name(start.month, lang)} айына"
        return f"на {month_name(start.month, lang)} {year} г."
    if kind == "decade":
        n = min((start.day - 1) // 10 + 1, 3)
        if lang == "ky":
            return f"{year}-жылдын {month_name(start.month, lang)} айынын {n}-декадасына"
        genitive = ru_day_month(start).split(" ", 1)[1]
        return f"на {n}-ю декаду {genitive} {year} г."
    if kind == "quarter":
        n = (start.month - 1) // 3 + 1
        if lang == "ky":
            return f"{year}-жылдын {n}-чейрегине"
        return f"на {_ROMAN[n - 1]} квартал {year} г."
    if kind == "year":
        return f"{year}-жылга" if lang == "ky" else f"на {year} год"
    if start == end:
        long = format_date_long(start, lang)
        return ky_dative(long) if lang == "ky" else f"на {long}"
    span = format_date_range(start, end, lang)
    if lang == "ky":
        return f"{span.removesuffix(' чейин')} чейинки мезгилге"
    return f"на период {span}"


# --- lines --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanLine:
    """One row of the printed plan; every text is already in the document's language."""

    date: datetime.date
    weekday: str
    time: str
    format: str
    title: str
    topic: str = ""
    audience: str = ""
    channels: Sequence[str] = ()
    outlets: Sequence[str] = ()
    language: str = ""
    responsible: str = ""
    status: str = ""
    holiday: str = ""


@dataclass(frozen=True)
class PlanEvent:
    """One event of the period; ``kind`` is already in the document's language."""

    starts_at: datetime.datetime
    ends_at: datetime.datetime
    weekday: str
    kind: str
    title: str
    topic: str = ""
    place: str = ""
    speakers: Sequence[str] = ()
    protocol: bool = False
    holiday: str = ""


@dataclass(frozen=True)
class CampaignHeader:
    """The campaign facts printed above its plan."""

    name: str
    period: str
    goal: str = ""
    audiences: str = ""
    key_messages: Sequence[str] = ()


@dataclass(frozen=True)
class PlanSigners:
    """Who approves the plan (the head) and who signs it (the press secretary)."""

    head_title: str = ""
    head_name: str = ""
    secretary_title: str = ""
    secretary_name: str = ""


def _holiday(text: str, lang: Lang) -> str:
    return f"\n({word('holiday', lang)}: {text})" if text else ""


def _date_cell(line: PlanLine, lang: Lang) -> str:
    return f"{format_date_short(line.date)}\n{line.weekday}{_holiday(line.holiday, lang)}"


def _topic_cell(line: PlanLine, lang: Lang) -> str:
    parts = [line.title]
    if line.topic and line.topic != line.title:
        parts.append(line.topic)
    if line.audience:
        parts.append(f"{word('audience', lang)}: {line.audience}")
    return "\n".join(parts)


def _channels_cell(line: PlanLine, lang: Lang) -> str:
    text = ", ".join(line.channels)
    if line.outlets:
        outlets = f"{word('outlets', lang)}: {', '.join(line.outlets)}"
        text = f"{text}\n{outlets}" if text else outlets
    return text


def plan_table(lines: Sequence[PlanLine], lang: Lang) -> dm.Table:
    """Return the plan table: date, time, format, topic, channels, language, person, status."""
    # Widths let the longest single words (понедельник, Информагентство, Ответственный,
    # Макулдашылды) fit unbroken; the topic column wraps between words.
    columns = [
        dm.Column(word("date", lang), 1.65),
        dm.Column(word("time", lang), 1.05, "center"),
        dm.Column(word("format", lang), 2.2),
        dm.Column(word("topic", lang), 2.35),
        dm.Column(word("channels", lang), 2.2),
        dm.Column(word("language", lang), 0.85),
        dm.Column(word("responsible", lang), 2.0),
        dm.Column(word("status", lang), 1.9),
    ]
    rows = [
        [
            _date_cell(line, lang),
            line.time,
            line.format,
            _topic_cell(line, lang),
            _channels_cell(line, lang),
            line.language,
            line.responsible,
            line.status,
        ]
        for line in lines
    ]
    return dm.Table(columns=columns, rows=rows, numbered=True)


def _event_date_cell(event: PlanEvent, lang: Lang) -> str:
    first, last = event.starts_at.date(), event.ends_at.date()
    if first == last:
        return f"{format_date_short(first)}\n{event.weekday}{_holiday(event.holiday, lang)}"
    return f"{format_date_short(first)} –\n{format_date_short(last)}"


def _event_time_cell(event: PlanEvent) -> str:
    if event.starts_at == event.ends_at:
        return f"{event.starts_at:%H:%M}"
    return f"{event.starts_at:%H:%M}–{event.ends_at:%H:%M}"


def _event_title_cell(event: PlanEvent, lang: Lang) -> str:
    parts = [event.title]
    if event.topic and event.topic != event.title:
        parts.append(event.topic)
    if event.protocol:
        parts.append(f"({word('protocol', lang)})")
    return "\n".join(parts)


def events_table(events: Sequence[PlanEvent], lang: Lang) -> dm.Table:
    """Return the table of the period's events: date, time, kind, title, place, speakers."""
    columns = [
        dm.Column(word("date", lang), 1.65),
        dm.Column(word("time", lang), 1.05, "center"),
        dm.Column(word("event_kind", lang), 2.0),
        dm.Column(word("event_title", lang), 3.4),
        dm.Column(word("place", lang), 2.4),
        dm.Column(word("speakers", lang), 3.0),
    ]
    rows = [
        [
            _event_date_cell(event, lang),
            _event_time_cell(event),
            event.kind,
            _event_title_cell(event, lang),
            event.place,
            "\n".join(event.speakers),
        ]
        for event in events
    ]
    return dm.Table(columns=columns, rows=rows, numbered=True)


def build_plan_document(
    lines: Sequence[PlanLine],
    *,
    lang: Lang,
    period_label: str,
    org_name: str = "",
    signers: PlanSigners | None = None,
    campaign: CampaignHeader | None = None,
    events: Sequence[PlanEvent] | None = None,
    with_drafts: bool = False,
    approved_only: bool = False,
    generated_at: datetime.datetime | None = None,
) -> dm.Document:
    """Return the landscape plan with the head's approval and the secretary's signature.

    ``events`` given (even empty) puts the period's events in a section of their own before
    the materials; None leaves both out of sections, as a plan of materials only.
    ``with_drafts`` says in a note that ideas and returned items are included,
    ``approved_only`` that only approved ones are.
    """
    signers = signers or PlanSigners()
    blocks: list[dm.Block] = []
    if campaign is not None:
        facts = [(word("campaign", lang), campaign.name), (word("period", lang), campaign.period)]
        if campaign.goal:
            facts.append((word("goal", lang), campaign.goal))
        if campaign.audiences:
            facts.append((word("audiences", lang), campaign.audiences))
        blocks.append(dm.KeyValue(facts))
        if campaign.key_messages:
            blocks.append(dm.Paragraph(word("key_messages", lang) + ":", bold=True))
            blocks.append(dm.BulletList(list(campaign.key_messages)))
        blocks.append(dm.Spacer(3))
    materials: list[dm.Block] = []
    if lines:
        materials.append(plan_table(lines, lang))
        materials.append(dm.Paragraph(f"{word('total', lang)}: {len(lines)}.", italic=True))
    else:
        materials.append(dm.Paragraph(word("empty", lang), italic=True))
    if approved_only:
        materials.append(dm.Paragraph(word("approved_only_note", lang), italic=True))
    elif with_drafts:
        materials.append(dm.Paragraph(word("draft_note", lang), italic=True))
    if events is None:
        blocks += materials
    else:
        happenings: list[dm.Block] = []
        if events:
            happenings.append(events_table(events, lang))
            happenings.append(
                dm.Paragraph(f"{word('events_total', lang)}: {len(events)}.", italic=True)
            )
        else:
            happenings.append(dm.Paragraph(word("no_events", lang), italic=True))
        blocks.append(dm.Section(word("events_section", lang), happenings))
        blocks.append(dm.Section(word("materials_section", lang), materials))
    approval = (
        dm.Approval(title=signers.head_title, name=signers.head_name)
        if signers.head_name or signers.head_title
        else None
    )
    signatures = (
        [dm.Signature(role=signers.secretary_title, name=signers.secretary_name)]
        if signers.secretary_name or signers.secretary_title
        else []
    )
    return dm.Document(
        lang=lang,
        title=word("campaign_title" if campaign else "title", lang),
        subtitle=period_label,
        org_name=org_name,
        blocks=blocks,
        approval=approval,
        signatures=signatures,
        landscape=True,
        author=signers.secretary_name or None,
        subject=period_label,
        generated_at=generated_at,
    )
