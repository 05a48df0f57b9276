"""The ``pressdesk contacts …`` subcommands: import, export, search, stale, duplicates."""

from __future__ import annotations

import argparse
from pathlib import Path

from pressdesk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.settings import OFFICIAL_USE_MARK, PDF_FONT, STALE_MONTHS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``contacts`` and its actions to the ``pressdesk`` parser."""
    p = subparsers.add_parser("contacts", help="the media contact base (ЖМК базасы / база СМИ)")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = sub.add_parser("import", help="import people from a .csv, .xlsx or .vcf file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--skip-invalid", action="store_true", help="import the valid rows only")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser("export", help="export people to .csv .xlsx .vcf .docx or .pdf")
    exp.add_argument("file", type=Path)
    exp.add_argument("--list", dest="list_name", metavar="NAME", help="only this list")
    exp.add_argument("--lang", choices=("ky", "ru"), default=None, help="document language")
    exp.add_argument(
        "--official-use",
        action="store_true",
        help="mark the file «Кызматтык пайдалануу үчүн» / «Для служебного пользования» "
        "(.docx .pdf .xlsx; always when the setting documents/official_use_mark is on)",
    )
    exp.set_defaults(handler=cmd_export)

    search = sub.add_parser("search", help="print matching people, one per line")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(handler=cmd_search)

    stale = sub.add_parser("stale", help="people not verified for the set number of months")
    stale.add_argument("--months", type=int, default=None)
    stale.add_argument("--mark-verified", action="store_true", help="mark them all verified")
    stale.set_defaults(handler=cmd_stale)

    dup = sub.add_parser("duplicates", help="list likely duplicate people")
    dup.set_defaults(handler=cmd_duplicates)


def cmd_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """Import a file all-or-nothing and print what was imported and every rejected row."""
    from pressdesk.services.contacts_exchange import ContactFileError, import_contacts

    db = runtime.open_db()
    try:
        report = import_contacts(
            db,
            args.file,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
            source=args.file.name,
        )
    except ContactFileError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    for problem in report.rejected:
        print(f"rejected {problem}")
    for warning in report.warnings:
        print(f"kept for correction: {warning}")
    if report.ignored_columns:
        print(f"ignored columns: {', '.join(report.ignored_columns)}")
    if report.refused:
        nothing = "Nothing would be imported" if report.dry_run else "Nothing was imported"
        print(
            f"{nothing}: {len(report.rejected)} of {report.total} rows are invalid. "
            "Fix them, or run again with --skip-invalid."
        )
        return EXIT_PROBLEMS
    verb = "Would import" if report.dry_run else "Imported"
    print(
        f"{verb}: {report.created} new, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.outlets_created} new outlets; {len(report.rejected)} rows skipped."
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Export the base or a list; the format follows the file extension."""
    from pressdesk.services.contacts import ContactError, ContactNotFound
    from pressdesk.services.contacts_export import export_contacts
    from pressdesk.services.contacts_lists import find_list
    from pressdesk.services.official_use import can_mark
    from pressdesk.services.profile import get_profile

    official_use = bool(args.official_use or runtime.settings.get(OFFICIAL_USE_MARK))
    db = runtime.open_db()
    try:
        list_id = None
        list_name = ""
        if args.list_name:
            found = find_list(db, args.list_name)
            list_id, list_name = found.id, found.name
        lang = args.lang or get_profile(db).default_doc_lang
        result = export_contacts(
            db,
            args.file,
            list_id=list_id,
            list_name=list_name,
            lang=lang,
            font_path=runtime.settings.get(PDF_FONT) or None,
            official_use=official_use,
        )
    except (ContactError, ContactNotFound) as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    except OSError as exc:
        raise CliError(f"Cannot write {args.file}: {exc.strerror or exc}") from exc
    finally:
        db.close()
    print(f"Exported {result.people} people to {result.path}")
    if args.official_use and not can_mark(args.file):
        print("No restricted-use mark: CSV and vCard files cannot carry one.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print people matching the text: name, outlet, phone, e-mail."""
    from pressdesk.services.contacts import PersonFilter
    from pressdesk.services.contacts_query import list_people

    if not 1 <= args.limit <= 1000:
        raise CliError("--limit must be 1 to 1000.", EXIT_USAGE)
    db = runtime.open_db()
    try:
        page = list_people(db, PersonFilter(text=args.text), limit=args.limit)
    finally:
        db.close()
    for row in page.rows:
        print(f"{row.full_name}\t{row.outlet_name}\t{row.phone}\t{row.email}")
    if page.has_more:
        print(f"… {page.total - len(page.rows)} more; refine the search.")
    return EXIT_OK if page.rows else EXIT_PROBLEMS


def cmd_stale(args: argparse.Namespace, runtime: Runtime) -> int:
    """List people not verified for N months; optionally mark them all verified."""
    from pressdesk.services.contacts import PersonFilter
    from pressdesk.services.contacts_query import list_people, person_ids
    from pressdesk.services.contacts_records import mark_verified, stale_cutoff

    months = args.months or runtime.settings.get(STALE_MONTHS)
    if not 1 <= months <= 120:
        raise CliError("--months must be 1 to 120.", EXIT_USAGE)
    flt = PersonFilter(verified_before=stale_cutoff(months))
    db = runtime.open_db()
    try:
        if args.mark_verified:
            count = mark_verified(db, person_ids(db, flt))
            print(f"Marked {count} people as verified today.")
            return EXIT_OK
        page = list_people(db, flt, sort="last_verified", limit=1000)
    finally:
        db.close()
    for row in page.rows:
        seen = row.last_verified.isoformat() if row.last_verified else "never"
        print(f"{row.id}\t{row.full_name}\t{row.outlet_name}\t{seen}")
    print(f"{page.total} people not verified for {months} months.")
    return EXIT_OK


def cmd_duplicates(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print likely duplicate pairs with the reasons."""
    from pressdesk.services.contacts_duplicates import find_duplicates

    db = runtime.open_db()
    try:
        pairs = find_duplicates(db)
    finally:
        db.close()
    for pair in pairs:
        print(
            f"{pair.first.id}\t{pair.first.full_name}\t{pair.second.id}\t"
            f"{pair.second.full_name}\t{'; '.join(pair.reasons)}"
        )
    print(f"{len(pairs)} likely duplicate pairs.")
    return EXIT_OK
