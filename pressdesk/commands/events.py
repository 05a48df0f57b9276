"""The ``pressdesk events …`` subcommands: list, export, accreditation, tasks, advisory."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pressdesk.cli import EXIT_OK, EXIT_USAGE, CliError
from pressdesk.commands.common import date_option, with_database
from pressdesk.runtime import Runtime
from pressdesk.settings import PDF_FONT
from pressdesk.storage.engine import Database

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``events`` and its actions to the ``pressdesk`` parser."""
    p = subparsers.add_parser("events", help="events, their checklists and accreditation")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help="print events, one per line: id, date, type, title")
    lst.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    lst.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    lst.set_defaults(handler=cmd_list)

    exp = sub.add_parser("export", help="write the event card with its checklist (.docx .pdf .ics)")
    exp.add_argument("event", type=int, metavar="ID")
    exp.add_argument("file", type=Path)
    exp.add_argument("--lang", choices=("ky", "ru"), default=None, help="document language")
    exp.set_defaults(handler=cmd_export)

    acc = sub.add_parser("accreditation", help="write the sign-in sheet (.docx .pdf)")
    acc.add_argument("event", type=int, metavar="ID")
    acc.add_argument("file", type=Path)
    acc.add_argument("--lang", choices=("ky", "ru"), default=None, help="document language")
    acc.add_argument(
        "--blank",
        type=int,
        default=5,
        metavar="N",
        help="at least N empty rows after the journalists; more fill the last page",
    )
    acc.set_defaults(handler=cmd_accreditation)

    adv = sub.add_parser("advisory", help="write the media advisory (.docx .pdf)")
    adv.add_argument("event", type=int, metavar="ID")
    adv.add_argument("file", type=Path)
    adv.add_argument("--lang", choices=("ky", "ru"), default=None, help="document language")
    adv.set_defaults(handler=cmd_advisory)

    tasks = sub.add_parser("tasks", help="print the tasks of a week, overdue first")
    tasks.add_argument("--week", metavar="2026-W48", help="ISO week (default: this week)")
    tasks.add_argument("--open", action="store_true", help="only tasks not done yet")
    tasks.add_argument("--lang", choices=("ky", "ru"), default=None, help="task text language")
    tasks.set_defaults(handler=cmd_tasks)


def _run(runtime: Runtime, action: Callable[[Database], T]) -> T:
    from pressdesk.services.events import EventError, EventNotFound

    return with_database(runtime, action, (EventError, EventNotFound))


def _lang(db: Database, chosen: str | None) -> str:
    from pressdesk.services.profile import get_profile

    return chosen or get_profile(db).default_doc_lang


def cmd_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print events in time order: id, start, type, title, and checklist progress."""
    from pressdesk.services.events import list_events

    start, end = date_option(args.start, "--from"), date_option(args.end, "--to")
    if start is not None and end is not None and end < start:
        raise CliError(f"--to {end.isoformat()} is before --from {start.isoformat()}.", EXIT_USAGE)
    rows = _run(runtime, lambda db: list_events(db, start=start, end=end))
    for row in rows:
        flags = [f"{row.tasks_done}/{row.tasks_total}"]
        if row.tasks_overdue:
            flags.append(f"overdue {row.tasks_overdue}")
        if row.protocol:
            flags.append("protocol")
        when = f"{row.starts_at:%Y-%m-%d %H:%M}"
        print(f"{row.id}\t{when}\t{row.kind}\t{row.title}\t[{', '.join(flags)}]")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the event card (.docx, .pdf) or the event as a calendar entry (.ics)."""
    from pressdesk.services.events_print import export_event

    font = runtime.settings.get(PDF_FONT) or None
    count = _run(
        runtime,
        lambda db: export_event(
            db, args.event, args.file, lang=_lang(db, args.lang), font_path=font
        ),
    )
    what = "event" if args.file.suffix.lower() == ".ics" else "tasks"
    print(f"Event {args.event} ({count} {what}) written to {args.file}")
    return EXIT_OK


def cmd_accreditation(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the sign-in sheet of an event's accreditation list."""
    from pressdesk.services.events_accreditation import export_sign_in_sheet

    if args.blank < 0 or args.blank > 200:
        raise CliError("--blank takes 0 to 200 empty rows.", EXIT_USAGE)
    font = runtime.settings.get(PDF_FONT) or None
    count = _run(
        runtime,
        lambda db: export_sign_in_sheet(
            db,
            args.event,
            args.file,
            lang=_lang(db, args.lang),
            font_path=font,
            blank_rows=args.blank,
        ),
    )
    print(f"Sign-in sheet with {count} journalists written to {args.file}")
    return EXIT_OK


def cmd_advisory(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the media advisory of an event."""
    from pressdesk.services.events_invitations import export_advisory

    font = runtime.settings.get(PDF_FONT) or None
    _run(
        runtime,
        lambda db: export_advisory(
            db, args.event, args.file, lang=_lang(db, args.lang), font_path=font
        ),
    )
    print(f"Media advisory written to {args.file}")
    return EXIT_OK


def cmd_tasks(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the tasks of an ISO week across all events, overdue first."""
    from pressdesk.services.events_tasks import WeekTasks, week_tasks

    def load(db: Database) -> tuple[WeekTasks, str]:
        return week_tasks(db, args.week, include_done=not args.open), _lang(db, args.lang)

    week, lang = _run(runtime, load)
    print(f"{week.label}: {week.monday.isoformat()} – {week.sunday.isoformat()}")
    for task in week.tasks:
        who = f"\t{task.responsible_name}" if task.responsible_name else ""
        print(
            f"{task.due_date.isoformat()}\t{task.state}\t#{task.event_id} {task.event_title}\t"
            f"{task.text(lang)}{who}"
        )
    return EXIT_OK
