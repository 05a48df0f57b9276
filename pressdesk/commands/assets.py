"""``pressdesk inventory`` subcommands; ``register`` adds ``accounts`` and ``archive`` too.

Texts kept in Kyrgyz and in Russian are given as ``--name-ky``/``--name-ru``; the one-language
option (``--name``) puts the text into the language it is written in. A DOCX or PDF export first
lists on stderr the texts missing in its language (``--strict`` stops instead).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.commands.accounts import register_accounts
from pressdesk.commands.archive import register_archive
from pressdesk.commands.assets_common import (
    check_refs,
    database,
    date_arg,
    doc_lang,
    lang_option,
    list_lang_option,
    parse_code,
    pdf_font,
    print_rows,
    report_import,
    shown,
)
from pressdesk.commands.common import add_strict_option
from pressdesk.exitcodes import EXIT_OK, CliError
from pressdesk.runtime import Runtime

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Subparsers) -> None:
    """Add the inventory, accounts and archive subcommands."""
    _register_inventory(sub)
    register_accounts(sub)
    register_archive(sub)


def _register_inventory(sub: Subparsers) -> None:
    p = sub.add_parser("inventory", help="equipment inventory: list, export, import, check-out")
    isub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = isub.add_parser("list", help="print items, one per line")
    lst.add_argument("--search", default="", help="words to find in name, numbers, place, people")
    lst.add_argument("--category", help="category code or word (e.g. laptop, Ноутбук)")
    lst.add_argument("--condition", help="condition code or word (e.g. broken, Бузук)")
    lst.add_argument("--custodian", help="custodian's name as stored")
    lst.add_argument("--out", action="store_true", help="only items checked out now")
    lst.add_argument("--all", action="store_true", help="include written-off items")
    list_lang_option(lst)
    lst.set_defaults(handler=cmd_inventory_list)

    show = isub.add_parser("show", help="print one item and its history")
    show.add_argument("inventory_number")
    show.set_defaults(handler=cmd_inventory_show)

    exp = isub.add_parser("export", help="write the inventory to FILE (.csv .xlsx .docx .pdf)")
    exp.add_argument("file", type=Path)
    lang_option(exp)
    exp.add_argument("--all", action="store_true", help="include written-off items")
    exp.add_argument("--approval", action="store_true", help="add the head's approval block")
    add_strict_option(exp)
    exp.set_defaults(handler=cmd_inventory_export)

    imp = isub.add_parser("import", help="add items from FILE (.csv .xlsx), all or nothing")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, skip the invalid ones"
    )
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.set_defaults(handler=cmd_inventory_import)

    gap = isub.add_parser("gap", help="compare the items with the recommended kit")
    gap.add_argument("--export", dest="file", type=Path, help="also write FILE (.docx .pdf ...)")
    lang_option(gap)
    gap.add_argument("--approval", action="store_true", help="add the head's approval block")
    add_strict_option(gap)
    gap.set_defaults(handler=cmd_inventory_gap)

    out = isub.add_parser("checkout", help="hand an item to a person")
    out.add_argument("inventory_number")
    out.add_argument("person", help="staff member's name (or part of it) or any name")
    out.add_argument("--due", type=date_arg, help="return date, e.g. 15.03.2026")
    out.add_argument("--note", default="")
    out.set_defaults(handler=cmd_inventory_checkout)

    back = isub.add_parser("checkin", help="record that an item came back")
    back.add_argument("inventory_number")
    back.add_argument("--note", default="")
    back.set_defaults(handler=cmd_inventory_checkin)


def cmd_inventory_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print items: number, name, category, condition, custodian, holder."""
    from pressdesk.assets_vocab import CATEGORY_VOCAB, CONDITION_VOCAB
    from pressdesk.services.inventory.items import ItemFilter, list_items
    from pressdesk.services.inventory.summary import inventory_summary

    flt = ItemFilter(
        search=args.search,
        category=parse_code(args.category, CATEGORY_VOCAB.parse, "category"),
        condition=parse_code(args.condition, CONDITION_VOCAB.parse, "condition"),
        custodian_name=args.custodian,
        include_written_off=args.all,
        checked_out=True if args.out else None,
    )
    with database(runtime) as db:
        rows = list_items(db, flt, order="inventory_number").rows
        summary = inventory_summary(db, flt)
    print_rows(
        [
            r.inventory_number,
            shown(r.name, args.lang),
            CATEGORY_VOCAB.label(r.category, "en"),
            CONDITION_VOCAB.label(r.condition, "en"),
            r.custodian_name,
            f"out: {r.holder_name} since {r.out_since}" + (f", due {r.due_on}" if r.due_on else "")
            if r.checked_out
            else "",
        ]
        for r in rows
    )
    print(f"{summary.items} items, total cost {summary.total_cost} som, {summary.checked_out} out")
    return EXIT_OK


def cmd_inventory_show(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print one item's fields and its history."""
    from dataclasses import asdict

    from pressdesk.services.inventory.history import item_history
    from pressdesk.services.inventory.items import find_item

    with database(runtime) as db:
        item = find_item(db, args.inventory_number)
        history = item_history(db, item.id or 0)
    for name, value in asdict(item).items():
        if isinstance(value, dict):  # a text in two languages
            for lang in ("ky", "ru"):
                if value[lang]:
                    print(f"{name}_{lang}: {value[lang]}")
        elif value not in ("", None):
            print(f"{name}: {value}")
    print("history:")
    for m in history:
        extra = f" {m.person_name}" if m.person_name else ""
        due = f" due {m.due_on}" if m.due_on else ""
        note = f" — {m.note}" if m.note else ""
        print(f"  {m.happened_on} {m.action}{extra}{due}{note}")
    return EXIT_OK


def cmd_inventory_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the inventory to a file; the format follows the extension."""
    from pressdesk.services.assets.files import export_inventory, inventory_refs
    from pressdesk.services.inventory.items import ItemFilter

    flt = ItemFilter(include_written_off=args.all)
    with database(runtime) as db:
        lang = doc_lang(args, db)
        check_refs(db, args, inventory_refs(db, flt), lang)
        count = export_inventory(
            db,
            args.file,
            lang=lang,
            flt=flt,
            approval=args.approval,
            font_path=pdf_font(runtime),
        )
    print(f"{count} items written to {args.file}")
    return EXIT_OK


def cmd_inventory_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """Import items from CSV/XLSX; print what was imported and every rejected row."""
    from pressdesk.services.assets.files import import_inventory

    with database(runtime) as db:
        result = import_inventory(
            db, args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run
        )
    return report_import(result, "item", lambda r: f"{r.inventory_number}\t{shown(r.name, None)}")


def cmd_inventory_gap(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the gap against the recommended kit; optionally write it to a file."""
    from pressdesk.assets_vocab import CATEGORY_VOCAB
    from pressdesk.services.assets.files import export_gap
    from pressdesk.services.inventory.gap import gap_view

    with database(runtime) as db:
        rows = gap_view(db)
        if args.file is not None:
            export_gap(
                db,
                args.file,
                lang=doc_lang(args, db),
                approval=args.approval,
                font_path=pdf_font(runtime),
            )
    print("category\tneeded\tusable\tneeds repair/broken\tmissing")
    print_rows(
        [
            CATEGORY_VOCAB.label(r.category, "en"),
            str(r.needed),
            str(r.usable),
            str(r.faulty),
            str(r.missing),
        ]
        for r in rows
    )
    print(f"Missing in total: {sum(r.missing for r in rows)}")
    if args.file is not None:
        print(f"Written to {args.file}")
    return EXIT_OK


def cmd_inventory_checkout(args: argparse.Namespace, runtime: Runtime) -> int:
    """Hand an item to a staff member or another person."""
    from pressdesk.services.inventory.history import check_out
    from pressdesk.services.inventory.items import find_item
    from pressdesk.services.staff import list_staff

    with database(runtime) as db:
        item = find_item(db, args.inventory_number)
        matches = list_staff(db, search=args.person)
        if len(matches) > 1 and not any(m.full_name == args.person for m in matches):
            names = "; ".join(m.full_name for m in matches)
            raise CliError(f"{args.person!r} matches several staff members ({names}); be exact.")
        staff_id = matches[0].id if len(matches) == 1 else None
        movement = check_out(
            db, item.id or 0, args.person, staff_id=staff_id, due=args.due, note=args.note
        )
    due = f" until {movement.due_on}" if movement.due_on else ""
    print(
        f"{item.inventory_number} {shown(item.name, None)} is now with {movement.person_name}{due}"
    )
    return EXIT_OK


def cmd_inventory_checkin(args: argparse.Namespace, runtime: Runtime) -> int:
    """Record the return of a checked-out item."""
    from pressdesk.services.inventory.history import check_in
    from pressdesk.services.inventory.items import find_item

    with database(runtime) as db:
        item = find_item(db, args.inventory_number)
        movement = check_in(db, item.id or 0, note=args.note)
    print(f"{item.inventory_number} {shown(item.name, None)} returned by {movement.person_name}")
    return EXIT_OK
