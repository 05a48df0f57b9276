"""Columns of the equipment inventory and the archive index in CSV/XLSX files, both directions.

A text kept in Kyrgyz and in Russian has two columns («Аталышы (кыр.)», «Аталышы (орус.)» in a
Kyrgyz file; «Наименование (кырг.)», «Наименование (рус.)» in a Russian one). A file with the
single column of older versions (or of another program) still imports: each text goes to the
language it is written in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from pressdesk.assets_vocab import CATEGORY_VOCAB, CONDITION_VOCAB, KIND_VOCAB
from pressdesk.bilingual import Bi
from pressdesk.exchange.errors import TableFormatError
from pressdesk.exchange.table_values import CellValueError
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
from pressdesk.messages import Message

# What a column title adds to say which language the column holds: «Аталышы (кыр.)».
_LANGUAGE_MARKS: dict[str, tuple[str, ...]] = {
    "ky": ("кыр.", "кырг.", "кыргызча", "кыргыз тилинде", "на кыргызском", "ky", "kg", "kyrgyz"),
    "ru": ("орус.", "рус.", "орусча", "орус тилинде", "на русском", "ru", "russian"),
}


def _bilingual(key: str, *words: str) -> tuple[FieldSpec, ...]:
    """The Kyrgyz and the Russian column of a field: any of its titles with a language mark."""
    return tuple(
        FieldSpec(
            f"{key}_{lang}",
            tuple(dict.fromkeys(f"{word} ({mark})" for word in words for mark in marks)),
        )
        for lang, marks in _LANGUAGE_MARKS.items()
    )


#: Bilingual fields of each file and the titles their two columns may carry.
INVENTORY_BILINGUAL = ("name", "location", "notes")
ARCHIVE_BILINGUAL = ("title", "drive_label")

# Column titles: Kyrgyz and Russian first (they are also the export headers), then others seen
# in accounting spreadsheets. Titles not found in the handbook are kept for a native speaker.
# The single columns of a bilingual field are what older files have; a name is required in one
# of its three columns (checked by :func:`check_required`).
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
    ),
    *_bilingual("name", "Аталышы", "Наименование", "Name", "Аталыш", "Название"),
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
    *_bilingual("location", "Жайгашкан жери", "Местонахождение", "Location", "Место хранения"),
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
    *_bilingual("notes", "Эскертүү", "Примечание", "Notes"),
    FieldSpec("photo_path", ("Сүрөт файлы", "Файл фото", "Photo", "Сүрөт", "Фото")),
)

ARCHIVE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", ("Аталышы", "Название", "Title", "Наименование", "Аталыш")),
    *_bilingual("title", "Аталышы", "Название", "Title", "Наименование"),
    FieldSpec("kind", ("Түрү", "Вид", "Kind", "Тип", "Type")),
    FieldSpec("taken_on", ("Күнү", "Дата", "Date", "Дата съёмки", "Тартылган күнү")),
    FieldSpec("event_title", ("Иш-чара", "Мероприятие", "Event", "Событие")),
    FieldSpec("folder_path", ("Папка", "Folder", "Путь", "Папка (жол)", "Folder path")),
    FieldSpec("drive_label", ("Диск", "Drive", "Носитель", "Маалымат сактагыч", "Drive label")),
    *_bilingual("drive_label", "Диск", "Drive", "Носитель", "Маалымат сактагыч"),
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
    ("name_ky", "Аталышы (кыр.)", "Наименование (кырг.)", 34),
    ("name_ru", "Аталышы (орус.)", "Наименование (рус.)", 34),
    ("category", "Категориясы", "Категория", 20),
    ("model", "Модели", "Модель", 20),
    ("serial_number", "Сериялык номер", "Серийный номер", 18),
    ("condition", "Абалы", "Состояние", 16),
    ("purchase_date", "Сатылып алынган күнү", "Дата приобретения", 14),
    ("cost", "Баасы", "Стоимость", 14),
    ("funding_source", "Каржылоо булагы", "Источник финансирования", 22),
    ("location_ky", "Жайгашкан жери (кыр.)", "Местонахождение (кырг.)", 20),
    ("location_ru", "Жайгашкан жери (орус.)", "Местонахождение (рус.)", 20),
    ("custodian", "Жоопкер", "Материально ответственное лицо", 26),
    ("holder", "Кимде", "У кого на руках", 22),
    ("due_on", "Кайтаруу мөөнөтү", "Срок возврата", 14),
    ("notes_ky", "Эскертүү (кыр.)", "Примечание (кырг.)", 30),
    ("notes_ru", "Эскертүү (орус.)", "Примечание (рус.)", 30),
    ("photo_path", "Сүрөт файлы", "Файл фото", 24),
)

_ARCHIVE_EXPORT: tuple[tuple[str, str, str, float], ...] = (
    ("title_ky", "Аталышы (кыр.)", "Название (кырг.)", 40),
    ("title_ru", "Аталышы (орус.)", "Название (рус.)", 40),
    ("kind", "Түрү", "Вид", 12),
    ("taken_on", "Күнү", "Дата", 12),
    ("event_title", "Иш-чара", "Мероприятие", 30),
    ("folder_path", "Папка", "Папка", 36),
    ("drive_label_ky", "Диск (кыр.)", "Диск (кырг.)", 16),
    ("drive_label_ru", "Диск (орус.)", "Диск (рус.)", 16),
    ("cloud_link", "Булут шилтемеси", "Ссылка на облако", 30),
    ("item_count", "Саны", "Количество", 10),
    ("size_bytes", "Көлөмү (байт)", "Размер (байт)", 16),
    ("responsible", "Жооптуу адам", "Ответственный", 26),
    ("notes", "Эскертүү", "Примечание", 30),
)


class ItemLike(Protocol):
    """The attributes of an inventory row that files show."""

    @property
    def name(self) -> Bi: ...
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
    def location(self) -> Bi: ...
    @property
    def custodian_name(self) -> str: ...
    @property
    def notes(self) -> Bi: ...
    @property
    def photo_path(self) -> str: ...
    @property
    def holder_name(self) -> str: ...
    @property
    def due_on(self) -> dt.date | None: ...


class ArchiveLike(Protocol):
    """The attributes of an archive set that files show."""

    @property
    def title(self) -> Bi: ...
    @property
    def kind(self) -> str: ...
    @property
    def taken_on(self) -> dt.date | None: ...
    @property
    def event_title(self) -> str: ...
    @property
    def folder_path(self) -> str: ...
    @property
    def drive_label(self) -> Bi: ...
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
            item.name.ky,
            item.name.ru,
            CATEGORY_VOCAB.label(item.category, lang),
            item.model,
            item.serial_number,
            CONDITION_VOCAB.label(item.condition, lang),
            item.purchase_date,
            item.cost,
            item.funding_source,
            item.location.ky,
            item.location.ru,
            item.custodian_name,
            item.holder_name,
            item.due_on,
            item.notes.ky,
            item.notes.ru,
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
            s.title.ky,
            s.title.ru,
            KIND_VOCAB.label(s.kind, lang),
            s.taken_on,
            s.event_title,
            s.folder_path,
            s.drive_label.ky,
            s.drive_label.ru,
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

    name: Bi
    inventory_number: str
    category: str = "other"
    serial_number: str = ""
    model: str = ""
    purchase_date: dt.date | None = None
    cost: Decimal | None = None
    funding_source: str = ""
    condition: str = "good"
    location: Bi = field(default_factory=Bi)
    custodian: str = ""
    notes: Bi = field(default_factory=Bi)
    photo_path: str = ""


@dataclass(frozen=True)
class ArchiveRecord:
    """An archive set as read from a file."""

    title: Bi
    kind: str = "photo"
    taken_on: dt.date | None = None
    event_title: str = ""
    folder_path: str = ""
    drive_label: Bi = field(default_factory=Bi)
    cloud_link: str = ""
    item_count: int | None = None
    size_bytes: int | None = None
    responsible: str = ""
    notes: str = ""


#: The code of the row sentence for each kind of ``CellValueError``.
_CELL_CODES = {
    "date": "problem.row_not_date",
    "ambiguous": "problem.row_ambiguous_amount",
    "amount": "problem.row_not_amount",
    "count": "problem.row_not_count",
    "too_large": "problem.row_too_large",
    "negative": "problem.row_negative",
}


def cell_problem(column: str, text: str, exc: ValueError) -> Message:
    """Return why the cell ``text`` of ``column`` was refused, as a sentence with a code.

    Its English is the column followed by ``exc``'s words, as the command line always showed.
    """
    if isinstance(exc, CellValueError) and exc.kind in _CELL_CODES:
        return Message(_CELL_CODES[exc.kind], column=column, value=exc.value)
    return Message(
        "problem.row_bad_value", column=column, value=repr(text.strip()), reason=str(exc)
    )


def _title(table: TableData, key: str) -> str:
    return f"«{table.columns.get(key, key)}»"


def _any_title(table: TableData, key: str) -> str:
    """The title of the first column of a bilingual field the file has."""
    for column in (key, f"{key}_ky", f"{key}_ru"):
        if column in table.columns:
            return _title(table, column)
    return f"«{key}»"


def bilingual_cell(row: SourceRow, key: str, default_lang: str, *, collapse: bool = False) -> Bi:
    """The two values of a bilingual field: its Kyrgyz and Russian columns, and the single
    column of an older file, whose text goes to the language it is written in."""

    def clean(text: str) -> str:
        return " ".join(text.split()) if collapse else text.strip()

    ky, ru = clean(row.get(f"{key}_ky")), clean(row.get(f"{key}_ru"))
    single = clean(row.get(key))
    if single:
        guessed = Bi.guess(single, default_lang)
        ky, ru = ky or guessed.ky, ru or guessed.ru
    return Bi(ky, ru)


def check_required(
    table: TableData, fields: tuple[FieldSpec, ...], key: str, file: str = ""
) -> None:
    """Refuse the table of ``file`` if it has none of the columns of the required field ``key``."""
    if not any(column in table.columns for column in (key, f"{key}_ky", f"{key}_ru")):
        spec = next(f for f in fields if f.key == key)
        raise TableFormatError(
            f"Required columns are missing: {' / '.join(spec.aliases[:3])}.",
            code="no_header",
            missing=" / ".join(spec.aliases[:3]),
            file=file,
        )


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
        reasons.append(
            Message("problem.row_unknown_value", column=_title(table, key), value=repr(text))
        )
        return default
    return code


def parse_item_record(table: TableData, row: SourceRow, default_lang: str = "ky") -> ItemRecord:
    """Return the typed values of one inventory row, or raise RowInvalid with every problem.

    A text of a single (old) column goes to the language it is written in, else to
    ``default_lang``."""
    reasons: list[str] = []
    name = bilingual_cell(row, "name", default_lang, collapse=True)
    number = row.get("inventory_number").strip()
    if name.empty:
        reasons.append(Message("problem.row_empty", column=_any_title(table, "name")))
    if not number:
        reasons.append(Message("problem.row_empty", column=_title(table, "inventory_number")))
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
        reasons.append(cell_problem(_title(table, "purchase_date"), row.get("purchase_date"), exc))
    try:
        cost = parse_amount(row.get("cost"))
    except ValueError as exc:
        reasons.append(cell_problem(_title(table, "cost"), row.get("cost"), exc))
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
        location=bilingual_cell(row, "location", default_lang),
        custodian=" ".join(row.get("custodian").split()),
        notes=bilingual_cell(row, "notes", default_lang),
        photo_path=row.get("photo_path"),
    )


def parse_archive_record(
    table: TableData, row: SourceRow, default_lang: str = "ky"
) -> ArchiveRecord:
    """Return the typed values of one archive row, or raise RowInvalid with every problem.

    A text of a single (old) column goes to the language it is written in, else to
    ``default_lang``."""
    reasons: list[str] = []
    title = bilingual_cell(row, "title", default_lang, collapse=True)
    if title.empty:
        reasons.append(Message("problem.row_empty", column=_any_title(table, "title")))
    kind = _word(table, row, "kind", parse=KIND_VOCAB.parse, default="photo", reasons=reasons)
    taken_on: dt.date | None = None
    counts: dict[str, int | None] = {"item_count": None, "size_bytes": None}
    try:
        taken_on = parse_date(row.get("taken_on"))
    except ValueError as exc:
        reasons.append(cell_problem(_title(table, "taken_on"), row.get("taken_on"), exc))
    for key in counts:
        try:
            counts[key] = parse_count(row.get(key))
        except ValueError as exc:
            reasons.append(cell_problem(_title(table, key), row.get(key), exc))
    if reasons:
        raise RowInvalid(reasons)
    return ArchiveRecord(
        title=title,
        kind=kind,
        taken_on=taken_on,
        event_title=row.get("event_title"),
        folder_path=row.get("folder_path"),
        drive_label=bilingual_cell(row, "drive_label", default_lang),
        cloud_link=row.get("cloud_link"),
        item_count=counts["item_count"],
        size_bytes=counts["size_bytes"],
        responsible=" ".join(row.get("responsible").split()),
        notes=row.get("notes"),
    )


def _first(row: SourceRow, key: str) -> str:
    return next((v for k in (key, f"{key}_ky", f"{key}_ru") if (v := row.get(k).strip())), "")


def describe_item_row(row: SourceRow) -> str:
    """Name a row in messages by its inventory number and name."""
    parts = (row.get("inventory_number"), _first(row, "name"))
    return " ".join(part for part in parts if part)[:80]


def describe_archive_row(row: SourceRow) -> str:
    """Name a row in messages by its title."""
    return _first(row, "title")[:80]
