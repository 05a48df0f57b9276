"""The ``pressdesk plan …`` subcommands that change the status, date, person or existence of
one item or of several together: status, move, copy, assign, delete."""

from __future__ import annotations

import argparse
import sys

from pressdesk.commands.plan import STATUSES, cli_date, cli_time, shown
from pressdesk.exitcodes import EXIT_OK, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the status, move, copy, assign and delete actions to ``plan``."""
    st = sub.add_parser(
        "status",
        help="move items through the approval workflow",
        description="plan status ID [ID …] STATUS, or plan status --week 2026-W50 "
        "--from-status draft sent (the week's drafts sent for approval). Several items change "
        "together or not at all; items whose status does not allow the step are left alone.",
    )
    st.add_argument(
        "item",
        metavar="ID",
        nargs="*",
        help="item id, or ID@DATE for one series occurrence",
    )
    st.add_argument("status", choices=STATUSES)
    st.add_argument("--week", metavar="2026-W50", help="every item of a week …")
    st.add_argument(
        "--from-status",
        action="append",
        choices=STATUSES,
        default=[],
        help="… in this status (repeat for several; default draft)",
    )
    st.add_argument("--by", default="", metavar="NAME", help="who did it (approver's name)")
    st.add_argument("--comment", default="", metavar="TEXT")
    st.add_argument("--link", default="", metavar="URL", help="published link")
    st.set_defaults(handler=cmd_status)

    move = sub.add_parser(
        "move",
        help="move items to another day: ID DATE, or ID [ID …] --days N",
        description="A sent or approved item that moves goes back to draft.",
    )
    move.add_argument("args", nargs="+", metavar="ID|DATE", help="item ids (ID@DATE: occurrence)")
    move.add_argument("--days", type=int, help="move every item N days (negative: earlier)")
    move.add_argument("--time", metavar="HH:MM", help="also set the time of day (ID DATE form)")
    move.add_argument("--by", default="", metavar="NAME", help="who made the change")
    move.set_defaults(handler=cmd_move)

    copy = sub.add_parser("copy", help="copy items N days later as drafts")
    copy.add_argument("items", nargs="+", metavar="ID")
    copy.add_argument("--days", type=int, required=True)
    copy.add_argument("--by", default="", metavar="NAME", help="who made the change")
    copy.set_defaults(handler=cmd_copy)

    assign = sub.add_parser("assign", help="set the responsible person of items")
    assign.add_argument("items", nargs="+", metavar="ID")
    who = assign.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", type=int, metavar="STAFF_ID")
    who.add_argument("--nobody", action="store_true", help="clear the responsible person")
    assign.add_argument("--by", default="", metavar="NAME", help="who made the change")
    assign.set_defaults(handler=cmd_assign)

    delete = sub.add_parser(
        "delete", help="delete items (ID@DATE leaves one date out of its series)"
    )
    delete.add_argument("items", nargs="+", metavar="ID")
    delete.set_defaults(handler=cmd_delete)


def cmd_status(args: argparse.Namespace, runtime: Runtime) -> int:
    """Change the status of items or of a week; approvals default to the head in the profile."""
    from pressdesk.services.plan.items import PlanError, PlanNotFound
    from pressdesk.services.plan.series import detach_occurrence
    from pressdesk.services.plan.workflow import change_status
    from pressdesk.services.profile import get_profile

    if args.week and args.item:
        raise CliError("Give item ids or --week, not both.", EXIT_USAGE)
    if not args.week and not args.item:
        raise CliError("Give at least one item id, or --week.", EXIT_USAGE)
    if args.from_status and not args.week:
        raise CliError("--from-status goes with --week.", EXIT_USAGE)
    if len(args.item) > 1 or args.week:
        return _bulk_status(args, runtime)
    item_text, _, occurrence = args.item[0].partition("@")
    if not item_text.isdigit():
        raise CliError(
            f"{args.item[0]!r} is not an item id (write 12 or 12@2026-11-23).", EXIT_USAGE
        )
    db = runtime.open_db()
    try:
        item_id = int(item_text)
        if occurrence:
            item_id = detach_occurrence(db, item_id, cli_date(occurrence), by_name=args.by).id
        by = args.by
        if args.status == "approved" and not by:
            by = get_profile(db).head_name
        row = change_status(
            db, item_id, args.status, by_name=by, comment=args.comment, published_link=args.link
        )
    except (PlanError, PlanNotFound) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"{row.id}\t{row.date.isoformat()}\t{row.status}\t{shown(row.title, None)}")
    return EXIT_OK


def _bulk_status(args: argparse.Namespace, runtime: Runtime) -> int:
    from pressdesk.services.plan.bulk import BulkResult, bulk_status, send_period
    from pressdesk.services.plan.items import PlanError, PlanNotFound
    from pressdesk.services.plan.periods import PeriodError, parse_period
    from pressdesk.services.profile import get_profile

    period = None
    if args.week:
        try:
            period = parse_period(args.week)
        except PeriodError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        if period.kind != "week":
            raise CliError(f"--week expects a week, not {args.week!r}.", EXIT_USAGE)
    db = runtime.open_db()
    try:
        by = args.by
        if args.status == "approved" and not by:
            by = get_profile(db).head_name
        result: BulkResult
        if period is not None:
            result = send_period(
                db,
                period.start,
                period.end,
                from_statuses=args.from_status or ["draft"],
                target=args.status,
                by_name=by,
                comment=args.comment,
            )
        else:
            result = bulk_status(db, args.item, args.status, by_name=by, comment=args.comment)
    except (PlanError, PlanNotFound) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    _print_rows(result)
    return EXIT_OK


def _print_rows(result: object) -> None:
    from pressdesk.services.plan.bulk import BulkResult

    assert isinstance(result, BulkResult)
    for row in result.rows:
        print(f"{row.id}\t{row.date.isoformat()}\t{row.status}\t{shown(row.title, None)}")
    for key in result.skipped:
        print(f"#{key}: left as it was (its status does not allow the step)", file=sys.stderr)


def cmd_move(args: argparse.Namespace, runtime: Runtime) -> int:
    """Move one item to a date (ID DATE), or items by a number of days (--days N)."""
    from pressdesk.services.plan.bulk import bulk_move
    from pressdesk.services.plan.items import PlanError, PlanNotFound
    from pressdesk.services.plan.series import move_item

    if args.days is None:
        if len(args.args) != 2:
            raise CliError("Write plan move ID DATE, or plan move ID [ID …] --days N.", EXIT_USAGE)
        if not args.args[0].isdigit():
            raise CliError(f"{args.args[0]!r} is not an item id.", EXIT_USAGE)
        day, time = cli_date(args.args[1]), cli_time(args.time)
        db = runtime.open_db()
        try:
            row = move_item(db, int(args.args[0]), day, new_time=time, by_name=args.by)
        except (PlanError, PlanNotFound) as exc:
            raise CliError(str(exc)) from exc
        finally:
            db.close()
        print(f"{row.id}\t{row.date.isoformat()}\t{row.status}\t{shown(row.title, None)}")
        return EXIT_OK
    if args.time:
        raise CliError("--time goes with the ID DATE form.", EXIT_USAGE)
    db = runtime.open_db()
    try:
        result = bulk_move(db, args.args, args.days, by_name=args.by)
    except (PlanError, PlanNotFound) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    _print_rows(result)
    return EXIT_OK


def cmd_copy(args: argparse.Namespace, runtime: Runtime) -> int:
    """Copy items N days later as drafts and print the copies."""
    from pressdesk.services.plan.bulk import bulk_copy
    from pressdesk.services.plan.items import PlanError, PlanNotFound

    db = runtime.open_db()
    try:
        result = bulk_copy(db, args.items, args.days, by_name=args.by)
    except (PlanError, PlanNotFound) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    _print_rows(result)
    return EXIT_OK


def cmd_assign(args: argparse.Namespace, runtime: Runtime) -> int:
    """Set (or clear) the responsible person of items."""
    from pressdesk.services.plan.bulk import bulk_responsible
    from pressdesk.services.plan.items import PlanError, PlanNotFound

    db = runtime.open_db()
    try:
        staff = None if args.nobody else args.staff
        result = bulk_responsible(db, args.items, staff, by_name=args.by)
    except (PlanError, PlanNotFound) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    _print_rows(result)
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, runtime: Runtime) -> int:
    """Delete items with their history, all or none."""
    from pressdesk.services.plan.bulk import bulk_delete
    from pressdesk.services.plan.items import PlanError, PlanNotFound

    db = runtime.open_db()
    try:
        bulk_delete(db, args.items)
    except (PlanError, PlanNotFound) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"{len(set(args.items))} deleted")
    return EXIT_OK
