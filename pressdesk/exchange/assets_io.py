"""Columns of the equipment inventory and the archive index in CSV/XLSX files, both directions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from pressdesk.assets_vocab import CATEGORY_VOCAB, CONDITION_VOCAB, KIND_VOCAB
from pressdesk.exchange.tabular import (
    CellValue,
    FieldSpec,
    RowInvalid,
    SourceRow,
    TableData,
    parse_amount,
    parse_count,
    parse_date,
)

# Column titles: Kyrgyz and Russian first (they are also the export headers), then others seen
# in accounting spreadsheets. Titles not found in the handbook are kept for a native speaker.
INVENTORY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "inventory_number",
        (
            "Инвентардык номер",
            "Инвентарный номер",
            "Inventory number",
            "Инвентарлык номер",
            "Инв. номер",
            "Инв. №",
            "Инвентарный №",
            "Inventory No",
            "Inv. no",
        ),
        required=True,
    ),
    FieldSpec(
        "name",
        (
            "Аталышы",
            "Наименование",
            "Name",
            "Аталыш",
            "Название",
            "Наименование имущества",
            "Наименование объекта",
            "Item",
            "Item name",
        ),
        required=True,
    ),
    FieldSpec("category", ("Категориясы", "Категория", "Category", "Түрү", "Вид", "Тип")),
    FieldSpec("model", ("Модели", "Модель", "Model", "Марка", "Марка, модель")),
    FieldSpec(
        "serial_number",
        (
            "Сериялык номер",
            "Серийный номер",
            "Serial number",
            "Заводской номер",
            "Заводской №",
            "Серийный №",
            "S/N",
            "SN",
            "Serial",
        ),
    ),
    FieldSpec("condition", ("Абалы", "Состояние", "Condition", "Техническое состояние")),
    FieldSpec(
        "purchase_date",
        (
            "Сатылып алынган күнү",
            "Дата приобретения",
            "Purchase date",
            "Сатып алынган күнү",
            "Дата покупки",
            "Дата поступления",
            "Дата ввода в эксплуатацию",
        ),
    ),
    FieldSpec(
        "cost",
        (
            "Баасы",
            "Стоимость",
            "Cost",
            "Наркы",
            "Цена",
            "Балансовая стоимость",
            "Первоначальная стоимость",
        ),
    ),
    FieldSpec(
        "funding_source",
        (
            "Каржылоо булагы",
            "Источник финансирования",
            "Funding source",
            "Источник",
            "Funding",
        ),
    ),
    FieldSpec(
        "location",
        (
            "Жайгашкан жери",
            "Местонахождение",
            "Location",
            "Место хранения",
            "Место",
            "Кабинет",
        ),
    ),
    FieldSpec(
        "custodian",
        (
            "Жоопкер",
            "Материально ответственное лицо",
            "Custodian",
            "Материалдык жоопкер",
            "Материалдык жактан жооптуу адам",
            "МОЛ",
            "Ответственный",
            "Жооптуу адам",
        ),
    ),
    FieldSpec("notes", ("Эскертүү", "Примечание", "Notes", "Комментарий", "Note")),
    FieldSpec("photo_path", ("Сүрөт файлы", "Файл фото", "Photo", "Сүрөт", "Фото")),
)

ARCHIVE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", ("Аталышы", "Название", "Title", "Наименование", "Аталыш"), required=True),
    FieldSpec("kind", ("Түрү", "Вид", "Kind", "Тип", "Type")),
    FieldSpec("taken_on", ("Күнү", "Дата", "Date", "Дата съёмки", "Тартылган күнү")),
    FieldSpec("event_title", ("Иш-чара", "Мероприятие", "Event", "Событие")),
    FieldSpec("folder_path", ("Папка", "Folder", "Путь", "Папка (жол)", "Folder path")),
    FieldSpec("drive_label", ("Диск", "Drive", "Носитель", "Маалымат сактагыч", "Drive label")),
    FieldSpec(
        "cloud_link",
        ("Булут шилтемеси", "Ссылка на облако", "Cloud link", "Шилтеме", "Ссылка", "Link"),
    ),
    FieldSpec(
        "item_count", ("Саны", "Количество", "Count", "Файлдар саны", "Количество файлов", "Files")
    ),
    FieldSpec("size_bytes", ("Көлөмү (байт)", "Размер (байт)", "Size (bytes)", "Size bytes")),
    FieldSpec("responsible", ("Жооптуу адам", "Ответственный", "Responsible", "Жоопкер")),
    FieldSpec("notes", ("Эскертүү", "Примечание", "Notes", "Комментарий")),
)

_INVENTORY_EXPORT: tuple[tuple[str, str, str, float], ...] = (
    # key, Kyrgyz title, Russian title, width in characters
    ("inventory_number", "Инвентардык номер", "Инвентарный номер", 16),
    ("name", "Аталышы", "Наименование", 34),
    ("category", "Категориясы", "Категория", 20),
    ("model", "Модели", "Модель", 20),
    ("serial_number", "Сериялык номер", "Серийный номер", 18),
    ("condition", "Абалы", "Состояние", 16),
    ("purchase_date", "Сатылып алынган күнү", "Дата приобретения", 14),
    ("cost", "Баасы", "Стоимость", 14),
    ("funding_source", "Каржылоо булагы", "Источник финансирования", 22),
    ("location", "Жайгашкан жери", "Местонахождение", 20),
    ("custodian", "Жоопкер", "Материально ответственное лицо", 26),
    ("holder", "Кимде", "У кого на руках", 22),
    ("due_on", "Кайтаруу мөөнөтү", "Срок возврата", 14),
    ("notes", "Эскертүү", "Примечание", 30),
    ("photo_path", "Сүрөт файлы", "Файл фото", 24),
)

_ARCHIVE_EXPORT: tuple[tuple[str, str, str, float], ...] = (
    ("title", "Аталышы", "Название", 40),
    ("kind", "Түрү", "Вид", 12),
    ("taken_on", "Күнү", "Дата", 12),
    ("event_title", "Иш-чара", "Мероприятие", 30),
    ("folder_path", "Папка", "Папка", 36),
    ("drive_label", "Диск", "Диск", 16),
    ("cloud_link", "Булут шилтемеси", "Ссылка на облако", 30),
    ("item_count", "Саны", "Количество", 10),
    ("size_bytes", "Көлөмү (байт)", "Размер (байт)", 16),
    ("responsible", "Жооптуу адам", "Ответственный", 26),
    ("notes", "Эскертүү", "Примечание", 30),
)


class ItemLike(Protocol):
    """The attributes of an inventory row that files show."""

    @property
    def name(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def inventory_number(self) -> str: ...
    @property
    def serial_number(self) -> str: ...
    @property
    def model(self) -> str: ...
    @property
    def purchase_date(self) -> dt.date | None: ...
    @property
    def cost(self) -> Decimal | None: ...
    @property
    def funding_source(self) -> str: ...
    @property
    def condition(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def custodian_name(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def photo_path(self) -> str: ...
    @property
    def holder_name(self) -> str: ...
    @property
    def due_on(self) -> dt.date | None: ...


class ArchiveLike(Protocol):
    """The attributes of an archive set that files show."""

    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def taken_on(self) -> dt.date | None: ...
    @property
    def event_title(self) -> str: ...
    @property
    def folder_path(self) -> str: ...
    @property
    def drive_label(self) -> str: ...
    @property
    def cloud_link(self) -> str: ...
    @property
    def item_count(self) -> int | None: ...
    @property
    def size_bytes(self) -> int | None: ...
    @property
    def responsible_name(self) -> str: ...
    @property
    def notes(self) -> str: ...


@dataclass(frozen=True)
class TableOut:
    """Headers, rows and column widths ready for ``write_table``."""

    headers: list[str]
    rows: list[list[CellValue]]
    widths: list[float]


def inventory_table(items: Iterable[ItemLike], lang: str) -> TableOut:
    """Return the inventory as a table with titles and category/condition words in ``lang``."""
    headers = [ky if lang == "ky" else ru for _, ky, ru, _ in _INVENTORY_EXPORT]
    rows: list[list[CellValue]] = [
        [
            item.inventory_number,
            item.name,
            CATEGORY_VOCAB.label(item.category, lang),
            item.model,
            item.serial_number,
            CONDITION_VOCAB.label(item.condition, lang),
            item.purchase_date,
            item.cost,
            item.funding_source,
            item.location,
            item.custodian_name,
            item.holder_name,
            item.due_on,
            item.notes,
            item.photo_path,
        ]
        for item in items
    ]
    return TableOut(headers, rows, [w for *_, w in _INVENTORY_EXPORT])


def archive_table(sets: Iterable[ArchiveLike], lang: str) -> TableOut:
    """Return the archive index as a table with titles and kinds in ``lang``."""
    headers = [ky if lang == "ky" else ru for _, ky, ru, _ in _ARCHIVE_EXPORT]
    rows: list[list[CellValue]] = [
        [
            s.title,
            KIND_VOCAB.label(s.kind, lang),
            s.taken_on,
            s.event_title,
            s.folder_path,
            s.drive_label,
            s.cloud_link,
            s.item_count,
            s.size_bytes,
            s.responsible_name,
            s.notes,
        ]
        for s in sets
    ]
    return TableOut(headers, rows, [w for *_, w in _ARCHIVE_EXPORT])


@dataclass(frozen=True)
class ItemRecord:
    """An inventory row as read from a file, typed but not yet checked against the database."""

    name: str
    inventory_number: str
    category: str = "other"
    serial_number: str = ""
    model: str = ""
    purchase_date: dt.date | None = None
    cost: Decimal | None = None
    funding_source: str = ""
    condition: str = "good"
    location: str = ""
    custodian: str = ""
    notes: str = ""
    photo_path: str = ""


@dataclass(frozen=True)
class ArchiveRecord:
    """An archive set as read from a file."""

    title: str
    kind: str = "photo"
    taken_on: dt.date | None = None
    event_title: str = ""
    folder_path: str = ""
    drive_label: str = ""
    cloud_link: str = ""
    item_count: int | None = None
    size_bytes: int | None = None
    responsible: str = ""
    notes: str = ""


def _title(table: TableData, key: str) -> str:
    return f"«{table.columns.get(key, key)}»"


def _word(
    table: TableData,
    row: SourceRow,
    key: str,
    *,
    parse: Callable[[str], str | None],
    default: str,
    reasons: list[str],
) -> str:
    text = row.get(key)
    if not text:
        return default
    code = parse(text)
    if code is None:
        reasons.append(f"{_title(table, key)}: unknown value {text!r}")
        return default
    return code


def parse_item_record(table: TableData, row: SourceRow) -> ItemRecord:
    """Return the typed values of one inventory row, or raise RowInvalid with every problem."""
    reasons: list[str] = []
    name = " ".join(row.get("name").split())
    number = row.get("inventory_number").strip()
    if not name:
        reasons.append(f"{_title(table, 'name')} is empty")
    if not number:
        reasons.append(f"{_title(table, 'inventory_number')} is empty")
    category = _word(
        table, row, "category", parse=CATEGORY_VOCAB.parse, default="other", reasons=reasons
    )
    condition = _word(
        table, row, "condition", parse=CONDITION_VOCAB.parse, default="good", reasons=reasons
    )
    purchase_date: dt.date | None = None
    cost: Decimal | None = None
    try:
        purchase_date = parse_date(row.get("purchase_date"))
    except ValueError as exc:
        reasons.append(f"{_title(table, 'purchase_date')}: {exc}")
    try:
        cost = parse_amount(row.get("cost"))
    except ValueError as exc:
        reasons.append(f"{_title(table, 'cost')}: {exc}")
    if reasons:
        raise RowInvalid(reasons)
    return ItemRecord(
        name=name,
        inventory_number=number,
        category=category,
        serial_number=row.get("serial_number"),
        model=row.get("model"),
        purchase_date=purchase_date,
        cost=cost,
        funding_source=row.get("funding_source"),
        condition=condition,
        location=row.get("location"),
        custodian=" ".join(row.get("custodian").split()),
        notes=row.get("notes"),
        photo_path=row.get("photo_path"),
    )


def parse_archive_record(table: TableData, row: SourceRow) -> ArchiveRecord:
    """Return the typed values of one archive row, or raise RowInvalid with every problem."""
    reasons: list[str] = []
    title = " ".join(row.get("title").split())
    if not title:
        reasons.append(f"{_title(table, 'title')} is empty")
    kind = _word(table, row, "kind", parse=KIND_VOCAB.parse, default="photo", reasons=reasons)
    taken_on: dt.date | None = None
    counts: dict[str, int | None] = {"item_count": None, "size_bytes": None}
    try:
        taken_on = parse_date(row.get("taken_on"))
    except ValueError as exc:
        reasons.append(f"{_title(table, 'taken_on')}: {exc}")
    for key in counts:
        try:
            counts[key] = parse_count(row.get(key))
        except ValueError as exc:
            reasons.append(f"{_title(table, key)}: {exc}")
    if reasons:
        raise RowInvalid(reasons)
    return ArchiveRecord(
        title=title,
        kind=kind,
        taken_on=taken_on,
        event_title=row.get("event_title"),
        folder_path=row.get("folder_path"),
        drive_label=row.get("drive_label"),
        cloud_link=row.get("cloud_link"),
        item_count=counts["item_count"],
        size_bytes=counts["size_bytes"],
        responsible=" ".join(row.get("responsible").split()),
        notes=row.get("notes"),
    )


def describe_item_row(row: SourceRow) -> str:
    """Name a row in messages by its inventory number and name."""
    return " ".join(part for part in (row.get("inventory_number"), row.get("name")) if part)[:80]


def describe_archive_row(row: SourceRow) -> str:
    """Name a row in messages by its title."""
    return row.get("title")[:80]
