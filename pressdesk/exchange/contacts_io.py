"""Read contact files (CSV, XLSX, vCard) into plain candidates; write contact tables and cards."""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pressdesk.exchange import tabular
from pressdesk.exchange.contact_candidates import ContactCandidate, from_row, from_vcard
from pressdesk.exchange.contact_columns import DETECTION_FIELDS, detect_layout, interpret
from pressdesk.exchange.errors import (
    ContactFileError,
    ImportFileError,
    TableFormatError,
    VCardError,
)
from pressdesk.exchange.limits import CONTACT_TABLE, VCARD_FILE_BYTES, LimitExceeded, check_size
from pressdesk.exchange.tabular import FieldSpec, SourceRow
from pressdesk.exchange.vcard import VCard, parse_vcards, write_vcards
from pressdesk.fileio import atomic_write_text

IMPORT_FORMATS = (".csv", ".txt", ".xlsx", ".vcf")
EXPORT_TABLE_FORMATS = (".csv", ".xlsx")

# The two columns of a text kept in Kyrgyz and Russian, as exports head them: each column is
# headed in its own language.
BILINGUAL_HEADERS: dict[str, tuple[str, str]] = {
    "position": ("Кызматы (кыр.)", "Должность (рус.)"),
    "topics": ("Темалар (кыр.)", "Темы (рус.)"),
}


def _bilingual(key: str, ky_words: tuple[str, ...], ru_words: tuple[str, ...]) -> list[FieldSpec]:
    """The Kyrgyz and Russian columns of a field under the titles other tables may use."""
    ky_marks = ("кыр.", "кырг.", "кыргызча", "ky", "kg", "kyrgyz")
    ru_marks = ("рус.", "орус.", "орусча", "русский", "ru", "russian")
    words = (*ky_words, *ru_words)
    return [
        FieldSpec(
            f"{key}_{lang}",
            tuple(
                dict.fromkeys(
                    (
                        BILINGUAL_HEADERS[key][index],
                        *(f"{word} ({mark})" for word in words for mark in marks),
                    )
                )
            ),
        )
        for index, (lang, marks) in enumerate((("ky", ky_marks), ("ru", ru_marks)))
    ]


# Column titles the header detection recognises, in Kyrgyz, Russian and English.
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "full_name",
        (
            "ФИО",
            "Ф.И.О.",
            "Аты-жөнү",
            "Аты жөнү",
            "Толук аты-жөнү",
            "Фамилия Имя Отчество",
            "Full name",
            "Name",
            "Контакт",
            "Журналист",
        ),
    ),
    FieldSpec("family", ("Фамилия", "Фамилиясы", "Last name", "Family name", "Surname")),
    FieldSpec("given", ("Имя", "Аты", "First name", "Given name")),
    FieldSpec(
        "position", ("Должность", "Кызматы", "Кызмат орду", "Position", "Job title", "Title")
    ),
    *_bilingual("position", ("Кызматы",), ("Должность", "Position")),
    FieldSpec(
        "outlet",
        (
            "СМИ",
            "ЖМК",
            "БАҚ",
            "Редакция",
            "Издание",
            "Организация",
            "Уюм",
            "Outlet",
            "Media",
            "Organization",
            "Organisation",
            "Company",
        ),
    ),
    FieldSpec(
        "phone",
        ("Телефон", "Тел", "Телефоны", "Телефон номери", "Мобильный", "Phone", "Phones", "Mobile"),
    ),
    FieldSpec(
        "phone2", ("Телефон 2", "Рабочий телефон", "Жумуш телефону", "Phone 2", "Work phone")
    ),
    FieldSpec(
        "email",
        (
            "E-mail",
            "Email",
            "Эл. почта",
            "Электронная почта",
            "Электрондук почта",
            "Почта",
            "E-mail address",
            "Email address",
        ),
    ),
    FieldSpec("email2", ("E-mail 2", "Email 2", "Эл. почта 2")),
    FieldSpec("telegram", ("Telegram", "Телеграм", "Мессенджер", "Messenger")),
    FieldSpec("whatsapp", ("WhatsApp", "Ватсап")),
    FieldSpec("topics", ("Темы", "Тематика", "Темалар", "Теги", "Topics", "Beats", "Tags")),
    *_bilingual("topics", ("Темалар",), ("Темы", "Topics")),
    FieldSpec("kind", ("Тип", "Вид", "Категория", "Түрү", "Kind", "Type", "Category")),
    FieldSpec("languages", ("Языки", "Язык", "Тилдер", "Тили", "Languages", "Language")),
    FieldSpec("notes", ("Примечание", "Заметки", "Комментарий", "Эскертүү", "Notes", "Note")),
    FieldSpec("source", ("Источник", "Булак", "Source")),
    FieldSpec("birthday", ("День рождения", "Дата рождения", "Туулган күнү", "Birthday")),
    FieldSpec(
        "last_verified",
        ("Проверено", "Дата проверки", "Текшерилди", "Текшерилген күнү", "Last verified"),
    ),
    FieldSpec(
        "do_not_contact", ("Не беспокоить", "Не связываться", "Байланышпа", "Do not contact")
    ),
)
FIELD_KEYS = tuple(spec.key for spec in FIELDS)


@dataclass(frozen=True)
class ImportMapping:
    """Which column of the file feeds which field (field key → column title), saved for reuse."""

    columns: Mapping[str, str]

    def to_json(self) -> str:
        """Serialise the mapping for the settings."""
        return json.dumps(dict(self.columns), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> ImportMapping:
        """Read a mapping saved by ``to_json``."""
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise ContactFileError(f"The saved column mapping cannot be read: {exc}") from exc
        if not isinstance(data, dict):
            raise ContactFileError("The saved column mapping cannot be read.")
        return cls({str(k): str(v) for k, v in data.items() if k in FIELD_KEYS and v})

    def fields(self) -> list[FieldSpec]:
        """Return field specs that recognise exactly the mapped column titles."""
        unknown = sorted(set(self.columns) - set(FIELD_KEYS))
        if unknown:
            raise ContactFileError(f"Unknown fields in the column mapping: {', '.join(unknown)}.")
        return [FieldSpec(key, (title,)) for key, title in self.columns.items()]


@dataclass(frozen=True)
class ContactFile:
    """What was read from a file: candidates and how the file was understood.

    ``layout`` names the program that wrote a table ("google", "outlook", "thunderbird",
    "webmail") when its columns were recognised; ``problems`` are file-level remarks.
    """

    candidates: list[ContactCandidate]
    format: str
    columns: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    layout: str = ""
    problems: list[str] = field(default_factory=list)
    #: About how many contacts the file holds (0: unknown), for a progress bar.
    rows_hint: int = 0


_NAME_ROLES = frozenset({"full_name", "display", "family", "given"})
_CONTACT_ROLES = ("mail", "tel", "g:email", "g:phone", "email", "phone")


def _shown_columns(columns: Mapping[str, str]) -> dict[str, str]:
    """Return the columns in terms of the plain fields, as the mapping step shows them."""
    shown = {key: title for key, title in columns.items() if key in FIELD_KEYS}
    phones = [
        t for k, t in columns.items() if k.startswith(("tel:", "g:phone:")) and "type" not in k
    ]
    mails = [
        t for k, t in columns.items() if k.startswith(("mail:", "g:email:")) and "type" not in k
    ]
    for key, found in (("phone", phones), ("phone2", phones[1:]), ("email", mails)):
        if key not in shown and found:
            shown[key] = found[0]
    if "email2" not in shown and len(mails) > 1:
        shown["email2"] = mails[1]
    if "full_name" not in shown and "display" in columns:
        shown["full_name"] = columns["display"]
    return shown


def read_contacts(
    path: str | os.PathLike[str], mapping: ImportMapping | None = None
) -> ContactFile:
    """Read a CSV, XLSX or vCard file; raise ContactFileError with a clear message if unusable."""
    found, candidates = stream_contacts(path, mapping)
    return replace(found, candidates=list(candidates))


def stream_contacts(
    path: str | os.PathLike[str], mapping: ImportMapping | None = None
) -> tuple[ContactFile, Iterator[ContactCandidate]]:
    """Read how a file is laid out now, and its contacts one at a time as they are iterated.

    The returned ContactFile has no candidates; a table is read row by row, so a large file is
    never held whole as rows. ContactFileError comes at once for a file that cannot be read,
    or from the iteration for damage further down.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in IMPORT_FORMATS:
        raise ContactFileError(
            f"Cannot import {target.name}: use a {', '.join(IMPORT_FORMATS)} file.",
            code="wrong_type",
            file=target.name,
            formats=", ".join(IMPORT_FORMATS),
        )
    try:
        size = target.stat().st_size
    except OSError as exc:
        raise ContactFileError(
            f"Cannot read {target}: {exc.strerror or exc}", code="cannot_open", file=target.name
        ) from exc
    if target.is_dir():
        raise ContactFileError(
            f"{target} is a folder, not a file.", code="folder", file=target.name
        )
    if size == 0:
        raise ContactFileError(f"{target.name} is empty.", code="empty", file=target.name)
    if suffix == ".vcf":
        check_size(VCARD_FILE_BYTES, size, target.name)
        try:
            cards = parse_vcards(target.read_bytes(), name=target.name)
        except OSError as exc:
            raise ContactFileError(
                f"Cannot read {target}: {exc.strerror or exc}",
                code="cannot_open",
                file=target.name,
            ) from exc
        except VCardError as exc:
            raise _reworded(target, exc) from exc
        return ContactFile([], "vcard", rows_hint=len(cards)), (from_vcard(c) for c in cards)
    explicit = mapping is not None
    fields = mapping.fields() if mapping is not None else [*FIELDS, *DETECTION_FIELDS]
    layouts: list[str] = []

    def refine(header: Sequence[str], matched: dict[str, int]) -> dict[str, int]:
        layouts.append(detect_layout(header))
        return interpret(header, matched, explicit=explicit)

    try:
        table = tabular.stream_table(target, fields, refine=refine, limits=CONTACT_TABLE)
        _check_columns(target, table.columns)
        rows = _rows_reworded(target, table.rows)
        first = next(rows, None)
    except TableFormatError as exc:
        raise _reworded(target, exc) from exc
    if first is None:
        raise ContactFileError(
            f"{target.name} has a header row but no contacts under it.",
            code="no_rows",
            file=target.name,
        )
    layout = layouts[-1] if layouts else ""
    has_name = bool(_NAME_ROLES & set(table.columns))
    found = ContactFile(
        [],
        suffix.lstrip("."),
        _shown_columns(table.columns),
        list(table.ignored_columns),
        table.encoding,
        table.delimiter,
        layout,
        rows_hint=table.rows_hint,
    )
    candidates = (
        from_row(row, layout=layout, has_name_column=has_name)
        for row in itertools.chain((first,), rows)
    )
    return found, candidates


def _rows_reworded(target: Path, rows: Iterator[SourceRow]) -> Iterator[SourceRow]:
    try:
        yield from rows
    except TableFormatError as exc:
        raise _reworded(target, exc) from exc


def _reworded(target: Path, exc: ImportFileError) -> ContactFileError:
    """Return ``exc`` as a ContactFileError, its message naming the file once."""
    if isinstance(exc, LimitExceeded):
        return exc
    named = "file" in exc.values
    return ContactFileError(
        str(exc) if named else f"{target.name}: {exc}",
        code=exc.code,
        **{"file": target.name, **exc.values},
    )


def _check_columns(target: Path, columns: Mapping[str, str]) -> None:
    keys = set(columns)
    if not _NAME_ROLES & keys and not any(k.startswith(_CONTACT_ROLES) for k in keys):
        found = ", ".join(columns.values()) or "none"
        raise ContactFileError(
            f"{target.name}: no name, e-mail or phone column was found (recognised columns: "
            f"{found}). Name a column ФИО / Аты-жөнү / Name, or choose the columns by hand.",
            code="no_contact_columns",
            file=target.name,
        )


def detect_columns(path: str | os.PathLike[str]) -> tuple[dict[str, str], list[str]]:
    """Return the recognised columns (field → title) and the other titles, for a mapping step.

    The whole file is read, so a file damaged further down is refused here too, but no row
    is kept.
    """
    found, candidates = stream_contacts(path)
    for _candidate in candidates:
        pass
    return found.columns, found.ignored_columns


def preview_contacts(
    path: str | os.PathLike[str], mapping: ImportMapping | None, count: int
) -> list[ContactCandidate]:
    """Return the first ``count`` contacts of a file, reading no further than them."""
    _found, candidates = stream_contacts(path, mapping)
    return list(itertools.islice(candidates, count))


def write_contact_table(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    sheet_title: str = "",
) -> int:
    """Write a CSV (UTF-8 with BOM) or XLSX table with formula-like cells neutralised."""
    try:
        return tabular.write_table(path, headers, rows, sheet_title=sheet_title)
    except TableFormatError as exc:
        raise ContactFileError.wrap(exc, str(exc)) from exc


def write_vcard_file(path: str | os.PathLike[str], cards: Iterable[VCard]) -> int:
    """Write vCard 3.0 cards atomically; return how many."""
    items = list(cards)
    atomic_write_text(path, write_vcards(items), encoding="utf-8", newline="")
    return len(items)


# --- words in files and documents -------------------------------------------------------------

# Printed and exported names of the codes, Kyrgyz and Russian; import also accepts the codes.
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "person_kind": {
        "journalist": ("журналист", "журналист"),
        "editor": ("редактор", "редактор"),
        "camera_operator": ("оператор", "оператор"),
        "photographer": ("фотограф", "фотограф"),
        "blogger": ("блогер", "блогер"),
        "influencer": ("пикир лидери", "лидер мнений"),
        "expert": ("эксперт", "эксперт"),
        "press_service": ("басма сөз кызматы", "пресс-служба"),
        "mission_abroad": ("чет өлкөдөгү өкүлчүлүк", "загранучреждение"),
        "public_org": ("коомдук уюм", "общественная организация"),
        "other": ("башка", "другое"),
    },
    "outlet_kind": {
        "tv": ("телеканал", "телеканал"),
        "radio": ("радио", "радио"),
        "print": ("басылма", "печатное издание"),
        "online": ("интернет-басылма", "интернет-издание"),
        "news_agency": ("маалымат агенттиги", "информационное агентство"),
        "blog": ("блог / канал", "блог / канал"),
        "foreign": ("чет өлкөлүк ЖМК", "зарубежное СМИ"),
        "other": ("башка", "другое"),
    },
    "language": {
        "ky": ("кыргызча", "кыргызский"),
        "ru": ("орусча", "русский"),
        "uz": ("өзбекче", "узбекский"),
        "en": ("англисче", "английский"),
        "other": ("башка", "другой"),
    },
    "channel": {
        "phone": ("телефон", "телефон"),
        "email": ("электрондук почта", "электронная почта"),
        "telegram": ("Telegram", "Telegram"),
        "whatsapp": ("WhatsApp", "WhatsApp"),
        "viber": ("Viber", "Viber"),
        "sms": ("SMS", "SMS"),
        "meeting": ("жолугушуу", "встреча"),
        "event": ("иш-чара", "мероприятие"),
        "other": ("башка", "другое"),
    },
    "scale": {
        "national": ("республикалык", "республиканский"),
        "regional": ("регионалдык", "региональный"),
    },
    "ownership": {"state": ("мамлекеттик", "государственное"), "private": ("жеке", "частное")},
    "region": {
        "bishkek": ("Бишкек ш.", "г. Бишкек"),
        "osh_city": ("Ош ш.", "г. Ош"),
        "chuy": ("Чүй облусу", "Чуйская область"),
        "issyk_kul": ("Ысык-Көл облусу", "Иссык-Кульская область"),
        "naryn": ("Нарын облусу", "Нарынская область"),
        "talas": ("Талас облусу", "Таласская область"),
        "jalal_abad": ("Жалал-Абад облусу", "Джалал-Абадская область"),
        "osh": ("Ош облусу", "Ошская область"),
        "batken": ("Баткен облусу", "Баткенская область"),
        "abroad": ("чет өлкө", "за рубежом"),
    },
}

_EXTRA_WORDS = {
    "language": {
        "kg": "ky",
        "kgz": "ky",
        "rus": "ru",
        "кыргыз": "ky",
        "русский": "ru",
        "рус": "ru",
    },
}


def label_of(group: str, code: str, lang: str) -> str:
    """Return the Kyrgyz or Russian name of ``code`` in ``group`` (the code if unknown)."""
    pair = LABELS[group].get(code)
    if pair is None:
        return code
    return pair[0] if lang == "ky" else pair[1]


def code_of(group: str, text: str) -> str | None:
    """Return the code whose code or label (either language) is ``text``; None if unknown.

    Language tags with a region ("ru-RU", "en_US") are read by their language.
    """
    key = " ".join(text.casefold().split())
    for code, pair in LABELS[group].items():
        if key in {code, pair[0].casefold(), pair[1].casefold()}:
            return code
    found = _EXTRA_WORDS.get(group, {}).get(key)
    if found is None and group == "language" and re.match(r"^[a-z]{2,3}[-_][a-z0-9-]+$", key):
        return code_of(group, re.split(r"[-_]", key)[0])
    return found


YES_WORDS = frozenset({"1", "да", "ооба", "yes", "y", "true", "x", "+", "✓"})
NO_WORDS = frozenset({"", "0", "нет", "жок", "no", "n", "false", "-"})
