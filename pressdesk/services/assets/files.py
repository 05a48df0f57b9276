"""Export the inventory, gap view, archive index and accounts register; import items and sets.

Imports are all or nothing: a file with an invalid row changes nothing unless the caller asks to
skip invalid rows. Account exports carry only whether a secret is stored, never the secret.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from pressdesk import clock
from pressdesk.assets_vocab import CATEGORY_VOCAB, OWNER_VOCAB, SERVICE_VOCAB
from pressdesk.documents import builders_assets as builders
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.documents.model import Document
from pressdesk.exchange.assets_io import (
    ARCHIVE_FIELDS,
    INVENTORY_FIELDS,
    archive_table,
    check_required,
    describe_archive_row,
    describe_item_row,
    inventory_table,
    parse_archive_record,
    parse_item_record,
)
from pressdesk.exchange.tabular import (
    CellValue,
    ImportResult,
    RowInvalid,
    SourceRow,
    TableData,
    check_rows,
    read_table,
    write_table,
)
from pressdesk.messages import Message, UserError
from pressdesk.services.accounts.records import AccountFilter, list_accounts
from pressdesk.services.archive.records import (
    ArchiveFilter,
    ArchiveRow,
    add_archive_sets,
    clean_archive_set,
    list_archive,
    validate_archive_set,
)
from pressdesk.services.inventory.gap import gap_view
from pressdesk.services.inventory.items import (
    ItemFilter,
    ItemRow,
    add_items,
    clean_item,
    inventory_numbers,
    list_items,
    validate_item,
)
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import document_language, get_profile
from pressdesk.services.staff import list_staff
from pressdesk.services.validation import FieldProblem
from pressdesk.storage.dry_run import rolled_back
from pressdesk.storage.engine import Database
from pressdesk.textfold import fold

log = logging.getLogger(__name__)

TABLE_FORMATS = (".csv", ".xlsx")
DOCUMENT_FORMATS = (".docx", ".pdf")
EXPORT_FORMATS = TABLE_FORMATS + DOCUMENT_FORMATS
IMPORT_FORMATS = (".csv", ".xlsx")


class ExportFormatError(UserError, ValueError):
    """The file extension names a format this export cannot write."""


def _suffix(path: str | os.PathLike[str], allowed: Sequence[str]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        raise ExportFormatError("file.export_to_a", name=Path(path).name, allowed=allowed)
    return suffix


def letterhead(db: Database, lang: Lang) -> builders.Letterhead:
    """Return the organisation and signatories from the profile, in ``lang``."""
    profile = get_profile(db)
    return builders.Letterhead(
        org_name=profile.name(lang),
        secretary_title=profile.secretary_title(lang),
        secretary_name=profile.secretary_name,
        head_title=profile.head_title(lang),
        head_name=profile.head_name,
    )


def is_document(path: str | os.PathLike[str]) -> bool:
    """True for the formats that print one language (DOCX, PDF); tables carry both."""
    return Path(path).suffix.lower() in DOCUMENT_FORMATS


def inventory_refs(db: Database, flt: ItemFilter | None = None) -> list[Ref]:
    """The items the inventory list prints, with the texts it prints of each (name, place)."""
    items = list_items(db, flt, order="inventory_number").rows
    return [Ref("equipment", item.id, ("name", "location")) for item in items if item.id]


def archive_refs(db: Database, flt: ArchiveFilter | None = None) -> list[Ref]:
    """The sets the archive index prints, with the texts it prints of each (title, drive)."""
    sets = list_archive(db, flt, order="taken_on", descending=False).rows
    return [Ref("archive", s.id, ("title", "drive_label")) for s in sets if s.id]


def accounts_refs(db: Database, flt: AccountFilter | None = None) -> list[Ref]:
    """The accounts the register prints, with every bilingual text of each."""
    return [
        Ref("account", a.id, ("name", "two_factor_method", "recovery_location"))
        for a in list_accounts(db, flt or AccountFilter())
        if a.id
    ]


def _render(doc: Document, path: str | os.PathLike[str], font_path: str | None) -> None:
    from pressdesk.documents import render

    render(doc, path, font_path=font_path or None)


def export_inventory(
    db: Database,
    path: str | os.PathLike[str],
    *,
    lang: str = "ky",
    flt: ItemFilter | None = None,
    approval: bool = False,
    on: dt.date | None = None,
    font_path: str | None = None,
    generated_at: dt.datetime | None = None,
) -> int:
    """Write the items ``flt`` selects as CSV, XLSX, DOCX or PDF; return how many."""
    doc_lang = check_lang(lang)
    suffix = _suffix(path, EXPORT_FORMATS)
    items = list_items(db, flt, order="inventory_number", lang=doc_lang).rows
    if suffix in TABLE_FORMATS:
        table = inventory_table(items, doc_lang)
        title = builders.text("inventory_title", doc_lang)
        write_table(path, table.headers, table.rows, widths=table.widths, sheet_title=title)
    else:
        doc = builders.inventory_document(
            items,
            lang=doc_lang,
            head=letterhead(db, doc_lang),
            on=on or clock.today(),
            approval=approval,
            generated_at=generated_at,
        )
        _render(doc, path, font_path)
    log.info("Inventory exported: %d items to %s", len(items), Path(path).suffix)
    return len(items)


def export_gap(
    db: Database,
    path: str | os.PathLike[str],
    *,
    lang: str = "ky",
    approval: bool = False,
    on: dt.date | None = None,
    font_path: str | None = None,
    generated_at: dt.datetime | None = None,
) -> int:
    """Write the gap against the recommended kit; return how many units are missing."""
    doc_lang = check_lang(lang)
    suffix = _suffix(path, EXPORT_FORMATS)
    rows = gap_view(db)
    if suffix in TABLE_FORMATS:
        headers = [
            builders.text(key, doc_lang)
            for key in ("category", "needed", "usable", "faulty", "missing")
        ]
        body: list[list[CellValue]] = [
            [CATEGORY_VOCAB.label(r.category, doc_lang), r.needed, r.usable, r.faulty, r.missing]
            for r in rows
        ]
        write_table(path, headers, body, sheet_title=builders.text("gap_title", doc_lang))
    else:
        doc = builders.gap_document(
            rows,
            lang=doc_lang,
            head=letterhead(db, doc_lang),
            on=on or clock.today(),
            approval=approval,
            generated_at=generated_at,
        )
        _render(doc, path, font_path)
    return sum(r.missing for r in rows)


def export_archive(
    db: Database,
    path: str | os.PathLike[str],
    *,
    lang: str = "ky",
    flt: ArchiveFilter | None = None,
    approval: bool = False,
    on: dt.date | None = None,
    font_path: str | None = None,
    generated_at: dt.datetime | None = None,
) -> int:
    """Write the archive sets ``flt`` selects as CSV, XLSX, DOCX or PDF; return how many."""
    doc_lang = check_lang(lang)
    suffix = _suffix(path, EXPORT_FORMATS)
    sets = list_archive(db, flt, order="taken_on", descending=False, lang=doc_lang).rows
    if suffix in TABLE_FORMATS:
        table = archive_table(sets, doc_lang)
        title = builders.text("archive_title", doc_lang)
        write_table(path, table.headers, table.rows, widths=table.widths, sheet_title=title)
    else:
        doc = builders.archive_document(
            sets,
            lang=doc_lang,
            head=letterhead(db, doc_lang),
            on=on or clock.today(),
            approval=approval,
            generated_at=generated_at,
        )
        _render(doc, path, font_path)
    log.info("Archive index exported: %d sets to %s", len(sets), Path(path).suffix)
    return len(sets)


_ACCOUNT_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("Кызмат", "Сервис", 18),
    ("Аталышы (кыр.)", "Название (кырг.)", 26),
    ("Аталышы (орус.)", "Название (рус.)", 26),
    ("Дареги (URL)", "Адрес (URL)", 32),
    ("Логин", "Логин", 26),
    ("Ээси", "Владелец", 22),
    ("Кызматкер", "Сотрудник", 24),
    ("Кирүү мүмкүнчүлүгү барлар", "У кого есть доступ", 28),
    ("Эки факторлуу аутентификация (кыр.)", "Двухфакторная аутентификация (кырг.)", 22),
    ("Эки факторлуу аутентификация (орус.)", "Двухфакторная аутентификация (рус.)", 22),
    (
        "Калыбына келтирүү коддору сакталган жер (кыр.)",
        "Где хранятся коды восстановления (кырг.)",
        30,
    ),
    (
        "Калыбына келтирүү коддору сакталган жер (орус.)",
        "Где хранятся коды восстановления (рус.)",
        30,
    ),
    ("Сыр сөз сакталган", "Пароль сохранён", 12),
    ("Коддор сакталган", "Коды сохранены", 12),
    ("Эскертүү", "Примечание", 30),
)


def export_accounts(db: Database, path: str | os.PathLike[str], *, lang: str = "ky") -> int:
    """Write the accounts register as CSV or XLSX, without any secret; return how many."""
    doc_lang = check_lang(lang)
    _suffix(path, TABLE_FORMATS)
    yes, no = ("Ооба", "Жок") if doc_lang == "ky" else ("Да", "Нет")
    rows: list[list[CellValue]] = [
        [
            SERVICE_VOCAB.label(a.service, doc_lang),
            a.name.ky,
            a.name.ru,
            a.url,
            a.login,
            OWNER_VOCAB.label(a.owner_type, doc_lang),
            a.owner_name,
            a.access_holders,
            a.two_factor_method.ky,
            a.two_factor_method.ru,
            a.recovery_location.ky,
            a.recovery_location.ru,
            yes if a.has_password else no,
            yes if a.has_recovery_codes else no,
            a.notes,
        ]
        for a in list_accounts(db, AccountFilter(), lang=doc_lang)
    ]
    headers = [ky if doc_lang == "ky" else ru for ky, ru, _ in _ACCOUNT_COLUMNS]
    title = "Расмий аккаунттар" if doc_lang == "ky" else "Официальные аккаунты"
    write_table(path, headers, rows, widths=[w for *_, w in _ACCOUNT_COLUMNS], sheet_title=title)
    return len(rows)


# --- import -----------------------------------------------------------------------------------


def _reasons(
    table: TableData, problems: Sequence[FieldProblem], aliases: dict[str, str]
) -> list[str]:
    result: list[str] = []
    for problem in problems:
        key = aliases.get(problem.field, problem.field)
        result.append(
            Message(
                "problem.in_column", column=table.columns.get(key, key), problem=problem.message
            )
        )
    return result


def _staff_by_name(db: Database) -> dict[str, tuple[int, str]]:
    return {fold(s.full_name): (s.id, s.full_name) for s in list_staff(db) if s.id is not None}


def import_inventory(
    db: Database,
    path: str | os.PathLike[str],
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    today: dt.date | None = None,
) -> ImportResult[ItemRow]:
    """Import items from CSV/XLSX: all or nothing, duplicate inventory numbers refused.

    A text of a one-language column goes to the language it is written in, else to the
    profile's document language. A dry run is the real import in a transaction that is rolled
    back.
    """
    if dry_run:
        with rolled_back(db) as scratch:
            result = import_inventory(scratch, path, skip_invalid=skip_invalid, today=today)
        return replace(result, dry_run=True)
    # Two people importing at once on a shared database take turns: the second sees the first's
    # records, as if they had imported one after the other.
    with db.serialized("import"):
        return _import_inventory(db, path, skip_invalid=skip_invalid, today=today)


def _import_inventory(
    db: Database,
    path: str | os.PathLike[str],
    *,
    skip_invalid: bool,
    today: dt.date | None,
) -> ImportResult[ItemRow]:
    today = today or clock.today()
    table = read_table(path, INVENTORY_FIELDS)
    check_required(table, INVENTORY_FIELDS, "name", Path(path).name)
    default_lang = document_language(db)
    existing = inventory_numbers(db)
    staff = _staff_by_name(db)
    seen: dict[str, int] = {}

    def convert(row: SourceRow) -> ItemRow:
        reasons: list[str] = []
        record = None
        try:
            record = parse_item_record(table, row, default_lang)
        except RowInvalid as exc:
            reasons.extend(exc.reasons)
        number = row.get("inventory_number").strip()
        key = fold(number)
        if number and key in seen:
            reasons.append(Message("problem.row_number_repeated", number=number, line=seen[key]))
        elif number and key in existing:
            reasons.append(
                Message(
                    "problem.row_number_taken",
                    number=number,
                    name=existing[key][1].text(default_lang),
                )
            )
        elif number:
            seen[key] = row.line
        if record is None:
            raise RowInvalid(reasons)
        custodian_id, custodian_name = staff.get(fold(record.custodian), (None, record.custodian))
        item = clean_item(
            ItemRow(
                name=record.name,
                category=record.category,
                inventory_number=record.inventory_number,
                serial_number=record.serial_number,
                model=record.model,
                purchase_date=record.purchase_date,
                cost=record.cost,
                funding_source=record.funding_source,
                condition=record.condition,
                location=record.location,
                custodian_id=custodian_id,
                custodian_name=custodian_name if record.custodian else "",
                notes=record.notes,
                photo_path=record.photo_path,
            )
        )
        reasons += _reasons(
            table, validate_item(item, today=today), {"custodian_name": "custodian"}
        )
        if reasons:
            raise RowInvalid(reasons)
        return item

    check = check_rows(table.rows, convert, describe_item_row)
    accepted = [item for _, item in check.accepted]
    stopped = bool(check.rejected) and not skip_invalid
    if not stopped and accepted:
        accepted = add_items(db, accepted, today=today, note=f"imported from {Path(path).name}")
        log.info("Inventory import: %d items, %d rows rejected", len(accepted), len(check.rejected))
    return ImportResult(accepted, check.rejected, table, stopped=stopped)


def import_archive(
    db: Database,
    path: str | os.PathLike[str],
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    today: dt.date | None = None,
) -> ImportResult[ArchiveRow]:
    """Import archive sets from CSV/XLSX, all or nothing unless skipping invalid rows.

    A text of a one-language column goes to the language it is written in, else to the
    profile's document language. A dry run is the real import in a transaction that is rolled
    back.
    """
    if dry_run:
        with rolled_back(db) as scratch:
            result = import_archive(scratch, path, skip_invalid=skip_invalid, today=today)
        return replace(result, dry_run=True)
    # Two people importing at once on a shared database take turns: the second sees the first's
    # records, as if they had imported one after the other.
    with db.serialized("import"):
        return _import_archive(db, path, skip_invalid=skip_invalid, today=today)


def _import_archive(
    db: Database,
    path: str | os.PathLike[str],
    *,
    skip_invalid: bool,
    today: dt.date | None,
) -> ImportResult[ArchiveRow]:
    today = today or clock.today()
    table = read_table(path, ARCHIVE_FIELDS)
    check_required(table, ARCHIVE_FIELDS, "title", Path(path).name)
    default_lang = document_language(db)

    def convert(row: SourceRow) -> ArchiveRow:
        record = parse_archive_record(table, row, default_lang)
        item = clean_archive_set(
            ArchiveRow(
                title=record.title,
                kind=record.kind,
                taken_on=record.taken_on,
                event_title=record.event_title,
                folder_path=record.folder_path,
                drive_label=record.drive_label,
                cloud_link=record.cloud_link,
                item_count=record.item_count,
                size_bytes=record.size_bytes,
                responsible_name=record.responsible,
                notes=record.notes,
            )
        )
        reasons = _reasons(
            table, validate_archive_set(item, today=today), {"responsible_name": "responsible"}
        )
        if reasons:
            raise RowInvalid(reasons)
        return item

    check = check_rows(table.rows, convert, describe_archive_row)
    accepted = [item for _, item in check.accepted]
    stopped = bool(check.rejected) and not skip_invalid
    if not stopped and accepted:
        accepted = add_archive_sets(db, accepted)
        log.info("Archive import: %d sets, %d rows rejected", len(accepted), len(check.rejected))
    return ImportResult(accepted, check.rejected, table, stopped=stopped)
