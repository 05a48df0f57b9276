"""Build the printable equipment list, equipment gap and archive index in Kyrgyz or Russian.

A document prints each text in its own language only (``Bi.get``), never the other one; a text
kept in one language (an archive set's event) is printed only in a document of that language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Protocol

from pressdesk.assets_vocab import CATEGORY_VOCAB, CONDITION_VOCAB, KIND_VOCAB, format_size
from pressdesk.bilingual import Bi, detect_language
from pressdesk.documents.locale import Lang, check_lang, format_date_short
from pressdesk.documents.model import (
    Approval,
    Block,
    Column,
    Document,
    KeyValue,
    Paragraph,
    Signature,
    Table,
)

NBSP: Final = "\u00a0"

# Every fixed word these documents print, in one place for a native speaker to check.
# Titles and column names not found in the handbook are this project's own wording.
_LABELS: Final[dict[str, dict[Lang, str]]] = {
    "inventory_title": {
        "ky": "Басма сөз кызматынын жабдууларынын тизмеси",
        "ru": "Перечень оборудования пресс-службы",
    },
    "gap_title": {
        "ky": "Сунушталган минималдуу жабдуулар боюнча муктаждык",
        "ru": "Потребность в оборудовании по рекомендуемому минимуму",
    },
    "archive_title": {
        "ky": "Сүрөт, видео жана аудио архивдин тизмеси",
        "ru": "Опись фото-, видео- и аудиоархива",
    },
    "inv_no": {"ky": "Инв. номери", "ru": "Инв. номер"},
    "name_model": {"ky": "Аталышы, модели", "ru": "Наименование, модель"},
    "category": {"ky": "Категория", "ru": "Категория"},
    "serial": {"ky": "сер. №", "ru": "с/н"},
    "condition": {"ky": "Абалы", "ru": "Состояние"},
    "purchased": {"ky": "Алынган күнү", "ru": "Дата приобр."},
    "cost": {"ky": "Баасы, сом", "ru": "Стоимость, сом"},
    "location": {"ky": "Жайгашкан жери", "ru": "Место хранения"},
    "custodian": {"ky": "Жоопкер", "ru": "Ответственное лицо"},
    "holder": {"ky": "Кимде", "ru": "На руках у"},
    "until": {"ky": "мөөнөтү", "ru": "до"},
    "total_items": {"ky": "Бардыгы", "ru": "Всего"},
    "total_cost": {"ky": "Жалпы баасы", "ru": "Общая стоимость"},
    "by_condition": {"ky": "Абалы боюнча", "ru": "По состоянию"},
    "checked_out": {"ky": "Убактылуу колдонууга берилген", "ru": "Выдано во временное пользование"},
    "som": {"ky": "сом", "ru": "сом"},
    "units": {"ky": "бирдик", "ru": "ед."},
    "needed": {"ky": "Керектүү саны", "ru": "Необходимо"},
    "usable": {"ky": "Жарактуусу", "ru": "Исправно"},
    "faulty": {"ky": "Оңдоону талап кылат же бузук", "ru": "Требует ремонта или неисправно"},
    "missing": {"ky": "Жетишпейт", "ru": "Недостаёт"},
    "missing_total": {"ky": "Бардыгы жетишпейт", "ru": "Всего недостаёт"},
    "gap_note": {
        "ky": "Жаңы жана жакшы абалдагы жабдуулар жарактуу деп эсептелет; эсептен "
        "чыгарылгандар эсепке алынбайт.",
        "ru": "Исправными считаются новые и исправные единицы; списанные не учитываются.",
    },
    "gap_none": {
        "ky": "Сунушталган минималдуу жабдуулардын баары бар.",
        "ru": "Рекомендуемый минимум оборудования имеется полностью.",
    },
    "title": {"ky": "Аталышы", "ru": "Название"},
    "kind": {"ky": "Түрү", "ru": "Вид"},
    "date": {"ky": "Күнү", "ru": "Дата"},
    "event": {"ky": "Иш-чара", "ru": "Мероприятие"},
    "stored": {"ky": "Сакталган жери", "ru": "Место хранения"},
    "count": {"ky": "Саны", "ru": "Кол-во"},
    "size": {"ky": "Көлөмү", "ru": "Объём"},
    "responsible": {"ky": "Жооптуу адам", "ru": "Ответственный"},
    "total_sets": {"ky": "Топтомдордун саны", "ru": "Всего наборов"},
    "total_files": {"ky": "Файлдардын саны", "ru": "Всего файлов"},
    "total_size": {"ky": "Жалпы көлөмү", "ru": "Общий объём"},
    "by_kind": {"ky": "Түрү боюнча", "ru": "По видам"},
    "empty": {"ky": "Жазуулар жок.", "ru": "Записей нет."},
    "items_closing": {
        "ky": "Тизмеге бардыгы {n} бирдик киргизилди.",
        "ru": "Всего в перечень внесено единиц: {n}.",
    },
    "sets_closing": {
        "ky": "Тизмеге бардыгы {n} топтом киргизилди.",
        "ru": "Всего в опись внесено наборов: {n}.",
    },
}


def text(key: str, lang: Lang) -> str:
    """Return the fixed document word ``key`` in ``lang``."""
    return _LABELS[key][check_lang(lang)]


def written_in(single: str, lang: str) -> bool:
    """True when a text kept in one language may be printed in a document in ``lang``: it is
    written in that language, or it has no sign of either (a number, a brand, a code)."""
    return detect_language(single, lang) == lang


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document: organisation, press secretary, and the head who approves."""

    org_name: str
    secretary_title: str = ""
    secretary_name: str = ""
    head_title: str = ""
    head_name: str = ""
    place: str = ""


class ItemLike(Protocol):
    """The attributes of an inventory item the list prints."""

    @property
    def name(self) -> Bi: ...
    @property
    def model(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def inventory_number(self) -> str: ...
    @property
    def serial_number(self) -> str: ...
    @property
    def condition(self) -> str: ...
    @property
    def purchase_date(self) -> dt.date | None: ...
    @property
    def cost(self) -> Decimal | None: ...
    @property
    def location(self) -> Bi: ...
    @property
    def custodian_name(self) -> str: ...
    @property
    def holder_name(self) -> str: ...
    @property
    def due_on(self) -> dt.date | None: ...
    @property
    def checked_out(self) -> bool: ...


class GapLike(Protocol):
    """One category of the gap view."""

    @property
    def category(self) -> str: ...
    @property
    def needed(self) -> int: ...
    @property
    def usable(self) -> int: ...
    @property
    def faulty(self) -> int: ...
    @property
    def missing(self) -> int: ...


class ArchiveLike(Protocol):
    """The attributes of an archive set the index prints."""

    @property
    def title(self) -> Bi: ...
    @property
    def kind(self) -> str: ...
    @property
    def taken_on(self) -> dt.date | None: ...
    @property
    def event_title(self) -> str: ...
    @property
    def drive_label(self) -> Bi: ...
    @property
    def folder_path(self) -> str: ...
    @property
    def cloud_link(self) -> str: ...
    @property
    def item_count(self) -> int | None: ...
    @property
    def size_bytes(self) -> int | None: ...
    @property
    def responsible_name(self) -> str: ...


def format_amount(value: Decimal, lang: Lang) -> str:
    """Format money as "1 234 567,50" with non-breaking spaces ("1 500" without kopecks)."""
    whole = value == value.to_integral_value()
    digits = f"{value:,.0f}" if whole else f"{value:,.2f}"
    return digits.replace(",", NBSP).replace(".", ",")


def _date(value: dt.date | None) -> str:
    return format_date_short(value) if value else ""


def frame(
    lang: Lang,
    title: str,
    head: Letterhead,
    on: dt.date,
    blocks: list[Block],
    *,
    approval: bool,
    landscape: bool,
    generated_at: dt.datetime | None,
) -> Document:
    """Return a list document of the organisation: title, date, blocks, the secretary's
    signature and, if asked, the head's approval."""
    signatures = []
    if head.secretary_name or head.secretary_title:
        signatures.append(Signature(head.secretary_title, head.secretary_name))
    return Document(
        lang=lang,
        title=title,
        subtitle=head.org_name or None,
        org_name=head.org_name,
        blocks=tuple(blocks),
        approval=Approval(head.head_title, head.head_name, None) if approval else None,
        signatures=tuple(signatures),
        landscape=landscape,
        place=head.place or None,
        date=on,
        author=head.org_name or None,
        subject=title,
        generated_at=generated_at,
    )


def inventory_document(
    items: Sequence[ItemLike],
    *,
    lang: Lang,
    head: Letterhead,
    on: dt.date,
    approval: bool = False,
    generated_at: dt.datetime | None = None,
) -> Document:
    """Return the equipment list: counts, total cost, the numbered table, the signature."""
    check_lang(lang)
    costs = [item.cost for item in items if item.cost is not None]
    by_condition: dict[str, int] = {}
    for item in items:
        by_condition[item.condition] = by_condition.get(item.condition, 0) + 1
    conditions = "; ".join(
        f"{CONDITION_VOCAB.label(code, lang).lower()} – {count}"
        for code, count in sorted(
            by_condition.items(), key=lambda p: CONDITION_VOCAB.codes.index(p[0])
        )
    )
    pairs = [
        (text("total_items", lang), f"{len(items)} {text('units', lang)}"),
        (
            text("total_cost", lang),
            f"{format_amount(sum(costs, Decimal(0)), lang)} {text('som', lang)}",
        ),
    ]
    if conditions:
        pairs.append((text("by_condition", lang), conditions))
    out = sum(1 for item in items if item.checked_out)
    if out:
        pairs.append((text("checked_out", lang), f"{out} {text('units', lang)}"))
    # Weights are millimetres of a landscape A4 page, measured so that a 12-digit inventory
    # number, dates, amounts and the longest words fit; the serial number goes under the name.
    columns = [
        Column(text("inv_no", lang), 29),
        Column(text("name_model", lang), 45),
        Column(text("category", lang), 31),
        Column(text("condition", lang), 27),
        Column(text("purchased", lang), 23, "center"),
        Column(text("cost", lang), 26, "right"),
        Column(text("location", lang), 29),
        Column(text("custodian", lang), 33),
    ]
    rows = [_item_cells(item, lang) for item in items]
    blocks: list[Block] = [KeyValue(pairs)]
    if rows:
        # A closing line after the table keeps the signature from standing on a page alone.
        closing = text("items_closing", lang).format(n=len(rows))
        blocks += [Table(columns, rows, numbered=True), Paragraph(closing)]
    else:
        blocks.append(Paragraph(text("empty", lang)))
    return frame(
        lang,
        text("inventory_title", lang),
        head,
        on,
        blocks,
        approval=approval,
        landscape=True,
        generated_at=generated_at,
    )


def _item_cells(item: ItemLike, lang: Lang) -> list[str]:
    name, model = item.name.get(lang).strip(), item.model.strip()
    name = f"{name}, {model}" if model and model not in name else name
    if item.serial_number:
        name += f"\n{text('serial', lang)} {item.serial_number}"
    custodian = item.custodian_name
    if item.checked_out:
        holder = f"{text('holder', lang)}: {item.holder_name}"
        if item.due_on:
            holder += f" ({text('until', lang)} {_date(item.due_on)})"
        custodian = f"{custodian}\n{holder}" if custodian else holder
    return [
        item.inventory_number,
        name,
        CATEGORY_VOCAB.label(item.category, lang),
        CONDITION_VOCAB.label(item.condition, lang),
        _date(item.purchase_date),
        format_amount(item.cost, lang) if item.cost is not None else "",
        item.location.get(lang),
        custodian,
    ]


def gap_document(
    rows: Sequence[GapLike],
    *,
    lang: Lang,
    head: Letterhead,
    on: dt.date,
    approval: bool = False,
    generated_at: dt.datetime | None = None,
) -> Document:
    """Return the gap view for a budget request: needed, usable, faulty and missing per category."""
    check_lang(lang)
    # Millimetres of a portrait page, so that the headers break only between words.
    columns = [
        Column(text("category", lang), 38),
        Column(text("needed", lang), 28, "center"),
        Column(text("usable", lang), 27, "center"),
        Column(text("faulty", lang), 33, "center"),
        Column(text("missing", lang), 27, "center"),
    ]
    body = [
        [
            CATEGORY_VOCAB.label(r.category, lang),
            str(r.needed),
            str(r.usable),
            str(r.faulty),
            str(r.missing),
        ]
        for r in rows
    ]
    missing = sum(r.missing for r in rows)
    blocks: list[Block] = [
        KeyValue([(text("missing_total", lang), f"{missing} {text('units', lang)}")]),
        Table(columns, body, numbered=True) if body else Paragraph(text("empty", lang)),
        Paragraph(text("gap_note", lang), italic=True),
    ]
    if rows and not missing:
        blocks.insert(1, Paragraph(text("gap_none", lang)))
    return frame(
        lang,
        text("gap_title", lang),
        head,
        on,
        blocks,
        approval=approval,
        landscape=False,
        generated_at=generated_at,
    )


def archive_place(archive_set: ArchiveLike, lang: Lang) -> str:
    """Return every place a set is kept, for one cell: the drive label (or the place of a
    paper original) in ``lang``, the folder, the link."""
    parts = (archive_set.drive_label.get(lang), archive_set.folder_path, archive_set.cloud_link)
    return "; ".join(part for part in parts if part)


def archive_document(
    sets: Sequence[ArchiveLike],
    *,
    lang: Lang,
    head: Letterhead,
    on: dt.date,
    approval: bool = False,
    generated_at: dt.datetime | None = None,
) -> Document:
    """Return the archive index: totals by kind, the numbered table, the signature."""
    check_lang(lang)
    files = sum(s.item_count or 0 for s in sets)
    size = sum(s.size_bytes or 0 for s in sets)
    kinds: dict[str, int] = {}
    for s in sets:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    pairs = [
        (text("total_sets", lang), str(len(sets))),
        (text("total_files", lang), f"{files:,}".replace(",", NBSP)),
        (text("total_size", lang), format_size(size, lang)),
    ]
    if kinds:
        pairs.append(
            (
                text("by_kind", lang),
                "; ".join(
                    f"{KIND_VOCAB.label(code, lang).lower()} – {count}"
                    for code, count in sorted(
                        kinds.items(), key=lambda p: KIND_VOCAB.codes.index(p[0])
                    )
                ),
            )
        )
    # Weights are millimetres of a landscape A4 page, so that dates and the longest words fit.
    columns = [
        Column(text("title", lang), 45),
        Column(text("kind", lang), 24),
        Column(text("date", lang), 23, "center"),
        Column(text("event", lang), 30),
        Column(text("stored", lang), 50),
        Column(text("count", lang), 17, "right"),
        Column(text("size", lang), 18, "right"),
        Column(text("responsible", lang), 33),
    ]
    body = [
        [
            s.title.get(lang),
            KIND_VOCAB.label(s.kind, lang),
            _date(s.taken_on),
            s.event_title if written_in(s.event_title, lang) else "",
            archive_place(s, lang),
            f"{s.item_count:,}".replace(",", NBSP) if s.item_count is not None else "",
            format_size(s.size_bytes, lang) if s.size_bytes is not None else "",
            s.responsible_name,
        ]
        for s in sets
    ]
    blocks: list[Block] = [KeyValue(pairs)]
    if body:
        closing = text("sets_closing", lang).format(n=len(body))
        blocks += [Table(columns, body, numbered=True), Paragraph(closing)]
    else:
        blocks.append(Paragraph(text("empty", lang)))
    return frame(
        lang,
        text("archive_title", lang),
        head,
        on,
        blocks,
        approval=approval,
        landscape=True,
        generated_at=generated_at,
    )
