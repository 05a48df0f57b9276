"""The ``pressdesk coverage …`` subcommands: add, list, import, watch, and the watch's lists."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pressdesk import clock
from pressdesk.commands.common import date_option, with_database
from pressdesk.exitcodes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime

if TYPE_CHECKING:
    from pressdesk.services.coverage.links import LinkDetails
    from pressdesk.storage.engine import Database

T = TypeVar("T")

TONE_CHOICES = ("positive", "neutral", "negative")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``coverage`` and its actions to the ``pressdesk`` parser."""
    from pressdesk.storage.coverage_vocab import COVERAGE_PLATFORMS, MATERIAL_KINDS

    p = subparsers.add_parser("coverage", help="media monitoring: the coverage log and the watch")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="record a publication about the body")
    add.add_argument(
        "--date",
        metavar="DATE",
        help="2026-12-01, or 2026-12-01T10:30 with time (by default the page's date, else now)",
    )
    add.add_argument(
        "--outlet", metavar="NAME", help="the outlet's name (by default the page's site name)"
    )
    add.add_argument(
        "--title", metavar="TEXT", help="required unless --url is given and its page names one"
    )
    add.add_argument("--url", default="", metavar="URL")
    add.add_argument(
        "--no-fetch",
        action="store_true",
        help="do not read the link's page for the title, outlet, date and summary",
    )
    add.add_argument("--tone", choices=TONE_CHOICES, default="", help="by default: still to set")
    add.add_argument("--event", type=int, metavar="ID", help="the event it covers")
    add.add_argument("--plan", type=int, metavar="ID", help="the plan item it fulfils")
    add.add_argument("--release", type=int, metavar="ID", help="the press release it is based on")
    add.add_argument("--kind", choices=MATERIAL_KINDS, default="news")
    add.add_argument("--platform", choices=COVERAGE_PLATFORMS, default="website")
    add.add_argument("--campaign", metavar="NAME", help="the campaign (its Kyrgyz or Russian name)")
    add.add_argument("--summary", default="", metavar="TEXT")
    add.set_defaults(handler=cmd_add)

    lst = sub.add_parser(
        "list", help="print records, newest first: id, date, tone, outlet, title, link"
    )
    lst.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    lst.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    lst.add_argument("--tone", choices=(*TONE_CHOICES, "unset"), help="only records of this tone")
    lst.add_argument("--limit", type=int, default=500, metavar="N", help="at most N records")
    lst.set_defaults(handler=cmd_list)

    imp = sub.add_parser(
        "import", help="import records from .csv .xlsx or a saved feed (.rss .atom .xml)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imp.set_defaults(handler=cmd_import)

    watch = sub.add_parser(
        "watch", help="fetch the feeds (or read a saved one), print new keyword matches"
    )
    watch.add_argument("--feed-file", type=Path, metavar="FILE", help="a saved feed to read")
    watch.set_defaults(handler=cmd_watch)

    rep = sub.add_parser(
        "report", help="the report for the head: .docx or .pdf, or .xlsx with the data"
    )
    rep.add_argument("file", type=Path)
    which = rep.add_mutually_exclusive_group(required=True)
    which.add_argument("--decade", metavar="2026-12-1", help="ten-day period 1, 2 or 3 of a month")
    which.add_argument("--month", metavar="2026-12")
    which.add_argument("--quarter", metavar="2026-Q4")
    which.add_argument("--half", metavar="2026-H2", help="half-year H1 or H2")
    which.add_argument("--year", metavar="2026")
    which.add_argument(
        "--campaign", metavar="NAME", help="a campaign, by its Kyrgyz or Russian name"
    )
    which.add_argument("--event", type=int, metavar="ID", help="an event and its coverage")
    rep.add_argument("--lang", choices=("ky", "ru"), default=None, help="document language")
    rep.set_defaults(handler=cmd_report)

    kw = sub.add_parser("keyword", help="the keywords the watch looks for")
    kw_sub = kw.add_subparsers(dest="keyword_action", metavar="ACTION", required=True)
    kw_add = kw_sub.add_parser("add", help="add a keyword")
    kw_add.add_argument("text")
    kw_add.set_defaults(handler=cmd_keyword_add)
    kw_sub.add_parser("list", help="print the keywords").set_defaults(handler=cmd_keyword_list)

    feed = sub.add_parser("feed", help="the RSS/Atom feeds the watch reads")
    feed_sub = feed.add_subparsers(dest="feed_action", metavar="ACTION", required=True)
    feed_add = feed_sub.add_parser("add", help="add a feed")
    feed_add.add_argument("url")
    feed_add.add_argument("--name", default="", help="the outlet or source it belongs to")
    feed_add.set_defaults(handler=cmd_feed_add)
    feed_sub.add_parser("list", help="print the feeds").set_defaults(handler=cmd_feed_list)


def _run(runtime: Runtime, action: Callable[[Database], T]) -> T:
    from pressdesk.services.coverage.feeds import FeedError
    from pressdesk.services.coverage.records import CoverageError, CoverageNotFound

    return with_database(runtime, action, (CoverageError, CoverageNotFound, FeedError))


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError as exc:
        raise CliError(
            f"--date {text!r} is not a date; write it as 2026-12-01 or 2026-12-01T10:30.",
            EXIT_USAGE,
        ) from exc


def _page_details(db: Database, args: argparse.Namespace) -> LinkDetails | None:
    """Read the link's page when the title is not given; a failure is told, not fatal."""
    from pressdesk.services.coverage.links import LinkError, link_details

    if not args.url or args.title or args.no_fetch:
        return None
    try:
        return link_details(db, args.url)
    except LinkError as exc:
        print(str(exc), file=sys.stderr)
        return None


def cmd_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Record one publication; a duplicate is refused, naming the record it repeats."""
    from pressdesk.services.coverage.records import (
        CoverageInput,
        add_record,
        get_record,
        resolve_campaign,
    )

    moment = _moment(args.date) if args.date else None
    outlet = args.outlet or ""

    def add(db: Database) -> tuple[int, bool]:
        nonlocal outlet
        campaign = resolve_campaign(db, args.campaign) if args.campaign else None
        page = _page_details(db, args)
        outlet = outlet or (page.outlet if page else "")
        published = moment or (page.published_at if page else None)
        record_id = add_record(
            db,
            CoverageInput(
                published_at=published or clock.now().replace(second=0, microsecond=0, tzinfo=None),
                outlet=outlet,
                title=args.title or (page.title if page else ""),
                url=args.url,
                tone=args.tone,
                kind=args.kind,
                platform=args.platform,
                summary=args.summary or (page.summary if page else ""),
                event_id=args.event,
                plan_item_id=args.plan,
                campaign_id=campaign,
                release_id=args.release,
            ),
        )
        return record_id, get_record(db, record_id).outlet_id is not None

    record_id, known = _run(runtime, add)
    print(f"Record {record_id} added.")
    if not known:
        print(
            f"The outlet “{outlet}” is not in the contact base; add it there to see it "
            "with its kind and scale in reports.",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print records newest first, tab-separated."""
    from pressdesk.services.coverage.records import CoverageFilter, list_records

    start, end = date_option(args.start, "--from"), date_option(args.end, "--to")
    if start is not None and end is not None and end < start:
        raise CliError(f"--to {end.isoformat()} is before --from {start.isoformat()}.", EXIT_USAGE)
    tone = None if args.tone is None else ("" if args.tone == "unset" else args.tone)
    flt = CoverageFilter(start=start, end=end, tone=tone)
    page = _run(runtime, lambda db: list_records(db, flt, limit=args.limit))
    for row in page.rows:
        when = row.published_at.strftime("%Y-%m-%d %H:%M")
        print(f"{row.id}\t{when}\t{row.tone or '-'}\t{row.outlet}\t{row.title}\t{row.url}")
    if page.total > len(page.rows):
        print(f"… {page.total - len(page.rows)} more; narrow the dates or raise --limit.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """Import a table or a saved feed all-or-nothing; print every refused row."""
    from pressdesk.exchange.errors import ImportFileError
    from pressdesk.services.coverage.feeds import FeedError
    from pressdesk.services.coverage.importing import import_coverage
    from pressdesk.services.coverage.records import CoverageError

    db = runtime.open_db()
    try:
        result = import_coverage(db, args.file, dry_run=args.dry_run)
    except (ImportFileError, FeedError, CoverageError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    if result.rejected:
        for problem in result.rejected:
            print(f"rejected {problem}")
        from pressdesk.messages import render

        print(
            render("coverage.import_rows", {"count": len(result.rejected), "file": args.file.name})
        )
        return EXIT_PROBLEMS
    verb = "Would import" if result.dry_run else "Imported"
    print(f"{verb}: {len(result.written)} records; {result.skipped} already recorded, skipped.")
    return EXIT_OK


def cmd_watch(args: argparse.Namespace, runtime: Runtime) -> int:
    """Check the feeds (or a saved feed file) and print the items new in the inbox."""
    from pressdesk.services.coverage.feeds import read_feed_file
    from pressdesk.services.coverage.inbox import check_feeds, watch_parsed

    if args.feed_file is not None:
        parsed = _run(runtime, lambda _db: read_feed_file(args.feed_file))
        report = _run(runtime, lambda db: watch_parsed(db, [(None, parsed)]))
    else:
        report = _run(runtime, check_feeds)
    for item in report.new:
        when = item.published_at.strftime("%Y-%m-%d %H:%M") if item.published_at else "-"
        found = ", ".join(item.matched)
        print(f"{item.id}\t{when}\t{item.feed_title}\t{item.title}\t{item.url}\t[{found}]")
    for problem in report.problems:
        print(f"pressdesk: {problem.error}", file=sys.stderr)
    print(f"{len(report.new)} new matches in {report.seen} items.")
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def cmd_report(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the report on a period, campaign or event; the format follows the extension."""
    from pressdesk.services.coverage.records import resolve_campaign
    from pressdesk.services.coverage.report import ReportScope, export_report, period_scope
    from pressdesk.services.events.records import EventNotFound, get_event
    from pressdesk.services.plan.periods import PeriodError
    from pressdesk.services.profile import get_profile
    from pressdesk.settings import PDF_FONT

    scope: ReportScope | None = None
    for kind in ("decade", "month", "quarter", "half", "year"):
        value = getattr(args, kind)
        if value is not None:
            try:
                scope = period_scope(kind, value)
            except PeriodError as exc:
                raise CliError(f"--{kind}: {exc}", EXIT_USAGE) from exc

    def write(db: Database) -> int:
        nonlocal scope
        if args.campaign is not None:
            campaign = resolve_campaign(db, args.campaign)
            scope = ReportScope("campaign", dt.date.min, dt.date.min, campaign_id=campaign)
        elif args.event is not None:
            event = get_event(db, args.event)
            day = event.starts_at.date()
            scope = ReportScope("event", day, day, event_id=event.id)
        assert scope is not None
        lang = args.lang or get_profile(db).default_doc_lang
        return export_report(
            db, args.file, scope, lang=lang, font_path=runtime.settings.get(PDF_FONT) or None
        )

    from pressdesk.services.coverage.feeds import FeedError
    from pressdesk.services.coverage.records import CoverageError, CoverageNotFound

    try:
        count = with_database(
            runtime, write, (CoverageError, CoverageNotFound, FeedError, PeriodError)
        )
    except EventNotFound as exc:
        raise CliError(f"--event {args.event}: {exc}") from exc
    print(f"Report written to {args.file}: {count} publications counted.")
    return EXIT_OK


def cmd_keyword_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Add a keyword to the watch."""
    from pressdesk.services.coverage.keywords import add_keyword

    print(f"Keyword {_run(runtime, lambda db: add_keyword(db, args.text))} added.")
    return EXIT_OK


def cmd_keyword_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the keywords."""
    from pressdesk.services.coverage.keywords import list_keywords

    for row in _run(runtime, list_keywords):
        print(f"{row.id}\t{row.text}")
    return EXIT_OK


def cmd_feed_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Add a feed to the watch."""
    from pressdesk.services.coverage.inbox import add_feed

    print(f"Feed {_run(runtime, lambda db: add_feed(db, args.url, args.name))} added.")
    return EXIT_OK


def cmd_feed_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the feeds with the outcome of their last check."""
    from pressdesk.services.coverage.inbox import list_feeds

    for row in _run(runtime, list_feeds):
        checked = row.last_checked_at.strftime("%Y-%m-%d %H:%M") if row.last_checked_at else "-"
        print(f"{row.id}\t{row.name}\t{row.url}\t{checked}\t{row.last_problem or 'ok'}")
    return EXIT_OK
