"""The ``pressdesk inquiries …`` subcommands: add, capture, list, due, show, answer, status,
note, report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pressdesk.commands.common import date_option, with_database
from pressdesk.exitcodes import EXIT_OK, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.settings import INQUIRY_TERM_DAYS, INQUIRY_TERM_WORKING, PDF_FONT

if TYPE_CHECKING:
    from pressdesk.services.inquiries.deadlines import LegalTerm
    from pressdesk.storage.engine import Database

T = TypeVar("T")

# Kept in step with pressdesk.storage.inquiries_models; written out so `--help` loads no database
# code.
KINDS = ("comment", "interview", "data", "filming", "accreditation", "written_request")
CHANNELS = ("phone", "email", "telegram", "whatsapp", "in_person", "letter", "written")
STATUSES = ("new", "assigned", "sent", "returned", "approved")
OUTCOMES = ("answered", "partly", "refused", "redirected")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``inquiries`` and its actions to the ``pressdesk`` parser."""
    p = subparsers.add_parser("inquiries", help="media inquiries: register, deadlines, answers")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="record an inquiry; prints its id")
    add.add_argument(
        "--from",
        dest="sender",
        required=True,
        metavar="PERSON-ID|EMAIL|PHONE",
        help="the journalist: a contact id, or an address or number looked up in the contacts",
    )
    add.add_argument("--question", required=True, metavar="TEXT")
    add.add_argument("--kind", choices=KINDS, default="comment")
    add.add_argument("--channel", choices=CHANNELS, help="by default e-mail for an address")
    add.add_argument("--due", metavar="DATE", help="the journalist's deadline (2026-12-01)")
    add.add_argument(
        "--written",
        action="store_true",
        help="a written request under the law on access to information (needs --number)",
    )
    add.add_argument("--number", default="", metavar="NO", help="the incoming number")
    add.add_argument("--unit", default="", metavar="NAME", help="the unit preparing the answer")
    add.add_argument("--staff", metavar="NAME", help="the staff member preparing it")
    add.set_defaults(handler=cmd_add)

    capture = sub.add_parser(
        "capture", help="read a pasted e-mail or message (UTF-8 file) and propose an inquiry"
    )
    capture.add_argument("file", type=Path)
    capture.add_argument("--kind", choices=KINDS, default="comment")
    capture.add_argument("--save", action="store_true", help="record it; prints its id")
    capture.set_defaults(handler=cmd_capture)

    lst = sub.add_parser("list", help="print inquiries: open ones by deadline first")
    lst.add_argument("--overdue", action="store_true", help="only open ones past the deadline")
    lst.add_argument("--due-by", metavar="DATE", help="only open ones due by this date")
    lst.add_argument("--status", choices=(*STATUSES, "answered"))
    lst.add_argument("--kind", choices=KINDS)
    lst.set_defaults(handler=cmd_list)

    due = sub.add_parser("due", help="print the counts and rows of overdue, today and soon")
    due.set_defaults(handler=cmd_due)

    show = sub.add_parser("show", help="print an inquiry, its answer and every step")
    show.add_argument("inquiry", type=int, metavar="ID")
    show.set_defaults(handler=cmd_show)

    answer = sub.add_parser("answer", help="record the answer sent and the outcome")
    answer.add_argument("inquiry", type=int, metavar="ID")
    answer.add_argument("--text", required=True, type=Path, metavar="FILE", help="UTF-8 text")
    answer.add_argument("--outcome", choices=OUTCOMES, default="answered")
    answer.add_argument("--ground", default="", metavar="TEXT", help="the legal ground")
    answer.add_argument("--ground-ru", default="", metavar="TEXT", help="the ground in Russian")
    answer.add_argument("--channel", choices=CHANNELS, help="by default the inquiry's own")
    answer.add_argument("--redirected-to", default="", metavar="TEXT")
    answer.add_argument("--by", metavar="STAFF", help="the staff member's full name")
    answer.set_defaults(handler=cmd_answer)

    status = sub.add_parser("status", help="move an inquiry on: assigned, sent, approved …")
    status.add_argument("inquiry", type=int, metavar="ID")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--by", metavar="STAFF", help="the staff member's full name")
    status.add_argument("--comment", default="", metavar="TEXT", help="required to return")
    status.set_defaults(handler=cmd_status)

    note = sub.add_parser("note", help="write the request note to the unit (.docx .pdf)")
    note.add_argument("inquiry", type=int, metavar="ID")
    note.add_argument("file", type=Path)
    note.add_argument("--unit", metavar="NAME", help="by default the inquiry's unit")
    note.add_argument("--due", metavar="DATE", help="the date the material is asked for")
    note.add_argument("--lang", choices=("ky", "ru"), help="document language")
    note.set_defaults(handler=cmd_note)

    rep = sub.add_parser("report", help="the report on a period: .docx, .pdf or .xlsx")
    rep.add_argument("file", type=Path)
    which = rep.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="2026-12")
    which.add_argument("--quarter", metavar="2026-Q4")
    which.add_argument("--half", metavar="2026-H2", help="half-year H1 or H2")
    which.add_argument("--year", metavar="2026")
    rep.add_argument("--lang", choices=("ky", "ru"), help="document language")
    rep.set_defaults(handler=cmd_report)


def _run(runtime: Runtime, action: Callable[[Database], T]) -> T:
    from pressdesk.services.inquiries.records import InquiryError, InquiryNotFound
    from pressdesk.services.releases.records import ReleaseError

    return with_database(runtime, action, (InquiryError, InquiryNotFound, ReleaseError))


def _term(runtime: Runtime) -> LegalTerm:
    from pressdesk.services.inquiries.deadlines import LegalTerm

    return LegalTerm(
        runtime.settings.get(INQUIRY_TERM_DAYS), runtime.settings.get(INQUIRY_TERM_WORKING)
    )


def _read(path: Path, option: str, limit: int | None = None) -> str:
    try:
        if limit is not None and path.stat().st_size > limit:
            from pressdesk.services.inquiries.records import InquiryError

            size = path.stat().st_size
            raise CliError(
                str(
                    InquiryError(
                        "inquiry.message_too_large",
                        size=(size + 1023) // 1024,
                        limit=limit // 1024,
                    )
                )
            )
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{option} {path}: the file is not UTF-8 text.", EXIT_USAGE) from exc
    except OSError as exc:
        raise CliError(f"{option} {path}: {exc.strerror or exc}", EXIT_USAGE) from exc


def _staff(db: Database, name: str | None) -> int | None:
    from pressdesk.services.releases.records import resolve_staff

    return resolve_staff(db, name) if name else None


def cmd_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Record an inquiry and print its id; an unknown sender is kept by address."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.inquiries.records import InquiryInput, add_inquiry, find_sender

    due = date_option(args.due, "--due")
    term = _term(runtime)

    def act(db: Database) -> tuple[int, bool]:
        sender = find_sender(db, args.sender)
        channel = args.channel or (
            "written" if args.written else "email" if "@" in args.sender else "phone"
        )
        data = InquiryInput(
            question=args.question,
            kind=args.kind,
            channel=channel,
            incoming_number=args.number,
            person_id=sender.person_id,
            outlet_id=sender.outlet_id,
            sender_address=sender.address,
            journalist_due=due,
            unit=Bi.guess(args.unit) if args.unit.strip() else Bi("", ""),
            staff_id=_staff(db, args.staff),
        )
        return add_inquiry(db, data, term=term), sender.person_id is None

    inquiry_id, unknown = _run(runtime, act)
    print(inquiry_id)
    if unknown:
        print(
            f"{args.sender} is not in the contact base; add the journalist with "
            "`pressdesk contacts` to link future inquiries.",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_capture(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print what a pasted message proposes; with --save record it and print the id."""
    from pressdesk.services.inquiries.capture import MESSAGE_LIMIT, capture_input, capture_message
    from pressdesk.services.inquiries.records import add_inquiry

    text = _read(args.file, "capture", MESSAGE_LIMIT)
    term = _term(runtime)

    def act(db: Database) -> int | None:
        capture = capture_message(db, text)
        who = capture.sender or "-"
        if capture.person_id is not None:
            who += f" (contact {capture.person_id})"
        elif capture.new_contact:
            who += " (not in the contact base)"
        print(f"from\t{who}")
        print(f"address\t{capture.address or capture.phone or '-'}")
        print(f"outlet\t{capture.outlet_name or capture.outlet_id or '-'}")
        print(f"channel\t{capture.channel}")
        if capture.received_at is not None:
            print(f"received\t{capture.received_at:%Y-%m-%d %H:%M}")
        if capture.journalist_due is not None:
            print(f"due\t{capture.journalist_due.isoformat()}")
        print(f"question\t{' '.join(capture.question.split())[:300]}")
        if capture.quoted:
            print(f"quoted history\t{len(capture.quoted.splitlines())} line(s) kept apart")
        if not args.save:
            return None
        return add_inquiry(db, capture_input(capture, kind=args.kind), term=term)

    saved = _run(runtime, act)
    if saved is not None:
        print(saved)
    return EXIT_OK


def _due_text(journalist: object, legal: object) -> str:
    return f"{journalist or '-'}\t{legal or '-'}"


def cmd_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the inquiries: id, received, kind, channel, status, deadlines, sender, question."""
    from pressdesk.services.inquiries.queries import InquiryFilter, list_inquiries

    where = InquiryFilter(
        overdue=args.overdue,
        due_by=date_option(args.due_by, "--due-by"),
        status=args.status or "",
        kind=args.kind or "",
    )
    for row in _run(runtime, lambda db: list_inquiries(db, where)):
        print(
            f"{row.id}\t{row.received_at:%Y-%m-%d %H:%M}\t{row.kind}\t{row.channel}"
            f"\t{row.status}\t{_due_text(row.journalist_due, row.legal_due)}"
            f"\t{row.sender or row.sender_address}\t{row.outlet_name}"
            f"\t{' '.join(row.question.split())[:80]}"
        )
    return EXIT_OK


def cmd_due(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the overdue, due-today and due-soon counts, then the rows of each group."""
    from pressdesk.services.inquiries.deadlines import due_view

    view = _run(runtime, due_view)
    for name, rows in (
        ("overdue", view.overdue),
        ("due today", view.due_today),
        ("due within two days", view.soon),
    ):
        print(f"{name}: {len(rows)}")
        for row in rows:
            print(
                f"  {row.id}\t{row.due_on}\t{_due_text(row.journalist_due, row.legal_due)}"
                f"\t{row.status}\t{row.sender}\t{row.outlet}"
            )
    return EXIT_OK


def cmd_show(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print an inquiry, its answer and every step with time and person."""
    from pressdesk.services.inquiries.queries import get_inquiry

    row = _run(runtime, lambda db: get_inquiry(db, args.inquiry))
    print(f"{row.id}\t{row.received_at:%Y-%m-%d %H:%M}\t{row.kind}\t{row.channel}\t{row.status}")
    if row.incoming_number:
        print(f"incoming number\t{row.incoming_number}")
    print(f"from\t{row.sender or row.sender_address}\t{row.outlet_name}")
    print(f"deadlines\t{_due_text(row.journalist_due, row.legal_due)}")
    print(f"question\t{row.question}")
    if row.answered_at is not None:
        print(f"answered\t{row.answered_at:%Y-%m-%d %H:%M}\t{row.answer_channel}\t{row.outcome}")
        ground = row.ground.ky or row.ground.ru
        if ground:
            print(f"ground\t{ground}")
    for step in row.history:
        moved = step.kind in ("status", "answer")
        change = f"{step.old_value} -> {step.new_value}" if moved else step.kind
        print(f"{step.at:%Y-%m-%d %H:%M}\t{change}\t{step.by_name}\t{step.comment}")
    return EXIT_OK


def cmd_answer(args: argparse.Namespace, runtime: Runtime) -> int:
    """Record the answer sent from a text file, with its outcome and ground."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.inquiries.records import AnswerInput, answer_inquiry

    text = _read(args.text, "--text")
    ground = Bi(args.ground, args.ground_ru) if args.ground_ru else Bi.guess(args.ground)
    answer = AnswerInput(
        text=text,
        outcome=args.outcome,
        ground=ground,
        channel=args.channel or "",
        redirected_to=args.redirected_to,
    )

    def act(db: Database) -> None:
        answer_inquiry(db, args.inquiry, answer, by_id=_staff(db, args.by))

    _run(runtime, act)
    print(f"Inquiry {args.inquiry} answered ({args.outcome})")
    return EXIT_OK


def cmd_status(args: argparse.Namespace, runtime: Runtime) -> int:
    """Move an inquiry one step on, in the name of a staff member if given."""
    from pressdesk.services.inquiries.records import set_status

    def act(db: Database) -> None:
        set_status(db, args.inquiry, args.status, by_id=_staff(db, args.by), comment=args.comment)

    _run(runtime, act)
    print(f"Inquiry {args.inquiry} is now {args.status}")
    return EXIT_OK


def cmd_note(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the request note to the unit as .docx or .pdf in one language."""
    from pressdesk.services.inquiries.printing import export_request_note
    from pressdesk.services.profile import get_profile

    due = date_option(args.due, "--due")
    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> None:
        lang = args.lang or get_profile(db).default_doc_lang
        export_request_note(
            db, args.inquiry, args.file, lang=lang, unit=args.unit, due=due, font_path=font
        )

    _run(runtime, write)
    print(f"Request note of inquiry {args.inquiry} written to {args.file}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the report on a month, quarter, half-year or year; the format follows the file."""
    from pressdesk.services.inquiries.report import export_inquiry_report, period_scope
    from pressdesk.services.plan.periods import PeriodError
    from pressdesk.services.profile import get_profile

    kind = next(k for k in ("month", "quarter", "half", "year") if getattr(args, k) is not None)
    try:
        scope = period_scope(kind, getattr(args, kind))
    except PeriodError as exc:
        raise CliError(f"--{kind}: {exc}", EXIT_USAGE) from exc
    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> int:
        lang = args.lang or get_profile(db).default_doc_lang
        return export_inquiry_report(db, args.file, scope, lang=lang, font_path=font)

    count = _run(runtime, write)
    print(f"Report written to {args.file}: {count} inquiries counted.")
    return EXIT_OK
