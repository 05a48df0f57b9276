"""The ``pressdesk crisis …`` subcommands: the anti-crisis plan, scenarios, holding statements,
and opening a crisis with its checklist."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pressdesk.commands.common import with_database
from pressdesk.exitcodes import EXIT_OK, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.settings import PDF_FONT

if TYPE_CHECKING:
    from pressdesk.storage.engine import Database

T = TypeVar("T")

ROLES = ("head", "press", "lawyer", "unit")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``crisis`` and its actions to the ``pressdesk`` parser."""
    p = subparsers.add_parser("crisis", help="crisis kit: the plan, scenarios, statements")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    plan = sub.add_parser("plan", help="write the anti-crisis plan (.docx .pdf)")
    plan.add_argument("file", type=Path)
    plan.add_argument("--lang", choices=("ky", "ru"), help="document language")
    plan.set_defaults(handler=cmd_plan)

    scenario = sub.add_parser("scenario", help="crisis scenarios: add, list")
    scenario_sub = scenario.add_subparsers(dest="scenario_action", metavar="ACTION", required=True)
    add = scenario_sub.add_parser("add", help="add a scenario; prints its id")
    add.add_argument("--name", required=True, metavar="TEXT", help="the name in Kyrgyz")
    add.add_argument("--name-ru", default="", metavar="TEXT", help="the name in Russian")
    add.add_argument("--description", type=Path, metavar="FILE", help="Kyrgyz text (UTF-8)")
    add.add_argument("--description-ru", type=Path, metavar="FILE", help="Russian text (UTF-8)")
    add.add_argument("--decides", metavar="STAFF", help="who decides: a staff member's full name")
    add.add_argument("--speaker", metavar="STAFF", help="who speaks to the media: a full name")
    add.set_defaults(handler=cmd_scenario_add)
    lst = scenario_sub.add_parser("list", help="print scenarios: id, names, statements")
    lst.set_defaults(handler=cmd_scenario_list)

    statement = sub.add_parser("statement", help="holding statements: add, approve, delete")
    statement_sub = statement.add_subparsers(
        dest="statement_action", metavar="ACTION", required=True
    )
    sadd = statement_sub.add_parser("add", help="add a draft statement; prints its id")
    sadd.add_argument("scenario", type=int, metavar="SCENARIO-ID")
    sadd.add_argument("--text", type=Path, metavar="FILE", help="the Kyrgyz text (UTF-8 file)")
    sadd.add_argument("--text-ru", type=Path, metavar="FILE", help="the Russian text (UTF-8)")
    sadd.add_argument("--title", default="", metavar="TEXT", help="the title in Kyrgyz")
    sadd.add_argument("--title-ru", default="", metavar="TEXT", help="the title in Russian")
    sadd.set_defaults(handler=cmd_statement_add)
    approve = statement_sub.add_parser("approve", help="record the head's approval")
    approve.add_argument("statement", type=int, metavar="ID")
    approve.add_argument("--by", metavar="STAFF", help="who approves (by default the head)")
    approve.set_defaults(handler=cmd_statement_approve)
    sdelete = statement_sub.add_parser("delete", help="delete a statement and its history")
    sdelete.add_argument("statement", type=int, metavar="ID")
    sdelete.set_defaults(handler=cmd_statement_delete)

    group = sub.add_parser("group", help="the working group: set, remove, list")
    group_sub = group.add_subparsers(dest="group_action", metavar="ACTION", required=True)
    gset = group_sub.add_parser("set", help="put a staff member into the group with a role")
    gset.add_argument("staff", metavar="STAFF", help="the staff member's full name")
    gset.add_argument("--role", required=True, choices=ROLES)
    gset.add_argument("--duty", default="", metavar="TEXT", help="the duty in Kyrgyz")
    gset.add_argument("--duty-ru", default="", metavar="TEXT", help="the duty in Russian")
    gset.set_defaults(handler=cmd_group_set)
    gremove = group_sub.add_parser("remove", help="take a staff member out of the group")
    gremove.add_argument("staff", metavar="STAFF", help="the staff member's full name")
    gremove.set_defaults(handler=cmd_group_remove)
    glist = group_sub.add_parser("list", help="print the group: role, name, phone")
    glist.set_defaults(handler=cmd_group_list)

    contact = sub.add_parser("contact", help="contacts for instant notice: add, list")
    contact_sub = contact.add_subparsers(dest="contact_action", metavar="ACTION", required=True)
    cadd = contact_sub.add_parser("add", help="add a contact; prints its id")
    cadd.add_argument("--staff", metavar="STAFF", help="a staff member (name and phone from staff)")
    cadd.add_argument("--person", type=int, metavar="ID", help="a person of the contact base")
    cadd.add_argument("--name", default="", metavar="TEXT", help="the full name")
    cadd.add_argument("--phone", default="", metavar="PHONE")
    cadd.add_argument("--email", default="", metavar="EMAIL")
    cadd.add_argument("--role", default="", metavar="TEXT", help="who they are, in Kyrgyz")
    cadd.add_argument("--role-ru", default="", metavar="TEXT", help="who they are, in Russian")
    cadd.set_defaults(handler=cmd_contact_add)
    clist = contact_sub.add_parser("list", help="print the contacts: id, name, phone")
    clist.set_defaults(handler=cmd_contact_list)

    start = sub.add_parser("start", help="open a crisis as an event with the crisis checklist")
    start.add_argument("--title", required=True, metavar="TEXT", help="what happened")
    start.add_argument("--at", metavar="WHEN", help="when it began: 2026-12-06 09:30 (now)")
    start.set_defaults(handler=cmd_start)


def _run(runtime: Runtime, action: Callable[[Database], T]) -> T:
    from pressdesk.services.crisis.records import CrisisError
    from pressdesk.services.events.records import EventError

    return with_database(runtime, action, (CrisisError, EventError))


def _read(path: Path | None, option: str) -> str:
    if path is None:
        return ""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{option} {path}: the file is not UTF-8 text.", EXIT_USAGE) from exc
    except OSError as exc:
        raise CliError(f"{option} {path}: {exc.strerror or exc}", EXIT_USAGE) from exc


def cmd_plan(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the anti-crisis plan in one language."""
    from pressdesk.services.crisis.printing import export_crisis_plan
    from pressdesk.services.profile import get_profile

    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> None:
        lang = args.lang or get_profile(db).default_doc_lang
        export_crisis_plan(db, args.file, lang=lang, font_path=font)

    _run(runtime, write)
    print(f"Anti-crisis plan written to {args.file}")
    return EXIT_OK


def cmd_scenario_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Add a scenario and print its id."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.crisis.records import ScenarioInput, add_scenario, resolve_staff

    description = Bi(
        _read(args.description, "--description"), _read(args.description_ru, "--description-ru")
    )

    def act(db: Database) -> int:
        data = ScenarioInput(
            name=Bi(args.name, args.name_ru),
            description=description,
            decides_id=resolve_staff(db, args.decides) if args.decides else None,
            speaker_id=resolve_staff(db, args.speaker) if args.speaker else None,
        )
        return add_scenario(db, data)

    print(_run(runtime, act))
    return EXIT_OK


def cmd_scenario_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the scenarios and their statements with status."""
    from pressdesk.services.crisis.records import list_scenarios

    for row in _run(runtime, list_scenarios):
        print(f"{row.id}\t{row.name.ky}\t{row.name.ru}\t{row.decides_name}\t{row.speaker_name}")
        for s in row.statements:
            print(f"  statement {s.id}\t{s.status}\t{s.approved_by}\t{s.title.ky}\t{s.title.ru}")
    return EXIT_OK


def cmd_statement_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Add a draft holding statement and print its id."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.crisis.records import StatementInput
    from pressdesk.services.crisis.statements import add_statement

    data = StatementInput(
        title=Bi(args.title, args.title_ru),
        text=Bi(_read(args.text, "--text"), _read(args.text_ru, "--text-ru")),
    )
    print(_run(runtime, lambda db: add_statement(db, args.scenario, data)))
    return EXIT_OK


def cmd_statement_approve(args: argparse.Namespace, runtime: Runtime) -> int:
    """Send a statement to the head if needed and record the approval."""
    from pressdesk.services.crisis.records import resolve_staff
    from pressdesk.services.crisis.statements import get_statement_status, set_statement_status

    def act(db: Database) -> None:
        by_id = resolve_staff(db, args.by) if args.by else None
        if get_statement_status(db, args.statement) in ("draft", "returned"):
            set_statement_status(db, args.statement, "sent")
        set_statement_status(db, args.statement, "approved", by_id=by_id)

    _run(runtime, act)
    print(f"Statement {args.statement} is approved")
    return EXIT_OK


def cmd_statement_delete(args: argparse.Namespace, runtime: Runtime) -> int:
    """Delete a holding statement with its approval trail."""
    from pressdesk.services.crisis.statements import delete_statement

    _run(runtime, lambda db: delete_statement(db, args.statement))
    print(f"Statement {args.statement} is deleted")
    return EXIT_OK


def cmd_group_set(args: argparse.Namespace, runtime: Runtime) -> int:
    """Put a staff member into the working group with a role and duty."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.crisis.records import resolve_staff, set_member

    def act(db: Database) -> None:
        set_member(db, resolve_staff(db, args.staff), args.role, Bi(args.duty, args.duty_ru))

    _run(runtime, act)
    print(f"{args.staff}: {args.role}")
    return EXIT_OK


def cmd_group_remove(args: argparse.Namespace, runtime: Runtime) -> int:
    """Take a staff member out of the working group."""
    from pressdesk.services.crisis.records import remove_member, resolve_staff

    _run(runtime, lambda db: remove_member(db, resolve_staff(db, args.staff)))
    return EXIT_OK


def cmd_group_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the working group, the head first."""
    from pressdesk.services.crisis.records import list_group

    for m in _run(runtime, list_group):
        print(f"{m.role}\t{m.full_name}\t{m.phone}\t{m.duty.ky}\t{m.duty.ru}")
    return EXIT_OK


def cmd_contact_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Add a contact for instant notice and print its id."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.crisis.records import ContactInput, add_contact, resolve_staff

    def act(db: Database) -> int:
        data = ContactInput(
            full_name=args.name,
            phone=args.phone,
            email=args.email,
            role=Bi(args.role, args.role_ru),
            staff_id=resolve_staff(db, args.staff) if args.staff else None,
            person_id=args.person,
        )
        return add_contact(db, data)

    print(_run(runtime, act))
    return EXIT_OK


def cmd_contact_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the contacts for instant notice in order."""
    from pressdesk.services.crisis.records import list_contacts

    for c in _run(runtime, list_contacts):
        print(f"{c.id}\t{c.full_name}\t{c.phone}\t{c.email}\t{c.role.ky}\t{c.role.ru}")
    return EXIT_OK


def cmd_start(args: argparse.Namespace, runtime: Runtime) -> int:
    """Open a crisis as an event whose tasks are the crisis checklist; print the event id."""
    from pressdesk import clock
    from pressdesk.bilingual import Bi
    from pressdesk.services.events.crisis import open_crisis

    if args.at:
        try:
            at = dt.datetime.fromisoformat(args.at.strip())
        except ValueError as exc:
            raise CliError(
                f"--at {args.at!r} is not a moment; write it as 2026-12-06 09:30.", EXIT_USAGE
            ) from exc
    else:
        at = clock.now()
    row = _run(runtime, lambda db: open_crisis(db, Bi.guess(args.title), at))
    print(row.id)
    return EXIT_OK
