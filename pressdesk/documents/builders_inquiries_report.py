"""Build the report on media inquiries for a period: the indicators the media rate (time to
answer, answers on time and in full, refusals with grounds, interviews with the head granted)
and the inquiries by kind, channel and outlet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang

# Every fixed word of the report, so a native speaker can check both languages in one place.
_WORDS: dict[str, dict[Lang, str]] = {
    "title": {"ky": "ЖМКнын суроо-талаптары боюнча отчет", "ru": "Отчёт о работе с запросами СМИ"},
    "main": {"ky": "Негизги көрсөткүчтөр", "ru": "Основные показатели"},
    "by_kind": {"ky": "Суроо-талаптардын түрлөрү боюнча", "ru": "По видам запросов"},
    "by_channel": {"ky": "Келип түшүү жолдору боюнча", "ru": "По способам поступления"},
    "by_ownership": {"ky": "ЖМКнын менчик түрү боюнча", "ru": "По форме собственности СМИ"},
    "by_outlet": {"ky": "ЖМК боюнча", "ru": "По СМИ"},
    "refusals": {"ky": "Баш тартуулар жана алардын негиздери", "ru": "Отказы и их основания"},
    "no_refusals": {"ky": "Баш тартуулар болгон жок.", "ru": "Отказов не было."},
    "empty": {
        "ky": "Мезгил ичинде суроо-талаптар келип түшкөн жок.",
        "ru": "За период запросы не поступали.",
    },
    "c.name": {"ky": "Аталышы", "ru": "Наименование"},
    "c.count": {"ky": "Саны", "ru": "Количество"},
    "c.share": {"ky": "Үлүшү", "ru": "Доля"},
    "c.value": {"ky": "Маани", "ru": "Значение"},
    "c.indicator": {"ky": "Көрсөткүч", "ru": "Показатель"},
    "c.outlet": {"ky": "ЖМК", "ru": "СМИ"},
    "c.ownership": {"ky": "Менчик түрү", "ru": "Форма собственности"},
    "c.date": {"ky": "Күнү", "ru": "Дата"},
    "c.question": {"ky": "Суроо", "ru": "Вопрос"},
    "c.ground": {"ky": "Негизи", "ru": "Основание"},
    "i.total": {"ky": "Бардык суроо-талаптар", "ru": "Всего запросов"},
    "i.answered": {"ky": "Жооп берилди", "ru": "Дан ответ"},
    "i.open": {"ky": "Жооп күтүүдө", "ru": "Ожидают ответа"},
    "i.overdue": {"ky": "Мөөнөтү өтүп кеткендер", "ru": "Просрочено"},
    "i.median": {
        "ky": "Жооп берүүнүн медианалык убактысы, саат",
        "ru": "Медианное время ответа, ч",
    },
    "i.on_time": {
        "ky": "Өз убагында берилген жооптордун үлүшү",
        "ru": "Доля ответов, данных в срок",
    },
    "i.full": {"ky": "Толук берилген жооптордун үлүшү", "ru": "Доля полных ответов"},
    "i.partly": {"ky": "Жарым-жартылай жооп берилди", "ru": "Дан частичный ответ"},
    "i.refused": {"ky": "Баш тартылды", "ru": "Отказано"},
    "i.redirected": {"ky": "Башка органга жөнөтүлдү", "ru": "Перенаправлено"},
    "i.interviews": {
        "ky": "Жетекчи менен маекке суроо-талаптар",
        "ru": "Запросы на интервью с руководителем",
    },
    "i.granted": {"ky": "Алардын ичинен макулдук берилди", "ru": "Из них удовлетворено"},
    "s.kind": {"ky": "Түрлөрү", "ru": "По видам"},
    "s.channel": {"ky": "Келүү жолдору", "ru": "По способам поступления"},
    "s.ownership": {"ky": "Менчик түрү", "ru": "По форме собственности"},
    "s.outlet": {"ky": "ЖМК", "ru": "СМИ"},
    "s.refusals": {"ky": "Баш тартуулар", "ru": "Отказы"},
    "kind.comment": {"ky": "Комментарий", "ru": "Комментарий"},
    "kind.interview": {"ky": "Жетекчи менен маек", "ru": "Интервью с руководителем"},
    "kind.data": {"ky": "Маалымат же статистика", "ru": "Данные или статистика"},
    "kind.filming": {"ky": "Тасмага тартууга уруксат", "ru": "Разрешение на съёмку"},
    "kind.accreditation": {"ky": "Аккредитация", "ru": "Аккредитация"},
    "kind.written_request": {"ky": "Жазуу жүзүндөгү суроо-талап", "ru": "Письменный запрос"},
    "channel.phone": {"ky": "Телефон", "ru": "Телефон"},
    "channel.email": {"ky": "Электрондук почта", "ru": "Электронная почта"},
    "channel.telegram": {"ky": "Telegram", "ru": "Telegram"},
    "channel.whatsapp": {"ky": "WhatsApp", "ru": "WhatsApp"},
    "channel.in_person": {"ky": "Жеке кайрылуу", "ru": "Личное обращение"},
    "channel.letter": {"ky": "Кат", "ru": "Письмо"},
    "channel.written": {"ky": "Жазуу жүзүндөгү суроо-талап", "ru": "Письменный запрос"},
    "own.state": {"ky": "Мамлекеттик", "ru": "Государственные"},
    "own.private": {"ky": "Жеке", "ru": "Частные"},
    "own.": {"ky": "Көрсөтүлгөн эмес", "ru": "Не указано"},
}


def word(key: str, lang: Lang) -> str:
    """Return the fixed word ``key`` in ``lang``."""
    return _WORDS[key][lang]


@dataclass(frozen=True)
class Refusal:
    """A refused inquiry as the report lists it."""

    day: dt.date
    outlet: str
    question: str
    ground: str


@dataclass(frozen=True)
class InquiryStats:
    """The indicators of a period; shares are 0…1, None when nothing was answered."""

    total: int = 0
    answered: int = 0
    open: int = 0
    overdue: int = 0
    median_hours: float | None = None
    on_time: float | None = None
    full: float | None = None
    outcomes: dict[str, int] = field(default_factory=dict)
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    by_channel: list[tuple[str, int]] = field(default_factory=list)
    by_ownership: list[tuple[str, int]] = field(default_factory=list)
    by_outlet: list[tuple[str, str, int]] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    interviews: int = 0
    interviews_granted: int = 0


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def indicator_values(stats: InquiryStats) -> list[tuple[str, float | int | None]]:
    """Return the main indicators as (key, number): counts, hours, shares 0…1 (None if none)."""
    return [
        ("i.total", stats.total),
        ("i.answered", stats.answered),
        ("i.open", stats.open),
        ("i.overdue", stats.overdue),
        ("i.median", None if stats.median_hours is None else round(stats.median_hours, 1)),
        ("i.on_time", stats.on_time),
        ("i.full", stats.full),
        ("i.partly", stats.outcomes.get("partly", 0)),
        ("i.refused", stats.outcomes.get("refused", 0)),
        ("i.redirected", stats.outcomes.get("redirected", 0)),
        ("i.interviews", stats.interviews),
        ("i.granted", stats.interviews_granted),
    ]


def indicator_rows(stats: InquiryStats, lang: Lang) -> list[tuple[str, str]]:
    """Return the main indicators as (name, value) printed in ``lang``."""
    rows = []
    for key, value in indicator_values(stats):
        if key in ("i.on_time", "i.full"):
            text = _share(value)
        elif key == "i.median":
            text = "—" if value is None else f"{value:.1f}".replace(".", ",")
        else:
            text = str(value)
        rows.append((word(key, lang), text))
    return rows


def _counts(counts: Sequence[tuple[str, int]], prefix: str, total: int, lang: Lang) -> dm.Table:
    columns = [
        dm.Column(word("c.name", lang), 3.0),
        dm.Column(word("c.count", lang), 1.0, align="right"),
        dm.Column(word("c.share", lang), 1.0, align="right"),
    ]
    rows = [
        [word(f"{prefix}.{code}", lang), str(n), _share(n / total if total else None)]
        for code, n in counts
    ]
    return dm.Table(columns, rows, numbered=True)


def build_inquiry_report(
    stats: InquiryStats,
    *,
    lang: Lang,
    period_label: str,
    org_name: str = "",
    signer: tuple[str, str] = ("", ""),
    generated_at: dt.datetime | None = None,
) -> dm.Document:
    """Return the report: indicators, tables by kind, channel, ownership and outlet, refusals."""
    blocks: list[dm.Block] = []
    if not stats.total:
        blocks.append(dm.Paragraph(word("empty", lang), italic=True))
    else:
        blocks.append(dm.Section(word("main", lang), [dm.KeyValue(indicator_rows(stats, lang))]))
        for title, counts, prefix in (
            ("by_kind", stats.by_kind, "kind"),
            ("by_channel", stats.by_channel, "channel"),
            ("by_ownership", stats.by_ownership, "own"),
        ):
            blocks.append(
                dm.Section(word(title, lang), [_counts(counts, prefix, stats.total, lang)])
            )
        outlets = dm.Table(
            [
                dm.Column(word("c.outlet", lang), 3.0),
                dm.Column(word("c.ownership", lang), 1.4),
                dm.Column(word("c.count", lang), 1.0, align="right"),
            ],
            [[name, word(f"own.{own}", lang), str(n)] for name, own, n in stats.by_outlet],
            numbered=True,
        )
        blocks.append(dm.Section(word("by_outlet", lang), [outlets]))
        refusals: list[dm.Block]
        if stats.refusals:
            refusals = [
                dm.Table(
                    [
                        dm.Column(word("c.date", lang), 1.0, min_width_mm=20),
                        dm.Column(word("c.outlet", lang), 1.4),
                        dm.Column(word("c.question", lang), 3.0),
                        dm.Column(word("c.ground", lang), 3.0),
                    ],
                    [[f"{r.day:%d.%m.%Y}", r.outlet, r.question, r.ground] for r in stats.refusals],
                    numbered=True,
                )
            ]
        else:
            refusals = [dm.Paragraph(word("no_refusals", lang), italic=True)]
        blocks.append(dm.Section(word("refusals", lang), refusals))
    title, name = signer
    return dm.Document(
        lang=lang,
        title=word("title", lang),
        subtitle=period_label,
        org_name=org_name,
        blocks=blocks,
        signatures=[dm.Signature(role=title, name=name)] if title or name else [],
        author=name or None,
        subject=period_label,
        generated_at=generated_at,
    )
