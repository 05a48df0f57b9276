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

    statement = sub.add_parser("statement", help="holding statements: add, approve")
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
    from pressdesk.services.crisis.records import StatementInput, add_statement

    data = StatementInput(
        title=Bi(args.title, args.title_ru),
        text=Bi(_read(args.text, "--text"), _read(args.text_ru, "--text-ru")),
    )
    print(_run(runtime, lambda db: add_statement(db, args.scenario, data)))
    return EXIT_OK


def cmd_statement_approve(args: argparse.Namespace, runtime: Runtime) -> int:
    """Send a statement to the head if needed and record the approval."""
    from pressdesk.services.crisis.records import (
        get_statement_status,
        resolve_staff,
        set_statement_status,
    )

    def act(db: Database) -> None:
        by_id = resolve_staff(db, args.by) if args.by else None
        if get_statement_status(db, args.statement) in ("draft", "returned"):
            set_statement_status(db, args.statement, "sent")
        set_statement_status(db, args.statement, "approved", by_id=by_id)

    _run(runtime, act)
    print(f"Statement {args.statement} is approved")
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
