"""Build the printed content plan (медиа-план) of a period or a campaign for approval."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang, format_date_short

_WORDS: dict[str, dict[Lang, str]] = {
    "title": {"ky": "Басма сөз кызматынын медиа-планы", "ru": "Медиаплан пресс-службы"},
    "campaign_title": {"ky": "Маалымат өнөктүгүнүн медиа-планы", "ru": "Медиаплан кампании"},
    "date": {"ky": "Күнү", "ru": "Дата"},
    "time": {"ky": "Убакыт", "ru": "Время"},
    "format": {"ky": "Формат", "ru": "Формат"},
    "topic": {"ky": "Тема, маалыматтык себеп", "ru": "Тема, информационный повод"},
    "channels": {"ky": "Каналдар, ЖМК", "ru": "Каналы, СМИ"},
    "language": {"ky": "Тили", "ru": "Язык"},
    "responsible": {"ky": "Жооптуу", "ru": "Ответственный"},
    "status": {"ky": "Абалы", "ru": "Статус"},
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
    "total": {"ky": "Бардыгы материал", "ru": "Всего материалов"},
    "approved_by": {"ky": "Макулдашкан", "ru": "Согласовал"},
}


def word(key: str, lang: Lang) -> str:
    """Return a fixed word of the plan document in ``lang``."""
    return _WORDS[key][lang]


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


def _date_cell(line: PlanLine, lang: Lang) -> str:
    cell = f"{format_date_short(line.date)}\n{line.weekday}"
    if line.holiday:
        cell += f"\n({word('holiday', lang)}: {line.holiday})"
    return cell


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


def build_plan_document(
    lines: Sequence[PlanLine],
    *,
    lang: Lang,
    period_label: str,
    org_name: str = "",
    signers: PlanSigners | None = None,
    campaign: CampaignHeader | None = None,
    generated_at: datetime.datetime | None = None,
) -> dm.Document:
    """Return the landscape plan with the head's approval and the secretary's signature."""
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
    if lines:
        blocks.append(plan_table(lines, lang))
        blocks.append(dm.Paragraph(f"{word('total', lang)}: {len(lines)}", italic=True))
    else:
        blocks.append(dm.Paragraph(word("empty", lang), italic=True))
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
