"""The ``pressdesk …`` subcommands; they work without a display."""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pressdesk import __version__
from pressdesk.exitcodes import EXIT_OK, EXIT_PROBLEMS, EXIT_STORAGE, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.storage.errors import StorageError

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, Runtime], int]


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """Add the options every invocation accepts before the subcommand."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database, settings, logs and backups (env PRESSDESK_DATA_DIR)",
    )
    parser.add_argument(
        "--db", metavar="URL", help="database URL or SQLite file to use instead (env PRESSDESK_DB)"
    )


# The command words each section's module (pressdesk.commands.<module>) adds, in help order.
SECTION_COMMANDS: dict[str, tuple[str, ...]] = {
    "contacts": ("contacts",),
    "plan": ("plan",),
    "events": ("events",),
    "assets": ("inventory", "accounts", "archive"),
    "handover": ("handover",),
    "coverage": ("coverage",),
    "releases": ("releases",),
    "inquiries": ("inquiries",),
    "mail": ("mail",),
    "crisis": ("crisis",),
    "templates": ("templates",),
}
# The commands of the database as a whole, built here.
CORE_COMMANDS = ("demo", "backup", "restore", "check", "selftest", "profile", "staff")
# Options that take a value, so the value is not mistaken for a command or a file.
VALUE_OPTIONS = ("--data-dir", "--db")


def command_names() -> set[str]:
    """Return every command word."""
    return {*CORE_COMMANDS, *(word for words in SECTION_COMMANDS.values() for word in words)}


def first_word(args: Sequence[str]) -> int | None:
    """Return the index of the first word of ``args`` that is neither an option nor an
    option's value (``--`` counts as a word), or None if there is none."""
    index = 0
    while index < len(args):
        word = args[index]
        if word in VALUE_OPTIONS:
            index += 2
        elif word.startswith("-") and word not in ("-", "--"):
            index += 1
        else:
            return index
    return None


def command_in(args: Sequence[str]) -> str | None:
    """Return the command word of ``args`` if it has one, else None."""
    index = first_word(args)
    word = args[index] if index is not None else None
    return word if word in command_names() else None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser: with every subcommand, or, when ``command`` is given, with
    the commands of the database and that one's section only (a command starts sooner)."""
    parser = argparse.ArgumentParser(
        prog="pressdesk",
        description="PressDesk: the press secretary's desk. Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"PressDesk {__version__}")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="fill the database with invented demo data")
    p.add_argument("--force", action="store_true", help="add demo data even if data exists")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser(
        "backup",
        help="write a consistent copy of the database to FILE (also while PressDesk has it open)",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--verify", action="store_true", help="only check that FILE is an intact PressDesk backup"
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with the backup FILE")
    p.add_argument("file", type=Path)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("check", help="check the database's integrity and schema")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "selftest",
        help="check this installation (translations, fonts, every section page) on demo data "
        "in a temporary folder; your database is not touched",
    )
    p.set_defaults(handler=cmd_selftest)

    p = sub.add_parser("profile", help="show or change the organisation profile")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = psub.add_parser("show", help="print the profile")
    show.set_defaults(handler=cmd_profile_show)
    edit = psub.add_parser("set", help="change fields of the profile")
    from pressdesk.services.profile import OrgProfile

    helps = {
        "place_ky": "where documents are drawn up, in Kyrgyz (e.g. «Бишкек ш.»)",
        "place_ru": "where documents are drawn up, in Russian (e.g. «г. Бишкек»)",
    }
    for name in OrgProfile.__dataclass_fields__:
        if name in {"logo", "logo_mime"}:
            continue
        edit.add_argument(
            f"--{name.replace('_', '-')}", dest=name, metavar="TEXT", help=helps.get(name)
        )
    edit.add_argument(
        "--logo",
        dest="logo_file",
        type=Path,
        metavar="FILE",
        help="PNG, JPEG or SVG image of the emblem",
    )
    edit.set_defaults(handler=cmd_profile_set)

    p = sub.add_parser("staff", help="list or add staff (responsible persons, signatories)")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = ssub.add_parser("list", help="print staff, one per line")
    lst.add_argument(
        "--lang",
        choices=("ky", "ru"),
        help="print positions and units in this language (the other one where it is empty); "
        "by default both are printed, «Kyrgyz / Russian»",
    )
    lst.set_defaults(handler=cmd_staff_list)
    add = ssub.add_parser("add", help="add a staff member")
    add.add_argument("full_name")
    add.add_argument("--position-ky", default="")
    add.add_argument("--position-ru", default="")
    add.add_argument("--unit-ky", default=None, help="the unit (department) in Kyrgyz")
    add.add_argument("--unit-ru", default=None, help="the unit (department) in Russian")
    add.add_argument(
        "--unit",
        default=None,
        help="the unit in one language: kept as the Kyrgyz or the Russian text, as it is written",
    )
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--signatory", action="store_true")
    add.set_defaults(handler=cmd_staff_add)

    for module, words in SECTION_COMMANDS.items():
        if command is None or command in words:
            importlib.import_module(f"pressdesk.commands.{module}").register(sub)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; turn expected failures into a message and an exit code."""
    from pressdesk.console import configure_streams
    from pressdesk.logs import setup_logging

    configure_streams()
    err = sys.stderr
    log_file: Path | None = None
    try:
        runtime = Runtime.create(args.data_dir, args.db)
        log_file = runtime.paths.log_file
        setup_logging(runtime.paths.log_file)
        handler: Handler = args.handler
        return handler(args, runtime)
    except StorageError as exc:
        log.warning("Storage problem: %s", exc)
        print(f"pressdesk: {exc}", file=err)
        return EXIT_STORAGE
    except CliError as exc:
        print(f"pressdesk: {exc}", file=err)
        return exc.code
    except KeyboardInterrupt:
        print("pressdesk: interrupted", file=err)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; stop quietly like other command-line tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        problem = environment_problem(exc)
        if problem is not None:
            log.warning("Command %s stopped: %s", getattr(args, "command", "?"), problem)
            print(f"pressdesk: {problem}", file=err)
            return EXIT_STORAGE
        # A fault of PressDesk itself: the details go to the log, not a traceback to the user.
        log.exception("Command %s failed", getattr(args, "command", "?"))
        where = f": {log_file}" if log_file is not None else ""
        print(
            f"pressdesk: the command stopped because of an internal error. Details are in the "
            f"log{where}",
            file=err,
        )
        return EXIT_PROBLEMS


_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO}


def environment_problem(exc: BaseException) -> str | None:
    """Say what went wrong when a full, read-only or failing disk stopped a command."""
    if isinstance(exc, OSError) and exc.errno in _DISK_ERRORS:
        where = f" ({exc.filename})" if exc.filename else ""
        return (
            f"The disk refused to write{where}: {exc.strerror or exc}. Free some space or "
            "choose another folder, then run the command again; nothing was saved half-way."
        )
    from pressdesk.storage.engine import database_problem

    problem = database_problem(exc)
    return problem.message if problem is not None else None


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the subcommand."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_in(args_list))
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    return run(args)


def console_main() -> None:
    """Entry point of the ``pressdesk-cli`` console script."""
    from pressdesk import collector

    collector.hold_for_start()
    sys.exit(main())


# --- handlers ---------------------------------------------------------------------------------


def cmd_selftest(args: argparse.Namespace, runtime: Runtime) -> int:
    """Check the installation, not the database."""
    from pressdesk.gui.selftest import run_selftest

    return EXIT_OK if run_selftest(print) else EXIT_PROBLEMS


def cmd_demo(args: argparse.Namespace, runtime: Runtime) -> int:
    """Fill the database with demo data."""
    from pressdesk.services.demo import DemoRefused, fill_demo

    db = runtime.open_db()
    try:
        counts = fill_demo(db, force=args.force)
    except DemoRefused as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    for name, count in counts.items():
        print(f"{name}: {count}")
    print(f"Demo data written to {runtime.db_label}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, runtime: Runtime) -> int:
    """Back up the database to a file, or verify a backup file."""
    from pressdesk.storage.backup import backup_to, validate_backup_file
    from pressdesk.storage.engine import connect_read_only, read_revision

    if args.verify:
        from pressdesk.storage.server_backup import is_dump, validate_dump

        if is_dump(args.file):
            validate_dump(args.file)
            print(f"OK: {args.file} is a readable backup of a PressDesk database server")
            return EXIT_OK
        validate_backup_file(args.file)
        print(f"OK: {args.file} is an intact PressDesk backup (schema {read_revision(args.file)})")
        return EXIT_OK
    # Read-only: the running window may hold the database; SQLite's backup reads beside it.
    db = connect_read_only(runtime.db_url)
    try:
        target = backup_to(db, args.file)
    finally:
        db.close()
    print(f"Backup written to {target} and verified")
    return EXIT_OK


def _confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            "Restoring replaces the current database; run again with --yes to confirm.",
            EXIT_USAGE,
        )
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in {"y", "yes", "д", "да", "ооба", "о"}


def cmd_restore(args: argparse.Namespace, runtime: Runtime) -> int:
    """Replace the database with a backup; the current file is kept beside it."""
    from pressdesk.storage.backup import restore_database, validate_backup_file
    from pressdesk.storage.engine import sqlite_file_of

    db_file = sqlite_file_of(runtime.db_url)
    if db_file is None:
        return _restore_server(args, runtime)
    validate_backup_file(args.file)
    if not args.yes and not _confirm(
        f"Replace {db_file} with {args.file}? The current file will be kept beside it."
    ):
        print("Nothing was changed.")
        return EXIT_PROBLEMS
    kept = restore_database(args.file, db_file)
    # Migrate the restored file now, so an old backup is brought up to date (with its own backup).
    runtime.open_db(verify=True).close()
    if kept is not None:
        print(f"The previous database was kept as {kept}")
    print(f"Restored {db_file} from {args.file}")
    return EXIT_OK


def _restore_server(args: argparse.Namespace, runtime: Runtime) -> int:
    """Replace a server database's contents with a pg_dump backup, in one transaction."""
    from pressdesk.storage.server_backup import restore_server, validate_dump

    validate_dump(args.file)
    if not args.yes and not _confirm(
        f"Replace everything in {runtime.db_label} with {args.file}? Make a backup first."
    ):
        print("Nothing was changed.")
        return EXIT_PROBLEMS
    restore_server(args.file, runtime.db_url)
    runtime.open_db().close()
    print(f"Restored {runtime.db_label} from {args.file}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, runtime: Runtime) -> int:
    """Check integrity and schema; print OK or the problems."""
    from pressdesk.storage.check import check_database
    from pressdesk.storage.engine import connect_read_only, sqlite_file_of
    from pressdesk.storage.migrate import check_revision

    db_file = sqlite_file_of(runtime.db_url)
    if db_file is not None and not db_file.exists():
        raise CliError(f"There is no database at {db_file} yet; start PressDesk to create it.")
    # Read-only: checking a file (a backup too) must not change a byte of it.
    db = connect_read_only(runtime.db_url)
    try:
        check_revision(db)
        report = check_database(db)
    finally:
        db.close()
    if report.ok:
        print(f"OK: {runtime.db_label} (schema {report.revision})")
        return EXIT_OK
    for problem in report.problems:
        print(problem)
    return EXIT_PROBLEMS


def cmd_profile_show(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the organisation profile."""
    from dataclasses import asdict

    from pressdesk.services.profile import get_profile

    db = runtime.open_db()
    try:
        profile = get_profile(db)
    finally:
        db.close()
    for name, value in asdict(profile).items():
        shown = (f"{len(value)} bytes" if value else "") if name == "logo" else value
        print(f"{name}: {shown}")
    return EXIT_OK


def cmd_profile_set(args: argparse.Namespace, runtime: Runtime) -> int:
    """Change the given fields of the organisation profile."""
    from dataclasses import replace

    from pressdesk.services.profile import (
        LOGO_MIME_BY_SUFFIX,
        OrgProfile,
        ProfileError,
        get_profile,
        save_profile,
    )

    changes = {
        name: getattr(args, name)
        for name in OrgProfile.__dataclass_fields__
        if name not in {"logo", "logo_mime"} and getattr(args, name, None) is not None
    }
    if args.logo_file is not None:
        mime = LOGO_MIME_BY_SUFFIX.get(args.logo_file.suffix.lower())
        if mime is None:
            raise CliError("The logo must be a .png, .jpg or .svg file.", EXIT_USAGE)
        try:
            changes["logo"] = args.logo_file.read_bytes()
        except OSError as exc:
            raise CliError(f"Cannot read {args.logo_file}: {exc.strerror}") from exc
        changes["logo_mime"] = mime
    if not changes:
        raise CliError("Nothing to change: give at least one --FIELD option.", EXIT_USAGE)
    db = runtime.open_db()
    try:
        save_profile(db, replace(get_profile(db), **changes))
    except ProfileError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print("Profile saved.")
    return EXIT_OK


def cmd_staff_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print staff, one per line: id, name, position, unit, signatory mark."""
    from pressdesk.commands.assets_common import shown
    from pressdesk.services.staff import list_staff

    db = runtime.open_db()
    try:
        rows = list_staff(db)
    finally:
        db.close()
    for row in rows:
        mark = " [signatory]" if row.is_signatory else ""
        inactive = " [inactive]" if not row.active else ""
        position, unit = shown(row.positions, args.lang), shown(row.unit, args.lang)
        print(f"{row.id}\t{row.full_name}\t{position}\t{unit}{mark}{inactive}")
    return EXIT_OK


def cmd_staff_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Add a staff member."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.profile import get_profile
    from pressdesk.services.staff import StaffError, StaffRow, save_staff

    db = runtime.open_db()
    try:
        guessed = Bi.guess((args.unit or "").strip(), get_profile(db).default_doc_lang)
        unit = Bi(
            args.unit_ky if args.unit_ky is not None else guessed.ky,
            args.unit_ru if args.unit_ru is not None else guessed.ru,
        )
        row = save_staff(
            db,
            StaffRow(
                args.full_name,
                args.position_ky,
                args.position_ru,
                unit,
                args.phone,
                args.email,
                is_signatory=args.signatory,
            ),
        )
    except StaffError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"{row.id}\t{row.full_name}")
    return EXIT_OK
