"""The ``pressdesk handover …`` command: issue an act, list issued acts, re-print one."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pressdesk.commands.common import add_strict_option, check_texts, date_option, with_database
from pressdesk.exitcodes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.settings import HANDOVER_PLAN_DAYS, OFFICIAL_USE_MARK, PDF_FONT

if TYPE_CHECKING:
    from pressdesk.services.handover.draft import HandoverDraft
    from pressdesk.storage.engine import Database

T = TypeVar("T")

ACTIONS = ("list", "reprint")
USAGE = (
    "pressdesk handover FILE --outgoing NAME --incoming NAME [options]\n"
    "       pressdesk handover list\n"
    "       pressdesk handover reprint ID FILE"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``handover`` to the ``pressdesk`` parser.

    The first word is either an action (``list``, ``reprint``) or the act's file, so one
    parser takes both; a file really named "list" is written as ./list.
    """
    p = subparsers.add_parser(
        "handover",
        help="write the handover act (.docx .pdf), list issued acts, re-print one",
        usage=USAGE,
        description="Write the handover act from the data as it is now, with the media "
        "contact base exported beside it, and record it as issued.",
    )
    p.add_argument("target", metavar="FILE|list|reprint", help="the act's file, or an action")
    p.add_argument("extra", nargs="*", metavar="ARG", help="for reprint: ID FILE")
    p.add_argument("--outgoing", metavar="NAME", help="the person handing over")
    p.add_argument("--incoming", metavar="NAME", help="the person receiving (or acting)")
    p.add_argument("--lang", choices=("ky", "ru"), default=None, help="document language")
    p.add_argument("--number", metavar="N", help="act number (default: the next one)")
    p.add_argument("--date", metavar="DATE", help="act date, YYYY-MM-DD (default: today)")
    p.add_argument(
        "--place",
        metavar="TEXT",
        default=None,
        help="where the act is drawn up (default: the place in the organisation profile)",
    )
    p.add_argument(
        "--direction",
        choices=("dismissal", "hiring", "temporary"),
        default="dismissal",
        help="why the act is made (default: dismissal)",
    )
    p.add_argument(
        "--chair",
        metavar="NAME[, POST]",
        default="",
        help="chair of the commission; the post is taken from the staff list if not given",
    )
    p.add_argument(
        "--commission",
        metavar="NAME[, POST]",
        action="append",
        default=[],
        help="commission member (repeat for each); the post as for --chair",
    )
    p.add_argument("--basis", metavar="ORDER", default="", help="number of the order")
    p.add_argument("--basis-date", metavar="DATE", help="date of the order, YYYY-MM-DD")
    p.add_argument(
        "--plan-days",
        metavar="N",
        type=int,
        default=None,
        help="list plan items and events of the next N days (default: the setting, 30)",
    )
    p.add_argument(
        "--official-use",
        action="store_true",
        help="mark the act «Для служебного пользования» (also on when the setting is on)",
    )
    p.add_argument(
        "--remark",
        metavar="TEXT",
        action="append",
        default=[],
        help="a remark of the receiving party (repeat); without any, lines are left to fill in",
    )
    p.add_argument(
        "--duty",
        metavar="TEXT",
        action="append",
        default=[],
        help="a duty performed or an affair not finished (repeat); without any, lines are left",
    )
    p.add_argument(
        "--id-card",
        metavar="TEXT",
        default="",
        help="what happened to the service ID card; without it the act leaves it to mark by hand",
    )
    p.add_argument(
        "--attach",
        metavar="FILE",
        action="append",
        default=[],
        help="another file attached to the act as an annex (its SHA-256 is printed in the act)",
    )
    p.add_argument(
        "--export",
        choices=("xlsx", "csv", "none"),
        default="csv",
        help="format of the contact-base export written beside the act (default: csv)",
    )
    p.add_argument(
        "--secrets-annex",
        action="store_true",
        help="add the section listing the accounts whose passwords or recovery codes are "
        "stored and handed over in person (never the passwords themselves)",
    )
    add_strict_option(p)
    p.set_defaults(handler=cmd_handover)


def _run(runtime: Runtime, action: Callable[[Database], T]) -> T:
    from pressdesk.services.contacts.values import ContactError
    from pressdesk.services.handover.draft import HandoverError

    return with_database(runtime, action, (HandoverError, ContactError))


def cmd_handover(args: argparse.Namespace, runtime: Runtime) -> int:
    """Dispatch on the first word: list, reprint, or a file to write the act to."""
    if args.target == "list":
        if args.extra:
            raise CliError("handover list takes no arguments.", EXIT_USAGE)
        return cmd_list(runtime)
    if args.target == "reprint":
        if len(args.extra) != 2:
            raise CliError("usage: pressdesk handover reprint ID FILE", EXIT_USAGE)
        try:
            act_id = int(args.extra[0])
        except ValueError as exc:
            raise CliError(f"ID must be a number, got {args.extra[0]!r}.", EXIT_USAGE) from exc
        return cmd_reprint(runtime, act_id, Path(args.extra[1]))
    if args.extra:
        raise CliError(f"Unexpected arguments: {' '.join(args.extra)}", EXIT_USAGE)
    return cmd_issue(args, runtime)


def _plan_days(args: argparse.Namespace, runtime: Runtime) -> int:
    days = (
        args.plan_days if args.plan_days is not None else runtime.settings.get(HANDOVER_PLAN_DAYS)
    )
    if not HANDOVER_PLAN_DAYS.validate or not HANDOVER_PLAN_DAYS.validate(days):
        raise CliError(f"--plan-days must be 1 to 366, not {days}.", EXIT_USAGE)
    return int(days)


def secrets_report(draft: HandoverDraft) -> str:
    """Say what the section on secrets handed over in person lists, or that nothing is stored."""
    lines = draft.section("secrets").included()
    if not lines:
        return (
            "Secrets section: no password or recovery code is stored for any account; "
            "the act says so."
        )
    names = "; ".join(f"{line.cells[0]} ({line.cells[1]}): {line.cells[2]}" for line in lines)
    return f"Secrets section lists {len(lines)} account(s) to hand over in person: {names}"


def cmd_issue(args: argparse.Namespace, runtime: Runtime) -> int:
    """Build the act from the current data, write it and the export, record it as issued."""
    from pressdesk.services.handover.acts import issue_act
    from pressdesk.services.handover.build import act_refs, build_draft
    from pressdesk.services.handover.draft import DraftLine
    from pressdesk.services.profile import get_profile

    if not args.outgoing or not args.incoming:
        raise CliError("Name both parties: --outgoing NAME --incoming NAME.", EXIT_USAGE)
    target = Path(args.target)
    on = date_option(args.date, "--date")
    basis_date = date_option(args.basis_date, "--basis-date")
    font = runtime.settings.get(PDF_FONT) or None
    plan_days = _plan_days(args, runtime)
    official_use = args.official_use or runtime.settings.get(OFFICIAL_USE_MARK)
    for name in args.attach:
        if not Path(name).is_file():
            raise CliError(f"--attach {name}: there is no such file.", EXIT_USAGE)

    def issue(db: Database) -> str:
        draft = build_draft(
            db,
            lang=args.lang or get_profile(db).default_doc_lang,
            direction=args.direction,
            outgoing=args.outgoing,
            incoming=args.incoming,
            number=args.number or "",
            on=on,
            place=args.place,
            commission=args.commission,
            chair=args.chair,
            plan_days=plan_days,
            official_use=official_use,
        )
        draft.basis_number, draft.basis_date = args.basis, basis_date
        draft.secrets_annex = args.secrets_annex
        draft.id_card = args.id_card
        draft.section("remarks").lines = [DraftLine([t.strip()]) for t in args.remark if t.strip()]
        draft.section("duties").lines = [DraftLine([t.strip()]) for t in args.duty if t.strip()]
        draft.attachments = [str(Path(name).resolve()) for name in args.attach]
        # Every equipment item, account, archive set and staff member the act names, in its
        # language; with --strict a missing text stops before anything is written.
        check_texts(db, act_refs(db, draft), draft.lang, args.strict)
        export = None if args.export == "none" else f".{args.export}"
        act = issue_act(db, draft, [target], export_format=export, font_path=font)
        lines = [f"Handover act № {act.number} (id {act.id}) written to {target}"]
        if act.export_name:
            lines.append(f"Media contact base attached: {target.with_name(act.export_name)}")
        for number, annex in enumerate(draft.annexes, start=1):
            lines.append(f"Annex {number}: {annex.file_name} SHA-256 {annex.sha256}")
        if args.secrets_annex:
            lines.append(secrets_report(draft))
        lines.append(f"SHA-256 {act.expected_sha256(target.suffix)}")
        return "\n".join(lines)

    print(_run(runtime, issue))
    return EXIT_OK


def cmd_list(runtime: Runtime) -> int:
    """Print issued acts: id, date, number, parties, and which act a correction replaces."""
    from pressdesk.services.handover.acts import list_acts

    for act in _run(runtime, list_acts):
        replaces = f"\treplaces id {act.replaces_id}" if act.replaces_id else ""
        print(
            f"{act.id}\t{act.act_date.isoformat()}\t№ {act.number}\t{act.direction}\t"
            f"{act.outgoing_name} → {act.incoming_name}{replaces}"
        )
    return EXIT_OK


def cmd_reprint(runtime: Runtime, act_id: int, target: Path) -> int:
    """Re-print an issued act and check its SHA-256 against the one recorded at issue."""
    from pressdesk.services.handover.acts import reprint_act

    result = _run(runtime, lambda db: reprint_act(db, act_id, target))
    print(f"Act id {act_id} re-printed to {target}\nSHA-256 {result.sha256}")
    if result.matches is None:
        print(f"No {target.suffix} file was issued for this act, so there is nothing to compare.")
        return EXIT_OK
    if not result.matches:
        raise CliError(
            f"MISMATCH: the re-printed file differs from the issued one (issued SHA-256 "
            f"{result.expected}). The fonts or the program's wording changed since the act was "
            "issued; keep the issued copy as the original.",
            EXIT_PROBLEMS,
        )
    print("Identical to the issued file.")
    return EXIT_OK
