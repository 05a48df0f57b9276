"""Build the event documents: the card with its checklist, the media advisory, the sign-in sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang, format_date_long, format_date_short
from pressdesk.documents.phrases import format_date_range, name_with_position

# Every fixed word of the event documents and of the event vocabulary (kinds, phases, states),
# so a native speaker can check both languages in one place.
_WORDS: dict[str, dict[Lang, str]] = {
    "kind.press_conference": {"ky": "Пресс-конференция", "ru": "Пресс-конференция"},
    "kind.briefing": {"ky": "Брифинг", "ru": "Брифинг"},
    "kind.presentation": {"ky": "Презентация", "ru": "Презентация"},
    "kind.interview": {"ky": "Маек", "ru": "Интервью"},
    "kind.press_tea": {"ky": "Пресс-чай", "ru": "Пресс-чай"},
    "kind.press_tour": {"ky": "Пресс-тур", "ru": "Пресс-тур"},
    "kind.round_table": {"ky": "Тегерек стол", "ru": "Круглый стол"},
    "kind.business_trip": {"ky": "Жетекчинин иш сапары", "ru": "Рабочая поездка руководителя"},
    "kind.live_broadcast": {"ky": "Түз эфир", "ru": "Прямой эфир"},
    "kind.media_training": {"ky": "ЖМК үчүн тренинг", "ru": "Тренинг для СМИ"},
    "kind.reception_day": {"ky": "Кабыл алуу күнү", "ru": "День приёма граждан"},
    "kind.crisis": {"ky": "Кризистик кырдаал", "ru": "Кризисная ситуация"},
    "kind.internal": {"ky": "Ички иш-чара", "ru": "Внутреннее мероприятие"},
    "kind.other": {"ky": "Башка иш-чара", "ru": "Другое мероприятие"},
    "phase.before": {"ky": "Иш-чарага чейин", "ru": "До мероприятия"},
    "phase.during": {"ky": "Иш-чара учурунда", "ru": "Во время мероприятия"},
    "phase.after": {"ky": "Иш-чарадан кийин", "ru": "После мероприятия"},
    # Russian statuses name the state of the accreditation, not the person, so they read the
    # same for a man and a woman.
    "status.requested": {"ky": "Өтүнмө берилди", "ru": "Заявка подана"},
    "status.accredited": {"ky": "Аккредитацияланды", "ru": "Аккредитация подтверждена"},
    "status.refused": {"ky": "Аккредитациядан баш тартылды", "ru": "В аккредитации отказано"},
    "status.attended": {"ky": "Катышты", "ru": "Присутствие отмечено"},
    "state.done": {"ky": "Аткарылды", "ru": "Выполнено"},
    "state.open": {"ky": "Аткарыла элек", "ru": "Не выполнено"},
    "state.overdue": {"ky": "Мөөнөтү өттү", "ru": "Просрочено"},
    "card_title": {"ky": "Иш-чаранын карточкасы", "ru": "Карточка мероприятия"},
    "advisory_title": {"ky": "Пресс-анонс", "ru": "Пресс-анонс"},
    "sheet_title": {
        "ky": "ЖМК өкүлдөрүн каттоо барагы",
        "ru": "Лист регистрации представителей СМИ",
    },
    "kind": {"ky": "Иш-чаранын түрү", "ru": "Вид мероприятия"},
    "what": {"ky": "Эмне", "ru": "Что"},
    "when": {"ky": "Качан", "ru": "Когда"},
    "where": {"ky": "Кайда", "ru": "Где"},
    "time": {"ky": "Убактысы", "ru": "Время"},
    "place": {"ky": "Өтүүчү жери", "ru": "Место"},
    "organisers": {"ky": "Уюштуруучулар", "ru": "Организаторы"},
    "speakers": {"ky": "Спикерлер", "ru": "Спикеры"},
    "who_speaks": {"ky": "Сүйлөөчүлөр", "ru": "Выступают"},
    "topic": {"ky": "Темасы", "ru": "Тема"},
    "key_messages": {"ky": "Негизги билдирүүлөр", "ru": "Ключевые сообщения"},
    "protocol": {"ky": "Протоколдук (ЖМКга жабык)", "ru": "Протокольное (закрыто для СМИ)"},
    "yes": {"ky": "ооба", "ru": "да"},
    "no": {"ky": "жок", "ru": "нет"},
    "plan_items": {"ky": "Контент-пландагы материалдар", "ru": "Материалы контент-плана"},
    "notes": {"ky": "Эскертүүлөр", "ru": "Примечания"},
    "checklist": {
        "ky": "Иш-чараны даярдоо жана өткөрүү боюнча иштердин тизмеси",
        "ru": "Перечень работ по подготовке и проведению мероприятия",
    },
    "due": {"ky": "Мөөнөтү", "ru": "Срок"},
    "task": {"ky": "Иштин мазмуну", "ru": "Содержание работы"},
    "responsible": {"ky": "Жооптуу", "ru": "Ответственный"},
    "state": {"ky": "Абалы", "ru": "Состояние"},
    "progress": {"ky": "Аткарылган иштер", "ru": "Выполнено работ"},
    "progress_value": {"ky": "{done} (жалпы {total} иштен)", "ru": "{done} из {total}"},
    "overdue_count": {"ky": "Мөөнөтү өткөн иштер", "ru": "Просрочено работ"},
    "no_tasks": {"ky": "Иштердин тизмеси түзүлө элек.", "ru": "Перечень работ не составлен."},
    "from_to": {
        "ky": "(башталышы – {start}, аякташы – {end})",
        "ru": "(начало в {start}, окончание в {end})",
    },
    "invitation": {
        "ky": "ЖМК өкүлдөрүн иш-чарага катышууга чакырабыз.",
        "ru": "Приглашаем представителей СМИ принять участие в мероприятии.",
    },
    "accreditation_until": {"ky": "Аккредитациянын акыркы мөөнөтү", "ru": "Срок аккредитации"},
    "until": {"ky": "{date}", "ru": "до {date}"},
    "accreditation_contact": {
        "ky": "Аккредитация боюнча байланыш",
        "ru": "Контакт для аккредитации",
    },
    "phone": {"ky": "Телефон", "ru": "Телефон"},
    "email": {"ky": "Электрондук почта", "ru": "E-mail"},
    "name": {"ky": "Аты-жөнү", "ru": "Ф.И.О."},
    "outlet": {"ky": "ЖМК", "ru": "СМИ"},
    "contacts": {"ky": "Байланыштар", "ru": "Контакты"},
    "accreditation": {"ky": "Аккредитация", "ru": "Аккредитация"},
    "sign": {"ky": "Колу", "ru": "Подпись"},
    "total": {"ky": "Бардыгы", "ru": "Всего"},
    "secretary": {"ky": "Басма сөз катчысы", "ru": "Пресс-секретарь"},
}


def word(key: str, lang: Lang) -> str:
    """Return a fixed word of the event documents in ``lang``."""
    return _WORDS[key][lang]


def kind_label(kind: str, lang: Lang) -> str:
    """Return the name of an event kind in ``lang``."""
    return _WORDS.get(f"kind.{kind}", {}).get(lang, kind)


def phase_label(phase: str, lang: Lang) -> str:
    """Return the name of a checklist phase (before, during, after) in ``lang``."""
    return _WORDS.get(f"phase.{phase}", {}).get(lang, phase)


def status_label(status: str, lang: Lang) -> str:
    """Return the name of an accreditation status in ``lang``."""
    return _WORDS.get(f"status.{status}", {}).get(lang, status)


def state_label(state: str, lang: Lang) -> str:
    """Return the name of a task state (done, open, overdue) in ``lang``."""
    return _WORDS.get(f"state.{state}", {}).get(lang, state)


def kind_and_title(kind: str, title: str, lang: Lang) -> str:
    """Return «Брифинг: title»; a title that already names the kind («Пресс-конференция: …»)
    is not prefixed again, and without a title the kind stands alone."""
    name = kind_label(kind, lang)
    if not title.strip():
        return name
    if title.casefold().startswith(name.casefold()):
        return title
    return f"{name}: {title}"


def format_when(start: dt.datetime, end: dt.datetime, lang: Lang) -> str:
    """Format an event's time for running text: ky «2026-жылдын 3-декабры, 10:00–11:30»,
    ru «3 декабря 2026 г., 10:00–11:30»; an event of several days by its span of days."""
    if start.date() == end.date():
        times = f"{start:%H:%M}" if start == end else f"{start:%H:%M}–{end:%H:%M}"
        return f"{format_date_long(start.date(), lang)}, {times}"
    span = format_date_range(start.date(), end.date(), lang)
    return f"{span} " + word("from_to", lang).format(start=f"{start:%H:%M}", end=f"{end:%H:%M}")


@dataclass(frozen=True)
class EventFacts:
    """What the documents say about an event; texts are as the user typed them."""

    kind: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str = ""
    organisers: Sequence[str] = ()
    speakers: Sequence[str] = ()
    topic: str = ""
    key_messages: Sequence[str] = ()
    protocol: bool = False
    notes: str = ""
    plan_items: Sequence[str] = ()


@dataclass(frozen=True)
class CardTask:
    """One checklist line of the card; ``state`` is done, open or overdue."""

    phase: str
    due: dt.date
    text: str
    state: str
    done_on: dt.date | None = None
    responsible: str = ""


@dataclass(frozen=True)
class AdvisoryContact:
    """Who accredits journalists: the press secretary of the organisation profile."""

    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class SheetLine:
    """One journalist on the sign-in sheet."""

    name: str
    outlet: str = ""
    contacts: str = ""
    status: str = ""


def _facts(event: EventFacts, lang: Lang, *, card: bool) -> list[tuple[str, str]]:
    pairs = [
        (word("kind", lang), kind_label(event.kind, lang)),
        (word("time", lang), format_when(event.starts_at, event.ends_at, lang)),
        (word("place", lang), event.place),
        (word("organisers", lang), "; ".join(event.organisers)),
        (word("speakers", lang), "; ".join(event.speakers)),
    ]
    if card:
        pairs.append((word("topic", lang), event.topic))
        pairs.append((word("protocol", lang), word("yes" if event.protocol else "no", lang)))
    return [(name, value) for name, value in pairs if value]


def _task_state(task: CardTask, lang: Lang) -> str:
    text = state_label(task.state, lang)
    if task.state == "done" and task.done_on is not None:
        return f"{text}\n{format_date_short(task.done_on)}"
    return text


def build_event_card(
    event: EventFacts,
    tasks: Sequence[CardTask],
    *,
    lang: Lang,
    org_name: str = "",
    author: str = "",
    generated_at: dt.datetime | None = None,
) -> dm.Document:
    """Return the event card: facts, key messages, notes, then the dated checklist by phase."""
    blocks: list[dm.Block] = [dm.KeyValue(_facts(event, lang, card=True))]
    if event.key_messages:
        blocks.append(dm.Paragraph(word("key_messages", lang) + ":", bold=True))
        blocks.append(dm.BulletList(list(event.key_messages)))
    if event.plan_items:
        blocks.append(dm.Paragraph(word("plan_items", lang) + ":", bold=True))
        blocks.append(dm.Paragraph("\n".join(event.plan_items)))
    if event.notes:
        blocks.append(dm.KeyValue([(word("notes", lang), event.notes)]))
    blocks.append(dm.Heading(word("checklist", lang), level=2))
    columns = [
        dm.Column(word("due", lang), 1.45, "center"),
        dm.Column(word("task", lang), 4.0),
        dm.Column(word("responsible", lang), 2.0),
        dm.Column(word("state", lang), 1.75),
    ]
    for phase in ("before", "during", "after"):
        lines = [task for task in tasks if task.phase == phase]
        if not lines:
            continue
        rows = [
            [format_date_short(t.due), t.text, t.responsible, _task_state(t, lang)] for t in lines
        ]
        blocks.append(
            dm.Section(phase_label(phase, lang), [dm.Table(columns, rows, numbered=True)])
        )
    if tasks:
        done = sum(task.state == "done" for task in tasks)
        overdue = sum(task.state == "overdue" for task in tasks)
        progress = word("progress_value", lang).format(done=done, total=len(tasks))
        summary = [(word("progress", lang), progress)]
        if overdue:
            summary.append((word("overdue_count", lang), str(overdue)))
        blocks.append(dm.KeyValue(summary))
    else:
        blocks.append(dm.Paragraph(word("no_tasks", lang), italic=True))
    return dm.Document(
        lang=lang,
        title=word("card_title", lang),
        subtitle=event.title,
        org_name=org_name,
        blocks=blocks,
        author=author or None,
        subject=event.title,
        generated_at=generated_at,
    )


def build_advisory(
    event: EventFacts,
    contact: AdvisoryContact,
    *,
    lang: Lang,
    org_name: str = "",
    accreditation_until: dt.date | None = None,
    generated_at: dt.datetime | None = None,
) -> dm.Document:
    """Return the media advisory: what, when, where, who speaks, and whom to call."""
    what = kind_and_title(event.kind, event.title, lang)
    facts = [
        (word("what", lang), what),
        (word("when", lang), format_when(event.starts_at, event.ends_at, lang)),
        (word("where", lang), event.place),
        (word("who_speaks", lang), "; ".join(event.speakers)),
        (word("organisers", lang), "; ".join(event.organisers)),
        (word("topic", lang), event.topic),
    ]
    blocks: list[dm.Block] = [
        dm.KeyValue([(name, value) for name, value in facts if value]),
        dm.Spacer(3),
        dm.Paragraph(word("invitation", lang)),
    ]
    if accreditation_until is not None:
        until = word("until", lang).format(date=format_date_long(accreditation_until, lang))
        blocks.append(dm.KeyValue([(word("accreditation_until", lang), until)]))
    reach = [
        (word("accreditation_contact", lang), name_with_position(contact.name, contact.title)),
        (word("phone", lang), contact.phone),
        (word("email", lang), contact.email),
    ]
    reach = [(name, value) for name, value in reach if value]
    if reach:
        blocks.append(dm.KeyValue(reach))
    return dm.Document(
        lang=lang,
        title=word("advisory_title", lang),
        subtitle=event.title,
        org_name=org_name,
        blocks=blocks,
        author=contact.name or None,
        subject=event.title,
        generated_at=generated_at,
    )


# The sign-in sheet is filled in by hand: every row leaves this much room to write and sign.
SHEET_ROW_MM: Final = 10.0
# What a landscape A4 page holds for the table, in millimetres: 210 mm less the 20 mm margins
# above and below and the table's header row; the first page also carries the title and the
# event's facts. The figures are a little short of what the renderers fit, so that a row
# counted on a page never spills over to the next.
_PAGE_ROOM_MM: Final = 170.0 - 10.0
_FIRST_PAGE_ROOM_MM: Final = 170.0 - 50.0
# The text width of a landscape page less the "№" column, and the columns' shares of it.
_TEXT_WIDTH_MM: Final = 252.0 - 10.0
_SHEET_WEIGHTS: Final = (2.4, 2.0, 2.6, 1.9, 1.9)
# The 10 pt table text: an average letter (rounded up), a line, a cell's padding at the sides
# and above and below the text.
_LETTER_MM: Final = 1.9
_LINE_MM: Final = 4.25
_PADDING_MM: Final = 2.0
_ROW_PADDING_MM: Final = 1.8


# The content of a signature cell: about 25 mm of no-break spaces.
_SIGN: Final = "\u00a0" * 28


def _longest_line(text: str) -> int:
    return max(len(part) for part in text.replace(_SIGN, "").split("\n"))


def _sheet_widths(rows: Sequence[Sequence[str]], header: Sequence[str]) -> list[float]:
    """Return the estimated column widths: each column's longest line where they all fit on
    the page (the renderers then break no line), else shares of the page."""
    natural = [
        max((_longest_line(row[i]) for row in rows), default=0) * _LETTER_MM + 2 * _PADDING_MM
        for i in range(len(header))
    ]
    natural = [
        max(width, len(title) * _LETTER_MM + 2 * _PADDING_MM)
        for width, title in zip(natural, header, strict=True)
    ]
    if sum(natural) <= _TEXT_WIDTH_MM:
        return natural
    total = sum(_SHEET_WEIGHTS)
    return [_TEXT_WIDTH_MM * weight / total for weight in _SHEET_WEIGHTS]


def _lines(text: str, width_mm: float) -> int:
    per_line = max(int((width_mm - 2 * _PADDING_MM) / _LETTER_MM), 1)
    parts = text.replace(_SIGN, "").split("\n")
    return sum(max(-(-len(part) // per_line), 1) for part in parts)


def sheet_row_mm(cells: Sequence[str], widths: Sequence[float]) -> float:
    """Return how tall a sign-in sheet row prints, in millimetres: at least SHEET_ROW_MM."""
    lines = max(_lines(text, width) for text, width in zip(cells, widths, strict=True))
    return max(SHEET_ROW_MM, lines * _LINE_MM + _ROW_PADDING_MM)


def blank_rows_to_fill(
    rows: Sequence[Sequence[str]], blank_rows: int, header: Sequence[str] = ()
) -> int:
    """Return how many blank rows to print after ``rows``: at least ``blank_rows``, and more
    so that they run to the foot of the last page instead of leaving it almost empty."""
    widths = _sheet_widths(rows, header or [""] * len(_SHEET_WEIGHTS))
    room = _FIRST_PAGE_ROOM_MM
    for row in rows:
        height = sheet_row_mm(row, widths)
        if height > room:
            room = _PAGE_ROOM_MM
        room -= height
    for _ in range(max(blank_rows, 0)):
        if room < SHEET_ROW_MM:
            room = _PAGE_ROOM_MM
        room -= SHEET_ROW_MM
    return max(blank_rows, 0) + int(room // SHEET_ROW_MM)


def build_sign_in_sheet(
    event: EventFacts,
    lines: Sequence[SheetLine],
    *,
    lang: Lang,
    org_name: str = "",
    blank_rows: int = 5,
    generated_at: dt.datetime | None = None,
) -> dm.Document:
    """Return the landscape sign-in sheet: numbered journalists, then blank rows at least 10 mm
    high to the foot of the last page, with a column to sign in."""
    facts = [
        (word("kind", lang), kind_label(event.kind, lang)),
        (word("time", lang), format_when(event.starts_at, event.ends_at, lang)),
        (word("place", lang), event.place),
    ]
    # Columns are as wide as their text; the room left over goes mostly to the signatures,
    # whose cells hold a run of no-break spaces so that a signature always has room.
    columns = [
        dm.Column(word("name", lang), 1.0),
        dm.Column(word("outlet", lang), 1.0),
        dm.Column(word("contacts", lang), 1.0),
        dm.Column(word("accreditation", lang), 1.0),
        dm.Column(word("sign", lang), 4.0),
    ]
    rows = [[line.name, line.outlet, line.contacts, line.status, _SIGN] for line in lines]
    header = [column.title for column in columns]
    blank = blank_rows_to_fill(rows, blank_rows, header)
    rows += [["", "", "", "", _SIGN] for _ in range(blank)]
    return dm.Document(
        lang=lang,
        title=word("sheet_title", lang),
        subtitle=event.title,
        org_name=org_name,
        blocks=[
            dm.KeyValue([(name, value) for name, value in facts if value]),
            dm.Table(columns, rows, numbered=True, min_row_height_mm=SHEET_ROW_MM),
        ],
        landscape=True,
        subject=event.title,
        generated_at=generated_at,
    )
