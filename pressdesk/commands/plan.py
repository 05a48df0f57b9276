"""The ``pressdesk plan …`` subcommands: export, list, add, edit, status, move, copy, assign,
delete, history, flagged, import."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.bilingual import Bi
from pressdesk.commands.common import add_strict_option, check_texts
from pressdesk.exitcodes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.settings import APPROVAL_WAIT_DAYS, PDF_FONT

if TYPE_CHECKING:
    from pressdesk.services.plan.rows import PlanItemInput

STATUSES = ("idea", "draft", "sent", "approved", "returned", "published", "cancelled")

# The texts kept in Kyrgyz and Russian that ``add`` and ``edit`` take, with their help.
_TEXT_OPTIONS = (
    ("title", "the title"),
    ("topic", "the news hook"),
    ("audience", "the target audience"),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``plan`` and its actions to the ``pressdesk`` parser."""
    from pressdesk.commands import plan_bulk

    p = subparsers.add_parser("plan", help="the content plan (контент-план)")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    exp = sub.add_parser("export", help="print a period or campaign to .docx .pdf or .ics")
    exp.add_argument("file", type=Path)
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--week", metavar="2026-W48")
    which.add_argument("--decade", metavar="2026-11-2", help="ten-day period 1, 2 or 3")
    which.add_argument("--month", metavar="2026-11")
    which.add_argument("--period", metavar="PERIOD", help="any period: 2026-Q4, 2026, …")
    which.add_argument("--campaign", metavar="NAME")
    exp.add_argument("--lang", choices=("ky", "ru"), default=None, help="document language")
    exp.add_argument(
        "--all",
        dest="include_all",
        action="store_true",
        help="also print ideas and items returned for rework (left out by default)",
    )
    exp.add_argument(
        "--approved-only",
        action="store_true",
        help="print only items the head approved (and published ones)",
    )
    add_strict_option(exp)
    exp.set_defaults(handler=cmd_export)

    lst = sub.add_parser("list", help="print items, one per line: date, status, title")
    lst.add_argument("--from", dest="start", required=True, metavar="DATE")
    lst.add_argument("--to", dest="end", required=True, metavar="DATE")
    lst.add_argument("--status", action="append", default=[], help="only this status")
    lst.add_argument(
        "--lang",
        choices=("ky", "ru"),
        default=None,
        help="print titles in this language (the other one where it is missing); "
        "by default both, as «Kyrgyz / Russian»",
    )
    lst.set_defaults(handler=cmd_list)

    add = sub.add_parser("add", help="add an item to the plan")
    add.add_argument(
        "title_text",
        metavar="TITLE",
        nargs="?",
        default=None,
        help="the title in one language, placed into the language it is written in",
    )
    add.add_argument("--date", required=True, metavar="DATE")
    add.add_argument("--time", metavar="HH:MM", help="leave out for an all-day item")
    add.add_argument("--format", default="news")
    add.add_argument("--channel", action="append", default=[], metavar="CODE")
    add.add_argument("--language", default="both", choices=("ky", "ru", "both", "other"))
    _add_text_options(add)
    add.add_argument("--responsible", type=int, metavar="STAFF_ID")
    add.add_argument("--campaign", metavar="NAME")
    add.add_argument("--repeat", default="", metavar="RRULE", help="e.g. FREQ=WEEKLY;BYDAY=MO")
    add.add_argument("--draft", action="store_true", help="start as a draft, not an idea")
    add.set_defaults(handler=cmd_add)

    edit = sub.add_parser("edit", help="change the texts, date or time of an item")
    edit.add_argument("item", type=int, metavar="ID")
    _add_text_options(edit)
    edit.add_argument("--date", metavar="DATE")
    time = edit.add_mutually_exclusive_group()
    time.add_argument("--time", metavar="HH:MM")
    time.add_argument("--all-day", action="store_true", help="remove the time of day")
    edit.add_argument("--format")
    edit.add_argument("--language", choices=("ky", "ru", "both", "other"))
    edit.add_argument("--campaign", metavar="NAME", help="a campaign name; '' for none")
    edit.add_argument(
        "--channel",
        action="append",
        default=None,
        metavar="CODE",
        help="the item's channels (repeat for several; replaces the ones it had)",
    )
    edit.add_argument("--by", default="", metavar="NAME", help="who made the change")
    edit.set_defaults(handler=cmd_edit)

    plan_bulk.register(sub)

    hist = sub.add_parser("history", help="print an item's history")
    hist.add_argument("item", type=int, metavar="ID")
    hist.set_defaults(handler=cmd_history)

    flag = sub.add_parser("flagged", help="items overdue or waiting too long for approval")
    flag.add_argument("--days", type=int, default=None, help="approval wait in days")
    flag.set_defaults(handler=cmd_flagged)

    imp = sub.add_parser("import", help="update the plan from an .ics calendar file")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--lang",
        choices=("ky", "ru"),
        default=None,
        help="where a title of unclear language goes (default: the document language); "
        "others go to the language they are written in",
    )
    imp.set_defaults(handler=cmd_import)


def _add_text_options(parser: argparse.ArgumentParser) -> None:
    for name, what in _TEXT_OPTIONS:
        parser.add_argument(
            f"--{name}",
            default=None,
            metavar="TEXT",
            help=f"{what} in one language, placed into the language it is written in",
        )
        parser.add_argument(f"--{name}-ky", default=None, metavar="TEXT", help=f"{what} in Kyrgyz")
        parser.add_argument(f"--{name}-ru", default=None, metavar="TEXT", help=f"{what} in Russian")


def _text_value(args: argparse.Namespace, name: str, current: Bi, default_lang: str) -> Bi:
    """``current`` changed by --NAME (into its own language), --NAME-ky and --NAME-ru."""
    value = current
    plain = getattr(args, name, None)
    if name == "title" and plain is None:
        plain = getattr(args, "title_text", None)
    if plain is not None and plain.strip():
        guessed = Bi.guess(plain.strip(), default_lang)
        lang = "ky" if guessed.ky else "ru"
        value = value.with_value(lang, guessed.get(lang))
    for lang in ("ky", "ru"):
        given = getattr(args, f"{name}_{lang}", None)
        if given is not None:
            value = value.with_value(lang, given.strip())
    return value


def shown(value: Bi, lang: str | None) -> str:
    """Return a text for the terminal: in ``lang`` (the other where it is missing), else both."""
    if lang is not None:
        return value.text(lang)
    if value.ky and value.ru and value.ky != value.ru:
        return f"{value.ky} / {value.ru}"
    return value.ky or value.ru


def cli_date(text: str) -> dt.date:
    """Read a date the user typed; a wrong one is a usage error."""
    from pressdesk.services.plan.periods import PeriodError, parse_date

    try:
        return parse_date(text)
    except PeriodError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc


def cmd_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the plan of a period or campaign; the format follows the file extension."""
    from pressdesk.documents import DocumentError, FontNotFoundError
    from pressdesk.services.plan.campaigns import find_campaign
    from pressdesk.services.plan.items import PlanError, PlanNotFound
    from pressdesk.services.plan.periods import PeriodError, parse_period
    from pressdesk.services.plan.printing import export_plan, export_refs
    from pressdesk.services.profile import get_profile

    key = args.week or args.decade or args.month or args.period
    try:
        period = parse_period(key) if key else None
    except PeriodError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    expected = {"week": "week", "decade": "decade", "month": "month"}
    for option, kind in expected.items():
        if getattr(args, option) and period is not None and period.kind != kind:
            raise CliError(f"--{option} expects a {kind}, not {key!r}.", EXIT_USAGE)
    db = runtime.open_db()
    try:
        lang = args.lang or get_profile(db).default_doc_lang
        campaign_id = find_campaign(db, args.campaign).id if args.campaign else None
        refs = export_refs(
            db,
            args.file,
            period=period,
            campaign_id=campaign_id,
            include_all=args.include_all,
            approved_only=args.approved_only,
        )
        check_texts(db, refs, lang, args.strict)
        count = export_plan(
            db,
            args.file,
            lang=lang,
            period=period,
            campaign_id=campaign_id,
            include_all=args.include_all,
            approved_only=args.approved_only,
            font_path=runtime.settings.get(PDF_FONT) or None,
        )
    except (PlanError, PlanNotFound, DocumentError, FontNotFoundError) as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"Cannot write {args.file}: {exc.strerror or exc}") from exc
    finally:
        db.close()
    what = "calendar entries" if args.file.suffix.lower() == ".ics" else "items"
    print(f"{count} {what} written to {args.file}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the items of a date range with their status and warnings."""
    from pressdesk.services.plan.items import PlanError, PlanFilter, list_items

    start, end = cli_date(args.start), cli_date(args.end)
    if end < start:
        raise CliError(f"--to {end.isoformat()} is before --from {start.isoformat()}.", EXIT_USAGE)
    filters = PlanFilter(statuses=frozenset(args.status)) if args.status else None
    db = runtime.open_db()
    try:
        rows = list_items(
            db, start, end, filters=filters, wait_days=runtime.settings.get(APPROVAL_WAIT_DAYS)
        )
    except PlanError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    for row in rows:
        when = f"{row.date.isoformat()} {row.time:%H:%M}" if row.time else row.date.isoformat()
        flags = f"\t[{', '.join(sorted(row.flags))}]" if row.flags else ""
        print(f"{when}\t{row.status}\t{shown(row.title, args.lang)}\t#{row.key}{flags}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Add one plan item and print its id."""
    from pressdesk.services.plan.campaigns import find_campaign
    from pressdesk.services.plan.items import (
        PlanError,
        PlanItemInput,
        PlanNotFound,
        create_item,
    )
    from pressdesk.services.profile import document_language

    time = cli_time(args.time)
    day = cli_date(args.date)
    db = runtime.open_db()
    try:
        lang = document_language(db)
        texts = {name: _text_value(args, name, Bi(), lang) for name, _ in _TEXT_OPTIONS}
        campaign_id = find_campaign(db, args.campaign).id if args.campaign else None
        row = create_item(
            db,
            PlanItemInput(
                date=day,
                title=texts["title"],
                time=time,
                format=args.format,
                channels=tuple(args.channel),
                language=args.language,
                topic=texts["topic"],
                audience=texts["audience"],
                responsible_id=args.responsible,
                campaign_id=campaign_id,
                rrule=args.repeat,
            ),
            status="draft" if args.draft else "idea",
        )
    except (PlanError, PlanNotFound) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"{row.id}\t{row.date.isoformat()}\t{row.status}\t{shown(row.title, None)}")
    return EXIT_OK


def cli_time(text: str | None) -> dt.time | None:
    """Read a time of day the user typed (None if none); a wrong one is a usage error."""
    if not text:
        return None
    try:
        return dt.time.fromisoformat(text)
    except ValueError as exc:
        raise CliError(f"--time {text!r} is not a time; write 10:30.", EXIT_USAGE) from exc


def _edited(args: argparse.Namespace, data: PlanItemInput, lang: str) -> PlanItemInput:
    """``data`` with the options given on the command line applied."""
    texts = {name: _text_value(args, name, getattr(data, name), lang) for name, _ in _TEXT_OPTIONS}
    data = replace(data, title=texts["title"], topic=texts["topic"], audience=texts["audience"])
    if args.date:
        data = replace(data, date=cli_date(args.date))
    if args.time:
        data = replace(data, time=cli_time(args.time))
    elif args.all_day:
        data = replace(data, time=None)
    if args.format:
        data = replace(data, format=args.format)
    if args.language:
        data = replace(data, language=args.language)
    return data


def cmd_edit(args: argparse.Namespace, runtime: Runtime) -> int:
    """Change an item (a series master changes the whole series) and print it."""
    from pressdesk.services.plan.campaigns import find_campaign
    from pressdesk.services.plan.items import (
        PlanError,
        PlanNotFound,
        get_item,
        update_item,
    )
    from pressdesk.services.profile import document_language

    db = runtime.open_db()
    try:
        current = get_item(db, args.item)
        data = _edited(args, current.as_input(), document_language(db))
        if args.campaign is not None:
            campaign_id = find_campaign(db, args.campaign).id if args.campaign.strip() else None
            data = replace(data, campaign_id=campaign_id)
        if args.channel is not None:
            data = replace(data, channels=tuple(c for c in args.channel if c.strip()))
        row = update_item(db, args.item, data, by_name=args.by)
    except (PlanError, PlanNotFound) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"{row.id}\t{row.date.isoformat()}\t{row.status}\t{shown(row.title, None)}")
    return EXIT_OK


def cmd_history(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the history of one item, oldest first."""
    from pressdesk.services.plan.items import PlanNotFound
    from pressdesk.services.plan.workflow import item_history

    db = runtime.open_db()
    try:
        entries = item_history(db, args.item)
    except PlanNotFound as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    for e in entries:
        change = f"{e.field}: {e.old_value} → {e.new_value}" if e.field else e.new_value
        extra = "".join(f"\t{v}" for v in (e.by_name, e.comment) if v)
        print(f"{e.at:%Y-%m-%d %H:%M} UTC\t{e.kind}\t{change}{extra}")
    return EXIT_OK


def cmd_flagged(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print overdue items and items waiting too long for approval; exit 1 if any."""
    from pressdesk.services.plan.workflow import flagged_items

    days = args.days if args.days is not None else runtime.settings.get(APPROVAL_WAIT_DAYS)
    if days < 0:
        raise CliError("--days must be zero or more.", EXIT_USAGE)
    db = runtime.open_db()
    try:
        rows = flagged_items(db, wait_days=days)
    finally:
        db.close()
    for row in rows:
        title = shown(row.title, None)
        print(f"{row.date.isoformat()}\t{row.status}\t{title}\t#{row.id}\t{','.join(row.flags)}")
    return EXIT_PROBLEMS if rows else EXIT_OK


def cmd_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """Update items from an .ics file exported earlier (or add events of another calendar)."""
    from pressdesk.services.plan.ical import import_ics
    from pressdesk.services.plan.items import PlanError

    db = runtime.open_db()
    try:
        report = import_ics(db, args.file, lang=args.lang)
    except PlanError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    if report.skipped and not (report.created or report.updated or report.unchanged):
        # Every event was left out: a failed import, whatever the reasons.
        raise CliError(
            "\n".join(
                [
                    *report.problems,
                    f"Nothing was imported from {args.file.name}: none of its "
                    f"{report.skipped} events could be read.",
                ]
            )
        )
    for problem in report.problems:
        print(problem)
    print(
        f"Imported: {report.created} new, {report.updated} updated, {report.unchanged} "
        f"unchanged, {report.skipped} skipped."
    )
    return EXIT_OK
