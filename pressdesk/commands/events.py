"""The ``pressdesk events …`` subcommands: list, export, accreditation, advisory, invite, tasks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pressdesk.commands.common import add_strict_option, check_texts, date_option, with_database
from pressdesk.exitcodes import EXIT_OK, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.settings import PDF_FONT

if TYPE_CHECKING:
    from pressdesk.bilingual import Bi
    from pressdesk.services.events.invitations import InvitationResult
    from pressdesk.storage.engine import Database

T = TypeVar("T")


def _lang_option(parser: argparse.ArgumentParser, help_text: str = "document language") -> None:
    parser.add_argument("--lang", choices=("ky", "ru"), default=None, help=help_text)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``events`` and its actions to the ``pressdesk`` parser."""
    p = subparsers.add_parser("events", help="events, their checklists and accreditation")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser(
        "list",
        help="print events, one per line: id, date, type, title in Kyrgyz and in Russian "
        "(or in the --lang language only)",
    )
    lst.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    lst.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    lst.add_argument("--search", default="", metavar="TEXT", help="words of the title, place…")
    _lang_option(lst, "print the titles in this language only")
    lst.set_defaults(handler=cmd_list)

    exp = sub.add_parser("export", help="write the event card with its checklist (.docx .pdf .ics)")
    exp.add_argument("event", type=int, metavar="ID")
    exp.add_argument("file", type=Path)
    _lang_option(exp)
    add_strict_option(exp)
    exp.set_defaults(handler=cmd_export)

    acc = sub.add_parser("accreditation", help="write the sign-in sheet (.docx .pdf)")
    acc.add_argument("event", type=int, metavar="ID")
    acc.add_argument("file", type=Path)
    _lang_option(acc)
    acc.add_argument(
        "--blank",
        type=int,
        default=5,
        metavar="N",
        help="at least N empty rows after the journalists; more fill the last page",
    )
    add_strict_option(acc)
    acc.set_defaults(handler=cmd_accreditation)

    adv = sub.add_parser("advisory", help="write the media advisory (.docx .pdf)")
    adv.add_argument("event", type=int, metavar="ID")
    adv.add_argument("file", type=Path)
    _lang_option(adv)
    add_strict_option(adv)
    adv.set_defaults(handler=cmd_advisory)

    inv = sub.add_parser(
        "invite",
        help="write the advisory and the mail-merge table of recipients, and note the "
        "invitation in their contact logs",
    )
    inv.add_argument("event", type=int, metavar="ID")
    inv.add_argument(
        "--list",
        dest="lists",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="invite everyone on this contact list (repeatable)",
    )
    inv.add_argument(
        "--person",
        dest="people",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="invite this person (repeatable)",
    )
    inv.add_argument("--advisory", type=Path, metavar="FILE", help="media advisory (.docx .pdf)")
    inv.add_argument("--table", type=Path, metavar="FILE", help="recipients table (.csv .xlsx)")
    inv.add_argument(
        "--no-log", action="store_true", help="do not note the invitation in the contact logs"
    )
    _lang_option(inv)
    add_strict_option(inv)
    inv.set_defaults(handler=cmd_invite)

    tasks = sub.add_parser("tasks", help="print the tasks of a week, overdue first")
    tasks.add_argument("--week", metavar="2026-W48", help="ISO week (default: this week)")
    tasks.add_argument("--open", action="store_true", help="only tasks not done yet")
    _lang_option(tasks, "task text language")
    tasks.set_defaults(handler=cmd_tasks)


def _run(runtime: Runtime, action: Callable[[Database], T]) -> T:
    from pressdesk.services.events.records import EventError, EventNotFound

    return with_database(runtime, action, (EventError, EventNotFound))


def _lang(db: Database, chosen: str | None) -> str:
    from pressdesk.services.profile import get_profile

    return chosen or get_profile(db).default_doc_lang


def _titles(title: Bi, lang: str | None) -> str:
    # A listing, not a document: the other language stands in for a missing title.
    return title.text(lang) if lang else f"{title.ky}\t{title.ru}"


def cmd_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print events in time order: id, start, type, titles, and checklist progress."""
    from pressdesk.services.events.records import list_events

    start, end = date_option(args.start, "--from"), date_option(args.end, "--to")
    if start is not None and end is not None and end < start:
        raise CliError(f"--to {end.isoformat()} is before --from {start.isoformat()}.", EXIT_USAGE)
    rows = _run(runtime, lambda db: list_events(db, start=start, end=end, text=args.search))
    for row in rows:
        flags = [f"{row.tasks_done}/{row.tasks_total}"]
        if row.tasks_overdue:
            flags.append(f"overdue {row.tasks_overdue}")
        if row.protocol:
            flags.append("protocol")
        when = f"{row.starts_at:%Y-%m-%d %H:%M}"
        title = _titles(row.title, args.lang)
        print(f"{row.id}\t{when}\t{row.kind}\t{title}\t[{', '.join(flags)}]")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the event card (.docx, .pdf) or the event as a calendar entry (.ics)."""
    from pressdesk.services.events.printing import check_export_path, export_event, export_refs

    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> int:
        suffix = check_export_path(args.file)
        lang = _lang(db, args.lang)
        check_texts(db, export_refs(db, args.event, suffix), lang, args.strict)
        return export_event(db, args.event, args.file, lang=lang, font_path=font)

    count = _run(runtime, write)
    what = "event" if args.file.suffix.lower() == ".ics" else "tasks"
    print(f"Event {args.event} ({count} {what}) written to {args.file}")
    return EXIT_OK


def cmd_accreditation(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the sign-in sheet of an event's accreditation list."""
    from pressdesk.services.events.accreditation import (
        check_sheet_path,
        export_sign_in_sheet,
        sheet_refs,
    )

    if args.blank < 0 or args.blank > 200:
        raise CliError("--blank takes 0 to 200 empty rows.", EXIT_USAGE)
    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> int:
        check_sheet_path(args.file)
        lang = _lang(db, args.lang)
        check_texts(db, sheet_refs(db, args.event), lang, args.strict)
        return export_sign_in_sheet(
            db, args.event, args.file, lang=lang, font_path=font, blank_rows=args.blank
        )

    count = _run(runtime, write)
    print(f"Sign-in sheet with {count} journalists written to {args.file}")
    return EXIT_OK


def cmd_advisory(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the media advisory of an event."""
    from pressdesk.services.events.invitations import (
        advisory_refs,
        check_advisory_path,
        export_advisory,
    )

    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> None:
        check_advisory_path(args.file)
        lang = _lang(db, args.lang)
        check_texts(db, advisory_refs(db, args.event), lang, args.strict)
        export_advisory(db, args.event, args.file, lang=lang, font_path=font)

    _run(runtime, write)
    print(f"Media advisory written to {args.file}")
    return EXIT_OK


def cmd_invite(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the advisory and the recipients table of an event, then log the invitations."""
    from pressdesk.services.events.invitations import (
        check_advisory_path,
        check_recipients_path,
        invitation_refs,
        invite,
        resolve_recipients,
    )

    if not (args.lists or args.people):
        raise CliError("Name the recipients with --list or --person.", EXIT_USAGE)
    if args.advisory is None and args.table is None and args.no_log:
        raise CliError("Nothing to do: give --advisory or --table, or drop --no-log.", EXIT_USAGE)
    font = runtime.settings.get(PDF_FONT) or None

    def send(db: Database) -> InvitationResult:
        if args.advisory is not None:
            check_advisory_path(args.advisory)
        if args.table is not None:
            check_recipients_path(args.table)
        lang = _lang(db, args.lang)
        chosen = resolve_recipients(db, list_ids=args.lists, person_ids=args.people)
        if not chosen.recipients:
            raise CliError("Nobody to invite: the lists and people given have no recipients.")
        refs = invitation_refs(
            db,
            args.event,
            chosen.recipients,
            advisory=args.advisory is not None,
            table=args.table is not None,
        )
        check_texts(db, refs, lang, args.strict)
        return invite(
            db,
            args.event,
            chosen,
            lang=lang,
            advisory_path=args.advisory,
            table_path=args.table,
            log=not args.no_log,
            font_path=font,
        )

    result = _run(runtime, send)
    if result.warning:
        print(result.warning, file=sys.stderr)
    print(f"{result.recipients} recipient(s) invited to event {args.event}")
    for path in (result.advisory, result.table):
        if path is not None:
            print(f"Written to {path}")
    if result.logged:
        print(f"Invitation noted in {result.logged} contact log(s)")
    return EXIT_OK


def cmd_tasks(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the tasks of an ISO week across all events, overdue first."""
    from pressdesk.services.events.tasks import WeekTasks, week_tasks

    def load(db: Database) -> tuple[WeekTasks, str]:
        return week_tasks(db, args.week, include_done=not args.open), _lang(db, args.lang)

    week, lang = _run(runtime, load)
    print(f"{week.label}: {week.monday.isoformat()} – {week.sunday.isoformat()}")
    for task in week.tasks:
        who = f"\t{task.responsible_name}" if task.responsible_name else ""
        print(
            f"{task.due_date.isoformat()}\t{task.state}\t#{task.event_id} "
            f"{task.event_title.text(lang)}\t{task.text(lang)}{who}"
        )
    return EXIT_OK
