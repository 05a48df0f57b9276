"""The ``pressdesk contacts …`` subcommands: import, export, search, stale, duplicates, topics."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.commands.common import add_strict_option, check_texts
from pressdesk.exitcodes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.settings import OFFICIAL_USE_MARK, PDF_FONT, STALE_MONTHS

if TYPE_CHECKING:
    from pressdesk.services.contacts.topics import TopicRow


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
    add_strict_option(exp)
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

    topics = sub.add_parser(
        "topics", help="list the topic vocabulary: id, Kyrgyz and Russian name, people"
    )
    topics.set_defaults(handler=cmd_topics)

    topic = sub.add_parser(
        "topic", help="rename a topic in Kyrgyz and Russian, merge it into another or delete it"
    )
    topic.add_argument("id", type=int, help="the topic's id (see `contacts topics`)")
    topic.add_argument("--ky", metavar="TEXT", help="the Kyrgyz name")
    topic.add_argument("--ru", metavar="TEXT", help="the Russian name")
    topic.add_argument(
        "--merge-into", type=int, metavar="ID", help="move its people to topic ID and delete it"
    )
    topic.add_argument("--delete", action="store_true", help="delete the topic")
    topic.set_defaults(handler=cmd_topic)


def cmd_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """Import a file all-or-nothing and print what was imported and every rejected row."""
    from pressdesk.services.contacts.exchange import ContactFileError, import_contacts

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
    from pressdesk.services.contacts.export import export_contacts, export_refs
    from pressdesk.services.contacts.lists import find_list
    from pressdesk.services.contacts.values import ContactError, ContactNotFound
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
        check_texts(db, export_refs(db, lang, list_id=list_id), lang, args.strict)
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
    from pressdesk.services.contacts.query import list_people
    from pressdesk.services.contacts.values import PersonFilter

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
    from pressdesk.services.contacts.query import list_people, person_ids
    from pressdesk.services.contacts.records import mark_verified, stale_cutoff
    from pressdesk.services.contacts.values import PersonFilter

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
    from pressdesk.services.contacts.duplicates import find_duplicates

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


def _topic_line(row: TopicRow) -> str:
    return f"{row.id}\t{row.name.ky or '-'}\t{row.name.ru or '-'}\t{row.people}"


def cmd_topics(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print every topic: id, Kyrgyz name, Russian name, how many people carry it."""
    from pressdesk.services.contacts.topics import list_topics
    from pressdesk.services.profile import get_profile

    db = runtime.open_db()
    try:
        rows = list_topics(db, get_profile(db).default_doc_lang)
    finally:
        db.close()
    for row in rows:
        print(_topic_line(row))
    missing = sum(1 for row in rows if not row.name.ky or not row.name.ru)
    print(f"{len(rows)} topics; {missing} lack a name in one language.")
    return EXIT_OK


def cmd_topic(args: argparse.Namespace, runtime: Runtime) -> int:
    """Rename a topic (one or both names), merge it into another, or delete it."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.contacts.topics import (
        delete_topic,
        get_topic,
        merge_topics,
        rename_topic,
    )
    from pressdesk.services.contacts.values import ContactError, ContactNotFound

    renaming = args.ky is not None or args.ru is not None
    actions = sum((renaming, args.merge_into is not None, args.delete))
    if actions > 1:
        raise CliError("Give --ky/--ru, --merge-into or --delete, one at a time.", EXIT_USAGE)
    db = runtime.open_db()
    try:
        if args.delete:
            people = delete_topic(db, args.id)
            print(f"Deleted topic {args.id}; {people} people carried it.")
            return EXIT_OK
        if args.merge_into is not None:
            row = merge_topics(db, args.id, args.merge_into)
            print(f"Merged topic {args.id} into:")
        elif renaming:
            old = get_topic(db, args.id).name
            name = Bi(
                old.ky if args.ky is None else args.ky, old.ru if args.ru is None else args.ru
            )
            row = rename_topic(db, args.id, name)
        else:
            row = get_topic(db, args.id)
        print(_topic_line(row))
    except ContactNotFound as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    except ContactError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from exc
    finally:
        db.close()
    return EXIT_OK
